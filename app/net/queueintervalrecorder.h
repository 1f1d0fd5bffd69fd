#pragma once
// QueueIntervalRecorder: each skill group's queue over the site's day by 15-minute interval —
// the most contacts seen waiting, and the contacts that entered, were answered (within the
// target) or hung up in the interval — from samples of the router's statistics. Counts are the
// differences of today's running totals between samples, so a restart carries on from the
// totals the reports stored. The service samples a few times a second and stores the changed
// intervals once a minute.

#include "events.h"
#include "queueintervals.h"

#include <QDate>
#include <QHash>
#include <QTime>

#include <map>
#include <set>

namespace baton::net {

class QueueIntervalRecorder {
public:
    static int slotOf(const QTime &t) { return (t.hour() * 60 + t.minute()) / store::QueueInterval::kMinutes; }

    // Starts `day` from each group's totals so far today and the intervals stored earlier today.
    void startDay(const QDate &day, const QHash<QString, core::GroupDayTotals> &totalsNow, const QList<store::QueueInterval> &stored);
    // A group's figures at local time `at` of `day`: waiting now, and the day's running totals.
    // A later day starts afresh (the router's counts restart at midnight).
    void sample(const QDate &day, const QTime &at, const QString &group, int waiting, const core::GroupDayTotals &totals);

    QDate day() const { return m_day; }
    QList<store::QueueInterval> intervals(const QString &group) const;
    // Intervals changed since the last call, to store.
    QList<store::QueueInterval> takeChanged();

private:
    QDate m_day;
    QHash<QString, core::GroupDayTotals> m_last;  // each group's totals at its last sample
    std::map<std::pair<QString, int>, store::QueueInterval> m_slots;
    std::set<std::pair<QString, int>> m_changed;
};

}  // namespace baton::net
