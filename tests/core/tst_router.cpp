// Offers, accept, decline, time-outs, capacity, wrap-up, abandonment and transfer.
#include "sitebuilder.h"

#include <QTest>

using namespace baton::core;
using namespace baton::test;

class TestRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void experimentVariantsRouteTheirOwnRules();
    void offersToAvailableAgentAndRoutesOnAccept();
    void queuesWhenNobodyIsAvailableAndOffersWhenAgentBecomesReady();
    void declineOffersToNextCandidateKeepingPlace();
    void timeoutMakesAgentNotReadyAndReoffers();
    void timeoutWithoutNotReadyKeepsAgentAvailable();
    void eachPassExpiresOnItsOwn();
    void neverOffersToTwoAgentsOrBeyondCapacity();
    void chatCapacityAllowsSeveralContacts();
    void wrapUpEndsByTimerOrByAgent();
    void abandonDuringOfferWithdrawsIt();
    void logoutWithdrawsPendingOffer();
    void transferRequeuesWithSameIdAndTrace();
    void errorsAreTypedAndChangeNothing();
    void commandsFromInsideAnEventAreRefused();
};

void TestRouter::offersToAvailableAgentAndRoutesOnAccept()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    QCOMPARE(h.events.count<ContactQueued>(), 1);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::Offered);
    const auto offer = h.events.last<OfferMade>();
    QVERIFY(offer);
    QCOMPARE(offer->deadline, h.clock.now() + std::chrono::seconds(15));

    h.advance(3);
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c).ok());
    const auto routed = h.events.last<ContactRouted>();
    QVERIFY(routed);
    QCOMPARE(routed->waited, Duration(std::chrono::seconds(3)));
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::Busy);
    QVERIFY(!h.router->queueStatus(c));
    QCOMPARE(h.router->waitingCount(), 0);
    QVERIFY(routed->trace.toText().contains(QStringLiteral("routed to a1")));
}

void TestRouter::queuesWhenNobodyIsAvailableAndOffersWhenAgentBecomesReady()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build());
    const ContactId c = h.arrive();
    QCOMPARE(h.events.count<OfferMade>(), 0);
    const auto status = h.router->queueStatus(c);
    QVERIFY(status);
    QCOMPARE(status->position, 1);
    h.advance(10);
    h.login(QStringLiteral("a1"));
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
    QCOMPARE(h.events.last<OfferMade>()->waited, Duration(std::chrono::seconds(10)));
}

void TestRouter::declineOffersToNextCandidateKeepingPlace()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("a2"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId first = h.arrive();
    const ContactId second = h.arrive();
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), first);
    QVERIFY(h.router->decline(AgentId(QStringLiteral("a1")), first, QStringLiteral("wrong language")).ok());
    // Not re-offered to the agent who declined; the contact is still first in line.
    QVERIFY(h.offeredTo(QStringLiteral("a1")) != first);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), second);
    QCOMPARE(h.router->queueStatus(first)->position, 1);
    h.login(QStringLiteral("a2"));
    QCOMPARE(h.offeredTo(QStringLiteral("a2")), first);
    const auto ended = h.events.of<OfferEnded>();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended[0].how, OfferEnd::Declined);
    QCOMPARE(ended[0].reason, QStringLiteral("wrong language"));
}

void TestRouter::timeoutMakesAgentNotReadyAndReoffers()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("a2"), {"g"}).acceptTimeout(10).build());
    h.login(QStringLiteral("a1"));
    h.advance(1);
    h.login(QStringLiteral("a2"));
    const ContactId c = h.arrive();
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);  // longest idle
    h.advance(9);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
    h.advance(1);
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::NotReady);
    QCOMPARE(h.router->agentStatus(AgentId(QStringLiteral("a1")))->reason, QStringLiteral("missed offer"));
    QCOMPARE(h.offeredTo(QStringLiteral("a2")), c);
    QCOMPARE(h.events.last<OfferEnded>()->how, OfferEnd::TimedOut);
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c).error().code == ErrorCode::Conflict);
    QVERIFY(h.events.last<OfferMade>()->trace.toText().contains(QStringLiteral("a1 did not answer in time")));
}

void TestRouter::timeoutWithoutNotReadyKeepsAgentAvailable()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).acceptTimeout(5, false).build());
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    h.advance(5);
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::Available);
    // The only agent already missed it: the contact waits rather than bouncing back at once…
    QVERIFY(!h.offeredTo(QStringLiteral("a1")).isValid());
    QVERIFY(h.router->queueStatus(c));
    // …and is offered to that agent again after the retry cool-down (30 s by default).
    h.advance(29);
    QVERIFY(!h.offeredTo(QStringLiteral("a1")).isValid());
    h.advance(1);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
}

void TestRouter::eachPassExpiresOnItsOwn()
{
    // a1 passes at t=0, a2 at t=10: a1 may have it again at t=30, not only when a2's pass ends.
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"})
                        .agent(QStringLiteral("a2"), {"g"}).acceptTimeout(60, false, false).build());
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    QVERIFY(h.router->decline(AgentId(QStringLiteral("a1")), c).ok());
    h.advance(10);
    h.login(QStringLiteral("a2"));
    QCOMPARE(h.offeredTo(QStringLiteral("a2")), c);
    QVERIFY(h.router->decline(AgentId(QStringLiteral("a2")), c).ok());
    h.advance(19);
    QVERIFY(!h.offeredTo(QStringLiteral("a1")).isValid());
    h.advance(1);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
}

void TestRouter::neverOffersToTwoAgentsOrBeyondCapacity()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("a2"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    h.login(QStringLiteral("a2"));
    const ContactId c1 = h.arrive();
    const ContactId c2 = h.arrive();
    const ContactId c3 = h.arrive();
    QCOMPARE(h.events.count<OfferMade>(), 2);
    QVERIFY(h.offeredTo(QStringLiteral("a1")) != h.offeredTo(QStringLiteral("a2")));
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), h.offeredTo(QStringLiteral("a1"))).ok());
    // a1 has voice capacity 1 and is busy: c3 waits.
    QCOMPARE(h.events.count<OfferMade>(), 2);
    QVERIFY(h.router->queueStatus(c3));
    Q_UNUSED(c1);
    Q_UNUSED(c2);
}

void TestRouter::chatCapacityAllowsSeveralContacts()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}, 1, 3).build());
    h.login(QStringLiteral("a1"));
    QList<ContactId> chats;
    for (int i = 0; i < 5; ++i)
        chats.append(h.arrive(QString(), Channel::Chat));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(h.offeredTo(QStringLiteral("a1")), chats[i]);
        QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), chats[i]).ok());
    }
    QVERIFY(!h.offeredTo(QStringLiteral("a1")).isValid());
    const auto status = h.router->agentStatus(AgentId(QStringLiteral("a1")));
    QCOMPARE(status->load[static_cast<std::size_t>(Channel::Chat)], 3);
    // A voice call still fits: capacity is per channel.
    const ContactId call = h.arrive();
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), call);
    QVERIFY(h.router->decline(AgentId(QStringLiteral("a1")), call).ok());
    // Ending one chat frees a slot for the next chat.
    QVERIFY(h.router->endContact(chats[0]).ok());
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), chats[3]);
}

void TestRouter::wrapUpEndsByTimerOrByAgent()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).wrapUp(30).agent(QStringLiteral("a1"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId c1 = h.arrive();
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c1).ok());
    h.advance(100);
    QVERIFY(h.router->endContact(c1).ok());
    QCOMPARE(h.events.last<ContactEnded>()->handled, Duration(std::chrono::seconds(100)));
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::WrapUp);
    const ContactId c2 = h.arrive();
    QVERIFY(!h.offeredTo(QStringLiteral("a1")).isValid());
    h.advance(30);
    QVERIFY(h.events.last<WrapUpFinished>()->timedOut);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c2);

    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c2).ok());
    QVERIFY(h.router->endContact(c2).ok());
    h.advance(5);
    QVERIFY(h.router->finishWrapUp(AgentId(QStringLiteral("a1")), c2).ok());
    QVERIFY(!h.events.last<WrapUpFinished>()->timedOut);
    QCOMPARE(h.events.last<WrapUpFinished>()->wrapUp, Duration(std::chrono::seconds(5)));
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::Available);
    QCOMPARE(h.router->finishWrapUp(AgentId(QStringLiteral("a1")), c2).error().code, ErrorCode::Conflict);
}

void TestRouter::abandonDuringOfferWithdrawsIt()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId c1 = h.arrive();
    const ContactId c2 = h.arrive();
    h.advance(4);
    QVERIFY(h.router->abandon(c1).ok());
    QCOMPARE(h.events.last<OfferEnded>()->how, OfferEnd::Withdrawn);
    QCOMPARE(h.events.last<ContactAbandoned>()->waited, Duration(std::chrono::seconds(4)));
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c2);
    QCOMPARE(h.router->abandon(c1).error().code, ErrorCode::NotFound);
}

void TestRouter::logoutWithdrawsPendingOffer()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("a2"), {"g"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
    QVERIFY(h.router->setPresence(AgentId(QStringLiteral("a1")), Presence::Offline).ok());
    QCOMPARE(h.stateOf(QStringLiteral("a1")), AgentState::Offline);
    QCOMPARE(h.router->queueStatus(c)->position, 1);
    // Withdrawn, not declined: a1 may get it again after logging back in.
    h.login(QStringLiteral("a1"));
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
}

void TestRouter::transferRequeuesWithSameIdAndTrace()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).group(QStringLiteral("h")).wrapUp(10)
                        .agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("b1"), {"h"}).build());
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c).ok());
    TransferTarget target;
    target.group = GroupId(QStringLiteral("h"));
    QVERIFY(h.router->transfer(AgentId(QStringLiteral("a1")), c, target, QStringLiteral("需要售后处理")).ok());
    QCOMPARE(h.events.last<ContactTransferred>()->note, QStringLiteral("需要售后处理"));
    QCOMPARE(h.router->queueStatus(c)->group, GroupId(QStringLiteral("h")));
    h.login(QStringLiteral("b1"));
    QCOMPARE(h.offeredTo(QStringLiteral("b1")), c);
    QVERIFY(h.events.last<OfferMade>()->trace.toText().contains(QStringLiteral("transferred by a1 to h")));
    QVERIFY(h.router->accept(AgentId(QStringLiteral("b1")), c).ok());

    TransferTarget toAgent;
    toAgent.agent = AgentId(QStringLiteral("a1"));
    QVERIFY(h.router->transfer(AgentId(QStringLiteral("b1")), c, toAgent, {}).ok());
    // a1 is still free (group g has no wrap-up), so the transfer is offered at once.
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);
    QCOMPARE(h.router->transfer(AgentId(QStringLiteral("b1")), c, TransferTarget{}, {}).error().code, ErrorCode::Conflict);
}

void TestRouter::errorsAreTypedAndChangeNothing()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build());
    QCOMPARE(h.router->setPresence(AgentId(QStringLiteral("nobody")), Presence::Ready).error().code, ErrorCode::NotFound);
    QCOMPARE(h.router->accept(AgentId(QStringLiteral("a1")), ContactId(42)).error().code, ErrorCode::Conflict);
    QCOMPARE(h.router->endContact(ContactId(42)).error().code, ErrorCode::NotFound);
    const ContactId c = h.arrive();
    QCOMPARE(h.router->endContact(c).error().code, ErrorCode::Conflict);
    QCOMPARE(h.router->setContactLevel(c, 11, QStringLiteral("sup")).error().code, ErrorCode::InvalidArgument);
    QVERIFY(h.router->queueStatus(c));
    QCOMPARE(h.router->waitingCount(), 1);
}

void TestRouter::commandsFromInsideAnEventAreRefused()
{
    RouterHarness h(SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build());
    struct Reentrant final : EventSink {
        Router *router = nullptr;
        std::optional<Status> result;
        std::optional<QueueStatus> query;
        void onEvent(const Event &e) override
        {
            if (const auto *o = std::get_if<OfferMade>(&e)) {
                query = router->queueStatus(o->contact);                  // queries are fine
                result = router->accept(o->agent, o->contact);            // commands are not
            }
        }
    } sink;
    sink.router = h.router.get();
    h.router->setEventSink(&sink);
    h.login(QStringLiteral("a1"));
    const ContactId c = h.arrive();
    QVERIFY(sink.query && sink.query->offered);
    QVERIFY(sink.result && !sink.result->ok());
    QCOMPARE(sink.result->error().code, ErrorCode::Conflict);
    QCOMPARE(h.offeredTo(QStringLiteral("a1")), c);  // nothing changed
    QVERIFY(h.router->accept(AgentId(QStringLiteral("a1")), c).ok());
}

// A 50/50 experiment: variant B's rule sends its contacts to group b, everyone else goes to a.
void TestRouter::experimentVariantsRouteTheirOwnRules()
{
    SiteBuilder b;
    b.group(QStringLiteral("a")).group(QStringLiteral("b"));
    SiteConfig &c = b.config();
    c.experiment = Experiment{QStringLiteral("vip-overflow-2026q4"), ExperimentKey::Customer,
                              {ExperimentVariant{QStringLiteral("A"), 50}, ExperimentVariant{QStringLiteral("B"), 50}}};
    Rule forB;
    forB.id = QStringLiteral("b-only");
    forB.variant = QStringLiteral("B");
    forB.action.targets = {GroupId(QStringLiteral("b"))};
    b.rule(forB);
    RouterHarness h(b.build());

    QHash<QString, QString> variantOf;
    int inB = 0;
    for (int i = 0; i < 400; ++i) {
        ContactRequest r;
        r.customer.id = CustomerId(QString::number(1000 + i % 200));  // each customer calls twice
        h.events.clear();
        const auto out = h.router->contactArrived(r);
        QVERIFY(out);
        const auto queued = h.events.last<ContactQueued>();
        QVERIFY(queued && queued->variant && out->variant);
        QCOMPARE(*queued->variant, *out->variant);
        QCOMPARE(queued->variant->experiment, QStringLiteral("vip-overflow-2026q4"));
        const QString v = queued->variant->variant;
        QCOMPARE(queued->group, GroupId(v == QLatin1String("B") ? QStringLiteral("b") : QStringLiteral("a")));
        QVERIFY(queued->trace.toText().startsWith(QStringLiteral("variant %1 of experiment vip-overflow-2026q4 (by customer)").arg(v)));
        QVERIFY(h.router->queueStatus(out->contact)->trace.toText().contains(QStringLiteral("variant ") + v));
        const QString who = r.customer.id.value();
        if (variantOf.contains(who))
            QCOMPARE(v, variantOf.value(who));  // the second call goes the same way
        variantOf.insert(who, v);
        inB += v == QLatin1String("B") ? 1 : 0;
    }
    QVERIFY2(inB > 120 && inB < 280, qPrintable(QString::number(inB)));  // both arms have traffic
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
