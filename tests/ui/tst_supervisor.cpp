// The supervisor's workspace on an embedded site: the dashboard's figures equal the core's
// statistics after a scripted day, alerts fire and clear at the right times on a fake clock, a
// forced state change reaches the agent and the audit log, and the roles hold: an agent neither
// gets the workspace nor the data.
#include "uisupport.h"

#include "keywordsummary.h"
#include "mainwindow.h"
#include "groupchart.h"
#include "journeypanel.h"
#include "rebalancedialog.h"
#include "reportpanel.h"
#include "supervisorworkspace.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QMimeData>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputDialog>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QJsonDocument>

using namespace baton;
using namespace baton::test;

class TestSupervisor : public QObject {
    Q_OBJECT

    struct Desk {
        UiFixture f;
        net::LocalClient bossClient;
        models::AgentSession boss;
        std::unique_ptr<ui::SupervisorWorkspace> w;
        Desk()
            : bossClient(*f.service)
            , boss(bossClient)
        {
            boss.signIn(QStringLiteral("boss"), QStringLiteral("pw"));
            if (!QTest::qWaitFor([this] { return boss.isSignedIn() && !boss.directoryGroups().isEmpty(); }, 5000))
                qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
            w = std::make_unique<ui::SupervisorWorkspace>(boss);
            w->show();
            f.signInAgent();
        }
        bool dashboardMatchesCore() const
        {
            for (const core::GroupId &g : f.service->router().groups()) {
                const auto core = *f.service->router().groupStatistics(g);
                const models::GroupFigures *shown = w->dashboard().figures(g.value());
                if (!shown || shown->waiting != core.waiting || shown->entered != core.entered || shown->answered != core.answered
                    || shown->abandoned != core.abandoned || shown->handled != core.handled
                    || shown->serviceLevel != core.serviceLevel() || shown->abandonmentRate != core.abandonmentRate()
                    || shown->agentsByState.value(QStringLiteral("available")) != core.agents(core::AgentState::Available)
                    || shown->agentsByState.value(QStringLiteral("busy")) != core.agents(core::AgentState::Busy))
                    return false;
            }
            return true;
        }
    };

private Q_SLOTS:
    void dashboardEqualsTheCoreStatistics()
    {
        Desk d;
        QAbstractItemModelTester tester(&d.w->dashboard(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(d.w->dashboard().rowCount(), 2);
        // A scripted morning: three callers, one answered and finished, one abandoned, one waiting.
        d.f.session->setReady();
        QTRY_COMPARE(d.f.session->state(), QStringLiteral("available"));
        const qint64 first = d.f.createContact();
        QTRY_VERIFY(d.f.session->offer().has_value());
        d.f.advance(12);
        d.f.session->accept();
        QTRY_VERIFY(d.f.session->conversation(first));
        const qint64 second = d.f.createContact();
        const qint64 third = d.f.createContact();
        d.f.advance(30);
        d.f.ivr->request(QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), second}});
        d.f.advance(100);
        d.f.session->endContact(first);
        QTRY_VERIFY(d.f.session->conversation(first) && d.f.session->conversation(first)->phase == models::Conversation::Phase::WrapUp);
        Q_UNUSED(third);
        // The router coalesces statistics (at most twice a second); the dashboard follows.
        QTRY_VERIFY_WITH_TIMEOUT(d.dashboardMatchesCore(), 5000);
        const models::GroupFigures *g = d.w->dashboard().figures(QStringLiteral("aftersales"));
        QVERIFY(g);
        QCOMPARE(g->entered, 3);
        QCOMPARE(g->answered, 1);
        QCOMPARE(g->abandoned, 1);
        QCOMPARE(g->waiting, 1);
        QCOMPARE(d.w->dashboard().totalWaiting(), 1);
        // Answered in 12 s of a 20 s threshold, one abandoned: 50 %.
        QVERIFY(g->serviceLevel.has_value());
        QCOMPARE(*g->serviceLevel, 0.5);
        QCOMPARE(d.w->dashboard().index(0, models::QueueDashboardModel::ServiceLevel).data(models::QueueDashboardModel::BelowTargetRole).toBool(),
                 true);
    }

    void alertsFireAndClear()
    {
        Desk d;
        QAbstractItemModelTester tester(&d.w->alerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto has = [&d](models::Alert::Kind kind) {
            const auto &all = d.w->alerts().alerts();
            return std::any_of(all.begin(), all.end(), [kind](const models::Alert &a) { return a.kind == kind; });
        };
        // Nobody available: a waiting contact raises "no agent available" at once…
        const qint64 contact = d.f.createContact();
        QTRY_VERIFY(has(models::Alert::Kind::NoAgentAvailable));
        QVERIFY(!has(models::Alert::Kind::LongWait));
        // …and past the group's 60 s the long-wait alert, not before.
        d.f.advance(59);
        QTest::qWait(100);
        QVERIFY(!has(models::Alert::Kind::LongWait));
        d.f.advance(2);
        QTRY_VERIFY(has(models::Alert::Kind::LongWait));
        QCOMPARE(d.w->alerts().unacknowledged(), 2);
        d.w->alerts().acknowledgeAll();
        QCOMPARE(d.w->alerts().unacknowledged(), 0);
        // The agent takes the call: both clear.
        d.f.session->setReady();
        QTRY_VERIFY(d.f.session->offer().has_value());
        d.f.session->accept();
        QTRY_VERIFY(!has(models::Alert::Kind::LongWait));
        QTRY_VERIFY(!has(models::Alert::Kind::NoAgentAvailable));
        QVERIFY(d.f.session->conversation(contact));
    }

    void agentStuckInNotReadyOrWrapUp()
    {
        models::AgentsModel agents;
        models::AlertsModel alerts;
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QDateTime now(QDate(2026, 11, 27), QTime(9, 0));
        auto row = [](const QString &id, const QString &state) {
            return QJsonObject{{QStringLiteral("agent"), id}, {QStringLiteral("name"), id.toUpper()}, {QStringLiteral("state"), state}};
        };
        agents.apply(QJsonArray{row(QStringLiteral("a1"), QStringLiteral("notReady")), row(QStringLiteral("a2"), QStringLiteral("wrapUp"))});
        alerts.watchAgents(&agents, 15, 5, [&now] { return now; });
        QCOMPARE(alerts.rowCount(), 0);
        now = now.addSecs(5 * 60);  // wrap-up for 5 minutes: alert; not ready for 5: not yet
        alerts.checkAgents();
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.alerts().first().agent, QStringLiteral("a2"));
        QVERIFY(alerts.describe(alerts.alerts().first()).contains(QStringLiteral("A2")));
        now = now.addSecs(10 * 60);
        alerts.checkAgents();
        QCOMPARE(alerts.rowCount(), 2);
        // a2 finishes its wrap-up: its alert clears; a1's stays.
        agents.apply(QJsonArray{row(QStringLiteral("a1"), QStringLiteral("notReady")), row(QStringLiteral("a2"), QStringLiteral("available"))});
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.alerts().first().agent, QStringLiteral("a1"));
    }

    void forcedStateReachesTheAgentAndTheAuditLog()
    {
        Desk d;
        QAbstractItemModelTester tester(&d.w->agents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(d.w->agents().rowCount(), 2);
        d.f.session->setReady();
        QTRY_COMPARE(d.f.session->state(), QStringLiteral("available"));
        d.w->agents().force(QStringLiteral("a1"), QStringLiteral("notReady"), QStringLiteral("质检辅导"));
        QTRY_COMPARE(d.f.session->state(), QStringLiteral("notReady"));
        QCOMPARE(d.f.session->stateReason(), QStringLiteral("质检辅导"));
        QTRY_VERIFY(d.w->agents().agents().first().state == QLatin1String("notReady"));
        auto db = store::Database::open(d.f.dbPath, store::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q = db.value()->query();
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object FROM audit_log WHERE action = 'agent.force'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("boss"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("agent:a1"));
    }

    void whatIfFiguresAreErlangC()
    {
        models::QueueDashboardModel dashboard;
        models::AgentsModel agents;
        dashboard.apply(QJsonArray{
            QJsonObject{{QStringLiteral("group"), QStringLiteral("presales")}, {QStringLiteral("averageHandleTimeSeconds"), 240.0},
                        {QStringLiteral("serviceLevelThresholdSeconds"), 20.0}},
            QJsonObject{{QStringLiteral("group"), QStringLiteral("aftersales")}, {QStringLiteral("averageHandleTimeSeconds"), 300.0},
                        {QStringLiteral("serviceLevelThresholdSeconds"), 30.0}}});
        QJsonArray list;
        for (int i = 0; i < 12; ++i) {
            const QString group = i < 7 ? QStringLiteral("presales") : QStringLiteral("aftersales");
            list.append(QJsonObject{{QStringLiteral("agent"), QStringLiteral("a%1").arg(i)},
                                    {QStringLiteral("state"), i == 11 ? QStringLiteral("offline") : QStringLiteral("available")},
                                    {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("proficiency"), 5}}}}});
        }
        agents.apply(list);
        models::Rebalance rebalance(dashboard, agents);
        rebalance.setArrivalsPerHour(QStringLiteral("presales"), 60);
        rebalance.setArrivalsPerHour(QStringLiteral("aftersales"), 45);
        // Move three people from 售前 to 售后.
        const models::MovePlan plan{{QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a2")}, QStringLiteral("presales"),
                                    QStringLiteral("aftersales"), 6};
        const auto rows = rebalance.predict(plan);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].agentsBefore, 7);
        QCOMPARE(rows[0].agentsAfter, 4);
        QCOMPARE(rows[1].agentsBefore, 4);  // the offline one does not count
        QCOMPARE(rows[1].agentsAfter, 7);
        auto expect = [](double rate, double aht, int n, double t) {
            core::QueueModelInput in;
            in.arrivalsPerHour = rate;
            in.handleSeconds = aht;
            in.agents = n;
            in.targetSeconds = t;
            return core::Erlang::c(in).value();
        };
        auto close = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); };
        const auto pb = expect(60, 240, 7, 20), pa = expect(60, 240, 4, 20), ab = expect(45, 300, 4, 30), aa = expect(45, 300, 7, 30);
        QVERIFY(close(rows[0].before->serviceLevel, pb.serviceLevel) && close(rows[0].after->serviceLevel, pa.serviceLevel));
        QVERIFY(close(rows[1].before->serviceLevel, ab.serviceLevel) && close(rows[1].after->serviceLevel, aa.serviceLevel));
        QVERIFY(close(rows[0].after->occupancy, pa.occupancy));
        QVERIFY(close(*rows[1].after->averageSpeedOfAnswer, *aa.averageSpeedOfAnswer));
        // 4 agents for 4 erlangs of 售前 is not enough: the wait is unbounded.
        QVERIFY(!rows[0].after.has_value() || !rows[0].after->averageSpeedOfAnswer || rows[0].after->serviceLevel < pb.serviceLevel);
    }

    void whatIfIsErlangAOnceCallersHangUp()
    {
        // 售后's callers give up after 90 s on average: the prediction accounts for them
        // (Erlang A), and 4 agents for 3.75 erlangs is no longer "unbounded".
        models::QueueDashboardModel dashboard;
        models::AgentsModel agents;
        dashboard.apply(QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("aftersales")},
                                               {QStringLiteral("averageHandleTimeSeconds"), 300.0},
                                               {QStringLiteral("serviceLevelThresholdSeconds"), 30.0},
                                               {QStringLiteral("meanPatienceSeconds"), 90.0},
                                               {QStringLiteral("availableByChannel"), QJsonObject{{QStringLiteral("chat"), 2}}}},
                                   QJsonObject{{QStringLiteral("group"), QStringLiteral("presales")}}});
        QCOMPARE(*dashboard.figures(QStringLiteral("aftersales"))->meanPatienceSeconds, 90.0);
        QVERIFY(!dashboard.figures(QStringLiteral("presales"))->meanPatienceSeconds.has_value());
        // Who is free for what: the Available column's tooltip.
        const int row = dashboard.figures(QStringLiteral("aftersales")) == &dashboard.groups().at(0) ? 0 : 1;
        const QString tip = dashboard.index(row, models::QueueDashboardModel::Available).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2")) && !tip.contains(QStringLiteral("Nobody")), qPrintable(tip));
        QVERIFY(dashboard.index(1 - row, models::QueueDashboardModel::Available).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Nobody")));
        QJsonArray list;
        for (int i = 0; i < 6; ++i)
            list.append(QJsonObject{{QStringLiteral("agent"), QStringLiteral("a%1").arg(i)},
                                    {QStringLiteral("state"), QStringLiteral("available")},
                                    {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("group"), i < 4 ? QStringLiteral("aftersales") : QStringLiteral("presales")},
                                                                                     {QStringLiteral("proficiency"), 5}}}}});
        agents.apply(list);
        models::Rebalance rebalance(dashboard, agents);
        rebalance.setArrivalsPerHour(QStringLiteral("aftersales"), 45);
        rebalance.setArrivalsPerHour(QStringLiteral("presales"), 20);
        const auto rows = rebalance.predict({{QStringLiteral("a4")}, QStringLiteral("presales"), QStringLiteral("aftersales"), 5});
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows[0].patienceSeconds.has_value());  // 售前: nobody has hung up yet, Erlang C
        QCOMPARE(*rows[1].patienceSeconds, 90.0);
        auto expect = [](int n, std::optional<double> patience) {
            core::QueueModelInput in;
            in.arrivalsPerHour = 45;
            in.handleSeconds = 300;
            in.agents = n;
            in.targetSeconds = 30;
            in.patienceSeconds = patience;
            return patience ? core::Erlang::a(in).value() : core::Erlang::c(in).value();
        };
        auto close = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); };
        const auto before = expect(4, 90.0), after = expect(5, 90.0);
        QVERIFY(close(rows[1].before->serviceLevel, before.serviceLevel));
        QVERIFY(close(rows[1].after->serviceLevel, after.serviceLevel));
        QVERIFY(close(*rows[1].before->averageSpeedOfAnswer, *before.averageSpeedOfAnswer));
        QVERIFY(close(*rows[1].after->probabilityOfAbandoning, *after.probabilityOfAbandoning));
        QVERIFY(close(rows[1].after->occupancy, after.occupancy));
        QVERIFY(rows[1].before->averageSpeedOfAnswer.has_value());
        // Not Erlang C's figures: they differ when callers abandon.
        QVERIFY(!close(rows[1].after->serviceLevel, expect(5, std::nullopt).serviceLevel));
        QVERIFY(!rows[0].before->probabilityOfAbandoning.has_value());
    }

    void draggingAgentsOrAContactOntoAGroup()
    {
        Desk d;
        QTRY_COMPARE(d.w->agents().rowCount(), 2);
        QTRY_COMPARE(d.w->dashboard().rowCount(), 2);
        d.w->agents().refresh();
        QTRY_VERIFY(!d.w->agents().agents().at(1).memberships.isEmpty());
        // 王芳 (a2, complaints only) dragged from the agents table onto 售后's row.
        QTableView *agentsView = d.w->agentsView();
        int row = -1;
        for (int r = 0; r < agentsView->model()->rowCount(); ++r) {
            if (agentsView->model()->index(r, 0).data(models::AgentsModel::AgentIdRole).toString() == QLatin1String("a2"))
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(agentsView->model()->flags(agentsView->model()->index(row, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(agentsView->model()->mimeData({agentsView->model()->index(row, 0), agentsView->model()->index(row, 1)}));
        QVERIFY(mime);
        QTableView *board = d.w->dashboardView();
        auto rowOf = [board](const QString &group) {
            for (int r = 0; r < board->model()->rowCount(); ++r) {
                if (board->model()->index(r, 0).data(models::QueueDashboardModel::GroupIdRole).toString() == group)
                    return board->visualRect(board->model()->index(r, 0)).center();
            }
            return QPoint(-1, -1);
        };
        const QPoint aftersales = rowOf(QStringLiteral("aftersales"));
        QCOMPARE(d.w->groupAt(aftersales), QStringLiteral("aftersales"));
        QVERIFY(d.w->canDrop(mime.get(), QStringLiteral("aftersales")));
        QDragEnterEvent enter(aftersales, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent over(aftersales, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &over);
        QVERIFY(over.isAccepted());
        QDropEvent drop(aftersales, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        ui::RebalanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = d.w->findChild<ui::RebalanceDialog *>(QStringLiteral("moveAgentsDialog"))));
        QCOMPARE(dialog->plan().toGroup, QStringLiteral("aftersales"));
        QCOMPARE(dialog->plan().fromGroup, QStringLiteral("complaints"));  // the one group she has
        QCOMPARE(dialog->plan().agents, QStringList{QStringLiteral("a2")});
        QCOMPARE(dialog->predictionTable()->rowCount(), 2);
        QSignalSpy applied(&d.w->rebalance(), &models::Rebalance::applied);
        dialog->accept();
        QTRY_COMPARE(applied.size(), 1);
        QVERIFY(applied.at(0).at(0).toBool());
        d.w->agents().refresh();
        QTRY_VERIFY(d.w->agents().agents().at(1).groups.join(u',').contains(QStringLiteral("售后")));
        QVERIFY(!d.w->agents().agents().at(1).groups.join(u',').contains(QStringLiteral("投诉")));
        // The next routing decision sees her in 售后: a caller there is offered to her.
        net::LocalClient otherClient(*d.f.service);
        models::AgentSession other(otherClient);
        other.signIn(QStringLiteral("wangfang"), QStringLiteral("pw"));
        QTRY_VERIFY(other.isSignedIn());
        other.setReady();
        const qint64 call = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000009"));
        QTRY_VERIFY(other.offer().has_value() && other.offer()->contact == call);
        auto db = store::Database::open(d.f.dbPath, store::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q = db.value()->query();
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object FROM audit_log WHERE action = 'agent.groups'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("agent:a2"));
        other.decline();
        // Undo puts her back.
        d.w->undoMove();
        QTRY_COMPARE(applied.size(), 2);
        d.w->agents().refresh();
        QTRY_VERIFY(!d.w->agents().agents().at(1).groups.join(u',').contains(QStringLiteral("售后")));

        // A waiting contact dragged from 售后's list onto 投诉 moves there; not onto its own group.
        other.setNotReady(QStringLiteral("小休"));
        QTRY_COMPARE(other.state(), QStringLiteral("notReady"));
        const qint64 waiting = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000010"));
        d.w->showWaiting(QStringLiteral("aftersales"));
        QTRY_VERIFY(d.w->waiting().rowCount() >= 1);
        int wrow = -1;
        for (int r = 0; r < d.w->waiting().rowCount(); ++r) {
            if (d.w->waiting().contacts().at(r).contact == waiting)
                wrow = r;
        }
        QVERIFY(wrow >= 0);
        std::unique_ptr<QMimeData> contactMime(d.w->waiting().mimeData({d.w->waiting().index(wrow, 0)}));
        QVERIFY(!d.w->canDrop(contactMime.get(), QStringLiteral("aftersales")));
        // As a drag does: enter the view, move over a row, drop.
        auto dragTo = [board](const QPoint &at, const QMimeData *data) {
            QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &enter);
            QDragMoveEvent over(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &over);
            QDropEvent drop(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &drop);
            return std::pair{over.isAccepted(), drop.isAccepted()};
        };
        QCOMPARE(dragTo(aftersales, contactMime.get()), std::pair(false, false));
        QCOMPARE(dragTo(rowOf(QStringLiteral("complaints")), contactMime.get()), std::pair(true, true));
        QTRY_VERIFY(q.exec(QStringLiteral("SELECT object, after FROM audit_log WHERE action = 'contact.move'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("contact:%1").arg(waiting));
        QCOMPARE(q.value(1).toString(), QStringLiteral("complaints"));
    }

    void callsPerHourAreTheseOfTheLastHour()
    {
        // A quiet morning, then 30 calls in the last 10 minutes: the what-if uses the latter.
        models::ArrivalMeter meter;
        const QDateTime t0(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        meter.sample(QStringLiteral("g"), t0, 20);
        QCOMPARE(meter.windowMinutes(QStringLiteral("g"), t0.addSecs(240)), 0.0);  // under 5 minutes watched
        const double sinceMidnight = t0.addSecs(240).toLocalTime().time().msecsSinceStartOfDay() / 3600000.0;
        QCOMPARE(meter.perHour(QStringLiteral("g"), t0.addSecs(240), 24), 24 / sinceMidnight);
        for (int s = 30; s <= 600; s += 30)
            meter.sample(QStringLiteral("g"), t0.addSecs(s), 20 + s / 20);
        QCOMPARE(meter.windowMinutes(QStringLiteral("g"), t0.addSecs(600)), 10.0);
        QCOMPARE(meter.perHour(QStringLiteral("g"), t0.addSecs(600), 50), 180.0);  // 30 in 10 minutes
        // An hour and more: the rate is over the last hour only.
        for (int s = 630; s <= 7200; s += 30)
            meter.sample(QStringLiteral("g"), t0.addSecs(s), 50 + (s - 600) / 60);  // one a minute
        QCOMPARE(meter.windowMinutes(QStringLiteral("g"), t0.addSecs(7200)), 60.0);
        QCOMPARE(meter.perHour(QStringLiteral("g"), t0.addSecs(7200), 50 + 6600 / 60), 60.0);
        // Samples closer together than 30 s are not kept; a count that goes down is a new day.
        meter.sample(QStringLiteral("g"), t0.addSecs(7210), 200);
        meter.sample(QStringLiteral("g"), t0.addSecs(7230), 3);
        QCOMPARE(meter.windowMinutes(QStringLiteral("g"), t0.addSecs(7260)), 0.0);
    }

    void reportsByGroupAndAgentWithCsv()
    {
        // 李强 (a1, 售后) serves one call today; the supervisor's report shows it.
        UiFixture f;
        f.signInAgent();
        f.session->setReady();
        QTRY_COMPARE(f.session->state(), QStringLiteral("available"));
        const qint64 contact = f.createContact();
        QTRY_VERIFY(f.session->offer().has_value());
        f.session->accept();
        QTRY_VERIFY(f.session->conversation(contact));
        f.advance(90);
        f.session->endContact(contact);
        QTRY_COMPARE(f.session->state(), QStringLiteral("wrapUp"));
        f.session->finishWrapUp(contact, QStringLiteral("已解决"), QString());
        QTRY_COMPARE(f.session->state(), QStringLiteral("available"));

        net::LocalClient bossClient(*f.service);
        models::AgentSession boss(bossClient);
        boss.signIn(QStringLiteral("boss"), QStringLiteral("pw"));
        QTRY_VERIFY(boss.isSignedIn());
        ui::ReportPanel panel(boss);
        QAbstractItemModelTester tester(&panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = f.clock.utcNow().toTimeZone(f.config.timeZone).date();
        panel.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(today);
        panel.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(today);
        QTRY_VERIFY(!panel.model().isLoading() && panel.model().from() == today && panel.model().to() == today);
        const auto &rows = panel.model().rows();
        const auto after = std::find_if(rows.begin(), rows.end(), [](const models::ReportRow &r) { return r.key == QLatin1String("aftersales"); });
        QVERIFY(after != rows.end());
        QCOMPARE(after->name, QStringLiteral("售后"));
        QCOMPARE(after->contacts, 1);
        QVERIFY(after->handleSeconds && *after->handleSeconds >= 90);
        QVERIFY(after->hasQueue);
        QCOMPARE(after->entered, 1);
        QCOMPARE(after->answered, 1);
        QCOMPARE(panel.chartBars(), static_cast<int>(rows.size()));

        // By agent: 李强.
        auto *by = panel.findChild<QComboBox *>(QStringLiteral("reportBy"));
        by->setCurrentIndex(1);
        Q_EMIT by->activated(1);
        QTRY_VERIFY(panel.model().by() == models::ReportModel::By::Agent && !panel.model().isLoading());
        QCOMPARE(panel.model().rowCount(), 1);
        QCOMPARE(panel.model().index(0, models::ReportModel::Name).data().toString(), QStringLiteral("李强"));
        QCOMPARE(panel.model().index(0, models::ReportModel::Entered).data().toString(), QStringLiteral("—"));
        QCOMPARE(panel.chartCategories(), QStringList{QStringLiteral("李强")});

        // By rule variant: this site runs no experiment, so nothing — and no names left on the chart.
        by->setCurrentIndex(3);
        Q_EMIT by->activated(3);
        QTRY_VERIFY(panel.model().by() == models::ReportModel::By::Variant && !panel.model().isLoading());
        QCOMPARE(panel.model().rowCount(), 0);
        QVERIFY(panel.chartCategories().isEmpty());
        QCOMPARE(panel.chartBars(), 0);
        by->setCurrentIndex(1);
        Q_EMIT by->activated(1);
        QTRY_VERIFY(panel.model().by() == models::ReportModel::By::Agent && !panel.model().isLoading());

        // CSV for a spreadsheet: a byte-order mark, stable column names, the Chinese name intact.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        panel.exportCsv(path);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFkey,name,handled,aht_seconds,csat,transfer_rate,fcr_rate,"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\r\na1,李强,1,")));
        QSignalSpy status(&panel, &ui::ReportPanel::statusMessage);
        panel.exportCsv(dir.filePath(QStringLiteral("no/such/dir/r.csv")));
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().startsWith(QStringLiteral("The report was not saved")), qPrintable(status.first().first().toString()));
    }

    void aMoveChangesRoutingAtOnceAndUndoes()
    {
        Desk d;
        QTRY_COMPARE(d.w->agents().rowCount(), 2);
        // 王芳 (a2) serves complaints only; 李强 (a1) is not ready: an aftersales call waits.
        net::LocalClient otherClient(*d.f.service);
        models::AgentSession other(otherClient);
        other.signIn(QStringLiteral("wangfang"), QStringLiteral("pw"));
        QTRY_VERIFY(other.isSignedIn());
        other.setReady();
        QTRY_COMPARE(other.state(), QStringLiteral("available"));
        d.w->agents().refresh();
        QTRY_VERIFY(d.w->agents().agents().at(1).state == QLatin1String("available"));
        // A caller the store does not know (王小明's last agent is 王芳, and would be preferred).
        const qint64 contact = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000001"));
        QTest::qWait(100);
        QVERIFY2(!other.offer().has_value(), other.offer() ? qPrintable(QString::fromUtf8(QJsonDocument(other.offer()->card).toJson(QJsonDocument::Compact))) : "");
        QSignalSpy applied(&d.w->rebalance(), &models::Rebalance::applied);
        d.w->rebalance().apply(d.boss.client(), {{QStringLiteral("a2")}, QStringLiteral("complaints"), QStringLiteral("aftersales"), 7});
        QTRY_COMPARE(applied.size(), 1);
        QVERIFY(applied.at(0).at(0).toBool());
        // In effect at once: the waiting call goes to her.
        QTRY_VERIFY(other.offer().has_value() && other.offer()->contact == contact);
        auto db = store::Database::open(d.f.dbPath, store::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q = db.value()->query();
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object, after FROM audit_log WHERE action = 'agent.groups'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("boss"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("agent:a2"));
        QVERIFY(q.value(2).toString().contains(QLatin1String("aftersales")));
        // Undo: back to complaints only.
        QVERIFY(d.w->rebalance().canUndo());
        other.decline();
        d.w->agents().refresh();
        QTRY_VERIFY2(d.w->agents().agents().at(1).groups.join(u',').contains(QStringLiteral("售后")),
                     qPrintable(d.w->agents().agents().at(1).agent + QLatin1Char(' ') + d.w->agents().agents().at(1).groups.join(u',')));
        d.w->rebalance().undo(d.boss.client());
        QTRY_COMPARE(applied.size(), 2);
        d.w->agents().refresh();
        QTRY_VERIFY(!d.w->agents().agents().at(1).groups.join(u',').contains(QStringLiteral("售后")));
        QVERIFY(!d.w->rebalance().canUndo());
    }

    void waitingContactsInServingOrderAndRaisingALevel()
    {
        Desk d;
        QAbstractItemModelTester tester(&d.w->waiting(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nobody ready: three callers wait in aftersales, the second a stranger.
        const qint64 a = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000001"));
        d.f.advance(5);
        const qint64 b = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000002"));
        d.f.advance(5);
        const qint64 c = d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000003"));
        d.w->showWaiting(QStringLiteral("aftersales"));
        QTRY_COMPARE(d.w->waiting().rowCount(), 3);
        auto order = [&d] {
            QList<qint64> ids;
            for (const auto &w : d.w->waiting().contacts())
                ids << w.contact;
            return ids;
        };
        QCOMPARE(order(), (QList<qint64>{a, b, c}));
        QVERIFY(!d.w->waiting().contacts().first().trace.isEmpty());
        // The supervisor raises the last caller to VIP 8: first in line now, and audited.
        d.w->waiting().setLevel(c, 8);
        QTRY_COMPARE(order(), (QList<qint64>{c, a, b}));
        QCOMPARE(d.w->waiting().contacts().first().vipLevel, 8);
        auto db = store::Database::open(d.f.dbPath, store::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q = db.value()->query();
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object FROM audit_log WHERE action = 'contact.level'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("boss"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("contact:%1").arg(c));

        // The supervisor moves the first caller in line to the complaints queue: it leaves this
        // list, waits there with its level and its wait, and the move is audited.
        d.w->moveWaiting(a);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = d.w->findChild<QInputDialog *>(QStringLiteral("moveWaitingDialog"))));
        QVERIFY(!ask->comboBoxItems().contains(QStringLiteral("售后")));  // not where it is already
        ask->setTextValue(QStringLiteral("投诉"));
        ask->accept();
        QTRY_COMPARE(order(), (QList<qint64>{c, b}));
        d.w->showWaiting(QStringLiteral("complaints"));
        QTRY_COMPARE(order(), QList<qint64>{a});
        QVERIFY(d.w->waiting().contacts().first().trace.contains(QStringLiteral("moved to 投诉 by boss")));
        QVERIFY(q.exec(QStringLiteral("SELECT before, after FROM audit_log WHERE action = 'contact.move'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("aftersales"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("complaints"));
    }

    void chartIntervalsOfFifteenMinutes()
    {
        models::IntervalSeries series;
        auto figures = [](int waiting) {
            models::GroupFigures g;
            g.group = QStringLiteral("aftersales");
            g.waiting = waiting;
            return QList<models::GroupFigures>{g};
        };
        const QDate day(2026, 11, 27);
        series.record(figures(2), QDateTime(day, QTime(9, 3)));
        series.record(figures(5), QDateTime(day, QTime(9, 10)));
        series.record(figures(1), QDateTime(day, QTime(9, 16)));
        auto points = series.points(QStringLiteral("aftersales"));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].start, QDateTime(day, QTime(9, 0)));
        QCOMPARE(points[0].maxWaiting, 5);
        QVERIFY(!points[0].serviceLevel.has_value());  // the router counts it
        QCOMPARE(points[1].start, QDateTime(day, QTime(9, 15)));
        QCOMPARE(points[1].maxWaiting, 1);
        // The day so far from the router: an earlier interval, and the interval's own service
        // level; the most waiting is the larger of what each saw.
        auto at = [day](int h, int m) {
            const QDateTime t(day, QTime(h, m));
            return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
        };
        QSignalSpy changed(&series, &models::IntervalSeries::changed);
        series.apply(QJsonObject{{QStringLiteral("groups"),
                                  QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("aftersales")},
                                                         {QStringLiteral("intervals"),
                                                          QJsonArray{QJsonObject{{QStringLiteral("start"), at(8, 45)}, {QStringLiteral("maxWaiting"), 2},
                                                                                 {QStringLiteral("serviceLevel"), 1.0}},
                                                                     QJsonObject{{QStringLiteral("start"), at(9, 0)}, {QStringLiteral("maxWaiting"), 4},
                                                                                 {QStringLiteral("serviceLevel"), 0.8}}}}}}}});
        QCOMPARE(changed.size(), 1);
        points = series.points(QStringLiteral("aftersales"));
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].start, QDateTime(day, QTime(8, 45)));
        QCOMPARE(*points[0].serviceLevel, 1.0);
        QCOMPARE(points[1].maxWaiting, 5);
        QCOMPARE(*points[1].serviceLevel, 0.8);
        QVERIFY(!points[2].serviceLevel.has_value());
        // The next day starts afresh.
        series.record(figures(3), QDateTime(day.addDays(1), QTime(8, 31)));
        QCOMPARE(series.points(QStringLiteral("aftersales")).size(), 1);
        // The router's day is the site's: one site day may span two dates of the desktop's zone
        // (Shanghai's 00:15 and 12:00 are 16:15 and 04:00 in UTC); both stay on the chart.
        series.apply(QJsonObject{{QStringLiteral("day"), QStringLiteral("2026-11-28")},
                                 {QStringLiteral("groups"),
                                  QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("presales")},
                                                         {QStringLiteral("intervals"),
                                                          QJsonArray{QJsonObject{{QStringLiteral("start"), QStringLiteral("2026-11-28T00:15:00+08:00")},
                                                                                 {QStringLiteral("maxWaiting"), 1}},
                                                                     QJsonObject{{QStringLiteral("start"), QStringLiteral("2026-11-28T12:00:00+08:00")},
                                                                                 {QStringLiteral("maxWaiting"), 2}}}}}}}});
        QCOMPARE(series.points(QStringLiteral("presales")).size(), 2);
        QVERIFY(series.points(QStringLiteral("aftersales")).isEmpty());  // another day than the answer's
        // The workspace's chart follows the dashboard.
        Desk d;
        QTRY_COMPARE(d.w->dashboard().rowCount(), 2);
        d.w->showWaiting(QStringLiteral("aftersales"));
        d.f.createContact(QStringLiteral("voice"), QStringLiteral("+8613900000001"));
        QTRY_VERIFY(d.w->chart()->pointCount() >= 1);
        // Wallboard: the groups in large type, the rest hidden; and back.
        const qreal normal = d.w->dashboardView()->font().pointSizeF();
        d.w->setWallboard(true);
        QVERIFY(d.w->dashboardView()->font().pointSizeF() > normal * 1.5);
        QVERIFY(d.w->agentsView()->isHidden() || !d.w->agentsView()->isVisible());
        d.w->setWallboard(false);
        QCOMPARE(d.w->dashboardView()->font().pointSizeF(), normal);
        QVERIFY(d.w->agentsView()->isVisible());
    }

    void journeysFromTheIvrToTheOutcome()
    {
        // The steps put into words, from a journey as the router gives it.
        const QJsonObject journey{
            {QStringLiteral("contact"), 7},
            {QStringLiteral("startedUtc"), QStringLiteral("2026-11-27T01:00:00.000Z")},
            {QStringLiteral("endedUtc"), QStringLiteral("2026-11-27T01:06:35.000Z")},
            {QStringLiteral("outcome"), QStringLiteral("served")},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("created")}, {QStringLiteral("atMs"), 1795741200000LL},
                                    {QStringLiteral("ivrPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                                    {QStringLiteral("botTurns"), 2}},
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("queued")}, {QStringLiteral("group"), QStringLiteral("aftersales")},
                                    {QStringLiteral("groupName"), QStringLiteral("售后")}, {QStringLiteral("level"), 3}, {QStringLiteral("position"), 2},
                                    {QStringLiteral("estimatedWaitSeconds"), 95.0}},
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("answered")}, {QStringLiteral("agent"), QStringLiteral("a1")},
                                    {QStringLiteral("agentName"), QStringLiteral("李强")}, {QStringLiteral("groupName"), QStringLiteral("售后")},
                                    {QStringLiteral("waitedSeconds"), 65.0}},
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("transferred")}, {QStringLiteral("agentName"), QStringLiteral("李强")},
                                    {QStringLiteral("toGroup"), QStringLiteral("complaints")}, {QStringLiteral("toGroupName"), QStringLiteral("投诉")},
                                    {QStringLiteral("note"), QStringLiteral("客户要投诉")}}}}};
        ui::Translator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(models::JourneyView::describe(journey).at(2).text, QStringLiteral("等待 1:05 后由 李强（售后）接起"));
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        const auto steps = models::JourneyView::describe(journey);
        QCOMPARE(steps.size(), 5);  // and the outcome
        QCOMPARE(steps[0].text, QStringLiteral("Came in · IVR: 信用卡 › 挂失 · bot conversation: 2 turns"));
        QCOMPARE(steps[1].text, QStringLiteral("Queued in 售后 at VIP level 3, told position 2, about 1:35 to wait"));
        QCOMPARE(steps[2].text, QStringLiteral("Answered by 李强 (售后) after 1:05 waiting"));
        QVERIFY(steps[2].milestone);
        QCOMPARE(steps[3].text, QStringLiteral("李强 transferred it to 投诉: “客户要投诉”"));
        QCOMPARE(steps[4].text, QStringLiteral("Outcome: Served"));
        QCOMPARE(steps[0].at, QDateTime::fromMSecsSinceEpoch(1795741200000LL, QTimeZone::utc()));
        QVERIFY(models::JourneyView::spanText(journey).endsWith(QStringLiteral("(6:35)")));
        QCOMPARE(models::JourneyListModel::outcomeText(QStringLiteral("overflow:callback")), QStringLiteral("Overflowed to a callback request"));

        // The panel lists the day's contacts and opens one.
        Desk d;
        ui::JourneyPanel panel(d.boss);
        QAbstractItemModelTester tester(&panel.list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        const qint64 c = d.f.createContact();  // 王小明 waits: nobody is ready
        d.f.advance(40);
        // The router's clock is in January: every day (the panel's own filter starts at today).
        panel.list().setFilter(&d.boss.client(), {});
        QTRY_COMPARE(panel.list().rowCount(), 1);
        QCOMPARE(panel.list().rows().first().contact, c);
        QCOMPARE(panel.list().index(0, models::JourneyListModel::Outcome).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(panel.list().index(0, models::JourneyListModel::Customer).data().toString(), QStringLiteral("王小明"));
        // He hangs up: the journey ends there.
        bool gone = false;
        d.f.ivr->request(QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), c}}, [&gone](const net::Message &r) { gone = !r.isError(); });
        QTRY_VERIFY(gone);
        panel.list().reload();
        QTRY_COMPARE(panel.list().index(0, models::JourneyListModel::Outcome).data().toString(), QStringLiteral("Hung up while waiting"));
        panel.table()->selectRow(0);
        QTRY_VERIFY(panel.timeline()->count() >= 3);
        QStringList lines;
        for (int i = 0; i < panel.timeline()->count(); ++i)
            lines << panel.timeline()->item(i)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Queued in 售后")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Hung up after 0:40 waiting in 售后")), qPrintable(all));
        QVERIFY(panel.headerText().contains(QStringLiteral("王小明")));
        QVERIFY(panel.partsText().contains(QStringLiteral("No agent")));
        // Nothing is open now; a name that is not there finds nothing.
        panel.list().setFilter(&d.boss.client(), models::JourneyFilter{{}, {}, QStringLiteral("open"), {}, {}});
        QTRY_VERIFY(!panel.list().isLoading());
        QCOMPARE(panel.list().rowCount(), 0);
        panel.list().setFilter(&d.boss.client(), models::JourneyFilter{{}, {}, {}, {}, QStringLiteral("张三")});
        QTRY_VERIFY(!panel.list().isLoading());
        QCOMPARE(panel.list().rowCount(), 0);
        panel.list().setFilter(&d.boss.client(), models::JourneyFilter{{}, {}, {}, {}, QStringLiteral("小明")});
        QTRY_COMPARE(panel.list().rowCount(), 1);
    }

    void agentsGetNeitherTheWorkspaceNorTheData()
    {
        UiFixture f;
        f.signInAgent();
        QString refused;
        f.agentClient->request(QStringLiteral("agents.list"), {}, [&refused](const net::Message &r) {
            refused = r.isError() ? net::wireErrorName(r.error->code) : QStringLiteral("answered");
        });
        QTRY_COMPARE(refused, QStringLiteral("forbidden"));
        refused.clear();
        f.agentClient->request(QStringLiteral("stats.subscribe"), {}, [&refused](const net::Message &r) {
            refused = r.isError() ? net::wireErrorName(r.error->code) : QStringLiteral("answered");
        });
        QTRY_COMPARE(refused, QStringLiteral("forbidden"));
        text::KeywordSummarizer summarizer;
        ui::Translator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("baton.ini")), QSettings::IniFormat);
        ui::MainWindow agentWindow(*f.session, summarizer, translator, settings);
        QVERIFY(agentWindow.workspace());
        QVERIFY(!agentWindow.supervisor());
        // A supervisor gets the queues.
        net::LocalClient bossClient(*f.service);
        models::AgentSession boss(bossClient);
        boss.signIn(QStringLiteral("boss"), QStringLiteral("pw"));
        QTRY_VERIFY(boss.isSignedIn());
        ui::MainWindow bossWindow(boss, summarizer, translator, settings);
        QVERIFY(bossWindow.supervisor());
        QVERIFY(!bossWindow.workspace());
    }
};

QTEST_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
