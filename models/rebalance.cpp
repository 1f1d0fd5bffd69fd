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

void ArrivalMeter::sample(const QString &group, const QDateTime &at, long long enteredToday)
{
    QList<Sample> &samples = m_samples[group];
    if (!samples.isEmpty() && enteredToday < samples.last().entered)
        samples.clear();  // the count restarted: a new day
    if (!samples.isEmpty() && samples.last().at.secsTo(at) < kSampleSeconds)
        return;
    samples.append({at, enteredToday});
    // Keep one sample at or before the window's start, so a full hour can be measured.
    const QDateTime windowStart = at.addSecs(-kWindowMinutes * 60);
    while (samples.size() > 1 && samples.at(1).at <= windowStart)
        samples.removeFirst();
}

double ArrivalMeter::windowMinutes(const QString &group, const QDateTime &now) const
{
    const QList<Sample> samples = m_samples.value(group);
    if (samples.isEmpty())
        return 0;
    const double minutes = std::min<double>(kWindowMinutes, samples.first().at.secsTo(now) / 60.0);
    return minutes >= kMinimumMinutes ? minutes : 0;
}

double ArrivalMeter::perHour(const QString &group, const QDateTime &now, long long enteredToday) const
{
    const QList<Sample> samples = m_samples.value(group);
    if (windowMinutes(group, now) > 0) {
        // The newest sample at or before the window's start (else the oldest one there is).
        const QDateTime windowStart = now.addSecs(-kWindowMinutes * 60);
        Sample from = samples.first();
        for (const Sample &s : samples) {
            if (s.at <= windowStart)
                from = s;
        }
        const double hours = from.at.secsTo(now) / 3600.0;
        if (hours > 0 && enteredToday >= from.entered)
            return static_cast<double>(enteredToday - from.entered) / hours;
    }
    const double sinceMidnight = now.toLocalTime().time().msecsSinceStartOfDay() / 3600000.0;
    return static_cast<double>(enteredToday) / std::max(0.25, sinceMidnight);
}

std::optional<core::QueueModelFigures> Rebalance::figures(double arrivalsPerHour, double handleSeconds, int agents, double targetSeconds,
                                                         std::optional<double> patienceSeconds)
{
    if (arrivalsPerHour <= 0 || handleSeconds <= 0 || agents <= 0)
        return std::nullopt;
    core::QueueModelInput in;
    in.arrivalsPerHour = arrivalsPerHour;
    in.handleSeconds = handleSeconds;
    in.agents = agents;
    in.targetSeconds = targetSeconds;
    in.patienceSeconds = patienceSeconds;
    auto r = patienceSeconds ? core::Erlang::a(in) : core::Erlang::c(in);
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
        if (f && f->meanPatienceSeconds && *f->meanPatienceSeconds > 0)
            p.patienceSeconds = f->meanPatienceSeconds;
        p.before = figures(p.arrivalsPerHour, p.handleSeconds, p.agentsBefore, p.targetSeconds, p.patienceSeconds);
        p.after = figures(p.arrivalsPerHour, p.handleSeconds, p.agentsAfter, p.targetSeconds, p.patienceSeconds);
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
