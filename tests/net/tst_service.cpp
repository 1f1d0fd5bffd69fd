// The routing service behind the protocol, in process (as an embedded desktop drives it):
// sign-in, roles, an IVR creating a contact and hearing its position, an agent receiving the
// transfer card and accepting, wrap-up, transfer, supervisor operations, resuming a session,
// journal gating and recovery across a restart.
#include "netsupport.h"
#include "sitebuilder.h"
#include "auditlog.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "journeyrepository.h"
#include "reportrepository.h"
#include "wire.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::core;
using namespace baton::net;
using namespace baton::test;

namespace {

SiteConfig site()
{
    return SiteBuilder()
        .group(QStringLiteral("g"))
        .wrapUp(30)
        .group(QStringLiteral("g2"))
        .agent(QStringLiteral("a1"), {"g"}, 1, 2)
        .agent(QStringLiteral("a2"), {"g2"}, 1, 2)
        .build();
}

struct Fixture {
    explicit Fixture(QString db = {}, QDateTime start = ManualClock().utcNow(), SiteConfig config = site())
        : clock(std::move(start))
    {
        users.add(QStringLiteral("ivr"), QStringLiteral("ivr-secret"), Role::Integration);
        users.add(QStringLiteral("bot"), QStringLiteral("bot-secret"), Role::Integration);
        users.add(QStringLiteral("zhang"), QStringLiteral("agent-secret"), Role::Agent, QStringLiteral("a1"));
        users.add(QStringLiteral("li"), QStringLiteral("agent-secret"), Role::Agent, QStringLiteral("a2"));
        users.add(QStringLiteral("boss"), QStringLiteral("sup-secret"), Role::Supervisor);
        users.add(QStringLiteral("coach"), QStringLiteral("trainer-secret"), Role::Trainer);
        ServiceOptions options;
        options.databasePath = std::move(db);
        options.fsync = false;
        options.positionInterval = std::chrono::milliseconds(20);
        options.statsInterval = std::chrono::milliseconds(20);
        options.resumeGrace = std::chrono::milliseconds(100);
        service = std::make_unique<RoutingService>(clock, std::move(config), options, &users);
        const auto started = service->start();
        if (!started)
            qFatal("start failed: %s", qPrintable(started.error().toString()));
    }

    Session *signIn(Inbox &inbox, const QString &user, const QString &password)
    {
        Session *s = service->open(inbox.sink());
        service->receive(s, request(1, QStringLiteral("hello"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}}));
        return s;
    }
    // Sends a request and waits for its reply (a journaled service answers once the journal has
    // what the request changed). Request ids count up from 100 per fixture.
    Message call(Session *s, Inbox &in, const QString &type, QJsonObject body = {})
    {
        const qint64 id = ++nextRequest;
        service->receive(s, request(id, type, std::move(body)));
        if (!QTest::qWaitFor([&] { return in.reply(id).has_value(); }, 3000))
            qFatal("no reply to %s", qPrintable(type));
        return *in.reply(id);
    }

    // Lets queued journal acknowledgements and coalescing timers run.
    static void settle(int ms = 60) { QTest::qWait(ms); }

    ManualClock clock;
    FixedUsers users;
    std::unique_ptr<RoutingService> service;
    qint64 nextRequest = 100;
};

QJsonObject ivrContact()
{
    return QJsonObject{
        {QStringLiteral("channel"), QStringLiteral("voice")},
        {QStringLiteral("business"), QStringLiteral("信用卡挂失")},
        {QStringLiteral("externalRef"), QStringLiteral("call-1")},
        {QStringLiteral("handOver"),
         QJsonObject{{QStringLiteral("callerNumber"), QStringLiteral("+8613800138000")},
                     {QStringLiteral("identityGiven"), QStringLiteral("110101********1234")},
                     {QStringLiteral("identityVerified"), false},
                     {QStringLiteral("menuPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                     {QStringLiteral("keywords"), QJsonArray{QStringLiteral("丢了"), QStringLiteral("冻结")}},
                     {QStringLiteral("transcript"), QJsonArray{QStringLiteral("客户：我的信用卡丢了")}},
                     {QStringLiteral("reason"), QStringLiteral("信用卡丢失")}}},
    };
}

}  // namespace

class TestService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signInAndRefusals();
    void ivrContactReachesAnAgentWithItsCard();
    void positionsAreAnnouncedWhenTheQueueMoves();
    void badBodiesNameTheField();
    void rolesAreCheckedOnTheServer();
    void transferAndWrapUp();
    void supervisorSeesAndSteers();
    void resumeDeliversMissedPushes();
    void agentGoesOfflineWhenNotResumed();
    void journaledServiceRecoversAfterRestart();
    void wrapUpWritesHistoryAndSupervisorActionsAreAudited();
    void chatMessagesFlowBothWaysAndTravelWithATransfer();
    void trainersEditPublishAndReview();
    void reviewListAdherenceTrendAndCoaching();
    void dailyQueueCountsMakeTheReports();
    void journeysFromArrivalToOutcome();
    void aChatBecomesACall();
    void chatLinesAndTransferNotesSurviveARestart();
    void contactIdsAreNeverHandedOutTwice();
    void theDayByFifteenMinuteIntervals();
    void experimentVariantsReachTheHistoryAndTheReports();
};

void TestService::signInAndRefusals()
{
    Fixture f;
    Inbox in;
    Session *s = f.service->open(in.sink());
    f.service->receive(s, request(1, QStringLiteral("agent.status")));
    QCOMPARE(in.reply(1)->error->code, WireError::Unauthenticated);
    f.service->receive(s, request(2, QStringLiteral("hello"), {{QStringLiteral("user"), QStringLiteral("zhang")}, {QStringLiteral("password"), QStringLiteral("nope")}}));
    QCOMPARE(in.reply(2)->error->code, WireError::Unauthenticated);
    f.service->receive(s, request(3, QStringLiteral("hello"), {{QStringLiteral("user"), QStringLiteral("zhang")}}));
    QCOMPARE(in.reply(3)->error->field, QStringLiteral("password"));
    f.service->receive(s, request(4, QStringLiteral("hello"), {{QStringLiteral("user"), QStringLiteral("zhang")}, {QStringLiteral("password"), QStringLiteral("agent-secret")}}));
    const Message ok = *in.reply(4);
    QCOMPARE(ok.type, QStringLiteral("hello.ok"));
    QCOMPARE(ok.body.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(ok.body.value(QStringLiteral("agent")).toString(), QStringLiteral("a1"));
    QCOMPARE(ok.body.value(QStringLiteral("agentStatus")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    f.service->receive(s, request(5, QStringLiteral("hello"), {{QStringLiteral("user"), QStringLiteral("zhang")}, {QStringLiteral("password"), QStringLiteral("agent-secret")}}));
    QCOMPARE(in.reply(5)->error->code, WireError::Conflict);
    f.service->receive(s, request(6, QStringLiteral("no.such.thing")));
    QCOMPARE(in.reply(6)->error->code, WireError::Unsupported);
    Message noId = request(0, QStringLiteral("agent.status"));
    f.service->receive(s, noId);
    QCOMPARE(in.messages.last().error->code, WireError::Malformed);
}

void TestService::ivrContactReachesAnAgentWithItsCard()
{
    Fixture f;
    Inbox ivr, agent;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    f.service->receive(a, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    QCOMPARE(agent.reply(2)->body.value(QStringLiteral("state")).toString(), QStringLiteral("available"));

    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    const Message created = *ivr.reply(2);
    QCOMPARE(created.type, QStringLiteral("contact.create.ok"));
    QCOMPARE(created.body.value(QStringLiteral("outcome")).toString(), QStringLiteral("queued"));
    const qint64 contact = created.body.value(QStringLiteral("contact")).toInteger();

    const auto offers = agent.pushes(QStringLiteral("offer"));
    QCOMPARE(offers.size(), 1);
    const QJsonObject card = offers.first().body;
    QCOMPARE(card.value(QStringLiteral("contact")).toInteger(), contact);
    QCOMPARE(card.value(QStringLiteral("business")).toString(), QStringLiteral("信用卡挂失"));
    const QJsonObject handOver = card.value(QStringLiteral("handOver")).toObject();
    QCOMPARE(handOver.value(QStringLiteral("menuPath")).toArray().size(), 2);
    QCOMPARE(handOver.value(QStringLiteral("identityVerified")).toBool(), false);
    QVERIFY(card.value(QStringLiteral("acceptWithinSeconds")).toDouble() > 0);
    QVERIFY(!card.value(QStringLiteral("trace")).toArray().isEmpty());
    QVERIFY(offers.first().seq > 0);

    f.service->receive(a, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), contact}}));
    QCOMPARE(agent.reply(3)->type, QStringLiteral("offer.accept.ok"));
    const auto routed = ivr.pushes(QStringLiteral("contact.routed"));
    QCOMPARE(routed.size(), 1);
    QCOMPARE(routed.first().body.value(QStringLiteral("agent")).toString(), QStringLiteral("a1"));
    // Accepting twice is a conflict, typed.
    f.service->receive(a, request(4, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), contact}}));
    QCOMPARE(agent.reply(4)->error->code, WireError::Conflict);
}

void TestService::positionsAreAnnouncedWhenTheQueueMoves()
{
    Fixture f;
    Inbox ivr;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    QList<qint64> ids;
    for (int k = 0; k < 3; ++k) {
        f.service->receive(i, request(10 + k, QStringLiteral("contact.create"), ivrContact()));
        ids << ivr.reply(10 + k)->body.value(QStringLiteral("contact")).toInteger();
        QCOMPARE(ivr.reply(10 + k)->body.value(QStringLiteral("position")).toInt(), k + 1);
    }
    ivr.messages.clear();
    f.service->receive(i, request(20, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), ids[0]}}));
    Fixture::settle();
    const auto positions = ivr.pushes(QStringLiteral("contact.position"));
    QHash<qint64, int> told;
    for (const auto &p : positions)
        told.insert(p.body.value(QStringLiteral("contact")).toInteger(), p.body.value(QStringLiteral("position")).toInt());
    QCOMPARE(told.value(ids[1]), 1);
    QCOMPARE(told.value(ids[2]), 2);
    QVERIFY(!told.contains(ids[0]));
    // Nothing changed: nothing is said again.
    ivr.messages.clear();
    Fixture::settle();
    QVERIFY(ivr.pushes(QStringLiteral("contact.position")).isEmpty());
    // The status on request too, from any session of the same integration user; another
    // integration user's contact is not found.
    f.service->receive(i, request(21, QStringLiteral("contact.status"), {{QStringLiteral("contact"), ids[2]}}));
    QCOMPARE(ivr.reply(21)->body.value(QStringLiteral("position")).toInt(), 2);
    Inbox same;
    Session *sm = f.signIn(same, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    f.service->receive(sm, request(2, QStringLiteral("contact.status"), {{QStringLiteral("contact"), ids[2]}}));
    QCOMPARE(same.reply(2)->body.value(QStringLiteral("position")).toInt(), 2);
    Inbox other;
    Session *o = f.signIn(other, QStringLiteral("bot"), QStringLiteral("bot-secret"));
    f.service->receive(o, request(2, QStringLiteral("contact.status"), {{QStringLiteral("contact"), ids[2]}}));
    QCOMPARE(other.reply(2)->error->code, WireError::NotFound);
    f.service->receive(o, request(3, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), ids[2]}}));
    QCOMPARE(other.reply(3)->error->code, WireError::NotFound);
}

void TestService::badBodiesNameTheField()
{
    Fixture f;
    Inbox ivr;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    QJsonObject body = ivrContact();
    body.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
    f.service->receive(i, request(2, QStringLiteral("contact.create"), body));
    QCOMPARE(ivr.reply(2)->error->code, WireError::InvalidArgument);
    QCOMPARE(ivr.reply(2)->error->field, QStringLiteral("channel"));
    QJsonObject ho = ivrContact().value(QStringLiteral("handOver")).toObject();
    ho.insert(QStringLiteral("menuPath"), QJsonArray{QStringLiteral("ok"), 5});
    body = ivrContact();
    body.insert(QStringLiteral("handOver"), ho);
    f.service->receive(i, request(3, QStringLiteral("contact.create"), body));
    QCOMPARE(ivr.reply(3)->error->field, QStringLiteral("handOver.menuPath[1]"));
    body = ivrContact();
    body.insert(QStringLiteral("surprise"), 1);
    f.service->receive(i, request(4, QStringLiteral("contact.create"), body));
    QCOMPARE(ivr.reply(4)->error->field, QStringLiteral("surprise"));
    f.service->receive(i, request(5, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), QStringLiteral("x")}}));
    QCOMPARE(ivr.reply(5)->error->field, QStringLiteral("contact"));
}

void TestService::rolesAreCheckedOnTheServer()
{
    Fixture f;
    Inbox agent, ivr, coach;
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *t = f.signIn(coach, QStringLiteral("coach"), QStringLiteral("trainer-secret"));
    f.service->receive(a, request(2, QStringLiteral("contact.create"), ivrContact()));
    QCOMPARE(agent.reply(2)->error->code, WireError::Forbidden);
    f.service->receive(a, request(3, QStringLiteral("agent.groups"), {{QStringLiteral("agent"), QStringLiteral("a1")}, {QStringLiteral("groups"), QJsonArray{}}}));
    QCOMPARE(agent.reply(3)->error->code, WireError::Forbidden);
    f.service->receive(a, request(4, QStringLiteral("stats.subscribe")));
    QCOMPARE(agent.reply(4)->error->code, WireError::Forbidden);
    f.service->receive(i, request(2, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), 1}}));
    QCOMPARE(ivr.reply(2)->error->code, WireError::Forbidden);
    f.service->receive(t, request(2, QStringLiteral("agent.force"), {{QStringLiteral("agent"), QStringLiteral("a1")}, {QStringLiteral("state"), QStringLiteral("ready")}}));
    QCOMPARE(coach.reply(2)->error->code, WireError::Forbidden);
    // An agent sees itself, not others, and ends only its own conversations.
    f.service->receive(a, request(5, QStringLiteral("agent.status"), {{QStringLiteral("agent"), QStringLiteral("a2")}}));
    QCOMPARE(agent.reply(5)->error->code, WireError::Forbidden);
    f.service->receive(i, request(3, QStringLiteral("contact.create"), ivrContact()));
    const qint64 c = ivr.reply(3)->body.value(QStringLiteral("contact")).toInteger();
    f.service->receive(a, request(6, QStringLiteral("contact.end"), {{QStringLiteral("contact"), c}}));
    QCOMPARE(agent.reply(6)->error->code, WireError::NotFound);
    // Signing in at a second desk signs the first out.
    Inbox second;
    f.signIn(second, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    QCOMPARE(agent.pushes(QStringLiteral("session.replaced")).size(), 1);
    f.service->receive(a, request(7, QStringLiteral("agent.status")));
    QCOMPARE(agent.reply(7)->error->code, WireError::Unauthenticated);
}

void TestService::transferAndWrapUp()
{
    Fixture f;
    Inbox ivr, one, two;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *a2 = f.signIn(two, QStringLiteral("li"), QStringLiteral("agent-secret"));
    f.service->receive(a1, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(a2, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    const qint64 c = ivr.reply(2)->body.value(QStringLiteral("contact")).toInteger();
    f.service->receive(a1, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}));
    f.service->receive(a1, request(4, QStringLiteral("contact.transfer"),
                                   {{QStringLiteral("contact"), c}, {QStringLiteral("group"), QStringLiteral("g2")}, {QStringLiteral("note"), QStringLiteral("需要售后")}}));
    QCOMPARE(one.reply(4)->type, QStringLiteral("contact.transfer.ok"));
    // The card travels: the next agent gets the same hand-over.
    const auto offers = two.pushes(QStringLiteral("offer"));
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.first().body.value(QStringLiteral("handOver")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("信用卡丢失"));
    // The IVR still follows the contact: it was not told it ended, and hears who answers next.
    QVERIFY(ivr.pushes(QStringLiteral("contact.ended")).isEmpty());
    f.service->receive(a2, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}));
    const auto routed = ivr.pushes(QStringLiteral("contact.routed"));
    QCOMPARE(routed.size(), 2);
    QCOMPARE(routed.last().body.value(QStringLiteral("agent")).toString(), QStringLiteral("a2"));
    // The first agent is in wrap-up and finishes it.
    QVERIFY(!one.pushes(QStringLiteral("contact.ended")).isEmpty());
    QVERIFY(one.pushes(QStringLiteral("contact.ended")).first().body.value(QStringLiteral("transferred")).toBool());
    f.service->receive(a1, request(5, QStringLiteral("wrapup.finish"),
                                   {{QStringLiteral("contact"), c}, {QStringLiteral("disposition"), QStringLiteral("转二线")}}));
    QCOMPARE(one.reply(5)->type, QStringLiteral("wrapup.finish.ok"));
    QCOMPARE(one.pushes(QStringLiteral("wrapup.ended")).size(), 1);
    f.service->receive(a1, request(6, QStringLiteral("contact.transfer"), {{QStringLiteral("contact"), c}}));
    QCOMPARE(one.reply(6)->error->field, QStringLiteral("group"));
}

void TestService::supervisorSeesAndSteers()
{
    Fixture f;
    Inbox boss, ivr, agent;
    Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a = f.signIn(agent, QStringLiteral("li"), QStringLiteral("agent-secret"));
    f.service->receive(b, request(2, QStringLiteral("stats.subscribe")));
    QCOMPARE(boss.reply(2)->body.value(QStringLiteral("groups")).toArray().size(), 2);
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    const qint64 c = ivr.reply(2)->body.value(QStringLiteral("contact")).toInteger();
    Fixture::settle();
    const auto stats = boss.pushes(QStringLiteral("stats"));
    QVERIFY(!stats.isEmpty());
    const QJsonObject g = stats.last().body.value(QStringLiteral("groups")).toArray().first().toObject();
    QCOMPARE(g.value(QStringLiteral("waiting")).toInt(), 1);

    f.service->receive(b, request(3, QStringLiteral("group.waiting"), {{QStringLiteral("group"), QStringLiteral("g")}}));
    QCOMPARE(boss.reply(3)->body.value(QStringLiteral("waiting")).toArray().size(), 1);
    f.service->receive(b, request(4, QStringLiteral("contact.level"), {{QStringLiteral("contact"), c}, {QStringLiteral("level"), 9}}));
    QCOMPARE(boss.reply(4)->type, QStringLiteral("contact.level.ok"));
    // Move li (a2) into g: the waiting contact is offered to li at once.
    f.service->receive(b, request(5, QStringLiteral("agent.force"), {{QStringLiteral("agent"), QStringLiteral("a2")}, {QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(b, request(6, QStringLiteral("agent.groups"),
                                  {{QStringLiteral("agent"), QStringLiteral("a2")},
                                   {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("g")}, {QStringLiteral("proficiency"), 7}}}}}));
    QCOMPARE(boss.reply(6)->type, QStringLiteral("agent.groups.ok"));
    QCOMPARE(agent.pushes(QStringLiteral("offer")).size(), 1);
    QCOMPARE(agent.pushes(QStringLiteral("offer")).first().body.value(QStringLiteral("vipLevel")).toInt(), 9);
    Q_UNUSED(a);
}

void TestService::resumeDeliversMissedPushes()
{
    Fixture f;
    Inbox first, ivr;
    Session *a = f.signIn(first, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    const qint64 session = first.reply(1)->body.value(QStringLiteral("session")).toInteger();
    f.service->receive(a, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    const qint64 seen = first.lastSeq();
    f.service->detach(a);  // the connection dropped
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));  // an offer while away

    Inbox second;
    Session *again = f.service->open(second.sink());
    f.service->receive(again, request(1, QStringLiteral("hello"),
                                      {{QStringLiteral("user"), QStringLiteral("zhang")}, {QStringLiteral("password"), QStringLiteral("agent-secret")},
                                       {QStringLiteral("resume"), QJsonObject{{QStringLiteral("session"), session}, {QStringLiteral("seq"), seen}}}}));
    QCOMPARE(second.reply(1)->body.value(QStringLiteral("resumed")).toBool(), true);
    QCOMPARE(second.reply(1)->body.value(QStringLiteral("session")).toInteger(), session);
    const auto offers = second.pushes(QStringLiteral("offer"));
    QCOMPARE(offers.size(), 1);
    QVERIFY(offers.first().seq > seen);
    // Sequence numbers have no gaps.
    qint64 expect = seen + 1;
    for (const auto &m : second.messages) {
        if (m.seq != 0)
            QCOMPARE(m.seq, expect++);
    }
    // The resumed session works as before.
    f.service->receive(again, request(2, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), offers.first().body.value(QStringLiteral("contact")).toInteger()}}));
    QCOMPARE(second.reply(2)->type, QStringLiteral("offer.accept.ok"));
}

void TestService::agentGoesOfflineWhenNotResumed()
{
    Fixture f;
    Inbox agent, ivr, other;
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    f.service->receive(a, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    QCOMPARE(f.service->router().agentStatus(AgentId(QStringLiteral("a1")))->state, AgentState::Offered);
    f.service->detach(a);
    QTRY_COMPARE_WITH_TIMEOUT(f.service->router().agentStatus(AgentId(QStringLiteral("a1")))->state, AgentState::Offline, 2000);
    // The offer went back to the queue.
    QCOMPARE(f.service->router().waitingCount(), 1);
}

void TestService::journaledServiceRecoversAfterRestart()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("router.db"));
    qint64 waiting = 0;
    qint64 talking = 0;
    {
        Fixture f(db);
        Inbox ivr, agent;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
        // A reply that needs nothing journaled is not held back.
        QTRY_VERIFY(ivr.reply(1).has_value());
        QTRY_VERIFY(agent.reply(1).has_value());
        f.service->receive(a, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
        f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
        // With a journal, the answer waits for the disk.
        QTRY_VERIFY(ivr.reply(2).has_value());
        talking = ivr.reply(2)->body.value(QStringLiteral("contact")).toInteger();
        QTRY_COMPARE(agent.pushes(QStringLiteral("offer")).size(), 1);
        f.service->receive(a, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), talking}}));
        f.service->receive(i, request(3, QStringLiteral("contact.create"), ivrContact()));
        QTRY_VERIFY(ivr.reply(3).has_value());
        waiting = ivr.reply(3)->body.value(QStringLiteral("contact")).toInteger();
        QTRY_VERIFY(agent.reply(3).has_value());
    }  // the router stops without a goodbye
    Fixture f(db);
    const Router &r = f.service->router();
    QCOMPARE(r.agentStatus(AgentId(QStringLiteral("a1")))->active, QList<ContactId>{ContactId(static_cast<std::uint64_t>(talking))});
    QVERIFY(r.queueStatus(ContactId(static_cast<std::uint64_t>(waiting))).has_value());
    Inbox ivr;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    QTRY_VERIFY(ivr.reply(2).has_value());
    QVERIFY(ivr.reply(2)->body.value(QStringLiteral("contact")).toInteger() > waiting);
}

void TestService::wrapUpWritesHistoryAndSupervisorActionsAreAudited()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.db"));
    CustomerId customer;
    {
        auto d = store::Database::open(db, store::Database::Mode::Create);
        QVERIFY(d.ok());
        ManualClock c;
        store::Customer x;
        x.name = QStringLiteral("王小明");
        x.phones = {QStringLiteral("+8613800138000")};
        x.attributes.insert(QStringLiteral("level"), QStringLiteral("3"));
        auto created = store::CustomerRepository(**d, c).create(x);
        QVERIFY(created.ok());
        customer = created->id;
    }
    Fixture f(db);
    Inbox ivr, agent, boss;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
    f.service->receive(a, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
    QTRY_COMPARE(agent.pushes(QStringLiteral("offer")).size(), 1);
    // The caller was found by the number the IVR gave.
    const QJsonObject card = agent.pushes(QStringLiteral("offer")).first().body;
    QCOMPARE(card.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("王小明"));
    const qint64 c = card.value(QStringLiteral("contact")).toInteger();
    f.service->receive(a, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}));
    f.service->receive(a, request(4, QStringLiteral("contact.end"), {{QStringLiteral("contact"), c}}));
    f.service->receive(a, request(5, QStringLiteral("wrapup.finish"),
                                  {{QStringLiteral("contact"), c}, {QStringLiteral("disposition"), QStringLiteral("已解决")},
                                   {QStringLiteral("notes"), QStringLiteral("已挂失并补卡")}}));
    QTRY_VERIFY(agent.reply(5).has_value());
    QCOMPARE(agent.reply(5)->type, QStringLiteral("wrapup.finish.ok"));
    f.service->receive(b, request(2, QStringLiteral("agent.groups"),
                                  {{QStringLiteral("agent"), QStringLiteral("a1")},
                                   {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("g2")}}}}}));
    QTRY_VERIFY(boss.reply(2).has_value());

    auto d = store::Database::open(db, store::Database::Mode::OpenExisting);
    QVERIFY(d.ok());
    const auto page = store::InteractionRepository(**d).page(customer, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const store::Interaction &h = page->items.first();
    QCOMPARE(h.agent, AgentId(QStringLiteral("a1")));
    QCOMPARE(h.disposition, QStringLiteral("已解决"));
    QCOMPARE(h.notes, QStringLiteral("已挂失并补卡"));
    QCOMPARE(h.ivrPath, (QStringList{QStringLiteral("信用卡"), QStringLiteral("挂失")}));
    QCOMPARE(h.summary, QStringLiteral("信用卡丢失"));
    QVERIFY(h.ended.isValid());
    ManualClock c2;
    const auto rows = store::AuditLog(**d, c2).find({});
    QVERIFY(rows.ok());
    const auto moved = std::find_if(rows->begin(), rows->end(), [](const store::AuditEntry &e) { return e.action == QLatin1String("agent.groups"); });
    QVERIFY(moved != rows->end());
    QCOMPARE(moved->actor, QStringLiteral("boss"));
    QCOMPARE(moved->object, QStringLiteral("agent:a1"));
    QVERIFY(moved->after.contains(QStringLiteral("g2")));
}

void TestService::chatMessagesFlowBothWaysAndTravelWithATransfer()
{
    Fixture f;
    Inbox web, one, two;
    Session *w = f.signIn(web, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *a2 = f.signIn(two, QStringLiteral("li"), QStringLiteral("agent-secret"));
    f.service->receive(a1, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    f.service->receive(a2, request(2, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}));
    QJsonObject body = ivrContact();
    body.insert(QStringLiteral("channel"), QStringLiteral("chat"));
    f.service->receive(w, request(2, QStringLiteral("contact.create"), body));
    const qint64 c = web.reply(2)->body.value(QStringLiteral("contact")).toInteger();
    // Before an agent holds the chat, a customer message is kept but not delivered.
    f.service->receive(w, request(3, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("在吗？")}}));
    QCOMPARE(web.reply(3)->body.value(QStringLiteral("delivered")).toBool(), false);
    f.service->receive(a1, request(3, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}));
    f.service->receive(a1, request(4, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("您好，请问有什么可以帮您？")}}));
    QCOMPARE(one.reply(3)->type, QStringLiteral("offer.accept.ok"));
    QCOMPARE(web.pushes(QStringLiteral("chat.message")).size(), 1);
    QCOMPARE(web.pushes(QStringLiteral("chat.message")).last().body.value(QStringLiteral("from")).toString(), QStringLiteral("agent"));
    f.service->receive(w, request(4, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("我的卡丢了")}}));
    QCOMPARE(one.pushes(QStringLiteral("chat.message")).size(), 1);
    QCOMPARE(one.pushes(QStringLiteral("chat.message")).last().body.value(QStringLiteral("text")).toString(), QStringLiteral("我的卡丢了"));
    // Someone else cannot write into it.
    f.service->receive(a2, request(3, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("x")}}));
    QCOMPARE(two.reply(3)->error->code, WireError::NotFound);
    f.service->receive(a1, request(5, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("  ")}}));
    QCOMPARE(one.reply(5)->error->field, QStringLiteral("text"));
    // Transferred: the next agent's card carries the conversation so far.
    f.service->receive(a1, request(6, QStringLiteral("contact.transfer"), {{QStringLiteral("contact"), c}, {QStringLiteral("group"), QStringLiteral("g2")}}));
    const auto chatOffers = two.pushes(QStringLiteral("offer"));
    QCOMPARE(chatOffers.size(), 1);
    const auto &offers = chatOffers;
    const QJsonArray chat = offers.first().body.value(QStringLiteral("chat")).toArray();
    QCOMPARE(chat.size(), 3);
    QCOMPARE(chat.at(2).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("我的卡丢了"));
}

void TestService::trainersEditPublishAndReview()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("scripts.db"));
    qint64 interaction = 0;
    {
        auto d = store::Database::open(db, store::Database::Mode::Create);
        QVERIFY(d.ok());
        ManualClock c;
        store::Customer x;
        x.name = QStringLiteral("李雷");
        auto created = store::CustomerRepository(**d, c).create(x);
        QVERIFY(created.ok());
        store::Interaction i;
        i.customer = created->id;
        i.started = c.utcNow();
        i.agent = AgentId(QStringLiteral("a1"));
        auto added = store::InteractionRepository(**d).add(i);
        QVERIFY(added.ok());
        interaction = *added;
    }
    Fixture f(db);
    Inbox coach, agent;
    Session *t = f.signIn(coach, QStringLiteral("coach"), QStringLiteral("trainer-secret"));
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    auto call = [&](Session *s, Inbox &in, qint64 id, const QString &type, QJsonObject body) {
        f.service->receive(s, request(id, type, std::move(body)));
        if (!QTest::qWaitFor([&] { return in.reply(id).has_value(); }, 3000))
            qFatal("no reply to %s", qPrintable(type));
        if (in.reply(id)->isError())
            qInfo("%s: %s (%s)", qPrintable(type), qPrintable(in.reply(id)->error->message), qPrintable(in.reply(id)->error->field));
        return *in.reply(id);
    };
    const Message created = call(t, coach, 2, QStringLiteral("script.create"), {{QStringLiteral("name"), QStringLiteral("挂失话术")}, {QStringLiteral("business"), QStringLiteral("信用卡挂失")}});
    QCOMPARE(created.type, QStringLiteral("script.create.ok"));
    const qint64 script = created.body.value(QStringLiteral("script")).toInteger();
    const QJsonArray stages{QJsonObject{{QStringLiteral("key"), QStringLiteral("greet")}, {QStringLiteral("title"), QStringLiteral("问候")},
                                        {QStringLiteral("text"), QStringLiteral("您好，{customer.name}")}, {QStringLiteral("cues"), QJsonArray{QStringLiteral("您好")}}},
                            QJsonObject{{QStringLiteral("key"), QStringLiteral("verify")}, {QStringLiteral("title"), QStringLiteral("核实")},
                                        {QStringLiteral("text"), QStringLiteral("请提供卡号后四位")}, {QStringLiteral("cues"), QJsonArray{}}}};
    QCOMPARE(call(t, coach, 3, QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), script}, {QStringLiteral("stages"), stages}}).type,
             QStringLiteral("script.saveDraft.ok"));
    QCOMPARE(call(t, coach, 4, QStringLiteral("script.publish"), {{QStringLiteral("script"), script}, {QStringLiteral("comment"), QStringLiteral("首版")}})
                 .body.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(call(t, coach, 5, QStringLiteral("script.setLive"), {{QStringLiteral("group"), QStringLiteral("g")}, {QStringLiteral("business"), QStringLiteral("信用卡挂失")},
                                                                  {QStringLiteral("script"), script}, {QStringLiteral("version"), 1}}).type,
             QStringLiteral("script.setLive.ok"));
    // The agent reads it live.
    const Message live = call(a, agent, 2, QStringLiteral("script.live"), {{QStringLiteral("group"), QStringLiteral("g")}, {QStringLiteral("business"), QStringLiteral("信用卡挂失")}});
    QCOMPARE(live.body.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(live.body.value(QStringLiteral("stages")).toArray().size(), 2);
    // Agents cannot publish; bad stages name the field.
    QCOMPARE(call(a, agent, 3, QStringLiteral("script.publish"), {{QStringLiteral("script"), script}}).error->code, WireError::Forbidden);
    QJsonArray bad = stages;
    bad.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("greet")}, {QStringLiteral("title"), QStringLiteral("重复")}, {QStringLiteral("text"), QStringLiteral("x")}});
    const Message refused = call(t, coach, 6, QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), script}, {QStringLiteral("stages"), bad}});
    QVERIFY(refused.isError());
    QVERIFY(refused.error->field.startsWith(QStringLiteral("stages[2]")));
    // A second version, then back to the first: history only grows.
    call(t, coach, 7, QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), script}, {QStringLiteral("stages"), QJsonArray{stages.at(0)}}});
    QCOMPARE(call(t, coach, 8, QStringLiteral("script.publish"), {{QStringLiteral("script"), script}}).body.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(call(t, coach, 9, QStringLiteral("script.rollback"), {{QStringLiteral("script"), script}, {QStringLiteral("version"), 1}})
                 .body.value(QStringLiteral("version")).toInt(), 3);
    const QJsonArray versions = call(t, coach, 10, QStringLiteral("script.versions"), {{QStringLiteral("script"), script}}).body.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(2).toObject().value(QStringLiteral("copiedFrom")).toInt(), 1);
    QCOMPARE(versions.at(2).toObject().value(QStringLiteral("stages")).toArray().size(), 2);
    // A QA review of a finished conversation.
    const Message saved = call(t, coach, 11, QStringLiteral("qa.save"),
                               {{QStringLiteral("interaction"), interaction},
                                {QStringLiteral("scores"), QJsonObject{{QStringLiteral("attitude"), 5}, {QStringLiteral("knowledge"), 4},
                                                                      {QStringLiteral("efficiency"), 4}, {QStringLiteral("scriptAdherence"), 3}}},
                                {QStringLiteral("coachingNote"), QStringLiteral("核实环节可以更快")}});
    QCOMPARE(saved.type, QStringLiteral("qa.save.ok"));
    QCOMPARE(saved.body.value(QStringLiteral("agent")).toString(), QStringLiteral("a1"));
    const Message outOfRange = call(t, coach, 12, QStringLiteral("qa.save"),
                                    {{QStringLiteral("interaction"), interaction},
                                     {QStringLiteral("scores"), QJsonObject{{QStringLiteral("attitude"), 9}, {QStringLiteral("knowledge"), 4},
                                                                           {QStringLiteral("efficiency"), 4}, {QStringLiteral("scriptAdherence"), 3}}}});
    QCOMPARE(outOfRange.error->field, QStringLiteral("scores.attitude"));
    QCOMPARE(call(t, coach, 13, QStringLiteral("qa.list"), {{QStringLiteral("interaction"), interaction}}).body.value(QStringLiteral("reviews")).toArray().size(), 1);
    QCOMPARE(call(a, agent, 4, QStringLiteral("qa.save"), {{QStringLiteral("interaction"), interaction}}).error->code, WireError::Forbidden);
}

void TestService::reviewListAdherenceTrendAndCoaching()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("review.db"));
    QList<qint64> ids;
    const QDateTime t0(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    {
        auto d = store::Database::open(db, store::Database::Mode::Create);
        QVERIFY(d.ok());
        ManualClock c;
        store::Customer x;
        x.name = QStringLiteral("韩梅梅");
        auto created = store::CustomerRepository(**d, c).create(x);
        QVERIFY(created.ok());
        const struct {
            const char *agent, *group;
            int csat;
            QString transcript;
        } rows[] = {
            {"a1", "g", 5, QStringLiteral("坐席：您好，请报一下卡号后四位。\n客户：1234。")},
            {"a1", "g", 2, QStringLiteral("坐席：卡号后四位？\n坐席：您好。")},
            {"a2", "g2", 4, QStringLiteral("坐席：在的。")},
        };
        int n = 0;
        for (const auto &row : rows) {
            store::Interaction i;
            i.customer = created->id;
            i.started = t0.addSecs(600 * n++);
            i.ended = i.started.addSecs(300);
            i.agent = AgentId(QString::fromLatin1(row.agent));
            i.group = QString::fromLatin1(row.group);
            i.business = QStringLiteral("信用卡挂失");
            i.disposition = QStringLiteral("已解决");
            i.csat = row.csat;
            i.transcript = row.transcript;
            auto added = store::InteractionRepository(**d).add(i);
            QVERIFY(added.ok());
            ids << *added;
        }
    }
    Fixture f(db);
    Inbox coach, agent;
    Session *t = f.signIn(coach, QStringLiteral("coach"), QStringLiteral("trainer-secret"));
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    auto call = [&f](Session *s, Inbox &in, const QString &type, QJsonObject body) { return f.call(s, in, type, std::move(body)); };
    // A live script for group g: greet (您好), then verify (后四位).
    const qint64 script = call(t, coach, QStringLiteral("script.create"), {{QStringLiteral("name"), QStringLiteral("挂失")}}).body.value(QStringLiteral("script")).toInteger();
    const QJsonArray stages{QJsonObject{{QStringLiteral("key"), QStringLiteral("greet")}, {QStringLiteral("title"), QStringLiteral("问候")},
                                        {QStringLiteral("text"), QStringLiteral("您好")}, {QStringLiteral("cues"), QJsonArray{QStringLiteral("您好")}}},
                            QJsonObject{{QStringLiteral("key"), QStringLiteral("verify")}, {QStringLiteral("title"), QStringLiteral("核实")},
                                        {QStringLiteral("text"), QStringLiteral("请提供卡号后四位")}, {QStringLiteral("cues"), QJsonArray{QStringLiteral("后四位")}}}};
    QVERIFY(!call(t, coach, QStringLiteral("script.saveDraft"), {{QStringLiteral("script"), script}, {QStringLiteral("stages"), stages}}).isError());
    QVERIFY(!call(t, coach, QStringLiteral("script.publish"), {{QStringLiteral("script"), script}}).isError());
    QVERIFY(!call(t, coach, QStringLiteral("script.setLive"), {{QStringLiteral("group"), QStringLiteral("g")}, {QStringLiteral("script"), script}, {QStringLiteral("version"), 1}})
                 .isError());

    // The list: newest first, filtered.
    auto listIds = [](const Message &m) {
        QList<qint64> out;
        for (const QJsonValue &v : m.body.value(QStringLiteral("items")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    };
    const Message all = call(t, coach, QStringLiteral("review.list"), {});
    QCOMPARE(listIds(all), (QList<qint64>{ids[2], ids[1], ids[0]}));
    const QJsonObject first = all.body.value(QStringLiteral("items")).toArray().at(2).toObject();
    QCOMPARE(first.value(QStringLiteral("customerName")).toString(), QStringLiteral("韩梅梅"));
    QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("g"));
    QCOMPARE(first.value(QStringLiteral("reviews")).toInt(), 0);
    QCOMPARE(listIds(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("agent"), QStringLiteral("a1")}, {QStringLiteral("csatAtMost"), 3}})),
             QList<qint64>{ids[1]});
    QCOMPARE(listIds(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("group"), QStringLiteral("g2")}})), QList<qint64>{ids[2]});
    QCOMPARE(listIds(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("from"), t0.addSecs(300).toString(Qt::ISODate)}})),
             (QList<qint64>{ids[2], ids[1]}));
    const Message paged = call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("limit"), 2}});
    QCOMPARE(listIds(paged).size(), 2);
    QCOMPARE(listIds(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("after"), paged.body.value(QStringLiteral("next"))}})), QList<qint64>{ids[0]});
    QCOMPARE(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("csatAtMost"), 9}}).error->field, QStringLiteral("csatAtMost"));
    QCOMPARE(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("from"), QStringLiteral("yesterday")}}).error->field, QStringLiteral("from"));

    // One interaction beside its script: greet then verify in the first, verify before greet in the second.
    const Message one = call(t, coach, QStringLiteral("review.get"), {{QStringLiteral("interaction"), ids[0]}});
    QCOMPARE(one.body.value(QStringLiteral("script")).toObject().value(QStringLiteral("version")).toInt(), 1);
    QJsonObject adherence = one.body.value(QStringLiteral("adherence")).toObject();
    QCOMPARE(adherence.value(QStringLiteral("marks")).toArray().size(), 2);
    QCOMPARE(adherence.value(QStringLiteral("ratio")).toDouble(), 1.0);
    QVERIFY(one.body.value(QStringLiteral("interaction")).toObject().value(QStringLiteral("transcript")).toString().contains(QStringLiteral("后四位")));
    adherence = call(t, coach, QStringLiteral("review.get"), {{QStringLiteral("interaction"), ids[1]}}).body.value(QStringLiteral("adherence")).toObject();
    QCOMPARE(adherence.value(QStringLiteral("outOfOrder")).toArray(), QJsonArray{QStringLiteral("greet")});
    // No script is live for g2.
    QVERIFY(call(t, coach, QStringLiteral("review.get"), {{QStringLiteral("interaction"), ids[2]}}).body.value(QStringLiteral("script")).isNull());
    QCOMPARE(call(t, coach, QStringLiteral("review.get"), {{QStringLiteral("interaction"), 999}}).error->code, WireError::NotFound);

    // A review is held against the live script, with the router's marks; the list counts it.
    const QJsonObject scores{{QStringLiteral("attitude"), 4}, {QStringLiteral("knowledge"), 3}, {QStringLiteral("efficiency"), 5}, {QStringLiteral("scriptAdherence"), 2}};
    const Message saved = call(t, coach, QStringLiteral("qa.save"),
                               {{QStringLiteral("interaction"), ids[1]}, {QStringLiteral("scores"), scores}, {QStringLiteral("coachingNote"), QStringLiteral("先核实，再问候以外的事")}});
    QCOMPARE(saved.body.value(QStringLiteral("scriptVersion")).toInt(), 1);
    QCOMPARE(saved.body.value(QStringLiteral("adherence")).toArray().size(), 2);
    QCOMPARE(saved.body.value(QStringLiteral("adherence")).toArray().first().toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("verify"));
    QVERIFY(!call(t, coach, QStringLiteral("qa.save"), {{QStringLiteral("interaction"), ids[0]}, {QStringLiteral("scores"), scores}}).isError());
    QCOMPARE(listIds(call(t, coach, QStringLiteral("review.list"), {{QStringLiteral("unreviewedOnly"), true}})), QList<qint64>{ids[2]});

    // The agent's trend: one day, two reviews.
    const QJsonArray points = call(t, coach, QStringLiteral("qa.trend"), {{QStringLiteral("agent"), QStringLiteral("a1")}}).body.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().toObject().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(points.first().toObject().value(QStringLiteral("efficiency")).toDouble(), 5.0);
    QCOMPARE(call(t, coach, QStringLiteral("qa.trend"), {{QStringLiteral("agent"), QStringLiteral("a1")}, {QStringLiteral("bucket"), QStringLiteral("month")}}).error->field,
             QStringLiteral("bucket"));

    // The agent reads the coaching note (only the review that has one), and only their own.
    const QJsonArray notes = call(a, agent, QStringLiteral("coaching.list"), {}).body.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().toObject().value(QStringLiteral("coachingNote")).toString(), QStringLiteral("先核实，再问候以外的事"));
    QCOMPARE(call(a, agent, QStringLiteral("coaching.list"), {{QStringLiteral("agent"), QStringLiteral("a2")}}).error->code, WireError::Forbidden);
    QCOMPARE(call(t, coach, QStringLiteral("coaching.list"), {}).error->field, QStringLiteral("agent"));
    QCOMPARE(call(t, coach, QStringLiteral("coaching.list"), {{QStringLiteral("agent"), QStringLiteral("a1")}}).body.value(QStringLiteral("notes")).toArray().size(), 1);
    // Agents do not review.
    QCOMPARE(call(a, agent, QStringLiteral("review.list"), {}).error->code, WireError::Forbidden);
    QCOMPARE(call(a, agent, QStringLiteral("review.get"), {{QStringLiteral("interaction"), ids[0]}}).error->code, WireError::Forbidden);
}

// A 50/50 experiment by customer: each finished conversation is stored with the variant it was
// routed under and its wait, and report.kpis compares the variants.
void TestService::experimentVariantsReachTheHistoryAndTheReports()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ab.db"));
    const QStringList phones{QStringLiteral("+8613800138000"), QStringLiteral("+8613900139000")};
    QList<CustomerId> customers;
    {
        auto d = store::Database::open(db, store::Database::Mode::Create);
        QVERIFY(d.ok());
        ManualClock c;
        for (const QString &phone : phones) {
            store::Customer x;
            x.name = QStringLiteral("客户");
            x.phones = {phone};
            auto created = store::CustomerRepository(**d, c).create(x);
            QVERIFY(created.ok());
            customers << created->id;
        }
    }
    SiteConfig config = site();
    config.experiment = Experiment{QStringLiteral("x"), ExperimentKey::Customer,
                                   {ExperimentVariant{QStringLiteral("A"), 50}, ExperimentVariant{QStringLiteral("B"), 50}}};
    Fixture f(db, ManualClock().utcNow(), config);
    Inbox ivr, agent, boss;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
    auto call = [&f](Session *s, Inbox &in, const QString &type, QJsonObject body) { return f.call(s, in, type, std::move(body)); };

    QStringList variants;
    for (int k = 0; k < 2; ++k) {
        QJsonObject body = ivrContact();
        QJsonObject handOver = body.value(QStringLiteral("handOver")).toObject();
        handOver.insert(QStringLiteral("callerNumber"), phones[k]);
        body.insert(QStringLiteral("handOver"), handOver);
        const Message created = call(i, ivr, QStringLiteral("contact.create"), body);
        QCOMPARE(created.body.value(QStringLiteral("experiment")).toString(), QStringLiteral("x"));
        variants << created.body.value(QStringLiteral("variant")).toString();
        const qint64 c = created.body.value(QStringLiteral("contact")).toInteger();
        // It waits 10 s (k = 0) or 20 s (k = 1) for the agent, then talks 60 s.
        f.clock.advance(std::chrono::seconds(10 * (k + 1)));
        QVERIFY(!call(a, agent, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).isError());
        QTRY_COMPARE(agent.pushes(QStringLiteral("offer")).size(), k + 1);
        const QJsonArray trace = agent.pushes(QStringLiteral("offer")).last().body.value(QStringLiteral("trace")).toArray();
        QCOMPARE(trace.first().toString(), QStringLiteral("variant %1 of experiment x (by customer)").arg(variants.last()));
        QVERIFY(!call(a, agent, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}).isError());
        f.clock.advance(std::chrono::seconds(60));
        QVERIFY(!call(a, agent, QStringLiteral("contact.end"), {{QStringLiteral("contact"), c}}).isError());
        QVERIFY(!call(a, agent, QStringLiteral("wrapup.finish"), {{QStringLiteral("contact"), c}}).isError());
        QVERIFY(!call(a, agent, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("notReady")}}).isError());
    }
    // The two customers were drawn into different variants (the hash of "x:<customer id>").
    QCOMPARE(QSet<QString>(variants.begin(), variants.end()), (QSet<QString>{QStringLiteral("A"), QStringLiteral("B")}));

    {
        auto d = store::Database::open(db, store::Database::Mode::OpenExisting);
        QVERIFY(d.ok());
        for (int k = 0; k < 2; ++k) {
            const auto page = store::InteractionRepository(**d).page(customers[k], std::nullopt, 10);
            QVERIFY(page.ok());
            QCOMPARE(page->items.size(), 1);
            QCOMPARE(page->items.first().experiment, QStringLiteral("x"));
            QCOMPARE(page->items.first().variant, variants[k]);
            QCOMPARE(page->items.first().waited, std::optional<Duration>(std::chrono::seconds(10 * (k + 1))));
        }
    }

    const QString today = f.clock.utcNow().date().toString(Qt::ISODate);
    const QJsonObject range{{QStringLiteral("from"), today}, {QStringLiteral("to"), today}, {QStringLiteral("by"), QStringLiteral("variant")}};
    const Message report = call(b, boss, QStringLiteral("report.kpis"), range);
    QVERIFY2(!report.isError(), qPrintable(report.isError() ? report.error->message : QString()));
    const QJsonArray rows = report.body.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    for (int r = 0; r < 2; ++r) {
        const QJsonObject row = rows.at(r).toObject();
        const QString key = r == 0 ? QStringLiteral("A") : QStringLiteral("B");
        QCOMPARE(row.value(QStringLiteral("key")).toString(), key);
        QCOMPARE(row.value(QStringLiteral("name")).toString(), key);
        QCOMPARE(row.value(QStringLiteral("experiment")).toString(), QStringLiteral("x"));
        QCOMPARE(row.value(QStringLiteral("contacts")).toInteger(), 1);
        QCOMPARE(row.value(QStringLiteral("handleSeconds")).toDouble(), 60.0);
        QCOMPARE(row.value(QStringLiteral("waitSeconds")).toDouble(), 10.0 * (variants.indexOf(key) + 1));
        QVERIFY(row.value(QStringLiteral("csat")).isNull());
        QVERIFY(!row.contains(QStringLiteral("entered")));  // queue counts are per group
        QVERIFY(!row.contains(QStringLiteral("serviceLevel")));
    }
    QJsonObject one = range;
    one.insert(QStringLiteral("experiment"), QStringLiteral("x"));
    QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), one).body.value(QStringLiteral("experiment")).toString(), QStringLiteral("x"));
    one.insert(QStringLiteral("experiment"), QStringLiteral("other"));
    QVERIFY(call(b, boss, QStringLiteral("report.kpis"), one).body.value(QStringLiteral("rows")).toArray().isEmpty());
    // By group, the rows have the wait too; an experiment narrows only a report by variant.
    QJsonObject byGroup = range;
    byGroup.insert(QStringLiteral("by"), QStringLiteral("group"));
    QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), byGroup).body.value(QStringLiteral("rows")).toArray().first().toObject()
                 .value(QStringLiteral("waitSeconds")).toDouble(), 15.0);
    byGroup.insert(QStringLiteral("experiment"), QStringLiteral("x"));
    QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), byGroup).error->field, QStringLiteral("experiment"));
    QJsonObject bad = range;
    bad.insert(QStringLiteral("by"), QStringLiteral("variants"));
    const Message refused = call(b, boss, QStringLiteral("report.kpis"), bad);
    QCOMPARE(refused.error->field, QStringLiteral("by"));
    QVERIFY(refused.error->message.contains(QStringLiteral("group, agent, day or variant")));
    bad = range;
    bad.insert(QStringLiteral("experiment"), QStringLiteral(""));
    QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), bad).error->field, QStringLiteral("experiment"));
}

void TestService::dailyQueueCountsMakeTheReports()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reports.db"));
    const QDate firstDay = ManualClock().utcNow().date();  // the fixture's site keeps UTC days
    {
        Fixture f(db);
        Inbox ivr, boss, agent;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
        Session *a = f.signIn(agent, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
        auto call = [&f](Session *s, Inbox &in, const QString &type, QJsonObject body) { return f.call(s, in, type, std::move(body)); };
        // Three callers queue in g on the first day; one hangs up.
        QList<qint64> ids;
        for (int k = 0; k < 3; ++k)
            ids << call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();
        QVERIFY(!call(i, ivr, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), ids[0]}}).isError());
        // Midnight passes: the day's counts are kept, and the new day starts from nothing.
        f.clock.advance(std::chrono::hours(16));
        QVERIFY(!call(i, ivr, QStringLiteral("contact.create"), ivrContact()).isError());
        const Message report = call(b, boss, QStringLiteral("report.kpis"),
                                    {{QStringLiteral("from"), firstDay.toString(Qt::ISODate)}, {QStringLiteral("to"), firstDay.addDays(1).toString(Qt::ISODate)},
                                     {QStringLiteral("by"), QStringLiteral("day")}});
        QVERIFY2(!report.isError(), qPrintable(report.isError() ? report.error->message : QString()));
        const QJsonArray rows = report.body.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);  // today as it stands: a report writes it first
        QCOMPARE(rows.first().toObject().value(QStringLiteral("key")).toString(), firstDay.toString(Qt::ISODate));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("entered")).toInt(), 3);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("abandoned")).toInt(), 1);
        QCOMPARE(rows.last().toObject().value(QStringLiteral("entered")).toInt(), 1);
        // Agents see no reports; bad ranges name the field.
        QCOMPARE(call(a, agent, QStringLiteral("report.kpis"), {{QStringLiteral("from"), QStringLiteral("2026-01-05")}, {QStringLiteral("to"), QStringLiteral("2026-01-05")}})
                     .error->code, WireError::Forbidden);
        QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), {{QStringLiteral("from"), QStringLiteral("2026-01-05")}, {QStringLiteral("to"), QStringLiteral("2026-01-01")}})
                     .error->field, QStringLiteral("to"));
        QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), {{QStringLiteral("from"), QStringLiteral("5 Jan")}, {QStringLiteral("to"), QStringLiteral("2026-01-05")}})
                     .error->field, QStringLiteral("from"));
        QCOMPARE(call(b, boss, QStringLiteral("report.kpis"), {{QStringLiteral("from"), QStringLiteral("2026-01-05")}, {QStringLiteral("to"), QStringLiteral("2026-01-05")},
                                                             {QStringLiteral("by"), QStringLiteral("week")}})
                     .error->field, QStringLiteral("by"));
        f.service->shutdown(std::chrono::milliseconds(0));  // writes the second day so far
    }
    // A restarted router adds to the day's counts rather than starting them again.
    {
        Fixture f(db, ManualClock().utcNow().addSecs(16 * 3600));
        auto d = store::Database::open(db, store::Database::Mode::OpenExisting);
        QVERIFY(d.ok());
        const auto second = store::ReportRepository(**d, f.clock).queueDay(QStringLiteral("g"), firstDay.addDays(1));
        QVERIFY(second.ok() && second->has_value());
        QCOMPARE((*second)->entered, 1);
        Inbox ivr;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        f.service->receive(i, request(2, QStringLiteral("contact.create"), ivrContact()));
        QVERIFY(QTest::qWaitFor([&] { return ivr.reply(2).has_value(); }, 3000));
        f.service->shutdown(std::chrono::milliseconds(0));
        QCOMPARE((*store::ReportRepository(**d, f.clock).queueDay(QStringLiteral("g"), firstDay.addDays(1)))->entered, 2);
    }
}

namespace {

QStringList kinds(const QJsonObject &journey)
{
    QStringList out;
    for (const QJsonValue &s : journey.value(QStringLiteral("steps")).toArray())
        out << s.toObject().value(QStringLiteral("kind")).toString();
    return out;
}

// `expected` appears in `actual` in this order (other steps may come between).
bool inOrder(const QStringList &actual, const QStringList &expected)
{
    qsizetype at = 0;
    for (const QString &k : expected) {
        at = actual.indexOf(k, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

QJsonObject stepOf(const QJsonObject &journey, const QString &kind)
{
    for (const QJsonValue &s : journey.value(QStringLiteral("steps")).toArray()) {
        if (s.toObject().value(QStringLiteral("kind")).toString() == kind)
            return s.toObject();
    }
    return {};
}

}  // namespace

void TestService::journeysFromArrivalToOutcome()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("journeys.db"));
    qint64 c1 = 0, c2 = 0, c3 = 0;
    {
        Fixture f(db);
        Inbox ivr, boss, one, two;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
        Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
        Session *a2 = f.signIn(two, QStringLiteral("li"), QStringLiteral("agent-secret"));
        auto ok = [](const Message &m) { return !m.isError() ? true : (qWarning("%s", qPrintable(m.error->message)), false); };
        QVERIFY(ok(f.call(a1, one, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}})));
        // 1: offered to zhang, answered, transferred to g2 with a note, answered by li, ended.
        c1 = f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();
        f.clock.advance(std::chrono::seconds(5));
        QVERIFY(ok(f.call(a1, one, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c1}})));
        // 2: waits in g, raised to VIP 7, moved to g2 by the supervisor, hangs up there.
        c2 = f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();
        QVERIFY(ok(f.call(b, boss, QStringLiteral("contact.level"), {{QStringLiteral("contact"), c2}, {QStringLiteral("level"), 7}})));
        QVERIFY(ok(f.call(b, boss, QStringLiteral("contact.move"), {{QStringLiteral("contact"), c2}, {QStringLiteral("group"), QStringLiteral("g2")}})));
        f.clock.advance(std::chrono::seconds(30));
        QVERIFY(ok(f.call(i, ivr, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), c2}})));
        QVERIFY(ok(f.call(a1, one, QStringLiteral("contact.transfer"),
                          {{QStringLiteral("contact"), c1}, {QStringLiteral("group"), QStringLiteral("g2")}, {QStringLiteral("note"), QStringLiteral("需要售后")}})));
        QVERIFY(ok(f.call(a2, two, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}})));
        QVERIFY(ok(f.call(a2, two, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c1}})));
        f.clock.advance(std::chrono::seconds(60));
        QVERIFY(ok(f.call(a2, two, QStringLiteral("contact.end"), {{QStringLiteral("contact"), c1}})));
        // 3: still in the centre.
        c3 = f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();

        const Message one1 = f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), c1}});
        QVERIFY(ok(one1));
        const QJsonObject j1 = one1.body;
        QCOMPARE(j1.value(QStringLiteral("outcome")).toString(), QStringLiteral("served"));
        QVERIFY2(inOrder(kinds(j1), {QStringLiteral("created"), QStringLiteral("offered"), QStringLiteral("answered"), QStringLiteral("transferred"),
                                     QStringLiteral("ended"), QStringLiteral("offered"), QStringLiteral("answered"), QStringLiteral("ended")}),
                 qPrintable(kinds(j1).join(u' ')));
        QCOMPARE(j1.value(QStringLiteral("ivrPath")).toArray().first().toString(), QStringLiteral("信用卡"));
        QCOMPARE(j1.value(QStringLiteral("caller")).toString(), QStringLiteral("+8613800138000"));
        const QJsonObject transfer = stepOf(j1, QStringLiteral("transferred"));
        QCOMPARE(transfer.value(QStringLiteral("note")).toString(), QStringLiteral("需要售后"));
        QCOMPARE(transfer.value(QStringLiteral("toGroup")).toString(), QStringLiteral("g2"));
        QCOMPARE(transfer.value(QStringLiteral("agent")).toString(), QStringLiteral("a1"));
        QCOMPARE(stepOf(j1, QStringLiteral("answered")).value(QStringLiteral("waitedSeconds")).toDouble(), 5.0);
        QVERIFY(j1.contains(QStringLiteral("endedUtc")));

        const QJsonObject j2 = f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), c2}}).body;
        QCOMPARE(j2.value(QStringLiteral("outcome")).toString(), QStringLiteral("abandoned"));
        QVERIFY2(inOrder(kinds(j2), {QStringLiteral("created"), QStringLiteral("queued"), QStringLiteral("level"), QStringLiteral("moved"),
                                     QStringLiteral("abandoned")}),
                 qPrintable(kinds(j2).join(u' ')));
        QCOMPARE(stepOf(j2, QStringLiteral("moved")).value(QStringLiteral("by")).toString(), QStringLiteral("boss"));
        QCOMPARE(stepOf(j2, QStringLiteral("abandoned")).value(QStringLiteral("group")).toString(), QStringLiteral("g2"));
        QCOMPARE(stepOf(j2, QStringLiteral("abandoned")).value(QStringLiteral("waitedSeconds")).toDouble(), 30.0);

        // Still open: from the router's memory, and in the list once asked.
        const QJsonObject j3 = f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), c3}}).body;
        QVERIFY(j3.value(QStringLiteral("outcome")).isNull());
        auto listed = [&](QJsonObject filter) {
            QList<qint64> ids;
            const Message m = f.call(b, boss, QStringLiteral("journey.list"), std::move(filter));
            if (m.isError())
                return QList<qint64>{-1};
            for (const QJsonValue &v : m.body.value(QStringLiteral("items")).toArray())
                ids << v.toObject().value(QStringLiteral("contact")).toInteger();
            return ids;
        };
        QCOMPARE(listed({}), (QList<qint64>{c3, c2, c1}));
        QCOMPARE(listed({{QStringLiteral("outcome"), QStringLiteral("abandoned")}}), QList<qint64>{c2});
        QCOMPARE(listed({{QStringLiteral("outcome"), QStringLiteral("open")}}), QList<qint64>{c3});
        QCOMPARE(listed({{QStringLiteral("group"), QStringLiteral("g2")}}), (QList<qint64>{c2, c1}));
        QCOMPARE(listed({{QStringLiteral("text"), QStringLiteral("138001")}}), (QList<qint64>{c3, c2, c1}));
        // Refusals: an agent; a contact that is not one; one the router never had.
        QCOMPARE(f.call(a1, one, QStringLiteral("journey.list")).error->code, WireError::Forbidden);
        QCOMPARE(f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), QStringLiteral("x")}}).error->field, QStringLiteral("contact"));
        QCOMPARE(f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), 999}}).error->code, WireError::NotFound);
        QCOMPARE(f.call(b, boss, QStringLiteral("journey.list"), {{QStringLiteral("limit"), 0}}).error->field, QStringLiteral("limit"));
        f.service->shutdown(std::chrono::milliseconds(0));  // stores the open journey as it stands
    }
    // After a restart the open journey carries on where it was.
    {
        Fixture f(db);
        Inbox ivr, boss;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
        f.clock.advance(std::chrono::seconds(10));
        QVERIFY(!f.call(i, ivr, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), c3}}).isError());
        const QJsonObject j3 = f.call(b, boss, QStringLiteral("journey.get"), {{QStringLiteral("contact"), c3}}).body;
        QCOMPARE(j3.value(QStringLiteral("outcome")).toString(), QStringLiteral("abandoned"));
        QVERIFY2(inOrder(kinds(j3), {QStringLiteral("created"), QStringLiteral("abandoned")}), qPrintable(kinds(j3).join(u' ')));
        QCOMPARE(kinds(j3).count(QStringLiteral("created")), 1);
    }
}

void TestService::aChatBecomesACall()
{
    // A web chat customer waits in g (nobody ready) and asks to be called: the bot's integration
    // moves the contact to voice; zhang (a1) answers it as a call; the customer goes back to the
    // chat window, which zhang does from his side, and the IVR hears of it.
    Fixture f;
    Inbox bot, one, ivr2;
    Session *b = f.signIn(bot, QStringLiteral("bot"), QStringLiteral("bot-secret"));
    Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
    Session *other = f.signIn(ivr2, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    QJsonObject chat = ivrContact();
    chat.insert(QStringLiteral("channel"), QStringLiteral("chat"));
    const qint64 c = f.call(b, bot, QStringLiteral("contact.create"), chat).body.value(QStringLiteral("contact")).toInteger();
    QVERIFY(c > 0);
    // Refusals: a channel that is not one; another integration's contact; an agent not in it.
    QCOMPARE(f.call(b, bot, QStringLiteral("contact.channel"), {{QStringLiteral("contact"), c}, {QStringLiteral("channel"), QStringLiteral("pigeon")}})
                 .error->field,
             QStringLiteral("channel"));
    QCOMPARE(f.call(other, ivr2, QStringLiteral("contact.channel"), {{QStringLiteral("contact"), c}, {QStringLiteral("channel"), QStringLiteral("voice")}})
                 .error->code,
             WireError::NotFound);
    QCOMPARE(f.call(a1, one, QStringLiteral("contact.channel"), {{QStringLiteral("contact"), c}, {QStringLiteral("channel"), QStringLiteral("voice")}})
                 .error->code,
             WireError::NotFound);
    const Message moved = f.call(b, bot, QStringLiteral("contact.channel"), {{QStringLiteral("contact"), c}, {QStringLiteral("channel"), QStringLiteral("voice")}});
    QVERIFY2(!moved.isError(), qPrintable(moved.isError() ? moved.error->message : QString()));
    QCOMPARE(f.call(b, bot, QStringLiteral("contact.status"), {{QStringLiteral("contact"), c}}).body.value(QStringLiteral("channel")).toString(),
             QStringLiteral("voice"));
    // zhang is ready: it is offered as a call, with its card.
    QVERIFY(!f.call(a1, one, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).isError());
    const auto offers = one.pushes(QStringLiteral("offer"));
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.first().body.value(QStringLiteral("contact")).toInteger(), c);
    QCOMPARE(offers.first().body.value(QStringLiteral("channel")).toString(), QStringLiteral("voice"));
    QVERIFY(!f.call(a1, one, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}).isError());
    // Back to the chat window, from the agent's side: the bot hears of it.
    QVERIFY(!f.call(a1, one, QStringLiteral("contact.channel"), {{QStringLiteral("contact"), c}, {QStringLiteral("channel"), QStringLiteral("chat")}}).isError());
    Fixture::settle();
    const auto told = bot.pushes(QStringLiteral("contact.channel"));
    QVERIFY(!told.isEmpty());
    QCOMPARE(told.last().body.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    QCOMPARE(told.last().body.value(QStringLiteral("from")).toString(), QStringLiteral("voice"));
    QCOMPARE(told.last().body.value(QStringLiteral("by")).toString(), QStringLiteral("zhang"));
    QCOMPARE(f.service->router().agentStatus(AgentId(QStringLiteral("a1")))->load[static_cast<std::size_t>(Channel::Chat)], 1);
}

void TestService::chatLinesAndTransferNotesSurviveARestart()
{
    // zhang chats with a customer, then transfers the chat to g2 with a note; nobody is ready
    // there. The router restarts: li's offer still carries the conversation and the note.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("chat.db"));
    qint64 c = 0;
    {
        Fixture f(db);
        Inbox web, one;
        Session *w = f.signIn(web, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
        QVERIFY(!f.call(a1, one, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).isError());
        QJsonObject body = ivrContact();
        body.insert(QStringLiteral("channel"), QStringLiteral("chat"));
        c = f.call(w, web, QStringLiteral("contact.create"), body).body.value(QStringLiteral("contact")).toInteger();
        QVERIFY(!f.call(a1, one, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c}}).isError());
        QVERIFY(!f.call(w, web, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("我的卡丢了")}}).isError());
        QVERIFY(!f.call(a1, one, QStringLiteral("chat.send"), {{QStringLiteral("contact"), c}, {QStringLiteral("text"), QStringLiteral("已为您冻结")}}).isError());
        QVERIFY(!f.call(a1, one, QStringLiteral("contact.transfer"),
                        {{QStringLiteral("contact"), c}, {QStringLiteral("group"), QStringLiteral("g2")}, {QStringLiteral("note"), QStringLiteral("需补卡")}})
                     .isError());
        f.service->shutdown(std::chrono::milliseconds(0));
    }
    Fixture f(db);
    Inbox two;
    Session *a2 = f.signIn(two, QStringLiteral("li"), QStringLiteral("agent-secret"));
    QVERIFY(!f.call(a2, two, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).isError());
    const auto offers = two.pushes(QStringLiteral("offer"));
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.first().body.value(QStringLiteral("contact")).toInteger(), c);
    const QJsonArray chat = offers.first().body.value(QStringLiteral("chat")).toArray();
    QCOMPARE(chat.size(), 2);
    QCOMPARE(chat.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("我的卡丢了"));
    QCOMPARE(chat.at(1).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("agent"));
    const QJsonArray hops = offers.first().body.value(QStringLiteral("transfers")).toArray();
    QCOMPARE(hops.size(), 1);
    QCOMPARE(hops.at(0).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("需补卡"));
    QCOMPARE(hops.at(0).toObject().value(QStringLiteral("fromAgent")).toString(), QStringLiteral("a1"));
}

void TestService::contactIdsAreNeverHandedOutTwice()
{
    // Contacts a bot kept or that came after hours are not in the journal; their journeys are in
    // the store. A restarted router starts above every id stored there.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ids.db"));
    {
        auto d = store::Database::open(db, store::Database::Mode::Create);
        QVERIFY(d.ok());
        store::ContactJourney j;
        j.contact = 500;
        j.started = ManualClock().utcNow().addSecs(-3600);
        j.ended = j.started.addSecs(10);
        j.outcome = QStringLiteral("bot");
        QVERIFY(store::JourneyRepository(**d).save(j).ok());
    }
    Fixture f(db);
    Inbox ivr;
    Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
    const qint64 c = f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();
    QVERIFY2(c > 500, qPrintable(QString::number(c)));
}

void TestService::theDayByFifteenMinuteIntervals()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("intervals.db"));
    const QDateTime start = ManualClock().utcNow();  // 09:00 UTC: 17:00 at the site (Shanghai)
    const QDateTime local = start.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const int slot = (local.time().hour() * 60 + local.time().minute()) / 15;
    auto intervalsOf = [](const Message &m, const QString &group) {
        QHash<int, QJsonObject> out;
        for (const QJsonValue &g : m.body.value(QStringLiteral("groups")).toArray()) {
            if (g.toObject().value(QStringLiteral("group")).toString() != group)
                continue;
            for (const QJsonValue &i : g.toObject().value(QStringLiteral("intervals")).toArray())
                out.insert(i.toObject().value(QStringLiteral("slot")).toInt(), i.toObject());
        }
        return out;
    };
    {
        Fixture f(db, start);
        Inbox ivr, boss, one;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
        Session *a1 = f.signIn(one, QStringLiteral("zhang"), QStringLiteral("agent-secret"));
        // 09:00–09:15: three callers wait in g (the most at once: 3), one hangs up, one is answered.
        QList<qint64> ids;
        for (int k = 0; k < 3; ++k)
            ids << f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).body.value(QStringLiteral("contact")).toInteger();
        Fixture::settle();
        f.clock.advance(std::chrono::seconds(10));
        QVERIFY(!f.call(i, ivr, QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), ids[0]}}).isError());
        QVERIFY(!f.call(a1, one, QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).isError());
        QVERIFY(!f.call(a1, one, QStringLiteral("offer.accept"), {{QStringLiteral("contact"), ids[1]}}).isError());
        // 09:20: another caller.
        f.clock.advance(std::chrono::minutes(20));
        QVERIFY(!f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).isError());
        const Message today = f.call(b, boss, QStringLiteral("stats.intervals"), {{QStringLiteral("group"), QStringLiteral("g")}});
        QVERIFY2(!today.isError(), qPrintable(today.isError() ? today.error->message : QString()));
        QCOMPARE(today.body.value(QStringLiteral("intervalMinutes")).toInt(), 15);
        QCOMPARE(today.body.value(QStringLiteral("day")).toString(), local.date().toString(Qt::ISODate));
        const auto g = intervalsOf(today, QStringLiteral("g"));
        QVERIFY2(g.contains(slot) && g.contains(slot + 1), qPrintable(QString::fromUtf8(QJsonDocument(today.body).toJson(QJsonDocument::Compact))));
        QCOMPARE(g[slot].value(QStringLiteral("entered")).toInt(), 3);
        QCOMPARE(g[slot].value(QStringLiteral("abandoned")).toInt(), 1);
        QCOMPARE(g[slot].value(QStringLiteral("answered")).toInt(), 1);
        QCOMPARE(g[slot].value(QStringLiteral("maxWaiting")).toInt(), 3);
        QCOMPARE(g[slot].value(QStringLiteral("serviceLevel")).toDouble(), 0.5);  // answered in 10 s of a 20 s target; one hung up
        QCOMPARE(g[slot].value(QStringLiteral("start")).toString(), QStringLiteral("%1T17:00:00+08:00").arg(local.date().toString(Qt::ISODate)));
        QCOMPARE(g[slot + 1].value(QStringLiteral("entered")).toInt(), 1);
        QVERIFY(!intervalsOf(today, QStringLiteral("g2")).contains(slot));  // one group asked for
        // The intervals add up to the day's counts.
        const auto stats = *f.service->router().groupStatistics(GroupId(QStringLiteral("g")));
        long long entered = 0;
        for (const auto &iv : g)
            entered += iv.value(QStringLiteral("entered")).toInteger();
        QCOMPARE(entered, stats.entered);
        // Refusals.
        QCOMPARE(f.call(a1, one, QStringLiteral("stats.intervals")).error->code, WireError::Forbidden);
        QCOMPARE(f.call(b, boss, QStringLiteral("stats.intervals"), {{QStringLiteral("group"), QStringLiteral("nope")}}).error->field, QStringLiteral("group"));
        QCOMPARE(f.call(b, boss, QStringLiteral("stats.intervals"), {{QStringLiteral("day"), QStringLiteral("today")}}).error->field, QStringLiteral("day"));
        f.service->shutdown(std::chrono::milliseconds(0));
    }
    // A restarted router carries on with the day: the intervals are where they were, and new
    // arrivals add to them.
    {
        Fixture f(db, start.addSecs(25 * 60));
        Inbox ivr, boss;
        Session *i = f.signIn(ivr, QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        Session *b = f.signIn(boss, QStringLiteral("boss"), QStringLiteral("sup-secret"));
        QVERIFY(!f.call(i, ivr, QStringLiteral("contact.create"), ivrContact()).isError());
        const auto g = intervalsOf(f.call(b, boss, QStringLiteral("stats.intervals")), QStringLiteral("g"));
        QCOMPARE(g.value(slot).value(QStringLiteral("entered")).toInt(), 3);
        QCOMPARE(g.value(slot).value(QStringLiteral("maxWaiting")).toInt(), 3);
        QCOMPARE(g.value(slot + 1).value(QStringLiteral("entered")).toInt(), 2);
        // An earlier day comes from the store: nothing was kept for it.
        const Message before = f.call(b, boss, QStringLiteral("stats.intervals"), {{QStringLiteral("day"), local.date().addDays(-1).toString(Qt::ISODate)}});
        QVERIFY(!before.isError());
        QVERIFY(before.body.value(QStringLiteral("groups")).toArray().isEmpty());
        f.service->shutdown(std::chrono::milliseconds(0));
    }
}

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
