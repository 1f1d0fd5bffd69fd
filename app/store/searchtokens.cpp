#include "searchtokens.h"

#include <QChar>

namespace baton::store {
namespace {

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo: return true;
    default: return false;
    }
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// Calls word(text, isCjkRun) for each run of word characters, split into CJK and other runs.
template <typename F>
void runs(const QString &text, F emit)
{
    const QList<uint> codes = text.normalized(QString::NormalizationForm_KC).toCaseFolded().toUcs4();
    QList<uint> current;
    bool currentCjk = false;
    auto flush = [&] {
        if (!current.isEmpty())
            emit(current, currentCjk);
        current.clear();
    };
    for (uint u : codes) {
        const auto c = static_cast<char32_t>(u);
        if (!isWordChar(c)) {
            flush();
            continue;
        }
        const bool cjk = isCjk(c);
        if (!current.isEmpty() && cjk != currentCjk)
            flush();
        currentCjk = cjk;
        current.append(u);
    }
    flush();
}

QString fromCodes(const QList<uint> &codes, qsizetype from, qsizetype n)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codes.constData() + from), n);
}

QStringList runTokens(const QList<uint> &run, bool cjk)
{
    if (!cjk || run.size() == 1)
        return {fromCodes(run, 0, run.size())};
    QStringList out;
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        out.append(fromCodes(run, i, 2));
    return out;
}

}  // namespace

QStringList SearchTokens::tokens(const QString &text)
{
    QStringList out;
    runs(text, [&](const QList<uint> &run, bool cjk) { out.append(runTokens(run, cjk)); });
    return out;
}

QString SearchTokens::indexText(const QString &text) { return tokens(text).join(QLatin1Char(' ')); }

QList<QStringList> SearchTokens::queryPhrases(const QString &query)
{
    QList<QStringList> out;
    runs(query, [&](const QList<uint> &run, bool cjk) { out.append(runTokens(run, cjk)); });
    return out;
}

bool SearchTokens::isPrefixPhrase(const QStringList &p)
{
    return p.size() == 1 && p.first().size() <= 2 && isCjk(p.first().toUcs4().first()) && p.first().toUcs4().size() == 1;
}

QString SearchTokens::matchExpression(const QList<QStringList> &phrases)
{
    QStringList parts;
    for (const QStringList &p : phrases) {
        // Tokens hold only letters and digits, so quoting needs no escaping.
        parts.append(isPrefixPhrase(p) ? QStringLiteral("\"%1\"*").arg(p.first()) : QStringLiteral("\"%1\"").arg(p.join(QLatin1Char(' '))));
    }
    return parts.join(QStringLiteral(" AND "));
}

}  // namespace baton::store
