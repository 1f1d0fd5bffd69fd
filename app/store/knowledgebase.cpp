#include "knowledgebase.h"

#include "database.h"
#include "searchtokens.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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

core::Status KnowledgeBase::optimize() { return m_db.exec(QStringLiteral("INSERT INTO kb_index (kb_index) VALUES ('optimize')")); }

Result<long long> KnowledgeBase::countUpToLimit(const QString &match)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_index WHERE kb_index MATCH ? LIMIT ?)"),
                               {match, kRankedLimit + 1});
        !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

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

    // Several words: how common is each? Counting stops past kRankedLimit, so this is cheap.
    // Very common words beside selective ones only order the results (as Lucene's common-terms
    // query does): requiring them would make FTS5 walk their doclists — half the index for a
    // word like 银行 — to find the few articles of the selective word.
    QList<QStringList> required = phrases;
    QList<QStringList> optional;
    QList<double> weights(phrases.size(), 1.0);
    bool allSelective = false;  // every required phrase is in at most kRankedLimit articles
    if (phrases.size() > 1) {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM kb_articles")); !s)
            return s.error();
        q.next();
        const double n = std::max(1.0, q.value(0).toDouble());
        QList<QStringList> selective;
        QList<double> selectiveWeights;
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            auto df = countUpToLimit(SearchTokens::matchExpression({phrases[i]}));
            if (!df)
                return df.error();
            weights[i] = std::log(1.0 + (n - static_cast<double>(*df) + 0.5) / (static_cast<double>(*df) + 0.5));
            if (*df <= kRankedLimit) {
                selective.append(phrases[i]);
                selectiveWeights.append(weights[i]);
            } else {
                optional.append(phrases[i]);
            }
        }
        allSelective = !selective.isEmpty();
        if (!selective.isEmpty() && !optional.isEmpty()) {
            required = selective;
            weights = selectiveWeights;
            for (const QStringList &p : std::as_const(optional))
                result.commonWords.append(phraseText(p));
        } else {
            optional.clear();
        }
    }

    // The matches, newest first, but only up to just past kRankedLimit: FTS5 walks the index in
    // rowid order and stops there, so a very common term costs what a rare one costs. Not needed
    // when every required word is known to be selective: then all matches are ranked.
    const QString match = SearchTokens::matchExpression(required);
    const bool knownSelective = allSelective;
    QList<qint64> newest;
    if (!knownSelective) {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (auto s = Database::run(q, QStringLiteral("SELECT rowid FROM kb_index WHERE kb_index MATCH ? ORDER BY rowid DESC LIMIT ?"),
                                   {match, kRankedLimit + 1});
            !s)
            return s.error();
        while (q.next())
            newest.append(q.value(0).toLongLong());
        result.estimatedMatches = newest.size();
        if (newest.isEmpty())
            return result;
    }
    result.rankedByRelevance = knownSelective || newest.size() <= kRankedLimit;

    // Few enough to score them all: BM25 by baton_rank() (fts5ranking.h), title ×3, body ×1,
    // tags ×2 (the index's column order), and counted in the same pass. Otherwise the newest
    // matches, without any scoring. With optional common words, a wider page is read so that
    // those with them can come first.
    const int wanted = optional.isEmpty() ? limit : std::max(limit * 5, 50);
    QList<std::pair<qint64, double>> page;
    if (result.rankedByRelevance) {
        QString args;
        QVariantList values;
        for (double w : std::as_const(weights)) {
            args += QStringLiteral(", ?");
            values.append(w);
        }
        values.append(match);
        // Known selective: not counted yet, so every row is read (at most kRankedLimit) and counted.
        values.append(knownSelective ? kRankedLimit + 1 : wanted);
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (auto s = Database::run(q, QStringLiteral("SELECT rowid, baton_rank(kb_index, 3.0, 1.0, 2.0%1) AS score"
                                                     " FROM kb_index WHERE kb_index MATCH ? ORDER BY score DESC, rowid DESC LIMIT ?").arg(args),
                                   values);
            !s)
            return s.error();
        long long rows = 0;
        while (q.next()) {
            if (++rows <= wanted)
                page.append({q.value(0).toLongLong(), q.value(1).toDouble()});
        }
        if (knownSelective)
            result.estimatedMatches = rows;
        if (page.isEmpty())
            return result;
    } else {
        for (qsizetype i = 0; i < newest.size() && i < wanted; ++i)
            page.append({newest[i], 0.0});
    }

    QList<SearchHit> withCommon;
    QList<SearchHit> without;
    QSqlQuery article = m_db.query();
    article.prepare(QStringLiteral("SELECT title, body, tags FROM kb_articles WHERE id = ?"));
    for (const auto &[id, score] : page) {
        article.bindValue(0, id);
        if (!article.exec())
            return Error{core::ErrorCode::Internal, QStringLiteral("cannot read article %1").arg(id), {}};
        if (!article.next())
            continue;  // removed between the two statements
        SearchHit h;
        h.id = id;
        h.title = article.value(0).toString();
        const QString body = article.value(1).toString();
        h.snippet = snippetOf(body.isEmpty() ? h.title : body, phrases);
        h.score = score;
        const QString all = simpleFold(h.title + QLatin1Char('\n') + body + QLatin1Char('\n') + article.value(2).toString());
        const bool hasCommon = std::all_of(result.commonWords.cbegin(), result.commonWords.cend(),
                                           [&](const QString &w) { return all.contains(w); });
        (hasCommon ? withCommon : without).append(h);
    }
    result.hits = withCommon + without;
    if (result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

}  // namespace baton::store
