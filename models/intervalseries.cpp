#include "intervalseries.h"

#include "agentsession.h"
#include "figures.h"

#include <QJsonArray>
#include <QPointer>
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
        // A new day starts a new chart. Once the router has said which day of the site it is,
        // its answers decide (the desktop may keep another time zone than the site).
        if (!m_day.isValid() && !series.empty() && series.begin()->first.date() != start.date())
            series.clear();
        IntervalPoint &p = series[start];
        p.start = start;
        p.maxWaiting = std::max(p.maxWaiting, g.waiting);
    }
    Q_EMIT changed();
}

void IntervalSeries::load(net::RouterClient &client, const QString &group)
{
    QJsonObject body;
    if (!group.isEmpty())
        body.insert(QStringLiteral("group"), group);
    const quint64 generation = ++m_generation;
    QPointer<IntervalSeries> self(this);
    client.request(QStringLiteral("stats.intervals"), body, [self, generation](const net::Message &reply) {
        if (!self || generation != self->m_generation)
            return;
        if (reply.isError())
            Q_EMIT self->failed(AgentSession::describe(*reply.error));
        else
            self->apply(reply.body);
    });
}

void IntervalSeries::apply(const QJsonObject &answer)
{
    const QDate day = QDate::fromString(answer.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (day.isValid() && day != m_day) {
        m_points.clear();  // the site's next day (or the first answer)
        m_day = day;
    }
    for (const QJsonValue &gv : answer.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        auto &series = m_points[g.value(QStringLiteral("group")).toString()];
        for (const QJsonValue &iv : g.value(QStringLiteral("intervals")).toArray()) {
            const QJsonObject i = iv.toObject();
            const QDateTime start = QDateTime::fromString(i.value(QStringLiteral("start")).toString(), Qt::ISODate).toLocalTime();
            if (!start.isValid())
                continue;
            IntervalPoint &p = series[intervalStart(start)];
            p.start = intervalStart(start);
            // The router saw every change; the desktop only the updates it was sent.
            p.maxWaiting = std::max(p.maxWaiting, i.value(QStringLiteral("maxWaiting")).toInt());
            p.serviceLevel = optionalNumber(i, "serviceLevel");
        }
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
