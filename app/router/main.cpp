// baton-router: the routing server. The composition root: it reads the site configuration,
// opens the database (store + journal), rebuilds the router from the journal, and serves the
// protocol on a WebSocket port and health and metrics on an HTTP port.
//
//   baton-router --config site.json --db baton.db [--listen 127.0.0.1:0] [--http 127.0.0.1:0]
//                [--tls-cert cert.pem --tls-key key.pem] [--no-fsync] [--max-connections N] [--io-threads N]
//                [--password-cost interactive|minimum]
//
// Prints "ws://HOST:PORT" (or wss://) and "http://HOST:PORT" on stdout once both ports are bound.
// On PostgreSQL (--db postgresql://…) several routers may run for one site: the one holding the
// site lock serves, the others stand by (their WebSocket port closes every connection and
// /readyz says "standby") and take over when it dies (app/store/sitelock.h).
// SIGHUP reloads the configuration (validated first; the old one stays on error); SIGTERM and
// SIGINT shut down gracefully: stop accepting, journal what is pending, tell clients to reconnect.
#include "configparser.h"
#include "database.h"
#include "gateway.h"
#include "hosting.h"
#include "service.h"
#include "sitelock.h"
#include "userrepository.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/signalfd.h>
#include <unistd.h>

using namespace baton;

namespace {

Q_LOGGING_CATEGORY(lcRouter, "baton.router")

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "baton-router: " << message << "\n";
    return code;
}

core::Result<core::SiteConfig> readConfig(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error::invalid(QStringLiteral("config"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    auto config = core::ConfigParser::parse(f.readAll());
    if (!config)
        return core::Error::invalid(config.error().field, QStringLiteral("%1: %2").arg(path, config.error().toString()));
    return config;
}

QString percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return QStringLiteral("NaN");
    std::sort(v.begin(), v.end());
    return QString::number(v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))] / 1000.0);
}

QString escapeLabel(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return out;
}

// Prometheus text format (version 0.0.4).
QString metricsText(net::RoutingService &service, const net::Gateway &gateway, std::vector<double> &latencies)
{
    const net::ServiceMetrics m = service.takeMetrics();
    latencies.insert(latencies.end(), m.offerLatencyMs.begin(), m.offerLatencyMs.end());
    if (latencies.size() > 100000)
        latencies.erase(latencies.begin(), latencies.begin() + static_cast<std::ptrdiff_t>(latencies.size() - 100000));
    const net::GatewayStats g = gateway.stats();
    QString out;
    QTextStream s(&out);
    s << "# HELP baton_contacts_waiting Contacts waiting per skill group.\n# TYPE baton_contacts_waiting gauge\n";
    const core::Router &r = service.router();
    QList<core::GroupStatistics> stats;
    for (const core::GroupId &id : r.groups())
        stats.append(*r.groupStatistics(id));
    for (const auto &st : stats)
        s << "baton_contacts_waiting{group=\"" << escapeLabel(st.group.value()) << "\"} " << st.waiting << "\n";
    s << "# HELP baton_contacts_answered_total Contacts answered today per skill group.\n# TYPE baton_contacts_answered_total counter\n";
    for (const auto &st : stats)
        s << "baton_contacts_answered_total{group=\"" << escapeLabel(st.group.value()) << "\"} " << st.answered << "\n";
    s << "# HELP baton_contacts_abandoned_total Contacts abandoned today per skill group.\n# TYPE baton_contacts_abandoned_total counter\n";
    for (const auto &st : stats)
        s << "baton_contacts_abandoned_total{group=\"" << escapeLabel(st.group.value()) << "\"} " << st.abandoned << "\n";
    s << "# HELP baton_longest_wait_seconds Longest current wait per skill group.\n# TYPE baton_longest_wait_seconds gauge\n";
    for (const auto &st : stats)
        s << "baton_longest_wait_seconds{group=\"" << escapeLabel(st.group.value()) << "\"} " << net::seconds(st.longestWait) << "\n";
    s << "# HELP baton_offer_latency_seconds Contact created to offer sent, over the last 100,000 offers.\n"
         "# TYPE baton_offer_latency_seconds summary\n";
    s << "baton_offer_latency_seconds{quantile=\"0.5\"} " << percentile(latencies, 0.5) << "\n";
    s << "baton_offer_latency_seconds{quantile=\"0.99\"} " << percentile(latencies, 0.99) << "\n";
    s << "baton_offer_latency_seconds_count " << latencies.size() << "\n";
    s << "# TYPE baton_connections gauge\nbaton_connections " << g.connections << "\n";
    s << "# TYPE baton_sessions gauge\nbaton_sessions " << m.sessions << "\n";
    s << "# TYPE baton_connections_refused_total counter\nbaton_connections_refused_total " << g.refused << "\n";
    s << "# TYPE baton_messages_in_total counter\nbaton_messages_in_total " << g.messagesIn << "\n";
    s << "# TYPE baton_messages_out_total counter\nbaton_messages_out_total " << g.messagesOut << "\n";
    s << "# HELP baton_pings_at_edge_total Protocol pings answered by an I/O thread without the routing thread.\n"
         "# TYPE baton_pings_at_edge_total counter\nbaton_pings_at_edge_total " << g.pingsAtEdge << "\n";
    s << "# TYPE baton_malformed_messages_total counter\nbaton_malformed_messages_total " << g.malformed << "\n";
    s << "# TYPE baton_rate_limited_total counter\nbaton_rate_limited_total " << g.rateLimited << "\n";
    s << "# TYPE baton_request_errors_total counter\nbaton_request_errors_total " << m.errors << "\n";
    s << "# HELP baton_journal_lag_records Journal records appended but not yet durable.\n# TYPE baton_journal_lag_records gauge\n";
    s << "baton_journal_lag_records " << (m.journalAppended - m.journalDurable) << "\n";
    return out;
}

// SIGTERM, SIGINT and SIGHUP as events in the Qt loop (signalfd).
int signalDescriptor()
{
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    if (pthread_sigmask(SIG_BLOCK, &mask, nullptr) != 0)
        return -1;
    return signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
}

}  // namespace

int main(int argc, char *argv[])
{
    // Block the signals before any thread starts, so only the signalfd sees them.
    const int signals = signalDescriptor();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton-router"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Baton routing server: skill-group routing for IVRs, bots and agents' desktops over WebSocket "
        "(docs/PROTOCOL.md), with health and Prometheus metrics over HTTP (docs/OPERATIONS.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("The site configuration (docs/CONFIG.md)."), QStringLiteral("site.json")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database: a SQLite file (created if missing) or postgresql://… (the database must exist; "
                                                     "routers sharing one stand by for each other)."),
                      QStringLiteral("FILE|URI")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("WebSocket address (default 127.0.0.1:8765; port 0 picks a free one)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765")});
    parser.addOption({QStringLiteral("http"), QStringLiteral("Health and metrics address (default 127.0.0.1:8766)."), QStringLiteral("HOST:PORT"),
                      QStringLiteral("127.0.0.1:8766")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain): serve wss://."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-fsync"), QStringLiteral("Journal with synchronous=NORMAL: survives a crash, not a power cut.")});
    parser.addOption({QStringLiteral("password-cost"),
                      QStringLiteral("argon2id cost of sign-ins: interactive (default, ~150 ms each) or minimum (load tests only)."),
                      QStringLiteral("COST"), QStringLiteral("interactive")});
    parser.addOption({QStringLiteral("io-threads"),
                      QStringLiteral("Threads the WebSocket connections are spread over (default 0: one per core, at least 2; "
                                     "see docs/PERFORMANCE.md)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("max-connections"), QStringLiteral("Connections at most (default 20000)."), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("db")))
        return fail(QStringLiteral("give --config site.json and --db FILE or postgresql://… (see --help)"), 2);
    const auto listen = net::parseHostPort(parser.value(QStringLiteral("listen")));
    const auto http = net::parseHostPort(parser.value(QStringLiteral("http")));
    if (!listen || !http)
        return fail(QStringLiteral("--listen and --http take HOST:PORT, e.g. 127.0.0.1:8765 or [::1]:0"), 2);
    bool okMax = false;
    const int maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&okMax);
    if (!okMax || maxConnections < 1)
        return fail(QStringLiteral("--max-connections takes a positive number"), 2);
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), 2);

    const QString costName = parser.value(QStringLiteral("password-cost"));
    if (costName != QLatin1String("interactive") && costName != QLatin1String("minimum"))
        return fail(QStringLiteral("--password-cost is interactive or minimum"), 2);
    const store::PasswordCost cost = costName == QLatin1String("minimum") ? store::PasswordCost::minimum() : store::PasswordCost::interactive();

    const QString configPath = parser.value(QStringLiteral("config"));
    auto config = readConfig(configPath);
    if (!config)
        return fail(config.error().message);

    net::GatewayOptions gatewayOptions;
    gatewayOptions.maxConnections = maxConnections;
    bool okThreads = false;
    gatewayOptions.ioThreads = parser.value(QStringLiteral("io-threads")).toInt(&okThreads);
    if (!okThreads || gatewayOptions.ioThreads < 0 || gatewayOptions.ioThreads > 256)
        return fail(QStringLiteral("--io-threads takes 0 (one per core) to 256"), 2);
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        auto tls = net::loadServerTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")));
        if (!tls)
            return fail(tls.error().message);
        gatewayOptions.tls = tls.value();
    }

    const core::SystemClock clock;
    const QString dbLocation = parser.value(QStringLiteral("db"));
    const bool shared = store::Database::isPostgres(dbLocation);
    // Only the active router serves, and on PostgreSQL several may wait (see Standby below).
    std::unique_ptr<net::StoreAuthenticator> authenticator;
    std::unique_ptr<net::RoutingService> service;
    std::unique_ptr<net::Gateway> gateway;
    std::unique_ptr<store::SiteLock> siteLock;
    QString standbyReason = QStringLiteral("starting");

    QHttpServer httpServer;
    std::vector<double> latencies;
    httpServer.route(QStringLiteral("/healthz"), [] { return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok\n")); });
    httpServer.route(QStringLiteral("/readyz"), [&] {
        if (service && service->ready())
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ready\n"));
        const QByteArray why = service ? QByteArrayLiteral("not ready\n") : QStringLiteral("standby: %1\n").arg(standbyReason).toUtf8();
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), why, QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
    httpServer.route(QStringLiteral("/metrics"), [&] {
        QString text = service && gateway ? metricsText(*service, *gateway, latencies) : QString();
        text += QStringLiteral("# HELP baton_router_active 1 when this router serves the site, 0 while it stands by.\n"
                               "# TYPE baton_router_active gauge\nbaton_router_active %1\n")
                    .arg(service ? 1 : 0);
        if (siteLock && siteLock->held())
            text += QStringLiteral("# TYPE baton_lease_epoch gauge\nbaton_lease_epoch %1\n").arg(siteLock->epoch());
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), text.toUtf8());
    });
    const quint16 httpPort = httpServer.listen(http->first, http->second);
    if (httpPort == 0)
        return fail(QStringLiteral("cannot listen for HTTP on %1:%2").arg(http->first.toString()).arg(http->second));
    const auto hostText = [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    };

    // Standby (PostgreSQL): the WebSocket port is bound (so its address is known and printed)
    // but every connection is closed at once, so clients given several routers move on.
    QTcpServer standbyPort;
    quint16 wsPort = listen->second;

    // Serving: recover the site from the journal, then take over the WebSocket port.
    const auto becomeActive = [&]() -> core::Status {
        if (shared) {
            // A standby may have waited days: the configuration and certificate as they are now.
            if (auto now = readConfig(configPath))
                config = std::move(now);
            else
                qCWarning(lcRouter).noquote() << "the configuration changed but is rejected; serving the one read at start:" << now.error().toString();
            if (parser.isSet(QStringLiteral("tls-cert"))) {
                if (auto tls = net::loadServerTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key"))))
                    gatewayOptions.tls = tls.value();
                else
                    qCWarning(lcRouter).noquote() << "the TLS files cannot be read now; serving with those read at start:" << tls.error().message;
            }
        }
        authenticator = std::make_unique<net::StoreAuthenticator>(dbLocation, clock, cost);
        net::ServiceOptions options;
        options.databasePath = dbLocation;
        options.fsync = !parser.isSet(QStringLiteral("no-fsync"));
        options.authenticateOnThread = true;
        options.leaseEpoch = siteLock ? siteLock->epoch() : 0;
        service = std::make_unique<net::RoutingService>(clock, config.value(), options, authenticator.get());
        auto started = service->start();
        if (!started)
            return core::Error{started.error().code, QStringLiteral("cannot start: %1").arg(started.error().toString()), {}};
        qCInfo(lcRouter) << "recovered" << started->waiting << "waiting," << started->active << "in conversation,"
                         << started->wrapping << "in wrap-up";
        standbyPort.close();
        gateway = std::make_unique<net::Gateway>(*service, gatewayOptions);
        return gateway->listen(listen->first, wsPort);
    };

    QTextStream out(stdout);
    const QString httpUrl = QStringLiteral("http://%1:%2").arg(hostText(http->first)).arg(httpPort);
    QTimer lockTimer;
    if (!shared) {
        if (auto s = becomeActive(); !s)
            return fail(s.error().message);
        out << gateway->url() << "\n" << httpUrl << "\n" << Qt::flush;
    } else {
        if (!standbyPort.listen(listen->first, listen->second))
            return fail(QStringLiteral("cannot listen on %1:%2: %3").arg(listen->first.toString()).arg(listen->second).arg(standbyPort.errorString()));
        QObject::connect(&standbyPort, &QTcpServer::newConnection, &standbyPort, [&standbyPort] {
            while (QTcpSocket *socket = standbyPort.nextPendingConnection()) {
                socket->abort();
                socket->deleteLater();
            }
        });
        wsPort = standbyPort.serverPort();
        out << (gatewayOptions.tls ? QStringLiteral("wss://") : QStringLiteral("ws://")) << hostText(listen->first) << ":" << wsPort << "\n"
            << httpUrl << "\n" << Qt::flush;
        // Active and standby on one PostgreSQL database: whoever holds the site lock serves;
        // the others poll for it and take over when its holder's server session ends.
        const QString holder = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
        int failures = 0;
        int journalDownSeconds = 0;
        lockTimer.setInterval(250);
        QObject::connect(&lockTimer, &QTimer::timeout, &app, [&, holder]() mutable {
            if (service) {
                // Active: stop at once when the lock or the journal's lease is gone. Another
                // router may already serve; acknowledging anything more would be wrong. And
                // stop when the journal has not been able to write for 15 s (its database
                // connection is broken and cannot be made again): holding the lock while
                // acknowledging nothing would keep the standbys from serving.
                const core::Status held = siteLock->check();
                journalDownSeconds = service->ready() ? 0 : journalDownSeconds + 1;
                if (held && !service->fenced() && journalDownSeconds < 15)
                    return;
                qCCritical(lcRouter).noquote() << "stopping, so that a standby can serve:"
                                               << (!held                 ? held.error().message
                                                   : service->fenced()   ? QStringLiteral("another router has taken over the site")
                                                                         : QStringLiteral("the journal has not been able to write for 15 s"));
                lockTimer.stop();
                if (gateway)
                    gateway->close();
                std::fflush(nullptr);
                std::_Exit(3);
            }
            if (!siteLock) {
                auto opened = store::SiteLock::open(dbLocation, holder);
                if (!opened && opened.error().code == core::ErrorCode::InvalidArgument) {
                    qCCritical(lcRouter).noquote() << opened.error().message;  // a malformed URI will not get better
                    std::fflush(nullptr);
                    std::_Exit(2);
                }
                if (!opened) {
                    standbyReason = opened.error().message;
                    if (failures++ % 40 == 0)
                        qCWarning(lcRouter).noquote() << "cannot reach the database, retrying:" << opened.error().message;
                    return;
                }
                siteLock = std::move(opened.value());
            }
            auto taken = siteLock->tryAcquire();
            if (!taken) {
                standbyReason = taken.error().message;
                qCWarning(lcRouter).noquote() << "the site lock connection failed, reconnecting:" << taken.error().message;
                siteLock.reset();
                return;
            }
            if (!taken.value()) {
                if (auto lease = siteLock->lease(); lease && lease->epoch != 0) {
                    standbyReason = QStringLiteral("the site is served by %1 (epoch %2)").arg(lease->holder).arg(lease->epoch);
                    if (failures++ == 0)
                        qCInfo(lcRouter).noquote() << "standing by:" << standbyReason;
                }
                return;
            }
            qCInfo(lcRouter).noquote() << QStringLiteral("took the site lock (epoch %1): recovering and serving").arg(siteLock->epoch());
            lockTimer.setInterval(1000);
            if (auto s = becomeActive(); !s) {
                qCCritical(lcRouter).noquote() << s.error().message;
                std::fflush(nullptr);
                std::_Exit(1);
            }
        });
        lockTimer.start();
        QMetaObject::invokeMethod(&lockTimer, "timeout", Qt::QueuedConnection);
    }

    std::unique_ptr<QSocketNotifier> notifier;
    if (signals >= 0) {
        notifier = std::make_unique<QSocketNotifier>(signals, QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [&] {
            signalfd_siginfo info{};
            while (::read(signals, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
                if (info.ssi_signo == SIGHUP) {
                    if (!service) {
                        qCInfo(lcRouter) << "standing by: the configuration is read when this router takes over";
                        continue;
                    }
                    auto next = readConfig(configPath);
                    const core::Status s = next ? service->reload(next.value(), QStringLiteral("SIGHUP")) : core::Status(next.error());
                    if (s)
                        qCInfo(lcRouter) << "configuration reloaded from" << configPath;
                    else
                        qCWarning(lcRouter).noquote() << "configuration NOT reloaded, the old one stays:" << s.error().toString();
                    continue;
                }
                qCInfo(lcRouter) << "shutting down";
                lockTimer.stop();
                if (service)
                    service->shutdown();
                if (gateway)
                    gateway->close();
                QTimer::singleShot(500, &app, &QCoreApplication::quit);
            }
        });
    }
    const int code = app.exec();
    // In this order: the gateway's sessions refer to the service; the site lock goes last, after
    // the journal has written what it had.
    gateway.reset();
    service.reset();
    siteLock.reset();
    return code;
}
