#include "agentsmodel.h"

#include "agentsession.h"
#include "dragdrop.h"

#include <QJsonObject>

namespace baton::models {

AgentsModel::AgentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_poller, &Poller::failed, this, &AgentsModel::failed);
}

void AgentsModel::follow(net::RouterClient *client, int intervalMs)
{
    m_client = client;
    m_poller.start(client, QStringLiteral("agents.list"), {}, intervalMs,
                   [this](const QJsonObject &body) { apply(body.value(QStringLiteral("agents")).toArray()); });
}

void AgentsModel::refresh()
{
    m_poller.poll();
}

void AgentsModel::apply(const QJsonArray &agents)
{
    QList<AgentRow> rows;
    for (const QJsonValue &v : agents) {
        const QJsonObject o = v.toObject();
        AgentRow a;
        a.agent = o.value(QStringLiteral("agent")).toString();
        a.name = o.value(QStringLiteral("name")).toString();
        a.state = o.value(QStringLiteral("state")).toString();
        a.reason = o.value(QStringLiteral("reason")).toString();
        a.memberships = o.value(QStringLiteral("groups")).toArray();
        for (const QJsonValue &g : std::as_const(a.memberships)) {
            const QJsonObject m = g.toObject();
            const QString id = m.value(QStringLiteral("group")).toString();
            a.groups << QStringLiteral("%1 %2").arg(m_groupNames.value(id, id)).arg(m.value(QStringLiteral("proficiency")).toInt());
        }
        a.contactsToday = o.value(QStringLiteral("contactsToday")).toInt();
        a.active = static_cast<int>(o.value(QStringLiteral("active")).toArray().size());
        rows.append(a);
    }
    if (rows.size() != m_rows.size()) {
        beginResetModel();  // agents added or removed by a configuration reload: rare
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!(rows[i] == m_rows[i])) {
            m_rows[i] = rows[i];
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void AgentsModel::force(const QString &agent, const QString &state, const QString &reason)
{
    if (!m_client)
        return;
    QJsonObject body{{QStringLiteral("agent"), agent}, {QStringLiteral("state"), state}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    m_client->request(QStringLiteral("agent.force"), body, [this](const net::Message &r) {
        if (r.isError())
            Q_EMIT failed(AgentSession::describe(*r.error));
        else
            refresh();
    });
}

QString AgentsModel::stateName(const QString &state)
{
    if (state == QLatin1String("available"))
        return tr("Available");
    if (state == QLatin1String("offered"))
        return tr("Incoming");
    if (state == QLatin1String("busy"))
        return tr("In conversation");
    if (state == QLatin1String("wrapUp"))
        return tr("Wrap-up");
    if (state == QLatin1String("notReady"))
        return tr("Not ready");
    return tr("Offline");
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentRow &a = m_rows.at(idx.row());
    if (role == AgentIdRole)
        return a.agent;
    if (role == StateRole)
        return a.state;
    if (role != Qt::DisplayRole)
        return {};
    switch (idx.column()) {
    case Name:
        return QStringLiteral("%1 (%2)").arg(a.name, a.agent);
    case State:
        return a.reason.isEmpty() ? stateName(a.state) : QStringLiteral("%1 · %2").arg(stateName(a.state), a.reason);
    case Groups:
        return a.groups.join(QStringLiteral("、"));
    case Active:
        return a.active;
    case Today:
        return a.contactsToday;
    }
    return {};
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Agent");
    case State:
        return tr("State");
    case Groups:
        return tr("Skill groups (proficiency)");
    case Active:
        return tr("Contacts now");
    case Today:
        return tr("Contacts today");
    }
    return {};
}

Qt::ItemFlags AgentsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList AgentsModel::mimeTypes() const
{
    return {dragdrop::agentsMime()};
}

QMimeData *AgentsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.row() < m_rows.size() && !ids.contains(m_rows[i.row()].agent))
            ids << m_rows[i.row()].agent;
    }
    return ids.isEmpty() ? nullptr : dragdrop::encodeAgents(ids);
}

}  // namespace baton::models
