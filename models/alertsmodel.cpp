#include "alertsmodel.h"

#include "agentsmodel.h"

namespace baton::models {

QString Alert::key() const
{
    switch (kind) {
    case Kind::LongWait:
        return QStringLiteral("wait:%1").arg(contact);
    case Kind::BelowServiceLevel:
        return QStringLiteral("sl:") + group;
    case Kind::NoAgentAvailable:
        return QStringLiteral("none:") + group;
    case Kind::AgentStuck:
        return QStringLiteral("agent:") + agent;
    }
    return {};
}

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertsModel::setGroupNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_alerts.size()) - 1), {Qt::DisplayRole});
}

void AlertsModel::follow(net::RouterClient *client)
{
    disconnect(m_pushes);
    m_client = client;
    if (!client)
        return;
    m_pushes = connect(client, &net::RouterClient::pushed, this, [this](const net::Message &m) {
        if (m.type != QLatin1String("alert.raised") && m.type != QLatin1String("alert.cleared"))
            return;
        if (m.body.value(QStringLiteral("kind")).toString() != QLatin1String("longWait"))
            return;
        Alert a;
        a.kind = Alert::Kind::LongWait;
        a.group = m.body.value(QStringLiteral("group")).toString();
        a.contact = m.body.value(QStringLiteral("contact")).toInteger();
        a.since = QDateTime::currentDateTime();
        if (m.type == QLatin1String("alert.raised"))
            raise(a);
        else
            clear(a.key());
    });
}

void AlertsModel::watch(const QueueDashboardModel *dashboard)
{
    if (m_dashboard)
        disconnect(m_dashboard, nullptr, this, nullptr);
    m_dashboard = dashboard;
    if (dashboard)
        connect(dashboard, &QueueDashboardModel::updated, this, &AlertsModel::evaluate);
}

void AlertsModel::watchAgents(const AgentsModel *agents, int notReadyMinutes, int wrapUpMinutes, std::function<QDateTime()> now)
{
    m_agents = agents;
    m_notReadyMinutes = notReadyMinutes;
    m_wrapUpMinutes = wrapUpMinutes;
    m_now = std::move(now);
    connect(agents, &QAbstractItemModel::dataChanged, this, &AlertsModel::checkAgents);
    connect(agents, &QAbstractItemModel::modelReset, this, &AlertsModel::checkAgents);
    connect(&m_agentTimer, &QTimer::timeout, this, &AlertsModel::checkAgents);
    m_agentTimer.start(10000);
    checkAgents();
}

void AlertsModel::checkAgents()
{
    // The router does not say since when an agent is in a state: count from when this
    // workspace first saw it there (so an alert may come late, never early).
    const QDateTime now = m_now();
    for (const AgentRow &a : m_agents->agents()) {
        auto it = m_agentSince.find(a.agent);
        if (it == m_agentSince.end() || it->first != a.state)
            it = m_agentSince.insert(a.agent, {a.state, now});
        Alert stuck;
        stuck.kind = Alert::Kind::AgentStuck;
        stuck.agent = a.agent;
        stuck.agentState = a.state;
        stuck.since = it->second;
        const int limit = a.state == QLatin1String("notReady") ? m_notReadyMinutes : a.state == QLatin1String("wrapUp") ? m_wrapUpMinutes : -1;
        if (limit >= 0 && it->second.secsTo(now) >= limit * 60)
            raise(stuck);
        else
            clear(stuck.key());
    }
}

void AlertsModel::evaluate()
{
    for (const GroupFigures &g : m_dashboard->groups()) {
        Alert sl;
        sl.kind = Alert::Kind::BelowServiceLevel;
        sl.group = g.group;
        sl.since = QDateTime::currentDateTime();
        if (g.serviceLevel && *g.serviceLevel < g.serviceLevelTarget)
            raise(sl);
        else
            clear(sl.key());
        Alert none;
        none.kind = Alert::Kind::NoAgentAvailable;
        none.group = g.group;
        none.since = sl.since;
        const bool anyoneFree = g.agentsByState.value(QStringLiteral("available")) > 0;
        if (g.waiting > 0 && !anyoneFree)
            raise(none);
        else
            clear(none.key());
    }
}

void AlertsModel::raise(Alert alert)
{
    const QString key = alert.key();
    if (std::any_of(m_alerts.begin(), m_alerts.end(), [&key](const Alert &a) { return a.key() == key; }))
        return;  // already raised: keep its time and acknowledgement
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
    Q_EMIT raised(describe(alert));
}

void AlertsModel::clear(const QString &key)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].key() == key) {
            beginRemoveRows({}, i, i);
            m_alerts.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

void AlertsModel::acknowledge(int row)
{
    if (row < 0 || row >= m_alerts.size() || m_alerts[row].acknowledged)
        return;
    m_alerts[row].acknowledged = true;
    Q_EMIT dataChanged(index(row), index(row));
}

void AlertsModel::acknowledgeAll()
{
    for (int i = 0; i < m_alerts.size(); ++i)
        acknowledge(i);
}

int AlertsModel::unacknowledged() const
{
    return static_cast<int>(std::count_if(m_alerts.begin(), m_alerts.end(), [](const Alert &a) { return !a.acknowledged; }));
}

QString AlertsModel::describe(const Alert &a) const
{
    const QString group = m_names.value(a.group, a.group);
    switch (a.kind) {
    case Alert::Kind::LongWait:
        return tr("%1: contact %2 has waited past the alert threshold").arg(group).arg(a.contact);
    case Alert::Kind::BelowServiceLevel:
        return tr("%1: service level below target").arg(group);
    case Alert::Kind::NoAgentAvailable:
        return tr("%1: contacts waiting and no agent available").arg(group);
    case Alert::Kind::AgentStuck: {
        QString name = a.agent;
        if (m_agents) {
            for (const AgentRow &r : m_agents->agents()) {
                if (r.agent == a.agent && !r.name.isEmpty())
                    name = r.name;
            }
        }
        return a.agentState == QLatin1String("wrapUp") ? tr("%1 has been in wrap-up a long time").arg(name)
                                                        : tr("%1 has been not ready a long time").arg(name);
    }
    }
    return {};
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

QVariant AlertsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(QLocale().toString(a.since.time(), QLocale::ShortFormat), describe(a));
    case KindRole:
        return static_cast<int>(a.kind);
    case GroupRole:
        return a.group;
    case ContactRole:
        return a.contact;
    case AcknowledgedRole:
        return a.acknowledged;
    default:
        return {};
    }
}

}  // namespace baton::models
