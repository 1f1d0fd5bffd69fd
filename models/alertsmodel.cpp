#include "alertsmodel.h"

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

void AlertsModel::evaluate()
{
    for (const GroupFigures &g : m_dashboard->groups()) {
        Alert sl{Alert::Kind::BelowServiceLevel, g.group, 0, QDateTime::currentDateTime(), false};
        if (g.serviceLevel && *g.serviceLevel < g.serviceLevelTarget)
            raise(sl);
        else
            clear(sl.key());
        Alert none{Alert::Kind::NoAgentAvailable, g.group, 0, QDateTime::currentDateTime(), false};
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
