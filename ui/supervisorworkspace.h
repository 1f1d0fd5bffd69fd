#pragma once
// SupervisorWorkspace: the live queue dashboard (tiles for the site, a row per skill group), the
// alerts to acknowledge, and the agents table with forced state changes. Everything it shows
// comes from the router's statistics pushes and `agents.list`; every change goes through the
// router, which checks the role and audits it.

#include "agentsmodel.h"
#include "alertsmodel.h"
#include "queuedashboardmodel.h"
#include "rebalance.h"
#include "intervalseries.h"
#include "waitingmodel.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QAction;
class QLabel;
class QMimeData;
class QPushButton;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class GroupChart;
class RebalanceDialog;

class SupervisorWorkspace : public QWidget {
    Q_OBJECT

public:
    explicit SupervisorWorkspace(models::AgentSession &session, QWidget *parent = nullptr);
    ~SupervisorWorkspace() override;

    models::QueueDashboardModel &dashboard() { return m_dashboard; }
    models::AlertsModel &alerts() { return m_alerts; }
    models::AgentsModel &agents() { return m_agents; }
    models::Rebalance &rebalance() { return m_rebalance; }
    models::WaitingModel &waiting() { return m_waitingModel; }
    models::IntervalSeries &intervals() { return m_intervals; }
    GroupChart *chart() const { return m_chart; }
    // Wallboard: the tiles and the groups only, in large type, for a big screen on the floor.
    void setWallboard(bool on);
    bool isWallboard() const { return m_wallboard; }
    QAction *wallboardAction() const { return m_wallboardAction; }
    // Shows the contacts waiting in `group` (the dashboard row selected).
    void showWaiting(const QString &group);
    // Opens the move dialog for the agents selected in the table.
    void moveSelected();
    // The move dialog for `agents`, with the target and the group they leave preset when given.
    RebalanceDialog *openMoveDialog(const QStringList &agents, const QString &to, const QString &from);
    // What a drag onto the dashboard does: agents (models/dragdrop.h) open the move dialog for
    // that group, a waiting contact moves to its queue. False when `mime` cannot go to `group`.
    bool canDrop(const QMimeData *mime, const QString &group) const;
    bool dropOnGroup(const QMimeData *mime, const QString &group);
    // The skill group of the dashboard row at `viewportPos` ("" : none).
    QString groupAt(const QPoint &viewportPos) const;
    void undoMove();
    void moveWaiting(qint64 contact);
    // Asks for the VIP level of the waiting contact at `waiting` (a row of waiting()).
    void askLevel(const QModelIndex &waiting);
    QTableView *dashboardView() const { return m_dashboardView; }
    QTableView *agentsView() const { return m_agentsView; }
    QString tilesText() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void attentionNeeded(const QString &title, const QString &message);
    // The supervisor asked for a waiting contact's journey so far.
    void journeyRequested(qint64 contact);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTiles();
    void forceSelected(const QString &state);

    models::AgentSession &m_session;
    models::QueueDashboardModel m_dashboard;
    models::AlertsModel m_alerts;
    models::AgentsModel m_agents;
    QSortFilterProxyModel m_agentsFilter;
    models::Rebalance m_rebalance;
    models::ArrivalMeter m_arrivals;  // calls per hour now, for the what-if
    models::WaitingModel m_waitingModel;
    models::IntervalSeries m_intervals;
    class GroupChart *m_chart = nullptr;
    QTableView *m_waitingView = nullptr;
    QWidget *m_middle = nullptr;
    QWidget *m_agentsBox = nullptr;
    QWidget *m_alertsBox = nullptr;
    QAction *m_wallboardAction = nullptr;
    bool m_wallboard = false;
    QFont m_normalFont;
    QLabel *m_waitingTitle = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_waiting;
    QLabel *m_longest;
    QLabel *m_available;
    QLabel *m_alertCount;
    QTableView *m_dashboardView;
    QListView *m_alertsView;
    QTableView *m_agentsView;
    QLineEdit *m_agentSearch;
    QSplitter *m_split;
    QSplitter *m_left;
};

}  // namespace baton::ui
