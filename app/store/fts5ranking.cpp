#include "fts5ranking.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

namespace baton::store {
namespace {

constexpr double kK1 = 1.2;

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    std::vector<double> weight(static_cast<std::size_t>(columns), 1.0);
    for (int c = 0; c < columns && c < argc; ++c)
        weight[static_cast<std::size_t>(c)] = sqlite3_value_double(argv[c]);
    std::vector<double> idf(static_cast<std::size_t>(phrases), 1.0);
    for (int p = 0; p < phrases && columns + p < argc; ++p)
        idf[static_cast<std::size_t>(p)] = sqlite3_value_double(argv[columns + p]);

    std::vector<double> tf(static_cast<std::size_t>(phrases), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "baton_rank: cannot read the phrase instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases && column < columns)
            tf[static_cast<std::size_t>(phrase)] += weight[static_cast<std::size_t>(column)];
    }
    sqlite3_result_double(ctx, batonRankScore(tf, idf));
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

}  // namespace

double batonRankScore(const std::vector<double> &weightedTf, const std::vector<double> &idf)
{
    double score = 0;
    const double norm = kK1;
    for (std::size_t p = 0; p < weightedTf.size(); ++p) {
        const double f = weightedTf[p];
        score += (p < idf.size() ? idf[p] : 1.0) * f * (kK1 + 1) / (f + norm);
    }
    return score;
}

core::Status registerFts5Ranking(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return core::Error{core::ErrorCode::Unsupported, QStringLiteral("the database driver gives no SQLite handle"), {}};
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return core::Error{core::ErrorCode::Internal, QStringLiteral("the SQLite connection is not open"), {}};
    fts5_api *api = fts5Api(sqlite);
    if (!api)
        return core::Error{core::ErrorCode::Unsupported, QStringLiteral("this SQLite has no FTS5"), {}};
    if (api->xCreateFunction(api, "baton_rank", nullptr, &rankFunction, nullptr) != SQLITE_OK)
        return core::Error{core::ErrorCode::Internal, QStringLiteral("cannot register the knowledge-search ranking"), {}};
    return {};
}

}  // namespace baton::store
