// Opening, migrating and checking databases; a newer database is refused, never downgraded.
#include "database.h"
#include "migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
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
};

void TestDatabase::createsAndMigratesWithTheRightSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baton.db"));
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    QSqlQuery q = (*db)->query();
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
    for (int version = 0; version < Migrations::latest(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = Database::open(path, Database::Mode::Create);  // creates at latest…
            QVERIFY(db.ok());
        }
        {
            // …so rebuild it at `version` from an empty file instead.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            QFile(path).open(QIODevice::WriteOnly);
            auto db = Database::open(path, Database::Mode::Inspect);
            QVERIFY(db.ok());
            QVERIFY(Migrations::apply(**db, version).ok());
            QCOMPARE((*db)->schemaVersion(), version);
        }
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    }
}

void TestDatabase::refusesANewerDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latest() + 5)).ok());
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
    QTemporaryDir dir;
    auto missing = Database::open(dir.filePath(QStringLiteral("nope.db")), Database::Mode::OpenExisting);
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
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("baton.db")), Database::Mode::Create);
    const auto problems = (*db)->check();
    QVERIFY(problems.ok());
    QVERIFY(problems->isEmpty());
}

void TestDatabase::backsUpWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    auto writer = Database::open(path, Database::Mode::Create);
    auto reader = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(writer.ok() && reader.ok());
    QSqlQuery w = (*writer)->query();
    QVERIFY(w.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('张敏', 0, 0)")));
    // A write transaction is open on the writer while the other connection backs up.
    QVERIFY((*writer)->begin().ok());
    QVERIFY(w.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('uncommitted', 0, 0)")));
    const QString copy = dir.filePath(QStringLiteral("backup.db"));
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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
