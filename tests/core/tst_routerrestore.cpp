// Recovery in the core: events fold into a snapshot, and a new router restored from it carries on
// where the old one stopped — queues in order, conversations and wrap-ups with their agents,
// offers made again, presence and groups kept.
#include "sitebuilder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace baton::core;
using namespace baton::test;
using namespace std::chrono_literals;

namespace {

const AgentId A1(QStringLiteral("a1"));
const AgentId A2(QStringLiteral("a2"));
const AgentId A3(QStringLiteral("a3"));
const GroupId G(QStringLiteral("g"));
const GroupId G2(QStringLiteral("g2"));

// A router with its journal glue: every record is kept, as a journal would.
struct Journaled {
    explicit Journaled(SiteConfig config, QDateTime utcStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : clock(utcStart)
        , sink(clock, tracker, [this](const JournalRecord &r) { records.push_back(r); }, &events)
    {
        auto created = Router::create(clock, std::move(config));
        if (!created)
            qFatal("invalid site: %s", qPrintable(created.error().toString()));
        router = std::move(created.value());
        router->setEventSink(&sink);
    }

    ContactId arrive(ContactRequest r = {})
    {
        auto out = router->contactArrived(r);
        if (!out)
            qFatal("arrival failed: %s", qPrintable(out.error().toString()));
        sink.arrived(out->contact, r);
        return out->contact;
    }
    void presence(const AgentId &a, Presence p, const QString &reason = {})
    {
        if (!router->setPresence(a, p, reason))
            qFatal("setPresence failed");
        sink.presenceSet(a, p, reason);
    }
    void advance(Duration d) { advanceRouter(*router, clock, d); }

    ManualClock clock;
    RouterStateTracker tracker;
    std::vector<JournalRecord> records;
    EventRecorder events;
    JournalingSink sink;
    std::unique_ptr<Router> router;
};

// A second process: a new router on the same site, `gap` after the first one stopped, restored
// from the snapshot.
std::unique_ptr<Journaled> restart(const Journaled &old, const SiteConfig &config, Duration gap,
                                   RestoreReport *report = nullptr)
{
    auto next = std::make_unique<Journaled>(config, old.clock.utcNow().addMSecs(gap.count()));
    next->tracker = RouterStateTracker(old.tracker.state());
    auto restored = next->router->restore(next->tracker.state());
    if (!restored)
        qFatal("restore failed: %s", qPrintable(restored.error().toString()));
    if (report)
        *report = restored.value();
    return next;
}

QList<ContactId> order(const Router &r, const GroupId &g)
{
    QList<ContactId> ids;
    for (const auto &s : r.waitingContacts(g))
        ids << s.contact;
    return ids;
}

}  // namespace

class TestRouterRestore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitingContactsKeepOrderLevelAndWaitedTime();
    void conversationsAndWrapUpsStayWithTheirAgents();
    void offersInFlightAreMadeAgain();
    void transferredContactWaitsWhereItWasSent();
    void aSupervisorMovesAWaitingContact();
    void presenceAndGroupsSurvive();
    void aContactGoesOnInAnotherChannel();
    void aChannelChangeKeepsTheRoutingPlanAndTheCapacity();
    void finishedContactsAreGone();
    void newContactIdsNeverRepeat();
    void restoreIsRefusedOnceRunningAndSkipsUnknownAgents();
    void replayingRecordsGivesTheSameSnapshot();
    void randomRunsRestoreConsistently();
    void experimentVariantsSurviveARestart();
};

void TestRouterRestore::waitingContactsKeepOrderLevelAndWaitedTime()
{
    const SiteConfig site = SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build();
    Journaled j(site);
    QList<ContactId> ids;
    for (int level : {0, 3, 0, 5, 3}) {
        ids << j.arrive(requestAtLevel(level));
        j.advance(2s);
    }
    QVERIFY(j.router->setContactLevel(ids[2], 7, QStringLiteral("supervisor")).ok());
    const QList<ContactId> before = order(*j.router, G);
    QCOMPARE(before.size(), 5);
    QCOMPARE(before.first(), ids[2]);  // raised to 7

    auto r = restart(j, site, 5s);
    QCOMPARE(order(*r->router, G), before);
    const auto s = r->router->queueStatus(ids[0]);
    QVERIFY(s);
    QCOMPARE(s->waited, Duration(10s + 5s));
    QCOMPARE(r->router->queueStatus(ids[2])->vipLevel, 7);
    QCOMPARE(r->router->queueStatus(ids[3])->vipLevel, 5);
    QVERIFY(s->trace.toText().contains(QStringLiteral("restarted")));
    QCOMPARE(r->events.count<ContactQueued>(), 0);  // not queued a second time
    QCOMPARE(r->router->groupStatistics(G)->waiting, 5);
}

void TestRouterRestore::conversationsAndWrapUpsStayWithTheirAgents()
{
    const SiteConfig site = SiteBuilder()
                                .group(QStringLiteral("g"))
                                .wrapUp(60)
                                .agent(QStringLiteral("a1"), {"g"})
                                .agent(QStringLiteral("a2"), {"g"})
                                .build();
    Journaled j(site);
    j.presence(A1, Presence::Ready);
    const ContactId c1 = j.arrive();
    QVERIFY(j.router->accept(A1, c1).ok());
    j.presence(A2, Presence::Ready);
    const ContactId c2 = j.arrive();
    QVERIFY(j.router->accept(A2, c2).ok());
    j.advance(30s);
    QVERIFY(j.router->endContact(c2).ok());
    j.advance(20s);
    const ContactId waiting = j.arrive();

    auto r = restart(j, site, 10s);
    const auto a1 = r->router->agentStatus(A1);
    QCOMPARE(a1->state, AgentState::Busy);
    QCOMPARE(a1->active, QList<ContactId>{c1});
    const auto a2 = r->router->agentStatus(A2);
    QCOMPARE(a2->state, AgentState::WrapUp);
    QCOMPARE(a2->wrapping, QList<ContactId>{c2});
    QCOMPARE(r->router->waitingCount(), 1);

    // 60 s of wrap-up from its start: 30 s are left (20 s before, 10 s of restart).
    r->advance(29s);
    QCOMPARE(r->router->agentStatus(A2)->state, AgentState::WrapUp);
    r->advance(1s);
    QCOMPARE(r->events.last<WrapUpFinished>()->contact, c2);
    QCOMPARE(r->router->agentStatus(A2)->offered, waiting);

    // The restored conversation ends normally.
    QVERIFY(r->router->endContact(c1).ok());
    QCOMPARE(r->router->agentStatus(A1)->wrapping, QList<ContactId>{c1});
}

void TestRouterRestore::offersInFlightAreMadeAgain()
{
    const SiteConfig site = SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build();
    Journaled j(site);
    j.presence(A1, Presence::Ready);
    const ContactId c = j.arrive();
    QCOMPARE(j.router->agentStatus(A1)->offered, c);

    auto r = restart(j, site, 3s);
    QCOMPARE(r->router->agentStatus(A1)->offered, c);
    QCOMPARE(r->events.count<OfferMade>(), 1);
    QVERIFY(r->router->accept(A1, c).ok());
    QCOMPARE(r->events.last<ContactRouted>()->waited, Duration(3s));
}

void TestRouterRestore::transferredContactWaitsWhereItWasSent()
{
    const SiteConfig site = SiteBuilder()
                                .group(QStringLiteral("g"))
                                .wrapUp(30)
                                .group(QStringLiteral("g2"))
                                .agent(QStringLiteral("a1"), {"g"})
                                .agent(QStringLiteral("a2"), {"g2"})
                                .build();
    Journaled j(site);
    j.presence(A1, Presence::Ready);
    const ContactId c = j.arrive();
    QVERIFY(j.router->accept(A1, c).ok());
    QVERIFY(j.router->transfer(A1, c, TransferTarget{G2, std::nullopt}, QStringLiteral("售后")).ok());

    const auto &snap = j.tracker.state();
    QCOMPARE(snap.contacts.size(), std::size_t(1));
    QCOMPARE(snap.contacts.at(c).home, G2);
    QCOMPARE(snap.wraps.size(), std::size_t(1));

    auto r = restart(j, site, 1s);
    QCOMPARE(order(*r->router, G2), QList<ContactId>{c});
    QCOMPARE(r->router->agentStatus(A1)->wrapping, QList<ContactId>{c});
    r->presence(A2, Presence::Ready);
    QCOMPARE(r->router->agentStatus(A2)->offered, c);
}

void TestRouterRestore::aSupervisorMovesAWaitingContact()
{
    // Two callers wait in g (nobody serves it); a supervisor moves the second to g2, where an agent
    // is ready: it is offered at once, keeps its level and waited time, and the move survives a
    // restart.
    SiteConfig site = SiteBuilder()
                          .group(QStringLiteral("g"))
                          .group(QStringLiteral("g2"))
                          .agent(QStringLiteral("a1"), {"g"})
                          .agent(QStringLiteral("a2"), {"g2"})
                          .build();
    Journaled j(site);
    const ContactId first = j.arrive(requestAtLevel(2));
    j.advance(30s);
    const ContactId second = j.arrive(requestAtLevel(4));
    j.advance(30s);
    QCOMPARE(j.router->moveContact(second, GroupId(QStringLiteral("nowhere")), QStringLiteral("boss")).error().code, ErrorCode::NotFound);
    QCOMPARE(j.router->moveContact(second, G, QStringLiteral("boss")).error().field, QStringLiteral("group"));
    QVERIFY(j.router->moveContact(second, G2, QStringLiteral("boss")).ok());
    QCOMPARE(order(*j.router, G), QList<ContactId>{first});
    QCOMPARE(order(*j.router, G2), QList<ContactId>{second});
    const auto status = j.router->queueStatus(second);
    QCOMPARE(status->vipLevel, 4);
    QCOMPARE(status->waited, Duration(30s));
    QVERIFY(j.events.of<ContactQueued>().last().trace.toText().contains(QStringLiteral("moved to g2 by boss")));
    QCOMPARE(j.tracker.state().contacts.at(second).home, G2);

    // After a restart it still waits in g2, and goes to the agent there.
    auto r = restart(j, site, 1s);
    QCOMPARE(order(*r->router, G2), QList<ContactId>{second});
    QCOMPARE(order(*r->router, G), QList<ContactId>{first});
    r->presence(A2, Presence::Ready);
    QCOMPARE(r->router->agentStatus(A2)->offered, second);
    // Being offered, it cannot be moved; a contact already in conversation neither.
    QCOMPARE(r->router->moveContact(second, G, QStringLiteral("boss")).error().code, ErrorCode::Conflict);
    QVERIFY(r->router->accept(A2, second).ok());
    QCOMPARE(r->router->moveContact(second, G, QStringLiteral("boss")).error().code, ErrorCode::Conflict);
}

void TestRouterRestore::aContactGoesOnInAnotherChannel()
{
    // 李 (a1) takes calls and chats, 王 (a2) chats only; both away. A web chat customer asks to
    // be called instead: the contact keeps its id, its place by arrival and its wait, now in the
    // voice queue; in a conversation the agent keeps it if they take the new channel.
    SiteConfig site = SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}, 1, 2).agent(QStringLiteral("a2"), {"g"}, 0, 2).build();
    Journaled j(site);
    ContactRequest chat;
    chat.channel = Channel::Chat;
    const ContactId c1 = j.arrive(chat);
    j.advance(20s);
    const ContactId c2 = j.arrive();  // a call
    j.advance(10s);
    QCOMPARE(j.router->changeChannel(c1, Channel::Chat, QStringLiteral("ivr")).error().field, QStringLiteral("channel"));
    QCOMPARE(j.router->changeChannel(ContactId(99), Channel::Voice, QStringLiteral("ivr")).error().code, ErrorCode::NotFound);
    QVERIFY(j.router->changeChannel(c1, Channel::Voice, QStringLiteral("ivr")).ok());
    auto status = j.router->queueStatus(c1);
    QCOMPARE(status->channel, Channel::Voice);
    QCOMPARE(status->position, 1);  // it came first
    QCOMPARE(status->waited, Duration(30s));
    QCOMPARE(j.router->queueStatus(c2)->position, 2);
    QCOMPARE(j.events.of<ContactChannelChanged>().size(), 1);
    QVERIFY(j.events.of<ContactQueued>().last().trace.toText().contains(QStringLiteral("moved to voice by ivr")));
    QCOMPARE(j.tracker.state().contacts.at(c1).channel, Channel::Voice);
    QCOMPARE(j.tracker.state().contacts.at(c1).request.channel, Channel::Voice);

    // After a restart it still waits for a call, first in line; 李 answers it.
    auto r = restart(j, site, 1s);
    QCOMPARE(r->router->queueStatus(c1)->channel, Channel::Voice);
    QCOMPARE(r->router->queueStatus(c1)->position, 1);
    r->presence(A1, Presence::Ready);
    QCOMPARE(r->router->agentStatus(A1)->offered, c1);
    QCOMPARE(r->router->changeChannel(c1, Channel::Chat, QStringLiteral("ivr")).error().code, ErrorCode::Conflict);  // being offered
    QVERIFY(r->router->accept(A1, c1).ok());
    // In the call, the customer goes back to the chat window: 李 keeps it, as a chat now.
    QVERIFY(r->router->changeChannel(c1, Channel::Chat, QStringLiteral("a1")).ok());
    auto st = r->router->agentStatus(A1);
    QCOMPARE(st->load[static_cast<std::size_t>(Channel::Voice)], 0);
    QCOMPARE(st->load[static_cast<std::size_t>(Channel::Chat)], 1);
    QVERIFY(st->active.contains(c1));
    // Room for a call again: the waiting call goes to 李 at once.
    QCOMPARE(r->router->agentStatus(A1)->offered, c2);

    // 王 takes chats only: a chat of hers cannot become a call.
    ContactRequest chat2;
    chat2.channel = Channel::Chat;
    const ContactId c3 = r->arrive(chat2);
    r->presence(A2, Presence::Ready);
    QCOMPARE(r->router->agentStatus(A2)->offered, c3);
    QVERIFY(r->router->accept(A2, c3).ok());
    QCOMPARE(r->router->changeChannel(c3, Channel::Voice, QStringLiteral("a2")).error().code, ErrorCode::Conflict);

    // And after another restart 李 still holds it as a chat.
    auto again = restart(*r, site, 1s);
    st = again->router->agentStatus(A1);
    QCOMPARE(st->load[static_cast<std::size_t>(Channel::Chat)], 1);
    QVERIFY(st->active.contains(c1));
}

void TestRouterRestore::aChannelChangeKeepsTheRoutingPlanAndTheCapacity()
{
    // g overflows to g2 after 30 s. A chat waits 40 s (so g2 may take it too), then becomes a
    // call: it stays reachable in g2 without overflowing again, and goes to g2's agent.
    SiteConfig site = SiteBuilder()
                          .group(QStringLiteral("g"))
                          .overflow(QStringLiteral("g2"), 30)
                          .group(QStringLiteral("g2"))
                          .agent(QStringLiteral("a1"), {"g"}, 1, 1)
                          .agent(QStringLiteral("a2"), {"g2"}, 1, 1)
                          .build();
    Journaled j(site);
    ContactRequest chat;
    chat.channel = Channel::Chat;
    const ContactId c = j.arrive(chat);
    j.advance(40s);
    QCOMPARE(j.events.of<ContactOverflowed>().size(), 1);
    QVERIFY(j.router->changeChannel(c, Channel::Voice, QStringLiteral("bot")).ok());
    QCOMPARE(j.events.of<ContactOverflowed>().size(), 1);  // not again
    j.presence(A2, Presence::Ready);
    QCOMPARE(j.router->agentStatus(A2)->offered, c);
    QVERIFY(j.router->accept(A2, c).ok());

    // 李 (a1: one call, one chat) is on a call with a chat offered to him: the call cannot become
    // a chat, or accepting the offer would take him over his one chat.
    const ContactId call = j.arrive();
    j.presence(A1, Presence::Ready);
    QVERIFY(j.router->accept(A1, call).ok());
    ContactRequest chat2;
    chat2.channel = Channel::Chat;
    const ContactId offered = j.arrive(chat2);
    QCOMPARE(j.router->agentStatus(A1)->offered, offered);
    QCOMPARE(j.router->changeChannel(call, Channel::Chat, QStringLiteral("a1")).error().code, ErrorCode::Conflict);
    QVERIFY(j.router->accept(A1, offered).ok());
    QCOMPARE(j.router->agentStatus(A1)->load[static_cast<std::size_t>(Channel::Chat)], 1);
}

void TestRouterRestore::presenceAndGroupsSurvive()
{
    const SiteConfig site = SiteBuilder()
                                .group(QStringLiteral("g"))
                                .group(QStringLiteral("g2"))
                                .agent(QStringLiteral("a1"), {"g"})
                                .agent(QStringLiteral("a2"), {"g"})
                                .agent(QStringLiteral("a3"), {"g"})
                                .build();
    Journaled j(site);
    j.presence(A1, Presence::NotReady, QStringLiteral("午餐"));
    j.presence(A2, Presence::Ready);
    QVERIFY(j.router->moveAgent(A2, G, G2, QStringLiteral("supervisor")).ok());

    auto r = restart(j, site, 1s);
    const auto a1 = r->router->agentStatus(A1);
    QCOMPARE(a1->state, AgentState::NotReady);
    QCOMPARE(a1->reason, QStringLiteral("午餐"));
    const auto a2 = r->router->agentStatus(A2);
    QCOMPARE(a2->state, AgentState::Available);
    QCOMPARE(a2->groups.size(), 1);
    QCOMPARE(a2->groups.first().group, G2);
    QCOMPARE(r->router->agentStatus(A3)->state, AgentState::Offline);
    QCOMPARE(r->router->groupStatistics(G2)->agents(AgentState::Available), 1);
}

void TestRouterRestore::finishedContactsAreGone()
{
    const SiteConfig site = SiteBuilder()
                                .group(QStringLiteral("g"))
                                .maxWait(60)
                                .wrapUp(10)
                                .agent(QStringLiteral("a1"), {"g"})
                                .build();
    Journaled j(site);
    const ContactId abandoned = j.arrive();
    QVERIFY(j.router->abandon(abandoned).ok());
    j.arrive();
    j.advance(61s);  // out to the fallback
    j.presence(A1, Presence::Ready);
    const ContactId served = j.arrive();
    QVERIFY(j.router->accept(A1, served).ok());
    QVERIFY(j.router->endContact(served).ok());
    j.advance(10s);
    QVERIFY(j.tracker.state().contacts.empty());
    QVERIFY(j.tracker.state().wraps.empty());

    auto r = restart(j, site, 1s);
    QCOMPARE(r->router->activeContactCount(), 0);
    QCOMPARE(r->router->agentStatus(A1)->state, AgentState::Available);
}

void TestRouterRestore::newContactIdsNeverRepeat()
{
    const SiteConfig site = SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build();
    Journaled j(site);
    ContactId last;
    for (int i = 0; i < 3; ++i)
        last = j.arrive();
    QVERIFY(j.router->abandon(last).ok());  // the highest id is gone, but was handed out
    auto r = restart(j, site, 1s);
    QVERIFY(r->arrive().value() > last.value());
}

void TestRouterRestore::restoreIsRefusedOnceRunningAndSkipsUnknownAgents()
{
    const SiteConfig site = SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build();
    Journaled j(site);
    j.arrive();
    const auto refused = j.router->restore(j.tracker.state());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);

    RouterSnapshot snap = j.tracker.state();
    snap.agents[AgentId(QStringLiteral("gone"))].presence = Presence::Ready;
    RouterSnapshot::ContactEntry orphan = snap.contacts.begin()->second;
    orphan.id = ContactId(99);
    orphan.home = GroupId(QStringLiteral("closed"));
    snap.contacts.emplace(orphan.id, orphan);
    Journaled fresh(site);
    const auto report = fresh.router->restore(snap);
    QVERIFY(report.ok());
    QCOMPARE(report->waiting, 1);
    QCOMPARE(report->skipped.size(), 2);
    QVERIFY(report->skipped.join(u'\n').contains(QStringLiteral("closed")));
}

void TestRouterRestore::replayingRecordsGivesTheSameSnapshot()
{
    const SiteConfig site = SiteBuilder()
                                .group(QStringLiteral("g"))
                                .wrapUp(5)
                                .group(QStringLiteral("g2"))
                                .agent(QStringLiteral("a1"), {"g", "g2"})
                                .agent(QStringLiteral("a2"), {"g2"})
                                .build();
    Journaled j(site);
    j.presence(A1, Presence::Ready);
    const ContactId c1 = j.arrive();
    QVERIFY(j.router->accept(A1, c1).ok());
    j.arrive(requestAtLevel(4));
    QVERIFY(j.router->transfer(A1, c1, TransferTarget{std::nullopt, A2}, QStringLiteral("note")).ok());
    j.presence(A2, Presence::NotReady, QStringLiteral("培训"));
    j.advance(3s);

    RouterStateTracker replay;
    for (const auto &r : j.records)
        replay.apply(r);
    const auto &a = j.tracker.state();
    const auto &b = replay.state();
    QCOMPARE(b.contacts.size(), a.contacts.size());
    for (const auto &[id, e] : a.contacts) {
        QCOMPARE(b.contacts.at(id).home, e.home);
        QCOMPARE(b.contacts.at(id).level, e.level);
        QCOMPARE(b.contacts.at(id).phase, e.phase);
        QCOMPARE(b.contacts.at(id).agent, e.agent);
    }
    QCOMPARE(b.wraps.size(), a.wraps.size());
    QCOMPARE(b.agents.size(), a.agents.size());
    QCOMPARE(b.nextContactId, a.nextContactId);
}

void TestRouterRestore::randomRunsRestoreConsistently()
{
    // Seeded random days; at a random moment the router "dies" and a new one takes over from
    // the snapshot. Every contact in the system before is in it after, once, with the same
    // agent or the same queue; no agent holds more than its capacity.
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator rng(seed);
        const SiteConfig site = SiteBuilder()
                                    .group(QStringLiteral("g"))
                                    .wrapUp(20)
                                    .overflow(QStringLiteral("g2"), 30)
                                    .group(QStringLiteral("g2"))
                                    .wrapUp(10)
                                    .agent(QStringLiteral("a1"), {"g"})
                                    .agent(QStringLiteral("a2"), {"g"})
                                    .agent(QStringLiteral("a3"), {"g2"})
                                    .build();
        Journaled j(site);
        const QList<AgentId> agents{A1, A2, A3};
        const int steps = 20 + rng.bounded(80);
        for (int s = 0; s < steps; ++s) {
            const AgentId a = agents[rng.bounded(3)];
            switch (rng.bounded(7)) {
            case 0:
            case 1: j.arrive(requestAtLevel(rng.bounded(4))); break;
            case 2: j.presence(a, rng.bounded(4) == 0 ? Presence::NotReady : Presence::Ready, QStringLiteral("r")); break;
            case 3:
                if (const auto st = j.router->agentStatus(a); st->offered.isValid())
                    QVERIFY(j.router->accept(a, st->offered).ok());
                break;
            case 4:
                if (const auto st = j.router->agentStatus(a); !st->active.isEmpty()) {
                    if (rng.bounded(3) == 0)
                        QVERIFY(j.router->transfer(a, st->active.first(), TransferTarget{G2, std::nullopt}, {}).ok());
                    else
                        QVERIFY(j.router->endContact(st->active.first()).ok());
                }
                break;
            case 5: j.advance(Duration(rng.bounded(20000))); break;
            case 6:
                if (const auto w = j.router->waitingContacts(G); !w.isEmpty())
                    QVERIFY(j.router->abandon(w.first().contact).ok());
                break;
            }
        }

        auto r = restart(j, site, Duration(rng.bounded(5000)));
        for (const AgentId &a : agents) {
            const auto before = j.router->agentStatus(a);
            const auto after = r->router->agentStatus(a);
            QCOMPARE(after->active, before->active);
            QCOMPARE(after->wrapping, before->wrapping);
            QCOMPARE(after->presence, before->presence);
            QVERIFY(after->active.size() + after->wrapping.size() <= 1);
        }
        QSet<ContactId> waitingBefore;
        QSet<ContactId> waitingAfter;
        for (const GroupId &g : {G, G2}) {
            for (const auto &s : j.router->waitingContacts(g))
                waitingBefore.insert(s.contact);
            for (const auto &s : r->router->waitingContacts(g)) {
                QVERIFY2(!waitingAfter.contains(s.contact), "a contact queued twice");
                waitingAfter.insert(s.contact);
            }
        }
        QCOMPARE(waitingAfter, waitingBefore);
        QCOMPARE(r->router->activeContactCount(), j.router->activeContactCount());
    }
}

// A contact's variant is decided once: the journal keeps it, and a restarted router routes the
// waiting contacts under it even when the configuration's experiment has changed since.
void TestRouterRestore::experimentVariantsSurviveARestart()
{
    SiteBuilder b;
    b.group(QStringLiteral("g")).group(QStringLiteral("g2")).agent(QStringLiteral("a1"), {"g", "g2"});
    b.config().experiment = Experiment{QStringLiteral("x"), ExperimentKey::Customer,
                                       {ExperimentVariant{QStringLiteral("A"), 50}, ExperimentVariant{QStringLiteral("B"), 50}}};
    Rule forB;
    forB.id = QStringLiteral("b-only");
    forB.variant = QStringLiteral("B");
    forB.action.targets = {G2};
    b.rule(forB);
    const SiteConfig site = b.build();

    Journaled j(site);
    QHash<QString, ContactId> byVariant;  // one waiting contact of each variant
    ContactId active;
    ContactRequest activeRequest;
    for (int i = 1; byVariant.size() < 2 || !active.isValid(); ++i) {
        QVERIFY(i < 100);
        ContactRequest r;
        r.customer.id = CustomerId(QString::number(i));
        if (!active.isValid()) {
            j.presence(A1, Presence::Ready);
            active = j.arrive(r);
            activeRequest = r;
            QVERIFY(j.router->accept(A1, active).ok());
            continue;
        }
        const ContactId c = j.arrive(r);
        const auto &entry = j.tracker.state().contacts.at(c);
        QVERIFY(entry.variant);
        byVariant.insert(entry.variant->variant, c);
    }
    const auto recorded = [&](ContactId c) { return *j.tracker.state().contacts.at(c).variant; };
    const VariantAssignment inA = recorded(byVariant.value(QStringLiteral("A")));
    const VariantAssignment inB = recorded(byVariant.value(QStringLiteral("B")));
    const VariantAssignment activeVariant = recorded(active);
    QCOMPARE(inB.experiment, QStringLiteral("x"));
    const auto arrived = std::find_if(j.records.begin(), j.records.end(), [&](const JournalRecord &r) {
        return r.kind == JournalRecord::Kind::Arrived && r.contact == byVariant.value(QStringLiteral("B"));
    });
    QVERIFY(arrived != j.records.end());
    QCOMPARE(arrived->variant, std::optional<VariantAssignment>(inB));
    QCOMPARE(j.router->queueStatus(byVariant.value(QStringLiteral("B")))->group, G2);

    // Same configuration: the B contact's rule applies again, and the same customer calling the
    // new process is drawn into the same variant.
    {
        auto r = restart(j, site, 5s);
        const auto b2 = r->router->queueStatus(byVariant.value(QStringLiteral("B")));
        QCOMPARE(b2->group, G2);
        QVERIFY2(b2->trace.toText().startsWith(QStringLiteral("variant B of experiment x (by customer); rule \"b-only\" matched")),
                 qPrintable(b2->trace.toText()));
        QCOMPARE(r->tracker.state().contacts.at(byVariant.value(QStringLiteral("A"))).variant, std::optional<VariantAssignment>(inA));
        QCOMPARE(r->tracker.state().contacts.at(active).variant, std::optional<VariantAssignment>(activeVariant));
        QVERIFY(r->router->endContact(active).ok());
        const ContactId again = r->arrive(activeRequest);
        QCOMPARE(r->tracker.state().contacts.at(again).variant->variant, activeVariant.variant);
    }

    // The experiment was renamed (a new draw for new contacts): the waiting contacts keep the
    // variant they arrived with, and the B contact stays in the group it was queued in.
    SiteConfig renamed = site;
    renamed.experiment->id = QStringLiteral("y");
    auto r = restart(j, renamed, 5s);
    const auto b2 = r->router->queueStatus(byVariant.value(QStringLiteral("B")));
    QCOMPARE(b2->group, G2);
    QVERIFY2(b2->trace.toText().startsWith(QStringLiteral("variant B of experiment x (by customer)")), qPrintable(b2->trace.toText()));
    QCOMPARE(r->tracker.state().contacts.at(byVariant.value(QStringLiteral("B"))).variant, std::optional<VariantAssignment>(inB));
    QCOMPARE(r->router->queueStatus(byVariant.value(QStringLiteral("A")))->group, G);
}

QTEST_GUILESS_MAIN(TestRouterRestore)
#include "tst_routerrestore.moc"
