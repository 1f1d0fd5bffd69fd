// baton-sim: runs the real routing core on virtual time.
#include "configparser.h"
#include "demorun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

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

void printHelp()
{
    QTextStream(stdout) << "Usage: baton-sim COMMAND [options]\n\n"
                           "Runs Baton's routing core on virtual time.\n\n"
                           "Commands:\n"
                           "  demo     route demo contacts and print every decision with its trace\n\n"
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
    return usageError(QStringLiteral("unknown command '%1'").arg(args[1]));
}
