#include "supervisorworkspace.h"

#include "agentsession.h"
#include "dragdrop.h"
#include "groupchart.h"
#include "rebalancedialog.h"

#include <QAction>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

// A group below its service-level target reads red across its row.
class TargetDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::QueueDashboardModel::BelowTargetRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
    }
};

// Acknowledged alerts fade; new ones are bold.
class AlertDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::AlertsModel::AcknowledgedRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        else
            option->font.setBold(true);
    }
};

QLabel *tile(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setFrameShape(QFrame::StyledPanel);
    l->setAlignment(Qt::AlignCenter);
    l->setMinimumWidth(150);
    l->setTextFormat(Qt::RichText);
    return l;
}

}  // namespace

SupervisorWorkspace::SupervisorWorkspace(models::AgentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rebalance(m_dashboard, m_agents)
    , m_waiting(tile(this))
    , m_longest(tile(this))
    , m_available(tile(this))
    , m_alertCount(tile(this))
    , m_dashboardView(new QTableView(this))
    , m_alertsView(new QListView(this))
    , m_agentsView(new QTableView(this))
    , m_agentSearch(new QLineEdit(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_left(new QSplitter(Qt::Vertical, this))
{
    // Group names come with the site directory, which may arrive after this workspace is built.
    auto names = [this] {
        QHash<QString, QString> groupNames;
        for (const auto &g : m_session.directoryGroups())
            groupNames.insert(g.id, g.name.isEmpty() ? g.id : g.name);
        m_alerts.setGroupNames(groupNames);
        m_agents.setGroupNames(groupNames);
        m_agents.refresh();
    };
    names();
    connect(&session, &models::AgentSession::directoryChanged, this, names);

    m_dashboardView->setModel(&m_dashboard);
    // The running count of arrivals, sampled as the figures come, for the what-if's calls per hour.
    auto sampleArrivals = [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &g : m_dashboard.groups())
            m_arrivals.sample(g.group, now, g.entered);
    };
    connect(&m_dashboard, &QAbstractItemModel::dataChanged, this, sampleArrivals);
    connect(&m_dashboard, &QAbstractItemModel::modelReset, this, sampleArrivals);
    connect(&m_dashboard, &QAbstractItemModel::rowsInserted, this, sampleArrivals);
    m_dashboardView->setItemDelegate(new TargetDelegate(m_dashboardView));
    m_dashboardView->verticalHeader()->hide();
    m_dashboardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dashboardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dashboardView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dashboardView->horizontalHeader()->setSectionResizeMode(models::QueueDashboardModel::Group, QHeaderView::Stretch);
    m_dashboardView->setAlternatingRowColors(true);
    // Agents or a waiting contact dropped on a group's row move there.
    m_dashboardView->setAcceptDrops(true);
    m_dashboardView->viewport()->setAcceptDrops(true);
    m_dashboardView->viewport()->installEventFilter(this);

    m_agentsFilter.setSourceModel(&m_agents);
    m_agentsFilter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_agentsFilter.setFilterKeyColumn(-1);
    m_agentsView->setModel(&m_agentsFilter);
    m_agentsView->setSortingEnabled(true);
    m_agentsView->verticalHeader()->hide();
    m_agentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentsView->horizontalHeader()->setSectionResizeMode(models::AgentsModel::Groups, QHeaderView::Stretch);
    m_agentsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_agentsView->setDragEnabled(true);
    m_agentsView->setDragDropMode(QAbstractItemView::DragOnly);
    m_agentsView->setToolTip(tr("Drag agents onto a skill group in the dashboard to move them there."));
    m_agentSearch->setPlaceholderText(tr("Filter agents by name, state or group"));
    m_agentSearch->setClearButtonEnabled(true);
    connect(m_agentSearch, &QLineEdit::textChanged, &m_agentsFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_agentsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Move to group…"), this, &SupervisorWorkspace::moveSelected);
        menu.addSeparator();
        menu.addAction(tr("Set ready"), this, [this] { forceSelected(QStringLiteral("ready")); });
        menu.addAction(tr("Set not ready…"), this, [this] { forceSelected(QStringLiteral("notReady")); });
        menu.addAction(tr("Set offline…"), this, [this] { forceSelected(QStringLiteral("offline")); });
        menu.exec(m_agentsView->viewport()->mapToGlobal(at));
    });

    m_alertsView->setModel(&m_alerts);
    m_alertsView->setItemDelegate(new AlertDelegate(m_alertsView));
    m_alertsView->setWordWrap(true);
    auto *ack = new QPushButton(tr("Acknowledge"), this);
    auto *ackAll = new QPushButton(tr("Acknowledge all"), this);
    connect(ack, &QPushButton::clicked, this, [this] {
        if (m_alertsView->currentIndex().isValid())
            m_alerts.acknowledge(m_alertsView->currentIndex().row());
    });
    connect(ackAll, &QPushButton::clicked, &m_alerts, &models::AlertsModel::acknowledgeAll);

    auto *tiles = new QHBoxLayout;
    for (QLabel *t : {m_waiting, m_longest, m_available, m_alertCount})
        tiles->addWidget(t);
    tiles->addStretch();

    auto *agentsBox = new QWidget(this);
    auto *agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *agentTools = new QHBoxLayout;
    auto *move = new QPushButton(tr("Move to group…"), agentsBox);
    m_undo = new QPushButton(tr("Undo last move"), agentsBox);
    m_undo->setEnabled(false);
    connect(move, &QPushButton::clicked, this, &SupervisorWorkspace::moveSelected);
    connect(m_undo, &QPushButton::clicked, this, &SupervisorWorkspace::undoMove);
    agentTools->addWidget(m_agentSearch, 1);
    agentTools->addWidget(move);
    agentTools->addWidget(m_undo);
    agentsLayout->addLayout(agentTools);
    agentsLayout->addWidget(m_agentsView, 1);
    // The contacts waiting in the group selected above, in their true order; double-click one to
    // set its VIP level.
    auto *waitingBox = new QWidget(this);
    auto *waitingLayout = new QVBoxLayout(waitingBox);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    m_waitingTitle = new QLabel(tr("Select a skill group above to see who is waiting."), waitingBox);
    m_waitingView = new QTableView(waitingBox);
    m_waitingView->setModel(&m_waitingModel);
    m_waitingView->verticalHeader()->hide();
    m_waitingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waitingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waitingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waitingView->horizontalHeader()->setStretchLastSection(true);
    m_waitingView->setToolTip(tr("Double-click a contact to set its VIP level; right-click, or drag it onto a skill group above, "
                                 "to move it to another group; hover for the routing decision."));
    m_waitingView->setDragEnabled(true);
    m_waitingView->setDragDropMode(QAbstractItemView::DragOnly);
    m_waitingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waitingView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_waitingView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex i = m_waitingView->indexAt(at);
        if (!i.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Set VIP level…"), this, [this, i] { askLevel(i); });
        menu.addAction(tr("Move to group…"), this, [this, i] { moveWaiting(i.data(models::WaitingModel::ContactRole).toLongLong()); });
        menu.addAction(tr("Journey so far"), this, [this, i] { Q_EMIT journeyRequested(i.data(models::WaitingModel::ContactRole).toLongLong()); });
        menu.exec(m_waitingView->viewport()->mapToGlobal(at));
    });
    waitingLayout->addWidget(m_waitingTitle);
    waitingLayout->addWidget(m_waitingView, 1);
    connect(m_dashboardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showWaiting(i.data(models::QueueDashboardModel::GroupIdRole).toString());
    });
    connect(m_waitingView, &QAbstractItemView::doubleClicked, this, &SupervisorWorkspace::askLevel);
    connect(&m_waitingModel, &models::WaitingModel::failed, this, &SupervisorWorkspace::statusMessage);
    m_chart = new GroupChart(m_intervals, this);
    m_intervals.watch(&m_dashboard);
    // The chart's day so far comes from the router, for the group shown, and again each minute
    // (the interval's service level is counted there).
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(std::chrono::minutes(1));
    connect(dayTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingModel.group().isEmpty())
            m_intervals.load(m_session.client(), m_waitingModel.group());
    });
    dayTimer->start();
    connect(&m_intervals, &models::IntervalSeries::failed, this, &SupervisorWorkspace::statusMessage);
    auto *middle = new QTabWidget(this);
    m_middle = middle;
    m_agentsBox = agentsBox;
    middle->addTab(waitingBox, tr("Waiting contacts"));
    middle->addTab(m_chart, tr("Today's chart"));
    m_left->addWidget(m_dashboardView);
    m_left->addWidget(middle);
    m_left->addWidget(agentsBox);
    auto *alertsBox = new QWidget(this);
    m_alertsBox = alertsBox;
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(new QLabel(tr("Alerts"), alertsBox));
    alertsLayout->addWidget(m_alertsView, 1);
    auto *ackRow = new QHBoxLayout;
    ackRow->addWidget(ack);
    ackRow->addWidget(ackAll);
    alertsLayout->addLayout(ackRow);
    m_split->addWidget(m_left);
    m_split->addWidget(alertsBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(tiles);
    layout->addWidget(m_split, 1);

    connect(&m_dashboard, &models::QueueDashboardModel::updated, this, &SupervisorWorkspace::updateTiles);
    connect(&m_alerts, &QAbstractItemModel::rowsInserted, this, &SupervisorWorkspace::updateTiles);
    connect(&m_alerts, &QAbstractItemModel::rowsRemoved, this, &SupervisorWorkspace::updateTiles);
    connect(&m_alerts, &QAbstractItemModel::dataChanged, this, &SupervisorWorkspace::updateTiles);
    connect(&m_alerts, &models::AlertsModel::raised, this, [this](const QString &text) { Q_EMIT attentionNeeded(tr("Alert"), text); });
    connect(&m_dashboard, &models::QueueDashboardModel::failed, this, &SupervisorWorkspace::statusMessage);
    connect(&m_agents, &models::AgentsModel::failed, this, &SupervisorWorkspace::statusMessage);

    m_normalFont = m_dashboardView->font();
    m_wallboardAction = new QAction(tr("&Wallboard"), this);
    m_wallboardAction->setCheckable(true);
    m_wallboardAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallboardAction->setToolTip(tr("Wallboard: the queues in large type for a big screen (F11)"));
    addAction(m_wallboardAction);
    connect(m_wallboardAction, &QAction::toggled, this, &SupervisorWorkspace::setWallboard);
    connect(&m_rebalance, &models::Rebalance::applied, this, [this](bool ok, const QString &message) {
        m_undo->setEnabled(m_rebalance.canUndo());
        m_agents.refresh();
        Q_EMIT statusMessage(ok ? tr("The move is in effect.") : message);
    });
    m_alerts.watch(&m_dashboard);
    m_alerts.watchAgents(&m_agents);
    m_alerts.follow(&session.client());
    m_dashboard.subscribe(&session.client());
    m_agents.follow(&session.client());
    updateTiles();
}

SupervisorWorkspace::~SupervisorWorkspace()
{
    m_dashboard.subscribe(nullptr);
}

void SupervisorWorkspace::updateTiles()
{
    auto text = [](const QString &label, const QString &value) {
        return QStringLiteral("<span style='font-size:large'><b>%1</b></span><br>%2").arg(value.toHtmlEscaped(), label.toHtmlEscaped());
    };
    m_waiting->setText(text(tr("waiting"), QString::number(m_dashboard.totalWaiting())));
    m_longest->setText(text(tr("longest wait"), models::QueueDashboardModel::duration(m_dashboard.longestWaitSeconds())));
    m_available->setText(text(tr("agents available (by group)"), QString::number(m_dashboard.agentsIn(QStringLiteral("available")))));
    m_alertCount->setText(text(tr("alerts to acknowledge"), QString::number(m_alerts.unacknowledged())));
}

QString SupervisorWorkspace::tilesText() const
{
    QStringList parts;
    for (QLabel *t : {m_waiting, m_longest, m_available, m_alertCount})
        parts << QTextDocumentFragment::fromHtml(t->text()).toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
    return parts.join(QStringLiteral(" | "));
}

void SupervisorWorkspace::forceSelected(const QString &state)
{
    QString reason;
    if (state != QLatin1String("ready")) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reason"), tr("Why (shown to the agent and in the audit log):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    const QModelIndexList rows = m_agentsView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        m_agents.force(i.data(models::AgentsModel::AgentIdRole).toString(), state, reason);
}

void SupervisorWorkspace::moveSelected()
{
    QStringList agents;
    for (const QModelIndex &i : m_agentsView->selectionModel()->selectedRows())
        agents << i.data(models::AgentsModel::AgentIdRole).toString();
    if (agents.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the agents to move first."));
        return;
    }
    openMoveDialog(agents, {}, {});
}

RebalanceDialog *SupervisorWorkspace::openMoveDialog(const QStringList &agents, const QString &to, const QString &from)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &g : m_dashboard.groups())
        m_rebalance.setArrivalsPerHour(g.group, m_arrivals.perHour(g.group, now, g.entered));
    auto *dialog = new RebalanceDialog(m_session, m_rebalance, agents, this);
    dialog->setObjectName(QStringLiteral("moveAgentsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!to.isEmpty())
        dialog->setGroups(to, from);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_rebalance.apply(m_session.client(), dialog->plan()); });
    dialog->open();
    return dialog;
}

QString SupervisorWorkspace::groupAt(const QPoint &viewportPos) const
{
    return m_dashboardView->indexAt(viewportPos).data(models::QueueDashboardModel::GroupIdRole).toString();
}

bool SupervisorWorkspace::canDrop(const QMimeData *mime, const QString &group) const
{
    if (group.isEmpty())
        return false;
    if (const auto contact = models::dragdrop::decodeContact(mime))
        return contact->group != group;
    return !models::dragdrop::decodeAgents(mime).isEmpty();
}

bool SupervisorWorkspace::dropOnGroup(const QMimeData *mime, const QString &group)
{
    if (!canDrop(mime, group))
        return false;
    if (const auto contact = models::dragdrop::decodeContact(mime)) {
        m_waitingModel.moveTo(contact->contact, group);
        return true;
    }
    const QStringList agents = models::dragdrop::decodeAgents(mime);
    // They leave the one group they all share besides the target, if there is exactly one;
    // otherwise they keep their groups and gain this one. The dialog shows it before applying.
    QSet<QString> common;
    bool first = true;
    for (const models::AgentRow &a : m_agents.agents()) {
        if (!agents.contains(a.agent))
            continue;
        QSet<QString> mine;
        for (const QJsonValue &m : a.memberships) {
            const QString g = m.toObject().value(QStringLiteral("group")).toString();
            if (g != group)
                mine.insert(g);
        }
        common = first ? mine : common.intersect(mine);
        first = false;
    }
    openMoveDialog(agents, group, common.size() == 1 ? *common.begin() : QString());
    return true;
}

bool SupervisorWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_dashboardView->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        const QString group = groupAt(e->position().toPoint());
        if (canDrop(e->mimeData(), group)) {
            e->setDropAction(Qt::MoveAction);
            e->accept();
        } else if (event->type() == QEvent::DragEnter && (e->mimeData()->hasFormat(models::dragdrop::agentsMime())
                                                          || e->mimeData()->hasFormat(models::dragdrop::contactMime()))) {
            e->accept();  // ours, though not over a group yet: keep receiving moves
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (dropOnGroup(e->mimeData(), groupAt(e->position().toPoint()))) {
            e->setDropAction(Qt::MoveAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void SupervisorWorkspace::setWallboard(bool on)
{
    if (on == m_wallboard)
        return;
    m_wallboard = on;
    m_wallboardAction->setChecked(on);
    for (QWidget *w : {m_middle, m_agentsBox, m_alertsBox})
        w->setVisible(!on);
    QFont big = m_normalFont;
    big.setPointSizeF(m_normalFont.pointSizeF() * (on ? 1.8 : 1.0));
    m_dashboardView->setFont(big);
    m_dashboardView->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() + 10);
    for (QLabel *t : {m_waiting, m_longest, m_available, m_alertCount}) {
        t->setFont(big);
        t->setMinimumWidth(on ? 300 : 150);
    }
    if (QWidget *top = window())
        on ? top->showFullScreen() : top->showNormal();
}

void SupervisorWorkspace::showWaiting(const QString &group)
{
    const models::GroupFigures *g = m_dashboard.figures(group);
    m_waitingTitle->setText(tr("Waiting in %1, in serving order").arg(g && !g->name.isEmpty() ? g->name : group));
    m_waitingModel.follow(&m_session.client(), group);
    m_chart->setGroup(group, g && !g->name.isEmpty() ? g->name : group);
    m_intervals.load(m_session.client(), group);
}

void SupervisorWorkspace::askLevel(const QModelIndex &waiting)
{
    const qint64 contact = waiting.data(models::WaitingModel::ContactRole).toLongLong();
    const auto &rows = m_waitingModel.contacts();
    const int current = waiting.row() < rows.size() ? rows[waiting.row()].vipLevel : 0;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInputMode(QInputDialog::IntInput);
    ask->setIntRange(0, 10);
    ask->setIntValue(current);
    ask->setWindowTitle(tr("VIP level"));
    ask->setLabelText(tr("VIP level of contact %1 (written to the audit log):").arg(contact));
    connect(ask, &QInputDialog::intValueSelected, this, [this, contact](int level) { m_waitingModel.setLevel(contact, level); });
    ask->open();
}

void SupervisorWorkspace::moveWaiting(qint64 contact)
{
    QStringList names;
    QStringList ids;
    for (const auto &g : m_session.directoryGroups()) {
        if (g.id != m_waitingModel.group()) {
            names << g.name;
            ids << g.id;
        }
    }
    if (ids.isEmpty())
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("moveWaitingDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setComboBoxItems(names);
    ask->setWindowTitle(tr("Move to group"));
    ask->setLabelText(tr("Move contact %1 to the queue of (it keeps its level and its wait; written to the audit log):").arg(contact));
    connect(ask, &QInputDialog::textValueSelected, this, [this, contact, names, ids](const QString &name) {
        const qsizetype at = names.indexOf(name);
        if (at >= 0)
            m_waitingModel.moveTo(contact, ids.at(at));
    });
    ask->open();
}

void SupervisorWorkspace::undoMove()
{
    m_rebalance.undo(m_session.client());
}

QByteArray SupervisorWorkspace::saveLayout() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_split->saveState() << m_left->saveState();
    return out;
}

void SupervisorWorkspace::restoreLayout(const QByteArray &state)
{
    QDataStream s(state);
    QByteArray a, b;
    s >> a >> b;
    if (s.status() == QDataStream::Ok) {
        m_split->restoreState(a);
        m_left->restoreState(b);
    }
}

}  // namespace baton::ui
