// baton-sim: runs the real routing core on virtual time, and seeds demo databases.
#include "configparser.h"
#include "database.h"
#include "demorun.h"
#include "loadrun.h"
#include "erlang.h"
#include "mmcsimulation.h"
#include "routerclient.h"
#include "scenario.h"
#include "seeddata.h"
#include "siterun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
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

core::Result<core::SiteConfig> loadSite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::invalid(QStringLiteral("config"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto config = core::ConfigParser::parse(file.readAll());
    if (!config)
        return core::Error::invalid(config.error().field, path + QStringLiteral(": ") + config.error().message);
    return config;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Routes a short stream of demo contacts through the routing core on a virtual clock and prints every "
        "decision with its trace."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("Site configuration (default: the one the scenario names)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Traffic to draw contacts from (default resources/demo/traffic.json beside the site)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Names, IVR paths and transcripts (default corpus.json beside the scenario)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("speed"), QStringLiteral("Run in real time, this many virtual seconds per second (default: as fast as possible)."),
                      QStringLiteral("x"), QStringLiteral("0")});
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
    if (!parser.isSet(QStringLiteral("config")) && !parser.isSet(QStringLiteral("scenario")))
        return usageError(QStringLiteral("demo needs --scenario FILE or --config FILE"));
    bool ok = false;
    const int contacts = parser.value(QStringLiteral("contacts")).toInt(&ok);
    if (!ok || contacts < 1 || contacts > 10000)
        return usageError(QStringLiteral("--contacts must be a whole number from 1 to 10000"));
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative whole number"));
    const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || speed < 0 || speed > 100000)
        return usageError(QStringLiteral("--speed must be a number from 0 to 100000"));

    // The scenario: given, or traffic.json beside the site configuration.
    const QString scenarioPath = parser.isSet(QStringLiteral("scenario"))
        ? parser.value(QStringLiteral("scenario"))
        : QFileInfo(parser.value(QStringLiteral("config"))).absoluteDir().filePath(QStringLiteral("traffic.json"));
    QFile scenarioFile(scenarioPath);
    if (!scenarioFile.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2 (give --scenario)").arg(scenarioPath, scenarioFile.errorString()));
    auto scenario = sim::Scenario::parse(scenarioFile.readAll(), QFileInfo(scenarioFile).absoluteDir());
    if (!scenario) {
        QTextStream(stderr) << "baton-sim: " << scenarioPath << ": " << scenario.error().toString() << "\n";
        return 1;
    }
    const QString sitePath = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : scenario->siteFile;
    auto config = loadSite(sitePath);
    if (!config) {
        QTextStream(stderr) << "baton-sim: " << config.error().toString() << "\n";
        return 1;
    }
    const QString corpusPath = parser.isSet(QStringLiteral("corpus"))
        ? parser.value(QStringLiteral("corpus"))
        : QFileInfo(scenarioFile).absoluteDir().filePath(QStringLiteral("corpus.json"));
    QFile corpusFile(corpusPath);
    if (!corpusFile.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2 (give --corpus)").arg(corpusPath, corpusFile.errorString()));
    auto corpus = sim::Corpus::parse(corpusFile.readAll());
    if (!corpus) {
        QTextStream(stderr) << "baton-sim: " << corpusPath << ": " << corpus.error().toString() << "\n";
        return 1;
    }
    const QDateTime localStart = QDateTime::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    if (!localStart.isValid())
        return usageError(QStringLiteral("--start must be a date and time like 2026-11-24T10:00"));
    simulator::DemoOptions options;
    options.contacts = contacts;
    options.seed = seed;
    options.startUtc = QDateTime(localStart.date(), localStart.time(), config->timeZone).toUTC();
    options.speed = speed;
    QTextStream out(stdout);
    simulator::DemoRun run(std::move(config.value()), std::move(scenario.value()), std::move(corpus.value()), options, out);
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

QJsonObject accuracyJson(const sim::WaitAccuracy &a)
{
    return {{QStringLiteral("contacts"), static_cast<double>(a.contacts)}, {QStringLiteral("rase_baton"), a.baton},
            {QStringLiteral("rase_baseline"), a.baseline}};
}

// run --config/--scenario: the whole site under a scenario's traffic. Runs twice, with aging as
// configured and the other way, to show what aging does to the longest level-0 wait.
int runSite(const QCommandLineParser &parser, double hours, quint32 seed)
{
    if (!parser.isSet(QStringLiteral("scenario")) && !parser.isSet(QStringLiteral("config")))
        return usageError(QStringLiteral("run needs --scenario FILE, --config FILE (with traffic.json beside it) or --mmc"));
    // The scenario: given, or traffic.json beside the site configuration.
    QFile file(parser.isSet(QStringLiteral("scenario"))
                   ? parser.value(QStringLiteral("scenario"))
                   : QFileInfo(parser.value(QStringLiteral("config"))).absoluteDir().filePath(QStringLiteral("traffic.json")));
    if (!file.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read the scenario %1: %2 (give --scenario)").arg(file.fileName(), file.errorString()));
    const auto scenario = sim::Scenario::parse(file.readAll(), QFileInfo(file).absoluteDir());
    if (!scenario) {
        QTextStream(stderr) << "baton-sim: " << file.fileName() << ": " << scenario.error().toString() << "\n";
        return 1;
    }
    const QString sitePath = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : scenario->siteFile;
    if (sitePath.isEmpty())
        return usageError(QStringLiteral("the scenario names no site: give --config site.json"));
    auto site = loadSite(sitePath);
    if (!site) {
        QTextStream(stderr) << "baton-sim: " << site.error().toString() << "\n";
        return 1;
    }
    sim::SiteRunOptions options{hours, seed};
    const auto result = sim::SiteSimulation::run(site.value(), scenario.value(), options);
    if (!result)
        return usageError(QStringLiteral("--%1: %2").arg(result.error().field, result.error().message));
    core::SiteConfig other = site.value();
    const bool agingOn = other.vip.aging.enabled;
    other.vip.aging.enabled = !agingOn;
    const auto contrast = sim::SiteSimulation::run(other, scenario.value(), options);
    const double withAging = agingOn ? result->worstLevel0WaitSeconds : contrast->worstLevel0WaitSeconds;
    const double withoutAging = agingOn ? contrast->worstLevel0WaitSeconds : result->worstLevel0WaitSeconds;
    auto level0 = [&](int g, bool aging) {
        const sim::SiteRunResult &r = aging == agingOn ? result.value() : contrast.value();
        return r.groups[g].worstLevel0WaitSeconds;
    };

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        for (int i = 0; i < result->groups.size(); ++i) {
            const auto &g = result->groups[i];
            groups.append(QJsonObject{
                {QStringLiteral("level0_worst_wait_s"), QJsonObject{{QStringLiteral("with_aging"), level0(i, true)},
                                                                   {QStringLiteral("without_aging"), level0(i, false)}}},
                {QStringLiteral("id"), g.id.value()}, {QStringLiteral("name"), g.name},
                {QStringLiteral("offered"), static_cast<double>(g.offered)}, {QStringLiteral("answered"), static_cast<double>(g.answered)},
                {QStringLiteral("abandoned"), static_cast<double>(g.abandoned)},
                {QStringLiteral("overflowed_out"), static_cast<double>(g.overflowedOut)},
                {QStringLiteral("service_level"), g.serviceLevel}, {QStringLiteral("asa_s"), g.asaSeconds},
                {QStringLiteral("occupancy"), g.occupancy}, {QStringLiteral("longest_wait_s"), g.longestWaitSeconds},
                {QStringLiteral("wait_accuracy"), accuracyJson(g.accuracy)},
            });
        }
        const QJsonObject out{
            {QStringLiteral("hours"), hours}, {QStringLiteral("seed"), static_cast<double>(seed)},
            {QStringLiteral("contacts"), static_cast<double>(result->contacts)}, {QStringLiteral("to_bot"), static_cast<double>(result->toBot)},
            {QStringLiteral("after_hours"), static_cast<double>(result->afterHours)}, {QStringLiteral("groups"), groups},
            {QStringLiteral("wait_accuracy"), accuracyJson(result->accuracy)},
            {QStringLiteral("level0_worst_wait_s"), QJsonObject{{QStringLiteral("with_aging"), withAging}, {QStringLiteral("without_aging"), withoutAging}}},
        };
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 contacts in %2 simulated hours (%3 to the bot, %4 after hours), %5 s\n\n")
               .arg(result->contacts).arg(hours).arg(result->toBot).arg(result->afterHours).arg(result->wallSeconds, 0, 'f', 2);
    out << QStringLiteral("%1%2%3%4%5%6%7%8%9%10\n").arg(QStringLiteral("group"), -14).arg(QStringLiteral("offered"), 9)
               .arg(QStringLiteral("answered"), 9).arg(QStringLiteral("abandon"), 9).arg(QStringLiteral("SL"), 7)
               .arg(QStringLiteral("ASA s"), 8).arg(QStringLiteral("occup."), 8).arg(QStringLiteral("longest s"), 10)
               .arg(QStringLiteral("RASE Baton/baseline"), 22).arg(QStringLiteral("L0 worst s aging/none"), 24);
    for (int i = 0; i < result->groups.size(); ++i) {
        const auto &g = result->groups[i];
        out << QStringLiteral("%1%2%3%4%5%6%7%8%9%10\n").arg(g.name, -14).arg(g.offered, 9).arg(g.answered, 9).arg(g.abandoned, 9)
                   .arg(QString::number(g.serviceLevel * 100, 'f', 1) + QLatin1Char('%'), 7).arg(g.asaSeconds, 8, 'f', 1)
                   .arg(QString::number(g.occupancy * 100, 'f', 1) + QLatin1Char('%'), 8).arg(g.longestWaitSeconds, 10, 'f', 0)
                   .arg(g.accuracy.contacts ? QStringLiteral("%1 / %2").arg(g.accuracy.baton, 0, 'f', 2).arg(g.accuracy.baseline, 0, 'f', 2)
                                            : QStringLiteral("–"), 22)
                   .arg(QStringLiteral("%1 / %2").arg(level0(i, true), 0, 'f', 0).arg(level0(i, false), 0, 'f', 0), 24);
    }
    out << QStringLiteral("\nAll groups: RASE of Baton's estimator %1, of the running-average baseline %2\n")
               .arg(result->accuracy.baton, 0, 'f', 3).arg(result->accuracy.baseline, 0, 'f', 3);
    out << QStringLiteral("Longest wait of a level-0 contact: %1 s with aging, %2 s without\n").arg(withAging, 0, 'f', 0).arg(withoutAging, 0, 'f', 0);
    return 0;
}

// run --mmc: one M/M/c(+M) group through the real core on virtual time.
int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs traffic through the real routing core on virtual time. With --scenario: the whole site under the "
        "scenario's traffic; per group offered, answered, abandoned, service level, ASA, occupancy, longest wait and "
        "the accuracy of told waits, and the longest level-0 wait with and without aging. With --mmc: one group, Poisson arrivals, "
        "exponential handle times, agents who answer at once and no wrap-up (with --patience, exponential patience "
        "and abandonment); prints the keys of erlang-c (and p_abandon) as measured, for comparison with "
        "erlang-c / erlang-a. The same seed prints the same output, byte for byte."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("mmc"), QStringLiteral("Run one M/M/c group instead of a site.")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Site configuration (default: the one the scenario names)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Traffic and agent behaviour (JSON, docs/SIMULATION.md)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Arrivals per hour."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("aht"), QStringLiteral("Mean handle time in seconds."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("agents"), QStringLiteral("Number of agents."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("patience"), QStringLiteral("Mean patience in seconds (abandonment, Erlang A)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("Service-level threshold in seconds (default 20)."), QStringLiteral("T"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("hours"), QStringLiteral("Simulated hours (default 1000)."), QStringLiteral("H"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("Hours at the start not counted (default 1)."), QStringLiteral("H"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object (default: a table beside the Erlang figures).")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("run [options]"));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("mmc"))) {
        bool okHours = false;
        bool okSeed = false;
        const double hours = parser.isSet(QStringLiteral("hours")) ? parser.value(QStringLiteral("hours")).toDouble(&okHours) : (okHours = true, 24.0);
        const uint seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
        if (!okHours || !okSeed)
            return usageError(QStringLiteral("--hours takes a number and --seed a whole number"));
        return runSite(parser, hours, seed);
    }
    for (const char *name : {"rate", "aht", "agents"}) {
        if (!parser.isSet(QLatin1String(name)))
            return usageError(QStringLiteral("run --mmc needs --%1").arg(QLatin1String(name)));
    }
    auto number = [&](const char *name, bool &ok) { return parser.value(QLatin1String(name)).toDouble(&ok); };
    bool ok[8] = {};
    sim::MmcParameters p;
    p.arrivalsPerHour = number("rate", ok[0]);
    p.handleSeconds = number("aht", ok[1]);
    const double agents = number("agents", ok[2]);
    p.targetSeconds = number("target", ok[3]);
    p.hours = number("hours", ok[4]);
    p.warmupHours = number("warmup", ok[5]);
    p.seed = parser.value(QStringLiteral("seed")).toUInt(&ok[6]);
    ok[7] = true;
    if (parser.isSet(QStringLiteral("patience")))
        p.patienceSeconds = number("patience", ok[7]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || agents != std::floor(agents))
        return usageError(QStringLiteral("every option takes a number (--agents and --seed whole numbers)"));
    p.agents = static_cast<int>(std::clamp(agents, -1.0, 1e9));
    const auto result = sim::MmcSimulation::run(p);
    if (!result)
        return usageError(QStringLiteral("--%1: %2").arg(result.error().field, result.error().message));

    QJsonObject measured = figuresJson(result->figures);
    measured.remove(QStringLiteral("stable"));
    measured.insert(QStringLiteral("contacts"), static_cast<double>(result->arrivals));
    measured.insert(QStringLiteral("rase_baton"), result->accuracy.baton);
    measured.insert(QStringLiteral("rase_baseline"), result->accuracy.baseline);
    if (parser.isSet(QStringLiteral("json"))) {
        QTextStream(stdout) << QJsonDocument(measured).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    const core::QueueModelInput in{p.arrivalsPerHour, p.handleSeconds, p.agents, p.targetSeconds, p.patienceSeconds};
    const auto exact = p.patienceSeconds ? core::Erlang::a(in) : core::Erlang::c(in);
    QTextStream out(stdout);
    out << QStringLiteral("%1 contacts simulated in %2 s (%3 per second)\n\n")
               .arg(result->arrivals).arg(result->wallSeconds, 0, 'f', 2)
               .arg(static_cast<double>(result->arrivals) / std::max(result->wallSeconds, 1e-9), 0, 'f', 0);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("figure"), -14).arg(QStringLiteral("simulated"), 12)
               .arg(p.patienceSeconds ? QStringLiteral("Erlang A") : QStringLiteral("Erlang C"), 12);
    auto row = [&](const char *name, double sim, std::optional<double> ref) {
        out << QStringLiteral("%1 %2 %3\n").arg(QLatin1String(name), -14).arg(sim, 12, 'f', 4)
                   .arg(ref ? QString::number(*ref, 'f', 4) : QStringLiteral("–"), 12);
    };
    row("p_wait", result->figures.probabilityOfWaiting, exact->probabilityOfWaiting);
    row("asa_s", *result->figures.averageSpeedOfAnswer, exact->averageSpeedOfAnswer);
    row("service_level", result->figures.serviceLevel, exact->serviceLevel);
    row("occupancy", result->figures.occupancy, exact->occupancy);
    if (p.patienceSeconds)
        row("p_abandon", *result->figures.probabilityOfAbandoning, exact->probabilityOfAbandoning);
    out << QStringLiteral("\nWait told at arrival vs the wait that followed (%1 contacts that waited):\n"
                          "RASE of Baton's estimator %2, of the running-average baseline %3 (ratio %4)\n")
               .arg(result->accuracy.contacts).arg(result->accuracy.baton, 0, 'f', 3).arg(result->accuracy.baseline, 0, 'f', 3)
               .arg(result->accuracy.baseline > 0 ? result->accuracy.baton / result->accuracy.baseline : 0.0, 0, 'f', 2);
    return 0;
}

// seed-db: a demo site's customers, history, scripts and knowledge base in a new database.
QString demoFile(const QString &name)
{
    // Beside the build tree's bin/ (build/bin → resources/demo), else the source tree it was built from.
    const QString nearBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/../../resources/demo/") + name;
    if (QFileInfo::exists(nearBinary))
        return QFileInfo(nearBinary).canonicalFilePath();
    return QStringLiteral(BATON_DEMO_DIR "/") + name;
}

int seedDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills an empty database with a demo contact center: customers with Chinese names, mobile numbers, ids in other "
        "systems, VIP levels, attributes and tags; their history over every channel for the last 180 days; call scripts "
        "per business, published and live; a knowledge base; a few merged duplicates. Agents, groups and businesses come "
        "from the site configuration and the demo corpus. The same seed and --until write the same content."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database to fill (created when missing)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("How many customers (0–1000000, default 2000)."), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("articles"), QStringLiteral("How many knowledge-base articles (0–1000000, default 500)."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("k"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Site configuration: agents, groups, rules, VIP levels (default: the demo bank)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Businesses, utterances and IVR paths (default corpus.json beside the config)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("The history ends at the start of this day in the site's time zone (default today)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("append"), QStringLiteral("Add to a database that already has customers.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("seed-db [options]"));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(QStringLiteral("seed-db needs --db FILE"));
    bool ok[3] = {};
    sim::SeedOptions options;
    options.customers = parser.value(QStringLiteral("customers")).toInt(&ok[0]);
    options.articles = parser.value(QStringLiteral("articles")).toInt(&ok[1]);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok[2]);
    options.append = parser.isSet(QStringLiteral("append"));
    if (!ok[0] || options.customers < 0 || options.customers > 1000000)
        return usageError(QStringLiteral("--customers must be a whole number from 0 to 1000000"));
    if (!ok[1] || options.articles < 0 || options.articles > 1000000)
        return usageError(QStringLiteral("--articles must be a whole number from 0 to 1000000"));
    if (!ok[2])
        return usageError(QStringLiteral("--seed must be a non-negative whole number"));

    const QString sitePath = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : demoFile(QStringLiteral("site.json"));
    auto config = loadSite(sitePath);
    if (!config) {
        QTextStream(stderr) << "baton-sim: " << config.error().toString() << (parser.isSet(QStringLiteral("config")) ? "" : " (give --config)") << "\n";
        return 1;
    }
    const QString corpusPath = parser.isSet(QStringLiteral("corpus"))
        ? parser.value(QStringLiteral("corpus"))
        : QFileInfo(sitePath).absoluteDir().filePath(QStringLiteral("corpus.json"));
    QFile corpusFile(corpusPath);
    if (!corpusFile.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2 (give --corpus)").arg(corpusPath, corpusFile.errorString()));
    auto corpus = sim::Corpus::parse(corpusFile.readAll());
    if (!corpus) {
        QTextStream(stderr) << "baton-sim: " << corpusPath << ": " << corpus.error().toString() << "\n";
        return 1;
    }
    // Whole days, so that runs on the same day write the same content.
    const QDate until = parser.isSet(QStringLiteral("until")) ? QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate)
                                                              : QDateTime::currentDateTimeUtc().toTimeZone(config->timeZone).date();
    if (!until.isValid())
        return usageError(QStringLiteral("--until must be a date like 2026-11-24"));
    options.now = QDateTime(until, QTime(0, 0), config->timeZone).toUTC();

    QElapsedTimer timer;
    timer.start();
    const QString dbPath = parser.value(QStringLiteral("db"));
    auto db = store::Database::open(dbPath, store::Database::Mode::Create);
    if (!db) {
        QTextStream(stderr) << "baton-sim: " << store::Database::redacted(dbPath) << ": " << db.error().toString() << "\n";
        return 1;
    }
    const auto summary = sim::SeedData::seed(*db.value(), config.value(), corpus.value(), options);
    if (!summary) {
        QTextStream(stderr) << "baton-sim: " << summary.error().toString() << "\n";
        return 1;
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    QStringList channels;
    for (const core::Channel c : core::kAllChannels)
        channels.append(QStringLiteral("%1 %2").arg(core::channelName(c)).arg(summary->perChannel[static_cast<int>(c)]));
    QTextStream out(stdout);
    out << QStringLiteral("Seeded %1 with %2 (seed %3, history to %4):\n")
               .arg(dbPath, config->name).arg(options.seed).arg(until.toString(Qt::ISODate));
    out << QStringLiteral("  customers     %1 (%2 phone numbers, %3 duplicates merged)\n")
               .arg(summary->customers, 7).arg(summary->phones).arg(summary->merges);
    out << QStringLiteral("  interactions  %1 (%2; %3 rated)\n").arg(summary->interactions, 7).arg(channels.join(QStringLiteral(", "))).arg(summary->rated);
    out << QStringLiteral("  scripts       %1 (%2 published versions, %3 live assignments)\n")
               .arg(summary->scripts, 7).arg(summary->versions).arg(summary->liveAssignments);
    out << QStringLiteral("  articles      %1\n").arg(summary->articles, 7);
    out << QStringLiteral("in %1 s\n").arg(seconds, 0, 'f', 2);
    return 0;
}

// load: simulated agents and IVRs against a live router, in real time.
int load(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connects thousands of simulated agents and IVR sessions to a live baton-router over the real protocol and "
        "reports offer latency (contact.create sent to offer received), messages per second, the protocol's round trip "
        "against a raw WebSocket echo, and the router's CPU and memory. Without --url it starts baton-router itself on a "
        "generated site (agents in agents/25 groups) with load-test users. With --db postgresql://… --standby N "
        "--kill-active-at S it also starts N standby routers, kills the active one S seconds in, and audits the failover: "
        "every acknowledged contact answered exactly once, no agent holding two, every client back within 5 s."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("A running router, or a site's routers separated by commas (its users must be "
                                                            "load-a0… and load-ivr, load-ping, password load-test-password)."),
                      QStringLiteral("ws://HOST:PORT")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("For the started routers: postgresql://… (an empty database) instead of a "
                                                           "temporary SQLite file."), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("standby"), QStringLiteral("Start N more routers on the same --db, standing by (default 0)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("password-cost"), QStringLiteral("The load users' password hashes: minimum (default) or interactive, "
                                                                      "the real cost (~150 ms a check; seeding takes as long per agent)."),
                      QStringLiteral("COST"), QStringLiteral("minimum")});
    parser.addOption({QStringLiteral("kill-active-at"), QStringLiteral("SIGKILL the active router S seconds into the run, then audit the "
                                                                       "failover (needs --standby)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("router-pid"), QStringLiteral("With --url: the router's process id, for CPU and memory."), QStringLiteral("PID")});
    parser.addOption({QStringLiteral("router"), QStringLiteral("The baton-router to start (default: beside baton-sim)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("agents"), QStringLiteral("Agent sessions (default 5000)."), QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("ivrs"), QStringLiteral("IVR sessions creating contacts (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("New contacts per second (default 200)."), QStringLiteral("R"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to create contacts (default 60)."), QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("aht"), QStringLiteral("Mean conversation length in seconds (default 15)."), QStringLiteral("S"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("no-fsync"), QStringLiteral("Start the router with --no-fsync.")});
    parser.addOption({QStringLiteral("tls"), QStringLiteral("Serve wss://: make a certificate for 127.0.0.1 (with the openssl command) for the "
                                                            "started router and trust it in every client; the raw echo uses TLS too.")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("client-threads"), QStringLiteral("Threads the simulated agents' sockets are spread over (default 0: one per core, at least 2)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("io-threads"), QStringLiteral("The started router's --io-threads (default 0: its own, one per core)."), QStringLiteral("N"),
                      QStringLiteral("0")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("load [options]"));
        return 0;
    }
    simulator::LoadOptions o;
    bool ok[9] = {};
    o.clientThreads = parser.value(QStringLiteral("client-threads")).toInt(&ok[7]);
    o.routerIoThreads = parser.value(QStringLiteral("io-threads")).toInt(&ok[8]);
    if (ok[7] && ok[8] && (o.clientThreads < 0 || o.clientThreads > 256 || o.routerIoThreads < 0 || o.routerIoThreads > 256))
        return usageError(QStringLiteral("--client-threads and --io-threads take 0 (one per core) to 256"));
    o.agents = parser.value(QStringLiteral("agents")).toInt(&ok[0]);
    o.ivrSessions = parser.value(QStringLiteral("ivrs")).toInt(&ok[1]);
    o.contactsPerSecond = parser.value(QStringLiteral("rate")).toDouble(&ok[2]);
    o.seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok[3]);
    o.handleSeconds = parser.value(QStringLiteral("aht")).toDouble(&ok[4]);
    o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok[5]);
    ok[6] = true;
    if (parser.isSet(QStringLiteral("router-pid")))
        o.routerPid = parser.value(QStringLiteral("router-pid")).toLongLong(&ok[6]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || o.agents < 1 || o.agents > 100000 || o.ivrSessions < 1
        || o.contactsPerSecond <= 0 || o.seconds <= 0 || o.handleSeconds <= 0)
        return usageError(QStringLiteral("--agents, --ivrs, --rate, --seconds and --aht take positive numbers (agents up to 100000)"));
    o.fsync = !parser.isSet(QStringLiteral("no-fsync"));
    o.tls = parser.isSet(QStringLiteral("tls"));
    bool okStandby = false;
    o.standbys = parser.value(QStringLiteral("standby")).toInt(&okStandby);
    if (!okStandby || o.standbys < 0 || o.standbys > 8)
        return usageError(QStringLiteral("--standby takes 0 to 8"));
    o.database = parser.value(QStringLiteral("db"));
    const QString cost = parser.value(QStringLiteral("password-cost"));
    if (cost != QLatin1String("minimum") && cost != QLatin1String("interactive"))
        return usageError(QStringLiteral("--password-cost is minimum or interactive"));
    o.interactivePasswords = cost == QLatin1String("interactive");
    if (!o.database.isEmpty() && !store::Database::isPostgres(o.database))
        return usageError(QStringLiteral("--db takes postgresql://… (without it the router gets a temporary SQLite file)"));
    if (o.standbys > 0 && o.database.isEmpty())
        return usageError(QStringLiteral("standby routers share a PostgreSQL database: give --db postgresql://…"));
    if (parser.isSet(QStringLiteral("kill-active-at"))) {
        bool okKill = false;
        o.killActiveAt = parser.value(QStringLiteral("kill-active-at")).toDouble(&okKill);
        if (!okKill || o.killActiveAt < 0 || o.killActiveAt >= o.seconds)
            return usageError(QStringLiteral("--kill-active-at takes seconds within --seconds"));
        if (o.standbys < 1)
            return usageError(QStringLiteral("--kill-active-at needs a router to take over: give --standby 1 or more"));
    }
    if (parser.isSet(QStringLiteral("url"))) {
        if (o.standbys > 0 || !o.database.isEmpty() || o.tls)
            return usageError(QStringLiteral("--db, --standby and --tls are for the routers baton-sim starts, not with --url "
                                             "(a wss:// address is verified against the system's certificate authorities)"));
        auto urls = net::RemoteClient::parseUrls(parser.value(QStringLiteral("url")));
        if (!urls)
            return usageError(QStringLiteral("--url: %1").arg(urls.error().message));
        o.urls = urls.value();
    } else {
        o.routerBinary = parser.isSet(QStringLiteral("router")) ? parser.value(QStringLiteral("router"))
                                                               : QCoreApplication::applicationDirPath() + QStringLiteral("/baton-router");
        if (!QFileInfo(o.routerBinary).isExecutable())
            return usageError(QStringLiteral("no baton-router at %1 (give --router FILE or --url)").arg(o.routerBinary));
    }
    return simulator::runLoad(o);
}

void printHelp()
{
    QTextStream(stdout) << "Usage: baton-sim COMMAND [options]\n\n"
                           "Runs Baton's routing core on virtual time.\n\n"
                           "Commands:\n"
                           "  demo       route demo contacts and print every decision with its trace\n"
                           "  run        simulate a site through the core: --scenario FILE [--config site.json] --hours H --seed K\n"
                           "             or one M/M/c(+M) group: --mmc --rate R --aht S --agents N [--patience P] --hours H\n"
                           "  erlang-c   Erlang C figures: --rate R --aht S --agents N --target T\n"
                           "  erlang-a   Erlang A figures: --rate R --aht S --agents N --patience P --target T\n"
                           "  staff      fewest agents for a service level: --rate R --aht S --target T --sl 0.8 [--patience P]\n"
                           "  seed-db    fill an empty database with demo customers, history, scripts and articles:\n"
                           "             --db FILE [--customers N] [--articles N] [--seed K] [--config site.json] [--append]\n"
                           "  load       simulated agents and IVRs against a live router (real time):\n"
                           "             [--url ws://HOST:PORT] [--agents 5000] [--rate 200] [--seconds 60]\n\n"
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
    if (args[1] == QLatin1String("run"))
        return run(rest);
    if (args[1] == QLatin1String("seed-db"))
        return seedDb(rest);
    if (args[1] == QLatin1String("load"))
        return load(rest);
    if (args[1] == QLatin1String("erlang-c") || args[1] == QLatin1String("erlang-a") || args[1] == QLatin1String("staff"))
        return queueingModel(args[1], rest);
    return usageError(QStringLiteral("unknown command '%1'").arg(args[1]));
}
