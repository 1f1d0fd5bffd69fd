#include "knowledgebase.h"

#include "database.h"
#include "searchtokens.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace baton::store {

using core::Error;
using core::Result;

namespace {

constexpr int kSnippetChars = 48;

// Case folding that keeps every UTF-16 unit in place, so positions found in the folded text
// are positions in the original.
QString simpleFold(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = c.toCaseFolded();
    return out;
}

// A query phrase back as the text it matches: 挂失 失银 银行 → 挂失银行.
QString phraseText(const QStringList &tokens)
{
    QString run = tokens.first();
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QList<uint> codes = tokens[i].toUcs4();
        run += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codes.last()), 1);
    }
    return run;
}

// A window of the text around the first match, every match wrapped in 【】. Best effort: text
// that only matches after normalisation (full-width letters, say) is found but not marked.
QString snippetOf(const QString &text, const QList<QStringList> &phrases)
{
    const QString folded = simpleFold(text);
    QStringList needles;
    for (const QStringList &p : phrases)
        needles.append(phraseText(p));
    qsizetype first = -1;
    for (const QString &n : needles) {
        const qsizetype at = folded.indexOf(n);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        return text.left(kSnippetChars) + (text.size() > kSnippetChars ? QStringLiteral("…") : QString());
    const qsizetype start = std::max<qsizetype>(0, first - kSnippetChars / 3);
    const qsizetype length = std::min<qsizetype>(kSnippetChars, text.size() - start);
    QString window = text.mid(start, length);
    const QString foldedWindow = folded.mid(start, length);
    QList<std::pair<qsizetype, qsizetype>> marks;
    for (const QString &n : needles) {
        for (qsizetype at = foldedWindow.indexOf(n); at >= 0; at = foldedWindow.indexOf(n, at + n.size()))
            marks.append({at, n.size()});
    }
    // Mark from the end so earlier positions stay valid; skip overlaps.
    std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    qsizetype lastStart = std::numeric_limits<qsizetype>::max();
    for (const auto &[at, n] : marks) {
        if (at + n > lastStart)
            continue;
        window.insert(at + n, QStringLiteral("】"));
        window.insert(at, QStringLiteral("【"));
        lastStart = at;
    }
    return (start > 0 ? QStringLiteral("…") : QString()) + window + (start + length < text.size() ? QStringLiteral("…") : QString());
}

}  // namespace

Result<qint64> KnowledgeBase::add(const Article &a)
{
    auto ids = addAll({a});
    if (!ids)
        return Error::invalid(ids.error().field.mid(ids.error().field.indexOf(QLatin1Char('.')) + 1), ids.error().message);
    return ids->first();
}

Result<QList<qint64>> KnowledgeBase::addAll(const QList<Article> &articles)
{
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (articles[i].title.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("articles[%1].title").arg(i), QStringLiteral("an article needs a title"));
    }
    if (auto s = m_db.begin(); !s)
        return s.error();
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (const Article &a : articles) {
        auto id = insert(a);
        if (!id) {
            m_db.rollback();
            return id.error();
        }
        ids.append(*id);
    }
    if (auto s = m_db.commit(); !s)
        return s.error();
    return ids;
}

Result<qint64> KnowledgeBase::insert(const Article &a)
{
    QSqlQuery q = m_db.query();
    const QString tags = a.tags.join(QLatin1Char(','));
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO kb_articles (title, body, tags, business, updated_ms) VALUES (?, ?, ?, ?, ?)"),
                               {a.title, a.body, tags, a.business.isEmpty() ? QVariant() : QVariant(a.business),
                                m_clock.utcNow().toMSecsSinceEpoch()});
        !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO kb_index (rowid, title, body, tags) VALUES (?, ?, ?, ?)"),
                               {id, SearchTokens::indexText(a.title), SearchTokens::indexText(a.body), SearchTokens::indexText(a.tags.join(QLatin1Char(' ')))});
        !s)
        return s.error();
    return id;
}

core::Status KnowledgeBase::remove(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT title, body, tags FROM kb_articles WHERE id = ?"), {id}); !s)
        return s;
    if (!q.next())
        return Error::notFound(QStringLiteral("no article %1").arg(id));
    const QString title = q.value(0).toString();
    const QString body = q.value(1).toString();
    const QString tags = q.value(2).toString().replace(QLatin1Char(','), QLatin1Char(' '));
    if (auto s = m_db.begin(); !s)
        return s;
    // A contentless index forgets a row when given back the exact tokens it holds.
    const core::Status s1 = Database::run(q, QStringLiteral("INSERT INTO kb_index (kb_index, rowid, title, body, tags) VALUES ('delete', ?, ?, ?, ?)"),
                                          {id, SearchTokens::indexText(title), SearchTokens::indexText(body), SearchTokens::indexText(tags)});
    const core::Status s2 = s1 ? Database::run(q, QStringLiteral("DELETE FROM kb_articles WHERE id = ?"), {id}) : s1;
    if (!s2) {
        m_db.rollback();
        return s2;
    }
    return m_db.commit();
}

Result<SearchResult> KnowledgeBase::search(const QString &query, int limit)
{
    if (limit < 1 || limit > 200)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("ask for 1 to 200 results"));
    const QList<QStringList> phrases = SearchTokens::queryPhrases(query);
    SearchResult result;
    if (phrases.isEmpty())
        return result;

    // How many articles match, counted only up to just past the limit: a cost bounded by
    // kRankedLimit whatever the query, unlike counting every match of a common term.
    const QString match = SearchTokens::matchExpression(phrases);
    {
        QSqlQuery count = m_db.query();
        if (auto s = Database::run(count, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_index WHERE kb_index MATCH ? LIMIT ?)"),
                                   {match, kRankedLimit + 1});
            !s)
            return s.error();
        count.next();
        result.estimatedMatches = count.value(0).toLongLong();
    }
    if (result.estimatedMatches == 0)
        return result;
    result.rankedByRelevance = result.estimatedMatches <= kRankedLimit;

    // Title counts three times the body, tags twice.
    // The inner query is FTS5 alone, so the ordering and LIMIT are its own (and the rowid order
    // stops early); the articles are joined to the page only.
    // bm25() counts every row of each phrase on its first call, so the newest-first path must
    // not use it at all: its score is 0.
    const QString inner = result.rankedByRelevance
        ? QStringLiteral("SELECT rowid AS id, -bm25(kb_index, 3.0, 1.0, 2.0) AS score FROM kb_index WHERE kb_index MATCH ?"
                         " ORDER BY bm25(kb_index, 3.0, 1.0, 2.0) LIMIT ?")
        : QStringLiteral("SELECT rowid AS id, 0.0 AS score FROM kb_index WHERE kb_index MATCH ? ORDER BY rowid DESC LIMIT ?");
    const QString outer = result.rankedByRelevance ? QStringLiteral("ORDER BY s.score DESC, s.id DESC") : QStringLiteral("ORDER BY s.id DESC");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT a.id, a.title, a.body, s.score FROM (%1) s JOIN kb_articles a ON a.id = s.id %2").arg(inner, outer),
                               {match, limit});
        !s)
        return s.error();
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toLongLong();
        h.title = q.value(1).toString();
        const QString body = q.value(2).toString();
        h.snippet = snippetOf(body.isEmpty() ? h.title : body, phrases);
        h.score = q.value(3).toDouble();
        result.hits.append(h);
    }
    return result;
}

}  // namespace baton::store
