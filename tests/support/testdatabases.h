#pragma once
// TestDatabases: where a store test keeps its databases, so one test runs on both engines.
//
// By default each name is a SQLite file in a temporary folder. With BATON_TEST_ENGINE=postgresql
// each name is a schema of its own in the throw-away cluster CTest starts (scripts/pg-cluster.sh;
// its URI in BATON_TEST_PG), reached by a URI whose search_path is that schema: a fresh, empty
// database for every name, cheap to make and gone with the cluster.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace baton::store {
class Database;
}

namespace baton::test {

class TestDatabases {
public:
    TestDatabases();
    ~TestDatabases();

    bool postgres() const { return m_postgres; }
    // Why PostgreSQL cannot be used here (no server binaries, no cluster), empty when it can or
    // when the test runs on SQLite. A test skips with this message.
    QString unavailable() const { return m_unavailable; }
    // The location of the database called `name`: new and empty the first time, the same
    // database when asked again. Characters other than letters, digits, '-' and '_' are dropped.
    QString location(const QString &name);
    // The database's tables whose names are LIKE `pattern`, sorted (either engine).
    static QStringList tables(store::Database &db, const QString &pattern = QStringLiteral("%"));
    // Makes the empty file SQLite's Inspect mode needs (nothing to do on PostgreSQL).
    void touch(const QString &location) const;
    // A folder for the test's other files.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_base;  // the cluster's URI
    QString m_unavailable;
    QStringList m_schemas;
};

}  // namespace baton::test

// Skips the current test function when it is meant for PostgreSQL but no cluster is reachable.
#define BATON_REQUIRE_DATABASES(dbs)                                \
    do {                                                            \
        if (!(dbs).unavailable().isEmpty())                         \
            QSKIP(qPrintable((dbs).unavailable()));                 \
    } while (false)
