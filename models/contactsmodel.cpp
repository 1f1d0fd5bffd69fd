#include "contactsmodel.h"

#include "agentsession.h"
#include "historymodel.h"
#include "transfercard.h"

namespace baton::models {

ContactsModel::ContactsModel(AgentSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session, &AgentSession::offerArrived, this, &ContactsModel::sync);
    connect(&session, &AgentSession::offerEnded, this, &ContactsModel::sync);
    connect(&session, &AgentSession::conversationsChanged, this, &ContactsModel::sync);
    connect(&session, &AgentSession::signedOut, this, &ContactsModel::sync);
    sync();
}

void ContactsModel::sync()
{
    // A view reacting to a row change (selecting the next contact, marking it read) can make
    // the session signal again while rows are being removed: finish this pass, then redo it.
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_syncing = true;
    do {
        m_again = false;
        syncOnce();
    } while (m_again);
    m_syncing = false;
}

void ContactsModel::syncOnce()
{
    QList<qint64> want;
    if (m_session.offer())
        want << m_session.offer()->contact;
    for (const auto &c : m_session.conversations()) {
        if (!want.contains(c.contact))
            want << c.contact;
    }
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (!want.contains(m_rows[i])) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (qint64 id : std::as_const(want)) {
        if (!m_rows.contains(id)) {
            const int row = static_cast<int>(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(id);
            endInsertRows();
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ContactsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 contact = m_rows.at(idx.row());
    const Conversation *c = m_session.conversation(contact);
    const bool offered = !c && m_session.offer() && m_session.offer()->contact == contact;
    const QJsonObject card = c ? c->card : offered ? m_session.offer()->card : QJsonObject();
    const TransferCard t = TransferCard::fromJson(card);
    const QString phase = offered ? QStringLiteral("offer") : c && c->phase == Conversation::Phase::WrapUp ? QStringLiteral("wrapUp")
                                                                                                      : QStringLiteral("talking");
    switch (role) {
    case ContactRole:
        return contact;
    case PhaseRole:
        return phase;
    case UnreadRole:
        return c ? c->unread : 0;
    case ChannelRole:
        return t.channel;
    case CustomerRole:
        return t.customerName;
    case Qt::ToolTipRole:
        return c && c->unread > 0 ? tr("%n unread message(s)", nullptr, c->unread) : QVariant();
    case Qt::DisplayRole: {
        const QString who = !t.customerName.isEmpty() ? t.customerName
                            : !t.callerNumber.isEmpty() ? maskPhone(t.callerNumber)
                                                        : tr("Contact %1").arg(contact);
        QString text = QStringLiteral("%1 · %2").arg(who, HistoryModel::channelName(t.channel));
        if (phase == QLatin1String("offer"))
            text += QStringLiteral(" · ") + tr("incoming");
        else if (phase == QLatin1String("wrapUp"))
            text += QStringLiteral(" · ") + tr("wrap-up");
        if (c && c->unread > 0)
            text += QStringLiteral(" (%1)").arg(c->unread);
        return text;
    }
    default:
        return {};
    }
}

}  // namespace baton::models
