// The WebSocket edge, live on 127.0.0.1: a whole contact over real sockets, and everything a
// hostile or broken client can send — oversized frames, binary frames, garbage, 100,000 mutated
// messages, floods, silence, too many connections — after which the server still serves.
#include "gateway.h"
#include "netsupport.h"
#include "testtls.h"
#include "sitebuilder.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace baton;
using namespace baton::core;
using namespace baton::net;
using namespace baton::test;
using namespace std::chrono_literals;

namespace {

// A test client: sends requests, keeps everything it receives.
class Client : public QObject {
public:
    explicit Client(const QString &url, bool ignoreTlsErrors = false)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            WireFailure f;
            if (auto m = decode(t.toUtf8(), &f))
                received.append(*m);
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        if (ignoreTlsErrors)
            connect(&socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &) { socket.ignoreSslErrors(); });
        socket.open(QUrl(url));
    }
    bool waitOpen() { return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000); }
    std::optional<Message> call(const QString &type, QJsonObject body = {})
    {
        const qint64 id = ++nextId;
        Message m;
        m.type = type;
        m.id = id;
        m.body = std::move(body);
        socket.sendTextMessage(QString::fromUtf8(encode(m)));
        std::optional<Message> reply;
        (void)QTest::qWaitFor([&] {
            for (const auto &r : received) {
                if (r.id == id) {
                    reply = r;
                    return true;
                }
            }
            return closed;
        }, 5000);
        return reply;
    }
    std::optional<Message> waitPush(const QString &type)
    {
        std::optional<Message> found;
        (void)QTest::qWaitFor([&] {
            for (const auto &r : received) {
                if (r.id == 0 && r.type == type) {
                    found = r;
                    return true;
                }
            }
            return false;
        }, 5000);
        return found;
    }

    QWebSocket socket;
    QList<Message> received;
    qint64 nextId = 0;
    bool closed = false;
};

QJsonObject credentials(const QString &user, const QString &password)
{
    return {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
}

struct Server {
    explicit Server(GatewayOptions options = {})
    {
        users.add(QStringLiteral("ivr"), QStringLiteral("ivr-secret"), Role::Integration);
        users.add(QStringLiteral("zhang"), QStringLiteral("agent-secret"), Role::Agent, QStringLiteral("a1"));
        ServiceOptions so;
        so.positionInterval = 20ms;
        so.authenticateOnThread = true;  // as baton-router does
        service = std::make_unique<RoutingService>(clock, SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).build(),
                                                   so, &users);
        if (!service->start())
            qFatal("service did not start");
        gateway = std::make_unique<Gateway>(*service, std::move(options));
        if (!gateway->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }
    // A fresh client signs in and creates a contact: the server serves.
    bool serves()
    {
        Client c(gateway->url());
        if (!c.waitOpen())
            return false;
        const auto hello = c.call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret")));
        const auto created = c.call(QStringLiteral("contact.create"), {{QStringLiteral("business"), QStringLiteral("挂失")}});
        return hello && !hello->isError() && created && created->type == QStringLiteral("contact.create.ok");
    }

    SystemClock clock;
    FixedUsers users;
    std::unique_ptr<RoutingService> service;
    std::unique_ptr<Gateway> gateway;
};

QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    const int edits = 1 + static_cast<int>(rng.bounded(4));
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const auto at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(bytes.size())));
        switch (rng.bounded(5)) {
        case 0: bytes[at] = static_cast<char>(rng.bounded(256)); break;
        case 1: bytes.remove(at, 1 + static_cast<qsizetype>(rng.bounded(8))); break;
        case 2: bytes.insert(at, QByteArray(1 + static_cast<qsizetype>(rng.bounded(4)), "{}[]\":,\\"[rng.bounded(8)])); break;
        case 3: bytes.truncate(at); break;
        case 4: bytes.insert(at, bytes.mid(at, 16)); break;
        }
    }
    return bytes;
}

}  // namespace

class TestGateway : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aContactOverRealSockets();
    void pingsAreAnsweredAtTheEdgeOnlyWhenNothingIsOwed();
    void oversizedFramesAreRefused();
    void binaryAndMalformedFramesGetErrorsThenClose();
    void survivesOneHundredThousandMutatedFrames();
    void floodsAreRateLimited();
    void silentConnectionsAreClosedAndAgentsGoOffline();
    void connectionLimitRefusesTheExtra();
    void serverPushesShutdownAndClosesGracefully();
    void unfinishedUpgradesAreClosed();
    void tls();
};

void TestGateway::aContactOverRealSockets()
{
    Server s;
    Client ivr(s.gateway->url());
    Client agent(s.gateway->url());
    QVERIFY(ivr.waitOpen() && agent.waitOpen());
    QCOMPARE(ivr.call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret")))->type, QStringLiteral("hello.ok"));
    QCOMPARE(agent.call(QStringLiteral("hello"), credentials(QStringLiteral("zhang"), QStringLiteral("agent-secret")))->type, QStringLiteral("hello.ok"));
    QCOMPARE(agent.call(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}})->type, QStringLiteral("agent.state.ok"));
    // Requests sent right behind a hello wait for the password check and run after it, in order.
    Client eager(s.gateway->url());
    QVERIFY(eager.waitOpen());
    eager.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"hello","id":1,"body":{"user":"ivr","password":"ivr-secret"}})"));
    eager.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"ping","id":2})"));
    QVERIFY(QTest::qWaitFor([&] { return eager.received.size() >= 2; }, 5000));
    QCOMPARE(eager.received[0].type, QStringLiteral("hello.ok"));
    QCOMPARE(eager.received[1].type, QStringLiteral("ping.ok"));
    const auto created = ivr.call(QStringLiteral("contact.create"), {{QStringLiteral("business"), QStringLiteral("挂失")}});
    QCOMPARE(created->body.value(QStringLiteral("outcome")).toString(), QStringLiteral("queued"));
    const auto offer = agent.waitPush(QStringLiteral("offer"));
    QVERIFY(offer);
    QCOMPARE(offer->body.value(QStringLiteral("contact")), created->body.value(QStringLiteral("contact")));
    QCOMPARE(agent.call(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), offer->body.value(QStringLiteral("contact"))}})->type,
             QStringLiteral("offer.accept.ok"));
    QVERIFY(ivr.waitPush(QStringLiteral("contact.routed")));
}

// A signed-in connection's ping is answered by its I/O thread; before hello, after bye, and behind
// a request still unanswered it goes to the service, so answers keep their order.
void TestGateway::pingsAreAnsweredAtTheEdgeOnlyWhenNothingIsOwed()
{
    Server s;
    Client c(s.gateway->url());
    QVERIFY(c.waitOpen());
    const auto early = c.call(QStringLiteral("ping"));
    QVERIFY(early && early->isError());
    QCOMPARE(early->error->code, WireError::Unauthenticated);
    QCOMPARE(s.gateway->stats().pingsAtEdge, 0);

    QCOMPARE(c.call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret")))->type, QStringLiteral("hello.ok"));
    QCOMPARE(c.call(QStringLiteral("ping"))->type, QStringLiteral("ping.ok"));
    QCOMPARE(s.gateway->stats().pingsAtEdge, 1);

    // Sent back to back: the ping must not overtake the request before it.
    c.received.clear();
    c.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"contact.create","id":50,"body":{"business":"挂失"}})"));
    c.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"ping","id":51})"));
    QVERIFY(QTest::qWaitFor([&] { return c.received.size() >= 2; }, 5000));
    QCOMPARE(c.received[0].id, 50);
    QCOMPARE(c.received[0].type, QStringLiteral("contact.create.ok"));
    QCOMPARE(c.received[1].id, 51);
    QCOMPARE(c.received[1].type, QStringLiteral("ping.ok"));
    long long atEdge = s.gateway->stats().pingsAtEdge;  // 1, or 2 when the frames came apart
    // Owed nothing again: answered at the edge, unless a push (the contact's position) was on its
    // way to the connection at that moment; then the service answers, after it.
    for (int i = 0; i < 50 && s.gateway->stats().pingsAtEdge == atEdge; ++i)
        QCOMPARE(c.call(QStringLiteral("ping"))->type, QStringLiteral("ping.ok"));
    QCOMPARE(s.gateway->stats().pingsAtEdge, atEdge + 1);
    atEdge = s.gateway->stats().pingsAtEdge - 1;
    // Without an id it is malformed, as the service says.
    c.received.clear();
    c.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"ping"})"));
    QVERIFY(QTest::qWaitFor([&] { return !c.received.isEmpty(); }, 5000));
    QCOMPARE(c.received[0].error->code, WireError::Malformed);
    QCOMPARE(s.gateway->stats().pingsAtEdge, atEdge + 1);

    QCOMPARE(c.call(QStringLiteral("bye"))->type, QStringLiteral("bye.ok"));
    const auto late = c.call(QStringLiteral("ping"));
    QVERIFY(late && late->isError());
    QCOMPARE(s.gateway->stats().pingsAtEdge, atEdge + 1);

    // An agent signed in at another desk: the first desk's session is signed out, and its pings
    // are refused as the service refuses them.
    Client first(s.gateway->url()), second(s.gateway->url());
    QVERIFY(first.waitOpen() && second.waitOpen());
    QCOMPARE(first.call(QStringLiteral("hello"), credentials(QStringLiteral("zhang"), QStringLiteral("agent-secret")))->type, QStringLiteral("hello.ok"));
    QCOMPARE(first.call(QStringLiteral("ping"))->type, QStringLiteral("ping.ok"));
    QCOMPARE(s.gateway->stats().pingsAtEdge, atEdge + 2);
    QCOMPARE(second.call(QStringLiteral("hello"), credentials(QStringLiteral("zhang"), QStringLiteral("agent-secret")))->type, QStringLiteral("hello.ok"));
    QVERIFY(first.waitPush(QStringLiteral("session.replaced")));
    const auto replaced = first.call(QStringLiteral("ping"));
    QVERIFY(replaced && replaced->isError());
    QCOMPARE(replaced->error->code, WireError::Unauthenticated);
    QCOMPARE(s.gateway->stats().pingsAtEdge, atEdge + 2);
}

void TestGateway::oversizedFramesAreRefused()
{
    Server s;
    Client c(s.gateway->url());
    QVERIFY(c.waitOpen());
    c.socket.sendTextMessage(QString(2 * 1024 * 1024, QLatin1Char('x')));
    QVERIFY(QTest::qWaitFor([&] { return c.closed; }, 5000));
    QVERIFY(s.serves());
}

void TestGateway::binaryAndMalformedFramesGetErrorsThenClose()
{
    GatewayOptions o;
    o.malformedLimit = 5;
    Server s(o);
    Client c(s.gateway->url());
    QVERIFY(c.waitOpen());
    c.socket.sendBinaryMessage(QByteArray("\x01\x02", 2));
    QVERIFY(QTest::qWaitFor([&] { return !c.received.isEmpty(); }, 3000));
    QCOMPARE(c.received.first().error->code, WireError::Malformed);
    c.socket.sendTextMessage(QStringLiteral("{\"v\":1,"));
    c.socket.sendTextMessage(QStringLiteral("{\"v\":7,\"type\":\"hello\",\"id\":1}"));
    QVERIFY(QTest::qWaitFor([&] { return c.received.size() >= 3; }, 3000));
    QCOMPARE(c.received[2].error->code, WireError::VersionMismatch);
    for (int i = 0; i < 5; ++i)
        c.socket.sendTextMessage(QStringLiteral("nonsense"));
    QVERIFY(QTest::qWaitFor([&] { return c.closed; }, 5000));
    QVERIFY(s.gateway->stats().malformed >= 5);
    QVERIFY(s.serves());
}

void TestGateway::survivesOneHundredThousandMutatedFrames()
{
    GatewayOptions o;
    o.messagesPerSecond = 1e9;
    o.burst = 1000000;
    o.malformedLimit = 1000000;
    Server s(o);
    const QList<QByteArray> seeds{
        R"({"v":1,"type":"hello","id":1,"body":{"user":"ivr","password":"ivr-secret"}})",
        R"({"v":1,"type":"contact.create","id":2,"body":{"channel":"chat","business":"挂失","handOver":{"menuPath":["1","2"],"keywords":["丢"]}}})",
        R"({"v":1,"type":"contact.status","id":3,"body":{"contact":1}})",
        R"({"v":1,"type":"agent.state","id":4,"body":{"state":"ready","reason":"x"}})",
        R"({"v":1,"type":"contact.abandon","id":5,"body":{"contact":2}})",
    };
    QRandomGenerator rng(20261126);
    constexpr int kFrames = 100000;
    constexpr int kConnections = 4;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < kConnections; ++i) {
        clients.push_back(std::make_unique<Client>(s.gateway->url()));
        QVERIFY(clients.back()->waitOpen());
        // Half of them signed in, so mutated requests reach the service too.
        if (i % 2 == 0)
            QVERIFY(clients.back()->call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret"))));
    }
    for (int i = 0; i < kFrames; ++i) {
        Client &c = *clients[static_cast<std::size_t>(i % kConnections)];
        if (c.closed)
            continue;
        c.socket.sendTextMessage(QString::fromUtf8(mutate(seeds[i % seeds.size()], rng)));
        if (i % 2000 == 0)
            QCoreApplication::processEvents();
    }
    QVERIFY(QTest::qWaitFor([&] { return s.gateway->stats().messagesIn >= kFrames; }, 60000));
    QVERIFY(s.serves());
    qInfo("frames in %lld, malformed %lld", s.gateway->stats().messagesIn, s.gateway->stats().malformed);
}

void TestGateway::floodsAreRateLimited()
{
    GatewayOptions o;
    o.messagesPerSecond = 10;
    o.burst = 20;
    Server s(o);
    Client c(s.gateway->url());
    QVERIFY(c.waitOpen());
    for (int i = 0; i < 100; ++i)
        c.socket.sendTextMessage(QStringLiteral(R"({"v":1,"type":"agent.status","id":%1})").arg(i + 1));
    QVERIFY(QTest::qWaitFor([&] { return c.received.size() >= 100; }, 5000));
    const auto limited = std::count_if(c.received.begin(), c.received.end(),
                                       [](const Message &m) { return m.error && m.error->code == WireError::RateLimited; });
    QVERIFY2(limited >= 70, qPrintable(QString::number(limited)));
    QVERIFY(s.serves());
}

void TestGateway::silentConnectionsAreClosedAndAgentsGoOffline()
{
    GatewayOptions o;
    o.heartbeat = 100ms;
    o.deadAfter = 400ms;
    Server s(o);
    // A raw client that completes the handshake, signs in, and then never answers a ping.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(QUrl(s.gateway->url()).port()));
    QVERIFY(raw.waitForConnected(3000));
    raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0 || raw.waitForReadyRead(50); }, 3000));
    QVERIFY(raw.readAll().startsWith("HTTP/1.1 101"));
    QTRY_COMPARE_WITH_TIMEOUT(s.gateway->stats().closedDead, 1LL, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 3000);
}

void TestGateway::connectionLimitRefusesTheExtra()
{
    GatewayOptions o;
    o.maxConnections = 2;
    Server s(o);
    Client a(s.gateway->url()), b(s.gateway->url());
    QVERIFY(a.waitOpen() && b.waitOpen());
    Client c(s.gateway->url());
    QVERIFY(QTest::qWaitFor([&] { return c.closed; }, 5000));
    QCOMPARE(s.gateway->stats().refused, 1);
}

void TestGateway::serverPushesShutdownAndClosesGracefully()
{
    Server s;
    Client c(s.gateway->url());
    QVERIFY(c.waitOpen());
    QVERIFY(c.call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret"))));
    s.service->shutdown(1500ms);
    const auto bye = c.waitPush(QStringLiteral("shutdown"));
    QVERIFY(bye);
    QCOMPARE(bye->body.value(QStringLiteral("reconnectInSeconds")).toDouble(), 1.5);
    const auto refused = c.call(QStringLiteral("agent.status"));
    QCOMPARE(refused->error->code, WireError::Unavailable);
    s.gateway->close();
    QVERIFY(QTest::qWaitFor([&] { return c.closed; }, 5000));
    QCOMPARE(c.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

// A plain connection that starts the upgrade and never finishes it is closed after the time-out
// (Qt's upgrader times out only its own listening socket's handshakes).
void TestGateway::unfinishedUpgradesAreClosed()
{
    GatewayOptions o;
    o.handshakeTimeout = 300ms;
    Server s(o);
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, QUrl(s.gateway->url()).port());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");  // the rest never comes
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(s.serves());
}

void TestGateway::tls()
{
    QTemporaryDir dir;
    const auto tls = selfSignedServerTls(dir);
    if (!tls)
        QSKIP("openssl is not installed: cannot make a test certificate");
    GatewayOptions o;
    o.tls = *tls;
    o.handshakeTimeout = 500ms;
    o.ioThreads = 2;
    Server s(o);
    QVERIFY(s.gateway->url().startsWith(QStringLiteral("wss://")));
    // Several clients, spread over the I/O threads, each running TLS there.
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<Client>(s.gateway->url(), true));
        QVERIFY(clients.back()->waitOpen());
    }
    Client &c = *clients.front();
    QCOMPARE(c.call(QStringLiteral("hello"), credentials(QStringLiteral("ivr"), QStringLiteral("ivr-secret")))->type, QStringLiteral("hello.ok"));
    const auto created = c.call(QStringLiteral("contact.create"), {{QStringLiteral("business"), QStringLiteral("挂失")}});
    QCOMPARE(created->type, QStringLiteral("contact.create.ok"));
    QCOMPARE(s.gateway->stats().connections, 4);
    // A connection that never starts its TLS handshake is closed after the handshake time-out.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, QUrl(s.gateway->url()).port());
    QVERIFY(silent.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    // Nor does one that finishes TLS but never asks for the WebSocket upgrade.
    QSslSocket encrypted;
    encrypted.setPeerVerifyMode(QSslSocket::VerifyNone);  // the test certificate is self-signed
    encrypted.connectToHostEncrypted(QStringLiteral("127.0.0.1"), QUrl(s.gateway->url()).port());
    QTRY_VERIFY_WITH_TIMEOUT(encrypted.isEncrypted(), 5000);  // not waitForEncrypted: the gateway accepts on this thread
    encrypted.write("GET / HTTP/1.1\r\n");  // and no more
    QTRY_COMPARE_WITH_TIMEOUT(encrypted.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(s.gateway->stats().connections, 4);
    // A plain ws:// client gets nowhere.
    QString plainUrl = s.gateway->url();
    plainUrl.replace(QStringLiteral("wss://"), QStringLiteral("ws://"));
    Client plain(plainUrl);
    QVERIFY(!plain.waitOpen());
}

QTEST_MAIN(TestGateway)
#include "tst_gateway.moc"
