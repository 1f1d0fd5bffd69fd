#include "database.h"

#include "fts5ranking.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
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

bool Database::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::redacted(const QString &location)
{
    if (!isPostgres(location))
        return location;
    // scheme://user:password@… → scheme://user:***@…, and a password= parameter likewise.
    // The password runs to the last '@' before the path (a password may hold '@').
    static const QRegularExpression inAuthority(QStringLiteral("^(postgres(?:ql)?://[^:/@?]*:)[^/?]*@"));
    static const QRegularExpression inQuery(QStringLiteral("([?&]password=)[^&]*"));
    QString out = location;
    out.replace(inAuthority, QStringLiteral("\\1***@"));
    out.replace(inQuery, QStringLiteral("\\1***"));
    return out;
}

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("db"), QStringLiteral("no database file given"));
    auto opened = isPostgres(path) ? openPostgres(path) : openSqlite(path, mode);
    if (!opened)
        return opened.error();
    return finishOpen(std::move(opened.value()), mode);
}

core::Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Mode mode)
{
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
    std::unique_ptr<Database> database(new Database(std::exchange(db, QSqlDatabase()), path, Engine::Sqlite));
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto s = database->exec(QLatin1String(pragma)); !s)
            return s.error();
    }
    if (auto s = registerFts5Ranking(database->connection()); !s)
        return s.error();
    return database;
}

core::Result<std::unique_ptr<Database>> Database::openPostgres(const QString &uri)
{
    const QString shown = redacted(uri);
    const auto invalid = [&](const QString &why) { return Error::invalid(QStringLiteral("db"), QStringLiteral("%1: %2").arg(shown, why)); };
    // libpq's URI: postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString dbname;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        dbname = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
        rest.truncate(slash);
    }
    QString user;
    QString password;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        user = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
        if (colon >= 0)
            password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }
    if (rest.contains(QLatin1Char(',')))
        return invalid(QStringLiteral("give one server; several hosts in one URI are not supported"));
    QString host = rest;
    int port = -1;
    if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':')); colon >= 0 && !rest.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        port = rest.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(QStringLiteral("the port must be a number from 1 to 65535"));
        host = rest.left(colon);
    }
    host = QUrl::fromPercentEncoding(host.toUtf8());
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QStringList options;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return invalid(QStringLiteral("the parameter \"%1\" has no value").arg(pair));
        const QString key = QUrl::fromPercentEncoding(pair.left(eq).toUtf8());
        QString value = QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        if (key == QLatin1String("host")) {
            host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return invalid(QStringLiteral("the port must be a number from 1 to 65535"));
        } else if (key == QLatin1String("dbname")) {
            dbname = value;
        } else if (key == QLatin1String("user")) {
            user = value;
        } else if (key == QLatin1String("password")) {
            password = value;
        } else {
            // Qt joins its connect options with ';', so a value may not hold one.
            if (value.contains(QLatin1Char(';')))
                return invalid(QStringLiteral("the parameter %1 may not contain ';'").arg(key));
            static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
            if (!keyword.match(key).hasMatch())
                return invalid(QStringLiteral("\"%1\" is not a connection parameter").arg(key));
            value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
            options.append(QStringLiteral("%1='%2'").arg(key, value));
        }
    }
    if (dbname.isEmpty())
        return invalid(QStringLiteral("name the database, as in postgresql://baton@db.example/baton"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{core::ErrorCode::Unsupported, QStringLiteral("Qt's PostgreSQL driver is missing (install libqt6sql6-psql)"), {}};

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
    db.setDatabaseName(dbname);
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!options.isEmpty())
        db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const Error e = Error{core::ErrorCode::Internal,
                              QStringLiteral("cannot connect to %1: %2").arg(shown, db.lastError().databaseText().trimmed().isEmpty()
                                                                                          ? db.lastError().text()
                                                                                          : db.lastError().databaseText().trimmed()),
                              {}};
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    std::unique_ptr<Database> database(new Database(std::exchange(db, QSqlDatabase()), uri, Engine::Postgres));
    // Notices ("… already exists, skipping") are not worth a line in the log.
    if (auto s = database->exec(QStringLiteral("SET client_min_messages = warning")); !s)
        return s.error();
    return database;
}

core::Result<std::unique_ptr<Database>> Database::finishOpen(std::unique_ptr<Database> database, Mode mode)
{
    const QString shown = redacted(database->path());
    const int version = database->schemaVersion();
    if (version < 0)
        return Error{core::ErrorCode::Internal, QStringLiteral("%1 is not a Baton database (cannot read its schema version)").arg(shown), {}};
    if (version > Migrations::latest()) {
        return Error{core::ErrorCode::Unsupported,
                     QStringLiteral("%1 has schema version %2, newer than this Baton knows (%3): upgrade Baton; the %4 was not changed")
                         .arg(shown).arg(version).arg(Migrations::latest())
                         .arg(database->isPostgres() ? QStringLiteral("database") : QStringLiteral("file")),
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
    if (!isPostgres()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // PostgreSQL has no user_version: one row in baton_schema, which a new database lacks.
    if (!q.exec(QStringLiteral("SELECT to_regclass('baton_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM baton_schema")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::setSchemaVersion(int version)
{
    if (!isPostgres())
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (auto s = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS baton_schema (version INTEGER NOT NULL)")); !s)
        return s;
    if (auto s = exec(QStringLiteral("DELETE FROM baton_schema")); !s)
        return s;
    return exec(QStringLiteral("INSERT INTO baton_schema (version) VALUES (%1)").arg(version));
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
    return runPrepared(q, values);
}

Status Database::runPrepared(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values) {
        // Qt binds a null QString as SQL NULL; an empty text is meant. NULL is QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(QStringLiteral("running \"%1\"").arg(q.lastQuery().simplified().left(80)), q.lastError());
    return {};
}

Status Database::begin()
{
    if (m_depth > 0) {
        if (auto s = exec(QStringLiteral("SAVEPOINT s%1").arg(m_depth)); !s)
            return s;
    } else if (auto s = exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !s) {
        // IMMEDIATE: take the write lock now, waiting up to the busy timeout. A deferred BEGIN
        // would read first and then fail at once ("database is locked") when it tries to write
        // after another connection (the router's journal writer) has committed.
        return s;
    } else if (isPostgres() && m_serializeWrites) {
        // As SQLite's write lock: one such transaction at a time in this schema, so a
        // repository's check-then-write (the next script version, a new user's name) cannot
        // interleave with another's. Released at COMMIT or ROLLBACK.
        if (auto l = exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '.baton-writer', 0))")); !l) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return l;
        }
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
    if (isPostgres())
        return Error{core::ErrorCode::Unsupported, QStringLiteral("back up a PostgreSQL database with pg_dump or the server's base backups"), {}};
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
    if (isPostgres()) {
        // The server keeps its pages and constraints sound; what can go wrong is an index left
        // invalid by an interrupted CREATE INDEX CONCURRENTLY, or a schema that is not Baton's.
        if (schemaVersion() < 0)
            problems.append(QStringLiteral("the schema version cannot be read"));
        if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                   " WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace")))
            return sqlError(QStringLiteral("index check"), q.lastError());
        while (q.next())
            problems.append(QStringLiteral("index %1 is invalid: rebuild it with REINDEX").arg(q.value(0).toString()));
        return problems;
    }
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
