// baton-router: the routing server. The composition root: it reads the site configuration,
// opens the database (store + journal), rebuilds the router from the journal, and serves the
// protocol on a WebSocket port and health and metrics on an HTTP port.
//
//   baton-router --config site.json --db baton.db [--listen 127.0.0.1:0] [--http 127.0.0.1:0]
//                [--tls-cert cert.pem --tls-key key.pem] [--no-fsync] [--max-connections N] [--io-threads N]
//                [--password-cost interactive|minimum]
//
// Prints "ws://HOST:PORT" (or wss://) and "http://HOST:PORT" on stdout once it serves.
// SIGHUP reloads the configuration (validated first; the old one stays on error); SIGTERM and
// SIGINT shut down gracefully: stop accepting, journal what is pending, tell clients to reconnect.
#include "configparser.h"
#include "database.h"
#include "gateway.h"
#include "hosting.h"
#include "service.h"
#include "userrepository.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTextStream>

#include <csignal>
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
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database: customers, users, journal (created if missing)."), QStringLiteral("FILE")});
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
                      QStringLiteral("Threads the WebSocket connections are spread over (default 16; more spread thousands of connections "
                                     "thinner, see docs/PERFORMANCE.md)."),
                      QStringLiteral("N"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("max-connections"), QStringLiteral("Connections at most (default 20000)."), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("db")))
        return fail(QStringLiteral("give --config site.json and --db FILE (see --help)"), 2);
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
    if (!okThreads || gatewayOptions.ioThreads < 1 || gatewayOptions.ioThreads > 256)
        return fail(QStringLiteral("--io-threads takes 1 to 256"), 2);
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        auto tls = net::loadServerTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")));
        if (!tls)
            return fail(tls.error().message);
        gatewayOptions.tls = tls.value();
    }

    const core::SystemClock clock;
    net::StoreAuthenticator authenticator(parser.value(QStringLiteral("db")), clock, cost);
    net::ServiceOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    options.fsync = !parser.isSet(QStringLiteral("no-fsync"));
    options.authenticateOnThread = true;
    net::RoutingService service(clock, config.value(), options, &authenticator);
    auto started = service.start();
    if (!started)
        return fail(QStringLiteral("cannot start: %1").arg(started.error().toString()));
    qCInfo(lcRouter) << "recovered" << started->waiting << "waiting," << started->active << "in conversation,"
                     << started->wrapping << "in wrap-up";

    net::Gateway gateway(service, gatewayOptions);
    if (auto s = gateway.listen(listen->first, listen->second); !s)
        return fail(s.error().message);

    QHttpServer httpServer;
    std::vector<double> latencies;
    httpServer.route(QStringLiteral("/healthz"), [] { return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok\n")); });
    httpServer.route(QStringLiteral("/readyz"), [&service] {
        return service.ready() ? QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ready\n"))
                               : QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("not ready\n"),
                                                     QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
    httpServer.route(QStringLiteral("/metrics"), [&] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), metricsText(service, gateway, latencies).toUtf8());
    });
    const quint16 httpPort = httpServer.listen(http->first, http->second);
    if (httpPort == 0)
        return fail(QStringLiteral("cannot listen for HTTP on %1:%2").arg(http->first.toString()).arg(http->second));
    const QString httpHost = http->first.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(http->first.toString())
                                                                                      : http->first.toString();
    QTextStream out(stdout);
    out << gateway.url() << "\n" << QStringLiteral("http://%1:%2").arg(httpHost).arg(httpPort) << "\n" << Qt::flush;

    std::unique_ptr<QSocketNotifier> notifier;
    if (signals >= 0) {
        notifier = std::make_unique<QSocketNotifier>(signals, QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [&] {
            signalfd_siginfo info{};
            while (::read(signals, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
                if (info.ssi_signo == SIGHUP) {
                    auto next = readConfig(configPath);
                    const core::Status s = next ? service.reload(next.value(), QStringLiteral("SIGHUP")) : core::Status(next.error());
                    if (s)
                        qCInfo(lcRouter) << "configuration reloaded from" << configPath;
                    else
                        qCWarning(lcRouter).noquote() << "configuration NOT reloaded, the old one stays:" << s.error().toString();
                    continue;
                }
                qCInfo(lcRouter) << "shutting down";
                service.shutdown();
                gateway.close();
                QTimer::singleShot(500, &app, &QCoreApplication::quit);
            }
        });
    }
    return app.exec();
}
