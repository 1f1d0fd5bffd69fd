#include "queuedashboardmodel.h"

#include "agentsession.h"
#include "figures.h"
#include "historymodel.h"

#include <QJsonArray>
#include <QLocale>

namespace baton::models {

GroupFigures GroupFigures::fromJson(const QJsonObject &o)
{
    GroupFigures g;
    g.group = o.value(QStringLiteral("group")).toString();
    g.name = o.value(QStringLiteral("name")).toString();
    g.waiting = o.value(QStringLiteral("waiting")).toInt();
    g.longestWaitSeconds = o.value(QStringLiteral("longestWaitSeconds")).toDouble();
    g.estimatedWaitSeconds = optionalNumber(o, "estimatedWaitNewSeconds");
    g.entered = o.value(QStringLiteral("entered")).toInteger();
    g.answered = o.value(QStringLiteral("answered")).toInteger();
    g.abandoned = o.value(QStringLiteral("abandoned")).toInteger();
    g.handled = o.value(QStringLiteral("handled")).toInteger();
    g.serviceLevel = optionalNumber(o, "serviceLevel");
    g.serviceLevelTarget = o.value(QStringLiteral("serviceLevelTarget")).toDouble();
    g.serviceLevelThresholdSeconds = o.value(QStringLiteral("serviceLevelThresholdSeconds")).toDouble();
    g.abandonmentRate = optionalNumber(o, "abandonmentRate");
    g.averageSpeedOfAnswerSeconds = optionalNumber(o, "averageSpeedOfAnswerSeconds");
    g.averageHandleTimeSeconds = optionalNumber(o, "averageHandleTimeSeconds");
    g.meanPatienceSeconds = optionalNumber(o, "meanPatienceSeconds");
    const QJsonObject byChannel = o.value(QStringLiteral("availableByChannel")).toObject();
    for (auto it = byChannel.begin(); it != byChannel.end(); ++it)
        g.availableByChannel.insert(it.key(), it.value().toInt());
    const QJsonObject byState = o.value(QStringLiteral("agentsByState")).toObject();
    for (auto it = byState.begin(); it != byState.end(); ++it)
        g.agentsByState.insert(it.key(), it.value().toInt());
    return g;
}

QueueDashboardModel::QueueDashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueDashboardModel::subscribe(net::RouterClient *client)
{
    if (m_client) {
        disconnect(m_pushes);
        if (m_client->state() == net::RouterClient::State::Ready)
            m_client->request(QStringLiteral("stats.subscribe"), {{QStringLiteral("on"), false}});
    }
    m_client = client;
    if (!client)
        return;
    m_pushes = connect(client, &net::RouterClient::pushed, this, [this](const net::Message &m) {
        if (m.type == QLatin1String("stats"))
            apply(m.body.value(QStringLiteral("groups")).toArray());
    });
    client->request(QStringLiteral("stats.subscribe"), {}, [this](const net::Message &r) {
        if (r.isError())
            Q_EMIT failed(AgentSession::describe(*r.error));
        else
            apply(r.body.value(QStringLiteral("groups")).toArray());
    });
}

void QueueDashboardModel::apply(const QJsonArray &groups)
{
    for (const QJsonValue &v : groups) {
        GroupFigures g = GroupFigures::fromJson(v.toObject());
        const auto it = std::find_if(m_groups.begin(), m_groups.end(), [&g](const GroupFigures &x) { return x.group == g.group; });
        if (it == m_groups.end()) {
            const int row = static_cast<int>(m_groups.size());
            beginInsertRows({}, row, row);
            m_groups.append(std::move(g));
            endInsertRows();
        } else if (!(*it == g)) {
            *it = std::move(g);
            const int row = static_cast<int>(it - m_groups.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    Q_EMIT updated();
}

const GroupFigures *QueueDashboardModel::figures(const QString &group) const
{
    for (const auto &g : m_groups) {
        if (g.group == group)
            return &g;
    }
    return nullptr;
}

int QueueDashboardModel::totalWaiting() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += g.waiting;
    return n;
}

double QueueDashboardModel::longestWaitSeconds() const
{
    double w = 0;
    for (const auto &g : m_groups)
        w = std::max(w, g.longestWaitSeconds);
    return w;
}

int QueueDashboardModel::agentsIn(const QString &state) const
{
    // An agent in several groups counts in each; the tiles say "in groups".
    int n = 0;
    for (const auto &g : m_groups)
        n += g.agentsByState.value(state);
    return n;
}

QString QueueDashboardModel::duration(double seconds)
{
    return durationText(seconds);
}

int QueueDashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int QueueDashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueDashboardModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupFigures &g = m_groups.at(idx.row());
    if (role == GroupIdRole)
        return g.group;
    if (role == BelowTargetRole)
        return g.serviceLevel && *g.serviceLevel < g.serviceLevelTarget;
    if (role == Qt::TextAlignmentRole)
        return idx.column() == Group ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && idx.column() == Available) {
        // Which channels they are free for: a chat-only agent does not take a waiting call.
        QStringList parts;
        for (auto it = g.availableByChannel.begin(); it != g.availableByChannel.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(HistoryModel::channelName(it.key())).arg(it.value());
        parts.sort();
        return parts.isEmpty() ? tr("Nobody is free for a contact now") : tr("Free for: %1").arg(parts.join(QStringLiteral(" · ")));
    }
    const bool value = role == ValueRole;
    if (role != Qt::DisplayRole && !value)
        return {};
    switch (idx.column()) {
    case Group:
        return g.name.isEmpty() ? g.group : g.name;
    case Waiting:
        return g.waiting;
    case LongestWait:
        return value ? QVariant(g.longestWaitSeconds) : QVariant(duration(g.longestWaitSeconds));
    case EstimatedWait:
        if (value)
            return g.estimatedWaitSeconds ? QVariant(*g.estimatedWaitSeconds) : QVariant();
        return g.estimatedWaitSeconds ? duration(*g.estimatedWaitSeconds) : QStringLiteral("—");
    case ServiceLevel:
        if (value)
            return g.serviceLevel ? QVariant(*g.serviceLevel) : QVariant();
        return percentText(g.serviceLevel);
    case Abandonment:
        if (value)
            return g.abandonmentRate ? QVariant(*g.abandonmentRate) : QVariant();
        return percentText(g.abandonmentRate);
    case Answered:
        return value ? QVariant(g.answered) : QVariant(QStringLiteral("%1 / %2").arg(g.answered).arg(g.entered));
    case Asa:
        if (value)
            return g.averageSpeedOfAnswerSeconds ? QVariant(*g.averageSpeedOfAnswerSeconds) : QVariant();
        return g.averageSpeedOfAnswerSeconds ? duration(*g.averageSpeedOfAnswerSeconds) : QStringLiteral("—");
    case Aht:
        if (value)
            return g.averageHandleTimeSeconds ? QVariant(*g.averageHandleTimeSeconds) : QVariant();
        return g.averageHandleTimeSeconds ? duration(*g.averageHandleTimeSeconds) : QStringLiteral("—");
    case Available:
        return g.agentsByState.value(QStringLiteral("available"));
    case Busy:
        return g.agentsByState.value(QStringLiteral("busy")) + g.agentsByState.value(QStringLiteral("offered"));
    case WrapUp:
        return g.agentsByState.value(QStringLiteral("wrapUp"));
    case NotReady:
        return g.agentsByState.value(QStringLiteral("notReady"));
    }
    return {};
}

QVariant QueueDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Skill group");
    case Waiting:
        return tr("Waiting");
    case LongestWait:
        return tr("Longest wait");
    case EstimatedWait:
        return tr("Est. wait");
    case ServiceLevel:
        return tr("Service level");
    case Abandonment:
        //: Column header: the share of contacts that hung up while waiting, in percent.
        return tr("Abandonment");
    case Answered:
        return tr("Answered / entered");
    case Asa:
        return tr("ASA");
    case Aht:
        return tr("AHT");
    case Available:
        return tr("Available");
    case Busy:
        return tr("Busy");
    case WrapUp:
        return tr("Wrap-up");
    case NotReady:
        return tr("Not ready");
    }
    return {};
}

}  // namespace baton::models
