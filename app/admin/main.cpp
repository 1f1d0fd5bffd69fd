// baton-admin: creates, migrates and checks Baton databases.
#include "database.h"
#include "migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace baton;

namespace {

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "baton-admin: " << message << "\n";
    return code;
}

void printHelp()
{
    QTextStream(stdout) << "Usage: baton-admin COMMAND --db PATH\n\n"
                           "Administers a Baton database.\n\n"
                           "Commands:\n"
                           "  init      create a new database (or bring an existing one up to date)\n"
                           "  migrate   apply the schema steps an existing database is missing\n"
                           "  check     check integrity and foreign keys, and report the schema version\n\n"
                           "Exit codes: 0 success, 1 the command failed, 2 wrong command line.\n";
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printHelp();
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        QTextStream(stdout) << "baton-admin " << BATON_VERSION << " (schema " << store::Migrations::latest() << ")\n";
        return 0;
    }
    const QString command = args.takeAt(1);
    if (command != QLatin1String("init") && command != QLatin1String("migrate") && command != QLatin1String("check"))
        return fail(QStringLiteral("unknown command '%1'; try 'baton-admin --help'").arg(command), 2);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path")});
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return fail(QStringLiteral("%1 needs --db PATH").arg(command), 2);
    const QString path = parser.value(QStringLiteral("db"));
    QTextStream out(stdout);

    using Mode = store::Database::Mode;
    const Mode mode = command == QLatin1String("init") ? Mode::Create : command == QLatin1String("migrate") ? Mode::OpenExisting : Mode::Inspect;
    auto db = store::Database::open(path, mode);
    if (!db)
        return fail(db.error().message);
    const int version = (*db)->schemaVersion();
    if (command == QLatin1String("check")) {
        const auto problems = (*db)->check();
        if (!problems)
            return fail(problems.error().message);
        out << path << ": schema version " << version << " (this Baton knows " << store::Migrations::latest() << ")\n";
        for (const QString &p : problems.value())
            out << "  problem: " << p << "\n";
        if (!problems->isEmpty())
            return fail(QStringLiteral("%1 problem(s) found").arg(problems->size()));
        if (version < store::Migrations::latest())
            return fail(QStringLiteral("the schema is behind: run `baton-admin migrate --db %1`").arg(path));
        out << "ok\n";
        return 0;
    }
    out << path << ": schema version " << version << "\n";
    return 0;
}
