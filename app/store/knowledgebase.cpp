#include "knowledgebase.h"

#include "database.h"
#include "fts5ranking.h"
#include "searchtokens.h"

#include <QMap>
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

// PostgreSQL's limits on a tsvector: positions up to 16,383, 256 positions per lexeme, and a
// lexeme under 2 KiB.
constexpr int kMaxPosition = 16383;
constexpr int kMaxPositionsPerLexeme = 255;
constexpr qsizetype kMaxLexemeChars = 500;

QString quotedLexeme(QString token)
{
    token.truncate(kMaxLexemeChars);
    token.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + token + QLatin1Char('\'');
}

// The article's tokens as tsvector input: 'token':position+weight, the fields one after another
// (title A, tags B, body C) with a position between them.
QString termsVector(const Article &a)
{
    QMap<QString, QStringList> positions;
    int position = 0;
    const auto addField = [&](const QString &text, QChar weight) {
        for (const QString &token : SearchTokens::tokens(text)) {
            position = std::min(position + 1, kMaxPosition);
            QStringList &at = positions[token.left(kMaxLexemeChars)];
            if (at.size() < kMaxPositionsPerLexeme)
                at.append(QString::number(position) + weight);
        }
        position = std::min(position + 1, kMaxPosition);
    };
    addField(a.title, QLatin1Char('A'));
    addField(a.tags.join(QLatin1Char(' ')), QLatin1Char('B'));
    addField(a.body, QLatin1Char('C'));
    QStringList out;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        out.append(quotedLexeme(it.key()) + QLatin1Char(':') + it.value().join(QLatin1Char(',')));
    return out.join(QLatin1Char(' '));
}

// The phrases as tsquery input, all required: 'a' <-> 'b' & 'c':*
QString tsQuery(const QList<QStringList> &phrases)
{
    QStringList parts;
    for (const QStringList &p : phrases) {
        if (SearchTokens::isPrefixPhrase(p)) {
            parts.append(quotedLexeme(p.first()) + QStringLiteral(":*"));
            continue;
        }
        QStringList tokens;
        for (const QString &t : p)
            tokens.append(quotedLexeme(t));
        parts.append(p.size() > 1 ? QStringLiteral("(%1)").arg(tokens.join(QStringLiteral(" <-> "))) : tokens.first());
    }
    return parts.join(QStringLiteral(" & "));
}

// Instances of the phrase in a field's tokens, as FTS5 counts them (overlapping ones too; a
// lone CJK character matches every token it starts).
int instances(const QStringList &tokens, const QStringList &phrase)
{
    int n = 0;
    if (SearchTokens::isPrefixPhrase(phrase)) {
        for (const QString &t : tokens)
            n += t.startsWith(phrase.first()) ? 1 : 0;
        return n;
    }
    for (qsizetype i = 0; i + phrase.size() <= tokens.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j)
            all = tokens[i + j] == phrase[j];
        n += all ? 1 : 0;
    }
    return n;
}

}  // namespace

core::Status KnowledgeBase::optimize()
{
    if (m_db.isPostgres())
        return m_db.exec(QStringLiteral("ANALYZE kb_index"));
    return m_db.exec(QStringLiteral("INSERT INTO kb_index (kb_index) VALUES ('optimize')"));
}

Result<long long> KnowledgeBase::countUpToLimit(const QList<QStringList> &phrases)
{
    QSqlQuery q = m_db.query();
    const auto s = m_db.isPostgres()
                       ? Database::run(q, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM kb_index WHERE terms @@ CAST(? AS tsquery) LIMIT ?) m"),
                                       {tsQuery(phrases), kRankedLimit + 1})
                       : Database::run(q, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_index WHERE kb_index MATCH ? LIMIT ?)"),
                                       {SearchTokens::matchExpression(phrases), kRankedLimit + 1});
    if (!s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<qint64>> KnowledgeBase::newestMatches(const QList<QStringList> &phrases, long long limit)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    const auto s =
        m_db.isPostgres()
            ? Database::run(q, QStringLiteral("SELECT article_id FROM kb_index WHERE terms @@ CAST(? AS tsquery) ORDER BY article_id DESC LIMIT ?"),
                            {tsQuery(phrases), limit})
            : Database::run(q, QStringLiteral("SELECT rowid FROM kb_index WHERE kb_index MATCH ? ORDER BY rowid DESC LIMIT ?"),
                            {SearchTokens::matchExpression(phrases), limit});
    if (!s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<std::pair<qint64, double>>> KnowledgeBase::rankInProcess(const QList<qint64> &candidates, const QList<QStringList> &phrases,
                                                                      const QList<double> &weights)
{
    // Column weights as in baton_rank(kb_index, 3.0, 1.0, 2.0, …): title, body, tags.
    constexpr double kTitle = 3.0;
    constexpr double kBody = 1.0;
    constexpr double kTags = 2.0;
    const std::vector<double> idf(weights.cbegin(), weights.cend());
    QList<std::pair<qint64, double>> scored;
    scored.reserve(candidates.size());
    // All candidates in one statement: a statement per article would be a round trip each.
    QStringList ids;
    ids.reserve(candidates.size());
    for (const qint64 id : candidates)
        ids.append(QString::number(id));
    QSqlQuery article = m_db.query();
    article.setForwardOnly(true);
    if (auto s = Database::run(article, QStringLiteral("SELECT id, title, body, tags FROM kb_articles WHERE id = ANY (CAST(? AS BIGINT[]))"),
                               {QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
        !s)
        return s.error();
    while (article.next()) {
        const qint64 id = article.value(0).toLongLong();
        const QStringList title = SearchTokens::tokens(article.value(1).toString());
        const QStringList body = SearchTokens::tokens(article.value(2).toString());
        const QStringList tags = SearchTokens::tokens(article.value(3).toString().replace(QLatin1Char(','), QLatin1Char(' ')));
        std::vector<double> tf;
        tf.reserve(static_cast<std::size_t>(phrases.size()));
        for (const QStringList &p : phrases)
            tf.push_back(kTitle * instances(title, p) + kBody * instances(body, p) + kTags * instances(tags, p));
        scored.append({id, batonRankScore(tf, idf)});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first > b.first;
    });
    return scored;
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
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO kb_articles (title, body, tags, business, updated_ms) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                               {a.title, a.body, tags, a.business.isEmpty() ? QVariant() : QVariant(a.business),
                                m_clock.utcNow().toMSecsSinceEpoch()});
        !s)
        return s.error();
    if (!q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the article was not stored"), {}};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const auto s = m_db.isPostgres()
                       ? Database::run(q, QStringLiteral("INSERT INTO kb_index (article_id, terms) VALUES (?, CAST(? AS tsvector))"), {id, termsVector(a)})
                       : Database::run(q, QStringLiteral("INSERT INTO kb_index (rowid, title, body, tags) VALUES (?, ?, ?, ?)"),
                                       {id, SearchTokens::indexText(a.title), SearchTokens::indexText(a.body),
                                        SearchTokens::indexText(a.tags.join(QLatin1Char(' ')))});
    if (!s)
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
    // A contentless index forgets a row when given back the exact tokens it holds. (PostgreSQL's
    // index row goes with the article: ON DELETE CASCADE.)
    const core::Status s1 = m_db.isPostgres() ? core::Status() : Database::run(q, QStringLiteral("INSERT INTO kb_index (kb_index, rowid, title, body, tags) VALUES ('delete', ?, ?, ?, ?)"),
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
            auto df = countUpToLimit({phrases[i]});
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
    const bool knownSelective = allSelective;
    QList<qint64> newest;
    if (!knownSelective) {
        auto matches = newestMatches(required, kRankedLimit + 1);
        if (!matches)
            return matches.error();
        newest = std::move(matches.value());
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
    if (result.rankedByRelevance && m_db.isPostgres()) {
        if (knownSelective) {
            auto matches = newestMatches(required, kRankedLimit + 1);
            if (!matches)
                return matches.error();
            newest = std::move(matches.value());
            result.estimatedMatches = newest.size();
        }
        auto scored = rankInProcess(newest, required, weights);
        if (!scored)
            return scored.error();
        page = scored->mid(0, wanted);
        if (page.isEmpty())
            return result;
    } else if (result.rankedByRelevance) {
        const QString match = SearchTokens::matchExpression(required);
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
