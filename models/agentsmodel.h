#pragma once
// AgentsModel: every agent of the site with state, reason, groups and contacts today, for a
// supervisor — read with `agents.list` every few seconds while it is followed (agents' state is
// not pushed to supervisors). Rows change in place.

#include "poller.h"
#include "routerclient.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QPointer>

namespace baton::models {

struct AgentRow {
    QString agent;
    QString name;
    QString state;
    QString reason;
    QStringList groups;   // "售后 9" (name and proficiency)
    QJsonArray memberships;
    int contactsToday = 0;
    int active = 0;
    bool operator==(const AgentRow &) const = default;
};

class AgentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, State, Groups, Active, Today, ColumnCount };
    enum Role { AgentIdRole = Qt::UserRole + 1, StateRole };

    explicit AgentsModel(QObject *parent = nullptr);

    void follow(net::RouterClient *client, int intervalMs = 3000);
    void refresh();
    void apply(const QJsonArray &agents);
    void setGroupNames(QHash<QString, QString> names) { m_groupNames = std::move(names); }
    const QList<AgentRow> &agents() const { return m_rows; }
    // A supervisor sets another agent's state (audited by the router).
    void force(const QString &agent, const QString &state, const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows can be dragged onto a skill group on the dashboard (models/dragdrop.h).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static QString stateName(const QString &state);

Q_SIGNALS:
    void failed(const QString &message);

private:
    QPointer<net::RouterClient> m_client;
    QList<AgentRow> m_rows;
    QHash<QString, QString> m_groupNames;
    Poller m_poller;
};

}  // namespace baton::models
