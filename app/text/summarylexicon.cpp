#include "summarylexicon.h"

#include "jsonreader.h"

#include <QFile>
#include <QLoggingCategory>

namespace baton::text {

Q_LOGGING_CATEGORY(lcLexicon, "baton.text.lexicon")

namespace json = core::json;
using json::field;
using json::keys;

namespace {

QStringList optionalStrings(const QJsonObject &o, const json::Node &parent, const char *key)
{
    const json::Node n = field(o, parent, key);
    return n.isNull() ? QStringList() : n.strings();
}

IntentRule readIntent(const json::Node &n)
{
    const QJsonObject o = n.object(keys({"intent", "triggers"}));
    IntentRule rule;
    rule.intent = field(o, n, "intent").nonEmptyString();
    const json::Node triggers = field(o, n, "triggers");
    rule.triggers = triggers.strings();
    if (rule.triggers.isEmpty())
        json::fail(triggers.path(), QStringLiteral("must list at least one trigger phrase"));
    return rule;
}

SummaryLexicon readLexicon(const json::Node &root)
{
    if (root.isNull())
        json::fail(QString(), QStringLiteral("a lexicon must be a JSON object"));
    const QJsonObject o = root.object(keys({"dictionary", "stopWords", "intents", "negative", "speakers"}));
    SummaryLexicon lexicon;
    lexicon.dictionary = optionalStrings(o, root, "dictionary");
    lexicon.stopWords = optionalStrings(o, root, "stopWords");
    lexicon.negative = optionalStrings(o, root, "negative");
    const json::Node intents = field(o, root, "intents");
    if (!intents.isNull())
        json::forEach<IntentRule>(intents, readIntent, lexicon.intents);
    const json::Node speakers = field(o, root, "speakers");
    if (!speakers.isNull()) {
        const QJsonObject so = speakers.object(keys({"customer", "other"}));
        lexicon.customerSpeakers = optionalStrings(so, speakers, "customer");
        lexicon.otherSpeakers = optionalStrings(so, speakers, "other");
    }
    return lexicon;
}

void unite(QStringList &into, const QStringList &more)
{
    for (const QString &s : more) {
        if (!into.contains(s))
            into.append(s);
    }
}

}  // namespace

core::Result<SummaryLexicon> SummaryLexicon::parse(const QByteArray &json)
{
    return json::read<SummaryLexicon>(json, readLexicon);
}

SummaryLexicon SummaryLexicon::defaults()
{
    QFile file(QStringLiteral(":/baton/text/lexicon.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcLexicon) << "the built-in lexicon is missing from the build; summaries use no lexicon";
        return {};
    }
    auto lexicon = parse(file.readAll());
    if (!lexicon) {
        qCWarning(lcLexicon) << "the built-in lexicon is invalid:" << lexicon.error().toString();
        return {};
    }
    return std::move(lexicon).value();
}

SummaryLexicon SummaryLexicon::merged(const SummaryLexicon &site) const
{
    SummaryLexicon out = *this;
    unite(out.dictionary, site.dictionary);
    unite(out.stopWords, site.stopWords);
    unite(out.negative, site.negative);
    unite(out.customerSpeakers, site.customerSpeakers);
    unite(out.otherSpeakers, site.otherSpeakers);
    for (const IntentRule &rule : site.intents) {
        auto it = std::find_if(out.intents.begin(), out.intents.end(),
                               [&](const IntentRule &r) { return r.intent == rule.intent; });
        if (it == out.intents.end())
            out.intents.append(rule);
        else
            unite(it->triggers, rule.triggers);
    }
    return out;
}

}  // namespace baton::text
