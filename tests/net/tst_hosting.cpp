// A desktop that hosts its embedded site (SiteHost): other desktops connect over WebSocket (or
// wss:// with the site's certificate) and sign in as the users of the site's database, with
// their passwords — the desktop's own sign-in by picking an agent does not reach the network —
// and then work as on baton-router: an offer reaches the remote agent. Bad settings name what
// is wrong; switching hosting off closes the door.
#include "hosting.h"

#include "database.h"
#include "netsupport.h"
#include "routerclient.h"
#include "sitebuilder.h"
#include "testtls.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace baton;
using namespace baton::core;
using namespace baton::net;
using namespace baton::test;

namespace {

// As the desktop's LocalAuthenticator: the site's agents sign in by picking themselves, and
// the demo's IVR by name — no passwords, fine inside one process, never over the network.
class PickAgent final : public Authenticator {
public:
    Result<Identity> authenticate(const QString &user, const QString &) override
    {
        if (user == QLatin1String("ivr"))
            return Identity{user, Role::Integration, {}, user, {}};
        if (user == QLatin1String("a1") || user == QLatin1String("a2"))
            return Identity{user, Role::Agent, AgentId(user), user, {}};
        return Error::invalid(QStringLiteral("credentials"), QStringLiteral("'%1' is not an agent of this site").arg(user));
    }
};

std::optional<Message> signIn(RouterClient &client, const QString &user, const QString &password)
{
    std::optional<Message> reply;
    client.signIn(user, password, [&](const Message &m) { reply = m; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 8000))
        return std::nullopt;
    return reply;
}

}  // namespace

class TestHosting : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    PickAgent m_local;
    std::unique_ptr<RoutingService> m_service;
    QString m_db;

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        {
            auto db = store::Database::open(m_db, store::Database::Mode::Create);
            QVERIFY(db.ok());
            store::UserRepository users(**db, m_clock, nullptr, store::PasswordCost::minimum());
            QVERIFY(users.add(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Agent, AgentId(QStringLiteral("a2")), QStringLiteral("wang-secret-2026"),
                              QStringLiteral("admin"))
                        .ok());
        }
        ServiceOptions options;
        options.databasePath = m_db;
        options.fsync = false;
        m_service = std::make_unique<RoutingService>(m_clock, SiteBuilder().group(QStringLiteral("g")).agent(QStringLiteral("a1"), {"g"}).agent(QStringLiteral("a2"), {"g"}).build(),
                                                     options, &m_local);
        QVERIFY(m_service->start().ok());
    }
    void cleanup() { m_service.reset(); }

    void otherDesktopsSignInWithTheSitesUsers()
    {
        SiteHost host(*m_service, m_db, m_clock);
        host.setPasswordCost(store::PasswordCost::minimum());
        QVERIFY(!host.isRunning());
        auto url = host.apply({true, QStringLiteral("127.0.0.1:0"), {}, {}});
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
        QVERIFY(url->startsWith(QStringLiteral("ws://127.0.0.1:")));
        QVERIFY(host.isRunning());

        // Picking an agent is for this computer only: over the network it is refused.
        RemoteClient intruder{QUrl(*url)};
        const auto refused = signIn(intruder, QStringLiteral("a1"), QString());
        QVERIFY(refused && refused->isError());
        // A user of the site's database, with the password, gets in.
        RemoteClient wang{QUrl(*url)};
        const auto welcome = signIn(wang, QStringLiteral("wangfang"), QStringLiteral("wang-secret-2026"));
        QVERIFY2(welcome && !welcome->isError(), welcome ? qPrintable(welcome->isError() ? welcome->error->message : QString()) : "no answer");
        QTRY_COMPARE(host.connectedDesktops(), 1);
        // This desktop's own sign-in is as before.
        LocalClient here(*m_service);
        QVERIFY(signIn(here, QStringLiteral("a1"), QString()).value_or(Message{}).type == QLatin1String("hello.ok"));
        QCOMPARE(host.connectedDesktops(), 1);  // local sessions do not count

        // Routing works across: an IVR on this computer, the agent on the other one.
        QList<Message> pushes;
        connect(&wang, &RouterClient::pushed, this, [&pushes](const Message &m) { pushes.append(m); });
        bool ready = false;
        wang.request(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}, [&ready](const Message &m) { ready = !m.isError(); });
        QTRY_VERIFY(ready);
        LocalClient ivr(*m_service);
        QVERIFY(signIn(ivr, QStringLiteral("ivr"), QString()).value_or(Message{}).type == QLatin1String("hello.ok"));
        qint64 contact = 0;
        ivr.request(QStringLiteral("contact.create"), {{QStringLiteral("channel"), QStringLiteral("voice")}, {QStringLiteral("business"), QStringLiteral("挂失")}},
                    [&contact](const Message &m) { contact = m.body.value(QStringLiteral("contact")).toInteger(); });
        QTRY_VERIFY(contact > 0);
        QTRY_VERIFY(std::any_of(pushes.begin(), pushes.end(), [contact](const Message &m) {
            return m.type == QLatin1String("offer") && m.body.value(QStringLiteral("contact")).toInteger() == contact;
        }));

        // Hosting off: the door closes, the connected desktop is told.
        QVERIFY(host.apply({false, QStringLiteral("127.0.0.1:0"), {}, {}}).ok());
        QVERIFY(!host.isRunning());
        QTRY_VERIFY(wang.state() != RouterClient::State::Ready);
        RemoteClient late{QUrl(*url)};
        QVERIFY(!signIn(late, QStringLiteral("wangfang"), QStringLiteral("wang-secret-2026")).value_or(Message{}).type.endsWith(QLatin1String(".ok")));
    }

    void reconnectsWithASignInTokenNotThePassword()
    {
        SiteHost host(*m_service, m_db, m_clock);
        host.setPasswordCost(store::PasswordCost::minimum());
        auto url = host.apply({true, QStringLiteral("127.0.0.1:0"), {}, {}});
        QVERIFY(url.ok());
        RemoteClient wang{QUrl(*url)};
        const auto welcome = signIn(wang, QStringLiteral("wangfang"), QStringLiteral("wang-secret-2026"));
        QVERIFY(welcome && !welcome->isError());
        const QString token = welcome->body.value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 40);

        // The password stops working (as if only a password check could let the client in
        // again): the client comes back all the same, with its token.
        {
            auto db = store::Database::open(m_db, store::Database::Mode::OpenExisting);
            QSqlQuery q = (*db)->query();
            QVERIFY(q.exec(QStringLiteral("UPDATE users SET password_hash = 'not-a-hash' WHERE id = 'wangfang'")));
        }
        wang.dropConnection();
        QTRY_VERIFY(wang.state() != RouterClient::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(wang.state(), RouterClient::State::Ready, 5000);
        QCOMPARE(wang.reconnects(), 1);

        // Raw hellos, as a supervisor (agents have one desk: a second sign-in replaces the
        // first): the token in place of a password; a wrong one is refused; not both.
        {
            auto db = store::Database::open(m_db, store::Database::Mode::OpenExisting);
            store::UserRepository users(**db, m_clock, nullptr, store::PasswordCost::minimum());
            QVERIFY(users.add(QStringLiteral("boss"), {}, Role::Supervisor, {}, QStringLiteral("boss-secret-2026"), QStringLiteral("admin")).ok());
        }
        RemoteClient boss{QUrl(*url)};
        const auto bossWelcome = signIn(boss, QStringLiteral("boss"), QStringLiteral("boss-secret-2026"));
        QVERIFY(bossWelcome && !bossWelcome->isError());
        const QString bossToken = bossWelcome->body.value(QStringLiteral("token")).toString();
        const auto rawHello = [&](const QJsonObject &body) {
            QWebSocket raw;
            QStringList answers;
            connect(&raw, &QWebSocket::textMessageReceived, this, [&answers](const QString &t) { answers.append(t); });
            raw.open(QUrl(*url));
            if (!QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 5000))
                return QString();
            raw.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("hello")},
                                                                           {QStringLiteral("id"), 1}, {QStringLiteral("body"), body}})
                                                      .toJson(QJsonDocument::Compact)));
            return QTest::qWaitFor([&] { return !answers.isEmpty(); }, 5000) ? answers.first() : QString();
        };
        QVERIFY(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")}})
                    .contains(QStringLiteral("unauthenticated")));
        QVERIFY(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), bossToken}, {QStringLiteral("password"), QStringLiteral("x")}})
                    .contains(QStringLiteral("invalid_argument")));
        QVERIFY(rawHello({{QStringLiteral("user"), QStringLiteral("wangfang")}, {QStringLiteral("token"), bossToken}}).contains(QStringLiteral("unauthenticated")));
        QVERIFY(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), bossToken}}).contains(QStringLiteral("hello.ok")));

        // Signing out ends the token (revoked on the sign-in thread, after the bye's reply).
        boss.signOut();
        QTRY_VERIFY(boss.state() == RouterClient::State::Disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), bossToken}})
                                     .contains(QStringLiteral("unauthenticated")),
                                 5000);

        // A session resumed with the password gets a new token, and the old one ends.
        QWebSocket first;
        QStringList firstAnswers;
        connect(&first, &QWebSocket::textMessageReceived, this, [&firstAnswers](const QString &t) { firstAnswers.append(t); });
        first.open(QUrl(*url));
        QTRY_COMPARE(first.state(), QAbstractSocket::ConnectedState);
        first.sendTextMessage(QStringLiteral(R"({"v":1,"type":"hello","id":1,"body":{"user":"boss","password":"boss-secret-2026"}})"));
        QTRY_VERIFY(!firstAnswers.isEmpty());
        const QJsonObject opened = QJsonDocument::fromJson(firstAnswers.first().toUtf8()).object().value(QStringLiteral("body")).toObject();
        const QString oldToken = opened.value(QStringLiteral("token")).toString();
        QVERIFY(!oldToken.isEmpty());
        first.close();
        QTest::qWait(200);  // the router sees the connection gone and keeps the session
        const QString resumed = rawHello({{QStringLiteral("user"), QStringLiteral("boss")},
                                          {QStringLiteral("password"), QStringLiteral("boss-secret-2026")},
                                          {QStringLiteral("resume"), QJsonObject{{QStringLiteral("session"), opened.value(QStringLiteral("session"))},
                                                                                 {QStringLiteral("seq"), 0}}}});
        QVERIFY2(resumed.contains(QStringLiteral("\"resumed\":true")), qPrintable(resumed));
        const QString newToken = QJsonDocument::fromJson(resumed.toUtf8()).object().value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!newToken.isEmpty() && newToken != oldToken);
        QTRY_VERIFY_WITH_TIMEOUT(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), oldToken}})
                                     .contains(QStringLiteral("unauthenticated")),
                                 5000);
        QVERIFY(rawHello({{QStringLiteral("user"), QStringLiteral("boss")}, {QStringLiteral("token"), newToken}}).contains(QStringLiteral("hello.ok")));
    }

    void badSettingsNameWhatIsWrong()
    {
        SiteHost host(*m_service, m_db, m_clock);
        QCOMPARE(host.apply({true, QStringLiteral("everywhere"), {}, {}}).error().field, QStringLiteral("listen"));
        QCOMPARE(host.apply({true, QStringLiteral("127.0.0.1:0"), m_dir.filePath(QStringLiteral("none.pem")), m_dir.filePath(QStringLiteral("none.key"))}).error().field,
                 QStringLiteral("tls-cert"));
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const auto busy = host.apply({true, QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()), {}, {}});
        QVERIFY(!busy.ok());
        QVERIFY2(busy.error().message.contains(QString::number(taken.serverPort())), qPrintable(busy.error().message));
        QVERIFY(!host.isRunning());
        QVERIFY(host.apply({false, {}, {}, {}}).ok());  // off needs no address
    }

    void wssWithTheSitesCertificate()
    {
        QTemporaryDir dir;
        if (!selfSignedServerTls(dir))
            QSKIP("openssl is not installed: cannot make a test certificate");
        SiteHost host(*m_service, m_db, m_clock);
        host.setPasswordCost(store::PasswordCost::minimum());
        auto url = host.apply({true, QStringLiteral("127.0.0.1:0"), dir.filePath(QStringLiteral("cert.pem")), dir.filePath(QStringLiteral("key.pem"))});
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
        QVERIFY(url->startsWith(QStringLiteral("wss://")));
        RemoteClient wang{QUrl(*url)};
        wang.setIgnoreTlsErrors(true);  // self-signed for the test
        const auto welcome = signIn(wang, QStringLiteral("wangfang"), QStringLiteral("wang-secret-2026"));
        QVERIFY(welcome && !welcome->isError());
    }
};

QTEST_MAIN(TestHosting)
#include "tst_hosting.moc"
