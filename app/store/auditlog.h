#pragma once
// AuditLog: an append-only record of who changed what — skill-group moves, rule sets, scripts,
// merges, imports, logins — with the value before and after, queryable by time, actor and object.

#include "clock.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace baton::store {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;      // UTC
    QString actor;     // who: a user id, "system", "config reload"…
    QString action;    // what kind of change: "agent.groups", "rules.replace", "customer.merge"…
    QString object;    // what it was done to: "agent:zhangmin", "customer:42"…
    QString before;    // JSON or text, as the caller records it; empty when not applicable
    QString after;
};

struct AuditQuery {
    std::optional<QDateTime> from;  // inclusive
    std::optional<QDateTime> to;    // exclusive
    QString actor;                  // empty: any
    QString object;                 // empty: any
    int limit = 100;                // 1–10,000, newest first
};

class AuditLog {
public:
    AuditLog(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    core::Result<qint64> append(const QString &actor, const QString &action, const QString &object, const QString &before = {},
                                const QString &after = {});
    core::Result<QList<AuditEntry>> find(const AuditQuery &query);

private:
    Database &m_db;
    const core::Clock &m_clock;
};

}  // namespace baton::store
