// baton: the agent's desktop. Embedded (the site runs inside this process on a SQLite file) or
// remote (signed in to baton-router over WebSocket); the workspace is the same either way.
//
//   baton [--demo] [--lang zh_CN|zh_TW|en] [--workspace agent] [--config site.json --db baton.db]
//         [--server wss://host:port] [--user NAME] [--demo-rate N] [--demo-colleagues N]
//         [--autopilot] [--new-instance] [--quit-when-ready]
#include "applicationid.h"
#include "desktop.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include <variant>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("baton"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
}

// Reads and checks the command line; exits for --help and --version. Runs before any window
// system is touched, so help and usage errors work without a display.
std::variant<baton::desktop::DesktopOptions, int> parseOptions(int argc, char *argv[])
{
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QCoreApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Baton: the contact-center agent's desktop.\n"
        "Without options it asks where to sign in: this computer's site (--config) or a baton-router (--server).\n"
        "--demo runs a demo site in this process with simulated callers and colleagues, signed in as its first agent."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Run the demo site with live simulated traffic.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN, zh_TW or en (default: the last one chosen, else the system's)."),
                      QStringLiteral("language")});
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("With --demo, the workspace to open: agent (signed in as the first agent), supervisor or trainer (as a demo user of that role)."),
                      QStringLiteral("name"), QStringLiteral("agent")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Site configuration to run on this computer (embedded mode)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database of the embedded site (default: baton.db beside --config; for --demo, demo.db in the data directory)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("Address of the site's baton-router, e.g. wss://router:8443."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("User (remote) or agent id (embedded) to sign in as."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("demo-rate"), QStringLiteral("Demo contacts per minute across the site (default 6)."), QStringLiteral("n"),
                      QStringLiteral("6")});
    parser.addOption({QStringLiteral("autopilot"),
                      QStringLiteral("With --demo: your own desk accepts, talks and wraps up by itself (an unattended demo screen).")});
    parser.addOption({QStringLiteral("quit-when-ready"),
                      QStringLiteral("Print how long start-up took once the workspace is on screen, then quit (for measuring).")});
    parser.addOption({QStringLiteral("new-instance"),
                      QStringLiteral("Open a second Baton beside the running one (by default a second launch brings the running window forward).")});
    parser.addOption({QStringLiteral("demo-colleagues"), QStringLiteral("Simulated colleagues in the demo (default 6)."), QStringLiteral("n"),
                      QStringLiteral("6")});
    // The window system's own options (-platform offscreen, -style …) are QApplication's to read.
    for (const char *qt : {"platform", "platformtheme", "style", "stylesheet", "display", "qwindowgeometry", "qwindowtitle", "reverse"}) {
        QCommandLineOption o(QString::fromLatin1(qt), QString(), qstrcmp(qt, "reverse") == 0 ? QString() : QStringLiteral("value"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
    parser.process(app);

    auto fail = [](const QString &message) {
        QTextStream(stderr) << "baton: " << message << "\n";
        return 2;
    };
    baton::desktop::DesktopOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.language = parser.value(QStringLiteral("lang"));
    options.workspace = parser.value(QStringLiteral("workspace"));
    options.configPath = parser.value(QStringLiteral("config"));
    options.dbPath = parser.value(QStringLiteral("db"));
    options.server = parser.value(QStringLiteral("server"));
    options.user = parser.value(QStringLiteral("user"));
    options.quitWhenReady = parser.isSet(QStringLiteral("quit-when-ready"));
    options.autopilot = parser.isSet(QStringLiteral("autopilot"));
    options.newInstance = parser.isSet(QStringLiteral("new-instance")) || options.quitWhenReady;
    if (options.autopilot && !options.demo)
        return fail(QStringLiteral("--autopilot works only with --demo"));
    options.processStartMs = startMs;
    bool ok = false;
    options.demoRate = parser.value(QStringLiteral("demo-rate")).toDouble(&ok);
    if (!ok || options.demoRate <= 0 || options.demoRate > 600)
        return fail(QStringLiteral("--demo-rate must be a number above 0 and at most 600"));
    options.demoColleagues = parser.value(QStringLiteral("demo-colleagues")).toInt(&ok);
    if (!ok || options.demoColleagues < 0 || options.demoColleagues > 1000)
        return fail(QStringLiteral("--demo-colleagues must be a whole number from 0 to 1000"));
    if (!QStringList{QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("trainer")}.contains(options.workspace))
        return fail(QStringLiteral("--workspace must be agent, supervisor or trainer"));
    if (options.demo && !options.server.isEmpty())
        return fail(QStringLiteral("--demo runs its own site; it cannot be combined with --server"));
    if (!options.configPath.isEmpty() && !options.server.isEmpty())
        return fail(QStringLiteral("give --config (this computer's site) or --server (a router), not both"));

    return options;
}

}  // namespace

int main(int argc, char *argv[])
{
    auto parsed = parseOptions(argc, argv);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Baton"));
    QApplication::setDesktopFileName(baton::platform::applicationId());
    const auto &options = std::get<baton::desktop::DesktopOptions>(parsed);

    // One Baton per user session: a second launch brings the running window forward and exits.
    baton::platform::SingleInstance instance;
    if (!options.newInstance) {
        switch (instance.claim()) {
        case baton::platform::SingleInstance::Role::Secondary:
            QTextStream(stdout) << "baton: already running; brought its window forward (--new-instance opens another)\n";
            return 0;
        case baton::platform::SingleInstance::Role::Unavailable:
            QTextStream(stderr) << "baton: warning: cannot check for a running Baton (" << instance.errorString() << "); starting anyway\n";
            break;
        case baton::platform::SingleInstance::Role::Primary:
            break;
        }
    }

    baton::desktop::Desktop desktop(options);
    QObject::connect(&instance, &baton::platform::SingleInstance::messageReceived, &desktop, [&desktop](const QByteArray &message) {
        if (message == "activate")
            desktop.bringForward();
    });
    if (const QString error = desktop.start(); !error.isEmpty()) {
        QTextStream(stderr) << "baton: " << error << "\n";
        return 2;
    }
    return QApplication::exec();
}
