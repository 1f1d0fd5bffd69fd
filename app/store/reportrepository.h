#pragma once
// ReportRepository: the supervisor's KPIs over days — per skill group, agent, day or A/B variant:
// contacts handled, average handle time, CSAT, transfer rate, first-contact resolution and
// average wait from the interactions; entered, answered, abandoned, service level and speed of
// answer from each group's daily queue counts (queue_days, written by the router).

#include "clock.h"
#include "events.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace baton::store {

class Database;

// Variant: one row per experiment and variant; interactions routed outside any experiment are
// left out (they belong to no arm of the comparison).
enum class KpiGrouping { Group, Agent, Day, Variant };

struct KpiQuery {
    QDate from;               // first day, included
    QDate to;                 // last day, included
    KpiGrouping by = KpiGrouping::Group;
    int fcrDays = 7;          // resolved first time: no further contact on the same business within this many days
    QTimeZone zone = QTimeZone::utc();  // the site's: what a day is
    QString experiment{};     // Variant only: just this experiment's variants; empty = every experiment
};

struct KpiRow {
    QString key;  // group id, agent id, the day ("2026-11-24"), or the variant id
    QString experiment;  // by variant: the experiment the variant belongs to
    // From the interactions the agents handled.
    long long contacts = 0;
    std::optional<double> handleSeconds;  // average, of live conversations (not email or SMS)
    std::optional<double> csat;           // average of those rated
    long long rated = 0;
    long long transferred = 0;        // passed on to another agent or group
    long long resolvedFirstTime = 0;  // no further contact on the same business within fcrDays
    std::optional<double> waitSeconds;  // average wait before the agent answered, where stored (schema 9 on)
    // From the queue counts (groups and days; an agent has none).
    bool hasQueue = false;
    long long entered = 0;
    long long answered = 0;
    long long answeredWithinThreshold = 0;
    long long abandoned = 0;
    long long overflowedOut = 0;
    qint64 answerWaitMs = 0;

    std::optional<double> transferRate() const;
    std::optional<double> fcrRate() const;
    std::optional<double> serviceLevel() const;     // as the dashboard counts it
    std::optional<double> abandonmentRate() const;
    std::optional<double> speedOfAnswerSeconds() const;
};

class ReportRepository {
public:
    ReportRepository(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    // Inserts or replaces the group's counts (`counts.group`) for the day.
    core::Status saveQueueDay(const QDate &day, const core::GroupDayTotals &counts);
    core::Result<std::optional<core::GroupDayTotals>> queueDay(const QString &group, const QDate &day);

    // One row per group, agent, day or (experiment, variant) that has anything in [from, to],
    // ordered by key (by experiment, then variant). Errors name the field: "from", "to" (to
    // before from, or over 366 days), "fcrDays" (1–90), "experiment" (given, but not by variant).
    // Rows by agent or variant have no queue counts: the router counts its queues per group.
    core::Result<QList<KpiRow>> kpis(const KpiQuery &query);

private:
    Database &m_db;
    const core::Clock &m_clock;
};

}  // namespace baton::store
