#pragma once
// ContactsModel: the agent's own contacts — the offer waiting for an answer, then the
// conversations in progress and in wrap-up — one row each, kept in step with AgentSession by
// row insertions and removals (never a reset, so a view keeps its selection).

#include <QAbstractListModel>

namespace baton::models {

class AgentSession;

class ContactsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ContactRole = Qt::UserRole + 1, PhaseRole, UnreadRole, ChannelRole, CustomerRole };

    explicit ContactsModel(AgentSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 contact) const { return static_cast<int>(m_rows.indexOf(contact)); }
    qint64 contactAt(int row) const { return m_rows.value(row); }

private:
    void sync();
    void syncOnce();

    AgentSession &m_session;
    QList<qint64> m_rows;
    bool m_syncing = false;
    bool m_again = false;
};

}  // namespace baton::models
