// The supervisor's workspace on an embedded site: the dashboard's figures equal the core's
// statistics after a scripted day, alerts fire and clear at the right times on a fake clock, a
// forced state change reaches the agent and the audit log, and the roles hold: an agent neither
// gets the workspace nor the data.
#include "uisupport.h"

#include "keywordsummary.h"
#include "mainwindow.h"
#include "supervisorworkspace.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

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
            QTest::qWaitFor([this] { return boss.isSignedIn() && !boss.directoryGroups().isEmpty(); }, 5000);
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
