#include "waitingmodel.h"

#include "agentsession.h"
#include "dragdrop.h"
#include "historymodel.h"
#include "queuedashboardmodel.h"

#include <QJsonObject>

namespace baton::models {

WaitingModel::WaitingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_poller, &Poller::failed, this, &WaitingModel::failed);
}

void WaitingModel::follow(net::RouterClient *client, const QString &group, int intervalMs)
{
    m_client = client;
    m_group = group;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    // A new group: answers still coming for the previous one are dropped by the poller.
    m_poller.start(group.isEmpty() ? nullptr : client, QStringLiteral("group.waiting"), {{QStringLiteral("group"), group}}, intervalMs,
                   [this](const QJsonObject &body) { apply(body.value(QStringLiteral("waiting")).toArray()); });
}

void WaitingModel::refresh()
{
    m_poller.poll();
}

void WaitingModel::apply(const QJsonArray &waiting)
{
    QList<WaitingContact> rows;
    for (const QJsonValue &v : waiting) {
        const QJsonObject o = v.toObject();
        WaitingContact w;
        w.contact = o.value(QStringLiteral("contact")).toInteger();
        w.channel = o.value(QStringLiteral("channel")).toString();
        w.vipLevel = o.value(QStringLiteral("vipLevel")).toInt();
        w.effectiveLevel = o.value(QStringLiteral("effectiveLevel")).toInt();
        w.position = o.value(QStringLiteral("position")).toInt();
        w.waitedSeconds = o.value(QStringLiteral("waitedSeconds")).toDouble();
        if (o.contains(QStringLiteral("estimatedWaitSeconds")))
            w.estimatedWaitSeconds = o.value(QStringLiteral("estimatedWaitSeconds")).toDouble();
        w.offered = o.value(QStringLiteral("offered")).toBool();
        for (const QJsonValue &t : o.value(QStringLiteral("trace")).toArray())
            w.trace << t.toString();
        rows.append(w);
    }
    // The order changes as contacts come and go: a reset is simplest and the list is short.
    if (rows.size() != m_rows.size() || std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const auto &a, const auto &b) { return a.contact == b.contact; }) == false) {
        beginResetModel();
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

void WaitingModel::setLevel(qint64 contact, int level)
{
    command(QStringLiteral("contact.level"), {{QStringLiteral("contact"), contact}, {QStringLiteral("level"), level}});
}

void WaitingModel::moveTo(qint64 contact, const QString &group)
{
    command(QStringLiteral("contact.move"), {{QStringLiteral("contact"), contact}, {QStringLiteral("group"), group}});
}

void WaitingModel::command(const QString &type, const QJsonObject &body)
{
    if (!m_client)
        return;
    QPointer<WaitingModel> self(this);
    m_client->request(type, body, [self](const net::Message &r) {
        if (!self)
            return;
        if (r.isError())
            Q_EMIT self->failed(AgentSession::describe(*r.error));
        else
            self->refresh();
    });
}

int WaitingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaitingContact &w = m_rows.at(idx.row());
    if (role == ContactRole)
        return w.contact;
    if (role == Qt::ToolTipRole)
        return w.trace.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (idx.column()) {
    case Contact:
        return w.contact;
    case Channel:
        return HistoryModel::channelName(w.channel);
    case Level:
        return w.effectiveLevel == w.vipLevel ? QString::number(w.vipLevel) : QStringLiteral("%1 → %2").arg(w.vipLevel).arg(w.effectiveLevel);
    case Waited:
        return QueueDashboardModel::duration(w.waitedSeconds);
    case ToldPosition:
        return w.position;
    case EstimatedWait:
        return w.estimatedWaitSeconds ? QueueDashboardModel::duration(*w.estimatedWaitSeconds) : QStringLiteral("—");
    case Offered:
        return w.offered ? tr("being offered") : QString();
    }
    return {};
}

QVariant WaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Contact:
        return tr("Contact");
    case Channel:
        return tr("Channel");
    case Level:
        return tr("VIP level");
    case Waited:
        return tr("Waited");
    case ToldPosition:
        //: Column header: the queue position last announced to the customer (counting only their own VIP level).
        return tr("Position told");
    case EstimatedWait:
        return tr("Est. wait");
    case Offered:
        //: Column header: the agent the contact is being offered to right now.
        return tr("Offer");
    }
    return {};
}

Qt::ItemFlags WaitingModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList WaitingModel::mimeTypes() const
{
    return {dragdrop::contactMime()};
}

QMimeData *WaitingModel::mimeData(const QModelIndexList &indexes) const
{
    // One contact at a time: the first row dragged.
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.row() < m_rows.size())
            return dragdrop::encodeContact({m_rows[i.row()].contact, m_group});
    }
    return nullptr;
}

}  // namespace baton::models
