#pragma once
// KnowledgeBase: articles (title, body, tags, business) and full-text search that works for
// Chinese — two-, three- and four-character words, and mixed queries such as "5G套餐" or
// "iPhone 退货" — ranked by relevance, with the matches highlighted in a snippet.
//
// How it stays fast on a million articles: the index holds CJK bigrams and words
// (SearchTokens) in SQLite FTS5. A query first lists its matches newest first, but only up to
// just past kRankedLimit: FTS5 walks the index in rowid order and stops, so this costs little
// whatever the query. When there are at most that many, they are ranked by baton_rank()
// (fts5ranking.h: BM25 saturation over title ×3, tags ×2, body ×1, from FTS5's own instance
// lists), with document frequencies counted up to the same limit — FTS5's bm25() would first
// count every row of each phrase, which for a common word is most of the index, and read each
// row's size from a second table. When there are more, the newest matching articles come first. In a
// query of several words, a very common word beside rarer ones orders the results instead of
// filtering them (SearchResult::commonWords).
//
// On PostgreSQL the same tokens go into a tsvector with their positions (title, then tags, then
// body, a position apart so no phrase spans two fields) under a GIN index, and a query becomes
// a tsquery of phrases (<->) with a lone CJK character as a prefix (:*). The candidates are
// scored in C++ by the same formula as baton_rank, so both engines give the same results.
// PostgreSQL keeps positions up to 16,383 and 255 of them per word: a phrase deeper into a very
// long article than that may be missed there, where SQLite finds it.

#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::store {

class Database;

struct Article {
    qint64 id = 0;
    QString title;
    QString body;
    QStringList tags;
    QString business;
};

struct SearchHit {
    qint64 id = 0;
    QString title;
    QString snippet;   // a window of the body (or the title) with matches in 【】
    double score = 0;  // higher is better (BM25F); 0 when very common terms put the newest first
};

struct SearchResult {
    QList<SearchHit> hits;
    bool rankedByRelevance = true;  // false: very common terms, newest first
    long long estimatedMatches = 0; // matches, counted up to kRankedLimit + 1
    // Words of the query so common (in more than kRankedLimit articles) that, beside rarer
    // words, they only order the results: articles with them come first, but the rarer words
    // alone decide what matches. Empty when every word was required.
    QStringList commonWords;
};

class KnowledgeBase {
public:
    KnowledgeBase(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    core::Result<qint64> add(const Article &article);
    // Many articles in one transaction: all are stored, or none (the error names the index).
    core::Result<QList<qint64>> addAll(const QList<Article> &articles);
    core::Status remove(qint64 id);
    // Merges the index into one segment (FTS5 'optimize'): after a bulk import, so queries read
    // one list per word instead of one per segment. Takes seconds per 100,000 articles.
    // On PostgreSQL: ANALYZE, so the planner knows the new index.
    core::Status optimize();
    core::Result<SearchResult> search(const QString &query, int limit = 10);

    static constexpr long long kRankedLimit = 5000;

private:
    core::Result<qint64> insert(const Article &article);  // inside a transaction
    // Matching articles, counted up to kRankedLimit + 1.
    core::Result<long long> countUpToLimit(const QList<QStringList> &phrases);
    // The matching articles' ids, newest first, at most `limit`.
    core::Result<QList<qint64>> newestMatches(const QList<QStringList> &phrases, long long limit);
    // PostgreSQL: the candidates scored in C++ exactly as baton_rank scores them on SQLite.
    core::Result<QList<std::pair<qint64, double>>> rankInProcess(const QList<qint64> &candidates, const QList<QStringList> &phrases,
                                                                 const QList<double> &weights);

    Database &m_db;
    const core::Clock &m_clock;
};

}  // namespace baton::store
