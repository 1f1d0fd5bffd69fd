#pragma once
// IntervalSeries: a skill group's figures over the day in 15-minute intervals, for the
// supervisor's charts — the most contacts waiting in each interval and the service level at its
// end — built from the dashboard's updates while the workspace is open.

#include "queuedashboardmodel.h"

#include <QDateTime>
#include <QObject>

#include <map>

namespace baton::models {

struct IntervalPoint {
    QDateTime start;                 // local, on a 15-minute boundary
    int maxWaiting = 0;
    std::optional<double> serviceLevel;
};

class IntervalSeries : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMinutes = 15;

    explicit IntervalSeries(QObject *parent = nullptr) : QObject(parent) {}

    // Records the dashboard's figures as of `now` (local time).
    void record(const QList<GroupFigures> &groups, const QDateTime &now);
    void watch(const QueueDashboardModel *dashboard);
    QList<IntervalPoint> points(const QString &group) const;
    static QDateTime intervalStart(const QDateTime &t);

Q_SIGNALS:
    void changed();

private:
    std::map<QString, std::map<QDateTime, IntervalPoint>> m_points;
};

}  // namespace baton::models
