#pragma once
// KnowledgeBase: articles (title, body, tags, business) and full-text search that works for
// Chinese — two-, three- and four-character words, and mixed queries such as "5G套餐" or
// "iPhone 退货" — ranked by relevance, with the matches highlighted in a snippet.
//
// How it stays fast on a million articles: the index holds CJK bigrams and words
// (SearchTokens) in SQLite FTS5. A query first counts its matches, but only up to just past
// kRankedLimit (so the count costs little whatever the query). When there are at most that
// many, they are ranked by bm25 — cheap, since there are few. When there are more, bm25 would
// score hundreds of thousands of rows, so the newest matching articles come first instead: FTS5
// walks the index in rowid order and stops after the first page.

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
    double score = 0;  // higher is better (−bm25); 0 when very common terms put the newest first
};

struct SearchResult {
    QList<SearchHit> hits;
    bool rankedByRelevance = true;  // false: very common terms, newest first
    long long estimatedMatches = 0; // matches, counted up to kRankedLimit + 1
};

class KnowledgeBase {
public:
    KnowledgeBase(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    core::Result<qint64> add(const Article &article);
    // Many articles in one transaction: all are stored, or none (the error names the index).
    core::Result<QList<qint64>> addAll(const QList<Article> &articles);
    core::Status remove(qint64 id);
    core::Result<SearchResult> search(const QString &query, int limit = 10);

    static constexpr long long kRankedLimit = 5000;

private:
    core::Result<qint64> insert(const Article &article);  // inside a transaction

    Database &m_db;
    const core::Clock &m_clock;
};

}  // namespace baton::store
