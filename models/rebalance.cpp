#include "rebalance.h"

#include "agentsession.h"

#include <QJsonObject>

namespace baton::models {

Rebalance::Rebalance(const QueueDashboardModel &dashboard, const AgentsModel &agents, QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
    , m_agents(agents)
{
}

QJsonArray Rebalance::membershipsAfter(const AgentRow &agent, const MovePlan &plan) const
{
    if (!plan.agents.contains(agent.agent))
        return agent.memberships;
    QJsonArray out;
    for (const QJsonValue &m : agent.memberships) {
        const QString g = m.toObject().value(QStringLiteral("group")).toString();
        if (g == plan.toGroup || (!plan.fromGroup.isEmpty() && g == plan.fromGroup))
            continue;
        out.append(m);
    }
    out.append(QJsonObject{{QStringLiteral("group"), plan.toGroup}, {QStringLiteral("proficiency"), plan.proficiency}});
    return out;
}

int Rebalance::staffed(const QString &group, const MovePlan *plan) const
{
    int n = 0;
    for (const AgentRow &a : m_agents.agents()) {
        if (a.state == QLatin1String("offline"))
            continue;
        const QJsonArray groups = plan ? membershipsAfter(a, *plan) : a.memberships;
        for (const QJsonValue &m : groups) {
            if (m.toObject().value(QStringLiteral("group")).toString() == group) {
                ++n;
                break;
            }
        }
    }
    return n;
}

std::optional<core::QueueModelFigures> Rebalance::figures(double arrivalsPerHour, double handleSeconds, int agents, double targetSeconds)
{
    if (arrivalsPerHour <= 0 || handleSeconds <= 0 || agents <= 0)
        return std::nullopt;
    core::QueueModelInput in;
    in.arrivalsPerHour = arrivalsPerHour;
    in.handleSeconds = handleSeconds;
    in.agents = agents;
    in.targetSeconds = targetSeconds;
    auto r = core::Erlang::c(in);
    if (!r)
        return std::nullopt;
    return r.value();
}

QList<GroupPrediction> Rebalance::predict(const MovePlan &plan) const
{
    QStringList groups;
    if (!plan.fromGroup.isEmpty())
        groups << plan.fromGroup;
    groups << plan.toGroup;
    // Groups the moved agents leave implicitly (none when fromGroup is given) are not touched.
    QList<GroupPrediction> out;
    for (const QString &g : std::as_const(groups)) {
        GroupPrediction p;
        p.group = g;
        p.agentsBefore = staffed(g);
        p.agentsAfter = staffed(g, &plan);
        p.arrivalsPerHour = m_rates.value(g);
        const GroupFigures *f = m_dashboard.figures(g);
        p.handleSeconds = f && f->averageHandleTimeSeconds ? *f->averageHandleTimeSeconds : 180.0;
        p.targetSeconds = f && f->serviceLevelThresholdSeconds > 0 ? f->serviceLevelThresholdSeconds : 20.0;
        p.before = figures(p.arrivalsPerHour, p.handleSeconds, p.agentsBefore, p.targetSeconds);
        p.after = figures(p.arrivalsPerHour, p.handleSeconds, p.agentsAfter, p.targetSeconds);
        out.append(p);
    }
    return out;
}

void Rebalance::apply(net::RouterClient &client, const MovePlan &plan)
{
    QList<std::pair<QString, QJsonArray>> changes, previous;
    for (const AgentRow &a : m_agents.agents()) {
        if (!plan.agents.contains(a.agent))
            continue;
        changes.append({a.agent, membershipsAfter(a, plan)});
        previous.append({a.agent, a.memberships});
    }
    send(client, changes, true, previous);
}

void Rebalance::undo(net::RouterClient &client)
{
    if (m_undo.isEmpty())
        return;
    send(client, m_undo.takeLast(), false, {});
}

void Rebalance::send(net::RouterClient &client, const QList<std::pair<QString, QJsonArray>> &changes, bool recordUndo,
                     QList<std::pair<QString, QJsonArray>> previous)
{
    if (changes.isEmpty())
        return;
    auto left = std::make_shared<int>(static_cast<int>(changes.size()));
    auto errors = std::make_shared<QStringList>();
    for (const auto &[agent, groups] : changes) {
        client.request(QStringLiteral("agent.groups"), {{QStringLiteral("agent"), agent}, {QStringLiteral("groups"), groups}},
                       [this, left, errors, recordUndo, previous](const net::Message &r) {
                           if (r.isError())
                               errors->append(AgentSession::describe(*r.error));
                           if (--*left > 0)
                               return;
                           if (recordUndo && errors->isEmpty())
                               m_undo.append(previous);
                           Q_EMIT applied(errors->isEmpty(), errors->join(QLatin1Char('\n')));
                       });
    }
}

}  // namespace baton::models
