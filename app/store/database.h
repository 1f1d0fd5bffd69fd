#pragma once
// Database: one connection to the site's store with its schema brought to the version this build
// knows. Opening a database made by a newer Baton is an error, never a silent downgrade.
//
// Two engines behind one repository layer:
// - SQLite (a file path, the default): WAL journal, foreign keys, a busy timeout.
// - PostgreSQL (`postgresql://user[:password]@host[:port]/dbname?param=value…`, libpq's URI form;
//   `?host=/run/postgresql` for a Unix socket): for sites that outgrow one machine. The database
//   must exist (createdb); Baton creates its tables. Other parameters (sslmode, options,
//   connect_timeout, application_name …) are handed to libpq as they are.
// Repositories write SQL both engines share (ON CONFLICT, RETURNING, COALESCE …) and ask
// engine() only where the two differ (full-text search, JSON, string functions).

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
    enum class Engine { Sqlite, Postgres };

    // `path` is a SQLite file or a postgresql:// URI (on PostgreSQL the database must exist in
    // every mode; Create and OpenExisting migrate it).
    static core::Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    // Whether `location` names a PostgreSQL database rather than a file.
    static bool isPostgres(const QString &location);
    // `location` fit for logs and messages: a URI's password is replaced by ***.
    static QString redacted(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // The file or URI the database was opened with (use redacted() before showing a URI).
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    // -1 when the version cannot be read (not a Baton database).
    int schemaVersion();
    core::Status setSchemaVersion(int version);
    // The case-insensitive LIKE of the engine (SQLite's LIKE folds ASCII; PostgreSQL has ILIKE).
    QLatin1String likeOperator() const { return isPostgres() ? QLatin1String("ILIKE") : QLatin1String("LIKE"); }

    // A prepared statement on this connection.
    QSqlQuery query() { return QSqlQuery(m_db); }
    // Runs a statement without parameters; the error names the statement.
    core::Status exec(const QString &sql);
    // prepare + bind positional values + exec, with a readable error. A null QString binds as
    // '' (Qt would bind NULL); pass QVariant() for NULL.
    static core::Status run(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
    // Binds and runs a query prepared once, for a batch of rows.
    static core::Status runPrepared(QSqlQuery &q, const QVariantList &values);
    // After INSERT … RETURNING, read the row and then q.finish(): SQLite cannot commit while a
    // RETURNING statement is still being read.

    // Transactions nest: inside another one, begin() opens a savepoint, so a repository call
    // that is atomic on its own can also be part of a larger unit (an import, say).
    core::Status begin();
    core::Status commit();
    void rollback();
    // PostgreSQL: whether a transaction takes the schema's writer lock, as SQLite's BEGIN
    // IMMEDIATE does (default). The journal's connection does not: its transactions only
    // append, and the lease row already orders them against a router taking over.
    void setSerializedWrites(bool on) { m_serializeWrites = on; }

    // A consistent copy of the database as of now, written to `target` (which must not exist),
    // while other connections go on reading and writing: SQLite's VACUUM INTO reads one snapshot.
    // Unsupported on PostgreSQL, whose own tools (pg_dump, base backups) do this.
    core::Status backupTo(const QString &target);

    // SQLite: PRAGMA integrity_check and foreign_key_check. PostgreSQL (whose server keeps its
    // own storage and constraints sound): a readable schema version and no invalid index.
    // The problems found, empty when sound.
    core::Result<QStringList> check();

private:
    Database(QSqlDatabase db, QString path, Engine engine) : m_db(std::move(db)), m_path(std::move(path)), m_engine(engine) {}
    static core::Result<std::unique_ptr<Database>> openSqlite(const QString &path, Mode mode);
    static core::Result<std::unique_ptr<Database>> openPostgres(const QString &uri);
    static core::Result<std::unique_ptr<Database>> finishOpen(std::unique_ptr<Database> database, Mode mode);

    QSqlDatabase m_db;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
    int m_depth = 0;
    bool m_serializeWrites = true;
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
