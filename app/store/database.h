#pragma once
// Database: one SQLite connection with the settings Baton relies on — WAL journal, foreign keys,
// a busy timeout — and its schema brought to the version this build knows. Opening a database
// made by a newer Baton is an error, never a silent downgrade.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace baton::store {

class Database {
public:
    enum class Mode {
        Create,        // create the file if missing, then migrate
        OpenExisting,  // the file must exist; migrate
        Inspect,       // the file must exist; no migration (for `check`)
    };

    static core::Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion();

    // A prepared statement on this connection.
    QSqlQuery query() { return QSqlQuery(m_db); }
    // Runs a statement without parameters; the error names the statement.
    core::Status exec(const QString &sql);
    // prepare + bind positional values + exec, with a readable error. A null QString binds as
    // '' (Qt would bind NULL); pass QVariant() for NULL.
    static core::Status run(QSqlQuery &q, const QString &sql, const QVariantList &values = {});

    // Transactions nest: inside another one, begin() opens a savepoint, so a repository call
    // that is atomic on its own can also be part of a larger unit (an import, say).
    core::Status begin();
    core::Status commit();
    void rollback();

    // A consistent copy of the database as of now, written to `target` (which must not exist),
    // while other connections go on reading and writing: SQLite's VACUUM INTO reads one snapshot.
    core::Status backupTo(const QString &target);

    // PRAGMA integrity_check and foreign_key_check; the problems found, empty when sound.
    core::Result<QStringList> check();

private:
    Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

    QSqlDatabase m_db;
    QString m_path;
    int m_depth = 0;
};

// Runs `work` (returning a Status or a Result) in a transaction — a savepoint inside another —
// and rolls back when it fails.
template <typename Work>
auto inTransaction(Database &db, Work work) -> decltype(work())
{
    if (auto s = db.begin(); !s)
        return s.error();
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (auto s = db.commit(); !s)
        return s.error();
    return result;
}

}  // namespace baton::store
