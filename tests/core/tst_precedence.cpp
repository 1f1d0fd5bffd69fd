// The precedence chain: dedicated agent, last agent, skill group, overflow groups; bad ratings.
#include "sitebuilder.h"

#include <QTest>

using namespace baton::core;
using namespace baton::test;

class TestPrecedence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dedicatedAgentFirst();
    void dedicatedBusyWaitsThenLastAgentThenGroup();
    void offlineDedicatedIsSkippedAtOnce();
    void dedicatedBecomingFreeTakesItsCustomerFirst();
    void lastAgentBeyondLookbackIsSkipped();
    void badlyRatedAgentsAreNeverOffered();
    void overflowStepsWidenTheAgentsInTurn();
    void maximumWaitLeavesForFallback();
    void humanOnlyNeverFallsBackToTheBot();
    void longWaitRaisesAndClearsAnAlert();

private:
    static SiteConfig site()
    {
        return SiteBuilder()
            .group(QStringLiteral("main")).overflow(QStringLiteral("flex"), 60).overflow(QStringLiteral("backup"), 120)
            .group(QStringLiteral("flex")).group(QStringLiteral("backup"))
            .agent(QStringLiteral("zhangmin"), {"main"}).agent(QStringLiteral("liqiang"), {"main"})
            .agent(QStringLiteral("wangfang"), {"main"}).agent(QStringLiteral("flex1"), {"flex"})
            .agent(QStringLiteral("backup1"), {"backup"})
            .precedence(20, 10)
            .build();
    }
    static ContactRequest customer(const QString &dedicated, const QString &last)
    {
        ContactRequest r;
        r.customer.id = CustomerId(QStringLiteral("c1"));
        r.customer.dedicatedAgent = AgentId(dedicated);
        r.history.lastAgent = AgentId(last);
        return r;
    }
    static void occupy(RouterHarness &h, const QString &agent)
    {
        h.login(agent);
        const ContactId c = h.arrive();
        QCOMPARE(h.offeredTo(agent), c);
        QVERIFY(h.router->accept(AgentId(agent), c).ok());
    }
};

void TestPrecedence::dedicatedAgentFirst()
{
    RouterHarness h(site());
    h.login(QStringLiteral("liqiang"));
    h.advance(5);
    h.login(QStringLiteral("zhangmin"));  // less idle, but dedicated
    h.arrive(customer(QStringLiteral("zhangmin"), QStringLiteral("liqiang")));
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("zhangmin"));
}

void TestPrecedence::dedicatedBusyWaitsThenLastAgentThenGroup()
{
    RouterHarness h(site());
    occupy(h, QStringLiteral("zhangmin"));
    occupy(h, QStringLiteral("liqiang"));
    h.login(QStringLiteral("wangfang"), false);
    const ContactId c = h.arrive(customer(QStringLiteral("zhangmin"), QStringLiteral("liqiang")));
    h.login(QStringLiteral("wangfang"));
    // wangfang is free, but the customer waits for the dedicated agent first.
    QVERIFY(!h.offeredTo(QStringLiteral("wangfang")).isValid());
    h.advance(19);
    QVERIFY(!h.offeredTo(QStringLiteral("wangfang")).isValid());
    h.advance(1);  // dedicated wait over: now the last agent, for 10 s
    QVERIFY(!h.offeredTo(QStringLiteral("wangfang")).isValid());
    h.advance(10);
    QCOMPARE(h.offeredTo(QStringLiteral("wangfang")), c);
    const QString trace = h.events.last<OfferMade>()->trace.toText();
    QVERIFY2(trace.contains(QStringLiteral("dedicated agent zhangmin busy, waited 20 s")), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("last agent liqiang busy, waited 30 s")), qPrintable(trace));
    QVERIFY2(trace.contains(QStringLiteral("queued in skill group main")), qPrintable(trace));
}

void TestPrecedence::offlineDedicatedIsSkippedAtOnce()
{
    RouterHarness h(site());
    h.login(QStringLiteral("wangfang"));
    h.arrive(customer(QStringLiteral("zhangmin"), QString()));
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("wangfang"));
    QVERIFY(h.events.last<OfferMade>()->trace.toText().contains(QStringLiteral("dedicated agent zhangmin is offline, skipped")));
}

void TestPrecedence::dedicatedBecomingFreeTakesItsCustomerFirst()
{
    RouterHarness h(site());
    occupy(h, QStringLiteral("zhangmin"));
    const ContactId other = h.arrive();  // an earlier ordinary contact, waiting in the group
    const ContactId mine = h.arrive(customer(QStringLiteral("zhangmin"), QString()));
    h.advance(5);
    QVERIFY(h.router->endContact(h.router->agentStatus(AgentId(QStringLiteral("zhangmin")))->active.first()).ok());
    QCOMPARE(h.offeredTo(QStringLiteral("zhangmin")), mine);
    Q_UNUSED(other);
}

void TestPrecedence::lastAgentBeyondLookbackIsSkipped()
{
    RouterHarness h(site());
    occupy(h, QStringLiteral("liqiang"));
    h.login(QStringLiteral("wangfang"));
    ContactRequest r = customer(QString(), QStringLiteral("liqiang"));
    r.history.lastServedUtc = h.clock.utcNow().addDays(-45);
    h.arrive(r);
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("wangfang"));
    QVERIFY(h.events.last<OfferMade>()->trace.toText().contains(QStringLiteral("45 days ago")));
}

void TestPrecedence::badlyRatedAgentsAreNeverOffered()
{
    RouterHarness h(site());
    h.login(QStringLiteral("zhangmin"));
    h.advance(1);
    h.login(QStringLiteral("liqiang"));
    ContactRequest r = customer(QStringLiteral("zhangmin"), QStringLiteral("liqiang"));
    r.history.worstRatings.insert(AgentId(QStringLiteral("zhangmin")), 1);
    r.history.worstRatings.insert(AgentId(QStringLiteral("liqiang")), 3);  // above the threshold of 2
    const ContactId c = h.arrive(r);
    QCOMPARE(h.offeredTo(QStringLiteral("liqiang")), c);
    QVERIFY(h.router->decline(AgentId(QStringLiteral("liqiang")), c).ok());
    // zhangmin is free and idle longest, yet never gets it; it waits for someone else.
    QVERIFY(!h.offeredTo(QStringLiteral("zhangmin")).isValid());
    h.advance(200);  // through every overflow step and retry
    for (const auto &o : h.events.of<OfferMade>())
        QVERIFY(o.agent != AgentId(QStringLiteral("zhangmin")) || o.contact != c);
    const QString trace = h.router->queueStatus(c)->trace.toText();
    QVERIFY2(trace.contains(QStringLiteral("zhangmin rated 1★ by this customer, excluded")), qPrintable(trace));
}

void TestPrecedence::overflowStepsWidenTheAgentsInTurn()
{
    RouterHarness h(site());
    h.login(QStringLiteral("flex1"));
    h.login(QStringLiteral("backup1"));
    const ContactId c = h.arrive();
    QVERIFY(!h.offeredTo(QStringLiteral("flex1")).isValid());
    h.advance(60);
    QCOMPARE(h.offeredTo(QStringLiteral("flex1")), c);
    const auto overflow = h.events.last<ContactOverflowed>();
    QVERIFY(overflow && overflow->toGroup);
    QCOMPARE(*overflow->toGroup, GroupId(QStringLiteral("flex")));
    QVERIFY(h.router->decline(AgentId(QStringLiteral("flex1")), c).ok());
    h.advance(60);
    QCOMPARE(h.offeredTo(QStringLiteral("backup1")), c);
    // The home group keeps the contact too: its own agent may still take it.
    QCOMPARE(h.router->queueStatus(c)->group, GroupId(QStringLiteral("main")));
}

void TestPrecedence::maximumWaitLeavesForFallback()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).maxWait(300, FallbackAction::Message)
                        .agent(QStringLiteral("a"), {"g"}).build());
    const ContactId c = h.arrive();
    h.advance(300);
    const auto out = h.events.last<ContactOverflowed>();
    QVERIFY(out);
    QCOMPARE(out->contact, c);
    QCOMPARE(*out->action, FallbackAction::Message);
    QVERIFY(!h.router->queueStatus(c));
    QCOMPARE(h.router->groupStatistics(GroupId(QStringLiteral("g")))->overflowedOut, 1);
}

void TestPrecedence::humanOnlyNeverFallsBackToTheBot()
{
    SiteBuilder b;
    b.group(QStringLiteral("g")).maxWait(60, FallbackAction::Bot).agent(QStringLiteral("a"), {"g"});
    b.config().defaultRoute.mode = ReceptionMode::HumanOnly;
    RouterHarness h(b.build());
    h.arrive();
    h.advance(60);
    QCOMPARE(*h.events.last<ContactOverflowed>()->action, FallbackAction::Callback);
}

void TestPrecedence::longWaitRaisesAndClearsAnAlert()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    const ContactId c = h.arrive();
    h.advance(299);
    QCOMPARE(h.events.count<AlertRaised>(), 0);
    h.advance(1);  // the default threshold: 5 minutes
    QCOMPARE(h.events.count<AlertRaised>(), 1);
    QCOMPARE(h.events.last<AlertRaised>()->waited, Duration(std::chrono::minutes(5)));
    h.login(QStringLiteral("a"));
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a")), c).ok());
    QCOMPARE(h.events.count<AlertCleared>(), 1);
}

QTEST_GUILESS_MAIN(TestPrecedence)
#include "tst_precedence.moc"
