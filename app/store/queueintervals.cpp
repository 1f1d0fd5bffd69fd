#include "queueintervals.h"

#include "database.h"

#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;

core::Status QueueIntervalRepository::save(const QDate &day, const QList<QueueInterval> &intervals)
{
    if (!day.isValid())
        return Error::invalid(QStringLiteral("day"), QStringLiteral("intervals need their day"));
    for (const QueueInterval &i : intervals) {
        if (i.group.isEmpty())
            return Error::invalid(QStringLiteral("group"), QStringLiteral("an interval needs its group"));
        if (i.slot < 0 || i.slot >= QueueInterval::kPerDay)
            return Error::invalid(QStringLiteral("slot"), QStringLiteral("interval %1 is outside the day (0–95)").arg(i.slot));
    }
    return inTransaction(m_db, [&]() -> core::Status {
        QSqlQuery q = m_db.query();
        for (const QueueInterval &i : intervals) {
            if (auto s = Database::run(q,
                                       QStringLiteral("INSERT INTO queue_intervals (group_id, day, slot, max_waiting, entered, answered,"
                                                      " answered_in_target, abandoned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                                      " ON CONFLICT (group_id, day, slot) DO UPDATE SET max_waiting = excluded.max_waiting,"
                                                      " entered = excluded.entered, answered = excluded.answered,"
                                                      " answered_in_target = excluded.answered_in_target, abandoned = excluded.abandoned"),
                                       {i.group, day.toString(Qt::ISODate), i.slot, i.maxWaiting, i.entered, i.answered, i.answeredWithinThreshold,
                                        i.abandoned});
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<QueueInterval>> QueueIntervalRepository::day(const QDate &day, const QString &group)
{
    QString sql = QStringLiteral("SELECT group_id, slot, max_waiting, entered, answered, answered_in_target, abandoned FROM queue_intervals WHERE day = ?");
    QVariantList values{day.toString(Qt::ISODate)};
    if (!group.isEmpty()) {
        sql += QStringLiteral(" AND group_id = ?");
        values << group;
    }
    sql += QStringLiteral(" ORDER BY group_id, slot");
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    QList<QueueInterval> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                    q.value(5).toLongLong(), q.value(6).toLongLong()});
    return out;
}

}  // namespace baton::store
