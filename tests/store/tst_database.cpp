// Opening, migrating and checking databases; a newer database is refused, never downgraded.
// Runs on SQLite and, as tst_database_pg, on PostgreSQL (testdatabases.h).
#include "database.h"
#include "migrations.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace baton::store;
using baton::core::ErrorCode;

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesWithTheRightSettings();
    void migratesFromEveryEarlierVersion();
    void refusesANewerDatabase();
    void refusesWhatIsNotThere();
    void checkFindsNoProblemsInASoundFile();
    void backsUpWhileAnotherConnectionWrites();
    void readsPostgresUris();
};

void TestDatabase::createsAndMigratesWithTheRightSettings()
{
    baton::test::TestDatabases dir;
    const QString path = dir.location(QStringLiteral("baton"));
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    QSqlQuery q = (*db)->query();
    QCOMPARE((*db)->isPostgres(), dir.postgres());
    if (dir.postgres()) {
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO interactions (customer_id, started_ms, channel) VALUES (999, 0, 'voice')")));
        // Integers are 64-bit: times in milliseconds do not fit 32 bits.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('张敏', 1800000000000, 1800000000000) RETURNING id")),
                 qPrintable(q.lastError().text()));
        return;
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Foreign keys really hold.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO interactions (customer_id, started_ms, channel) VALUES (999, 0, 'voice')")));
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    // A fixture of each earlier version, made by the migrations themselves, opens at the latest.
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    for (int version = 0; version < Migrations::latest(); ++version) {
        const QString path = dir.location(QStringLiteral("old%1").arg(version));
        if (!dir.postgres())
            QFile(path).open(QIODevice::WriteOnly);  // Inspect opens only what exists
        {
            // Built at `version` from empty; Inspect does not migrate.
            auto db = Database::open(path, Database::Mode::Inspect);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), 0);
            const auto applied = Migrations::apply(**db, version);
            QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
            QCOMPARE((*db)->schemaVersion(), version);
        }
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    }
}

void TestDatabase::refusesANewerDatabase()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    const QString path = dir.location(QStringLiteral("future"));
    {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY((*db)->setSchemaVersion(Migrations::latest() + 5).ok());
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Unsupported);
    QVERIFY(db.error().message.contains(QStringLiteral("newer than this Baton")));
    // Untouched.
    auto inspect = Database::open(path, Database::Mode::Inspect);
    QVERIFY(!inspect.ok());
}

void TestDatabase::refusesWhatIsNotThere()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    if (dir.postgres()) {
        // A database the server does not have: an error that says so, naming no password.
        const QString base = qEnvironmentVariable("BATON_TEST_PG");
        const QString absent = QString(base).replace(QStringLiteral("/baton_test"), QStringLiteral("/no_such_db"));
        auto missing = Database::open(absent, Database::Mode::OpenExisting);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("cannot connect")), qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(QStringLiteral("no_such_db")));
        return;
    }
    auto missing = Database::open(dir.location(QStringLiteral("nope")), Database::Mode::OpenExisting);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("baton-admin init")));
    auto noFolder = Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")), Database::Mode::Create);
    QCOMPARE(noFolder.error().code, ErrorCode::InvalidArgument);
    QFile junk(dir.filePath(QStringLiteral("junk.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QVERIFY(!Database::open(junk.fileName(), Database::Mode::OpenExisting).ok());
}

void TestDatabase::checkFindsNoProblemsInASoundFile()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    auto db = Database::open(dir.location(QStringLiteral("baton")), Database::Mode::Create);
    QVERIFY(db.ok());
    const auto problems = (*db)->check();
    QVERIFY(problems.ok());
    QVERIFY(problems->isEmpty());
}

void TestDatabase::backsUpWhileAnotherConnectionWrites()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    const QString path = dir.location(QStringLiteral("live"));
    if (dir.postgres()) {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY(db.ok());
        const auto refused = (*db)->backupTo(dir.filePath(QStringLiteral("backup.db")));
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY(refused.error().message.contains(QStringLiteral("pg_dump")));
        return;
    }
    auto writer = Database::open(path, Database::Mode::Create);
    auto reader = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(writer.ok() && reader.ok());
    QSqlQuery w = (*writer)->query();
    QVERIFY(w.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('张敏', 0, 0)")));
    // A write transaction is open on the writer while the other connection backs up.
    QVERIFY((*writer)->begin().ok());
    QVERIFY(w.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('uncommitted', 0, 0)")));
    const QString copy = dir.location(QStringLiteral("backup"));
    QVERIFY((*reader)->backupTo(copy).ok());
    QVERIFY((*writer)->commit().ok());

    auto backup = Database::open(copy, Database::Mode::OpenExisting);
    QVERIFY(backup.ok());
    QCOMPARE((*backup)->schemaVersion(), Migrations::latest());
    QVERIFY((*backup)->check()->isEmpty());
    QSqlQuery b = (*backup)->query();
    QVERIFY(b.exec(QStringLiteral("SELECT group_concat(name) FROM customers")) && b.next());
    QCOMPARE(b.value(0).toString(), QStringLiteral("张敏"));  // the snapshot, without the uncommitted row
    QCOMPARE((*reader)->backupTo(copy).error().code, ErrorCode::Conflict);  // never overwrites
}

void TestDatabase::readsPostgresUris()
{
    QVERIFY(Database::isPostgres(QStringLiteral("postgresql://baton@db/baton")));
    QVERIFY(Database::isPostgres(QStringLiteral("postgres://db/baton")));
    QVERIFY(!Database::isPostgres(QStringLiteral("/var/lib/baton/postgresql.db")));
    // Passwords never reach a log or a message.
    QCOMPARE(Database::redacted(QStringLiteral("postgresql://baton:s3cret@db:5433/baton")), QStringLiteral("postgresql://baton:***@db:5433/baton"));
    QCOMPARE(Database::redacted(QStringLiteral("postgresql://db/baton?user=baton&password=s3cret&sslmode=require")),
             QStringLiteral("postgresql://db/baton?user=baton&password=***&sslmode=require"));
    QCOMPARE(Database::redacted(QStringLiteral("postgresql://baton:p@ss@db/baton")), QStringLiteral("postgresql://baton:***@db/baton"));
    QCOMPARE(Database::redacted(QStringLiteral("/tmp/baton.db")), QStringLiteral("/tmp/baton.db"));
    // Malformed URIs are refused before any connection, with the reason.
    for (const char *bad : {"postgresql://db:99999/baton", "postgresql://db", "postgresql://db/baton?sslmode", "postgresql://a,b/baton",
                            "postgresql://db/baton?options=x%3By", "postgresql://db/baton?Bad-Key=1"}) {
        auto db = Database::open(QLatin1String(bad), Database::Mode::OpenExisting);
        QVERIFY2(!db.ok(), bad);
        QVERIFY2(db.error().code == ErrorCode::InvalidArgument, qPrintable(db.error().message));
    }
    auto secret = Database::open(QStringLiteral("postgresql://baton:s3cret@db:99999/baton"), Database::Mode::OpenExisting);
    QVERIFY(!secret.error().message.contains(QStringLiteral("s3cret")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
