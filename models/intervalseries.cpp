#include "intervalseries.h"

#include <QTimeZone>

namespace baton::models {

QDateTime IntervalSeries::intervalStart(const QDateTime &t)
{
    const QTime time = t.time();
    return QDateTime(t.date(), QTime(time.hour(), time.minute() - time.minute() % kIntervalMinutes), t.timeZone());
}

void IntervalSeries::record(const QList<GroupFigures> &groups, const QDateTime &now)
{
    const QDateTime start = intervalStart(now);
    for (const GroupFigures &g : groups) {
        auto &series = m_points[g.group];
        // A new day starts a new chart.
        if (!series.empty() && series.begin()->first.date() != start.date())
            series.clear();
        IntervalPoint &p = series[start];
        p.start = start;
        p.maxWaiting = std::max(p.maxWaiting, g.waiting);
        p.serviceLevel = g.serviceLevel;
    }
    Q_EMIT changed();
}

void IntervalSeries::watch(const QueueDashboardModel *dashboard)
{
    connect(dashboard, &QueueDashboardModel::updated, this, [this, dashboard] { record(dashboard->groups(), QDateTime::currentDateTime()); });
}

QList<IntervalPoint> IntervalSeries::points(const QString &group) const
{
    QList<IntervalPoint> out;
    const auto it = m_points.find(group);
    if (it == m_points.end())
        return out;
    for (const auto &[start, p] : it->second)
        out.append(p);
    return out;
}

}  // namespace baton::models
