// VIP levels, silent queue jumping, aging, and the true order supervisors see.
#include "groupqueue.h"
#include "sitebuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace baton::core;
using namespace baton::test;

class TestSilentQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void higherLevelsAreServedFirstFifoWithinLevel();
    void toldPositionCountsOnlyOwnLevel();
    void toldPositionNeverIncreasesWhenHigherLevelsArrive();
    void supervisorsSeeTheTrueOrder();
    void agingRisesToTheCeilingThenFirstComeFirstServed();
    void trueAheadMatchesBruteForce_data();
    void trueAheadMatchesBruteForce();
    void supervisorRaisesALevel();
};

void TestSilentQueue::higherLevelsAreServedFirstFifoWithinLevel()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    const ContactId low1 = h.arrive(requestAtLevel(0));
    h.advance(1);
    const ContactId high = h.arrive(requestAtLevel(7));
    h.advance(1);
    const ContactId low2 = h.arrive(requestAtLevel(0));
    const ContactId mid = h.arrive(requestAtLevel(3));
    h.login(QStringLiteral("a"));
    QList<ContactId> served;
    for (int i = 0; i < 4; ++i) {
        const ContactId c = h.offeredTo(QStringLiteral("a"));
        served.append(c);
        QVERIFY(h.router->accept(AgentId(QStringLiteral("a")), c).ok());
        QVERIFY(h.router->endContact(c).ok());
    }
    QCOMPARE(served, (QList<ContactId>{high, mid, low1, low2}));
}

void TestSilentQueue::toldPositionCountsOnlyOwnLevel()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    const ContactId l0a = h.arrive(requestAtLevel(0));
    const ContactId l0b = h.arrive(requestAtLevel(0));
    const ContactId vip = h.arrive(requestAtLevel(8));
    QCOMPARE(h.router->queueStatus(l0a)->position, 1);
    QCOMPARE(h.router->queueStatus(l0b)->position, 2);
    QCOMPARE(h.router->queueStatus(vip)->position, 1);
    // The truth: the VIP will be served before both.
    QCOMPARE(h.router->queueStatus(vip)->ahead, 0);
    QCOMPARE(h.router->queueStatus(l0a)->ahead, 1);
    QCOMPARE(h.router->queueStatus(l0b)->ahead, 2);
    // The position given at arrival is the told one.
    QCOMPARE(h.events.of<ContactQueued>().last().position, 1);
}

void TestSilentQueue::toldPositionNeverIncreasesWhenHigherLevelsArrive()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    h.arrive(requestAtLevel(2));
    const ContactId me = h.arrive(requestAtLevel(2));
    QCOMPARE(h.router->queueStatus(me)->position, 2);
    const long long aheadBefore = h.router->queueStatus(me)->ahead;
    for (int i = 0; i < 5; ++i)
        h.arrive(requestAtLevel(9));
    QCOMPARE(h.router->queueStatus(me)->position, 2);
    QCOMPARE(h.router->queueStatus(me)->ahead, aheadBefore + 5);
    // Every join was signalled, so a host knows when to re-announce.
    QCOMPARE(h.events.count<QueueChanged>(), 7);
    QCOMPARE(h.events.last<QueueChanged>()->waiting, 7);
    // Its estimated wait does reflect the contacts really ahead of it.
    h.login(QStringLiteral("a"));
    QVERIFY(h.router->queueStatus(me)->estimatedWait.has_value());
}

void TestSilentQueue::supervisorsSeeTheTrueOrder()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    const ContactId a = h.arrive(requestAtLevel(1));
    const ContactId b = h.arrive(requestAtLevel(5));
    const ContactId c = h.arrive(requestAtLevel(1));
    const ContactId d = h.arrive(requestAtLevel(10));
    const auto list = h.router->waitingContacts(GroupId(QStringLiteral("g")));
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].contact, d);
    QCOMPARE(list[1].contact, b);
    QCOMPARE(list[2].contact, a);
    QCOMPARE(list[3].contact, c);
    QCOMPARE(list[3].position, 2);
}

void TestSilentQueue::agingRisesToTheCeilingThenFirstComeFirstServed()
{
    // +1 level per 60 s, up to effective level 3.
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).alertAfter(3600).agent(QStringLiteral("a"), {"g"}).aging(60, 3).build());
    const ContactId old0 = h.arrive(requestAtLevel(0));
    h.advance(130);  // old0 is now effectively level 2
    const ContactId new1 = h.arrive(requestAtLevel(1));
    const ContactId new3 = h.arrive(requestAtLevel(3));
    QCOMPARE(h.router->queueStatus(old0)->effectiveLevel, 2);
    QCOMPARE(h.router->queueStatus(new3)->ahead, 0);
    QCOMPARE(h.router->queueStatus(old0)->ahead, 1);
    QCOMPARE(h.router->queueStatus(new1)->ahead, 2);
    h.advance(600);  // all three have reached the ceiling: now they go in arrival order
    QCOMPARE(h.router->queueStatus(old0)->effectiveLevel, 3);
    QCOMPARE(h.router->queueStatus(new1)->effectiveLevel, 3);
    QCOMPARE(h.router->queueStatus(new3)->effectiveLevel, 3);
    const ContactId fresh3 = h.arrive(requestAtLevel(3));
    const ContactId fresh2 = h.arrive(requestAtLevel(2));
    const ContactId fresh9 = h.arrive(requestAtLevel(9));  // above the ceiling: still first
    QCOMPARE(h.router->queueStatus(fresh9)->ahead, 0);
    QCOMPARE(h.router->queueStatus(old0)->ahead, 1);
    QCOMPARE(h.router->queueStatus(new1)->ahead, 2);
    QCOMPARE(h.router->queueStatus(new3)->ahead, 3);
    QCOMPARE(h.router->queueStatus(fresh3)->ahead, 4);
    QCOMPARE(h.router->queueStatus(fresh2)->ahead, 5);
    // The told positions are untouched by all this: own level only.
    QCOMPARE(h.router->queueStatus(fresh3)->position, 2);
    h.login(QStringLiteral("a"));
    QList<ContactId> served;
    for (int i = 0; i < 6; ++i) {
        const ContactId c = h.offeredTo(QStringLiteral("a"));
        served.append(c);
        QVERIFY(h.router->accept(AgentId(QStringLiteral("a")), c).ok());
        QVERIFY(h.router->endContact(c).ok());
    }
    QCOMPARE(served, (QList<ContactId>{fresh9, old0, new1, new3, fresh3, fresh2}));
}

void TestSilentQueue::trueAheadMatchesBruteForce_data()
{
    QTest::addColumn<bool>("aging");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("no-aging-%u", seed) << false << seed;
        QTest::addRow("aging-%u", seed) << true << seed;
    }
}

void TestSilentQueue::trueAheadMatchesBruteForce()
{
    QFETCH(bool, aging);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    AgingPolicy policy{aging, std::chrono::seconds(30), 7};
    GroupQueue q;
    struct Entry {
        int level;
        QueueKey key;
    };
    std::vector<Entry> entries;
    std::int64_t t = 0;
    for (std::uint64_t seq = 1; seq <= 300; ++seq) {
        t += rng.bounded(20000);
        const int level = static_cast<int>(rng.bounded(11));
        const QueueKey key{t, seq};
        entries.push_back({level, key});
        q.addHome(Channel::Voice, level, key);
    }
    const TimePoint now{Duration(t + 5000)};
    auto eff = [&](const Entry &e) { return effectiveLevel(e.level, now - TimePoint(Duration(e.key.arrivalMs)), policy); };
    for (const Entry &me : entries) {
        long long expected = 0;
        for (const Entry &other : entries) {
            if (other.key == me.key)
                continue;
            if (eff(other) > eff(me) || (eff(other) == eff(me) && other.key < me.key))
                ++expected;
        }
        QCOMPARE(q.trueAhead(Channel::Voice, me.level, me.key, now, policy), expected);
    }
}

void TestSilentQueue::supervisorRaisesALevel()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a"), {"g"}).build());
    const ContactId first = h.arrive(requestAtLevel(0));
    const ContactId second = h.arrive(requestAtLevel(0));
    QVERIFY(h.router->setContactLevel(second, 6, QStringLiteral("supervisor wang")).ok());
    QCOMPARE(h.router->queueStatus(second)->vipLevel, 6);
    QCOMPARE(h.router->queueStatus(second)->ahead, 0);
    QCOMPARE(h.router->queueStatus(first)->position, 1);
    h.login(QStringLiteral("a"));
    QCOMPARE(h.offeredTo(QStringLiteral("a")), second);
    QVERIFY(h.events.last<OfferMade>()->trace.toText().contains(QStringLiteral("level set to 6 by supervisor wang")));
}

QTEST_GUILESS_MAIN(TestSilentQueue)
#include "tst_silentqueue.moc"
