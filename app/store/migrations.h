#pragma once
// Migrations: the schema's history as numbered steps. A database records the last step applied
// in PRAGMA user_version; opening it applies the missing steps in order, each in its own
// transaction. Steps are never edited once released: a change is a new step.

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
};

}  // namespace baton::store
