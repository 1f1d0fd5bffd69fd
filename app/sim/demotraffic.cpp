#include "demotraffic.h"

#include "jsonreader.h"

namespace baton::sim {

using namespace baton::core;
using json::fail;
using json::field;
using json::keys;
using json::Node;

Result<Corpus> Corpus::parse(const QByteArray &bytes)
{
    return json::read<Corpus>(bytes, [](const Node &root) {
        const auto o = root.object(keys({"version", "surnames", "givenNames", "botGreeting", "botHandover", "businesses", "negativeWords"}));
        Corpus c;
        c.surnames = field(o, root, "surnames").strings();
        c.givenNames = field(o, root, "givenNames").strings();
        if (c.surnames.isEmpty() || c.givenNames.isEmpty())
            fail(root.path(), QStringLiteral("needs surnames and givenNames"));
        c.botGreeting = field(o, root, "botGreeting").string();
        c.botHandover = field(o, root, "botHandover").string();
        if (const Node n = field(o, root, "negativeWords"); !n.isNull())
            c.negativeWords = n.strings();
        const Node bs = field(o, root, "businesses");
        const QJsonObject bo = bs.object(bs.raw().toObject().keys());
        for (auto it = bo.begin(); it != bo.end(); ++it) {
            const Node b(it.value(), bs.child(it.key()));
            const auto obj = b.object(keys({"label", "ivrPaths", "utterances", "keywords"}));
            Business business;
            business.label = field(obj, b, "label").nonEmptyString();
            const Node paths = field(obj, b, "ivrPaths");
            for (qsizetype i = 0; i < paths.array().size(); ++i)
                business.ivrPaths.append(paths.at(i).strings());
            business.utterances = field(obj, b, "utterances").strings();
            business.keywords = field(obj, b, "keywords").strings();
            if (business.utterances.isEmpty())
                fail(b.path(), QStringLiteral("needs at least one utterance"));
            c.businesses.insert(it.key(), business);
        }
        return c;
    });
}

QString DemoTraffic::pickOne(const QStringList &list)
{
    return list.isEmpty() ? QString() : list[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(list.size())))];
}

DemoContact DemoTraffic::next(const Entry &entry, int customers)
{
    DemoContact d;
    d.request = entry.draw(m_rng);
    ContactRequest &r = d.request;

    const int customer = static_cast<int>(m_rng.bounded(static_cast<quint32>(std::max(customers, 1))));
    r.customer.id = CustomerId(QStringLiteral("demo-%1").arg(customer, 5, 10, QLatin1Char('0')));
    auto name = m_names.constFind(customer);
    if (name == m_names.cend())
        name = m_names.insert(customer, pickOne(m_corpus.surnames) + pickOne(m_corpus.givenNames));
    r.customer.name = *name;
    // A stable, plausible mobile number per customer (138/139/186 prefixes).
    static const char *const kPrefixes[] = {"138", "139", "186", "135", "177"};
    d.phone = QStringLiteral("+86%1%2").arg(QLatin1String(kPrefixes[customer % 5])).arg(10000000 + customer * 7919 % 89999999, 8, 10, QLatin1Char('0'));

    const auto business = m_corpus.businesses.constFind(r.business);
    if (business != m_corpus.businesses.cend()) {
        if (!business->ivrPaths.isEmpty() && r.channel == Channel::Voice)
            d.ivrPath = business->ivrPaths[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(business->ivrPaths.size())))];
        d.transcript.append(QStringLiteral("机器人：") + m_corpus.botGreeting);
        const int turns = 1 + static_cast<int>(m_rng.bounded(2));
        QString said;
        for (int i = 0; i < turns; ++i) {
            const QString utterance = pickOne(business->utterances);
            said += utterance;
            d.transcript.append(QStringLiteral("客户：") + utterance);
        }
        d.transcript.append(QStringLiteral("机器人：") + m_corpus.botHandover);
        // What the bot recognised: the business's terms the customer actually used.
        for (const QString &k : business->keywords) {
            if (said.contains(k, Qt::CaseInsensitive))
                d.keywords.append(k);
        }
        if (d.keywords.isEmpty())
            d.keywords.append(business->label);
    }
    d.identityVerified = m_rng.bounded(3) != 0;
    d.callbackNumber = m_rng.bounded(4) == 0 ? QString() : d.phone;
    return d;
}

}  // namespace baton::sim
