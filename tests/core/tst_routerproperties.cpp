// Property tests: random (seeded) event sequences against the router, checking after every
// step the invariants the product promises — no double offer, no capacity overrun, no lost
// contact, silent-queue positions that never increase, FIFO within a level when aging is off,
// priority order, and no agent left idle while a contact it may take is waiting.
#include "sitebuilder.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <map>

using namespace baton::core;
using namespace baton::test;
using namespace std::chrono_literals;

class TestRouterProperties : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomEventsKeepInvariants_data();
    void randomEventsKeepInvariants();
    void singleGroupServesInPriorityOrder_data();
    void singleGroupServesInPriorityOrder();
};

namespace {

constexpr int kSteps = 1500;

QString agentName(int i) { return QStringLiteral("a%1").arg(i); }

// Drives a router with random commands; what happened is read back from the events.
struct Driver {
    RouterHarness &h;
    QRandomGenerator rng;
    int agents;
    QSet<ContactId> inSystem;  // queued and not yet gone (abandoned, overflowed out, ended)
    std::map<ContactId, int> lastPosition;
    std::size_t seen = 0;

    Driver(RouterHarness &harness, quint32 seed, int agentCount) : h(harness), rng(seed), agents(agentCount) {}

    ContactId randomIn(const QSet<ContactId> &set)
    {
        if (set.isEmpty())
            return {};
        auto it = set.begin();
        std::advance(it, rng.bounded(static_cast<int>(set.size())));
        return *it;
    }

    // Updates the mirror from the events since the last call.
    void absorbEvents()
    {
        const auto &all = h.events.all();
        for (; seen < all.size(); ++seen) {
            const Event &e = all[seen];
            if (const auto *q = std::get_if<ContactQueued>(&e)) {
                inSystem.insert(q->contact);
            } else if (const auto *a = std::get_if<ContactAbandoned>(&e)) {
                QVERIFY(inSystem.remove(a->contact));
                lastPosition.erase(a->contact);
            } else if (const auto *o = std::get_if<ContactOverflowed>(&e)) {
                if (o->action) {
                    QVERIFY(inSystem.remove(o->contact));
                    lastPosition.erase(o->contact);
                }
            } else if (const auto *t = std::get_if<ContactTransferred>(&e)) {
                lastPosition.erase(t->contact);  // a new queue entry: its position starts afresh
            } else if (const auto *r = std::get_if<ContactRouted>(&e)) {
                lastPosition.erase(r->contact);
            }
        }
    }

    void endContact(ContactId c)
    {
        QVERIFY(h.router->endContact(c).ok());
        absorbEvents();
        // A transfer keeps the contact; a plain end removes it.
        QVERIFY(inSystem.remove(c));
    }

    void checkInvariants()
    {
        absorbEvents();
        QSet<ContactId> offered;
        QSet<ContactId> active;
        for (int i = 0; i < agents; ++i) {
            const auto s = h.router->agentStatus(AgentId(agentName(i)));
            QVERIFY(s);
            for (int ch = 0; ch < kChannelCount; ++ch)
                QVERIFY2(s->load[ch] <= s->capacity[ch], qPrintable(QStringLiteral("%1 over capacity").arg(agentName(i))));
            if (s->offered.isValid()) {
                QVERIFY2(!offered.contains(s->offered), "a contact is offered to two agents");
                offered.insert(s->offered);
                const auto q = h.router->queueStatus(s->offered);
                QVERIFY(q && q->offered && q->offeredTo == s->id);
                QVERIFY(s->load[static_cast<std::size_t>(q->channel)] < s->capacity[static_cast<std::size_t>(q->channel)]);
            }
            for (ContactId c : s->active) {
                QVERIFY2(!active.contains(c), "a contact is handled by two agents");
                active.insert(c);
            }
        }
        int waiting = 0;
        for (ContactId c : inSystem) {
            const auto q = h.router->queueStatus(c);
            const bool isActive = active.contains(c);
            QVERIFY2(bool(q) != isActive, qPrintable(QStringLiteral("contact %1 is lost or in two places").arg(c.value())));
            if (q) {
                ++waiting;
                const auto last = lastPosition.find(c);
                if (last != lastPosition.end())
                    QVERIFY2(q->position <= last->second,
                             qPrintable(QStringLiteral("told position of %1 rose %2 → %3").arg(c.value()).arg(last->second).arg(q->position)));
                lastPosition[c] = q->position;
            }
        }
        QCOMPARE(h.router->waitingCount(), waiting);
        QCOMPARE(h.router->activeContactCount(), static_cast<int>(inSystem.size()));
    }
};

}  // namespace

void TestRouterProperties::randomEventsKeepInvariants_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("aging");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u%s", seed, seed % 2 ? "" : " aging") << seed << (seed % 2 == 0);
}

void TestRouterProperties::randomEventsKeepInvariants()
{
    QFETCH(quint32, seed);
    QFETCH(bool, aging);
    SiteBuilder b;
    b.group(QStringLiteral("pre")).overflow(QStringLiteral("flex"), 30).maxWait(400).wrapUp(5)
        .group(QStringLiteral("post"), SelectionStrategy::HighestProficiency).overflow(QStringLiteral("flex"), 45).wrapUp(8)
        .group(QStringLiteral("flex"), SelectionStrategy::RoundRobin)
        .agent(agentName(0), {"pre:6"}).agent(agentName(1), {"pre:8", "post:3"}, 1, 3)
        .agent(agentName(2), {"post:9"}).agent(agentName(3), {"post:5", "flex:5"}, 0, 5)
        .agent(agentName(4), {"flex"}).agent(agentName(5), {"pre", "post", "flex"}, 1, 2)
        .acceptTimeout(12, true, seed % 3 == 0).precedence(8, 5);
    if (aging)
        b.aging(20, 3);
    Rule post;
    post.id = QStringLiteral("post");
    post.match.businesses = {QStringLiteral("post")};
    post.action.targets = {GroupId(QStringLiteral("post"))};
    b.rule(post);
    constexpr int kAgents = 6;
    RouterHarness h(b.build());
    Driver d(h, seed, kAgents);

    for (int step = 0; step < kSteps; ++step) {
        const int dice = static_cast<int>(d.rng.bounded(100));
        const QString agent = agentName(static_cast<int>(d.rng.bounded(kAgents)));
        const auto status = h.router->agentStatus(AgentId(agent));
        if (dice < 22) {
            ContactRequest r = requestAtLevel(static_cast<int>(d.rng.bounded(11)), d.rng.bounded(3) == 0 ? Channel::Chat : Channel::Voice);
            r.business = d.rng.bounded(2) ? QStringLiteral("post") : QStringLiteral("pre");
            if (d.rng.bounded(4) == 0)
                r.customer.dedicatedAgent = AgentId(agentName(static_cast<int>(d.rng.bounded(kAgents))));
            if (d.rng.bounded(4) == 0)
                r.history.lastAgent = AgentId(agentName(static_cast<int>(d.rng.bounded(kAgents))));
            if (d.rng.bounded(5) == 0)
                r.history.worstRatings.insert(AgentId(agentName(static_cast<int>(d.rng.bounded(kAgents)))), 1);
            h.arrive(r);
        } else if (dice < 30) {
            const ContactId c = d.randomIn(d.inSystem);
            if (c.isValid() && h.router->queueStatus(c))
                QVERIFY(h.router->abandon(c).ok());
        } else if (dice < 45) {
            if (status->offered.isValid())
                QVERIFY(h.router->accept(AgentId(agent), status->offered).ok());
        } else if (dice < 50) {
            if (status->offered.isValid())
                QVERIFY(h.router->decline(AgentId(agent), status->offered).ok());
        } else if (dice < 62) {
            if (!status->active.isEmpty())
                d.endContact(status->active[static_cast<int>(d.rng.bounded(static_cast<int>(status->active.size())))]);
        } else if (dice < 66) {
            if (!status->wrapping.isEmpty())
                QVERIFY(h.router->finishWrapUp(AgentId(agent), status->wrapping.first()).ok());
        } else if (dice < 76) {
            const int p = static_cast<int>(d.rng.bounded(10));
            const Presence presence = p < 6 ? Presence::Ready : (p < 9 ? Presence::NotReady : Presence::Offline);
            QVERIFY(h.router->setPresence(AgentId(agent), presence, QStringLiteral("break")).ok());
        } else if (dice < 79) {
            static const char *const kGroups[] = {"pre", "post", "flex"};
            QList<Membership> groups;
            for (const char *g : kGroups) {
                if (d.rng.bounded(2))
                    groups.append(Membership{GroupId(QLatin1String(g)), 1 + static_cast<int>(d.rng.bounded(10))});
            }
            QVERIFY(h.router->setMemberships(AgentId(agent), groups, QStringLiteral("sup")).ok());
        } else if (dice < 81) {
            if (!status->active.isEmpty()) {
                TransferTarget t;
                t.group = GroupId(d.rng.bounded(2) ? QStringLiteral("flex") : QStringLiteral("post"));
                QVERIFY(h.router->transfer(AgentId(agent), status->active.first(), t, QStringLiteral("note")).ok());
            }
        } else {
            h.advanceMs(d.rng.bounded(8000));
        }
        d.checkInvariants();
        if (QTest::currentTestFailed()) {
            qWarning("failed at step %d (seed %u)", step, seed);
            return;
        }
    }
}

void TestRouterProperties::singleGroupServesInPriorityOrder_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 100; seed < 110; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

namespace {

// Checks each offer at the moment it is made: it must go to the best contact that agent may
// take (highest level, then earliest arrival), skipping only contacts it passed on recently.
class PriorityChecker final : public EventSink {
public:
    PriorityChecker(RouterHarness &h) : m_h(h) {}

    std::map<ContactId, std::pair<int, TimePoint>> meta;        // level and arrival
    std::map<std::pair<ContactId, int>, TimePoint> passedUntil; // agent passed on contact until
    QString failure;

    bool passed(ContactId c, int agent) const
    {
        const auto it = passedUntil.find({c, agent});
        return it != passedUntil.end() && it->second > m_h.clock.now();
    }

    void onEvent(const Event &e) override
    {
        m_h.events.onEvent(e);
        if (const auto *ended = std::get_if<OfferEnded>(&e)) {
            if (ended->how != OfferEnd::Withdrawn)
                passedUntil[{ended->contact, ended->agent.value().mid(1).toInt()}] = m_h.clock.now() + 30s;
        }
        const auto *offer = std::get_if<OfferMade>(&e);
        if (!offer || !failure.isEmpty())
            return;
        const int a = offer->agent.value().mid(1).toInt();
        const auto [level, arrival] = meta.at(offer->contact);
        for (const auto &w : m_h.router->waitingContacts(GroupId(QStringLiteral("g")))) {
            if (w.offered || w.contact == offer->contact || passed(w.contact, a))
                continue;
            const auto [wl, wa] = meta.at(w.contact);
            if (wl > level || (wl == level && wa < arrival)) {
                failure = QStringLiteral("%1 offered contact %2 (level %3) while %4 (level %5) waited longer")
                              .arg(offer->agent.value()).arg(offer->contact.value()).arg(level).arg(w.contact.value()).arg(wl);
            }
        }
    }

private:
    RouterHarness &m_h;
};

}  // namespace

void TestRouterProperties::singleGroupServesInPriorityOrder()
{
    QFETCH(quint32, seed);
    constexpr int kAgents = 4;
    SiteBuilder b;
    b.group(QStringLiteral("g")).wrapUp(3).acceptTimeout(10, false, false);
    for (int i = 0; i < kAgents; ++i)
        b.agent(agentName(i), {"g"});
    RouterHarness h(b.build());
    PriorityChecker checker(h);
    h.router->setEventSink(&checker);
    Driver d(h, seed, kAgents);

    for (int step = 0; step < kSteps; ++step) {
        const int dice = static_cast<int>(d.rng.bounded(100));
        const QString agent = agentName(static_cast<int>(d.rng.bounded(kAgents)));
        const auto status = h.router->agentStatus(AgentId(agent));
        if (dice < 30) {
            const int level = static_cast<int>(d.rng.bounded(4)) * 3;  // 0, 3, 6, 9
            // The id is known before the arrival's events fire: ids count up from 1.
            checker.meta[ContactId(static_cast<std::uint64_t>(checker.meta.size() + 1))] = {level, h.clock.now()};
            h.arrive(requestAtLevel(level));
        } else if (dice < 36) {
            const ContactId c = d.randomIn(d.inSystem);
            if (c.isValid() && h.router->queueStatus(c))
                QVERIFY(h.router->abandon(c).ok());
        } else if (dice < 55) {
            if (status->offered.isValid())
                QVERIFY(h.router->accept(AgentId(agent), status->offered).ok());
        } else if (dice < 60) {
            if (status->offered.isValid())
                QVERIFY(h.router->decline(AgentId(agent), status->offered).ok());
        } else if (dice < 72) {
            if (!status->active.isEmpty())
                d.endContact(status->active.first());
        } else if (dice < 80) {
            QVERIFY(h.router->setPresence(AgentId(agent), d.rng.bounded(3) ? Presence::Ready : Presence::NotReady).ok());
        } else {
            h.advanceMs(d.rng.bounded(6000));
        }
        QVERIFY2(checker.failure.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(checker.failure)));

        // Work conservation: nobody free while a contact they may take is waiting.
        for (int i = 0; i < kAgents; ++i) {
            if (h.router->agentStatus(AgentId(agentName(i)))->state != AgentState::Available)
                continue;
            for (const auto &w : h.router->waitingContacts(GroupId(QStringLiteral("g")))) {
                QVERIFY2(w.offered || checker.passed(w.contact, i),
                         qPrintable(QStringLiteral("step %1: %2 idle while contact %3 waits").arg(step).arg(agentName(i)).arg(w.contact.value())));
            }
        }
        d.checkInvariants();
        if (QTest::currentTestFailed()) {
            qWarning("failed at step %d (seed %u)", step, seed);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestRouterProperties)
#include "tst_routerproperties.moc"
