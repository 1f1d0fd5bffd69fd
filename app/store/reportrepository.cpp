#include "reportrepository.h"

#include "database.h"

#include <QMap>
#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;

namespace {

std::optional<double> share(long long part, long long whole)
{
    return whole > 0 ? std::optional<double>(static_cast<double>(part) / static_cast<double>(whole)) : std::nullopt;
}

}  // namespace

std::optional<double> KpiRow::transferRate() const { return share(transferred, contacts); }
std::optional<double> KpiRow::fcrRate() const { return share(resolvedFirstTime, contacts); }
std::optional<double> KpiRow::serviceLevel() const { return share(answeredWithinThreshold, answered + abandoned + overflowedOut); }
std::optional<double> KpiRow::abandonmentRate() const { return share(abandoned, answered + abandoned + overflowedOut); }

std::optional<double> KpiRow::speedOfAnswerSeconds() const
{
    return answered > 0 ? std::optional<double>(static_cast<double>(answerWaitMs) / 1000.0 / static_cast<double>(answered)) : std::nullopt;
}

core::Status ReportRepository::saveQueueDay(const QDate &day, const core::GroupDayTotals &d)
{
    if (d.group.isEmpty())
        return Error::invalid(QStringLiteral("group"), QStringLiteral("a queue day needs its group"));
    if (!day.isValid())
        return Error::invalid(QStringLiteral("day"), QStringLiteral("a queue day needs its day"));
    QSqlQuery q = m_db.query();
    return Database::run(q,
                         QStringLiteral("INSERT INTO queue_days (group_id, day, entered, answered, answered_in_target, abandoned,"
                                        " overflowed, handled, answer_wait_ms, handle_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (group_id, day) DO UPDATE SET entered = excluded.entered, answered = excluded.answered,"
                                        " answered_in_target = excluded.answered_in_target, abandoned = excluded.abandoned,"
                                        " overflowed = excluded.overflowed, handled = excluded.handled, answer_wait_ms = excluded.answer_wait_ms,"
                                        " handle_ms = excluded.handle_ms, updated_ms = excluded.updated_ms"),
                         {d.group.value(), day.toString(Qt::ISODate), d.entered, d.answered, d.answeredWithinThreshold, d.abandoned, d.overflowedOut,
                          d.handled, d.answerWaitMs, d.handleMs, m_clock.utcNow().toMSecsSinceEpoch()});
}

Result<std::optional<core::GroupDayTotals>> ReportRepository::queueDay(const QString &group, const QDate &day)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q,
                               QStringLiteral("SELECT entered, answered, answered_in_target, abandoned, overflowed, handled, answer_wait_ms, handle_ms"
                                              " FROM queue_days WHERE group_id = ? AND day = ?"),
                               {group, day.toString(Qt::ISODate)});
        !s)
        return s.error();
    if (!q.next())
        return std::optional<core::GroupDayTotals>();
    return std::optional<core::GroupDayTotals>(core::GroupDayTotals{core::GroupId(group), q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                                            q.value(7).toLongLong()});
}

Result<QList<KpiRow>> ReportRepository::kpis(const KpiQuery &k)
{
    if (!k.from.isValid())
        return Error::invalid(QStringLiteral("from"), QStringLiteral("give the first day"));
    if (!k.to.isValid() || k.to < k.from)
        return Error::invalid(QStringLiteral("to"), QStringLiteral("the last day must not be before the first"));
    if (k.from.daysTo(k.to) > 366)
        return Error::invalid(QStringLiteral("to"), QStringLiteral("a report covers at most 366 days"));
    if (k.fcrDays < 1 || k.fcrDays > 90)
        return Error::invalid(QStringLiteral("fcrDays"), QStringLiteral("first-contact resolution looks 1 to 90 days ahead"));
    if (!k.experiment.isEmpty() && k.by != KpiGrouping::Variant)
        return Error::invalid(QStringLiteral("experiment"), QStringLiteral("an experiment narrows a report by variant only"));

    // The site's days in UTC milliseconds; SQLite shifts by the zone's offset to name the day
    // (an offset taken at the start: the sites this is for keep no daylight saving time).
    const QDateTime fromUtc = QDateTime(k.from, QTime(0, 0), k.zone).toUTC();
    const QDateTime toUtc = QDateTime(k.to.addDays(1), QTime(0, 0), k.zone).toUTC();
    const qint64 offsetMs = static_cast<qint64>(k.zone.offsetFromUtc(fromUtc)) * 1000;
    // The engines' string functions differ: a line break, "contains", "ends with".
    const QString newline = m_db.isPostgres() ? QStringLiteral("chr(10)") : QStringLiteral("char(10)");
    const QString hasLineBreak = m_db.isPostgres() ? QStringLiteral("strpos(COALESCE(i.transfer_chain, ''), chr(10)) > 0")
                                                   : QStringLiteral("instr(COALESCE(i.transfer_chain, ''), char(10)) > 0");
    const QString lastInChain = m_db.isPostgres() ? QStringLiteral("right(i.transfer_chain, length(i.agent_id) + 1)")
                                                  : QStringLiteral("substr(i.transfer_chain, -length(i.agent_id) - 1)");
    QString key;
    switch (k.by) {
    case KpiGrouping::Group:
        key = QStringLiteral("COALESCE(i.skill_group, '')");
        break;
    case KpiGrouping::Agent:
        key = QStringLiteral("i.agent_id");
        break;
    case KpiGrouping::Day:
        key = m_db.isPostgres() ? QStringLiteral("to_char(to_timestamp((i.started_ms + %1) / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(offsetMs)
                                : QStringLiteral("date((i.started_ms + %1) / 1000, 'unixepoch')").arg(offsetMs);
        break;
    case KpiGrouping::Variant:
        // Experiment and variant in one key, split below; a line break is in neither.
        key = QStringLiteral("i.experiment || %1 || i.variant").arg(newline);
        break;
    }
    QString where = QStringLiteral("i.agent_id IS NOT NULL AND i.started_ms >= ? AND i.started_ms < ?");
    QVariantList values{static_cast<qint64>(k.fcrDays) * 86'400'000, fromUtc.toMSecsSinceEpoch(), toUtc.toMSecsSinceEpoch()};
    if (k.by == KpiGrouping::Variant) {
        where += QStringLiteral(" AND i.variant IS NOT NULL AND i.experiment IS NOT NULL");
        if (!k.experiment.isEmpty()) {
            where += QStringLiteral(" AND i.experiment = ?");
            values << k.experiment;
        }
    }
    QMap<QString, KpiRow> rows;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    // Handle time: start to end of conversations held live (an email's or SMS's span is days of
    // waiting for replies, not work).
    // Transferred out: the agent's part ends with someone else in its chain (the router writes
    // "…, this agent, the next agent or @group" for the part that was passed on).
    // Resolved the first time: the customer did not come back on the same business within
    // fcrDays (looked for beyond `to` as well, so the last days are judged like the others).
    const QString sql = QStringLiteral(
        "SELECT %1, COUNT(*), AVG(CASE WHEN i.ended_ms IS NOT NULL AND i.channel NOT IN ('email', 'sms') THEN i.ended_ms - i.started_ms END),"
        " AVG(i.csat), COUNT(i.csat),"
        " SUM(CASE WHEN %3 AND %4 <> %5 || i.agent_id THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM interactions j WHERE j.customer_id = i.customer_id AND j.id <> i.id"
        "   AND j.started_ms > i.started_ms AND j.started_ms <= i.started_ms + ? AND COALESCE(j.business, '') = COALESCE(i.business, ''))"
        "   THEN 1 ELSE 0 END),"
        " AVG(i.wait_ms)"
        " FROM interactions i WHERE %2 GROUP BY 1")
                            .arg(key, where, hasLineBreak, lastInChain, newline);
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    while (q.next()) {
        KpiRow &r = rows[q.value(0).toString()];
        r.key = q.value(0).toString();
        if (k.by == KpiGrouping::Variant) {
            const qsizetype cut = r.key.indexOf(QLatin1Char('\n'));
            r.experiment = r.key.left(cut);
            r.key = r.key.mid(cut + 1);
        }
        r.contacts = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            r.handleSeconds = q.value(2).toDouble() / 1000.0;
        if (!q.value(3).isNull())
            r.csat = q.value(3).toDouble();
        r.rated = q.value(4).toLongLong();
        r.transferred = q.value(5).toLongLong();
        r.resolvedFirstTime = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            r.waitSeconds = q.value(7).toDouble() / 1000.0;
    }
    if (k.by == KpiGrouping::Group || k.by == KpiGrouping::Day) {
        const QString queueKey = k.by == KpiGrouping::Group ? QStringLiteral("group_id") : QStringLiteral("day");
        if (auto s = Database::run(q,
                                   QStringLiteral("SELECT %1, SUM(entered), SUM(answered), SUM(answered_in_target), SUM(abandoned), SUM(overflowed),"
                                                  " SUM(answer_wait_ms) FROM queue_days WHERE day >= ? AND day <= ? GROUP BY 1")
                                       .arg(queueKey),
                                   {k.from.toString(Qt::ISODate), k.to.toString(Qt::ISODate)});
            !s)
            return s.error();
        while (q.next()) {
            KpiRow &r = rows[q.value(0).toString()];
            r.key = q.value(0).toString();
            r.hasQueue = true;
            r.entered = q.value(1).toLongLong();
            r.answered = q.value(2).toLongLong();
            r.answeredWithinThreshold = q.value(3).toLongLong();
            r.abandoned = q.value(4).toLongLong();
            r.overflowedOut = q.value(5).toLongLong();
            r.answerWaitMs = q.value(6).toLongLong();
        }
    }
    return rows.values();
}

}  // namespace baton::store
