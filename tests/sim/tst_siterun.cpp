// Whole-site simulation: deterministic, conserves contacts, and aging bounds the wait of the
// lowest level under pressure from higher ones.
#include "siterun.h"

#include "configparser.h"
#include "sitebuilder.h"

#include <QFile>
#include <QTest>

using namespace baton::core;
using namespace baton::sim;

class TestSiteRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoDayIsDeterministicAndConsistent();
    void agingShortensTheWorstLowLevelWait();

private:
    static SiteConfig demoSite()
    {
        QFile file(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("demo site missing");
        return ConfigParser::parse(file.readAll()).value();
    }
    static Scenario demoTraffic()
    {
        QFile file(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/traffic.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("demo traffic missing");
        return Scenario::parse(file.readAll(), QDir(QStringLiteral(BATON_SOURCE_DIR "/resources/demo"))).value();
    }
};

void TestSiteRun::demoDayIsDeterministicAndConsistent()
{
    const SiteConfig site = demoSite();
    const Scenario traffic = demoTraffic();
    const auto a = SiteSimulation::run(site, traffic, {24, 7});
    const auto b = SiteSimulation::run(site, traffic, {24, 7});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->contacts > 1500);
    QCOMPARE(a->contacts, b->contacts);
    long long queued = 0;
    for (int g = 0; g < a->groups.size(); ++g) {
        const auto &x = a->groups[g];
        const auto &y = b->groups[g];
        QCOMPARE(x.answered, y.answered);
        QCOMPARE(x.abandoned, y.abandoned);
        QCOMPARE(x.asaSeconds, y.asaSeconds);
        QVERIFY(x.answered + x.abandoned + x.overflowedOut <= x.offered);
        QVERIFY(x.occupancy >= 0 && x.occupancy <= 1);
        queued += x.offered;
    }
    // Every contact went to a queue, to the bot, or to after-hours handling.
    QCOMPARE(queued + a->toBot + a->afterHours, a->contacts);
    QVERIFY(a->afterHours > 0);  // the demo calendar closes at 20:00
    QVERIFY(a->toBot > 0);       // bot-first chat FAQs
}

void TestSiteRun::agingShortensTheWorstLowLevelWait()
{
    // One overloaded group where most callers are VIPs: level 0 starves unless it ages.
    baton::test::SiteBuilder b;
    b.group(QStringLiteral("g")).alertAfter(100000);
    for (int i = 0; i < 5; ++i)
        b.agent(QStringLiteral("a%1").arg(i), {"g"});
    SiteConfig site = b.build();
    Scenario traffic;
    Entry e;
    e.name = QStringLiteral("hotline");
    e.hourlyRate.fill(100);  // 5 agents, 180 s: 5 erlangs on 5 agents
    e.levels = {{QStringLiteral("0"), 1}, {QStringLiteral("5"), 4}};
    e.handle = Distribution{Distribution::Kind::Exponential, 180, 0};
    e.patience = Distribution{Distribution::Kind::Exponential, 3000, 0};
    traffic.entries = {e};
    traffic.agents.answerMinSeconds = traffic.agents.answerMaxSeconds = 1;
    const auto without = SiteSimulation::run(site, traffic, {48, 3});
    site.vip.aging = AgingPolicy{true, std::chrono::seconds(60), 5};  // level 0 reaches 5 after 5 minutes
    const auto with = SiteSimulation::run(site, traffic, {48, 3});
    QVERIFY(without.ok() && with.ok());
    QVERIFY2(with->worstLevel0WaitSeconds < 0.7 * without->worstLevel0WaitSeconds,
             qPrintable(QStringLiteral("with aging %1 s, without %2 s").arg(with->worstLevel0WaitSeconds).arg(without->worstLevel0WaitSeconds)));
}

QTEST_GUILESS_MAIN(TestSiteRun)
#include "tst_siterun.moc"
