#pragma once
// Migrations: the schema's history as numbered steps. A database records the last step applied
// (SQLite: PRAGMA user_version; PostgreSQL: the table baton_schema); opening it applies the
// missing steps in order, each in its own transaction. Steps are never edited once released: a
// change is a new step.
//
// One history for both engines. Statements are written in SQLite's dialect and translated for
// PostgreSQL where the difference is mechanical (statementFor); a statement that starts with
// "sqlite:" or "postgres:" runs on that engine only, in its place among the others.

#include "result.h"

#include <QStringList>

#include <vector>

namespace baton::store {

class Database;

struct Migration {
    int version;
    const char *description;
    QStringList statements;
};

class Migrations {
public:
    static const std::vector<Migration> &all();
    static int latest();
    // Brings the database up to `target` (default: latest) — used by tests to build fixtures of
    // earlier versions.
    static core::Status apply(Database &db, int target = -1);
    // The statement as run on the engine; empty when it is for the other engine only.
    static QString statementFor(const QString &statement, bool postgres);
};

}  // namespace baton::store
