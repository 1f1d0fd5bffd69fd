#pragma once
// baton_rank(): an FTS5 ranking function registered on each connection, used by KnowledgeBase.
//
//   baton_rank(kb_index, wTitle, wBody, wTags, idf1, idf2, …)
//
// BM25F from what FTS5 already holds for the row — each phrase's instances per column, the
// row's column sizes, the index's average column sizes — with the phrases' weights (idf) given
// by the caller. FTS5's own bm25() computes those weights itself by counting, on its first call,
// every row that contains each phrase: for a word in 10 % of a million articles that is 100,000
// rows before the first score. The caller counts only up to a limit instead (knowledgebase.cpp).

#include "result.h"

#include <vector>

class QSqlDatabase;

namespace baton::store {

// The score itself, shared with the PostgreSQL search (which counts the instances in C++):
// `weightedTf[p]` is phrase p's instances, each counted with its column's weight.
double batonRankScore(const std::vector<double> &weightedTf, const std::vector<double> &idf);

// Registers baton_rank on this QSQLITE connection (through the driver's sqlite3 handle).
core::Status registerFts5Ranking(QSqlDatabase &db);

}  // namespace baton::store
