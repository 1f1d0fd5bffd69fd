// baton-sim: runs the real routing core on virtual time.
#include "configparser.h"
#include "demorun.h"
#include "erlang.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace baton;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "baton-sim: " << message << "\nTry 'baton-sim --help'.\n";
    return 2;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Routes a short stream of demo contacts through the routing core on a virtual clock and prints every "
        "decision with its trace."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("Site configuration (JSON, see docs/CONFIG.md)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("How many contacts arrive (1–10000, default 24)."), QStringLiteral("n"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed; the same seed prints the same run (default 1)."), QStringLiteral("k"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("start"), QStringLiteral("Local start time in the site's time zone, ISO 8601 (default 2026-11-24T10:00)."),
                      QStringLiteral("time"), QStringLiteral("2026-11-24T10:00")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("demo [options]"));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("config")))
        return usageError(QStringLiteral("demo needs --config FILE"));
    bool ok = false;
    const int contacts = parser.value(QStringLiteral("contacts")).toInt(&ok);
    if (!ok || contacts < 1 || contacts > 10000)
        return usageError(QStringLiteral("--contacts must be a whole number from 1 to 10000"));
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative whole number"));

    QFile file(parser.value(QStringLiteral("config")));
    if (!file.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto config = core::ConfigParser::parse(file.readAll());
    if (!config) {
        QTextStream(stderr) << "baton-sim: " << file.fileName() << ": " << config.error().toString() << "\n";
        return 1;
    }
    const QDateTime localStart = QDateTime::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    if (!localStart.isValid())
        return usageError(QStringLiteral("--start must be a date and time like 2026-11-24T10:00"));
    simulator::DemoOptions options;
    options.contacts = contacts;
    options.seed = seed;
    options.startUtc = QDateTime(localStart.date(), localStart.time(), config->timeZone).toUTC();
    QTextStream out(stdout);
    simulator::DemoRun run(std::move(config.value()), options, out);
    return run.run();
}

QJsonValue number(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

QJsonObject figuresJson(const core::QueueModelFigures &f)
{
    QJsonObject o{
        {QStringLiteral("offered_load"), f.offeredLoad},
        {QStringLiteral("p_wait"), f.probabilityOfWaiting},
        {QStringLiteral("asa_s"), number(f.averageSpeedOfAnswer)},
        {QStringLiteral("service_level"), f.serviceLevel},
        {QStringLiteral("occupancy"), f.occupancy},
        {QStringLiteral("stable"), f.stable},
    };
    if (f.probabilityOfAbandoning)
        o.insert(QStringLiteral("p_abandon"), *f.probabilityOfAbandoning);
    return o;
}

// erlang-c, erlang-a and staff share their options.
int queueingModel(const QString &command, const QStringList &arguments)
{
    const bool staff = command == QLatin1String("staff");
    const bool erlangA = command == QLatin1String("erlang-a");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        staff ? QStringLiteral("Prints the fewest agents that meet a service level, with the figures at that staffing "
                               "(Erlang A when --patience is given, else Erlang C), as one JSON object.")
              : erlangA ? QStringLiteral("Prints Erlang A (M/M/N+M, with abandonment) steady-state figures as one JSON object.")
                        : QStringLiteral("Prints Erlang C (M/M/N) steady-state figures as one JSON object."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Arrivals per hour."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("aht"), QStringLiteral("Average handle time in seconds."), QStringLiteral("S")});
    if (!staff)
        parser.addOption({QStringLiteral("agents"), QStringLiteral("Number of agents."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("Service-level threshold T in seconds (default 20)."), QStringLiteral("T"),
                      QStringLiteral("20")});
    if (erlangA || staff)
        parser.addOption({QStringLiteral("patience"), QStringLiteral("Mean patience in seconds (Erlang A)."), QStringLiteral("P")});
    if (staff)
        parser.addOption({QStringLiteral("sl"), QStringLiteral("Service level to meet, as a fraction (default 0.8)."), QStringLiteral("fraction"),
                          QStringLiteral("0.8")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
        return 0;
    }
    // Reads an option that is set or has a default.
    auto read = [&](const QString &name, bool, double &out) -> bool {
        bool ok = false;
        out = parser.value(name).toDouble(&ok);
        return ok;
    };
    core::QueueModelInput in;
    double agents = 0;
    double patience = 0;
    double sl = 0.8;
    const QStringList needed = staff ? QStringList{QStringLiteral("rate"), QStringLiteral("aht")}
                                     : QStringList{QStringLiteral("rate"), QStringLiteral("aht"), QStringLiteral("agents")};
    for (const QString &n : needed) {
        if (!parser.isSet(n))
            return usageError(QStringLiteral("%1 needs --%2").arg(command, n));
    }
    if (erlangA && !parser.isSet(QStringLiteral("patience")))
        return usageError(QStringLiteral("erlang-a needs --patience"));
    if (!read(QStringLiteral("rate"), true, in.arrivalsPerHour) || !read(QStringLiteral("aht"), true, in.handleSeconds)
        || !read(QStringLiteral("target"), false, in.targetSeconds) || (!staff && !read(QStringLiteral("agents"), true, agents))
        || ((erlangA || staff) && parser.isSet(QStringLiteral("patience")) && !read(QStringLiteral("patience"), false, patience))
        || (staff && !read(QStringLiteral("sl"), false, sl)))
        return usageError(QStringLiteral("every option takes a number"));
    if (!staff) {
        if (agents != std::floor(agents))
            return usageError(QStringLiteral("--agents must be a whole number"));
        in.agents = static_cast<int>(std::clamp(agents, -1.0, 1e9));
    }
    if ((erlangA || staff) && parser.isSet(QStringLiteral("patience")))
        in.patienceSeconds = patience;

    QJsonObject out;
    if (staff) {
        const auto r = core::Erlang::staff(in, sl);
        if (!r)
            return usageError(QStringLiteral("--%1: %2").arg(r.error().field, r.error().message));
        out = figuresJson(r->figures);
        out.insert(QStringLiteral("agents"), r->agents);
    } else {
        const auto r = erlangA ? core::Erlang::a(in) : core::Erlang::c(in);
        if (!r)
            return usageError(QStringLiteral("--%1: %2").arg(r.error().field, r.error().message));
        out = figuresJson(r.value());
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

void printHelp()
{
    QTextStream(stdout) << "Usage: baton-sim COMMAND [options]\n\n"
                           "Runs Baton's routing core on virtual time.\n\n"
                           "Commands:\n"
                           "  demo       route demo contacts and print every decision with its trace\n"
                           "  erlang-c   Erlang C figures: --rate R --aht S --agents N --target T\n"
                           "  erlang-a   Erlang A figures: --rate R --aht S --agents N --patience P --target T\n"
                           "  staff      fewest agents for a service level: --rate R --aht S --target T --sl 0.8 [--patience P]\n\n"
                           "Run 'baton-sim COMMAND --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printHelp();
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        QTextStream(stdout) << "baton-sim " << BATON_VERSION << "\n";
        return 0;
    }
    QStringList rest = args;
    rest.removeAt(1);
    if (args[1] == QLatin1String("demo"))
        return demo(rest);
    if (args[1] == QLatin1String("erlang-c") || args[1] == QLatin1String("erlang-a") || args[1] == QLatin1String("staff"))
        return queueingModel(args[1], rest);
    return usageError(QStringLiteral("unknown command '%1'").arg(args[1]));
}
