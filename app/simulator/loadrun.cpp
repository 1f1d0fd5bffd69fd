#include "loadrun.h"

#include "database.h"
#include "epolldispatcher.h"
#include "hosting.h"
#include "protocol.h"
#include "routerclient.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSslConfiguration>
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
#include <optional>
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

core::Status seedUsers(const QString &db, int agents, bool interactiveCost)
{
    auto opened = store::Database::open(db, store::Database::Mode::Create);
    if (!opened)
        return opened.error();
    store::Database &d = *opened.value();
    const core::SystemClock clock;
    store::UserRepository users(d, clock, nullptr, interactiveCost ? store::PasswordCost::interactive() : store::PasswordCost::minimum());
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

// --tls: an EC key and a self-signed certificate for 127.0.0.1 in `folder`, made with the openssl
// command (as an operator would); their paths, or why not.
core::Result<std::pair<QString, QString>> makeCertificate(const QString &folder)
{
    const QString cert = folder + QStringLiteral("/load-cert.pem");
    const QString key = folder + QStringLiteral("/load-key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return core::Error{core::ErrorCode::Unsupported,
                           QStringLiteral("--tls needs the openssl command to make a certificate: %1")
                               .arg(openssl.error() == QProcess::FailedToStart ? QStringLiteral("it is not installed")
                                                                               : QString::fromLocal8Bit(openssl.readAll()).trimmed()),
                           QStringLiteral("tls")};
    return std::pair{cert, key};
}

// A raw WebSocket echo on its own thread: the yardstick for the protocol's round trip.
class EchoServer : public QObject {
public:
    quint16 start(const std::optional<QSslConfiguration> &tls)
    {
        m_server = new QWebSocketServer(QStringLiteral("echo"), tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
        if (tls)
            m_server->setSslConfiguration(*tls);
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
    Connection(std::atomic<long long> *counter, const std::optional<QSslConfiguration> &tls) : m_counter(counter)
    {
        if (tls)
            socket.setSslConfiguration(*tls);
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

    // The connection went away: the replies it waited for will never come.
    void forgetWaiting() { m_waiting.clear(); }
    bool connected() const { return socket.state() == QAbstractSocket::ConnectedState; }

    QWebSocket socket;
    Handler onPush;
    int tries = 0;
    bool signedIn = false;
    qsizetype urlIndex = 0;     // which of the site's routers
    qint64 droppedAtNs = -1;    // signed in, then the router went away: when
    QSet<qint64> held;          // an agent's contacts in conversation
    QSet<qint64> ending;        // … of which contact.end was sent, no reply yet
    QString token;              // from hello.ok: signs in again without a password check

    // hello: the password the first time, the sign-in token after a drop (as RemoteClient does).
    QJsonObject helloBody(const QString &user) const
    {
        QJsonObject body{{QStringLiteral("user"), user}};
        if (droppedAtNs >= 0 && !token.isEmpty())
            body.insert(QStringLiteral("token"), token);
        else
            body.insert(QStringLiteral("password"), kPassword);
        return body;
    }

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
    // For a failover run: what an auditor needs to say nothing was dropped or doubled.
    std::atomic<int> dropped{0}, lost{0}, doubleHeld{0}, byToken{0};
    std::mutex auditMutex;
    QHash<qint64, int> acceptedTimes;  // contact → offer.accept.ok replies, all agents
    std::vector<qint64> offerNs;       // when each offer arrived
    std::vector<double> backAfterMs;   // signed in again after the router went away
};

// Reconnecting after the router went away: how long a connection keeps trying the site's routers.
constexpr qint64 kGiveUpNs = 30'000'000'000;

// The agents of one thread: Qt's event loop polls every socket on each pass, so thousands of
// sockets on one thread would make the load generator, not the router, the bottleneck.
class AgentPool final : public QObject {
public:
    AgentPool(AgentCounters &counters, std::atomic<long long> &messages, const QElapsedTimer &clock, double handleSeconds, quint32 seed,
              std::optional<QSslConfiguration> tls)
        : m_tls(std::move(tls))
        , m_counters(counters)
        , m_messages(messages)
        , m_clock(clock)
        , m_handleSeconds(handleSeconds)
        , m_rng(seed)
    {
    }

    void open(const QList<QUrl> &urls, int from, int to)
    {
        for (int i = from; i < to; ++i) {
            auto c = std::make_unique<Connection>(&m_messages, m_tls);
            Connection *conn = c.get();
            conn->onPush = [this, conn](const net::Message &m) { onPush(conn, m); };
            QObject::connect(&conn->socket, &QWebSocket::connected, conn, [this, conn, i] {
                net::setLowDelay(conn->socket);
                conn->send(QStringLiteral("hello"), conn->helloBody(QStringLiteral("load-a%1").arg(i)),
                           [this, conn, i](const net::Message &m) {
                               if (m.isError() && conn->droppedAtNs >= 0 && !conn->token.isEmpty()) {
                                   conn->token.clear();  // not accepted: the password, once
                                   conn->send(QStringLiteral("hello"), conn->helloBody(QStringLiteral("load-a%1").arg(i)), {});
                                   return;
                               }
                               if (m.isError()) {
                                   ++m_counters.failures;
                                   return;
                               }
                               if (conn->droppedAtNs >= 0 && !conn->token.isEmpty())
                                   ++m_counters.byToken;
                               conn->token = m.body.value(QStringLiteral("token")).toString();
                               if (conn->droppedAtNs >= 0)
                                   reconcile(conn, m.body.value(QStringLiteral("agentStatus")).toObject());
                               conn->send(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}},
                                          [this, conn](const net::Message &r) {
                                              if (conn->droppedAtNs >= 0) {
                                                  // Back after a failover: the new router restored this agent.
                                                  conn->signedIn = true;
                                                  std::lock_guard lock(m_counters.auditMutex);
                                                  m_counters.backAfterMs.push_back(static_cast<double>(m_clock.nsecsElapsed() - conn->droppedAtNs) / 1e6);
                                                  conn->droppedAtNs = -1;
                                                  return;
                                              }
                                              conn->signedIn = !r.isError();
                                              r.isError() ? ++m_counters.failures : ++m_counters.ready;
                                          });
                           });
            });
            QObject::connect(&conn->socket, &QWebSocket::disconnected, conn, [this, conn, urls] {
                conn->forgetWaiting();
                const auto next = [conn, urls] {
                    conn->urlIndex = (conn->urlIndex + 1) % urls.size();
                    return urls[conn->urlIndex];
                };
                if (conn->signedIn) {
                    // The router went away (a failover): try the site's routers until one serves.
                    conn->signedIn = false;
                    conn->droppedAtNs = m_clock.nsecsElapsed();
                    ++m_counters.dropped;
                    QTimer::singleShot(50, conn, [conn, url = next()] { conn->socket.open(url); });
                } else if (conn->droppedAtNs >= 0) {
                    if (m_clock.nsecsElapsed() - conn->droppedAtNs < kGiveUpNs)
                        QTimer::singleShot(100, conn, [conn, url = next()] { conn->socket.open(url); });
                    else
                        ++m_counters.lost;
                } else if (conn->tries++ < 5) {
                    // Refused or timed out while thousands sign in: tried again, a few times.
                    QTimer::singleShot(200 * conn->tries, conn, [conn, url = next()] { conn->socket.open(url); });
                } else {
                    ++m_counters.failures;
                }
            });
            conn->socket.open(urls.first());
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
        {
            std::lock_guard lock(m_counters.auditMutex);
            m_counters.offerNs.push_back(m_clock.nsecsElapsed());
        }
        // The IVR wrote when it sent the contact into its reference: "L<n>@<ns>".
        const QString ref = m.body.value(QStringLiteral("externalRef")).toString();
        const qsizetype at = ref.indexOf(QLatin1Char('@'));
        if (at > 0 && m_counters.measuring.load()) {
            const double ms = static_cast<double>(m_clock.nsecsElapsed() - ref.mid(at + 1).toLongLong()) / 1e6;
            std::lock_guard lock(m_counters.latencyMutex);
            m_counters.offerLatencyMs.push_back(ms);
        }
        accept(c, m.body.value(QStringLiteral("contact")).toInteger());
    }

    void accept(Connection *c, qint64 id)
    {
        c->send(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), id}}, [this, c, id](const net::Message &r) {
            if (!r.isError())
                took(c, id);
        });
    }

    // The agent has the contact in hand: it talks for a while, then ends it.
    void took(Connection *c, qint64 id)
    {
        ++m_counters.answered;
        if (!c->held.isEmpty())
            ++m_counters.doubleHeld;  // voice agents take one contact at a time
        c->held.insert(id);
        {
            std::lock_guard lock(m_counters.auditMutex);
            ++m_counters.acceptedTimes[id];
        }
        const double seconds = -m_handleSeconds * std::log(1.0 - m_rng.generateDouble());
        QTimer::singleShot(static_cast<int>(seconds * 1000), c, [this, c, id] { end(c, id); });
    }

    void end(Connection *c, qint64 id)
    {
        if (!c->held.contains(id))
            return;
        if (!c->signedIn) {  // the router is away just now: end it once this agent is back
            QTimer::singleShot(200, c, [this, c, id] { end(c, id); });
            return;
        }
        c->ending.insert(id);
        c->send(QStringLiteral("contact.end"), {{QStringLiteral("contact"), id}}, [this, c, id](const net::Message &e) {
            if (!e.isError())
                ++m_counters.ended;
            c->held.remove(id);
            c->ending.remove(id);
        });
    }

    // Signed in again after a failover: take what the new router says this agent has in hand
    // (hello.ok's agentStatus), as a desktop does. An accept or an end whose reply was lost
    // with the old router is settled here.
    void reconcile(Connection *c, const QJsonObject &status)
    {
        QSet<qint64> active;
        for (const QJsonValue &v : status.value(QStringLiteral("active")).toArray())
            active.insert(v.toInteger());
        const QSet<qint64> held = c->held;
        for (qint64 id : held) {
            if (!active.contains(id)) {  // its end reached the old router
                c->held.remove(id);
                if (c->ending.remove(id))
                    ++m_counters.ended;
            }
        }
        for (qint64 id : std::as_const(active)) {
            if (!c->held.contains(id))
                took(c, id);  // its accept reached the old router, the reply did not
            else if (c->ending.contains(id))
                end(c, id);  // its end did not reach it: again
        }
        if (const QJsonValue offered = status.value(QStringLiteral("offered")); offered.isDouble())
            accept(c, offered.toInteger());
    }

    std::optional<QSslConfiguration> m_tls;
    AgentCounters &m_counters;
    std::atomic<long long> &m_messages;
    const QElapsedTimer &m_clock;
    double m_handleSeconds;
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Connection>> m_agents;
};

// Polls a router's /readyz until it answers 200.
bool waitReady(const QUrl &readyz, int timeoutMs)
{
    QNetworkAccessManager http;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QNetworkReply *r = http.get(QNetworkRequest(readyz));
        while (!r->isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        if (status == 200)
            return true;
        QThread::msleep(100);
    }
    return false;
}

}  // namespace

int runLoad(const LoadOptions &o)
{
    const int groups = o.groups > 0 ? o.groups : std::max(2, o.agents / 25);
    raiseDescriptorLimit(o.agents + o.ivrSessions + 100);
    QTemporaryDir dir;
    // The routers this run started: the first serves, the others stand by (PostgreSQL).
    std::vector<std::unique_ptr<QProcess>> routers;
    std::vector<QUrl> metricsUrls;
    QList<QUrl> urls = o.urls;
    QUrl metricsUrl;  // the serving router's /metrics, when this run started it
    qint64 pid = o.routerPid;
    std::optional<QSslConfiguration> serverTls, clientTls;  // --tls: the router's (and the echo's), and the clients' trusting it
    struct StopRouters {
        std::vector<std::unique_ptr<QProcess>> &routers;
        ~StopRouters()
        {
            for (auto &r : routers) {
                if (r->state() == QProcess::Running)
                    ::kill(static_cast<pid_t>(r->processId()), SIGTERM);
            }
            for (auto &r : routers) {
                if (r->state() == QProcess::Running && !r->waitForFinished(10000))
                    r->kill();
            }
        }
    } stopRouters{routers};
    if (urls.isEmpty()) {
        const QString config = dir.filePath(QStringLiteral("site.json"));
        const QString db = o.database.isEmpty() ? dir.filePath(QStringLiteral("load.db")) : o.database;
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly) || f.write(siteJson(o.agents, groups)) < 0)
            return fail(QStringLiteral("cannot write %1").arg(config));
        f.close();
        QElapsedTimer t;
        t.start();
        if (auto s = seedUsers(db, o.agents, o.interactivePasswords); !s)
            return fail(s.error().toString());
        out() << "prepared " << o.agents << " agents in " << groups << " groups, and their users, in " << t.elapsed() / 1000.0 << " s\n" << Qt::flush;
        QStringList args{QStringLiteral("--config"), config, QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--password-cost"),
                         o.interactivePasswords ? QStringLiteral("interactive") : QStringLiteral("minimum")};
        if (!o.fsync)
            args << QStringLiteral("--no-fsync");
        if (o.tls) {
            auto made = makeCertificate(dir.path());
            if (!made)
                return fail(made.error().message);
            args << QStringLiteral("--tls-cert") << made->first << QStringLiteral("--tls-key") << made->second;
            auto loaded = net::loadServerTls(made->first, made->second);
            if (!loaded)
                return fail(loaded.error().message);
            serverTls = loaded.value();
            QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
            trusting.setCaCertificates(serverTls->localCertificateChain());
            clientTls = trusting;
        }
        if (o.routerIoThreads > 0)
            args << QStringLiteral("--io-threads") << QString::number(o.routerIoThreads);
        for (int r = 0; r <= o.standbys; ++r) {
            auto router = std::make_unique<QProcess>();
            router->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            router->start(o.routerBinary, args);
            if (!router->waitForStarted(5000))
                return fail(QStringLiteral("cannot start %1").arg(o.routerBinary));
            QElapsedTimer wait;
            wait.start();
            while (router->peek(4096).count('\n') < 2 && wait.elapsed() < 30000)
                router->waitForReadyRead(100);
            const QUrl url(QString::fromUtf8(router->readLine()).trimmed());
            if (!url.isValid() || url.port() <= 0)
                return fail(QStringLiteral("the router did not say where it listens"));
            urls.append(url);
            metricsUrls.push_back(QUrl(QString::fromUtf8(router->readLine()).trimmed() + QStringLiteral("/metrics")));
            routers.push_back(std::move(router));
            if (r == 0 && o.standbys > 0 && !waitReady(metricsUrls.front().resolved(QUrl(QStringLiteral("/readyz"))), 30000))
                return fail(QStringLiteral("the first router did not become ready"));
        }
        metricsUrl = metricsUrls.front();
        pid = routers.front()->processId();
    }
    for (qsizetype r = 0; r < urls.size(); ++r)
        out() << "router " << urls[r].toString() << (r == 0 && pid > 0 ? QStringLiteral(" (pid %1)").arg(pid) : QString())
              << (r > 0 ? QStringLiteral(" (standing by)") : QString()) << "\n";
    out().flush();

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
    QMetaObject::invokeMethod(echo, [&] { echoPort = echo->start(serverTls); }, Qt::BlockingQueuedConnection);

    std::atomic<long long> messages{0};
    QRandomGenerator rng(o.seed);
    QElapsedTimer clock;
    clock.start();
    auto exponential = [&](double mean) { return -mean * std::log(1.0 - rng.generateDouble()); };

    // Agents: on their own threads; connect in waves, sign in, get ready; accept every offer,
    // end the conversation after a while.
    AgentCounters counters;
    const int kAgentThreads = o.clientThreads > 0 ? o.clientThreads : std::max(2, QThread::idealThreadCount());
    std::vector<std::unique_ptr<QThread>> agentThreads;
    std::vector<AgentPool *> pools;
    for (int t = 0; t < kAgentThreads; ++t) {
        agentThreads.push_back(std::make_unique<QThread>());
        // Hundreds of sockets per thread: epoll, as the router's I/O threads, so that the load
        // tool's own polling does not take the cores the router is measured on.
        if (QAbstractEventDispatcher *epoll = net::makeSocketThreadDispatcher())
            agentThreads.back()->setEventDispatcher(epoll);
        auto *pool = new AgentPool(counters, messages, clock, o.handleSeconds, o.seed * 31 + static_cast<quint32>(t), clientTls);
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
        QMetaObject::invokeMethod(p, [p, urls, from, to] { p->open(urls, from, to); }, Qt::QueuedConnection);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // At most a few waves signing in at once, as clients backing off would: TLS handshakes
        // cost milliseconds of CPU on both sides (a new TLS context per connection), and a flood
        // of them would only time out.
        while (to - counters.ready - counters.failures > 400 && readyTimer.elapsed() < 120000)
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
    std::vector<double> ivrBackAfterMs;
    int ivrsLost = 0;
    int ivrsByToken = 0;
    for (int i = 0; i < o.ivrSessions + 1; ++i) {
        ivrs.push_back(std::make_unique<Connection>(&messages, clientTls));
        Connection *c = ivrs.back().get();
        const bool probe = i == o.ivrSessions;
        QObject::connect(&c->socket, &QWebSocket::connected, c, [&, c, probe] {
            net::setLowDelay(c->socket);
            c->send(QStringLiteral("hello"), c->helloBody(probe ? QStringLiteral("load-ping") : QStringLiteral("load-ivr")),
                    [&, c](const net::Message &m) {
                        if (m.isError())
                            return;
                        if (c->droppedAtNs >= 0 && !c->token.isEmpty())
                            ++ivrsByToken;
                        c->token = m.body.value(QStringLiteral("token")).toString();
                        c->signedIn = true;
                        if (c->droppedAtNs < 0) {
                            ++ivrReady;
                            return;
                        }
                        ivrBackAfterMs.push_back(static_cast<double>(clock.nsecsElapsed() - c->droppedAtNs) / 1e6);
                        c->droppedAtNs = -1;
                    });
        });
        // The router went away: the site's routers in turn until one serves (as RemoteClient does).
        QObject::connect(&c->socket, &QWebSocket::disconnected, c, [&, c] {
            c->forgetWaiting();
            if (c->signedIn) {
                c->signedIn = false;
                c->droppedAtNs = clock.nsecsElapsed();
            } else if (c->droppedAtNs < 0 || clock.nsecsElapsed() - c->droppedAtNs >= kGiveUpNs) {
                ++ivrsLost;
                return;
            }
            c->urlIndex = (c->urlIndex + 1) % urls.size();
            QTimer::singleShot(c->droppedAtNs >= 0 ? 100 : 0, c, [c, u = urls[c->urlIndex]] { c->socket.open(u); });
        });
        c->socket.open(urls.first());
    }
    QWebSocket echoClient;
    if (clientTls)
        echoClient.setSslConfiguration(*clientTls);
    echoClient.open(QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(clientTls ? QStringLiteral("wss") : QStringLiteral("ws")).arg(echoPort)));
    while ((ivrReady < o.ivrSessions + 1 || echoClient.state() != QAbstractSocket::ConnectedState) && readyTimer.elapsed() < 150000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (ivrReady < o.ivrSessions + 1)
        return fail(QStringLiteral("the IVR sessions could not sign in"));

    std::vector<double> pingMs, echoMs, statusMs;
    qint64 echoSent = 0;
    QObject::connect(&echoClient, &QWebSocket::textMessageReceived, &echoClient,
                     [&](const QString &) { echoMs.push_back(static_cast<double>(clock.nsecsElapsed() - echoSent) / 1e6); });
    Connection *probe = ivrs.back().get();
    QTimer probeTimer;
    int probeTurn = 0;
    QObject::connect(&probeTimer, &QTimer::timeout, &probeTimer, [&] {
        // Take turns so all three see the same load: a protocol ping (which the router's I/O
        // thread answers when the session is owed nothing), a request the routing thread must
        // answer (contact.status; the probe created no contact, so the answer is not_found, after
        // the same hops and checks), and the raw echo.
        const int turn = probeTurn % 3;
        if (turn != 2 && !probe->signedIn)
            return;
        const qint64 sent = clock.nsecsElapsed();
        if (turn == 0) {
            probe->send(QStringLiteral("ping"), {}, [&, sent](const net::Message &) { pingMs.push_back(static_cast<double>(clock.nsecsElapsed() - sent) / 1e6); });
        } else if (turn == 1) {
            probe->send(QStringLiteral("contact.status"), {{QStringLiteral("contact"), 1}},
                        [&, sent](const net::Message &) { statusMs.push_back(static_cast<double>(clock.nsecsElapsed() - sent) / 1e6); });
        } else {
            echoSent = sent;
            echoClient.sendTextMessage(QStringLiteral(R"({"v":1,"type":"ping","id":1,"body":{}})"));
        }
        ++probeTurn;
    });

    // Arrivals: a Poisson process at the given rate, spread over the IVR sessions.
    double nextArrival = 0;
    long long n = 0;
    QTimer arrivals;
    const auto before = readProcess(pid);
    const long long messagesBefore = messages.load();
    QElapsedTimer window;
    QHash<qint64, qint64> acknowledged;  // contact → when contact.create.ok came
    long long notSent = 0;               // arrivals while every IVR session was away
    QObject::connect(&arrivals, &QTimer::timeout, &arrivals, [&] {
        const double now = static_cast<double>(window.nsecsElapsed()) / 1e9;
        while (nextArrival <= now) {
            Connection *c = nullptr;
            for (int k = 0; k < o.ivrSessions && !c; ++k) {
                Connection *candidate = ivrs[static_cast<std::size_t>((n + k) % o.ivrSessions)].get();
                if (candidate->signedIn && candidate->connected())
                    c = candidate;
            }
            ++n;
            nextArrival += exponential(1.0 / o.contactsPerSecond);
            if (!c) {
                ++notSent;  // a caller the IVR could not hand over just now
                continue;
            }
            const QString ref = QStringLiteral("L%1@%2").arg(n - 1).arg(clock.nsecsElapsed());
            c->send(QStringLiteral("contact.create"),
                    {{QStringLiteral("business"), QStringLiteral("g%1").arg(rng.bounded(groups))}, {QStringLiteral("externalRef"), ref},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("level"), QString::number(rng.bounded(11))}}}}}},
                    [&](const net::Message &m) {
                        if (m.isError()) {
                            ++createErrors;
                            return;
                        }
                        ++created;
                        acknowledged.insert(m.body.value(QStringLiteral("contact")).toInteger(), clock.nsecsElapsed());
                    });
        }
    });
    qint64 killedAtNs = -1;
    counters.measuring = true;
    window.start();
    arrivals.start(2);
    probeTimer.start(20);
    while (window.elapsed() < static_cast<qint64>(o.seconds * 1000)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (o.killActiveAt >= 0 && killedAtNs < 0 && window.elapsed() >= static_cast<qint64>(o.killActiveAt * 1000) && !routers.empty()) {
            // The active router dies without warning; a standby must take over.
            ::kill(static_cast<pid_t>(routers.front()->processId()), SIGKILL);
            killedAtNs = clock.nsecsElapsed();
            out() << QStringLiteral("killed the active router (pid %1) at %2 s\n").arg(routers.front()->processId()).arg(o.killActiveAt) << Qt::flush;
            if (metricsUrls.size() > 1)
                metricsUrl = metricsUrls[1];
        }
    }
    arrivals.stop();
    probeTimer.stop();
    counters.measuring = false;
    const double elapsed = static_cast<double>(window.elapsed()) / 1000.0;
    const long long windowMessages = messages.load() - messagesBefore;
    const auto after = readProcess(pid);
    // Let the last offers arrive; after a failover, until every acknowledged contact is answered.
    QElapsedTimer drain;
    drain.start();
    const auto allAnswered = [&] {
        std::lock_guard lock(counters.auditMutex);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (!counters.acceptedTimes.contains(it.key()))
                return false;
        }
        return true;
    };
    while (drain.elapsed() < 2000 || (killedAtNs >= 0 && drain.elapsed() < 60000 && !allAnswered()))
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
    const double status = percentile(statusMs, 0.5);
    out() << QStringLiteral("round trip through the routing thread: contact.status p50 %1 ms (p99 %2): ratio %3 to the raw echo\n")
                 .arg(status, 0, 'f', 3).arg(percentile(statusMs, 0.99), 0, 'f', 3).arg(raw > 0 ? status / raw : 0.0, 0, 'f', 2);
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

    int failed = createErrors > 0 ? 3 : 0;
    if (killedAtNs >= 0) {
        // The failover, audited: nothing acknowledged lost or doubled, everyone back in time.
        std::lock_guard lock(counters.auditMutex);
        long long missing = 0, twice = 0, unacknowledged = 0;
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const int times = counters.acceptedTimes.value(it.key());
            missing += times == 0 ? 1 : 0;
            twice += times > 1 ? 1 : 0;
        }
        for (auto it = counters.acceptedTimes.cbegin(); it != counters.acceptedTimes.cend(); ++it)
            unacknowledged += acknowledged.contains(it.key()) ? 0 : 1;
        // Time without routing: the longest pause between two offers around the kill.
        std::vector<qint64> offers = counters.offerNs;
        std::sort(offers.begin(), offers.end());
        qint64 lastBefore = -1, firstAfter = -1;
        for (qint64 t : offers) {
            if (t <= killedAtNs)
                lastBefore = t;
            else if (firstAfter < 0)
                firstAfter = t;
        }
        std::vector<double> back = counters.backAfterMs;
        back.insert(back.end(), ivrBackAfterMs.begin(), ivrBackAfterMs.end());
        const int droppedConnections = counters.dropped.load() + static_cast<int>(ivrBackAfterMs.size()) + ivrsLost;
        const double noRoutingMs = lastBefore >= 0 && firstAfter >= 0 ? static_cast<double>(firstAfter - lastBefore) / 1e6 : -1;
        out() << QStringLiteral("failover: %1 acknowledged contacts: %2 answered once, %3 never, %4 more than once; %5 answered that were "
                                "created as the router died (never acknowledged); %6 arrivals while no IVR session was connected\n")
                     .arg(acknowledged.size()).arg(acknowledged.size() - missing - twice).arg(missing).arg(twice).arg(unacknowledged).arg(notSent);
        out() << QStringLiteral("failover: agents holding two contacts at once: %1\n").arg(counters.doubleHeld.load());
        out() << QStringLiteral("failover: %1 connections dropped, %2 back: p50 %3 ms, max %4 ms; %5 not back; %6 signed in again "
                                "with their sign-in token\n")
                     .arg(droppedConnections).arg(back.size()).arg(percentile(back, 0.5), 0, 'f', 0).arg(percentile(back, 1.0), 0, 'f', 0)
                     .arg(counters.lost.load() + ivrsLost).arg(counters.byToken.load() + ivrsByToken);
        out() << QStringLiteral("failover: time without routing (last offer before the kill to the first after): %1 ms\n").arg(noRoutingMs, 0, 'f', 0);
        const bool ok = missing == 0 && twice == 0 && counters.doubleHeld.load() == 0 && counters.lost.load() == 0 && ivrsLost == 0
            && static_cast<int>(back.size()) == droppedConnections && percentile(back, 1.0) <= 5000.0 && noRoutingMs >= 0;
        out() << (ok ? QStringLiteral("failover: PASS\n") : QStringLiteral("failover: FAIL\n"));
        if (!ok)
            failed = 4;
    }
    out().flush();
    for (auto &c : ivrs)
        c->socket.abort();
    return failed;
}

}  // namespace baton::simulator
