// Per-group statistics maintained incrementally, and skill-group reassignment.
#include "sitebuilder.h"

#include <QTest>

using namespace baton::core;
using namespace baton::test;
using namespace std::chrono_literals;

class TestStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptedDayGivesExactFigures();
    void agentsByStateFollowEveryChange();
    void newDayResetsCountersButNotTheQueue();
    void reassignmentTakesEffectForTheNextDecision();
    void proficiencyChangeReordersHighestProficiency();
    void replacingTheConfigurationValidatesFirst();
};

void TestStatistics::scriptedDayGivesExactFigures()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).serviceLevel(20).wrapUp(10)
                        .agent(QStringLiteral("a"), {"g"}).agent(QStringLiteral("b"), {"g"}).build());
    const GroupId g(QStringLiteral("g"));
    h.login(QStringLiteral("a"));
    const ContactId c1 = h.arrive();           // answered after 5 s (within 20 s)
    h.advance(5);
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a")), c1).ok());
    const ContactId c2 = h.arrive();           // answered after 40 s by b
    const ContactId c3 = h.arrive();           // abandons after 25 s
    h.advance(25);
    QVERIFY(h.router->abandon(c3).ok());
    auto s = h.router->groupStatistics(g);
    QCOMPARE(s->waiting, 1);
    QCOMPARE(s->longestWait, Duration(25s));
    // Mean patience: seconds waited by everyone who stopped waiting, per caller who hung up.
    QCOMPARE(*s->meanPatience, Duration(30s));  // (5 + 25) / 1
    h.advance(15);
    h.login(QStringLiteral("b"));
    QVERIFY(h.router->accept(AgentId(QStringLiteral("b")), c2).ok());
    h.advance(60);
    QVERIFY(h.router->endContact(c1).ok());    // handled 100 s
    QVERIFY(h.router->endContact(c2).ok());    // handled 60 s

    s = h.router->groupStatistics(g);
    QCOMPARE(s->entered, 3);
    QCOMPARE(s->answered, 2);
    QCOMPARE(s->answeredWithinThreshold, 1);
    QCOMPARE(s->abandoned, 1);
    QCOMPARE(s->handled, 2);
    QCOMPARE(*s->serviceLevel(), 1.0 / 3.0);
    QCOMPARE(*s->abandonmentRate(), 1.0 / 3.0);
    QCOMPARE(*s->averageSpeedOfAnswer(), Duration(22500ms));  // (5 + 40) / 2
    QCOMPARE(*s->averageHandleTime(), Duration(80s));          // (100 + 60) / 2
    QCOMPARE(s->waiting, 0);
    QCOMPARE(s->longestWait, Duration(0));
    QCOMPARE(s->agents(AgentState::WrapUp), 2);
    QCOMPARE(*s->meanPatience, Duration(70s));  // (5 + 25 + 40) / 1
}

void TestStatistics::agentsByStateFollowEveryChange()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).group(QStringLiteral("h"))
                        .agent(QStringLiteral("a"), {"g", "h"}).agent(QStringLiteral("b"), {"g"}).build());
    const GroupId g(QStringLiteral("g"));
    const GroupId hh(QStringLiteral("h"));
    QCOMPARE(h.router->groupStatistics(g)->agents(AgentState::Offline), 2);
    QVERIFY(!h.router->groupStatistics(g)->meanPatience.has_value());  // nobody has hung up waiting
    QCOMPARE(h.router->groupStatistics(g)->availableFor[static_cast<std::size_t>(Channel::Voice)], 0);
    h.login(QStringLiteral("a"));
    QVERIFY(h.router->setPresence(AgentId(QStringLiteral("b")), Presence::NotReady, QStringLiteral("lunch")).ok());
    QCOMPARE(h.router->groupStatistics(g)->agents(AgentState::Available), 1);
    QCOMPARE(h.router->groupStatistics(g)->agents(AgentState::NotReady), 1);
    // Free for calls (a takes one call, no chats): one for voice, none for chat.
    QCOMPARE(h.router->groupStatistics(g)->availableFor[static_cast<std::size_t>(Channel::Voice)], 1);
    QCOMPARE(h.router->groupStatistics(g)->availableFor[static_cast<std::size_t>(Channel::Chat)], 0);
    QCOMPARE(h.router->groupStatistics(hh)->agents(AgentState::Available), 1);
    QCOMPARE(h.events.last<AgentStateChanged>()->reason, QStringLiteral("lunch"));
    h.arrive();
    QCOMPARE(h.router->groupStatistics(g)->agents(AgentState::Offered), 1);
    QCOMPARE(h.router->groupStatistics(hh)->agents(AgentState::Offered), 1);
    QCOMPARE(h.router->groupStatistics(g)->agents(AgentState::Available), 0);
}

void TestStatistics::newDayResetsCountersButNotTheQueue()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).alertAfter(100000).agent(QStringLiteral("a"), {"g"}).build());
    h.login(QStringLiteral("a"));
    const ContactId c = h.arrive();
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a")), c).ok());
    QVERIFY(h.router->endContact(c).ok());
    h.arrive();
    QVERIFY(h.router->decline(AgentId(QStringLiteral("a")), h.offeredTo(QStringLiteral("a"))).ok());
    QCOMPARE(h.router->agentStatus(AgentId(QStringLiteral("a")))->contactsToday, 1);
    h.advance(24 * 3600);  // the test clock starts 09:00 UTC (17:00 in Shanghai): next local day
    const auto s = h.router->groupStatistics(GroupId(QStringLiteral("g")));
    QCOMPARE(s->answered, 0);
    QCOMPARE(s->entered, 0);
    QCOMPARE(s->waiting, 1);
    QCOMPARE(h.router->agentStatus(AgentId(QStringLiteral("a")))->contactsToday, 0);
}

void TestStatistics::reassignmentTakesEffectForTheNextDecision()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("presales")).group(QStringLiteral("aftersales"))
                        .agent(QStringLiteral("a"), {"presales:7"}).build());
    Rule after;
    after.id = QStringLiteral("after");
    after.match.businesses = {QStringLiteral("repair")};
    after.action.targets = {GroupId(QStringLiteral("aftersales"))};
    auto config = h.router->config();
    config.rules.append(after);
    QVERIFY(h.router->replaceConfiguration(config, QStringLiteral("admin")).ok());
    h.login(QStringLiteral("a"));
    const ContactId c = h.arrive(QStringLiteral("repair"));
    QVERIFY(!h.offeredTo(QStringLiteral("a")).isValid());
    QVERIFY(h.router->moveAgent(AgentId(QStringLiteral("a")), GroupId(QStringLiteral("presales")),
                                GroupId(QStringLiteral("aftersales")), QStringLiteral("supervisor 王")).ok());
    QCOMPARE(h.offeredTo(QStringLiteral("a")), c);
    const auto moved = h.events.last<AgentReassigned>();
    QCOMPARE(moved->actor, QStringLiteral("supervisor 王"));
    QCOMPARE(moved->before, (QList<Membership>{{GroupId(QStringLiteral("presales")), 7}}));
    QCOMPARE(moved->after, (QList<Membership>{{GroupId(QStringLiteral("aftersales")), 7}}));
    QCOMPARE(h.router->groupStatistics(GroupId(QStringLiteral("presales")))->agents(AgentState::Offered), 0);
    QCOMPARE(h.router->groupStatistics(GroupId(QStringLiteral("aftersales")))->agents(AgentState::Offered), 1);
    QCOMPARE(h.router->moveAgent(AgentId(QStringLiteral("a")), GroupId(QStringLiteral("presales")),
                                 GroupId(QStringLiteral("aftersales")), QStringLiteral("x")).error().code, ErrorCode::Conflict);
}

void TestStatistics::proficiencyChangeReordersHighestProficiency()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g"), SelectionStrategy::HighestProficiency)
                        .agent(QStringLiteral("a"), {"g:5"}).agent(QStringLiteral("b"), {"g:6"}).build());
    h.login(QStringLiteral("a"));
    h.login(QStringLiteral("b"));
    QVERIFY(h.router->setProficiency(AgentId(QStringLiteral("a")), GroupId(QStringLiteral("g")), 9, QStringLiteral("sup")).ok());
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("a"));
    QCOMPARE(h.router->setProficiency(AgentId(QStringLiteral("a")), GroupId(QStringLiteral("g")), 11, QStringLiteral("sup")).error().code,
             ErrorCode::InvalidArgument);
}

void TestStatistics::replacingTheConfigurationValidatesFirst()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    auto bad = h.router->config();
    Rule r;
    r.id = QStringLiteral("r");
    r.action.targets = {GroupId(QStringLiteral("nope"))};
    bad.rules.append(r);
    const auto s = h.router->replaceConfiguration(bad, QStringLiteral("admin"));
    QVERIFY(!s);
    QCOMPARE(s.error().field, QStringLiteral("rules[0].action.targets[0]"));
    QVERIFY(h.router->config().rules.isEmpty());  // the running configuration is untouched
    QCOMPARE(h.events.count<ConfigurationReplaced>(), 0);

    auto removesGroup = h.router->config();
    removesGroup.groups.clear();
    QVERIFY(!h.router->replaceConfiguration(removesGroup, QStringLiteral("admin")));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
