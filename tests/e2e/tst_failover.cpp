// Active and standby routers on one PostgreSQL database (app/store/sitelock.h), from outside:
// the real baton-router and baton-sim processes in the throw-away cluster CTest starts.
// - A standby stands by: /readyz says so, its WebSocket port closes every connection, and it
//   takes over when the active router stops.
// - baton-sim load with hundreds of agents and more callers than they can take at once SIGKILLs
//   the active router and audits the failover: every acknowledged contact answered exactly once, no agent holding
//   two, every client back within 5 s, and the time without routing reported.
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using baton::test::TestDatabases;

namespace {

QString binary(const char *name) { return QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(name); }

// GET url: the status and the body.
std::pair<int, QByteArray> get(const QUrl &url)
{
    QNetworkAccessManager http;
    QNetworkReply *r = http.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([r] { return r->isFinished(); }, 5000))
        r->abort();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = r->readAll();
    r->deleteLater();
    return {status, body};
}

struct Router {
    QProcess process;
    QUrl ws;
    QUrl http;

    bool start(const QString &config, const QString &db)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(binary("baton-router"), {QStringLiteral("--config"), config, QStringLiteral("--db"), db, QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--password-cost"), QStringLiteral("minimum"), QStringLiteral("--no-fsync")});
        if (!process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (process.peek(4096).count('\n') < 2 && t.elapsed() < 20000)
            process.waitForReadyRead(100);
        ws = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        http = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        return ws.port() > 0 && http.port() > 0;
    }
    int ready() const { return get(http.resolved(QUrl(QStringLiteral("/readyz")))).first; }
    ~Router()
    {
        if (process.state() == QProcess::Running) {
            process.terminate();
            if (!process.waitForFinished(10000))
                process.kill();
        }
    }
};

}  // namespace

class TestFailover : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { BATON_REQUIRE_DATABASES(m_dbs); }
    void aStandbyStandsByThenTakesOver();
    void loadSurvivesTheActiveRouterBeingKilled();

private:
    TestDatabases m_dbs;
};

void TestFailover::aStandbyStandsByThenTakesOver()
{
    QVERIFY2(m_dbs.postgres(), "runs on PostgreSQL only (BATON_TEST_ENGINE=postgresql, as CTest sets it)");
    const QString db = m_dbs.location(QStringLiteral("standby"));
    const QString config = QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json");
    Router a;
    QVERIFY(a.start(config, db));
    QTRY_COMPARE_WITH_TIMEOUT(a.ready(), 200, 20000);
    Router b;
    QVERIFY(b.start(config, db));

    // B stands by: not ready, and says who serves.
    QTRY_VERIFY_WITH_TIMEOUT(get(b.http.resolved(QUrl(QStringLiteral("/readyz")))).second.contains("served by"), 5000);
    QCOMPARE(b.ready(), 503);
    QVERIFY(get(b.http.resolved(QUrl(QStringLiteral("/metrics")))).second.contains("baton_router_active 0"));
    QVERIFY(get(a.http.resolved(QUrl(QStringLiteral("/metrics")))).second.contains("baton_router_active 1"));
    // Its WebSocket port closes a connection before the handshake.
    QWebSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [&] { closed = true; });
    socket.open(b.ws);
    QTRY_VERIFY_WITH_TIMEOUT(closed, 5000);
    QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
    // SIGHUP does not disturb a standby.
    ::kill(static_cast<pid_t>(b.process.processId()), SIGHUP);

    // A stops (a rolling upgrade, say): B takes over within seconds.
    QElapsedTimer t;
    t.start();
    a.process.terminate();
    QVERIFY(a.process.waitForFinished(10000));
    QCOMPARE(a.process.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(b.ready(), 200, 10000);
    qInfo() << "standby ready" << t.elapsed() << "ms after the active router was told to stop";
    const QByteArray metrics = get(b.http.resolved(QUrl(QStringLiteral("/metrics")))).second;
    QVERIFY(metrics.contains("baton_router_active 1"));
    QVERIFY2(metrics.contains("baton_lease_epoch 2"), metrics.right(200).constData());

    // A malformed database address is refused at once, not retried.
    QProcess bad;
    bad.start(binary("baton-router"), {QStringLiteral("--config"), config, QStringLiteral("--db"), QStringLiteral("postgresql://host:99999/x"),
                                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("port"));
}

void TestFailover::loadSurvivesTheActiveRouterBeingKilled()
{
    QVERIFY2(m_dbs.postgres(), "runs on PostgreSQL only (BATON_TEST_ENGINE=postgresql, as CTest sets it)");
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(binary("baton-sim"), {QStringLiteral("load"), QStringLiteral("--db"), m_dbs.location(QStringLiteral("load")), QStringLiteral("--standby"),
                                    QStringLiteral("1"), QStringLiteral("--kill-active-at"), QStringLiteral("7"), QStringLiteral("--agents"),
                                    QStringLiteral("200"), QStringLiteral("--rate"), QStringLiteral("60"), QStringLiteral("--seconds"),
                                    QStringLiteral("10"), QStringLiteral("--aht"), QStringLiteral("8"), QStringLiteral("--client-threads"),
                                    QStringLiteral("4"), QStringLiteral("--ivrs"), QStringLiteral("4")});
    QVERIFY(sim.waitForStarted());
    QVERIFY(sim.waitForFinished(180000));
    const QString output = QString::fromUtf8(sim.readAll());
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("failover:")) || line.startsWith(QLatin1String("killed")) || line.startsWith(QLatin1String("contacts:")))
            qInfo().noquote() << line;
    QVERIFY2(sim.exitCode() == 0, qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("killed the active router")));
    // More callers than agents: at the kill some wait and every agent talks, so the standby
    // has both to recover (its log line, forwarded by baton-sim).
    const auto recovered = QRegularExpression(QStringLiteral("took the site lock \\(epoch 2\\).*\\n.*recovered (\\d+) waiting, (\\d+) in conversation"))
                               .match(output);
    QVERIFY2(recovered.hasMatch(), qPrintable(output));
    QVERIFY(recovered.captured(1).toInt() > 0);
    QVERIFY(recovered.captured(2).toInt() > 0);
    QVERIFY(output.contains(QStringLiteral("failover: PASS")));
    // The audit itself, read back: nothing lost or doubled, and everyone back within 5 s.
    const auto audit = QRegularExpression(QStringLiteral("failover: (\\d+) acknowledged contacts: (\\d+) answered once, 0 never, 0 more than once"))
                           .match(output);
    QVERIFY2(audit.hasMatch(), qPrintable(output));
    QVERIFY(audit.captured(1).toInt() >= 300);  // steady contacts before and after the kill
    QCOMPARE(audit.captured(1), audit.captured(2));
    QVERIFY(output.contains(QStringLiteral("agents holding two contacts at once: 0")));
    const auto back = QRegularExpression(QStringLiteral("(\\d+) connections dropped, (\\d+) back: p50 \\d+ ms, max (\\d+) ms; 0 not back")).match(output);
    QVERIFY2(back.hasMatch(), qPrintable(output));
    QVERIFY(back.captured(1).toInt() >= 200);  // every agent and IVR session
    QCOMPARE(back.captured(1), back.captured(2));
    QVERIFY(back.captured(3).toInt() <= 5000);
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
