#pragma once
// AlertsModel: what needs a supervisor's eye now — a contact waiting past its group's threshold
// (the router's `alert.raised` / `alert.cleared`), a group below its service-level target, a group
// with contacts waiting and no agent available (both from the dashboard's figures). An alert stays
// until its cause is gone; a supervisor acknowledges it so the next one stands out.

#include "queuedashboardmodel.h"
#include "routerclient.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace baton::models {

struct Alert {
    enum class Kind { LongWait, BelowServiceLevel, NoAgentAvailable, AgentStuck };
    Kind kind = Kind::LongWait;
    QString group;
    qint64 contact = 0;        // LongWait only
    QString agent;             // AgentStuck only
    QString agentState;        // AgentStuck: notReady or wrapUp
    QDateTime since;           // local
    bool acknowledged = false;

    QString key() const;
};

class AlertsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, GroupRole, ContactRole, AcknowledgedRole };

    explicit AlertsModel(QObject *parent = nullptr);

    void follow(net::RouterClient *client);       // the router's long-wait alerts
    void watch(const QueueDashboardModel *dashboard);  // derived alerts
    // An agent in not-ready or wrap-up for longer than these raises an alert; `now` is the clock
    // (tests pass their own).
    void watchAgents(const class AgentsModel *agents, int notReadyMinutes = 15, int wrapUpMinutes = 5,
                     std::function<QDateTime()> now = &QDateTime::currentDateTime);
    void checkAgents();
    void setGroupNames(QHash<QString, QString> names);

    void raise(Alert alert);
    void clear(const QString &key);
    void acknowledge(int row);
    void acknowledgeAll();
    int unacknowledged() const;
    const QList<Alert> &alerts() const { return m_alerts; }
    QString describe(const Alert &a) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void raised(const QString &text);   // a new alert, for a tray message

private:
    void evaluate();

    QList<Alert> m_alerts;
    QHash<QString, QString> m_names;
    QPointer<net::RouterClient> m_client;
    QMetaObject::Connection m_pushes;
    const QueueDashboardModel *m_dashboard = nullptr;
    const class AgentsModel *m_agents = nullptr;
    int m_notReadyMinutes = 15;
    int m_wrapUpMinutes = 5;
    std::function<QDateTime()> m_now;
    QHash<QString, std::pair<QString, QDateTime>> m_agentSince;  // agent → (state, since when)
    QTimer m_agentTimer;
};

}  // namespace baton::models
