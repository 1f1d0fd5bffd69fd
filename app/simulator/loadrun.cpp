#include "loadrun.h"

#include "database.h"
#include "protocol.h"
#include "routerclient.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <atomic>
#include <cmath>
#include <mutex>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace baton::simulator {
namespace {

const QString kPassword = QStringLiteral("load-test-password");

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "baton-sim load: " << message << "\n";
    return 1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

// Thousands of sockets need thousands of descriptors: raise the soft limit to the hard one.
void raiseDescriptorLimit(int needed)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    if (static_cast<int>(limit.rlim_cur) < needed)
        QTextStream(stderr) << "baton-sim load: only " << limit.rlim_cur << " file descriptors for about " << needed
                            << " connections; raise `ulimit -n`\n";
}

QByteArray siteJson(int agents, int groups)
{
    QJsonArray g, a, rules;
    for (int i = 0; i < groups; ++i) {
        const QString id = QStringLiteral("g%1").arg(i);
        g.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("wrapUpSeconds"), 0},
                             {QStringLiteral("overflow"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("g%1").arg((i + 1) % groups)},
                                                                                {QStringLiteral("afterSeconds"), 30}}}}});
        rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                                 {QStringLiteral("match"), QJsonObject{{QStringLiteral("businesses"), QJsonArray{id}}}},
                                 {QStringLiteral("action"), QJsonObject{{QStringLiteral("targets"), QJsonArray{id}}}}});
    }
    for (int i = 0; i < agents; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i)},
                             {QStringLiteral("name"), QStringLiteral("a%1").arg(i)},
                             {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("g%1").arg(i % groups)}},
                                                                   QJsonObject{{QStringLiteral("group"), QStringLiteral("g%1").arg((i + 1) % groups)}}}}});
    const QJsonObject site{{QStringLiteral("version"), 1},
                           {QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), QStringLiteral("load test")},
                                                                {QStringLiteral("timeZone"), QStringLiteral("Asia/Shanghai")}}},
                           {QStringLiteral("groups"), g},
                           {QStringLiteral("agents"), a},
                           {QStringLiteral("rules"), rules},
                           {QStringLiteral("defaultRoute"), QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("g0")}}}},
                           {QStringLiteral("offers"), QJsonObject{{QStringLiteral("acceptTimeoutSeconds"), 30}}}};
    return QJsonDocument(site).toJson(QJsonDocument::Compact);
}

core::Status seedUsers(const QString &db, int agents)
{
    auto opened = store::Database::open(db, store::Database::Mode::Create);
    if (!opened)
        return opened.error();
    store::Database &d = *opened.value();
    const core::SystemClock clock;
    store::UserRepository users(d, clock, nullptr, store::PasswordCost::minimum());
    if (auto s = d.begin(); !s)
        return s;
    for (int i = 0; i < agents; ++i) {
        if (auto u = users.add(QStringLiteral("load-a%1").arg(i), {}, core::Role::Agent, core::AgentId(QStringLiteral("a%1").arg(i)), kPassword,
                               QStringLiteral("baton-sim load"));
            !u) {
            d.rollback();
            return u.error();
        }
    }
    for (const char *name : {"load-ivr", "load-ping"}) {
        if (auto u = users.add(QLatin1String(name), {}, core::Role::Integration, {}, kPassword, QStringLiteral("baton-sim load")); !u) {
            d.rollback();
            return u.error();
        }
    }
    return d.commit();
}

struct ProcessFigures {
    double cpuSeconds = 0;
    long rssKb = 0;
    long peakKb = 0;
};

std::optional<ProcessFigures> readProcess(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!stat.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly))
        return std::nullopt;
    ProcessFigures f;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');  // from field 3 on
    if (fields.size() > 13)
        f.cpuSeconds = static_cast<double>(fields[11].toLongLong() + fields[12].toLongLong()) / static_cast<double>(sysconf(_SC_CLK_TCK));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            f.rssKb = line.mid(6).trimmed().split(' ').first().toLong();
        else if (line.startsWith("VmHWM:"))
            f.peakKb = line.mid(6).trimmed().split(' ').first().toLong();
    }
    return f;
}

// A raw WebSocket echo on its own thread: the yardstick for the protocol's round trip.
class EchoServer : public QObject {
public:
    quint16 start()
    {
        m_server = new QWebSocketServer(QStringLiteral("echo"), QWebSocketServer::NonSecureMode, this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server->nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &t) { s->sendTextMessage(t); });
            }
        });
        return m_server->serverPort();
    }

private:
    QWebSocketServer *m_server = nullptr;
};

// One connection speaking the protocol, with a handler per reply and one for pushes.
class Connection : public QObject {
public:
    using Handler = std::function<void(const net::Message &)>;
    explicit Connection(std::atomic<long long> *counter) : m_counter(counter)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            ++*m_counter;
            net::WireFailure f;
            const auto m = net::decode(text.toUtf8(), &f);
            if (!m)
                return;
            if (m->id != 0) {
                if (const Handler h = m_waiting.take(m->id))
                    h(*m);
            } else if (onPush) {
                onPush(*m);
            }
        });
    }
    void send(const QString &type, QJsonObject body, Handler done = {})
    {
        net::Message m;
        m.type = type;
        m.id = ++m_nextId;
        m.body = std::move(body);
        if (done)
            m_waiting.insert(m.id, std::move(done));
        ++*m_counter;
        socket.sendTextMessage(QString::fromUtf8(net::encode(m)));
    }

    QWebSocket socket;
    Handler onPush;
    int tries = 0;
    bool signedIn = false;

private:
    std::atomic<long long> *m_counter;
    qint64 m_nextId = 0;
    QHash<qint64, Handler> m_waiting;
};


// What the agent threads share with the main one.
struct AgentCounters {
    std::atomic<int> ready{0}, failures{0};
    std::atomic<long long> offers{0}, answered{0}, ended{0};
    std::atomic<bool> measuring{false};
    std::mutex latencyMutex;
    std::vector<double> offerLatencyMs;
};

// The agents of one thread: Qt's event loop polls every socket on each pass, so thousands of
// sockets on one thread would make the load generator, not the router, the bottleneck.
class AgentPool final : public QObject {
public:
    AgentPool(AgentCounters &counters, std::atomic<long long> &messages, const QElapsedTimer &clock, double handleSeconds, quint32 seed)
        : m_counters(counters)
        , m_messages(messages)
        , m_clock(clock)
        , m_handleSeconds(handleSeconds)
        , m_rng(seed)
    {
    }

    void open(const QUrl &url, int from, int to)
    {
        for (int i = from; i < to; ++i) {
            auto c = std::make_unique<Connection>(&m_messages);
            Connection *conn = c.get();
            conn->onPush = [this, conn](const net::Message &m) { onPush(conn, m); };
            QObject::connect(&conn->socket, &QWebSocket::connected, conn, [this, conn, i] {
                net::setLowDelay(conn->socket);
                conn->send(QStringLiteral("hello"), {{QStringLiteral("user"), QStringLiteral("load-a%1").arg(i)}, {QStringLiteral("password"), kPassword}},
                           [this, conn](const net::Message &m) {
                               if (m.isError()) {
                                   ++m_counters.failures;
                                   return;
                               }
                               conn->send(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}},
                                          [this, conn](const net::Message &r) {
                                              conn->signedIn = !r.isError();
                                              r.isError() ? ++m_counters.failures : ++m_counters.ready;
                                          });
                           });
            });
            // A connection refused or timed out while thousands sign in is tried again, a few times.
            QObject::connect(&conn->socket, &QWebSocket::disconnected, conn, [this, conn, url] {
                if (conn->tries++ < 5 && !conn->signedIn)
                    QTimer::singleShot(200 * conn->tries, conn, [conn, url] { conn->socket.open(url); });
                else if (!conn->signedIn)
                    ++m_counters.failures;
            });
            conn->socket.open(url);
            m_agents.push_back(std::move(c));
        }
    }
    void closeAll()
    {
        for (auto &a : m_agents)
            a->socket.abort();
        m_agents.clear();
    }

private:
    void onPush(Connection *c, const net::Message &m)
    {
        if (m.type != QLatin1String("offer"))
            return;
        ++m_counters.offers;
        // The IVR wrote when it sent the contact into its reference: "L<n>@<ns>".
        const QString ref = m.body.value(QStringLiteral("externalRef")).toString();
        const qsizetype at = ref.indexOf(QLatin1Char('@'));
        if (at > 0 && m_counters.measuring.load()) {
            const double ms = static_cast<double>(m_clock.nsecsElapsed() - ref.mid(at + 1).toLongLong()) / 1e6;
            std::lock_guard lock(m_counters.latencyMutex);
            m_counters.offerLatencyMs.push_back(ms);
        }
        const QJsonValue contact = m.body.value(QStringLiteral("contact"));
        c->send(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), contact}}, [this, c, contact](const net::Message &r) {
            if (r.isError())
                return;
            ++m_counters.answered;
            const double seconds = -m_handleSeconds * std::log(1.0 - m_rng.generateDouble());
            QTimer::singleShot(static_cast<int>(seconds * 1000), c, [this, c, contact] {
                c->send(QStringLiteral("contact.end"), {{QStringLiteral("contact"), contact}}, [this](const net::Message &e) {
                    if (!e.isError())
                        ++m_counters.ended;
                });
            });
        });
    }

    AgentCounters &m_counters;
    std::atomic<long long> &m_messages;
    const QElapsedTimer &m_clock;
    double m_handleSeconds;
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Connection>> m_agents;
};

}  // namespace

int runLoad(const LoadOptions &o)
{
    const int groups = o.groups > 0 ? o.groups : std::max(2, o.agents / 25);
    raiseDescriptorLimit(o.agents + o.ivrSessions + 100);
    QTemporaryDir dir;
    QProcess router;
    QUrl url = o.url;
    QUrl metricsUrl;  // the router's /metrics, when this run started it
    qint64 pid = o.routerPid;
    if (url.isEmpty()) {
        const QString config = dir.filePath(QStringLiteral("site.json"));
        const QString db = dir.filePath(QStringLiteral("load.db"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly) || f.write(siteJson(o.agents, groups)) < 0)
            return fail(QStringLiteral("cannot write %1").arg(config));
        f.close();
        QElapsedTimer t;
        t.start();
        if (auto s = seedUsers(db, o.agents); !s)
            return fail(s.error().toString());
        out() << "prepared " << o.agents << " agents in " << groups << " groups, and their users, in " << t.elapsed() / 1000.0 << " s\n" << Qt::flush;
        QStringList args{QStringLiteral("--config"), config, QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--password-cost"), QStringLiteral("minimum")};
        if (!o.fsync)
            args << QStringLiteral("--no-fsync");
        if (o.routerIoThreads > 0)
            args << QStringLiteral("--io-threads") << QString::number(o.routerIoThreads);
        router.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        router.start(o.routerBinary, args);
        if (!router.waitForStarted(5000))
            return fail(QStringLiteral("cannot start %1").arg(o.routerBinary));
        QElapsedTimer wait;
        wait.start();
        while (router.peek(4096).count('\n') < 2 && wait.elapsed() < 30000)
            router.waitForReadyRead(100);
        url = QUrl(QString::fromUtf8(router.readLine()).trimmed());
        if (!url.isValid() || url.port() <= 0)
            return fail(QStringLiteral("the router did not say where it listens"));
        metricsUrl = QUrl(QString::fromUtf8(router.readLine()).trimmed() + QStringLiteral("/metrics"));
        pid = router.processId();
    }
    out() << "router " << url.toString() << (pid > 0 ? QStringLiteral(" (pid %1)").arg(pid) : QString()) << "\n" << Qt::flush;

    QThread echoThread;
    struct StopThread {
        QThread &t;
        ~StopThread()
        {
            t.quit();
            t.wait();
        }
    } stopEcho{echoThread};
    EchoServer *echo = new EchoServer;
    echo->moveToThread(&echoThread);
    QObject::connect(&echoThread, &QThread::finished, echo, &QObject::deleteLater);
    echoThread.start();
    quint16 echoPort = 0;
    QMetaObject::invokeMethod(echo, [&] { echoPort = echo->start(); }, Qt::BlockingQueuedConnection);

    std::atomic<long long> messages{0};
    QRandomGenerator rng(o.seed);
    QElapsedTimer clock;
    clock.start();
    auto exponential = [&](double mean) { return -mean * std::log(1.0 - rng.generateDouble()); };

    // Agents: on their own threads; connect in waves, sign in, get ready; accept every offer,
    // end the conversation after a while.
    AgentCounters counters;
    const int kAgentThreads = std::max(1, o.clientThreads);
    std::vector<std::unique_ptr<QThread>> agentThreads;
    std::vector<AgentPool *> pools;
    for (int t = 0; t < kAgentThreads; ++t) {
        agentThreads.push_back(std::make_unique<QThread>());
        auto *pool = new AgentPool(counters, messages, clock, o.handleSeconds, o.seed * 31 + static_cast<quint32>(t));
        pool->moveToThread(agentThreads.back().get());
        QObject::connect(agentThreads.back().get(), &QThread::finished, pool, &QObject::deleteLater);
        agentThreads.back()->start();
        pools.push_back(pool);
    }
    struct StopThreads {
        std::vector<std::unique_ptr<QThread>> &threads;
        std::vector<AgentPool *> &pools;
        ~StopThreads()
        {
            for (std::size_t i = 0; i < threads.size(); ++i) {
                AgentPool *p = pools[i];
                QMetaObject::invokeMethod(p, [p] { p->closeAll(); }, Qt::BlockingQueuedConnection);
                threads[i]->quit();
                threads[i]->wait();
            }
        }
    } stopAgents{agentThreads, pools};
    QElapsedTimer readyTimer;
    readyTimer.start();
    for (int from = 0; from < o.agents; from += 100) {
        const int to = std::min(o.agents, from + 100);
        AgentPool *p = pools[static_cast<std::size_t>((from / 100) % kAgentThreads)];
        QMetaObject::invokeMethod(p, [p, url, from, to] { p->open(url, from, to); }, Qt::QueuedConnection);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    while (counters.ready + counters.failures < o.agents && readyTimer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (counters.failures > 0 || counters.ready < o.agents)
        return fail(QStringLiteral("%1 of %2 agents are ready after %3 s (%4 refused)")
                        .arg(counters.ready.load()).arg(o.agents).arg(readyTimer.elapsed() / 1000.0).arg(counters.failures.load()));
    out() << o.agents << " agents signed in and ready in " << readyTimer.elapsed() / 1000.0 << " s\n" << Qt::flush;

    long long created = 0, createErrors = 0;

    // IVR sessions and the round-trip probes.
    std::vector<std::unique_ptr<Connection>> ivrs;
    int ivrReady = 0;
    for (int i = 0; i < o.ivrSessions + 1; ++i) {
        ivrs.push_back(std::make_unique<Connection>(&messages));
        Connection *c = ivrs.back().get();
        const bool probe = i == o.ivrSessions;
        QObject::connect(&c->socket, &QWebSocket::connected, c, [&, c, probe] {
            net::setLowDelay(c->socket);
            c->send(QStringLiteral("hello"), {{QStringLiteral("user"), probe ? QStringLiteral("load-ping") : QStringLiteral("load-ivr")},
                                              {QStringLiteral("password"), kPassword}},
                    [&](const net::Message &m) { ivrReady += m.isError() ? 0 : 1; });
        });
        c->socket.open(url);
    }
    QWebSocket echoClient;
    echoClient.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(echoPort)));
    while ((ivrReady < o.ivrSessions + 1 || echoClient.state() != QAbstractSocket::ConnectedState) && readyTimer.elapsed() < 150000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (ivrReady < o.ivrSessions + 1)
        return fail(QStringLiteral("the IVR sessions could not sign in"));

    std::vector<double> pingMs, echoMs;
    qint64 echoSent = 0;
    QObject::connect(&echoClient, &QWebSocket::textMessageReceived, &echoClient,
                     [&](const QString &) { echoMs.push_back(static_cast<double>(clock.nsecsElapsed() - echoSent) / 1e6); });
    Connection *probe = ivrs.back().get();
    QTimer probeTimer;
    bool probePing = true;
    QObject::connect(&probeTimer, &QTimer::timeout, &probeTimer, [&] {
        // Alternate the two so both see the same load.
        if (probePing) {
            const qint64 sent = clock.nsecsElapsed();
            probe->send(QStringLiteral("ping"), {}, [&, sent](const net::Message &) { pingMs.push_back(static_cast<double>(clock.nsecsElapsed() - sent) / 1e6); });
        } else {
            echoSent = clock.nsecsElapsed();
            echoClient.sendTextMessage(QStringLiteral(R"({"v":1,"type":"ping","id":1,"body":{}})"));
        }
        probePing = !probePing;
    });

    // Arrivals: a Poisson process at the given rate, spread over the IVR sessions.
    double nextArrival = 0;
    long long n = 0;
    QTimer arrivals;
    const auto before = readProcess(pid);
    const long long messagesBefore = messages.load();
    QElapsedTimer window;
    QObject::connect(&arrivals, &QTimer::timeout, &arrivals, [&] {
        const double now = static_cast<double>(window.nsecsElapsed()) / 1e9;
        while (nextArrival <= now) {
            Connection *c = ivrs[static_cast<std::size_t>(n % o.ivrSessions)].get();
            const QString ref = QStringLiteral("L%1@%2").arg(n).arg(clock.nsecsElapsed());
            c->send(QStringLiteral("contact.create"),
                    {{QStringLiteral("business"), QStringLiteral("g%1").arg(rng.bounded(groups))}, {QStringLiteral("externalRef"), ref},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("level"), QString::number(rng.bounded(11))}}}}}},
                    [&](const net::Message &m) { m.isError() ? ++createErrors : ++created; });
            ++n;
            nextArrival += exponential(1.0 / o.contactsPerSecond);
        }
    });
    counters.measuring = true;
    window.start();
    arrivals.start(2);
    probeTimer.start(20);
    while (window.elapsed() < static_cast<qint64>(o.seconds * 1000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    arrivals.stop();
    probeTimer.stop();
    counters.measuring = false;
    const double elapsed = static_cast<double>(window.elapsed()) / 1000.0;
    const long long windowMessages = messages.load() - messagesBefore;
    const auto after = readProcess(pid);
    // Let the last offers arrive.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    out() << QStringLiteral("contacts: %1 sent at %2/s for %3 s; %4 created, %5 refused; %6 offers, %7 answered, %8 ended\n")
                 .arg(n).arg(static_cast<double>(n) / elapsed, 0, 'f', 1).arg(elapsed, 0, 'f', 1).arg(created).arg(createErrors)
                 .arg(counters.offers.load()).arg(counters.answered.load()).arg(counters.ended.load());
    std::vector<double> offerLatencyMs;
    {
        std::lock_guard lock(counters.latencyMutex);
        offerLatencyMs = counters.offerLatencyMs;
    }
    out() << QStringLiteral("offer latency (contact.create sent → offer received): p50 %1 ms, p99 %2 ms, max %3 ms over %4 offers\n")
                 .arg(percentile(offerLatencyMs, 0.5), 0, 'f', 2).arg(percentile(offerLatencyMs, 0.99), 0, 'f', 2)
                 .arg(percentile(offerLatencyMs, 1.0), 0, 'f', 2).arg(offerLatencyMs.size());
    out() << QStringLiteral("messages: %1/s (both directions, all connections)\n").arg(static_cast<double>(windowMessages) / elapsed, 0, 'f', 0);
    const double ping = percentile(pingMs, 0.5);
    const double raw = percentile(echoMs, 0.5);
    out() << QStringLiteral("round trip under load: protocol ping p50 %1 ms (p99 %2), raw WebSocket echo p50 %3 ms (p99 %4): ratio %5\n")
                 .arg(ping, 0, 'f', 3).arg(percentile(pingMs, 0.99), 0, 'f', 3).arg(raw, 0, 'f', 3).arg(percentile(echoMs, 0.99), 0, 'f', 3)
                 .arg(raw > 0 ? ping / raw : 0.0, 0, 'f', 2);
    // The router's own part: contact created to offer made, inside the router (its /metrics),
    // without the sockets, the load tool and the scheduler on either side.
    if (metricsUrl.isValid()) {
        QNetworkAccessManager http;
        QNetworkReply *r = http.get(QNetworkRequest(metricsUrl));
        QElapsedTimer waited;
        waited.start();
        while (!r->isFinished() && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QString text = QString::fromUtf8(r->readAll());
        r->deleteLater();
        auto quantile = [&text](const char *q) {
            const QString key = QStringLiteral("baton_offer_latency_seconds{quantile=\"%1\"} ").arg(QLatin1String(q));
            const qsizetype at = text.indexOf(key);
            return at < 0 ? -1.0 : text.mid(at + key.size()).section(QLatin1Char('\n'), 0, 0).toDouble() * 1000.0;
        };
        if (quantile("0.5") >= 0)
            out() << QStringLiteral("the router's own part (contact created → offer made, its /metrics): p50 %1 ms, p99 %2 ms\n")
                         .arg(quantile("0.5"), 0, 'f', 2)
                         .arg(quantile("0.99"), 0, 'f', 2);
    }
    if (before && after)
        out() << QStringLiteral("router: CPU %1 % of one core over the window, RSS %2 MB (peak %3 MB)\n")
                     .arg(100.0 * (after->cpuSeconds - before->cpuSeconds) / elapsed, 0, 'f', 0)
                     .arg(static_cast<double>(after->rssKb) / 1024.0, 0, 'f', 0)
                     .arg(static_cast<double>(after->peakKb) / 1024.0, 0, 'f', 0);
    out().flush();

    for (auto &c : ivrs)
        c->socket.abort();
    if (router.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(router.processId()), SIGTERM);
        if (!router.waitForFinished(10000))
            router.kill();
    }
    return createErrors > 0 ? 3 : 0;
}

}  // namespace baton::simulator
