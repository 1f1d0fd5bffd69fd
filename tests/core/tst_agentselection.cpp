// Agent selection strategies per group, and fairness for agents in several groups.
#include "sitebuilder.h"

#include <QTest>

using namespace baton::core;
using namespace baton::test;

class TestAgentSelection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longestIdle();
    void fewestContactsToday();
    void roundRobin();
    void highestProficiencyTiesByLongestIdle();
    void agentInSeveralGroupsTakesHighestLevelThenLongestWaitShare();

private:
    static void serve(RouterHarness &h, const QString &agent)
    {
        const ContactId c = h.offeredTo(agent);
        QVERIFY(c.isValid());
        QVERIFY(h.router->accept(AgentId(agent), c).ok());
        QVERIFY(h.router->endContact(c).ok());
    }
};

void TestAgentSelection::longestIdle()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g"))
                        .agent(QStringLiteral("a"), {"g"}).agent(QStringLiteral("b"), {"g"}).agent(QStringLiteral("c"), {"g"}).build());
    h.login(QStringLiteral("b"));
    h.advance(1);
    h.login(QStringLiteral("c"));
    h.advance(1);
    h.login(QStringLiteral("a"));
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("b"));
    serve(h, QStringLiteral("b"));  // b is idle again, but only just
    h.advance(1);
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("c"));
}

void TestAgentSelection::fewestContactsToday()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g"), SelectionStrategy::FewestContactsToday)
                        .agent(QStringLiteral("a"), {"g"}).agent(QStringLiteral("b"), {"g"}).build());
    h.login(QStringLiteral("a"));
    h.arrive();
    serve(h, QStringLiteral("a"));
    h.arrive();
    serve(h, QStringLiteral("a"));
    h.advance(5);
    h.login(QStringLiteral("b"));  // b is the most recently idle but has served nobody
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("b"));
    QCOMPARE(h.router->agentStatus(AgentId(QStringLiteral("a")))->contactsToday, 2);
}

void TestAgentSelection::roundRobin()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g"), SelectionStrategy::RoundRobin)
                        .agent(QStringLiteral("a"), {"g"}).agent(QStringLiteral("b"), {"g"}).agent(QStringLiteral("c"), {"g"}).build());
    for (const char *a : {"a", "b", "c"})
        h.login(QString::fromLatin1(a));
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        h.arrive();
        order.append(h.lastOfferAgent());
        serve(h, h.lastOfferAgent());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestAgentSelection::highestProficiencyTiesByLongestIdle()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g"), SelectionStrategy::HighestProficiency)
                        .agent(QStringLiteral("novice"), {"g:3"}).agent(QStringLiteral("expert1"), {"g:9"})
                        .agent(QStringLiteral("expert2"), {"g:9"}).build());
    h.login(QStringLiteral("novice"));
    h.advance(1);
    h.login(QStringLiteral("expert2"));
    h.advance(1);
    h.login(QStringLiteral("expert1"));
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("expert2"));
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("expert1"));
    h.arrive();
    QCOMPARE(h.lastOfferAgent(), QStringLiteral("novice"));
}

void TestAgentSelection::agentInSeveralGroupsTakesHighestLevelThenLongestWaitShare()
{
    // Group "fast" promises 10 s, "slow" 60 s. The shared agent takes the contact that has used
    // the larger share of its promise, unless another has a higher VIP level.
    SiteBuilder b;
    b.group(QStringLiteral("fast")).serviceLevel(10).group(QStringLiteral("slow")).serviceLevel(60)
        .agent(QStringLiteral("shared"), {"fast", "slow"});
    Rule toSlow;
    toSlow.id = QStringLiteral("slow");
    toSlow.match.businesses = {QStringLiteral("slow")};
    toSlow.action.targets = {GroupId(QStringLiteral("slow"))};
    b.rule(toSlow);
    RouterHarness h(b.build());

    const ContactId slow = h.arrive(QStringLiteral("slow"));
    h.advance(20);  // slow: 20 s of 60 = 33 %
    const ContactId fast = h.arrive();
    h.advance(5);   // fast: 5 s of 10 = 50 %
    h.login(QStringLiteral("shared"));
    QCOMPARE(h.offeredTo(QStringLiteral("shared")), fast);
    QVERIFY(h.router->decline(AgentId(QStringLiteral("shared")), fast).ok());
    QCOMPARE(h.offeredTo(QStringLiteral("shared")), slow);
    QVERIFY(h.router->accept(AgentId(QStringLiteral("shared")), slow).ok());
    QVERIFY(h.router->endContact(slow).ok());

    // A VIP in the slow group beats any share of the fast group's promise.
    ContactRequest vip = requestAtLevel(5);
    vip.business = QStringLiteral("slow");
    const ContactId vipContact = h.arrive(vip);
    Q_UNUSED(fast);
    QCOMPARE(h.offeredTo(QStringLiteral("shared")), vipContact);
}

QTEST_GUILESS_MAIN(TestAgentSelection)
#include "tst_agentselection.moc"
