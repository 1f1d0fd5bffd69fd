#include "auditlog.h"

#include "database.h"

#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;

Result<qint64> AuditLog::append(const QString &actor, const QString &action, const QString &object, const QString &before,
                                const QString &after)
{
    if (actor.trimmed().isEmpty() || action.trimmed().isEmpty() || object.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("audit"), QStringLiteral("an audit entry needs an actor, an action and an object"));
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, object, before, after) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                               {m_clock.utcNow().toMSecsSinceEpoch(), actor, action, object, before.isNull() ? QVariant() : QVariant(before),
                                after.isNull() ? QVariant() : QVariant(after)});
        !s)
        return s.error();
    if (!q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the audit entry was not stored"), {}};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<AuditEntry>> AuditLog::find(const AuditQuery &query)
{
    if (query.limit < 1 || query.limit > 10000)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("ask for 1 to 10,000 entries"));
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, object, before, after FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (query.from) {
        sql += QStringLiteral(" AND at_ms >= ?");
        values << query.from->toMSecsSinceEpoch();
    }
    if (query.to) {
        sql += QStringLiteral(" AND at_ms < ?");
        values << query.to->toMSecsSinceEpoch();
    }
    if (!query.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values << query.actor;
    }
    if (!query.object.isEmpty()) {
        sql += QStringLiteral(" AND object = ?");
        values << query.object;
    }
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    values << query.limit;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next()) {
        out.append(AuditEntry{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return out;
}

}  // namespace baton::store
