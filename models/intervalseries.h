#pragma once
// IntervalSeries: a skill group's figures over the day in 15-minute intervals, for the
// supervisor's charts — the most contacts waiting in each interval and the interval's own
// service level. The day so far comes from the router (stats.intervals, which it keeps across
// restarts); the dashboard's updates keep the most waiting current between loads.

#include "queuedashboardmodel.h"
#include "routerclient.h"

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

    // Records the dashboard's figures as of `now` (local time): the most waiting.
    void record(const QList<GroupFigures> &groups, const QDateTime &now);
    void watch(const QueueDashboardModel *dashboard);
    // Takes today's intervals of every group (or one) from the router; failed() on an error.
    void load(net::RouterClient &client, const QString &group = {});
    // A stats.intervals answer: its intervals replace those recorded for the same times.
    void apply(const QJsonObject &answer);
    QList<IntervalPoint> points(const QString &group) const;
    static QDateTime intervalStart(const QDateTime &t);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    std::map<QString, std::map<QDateTime, IntervalPoint>> m_points;
    quint64 m_generation = 0;
    QDate m_day;  // the site's day the router's answers are of (invalid before the first)
};

}  // namespace baton::models
