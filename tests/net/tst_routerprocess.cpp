// baton-router as a process, as an operator runs it: it prints where it listens, answers health
// and metrics, serves the protocol, reloads its configuration on SIGHUP (keeping the old one when
// the new one is wrong), and on SIGTERM tells clients to reconnect and exits cleanly.
#include "protocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace baton::net;

namespace {

QString binary(const QString &name) { return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name; }

QByteArray httpGet(const QString &url, int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return {};
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

}  // namespace

class TestRouterProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badCommandLinesAreClearErrors();
    void servesReloadsAndShutsDownGracefully();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config;
};

void TestRouterProcess::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("router.db"));
    m_config = m_dir.filePath(QStringLiteral("site.json"));
    QVERIFY(QFile::copy(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"), m_config));
    QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QProcess::execute(binary(QStringLiteral("baton-admin")), {QStringLiteral("init"), QStringLiteral("--db"), m_db}), 0);
    QProcess add;
    add.start(binary(QStringLiteral("baton-admin")), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ivr"),
                                                      QStringLiteral("--role"), QStringLiteral("integration"), QStringLiteral("--db"), m_db});
    QVERIFY(add.waitForStarted());
    add.write("a-long-ivr-secret\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(20000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
}

void TestRouterProcess::badCommandLinesAreClearErrors()
{
    QProcess p;
    p.start(binary(QStringLiteral("baton-router")), {QStringLiteral("--db"), m_db});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--config"));

    p.start(binary(QStringLiteral("baton-router")), {QStringLiteral("--config"), m_config, QStringLiteral("--db"), m_db,
                                                     QStringLiteral("--listen"), QStringLiteral("nowhere")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);

    p.start(binary(QStringLiteral("baton-router")), {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("missing.json")),
                                                     QStringLiteral("--db"), m_db});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("missing.json"));
}

void TestRouterProcess::servesReloadsAndShutsDownGracefully()
{
    QProcess router;
    router.start(binary(QStringLiteral("baton-router")),
                 {QStringLiteral("--config"), m_config, QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-fsync")});
    QVERIFY(router.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return router.canReadLine() && router.bytesAvailable() > 10 && router.peek(4096).count('\n') >= 2; }, 10000));
    const QString ws = QString::fromUtf8(router.readLine()).trimmed();
    const QString http = QString::fromUtf8(router.readLine()).trimmed();
    QVERIFY(ws.startsWith(QStringLiteral("ws://127.0.0.1:")));
    QVERIFY(http.startsWith(QStringLiteral("http://127.0.0.1:")));

    int status = 0;
    QCOMPARE(httpGet(http + QStringLiteral("/healthz"), &status), QByteArray("ok\n"));
    QCOMPARE(status, 200);
    QCOMPARE(httpGet(http + QStringLiteral("/readyz"), &status), QByteArray("ready\n"));
    QVERIFY(httpGet(http + QStringLiteral("/metrics")).contains("baton_contacts_waiting{group=\"presales\"} 0"));

    QWebSocket client;
    QList<Message> received;
    bool closed = false;
    connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &t) {
        WireFailure f;
        if (auto m = decode(t.toUtf8(), &f))
            received.append(*m);
    });
    connect(&client, &QWebSocket::disconnected, this, [&] { closed = true; });
    client.open(QUrl(ws));
    QVERIFY(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
    client.sendTextMessage(QStringLiteral(R"({"v":1,"type":"hello","id":1,"body":{"user":"ivr","password":"a-long-ivr-secret"}})"));
    QVERIFY(QTest::qWaitFor([&] { return !received.isEmpty(); }, 10000));
    QCOMPARE(received.first().type, QStringLiteral("hello.ok"));

    // A broken configuration is refused and the old one stays.
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray good = config.readAll();
    config.close();
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("{\"name\": 5}");
    config.close();
    ::kill(static_cast<pid_t>(router.processId()), SIGHUP);
    QByteArray log;
    QVERIFY(QTest::qWaitFor([&] {
        log += router.readAllStandardError();
        return log.contains("NOT reloaded");
    }, 5000));
    QCOMPARE(httpGet(http + QStringLiteral("/readyz")), QByteArray("ready\n"));
    // A good one is taken.
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(good);
    config.close();
    ::kill(static_cast<pid_t>(router.processId()), SIGHUP);
    QVERIFY(QTest::qWaitFor([&] {
        log += router.readAllStandardError();
        return log.contains("configuration reloaded");
    }, 5000));

    // SIGTERM: clients hear it, the process ends cleanly.
    ::kill(static_cast<pid_t>(router.processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] {
        return std::any_of(received.begin(), received.end(), [](const Message &m) { return m.type == QLatin1String("shutdown"); });
    }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return closed; }, 5000));
    QVERIFY(router.waitForFinished(10000));
    QCOMPARE(router.exitStatus(), QProcess::NormalExit);
    QCOMPARE(router.exitCode(), 0);
}

QTEST_MAIN(TestRouterProcess)
#include "tst_routerprocess.moc"
