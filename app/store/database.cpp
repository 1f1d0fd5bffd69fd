#include "database.h"

#include "fts5ranking.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <utility>

namespace baton::store {

using core::Error;
using core::Status;

namespace {

QString connectionName()
{
    // QSqlDatabase connections are named per process; each Database gets its own.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("baton-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{core::ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, e.text()), {}};
}

}  // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("db"), QStringLiteral("no database file given"));
    const QFileInfo info(path);
    if (mode != Mode::Create && !info.exists())
        return Error::notFound(QStringLiteral("%1 does not exist (create it with `baton-admin init --db %1`)").arg(path));
    if (mode == Mode::Create && !info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("db"), QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{core::ErrorCode::Unsupported, QStringLiteral("Qt's SQLite driver is missing (install libqt6sql6-sqlite)"), {}};

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const Error e = sqlError(QStringLiteral("cannot open %1").arg(path), db.lastError());
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    // The Database owns the only handle to the connection, so closing it can remove it.
    std::unique_ptr<Database> database(new Database(std::exchange(db, QSqlDatabase()), path));
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto s = database->exec(QLatin1String(pragma)); !s)
            return s.error();
    }
    if (auto s = registerFts5Ranking(database->connection()); !s)
        return s.error();
    const int version = database->schemaVersion();
    if (version < 0)
        return Error{core::ErrorCode::Internal, QStringLiteral("%1 is not a Baton database (cannot read its schema version)").arg(path), {}};
    if (version > Migrations::latest()) {
        return Error{core::ErrorCode::Unsupported,
                     QStringLiteral("%1 has schema version %2, newer than this Baton knows (%3): upgrade Baton; the file was not changed")
                         .arg(path).arg(version).arg(Migrations::latest()),
                     {}};
    }
    if (mode != Mode::Inspect) {
        if (auto s = Migrations::apply(*database); !s)
            return s.error();
    }
    return database;
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(sql.left(80), q.lastError());
    return {};
}

Status Database::run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("preparing \"%1\"").arg(sql.simplified().left(80)), q.lastError());
    for (const QVariant &v : values) {
        // Qt binds a null QString as SQL NULL; an empty text is meant. NULL is QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(QStringLiteral("running \"%1\"").arg(sql.simplified().left(80)), q.lastError());
    return {};
}

Status Database::begin()
{
    if (m_depth > 0) {
        if (auto s = exec(QStringLiteral("SAVEPOINT s%1").arg(m_depth)); !s)
            return s;
    } else if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        // IMMEDIATE: take the write lock now, waiting up to the busy timeout. A deferred BEGIN
        // would read first and then fail at once ("database is locked") when it tries to write
        // after another connection (the router's journal writer) has committed.
        return s;
    }
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error{core::ErrorCode::Internal, QStringLiteral("commit without a transaction"), {}};
    --m_depth;
    if (m_depth > 0)
        return exec(QStringLiteral("RELEASE SAVEPOINT s%1").arg(m_depth));
    if (auto s = exec(QStringLiteral("COMMIT")); !s) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth > 0) {
        (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT s%1").arg(m_depth));
        (void)exec(QStringLiteral("RELEASE SAVEPOINT s%1").arg(m_depth));
    } else {
        (void)exec(QStringLiteral("ROLLBACK"));
    }
}

Status Database::backupTo(const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error::conflict(QStringLiteral("%1 already exists; a backup never overwrites a file").arg(target));
    if (!info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("to"), QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    QSqlQuery q(m_db);
    if (auto s = run(q, QStringLiteral("VACUUM INTO ?"), {info.absoluteFilePath()}); !s)
        return s;
    return {};
}

core::Result<QStringList> Database::check()
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity check"), q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(QStringLiteral("foreign key check"), q.lastError());
    while (q.next())
        problems.append(QStringLiteral("row %1 of %2 refers to a missing row of %3").arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    return problems;
}

}  // namespace baton::store
