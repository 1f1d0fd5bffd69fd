// One protocol suite, two transports: every case runs through LocalClient (in process) and
// RemoteClient (WebSocket to a live gateway), and the two runs must tell the same story —
// the same replies and pushes, in the same order, with the same bodies.
#include "gateway.h"
#include "netsupport.h"
#include "routerclient.h"
#include "sitebuilder.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace baton;
using namespace baton::core;
using namespace baton::net;
using namespace baton::test;
using namespace std::chrono_literals;

namespace {

struct Backend {
    explicit Backend(bool remote) : remote(remote)
    {
        users.add(QStringLiteral("ivr"), QStringLiteral("ivr-secret"), Role::Integration);
        users.add(QStringLiteral("zhang"), QStringLiteral("agent-secret"), Role::Agent, QStringLiteral("a1"));
        users.add(QStringLiteral("boss"), QStringLiteral("sup-secret"), Role::Supervisor);
        ServiceOptions o;
        o.positionInterval = 20ms;
        o.resumeGrace = 3000ms;
        service = std::make_unique<RoutingService>(clock,
                                                   SiteBuilder()
                                                       .group(QStringLiteral("g"))
                                                       .wrapUp(60)
                                                       .group(QStringLiteral("g2"))
                                                       .agent(QStringLiteral("a1"), {"g"})
                                                       .build(),
                                                   o, &users);
        if (!service->start())
            qFatal("no service");
        if (remote) {
            gateway = std::make_unique<Gateway>(*service, GatewayOptions{});
            if (!gateway->listen(QHostAddress::LocalHost, 0))
                qFatal("cannot listen");
        }
    }
    std::unique_ptr<RouterClient> client()
    {
        if (remote)
            return std::make_unique<RemoteClient>(QUrl(gateway->url()));
        return std::make_unique<LocalClient>(*service);
    }

    bool remote;
    SystemClock clock;
    FixedUsers users;
    std::unique_ptr<RoutingService> service;
    std::unique_ptr<Gateway> gateway;
};

// A client with a transcript: replies and pushes as "type body" lines, ids and volatile fields out.
struct Recorder {
    explicit Recorder(std::unique_ptr<RouterClient> c) : client(std::move(c))
    {
        QObject::connect(client.get(), &RouterClient::pushed, client.get(), [this](const Message &m) {
            pushes.append(m);
            // Position announcements are coalesced on a timer: how many come depends on timing.
            if (m.type != QLatin1String("contact.position"))
                pushLog << QStringLiteral("push %1 %2").arg(m.type, normal(m.body));
        });
    }
    // Without what depends on the clock (waits, estimates, deadlines) or on the connection.
    static QJsonValue stable(const QJsonValue &v)
    {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &x : v.toArray())
                out.append(stable(x));
            return out;
        }
        if (!v.isObject())
            return v;
        QJsonObject o = v.toObject();
        for (const char *k : {"session", "waitedSeconds", "acceptWithinSeconds", "handledSeconds", "offer", "estimatedWaitSeconds"})
            o.remove(QLatin1String(k));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = stable(*it);
        return o;
    }
    static QString normal(const QJsonObject &body)
    {
        return QString::fromUtf8(QJsonDocument(stable(body).toObject()).toJson(QJsonDocument::Compact));
    }
    Message call(const QString &type, QJsonObject body = {})
    {
        std::optional<Message> reply;
        client->request(type, std::move(body), [&](const Message &m) { reply = m; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 5000))
            qFatal("no reply to %s", qPrintable(type));
        transcript << QStringLiteral("reply %1 %2").arg(reply->type,
                                                        reply->isError() ? wireErrorName(reply->error->code) + QLatin1Char(' ') + reply->error->field
                                                                         : normal(reply->body));
        return *reply;
    }
    bool signIn(const QString &user, const QString &password)
    {
        std::optional<Message> reply;
        client->signIn(user, password, [&](const Message &m) { reply = m; });
        return QTest::qWaitFor([&] { return reply.has_value(); }, 5000) && !reply->isError();
    }
    bool waitPush(const QString &type, int count = 1)
    {
        return QTest::qWaitFor([&] {
            return std::count_if(pushes.begin(), pushes.end(), [&](const Message &m) { return m.type == type; }) >= count;
        }, 5000);
    }

    std::unique_ptr<RouterClient> client;
    QList<Message> pushes;
    QStringList transcript;  // replies, in request order
    QStringList pushLog;     // pushes, in sequence order
};

QJsonObject contactBody()
{
    return {{QStringLiteral("business"), QStringLiteral("信用卡挂失")},
            {QStringLiteral("handOver"), QJsonObject{{QStringLiteral("menuPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                                                     {QStringLiteral("keywords"), QJsonArray{QStringLiteral("丢卡")}}}}};
}

// The scenario both transports run; returns the three transcripts joined.
QStringList scenario(Backend &b)
{
    Recorder ivr(b.client()), agent(b.client()), boss(b.client());
    if (!ivr.signIn(QStringLiteral("ivr"), QStringLiteral("ivr-secret")) || !agent.signIn(QStringLiteral("zhang"), QStringLiteral("agent-secret"))
        || !boss.signIn(QStringLiteral("boss"), QStringLiteral("sup-secret")))
        return {QStringLiteral("sign-in failed")};
    ivr.call(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), 1}});  // forbidden for an IVR
    const Message c1 = ivr.call(QStringLiteral("contact.create"), contactBody());
    const Message c2 = ivr.call(QStringLiteral("contact.create"), contactBody());
    ivr.call(QStringLiteral("contact.create"), {{QStringLiteral("channel"), QStringLiteral("fax")}});  // invalid, names the field
    agent.call(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    agent.waitPush(QStringLiteral("offer"));
    agent.call(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), c1.body.value(QStringLiteral("contact"))}});
    ivr.waitPush(QStringLiteral("contact.routed"));
    ivr.waitPush(QStringLiteral("contact.position"));
    boss.call(QStringLiteral("group.waiting"), {{QStringLiteral("group"), QStringLiteral("g")}});
    agent.call(QStringLiteral("contact.transfer"), {{QStringLiteral("contact"), c1.body.value(QStringLiteral("contact"))},
                                                    {QStringLiteral("group"), QStringLiteral("g2")}});
    agent.waitPush(QStringLiteral("contact.ended"));
    agent.call(QStringLiteral("wrapup.finish"), {{QStringLiteral("contact"), c1.body.value(QStringLiteral("contact"))}});
    agent.waitPush(QStringLiteral("offer"), 2);
    ivr.call(QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), c2.body.value(QStringLiteral("contact"))}});
    agent.waitPush(QStringLiteral("offer.ended"));
    return QStringList{QStringLiteral("== ivr")} + ivr.transcript + ivr.pushLog + QStringList{QStringLiteral("== agent")} + agent.transcript
        + agent.pushLog + QStringList{QStringLiteral("== supervisor")} + boss.transcript + boss.pushLog;
}

}  // namespace

class TestClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void localAndRemoteTellTheSameStory();
    void remoteResumesAfterADroppedConnection();
    void remoteRequestsFailCleanlyWhenDisconnected();
    void wrongPasswordStopsRetrying();
    void remoteFindsTheRouterThatServes();
    void remoteReadsAListOfRouters();
};

void TestClients::localAndRemoteTellTheSameStory()
{
    Backend local(false);
    Backend remote(true);
    const QStringList a = scenario(local);
    const QStringList b = scenario(remote);
    if (a != b) {
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            qInfo().noquote() << (a.value(i) == b.value(i) ? "  " : "≠ ") << a.value(i) << "|" << b.value(i);
    }
    QCOMPARE(a, b);
    QVERIFY(a.size() > 15);
    QVERIFY(a.join(u'\n').contains(QStringLiteral("reply error forbidden")));
    QVERIFY(a.join(u'\n').contains(QStringLiteral("invalid_argument channel")));
}

void TestClients::remoteResumesAfterADroppedConnection()
{
    Backend b(true);
    Recorder agent(b.client());
    Recorder ivr(b.client());
    QVERIFY(agent.signIn(QStringLiteral("zhang"), QStringLiteral("agent-secret")));
    QVERIFY(ivr.signIn(QStringLiteral("ivr"), QStringLiteral("ivr-secret")));
    agent.call(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}});
    auto *remote = static_cast<RemoteClient *>(agent.client.get());
    remote->dropConnection();
    // While it is away, an offer is made to it.
    QVERIFY(QTest::qWaitFor([&] { return remote->state() != RouterClient::State::Ready; }, 2000));
    ivr.call(QStringLiteral("contact.create"), contactBody());
    QVERIFY(QTest::qWaitFor([&] { return remote->state() == RouterClient::State::Ready; }, 5000));
    QVERIFY(agent.waitPush(QStringLiteral("offer")));
    QCOMPARE(remote->reconnects(), 1);
    // The same session goes on: the offer can be accepted.
    const auto offer = std::find_if(agent.pushes.begin(), agent.pushes.end(), [](const Message &m) { return m.type == QLatin1String("offer"); });
    const Message accepted = agent.call(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), offer->body.value(QStringLiteral("contact"))}});
    if (accepted.isError())
        qInfo() << accepted.error->message;
    QCOMPARE(accepted.type, QStringLiteral("offer.accept.ok"));
}

void TestClients::remoteRequestsFailCleanlyWhenDisconnected()
{
    RemoteClient c(QUrl(QStringLiteral("ws://127.0.0.1:1")));  // nobody listens on port 1
    std::optional<Message> reply;
    c.request(QStringLiteral("agent.status"), {}, [&](const Message &m) { reply = m; });
    QVERIFY(reply && reply->isError());
    QCOMPARE(reply->error->code, WireError::Unavailable);
}

void TestClients::wrongPasswordStopsRetrying()
{
    Backend b(true);
    RemoteClient c(QUrl(b.gateway->url()));
    std::optional<Message> reply;
    c.signIn(QStringLiteral("zhang"), QStringLiteral("wrong"), [&](const Message &m) { reply = m; });
    QVERIFY(QTest::qWaitFor([&] { return reply.has_value(); }, 5000));
    QCOMPARE(reply->error->code, WireError::Unauthenticated);
    QCOMPARE(c.state(), RouterClient::State::Disconnected);
}

void TestClients::remoteFindsTheRouterThatServes()
{
    // A standby router closes every connection before the handshake; a dead one refuses.
    QTcpServer standby;
    QVERIFY(standby.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&standby, &QTcpServer::newConnection, &standby, [&] {
        while (QTcpSocket *s = standby.nextPendingConnection())
            s->abort();
    });
    const QUrl standbyUrl(QStringLiteral("ws://127.0.0.1:%1").arg(standby.serverPort()));
    const QUrl deadUrl(QStringLiteral("ws://127.0.0.1:1"));
    Backend first(true);
    Backend second(true);
    const QUrl firstUrl(first.gateway->url());
    const QUrl secondUrl(second.gateway->url());

    // Signing in goes past the standby and the dead one to the router that serves.
    Recorder agent(std::make_unique<RemoteClient>(QList<QUrl>{standbyUrl, deadUrl, firstUrl, secondUrl}));
    auto *remote = static_cast<RemoteClient *>(agent.client.get());
    QVERIFY(agent.signIn(QStringLiteral("zhang"), QStringLiteral("agent-secret")));
    QCOMPARE(remote->url(), firstUrl);

    // That router goes away (the active one died; the standby took over): the client moves on
    // by itself and signs in there, as a new session, within the 5 s a failover allows.
    int signIns = 0;
    QObject::connect(remote, &RouterClient::signedIn, remote, [&] { ++signIns; });
    QElapsedTimer away;
    away.start();
    first.gateway.reset();
    QVERIFY(QTest::qWaitFor([&] { return signIns == 1 && remote->state() == RouterClient::State::Ready; }, 5000));
    QVERIFY2(away.elapsed() < 5000, qPrintable(QString::number(away.elapsed())));
    QCOMPARE(remote->url(), secondUrl);
    QCOMPARE(agent.call(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}).type, QStringLiteral("agent.state.ok"));

    // None serves: the first sign-in says so at once, naming every address tried.
    RemoteClient none(QList<QUrl>{standbyUrl, deadUrl});
    std::optional<Message> reply;
    none.signIn(QStringLiteral("zhang"), QStringLiteral("agent-secret"), [&](const Message &m) { reply = m; });
    QVERIFY(QTest::qWaitFor([&] { return reply.has_value(); }, 5000));
    QCOMPARE(reply->error->code, WireError::Unavailable);
    QVERIFY2(reply->error->message.contains(standbyUrl.toDisplayString()) && reply->error->message.contains(deadUrl.toDisplayString()),
             qPrintable(reply->error->message));
    QCOMPARE(none.state(), RouterClient::State::Disconnected);
}

void TestClients::remoteReadsAListOfRouters()
{
    const auto two = RemoteClient::parseUrls(QStringLiteral(" wss://r1.example:8443,wss://r2.example:8443  ws://r3:1 wss://r1.example:8443"));
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 3);  // the repeated one once
    QCOMPARE(two->at(1), QUrl(QStringLiteral("wss://r2.example:8443")));
    for (const char *bad : {"", "  , ", "http://r1:80", "wss://", "r1:8443"}) {
        const auto parsed = RemoteClient::parseUrls(QLatin1String(bad));
        QVERIFY2(!parsed.ok(), bad);
        QCOMPARE(parsed.error().field, QStringLiteral("server"));
    }
}

QTEST_MAIN(TestClients)
#include "tst_clients.moc"
