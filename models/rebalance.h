#pragma once
// Rebalance: moving agents between skill groups, and what it would do. For each group a move
// touches, the staffed agents before and after and the predicted service level, average speed of
// answer and occupancy from Erlang A (core::Erlang) with the group's arrival rate, handle time
// and its callers' mean patience — Erlang C while nobody has hung up waiting yet —
// so a supervisor sees the cost of moving three people from 售前 to 售后 before applying it.
// Applying sends `agent.groups` for each agent (audited by the router) and keeps what it
// replaced, so the move can be undone.

#include "agentsmodel.h"
#include "erlang.h"
#include "queuedashboardmodel.h"

#include <QJsonArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace baton::models {

struct MovePlan {
    QStringList agents;        // agent ids
    QString fromGroup;         // "" : add to `toGroup`, keep the other groups
    QString toGroup;
    int proficiency = 5;
};

struct GroupPrediction {
    QString group;
    int agentsBefore = 0;
    int agentsAfter = 0;
    double arrivalsPerHour = 0;
    double handleSeconds = 0;
    double targetSeconds = 20;
    std::optional<double> patienceSeconds;          // Erlang A when known, else Erlang C
    std::optional<core::QueueModelFigures> before;  // nullopt: no arrivals, or no agents
    std::optional<core::QueueModelFigures> after;
};

// Calls per hour per group as they are now: from the dashboard's running count of contacts that
// entered today, over the last hour — or as much of it as has been watched, once that is 5
// minutes or more. Before that, today's count over the hours since midnight. A count that goes
// down (a new day) starts the watch again.
class ArrivalMeter {
public:
    static constexpr int kWindowMinutes = 60;
    static constexpr int kMinimumMinutes = 5;
    static constexpr int kSampleSeconds = 30;

    void sample(const QString &group, const QDateTime &at, long long enteredToday);
    double perHour(const QString &group, const QDateTime &now, long long enteredToday) const;
    // How many minutes the rate is taken over (0: today's average is used).
    double windowMinutes(const QString &group, const QDateTime &now) const;

private:
    struct Sample {
        QDateTime at;
        long long entered = 0;
    };
    QHash<QString, QList<Sample>> m_samples;  // oldest first, at most one per kSampleSeconds
};

class Rebalance : public QObject {
    Q_OBJECT

public:
    Rebalance(const QueueDashboardModel &dashboard, const AgentsModel &agents, QObject *parent = nullptr);

    // Calls per hour per group, for the predictions (the caller sets them, from an ArrivalMeter);
    // handle time from the group's AHT, else 180 s.
    void setArrivalsPerHour(const QString &group, double perHour) { m_rates.insert(group, perHour); }
    double arrivalsPerHour(const QString &group) const { return m_rates.value(group); }

    QList<GroupPrediction> predict(const MovePlan &plan) const;
    // Agents signed in (not offline) in `group`, with `plan` applied or not.
    int staffed(const QString &group, const MovePlan *plan = nullptr) const;
    static std::optional<core::QueueModelFigures> figures(double arrivalsPerHour, double handleSeconds, int agents, double targetSeconds,
                                                          std::optional<double> patienceSeconds = std::nullopt);

    // Sends the move; done(true) once the router took every agent's new groups.
    void apply(net::RouterClient &client, const MovePlan &plan);
    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo(net::RouterClient &client);

Q_SIGNALS:
    void applied(bool ok, const QString &message);

private:
    QJsonArray membershipsAfter(const AgentRow &agent, const MovePlan &plan) const;
    void send(net::RouterClient &client, const QList<std::pair<QString, QJsonArray>> &changes, bool recordUndo,
              QList<std::pair<QString, QJsonArray>> previous);

    const QueueDashboardModel &m_dashboard;
    const AgentsModel &m_agents;
    QHash<QString, double> m_rates;
    QList<QList<std::pair<QString, QJsonArray>>> m_undo;  // per applied move: each agent's groups before
};

}  // namespace baton::models
