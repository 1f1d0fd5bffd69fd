// baton-admin: creates, migrates and checks Baton databases; manages users; exports the audit log.
#include "auditexport.h"
#include "auditlog.h"
#include "cli.h"
#include "configparser.h"
#include "csvreader.h"
#include "customerimport.h"
#include "database.h"
#include "knowledgebase.h"
#include "migrations.h"
#include "usercommands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace baton;
using admin::actor;
using admin::fail;

namespace {

// The real clock, for the timestamps of what the admin writes.
using core::SystemClock;

void printHelp()
{
    QTextStream(stdout) << "Usage: baton-admin COMMAND [--db PATH|postgresql://…]\n\n"
                           "Administers a Baton database: a SQLite file, or a PostgreSQL database given as\n"
                           "postgresql://[user[:password]@][host][:port]/dbname[?param=value&…] (it must exist).\n\n"
                           "Commands:\n"
                           "  init      create a new database (or bring an existing one up to date)\n"
                           "  migrate   apply the schema steps an existing database is missing\n"
                           "  check     check integrity and foreign keys, and report the schema version\n"
                           "  backup --to FILE   a consistent copy, safe while Baton is running (SQLite; use pg_dump for PostgreSQL)\n"
                           "  import-customers FILE.csv [--dry-run] [--strict] [--encoding auto|utf-8|gb18030]\n"
                           "            customers and attributes (header: name, phone, tags, dedicated_agent, id:SYSTEM, attributes...)\n"
                           "  import-kb FILE.csv          add knowledge articles (UTF-8 CSV with a header: title,body,tags)\n"
                           "  search-kb QUERY [--limit N] [--json]   search the knowledge base\n"
                           "  user add NAME --role ROLE [--display TEXT] [--agent ID]\n"
                           "            add a user; ROLE is agent, supervisor, trainer, integration or admin; the password is\n"
                           "            read from stdin (asked twice without echo at a terminal), never from the command line\n"
                           "  user disable NAME | user enable NAME   refuse or allow sign-in (enable also lifts a lockout)\n"
                           "  user reset NAME             set a new password, read from stdin\n"
                           "  user list [--json]          the users, their roles and state\n"
                           "  audit export [--from TIME] [--to TIME] [--actor A] [--object O] [--format csv|json] [--limit N]\n"
                           "            the audit log, oldest first, to stdout (times ISO 8601, UTC unless an offset is given)\n"
                           "  validate-config FILE.json   check a site configuration (no --db)\n\n"
                           "Exit codes: 0 success, 1 the command failed, 2 wrong command line.\n";
}

// Reads every article first: a bad line imports nothing.
int importKb(store::Database &db, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    store::CsvReader csv(f);
    auto header = csv.next();
    if (!header || !header->has_value())
        return fail(QStringLiteral("%1: %2").arg(file, header ? QStringLiteral("the file is empty") : header.error().toString()));
    QStringList names;
    for (const QString &h : **header)
        names.append(h.trimmed().toLower());
    const qsizetype title = names.indexOf(QStringLiteral("title"));
    const qsizetype body = names.indexOf(QStringLiteral("body"));
    const qsizetype tags = names.indexOf(QStringLiteral("tags"));
    if (title < 0 || body < 0)
        return fail(QStringLiteral("%1: the header needs the columns title and body (and may have tags); it has: %2").arg(file, names.join(QStringLiteral(", "))));
    QList<store::Article> articles;
    static const QRegularExpression kTagSeparators(QStringLiteral("[,，;；、]"));
    while (true) {
        auto record = csv.next();
        if (!record)
            return fail(QStringLiteral("%1, %2: %3").arg(file, record.error().field, record.error().message));
        if (!record->has_value())
            break;
        const QStringList &r = **record;
        if (r.size() == 1 && r.first().isEmpty())
            continue;  // a blank line
        if (r.size() != names.size())
            return fail(QStringLiteral("%1, line %2: %3 fields where the header has %4").arg(file).arg(csv.line()).arg(r.size()).arg(names.size()));
        store::Article a;
        a.title = r[title].trimmed();
        a.body = r[body];
        if (tags >= 0)
            a.tags = r[tags].split(kTagSeparators, Qt::SkipEmptyParts);
        for (QString &t : a.tags)
            t = t.trimmed();
        if (a.title.isEmpty())
            return fail(QStringLiteral("%1, line %2: the title is empty").arg(file).arg(csv.line()));
        articles.append(a);
    }
    const SystemClock clock;
    store::KnowledgeBase kb(db, clock);
    if (auto s = db.begin(); !s)
        return fail(s.error().toString());
    const auto ids = kb.addAll(articles);
    if (!ids) {
        db.rollback();
        return fail(ids.error().toString());
    }
    store::AuditLog audit(db, clock);
    const QJsonObject after{{QStringLiteral("articles"), ids->size()}};
    if (auto a = audit.append(actor(), QStringLiteral("kb.import"), QStringLiteral("import:") + QFileInfo(file).fileName(), {},
                              QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        !a) {
        db.rollback();
        return fail(a.error().toString());
    }
    if (auto s = db.commit(); !s)
        return fail(s.error().toString());
    if (auto s = kb.optimize(); !s)
        return fail(s.error().toString());
    QTextStream(stdout) << "imported " << ids->size() << " articles\n";
    return 0;
}

int importCustomers(store::Database &db, const QString &file, const QCommandLineParser &parser)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    store::ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.strict = parser.isSet(QStringLiteral("strict"));
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = store::ImportOptions::Encoding::Utf8;
    else if (encoding == QLatin1String("gb18030"))
        options.encoding = store::ImportOptions::Encoding::Gb18030;
    else if (encoding != QLatin1String("auto"))
        return fail(QStringLiteral("--encoding is auto, utf-8 or gb18030"), 2);
    QTextStream err(stderr);
    options.progress = [&](long long rows) {
        if (rows % 10000 == 0)
            err << "  " << rows << " rows…\n" << Qt::flush;
    };
    const SystemClock clock;
    store::AuditLog audit(db, clock);
    options.audit = &audit;
    options.actor = actor();
    options.source = QFileInfo(file).fileName();
    const auto report = store::CustomerImport::run(db, clock, f, options);
    if (!report)
        return fail(QStringLiteral("%1: %2").arg(file, report.error().toString()));
    QTextStream out(stdout);
    for (const auto &e : report->errors)
        out << file << ", line " << e.line << ": " << e.message << "\n";
    if (report->errorCount > report->errors.size())
        out << "… and " << report->errorCount - report->errors.size() << " more errors\n";
    out << report->rows << " rows (" << report->encoding << "): " << report->created << " new, " << report->updated << " updated, "
        << report->errorCount << " with errors; "
        << (report->committed ? QStringLiteral("imported") : options.dryRun ? QStringLiteral("dry run, nothing imported")
                                                                            : QStringLiteral("strict, nothing imported"))
        << "\n";
    return report->errorCount > 0 ? 1 : 0;
}

int searchKb(store::Database &db, const QString &query, int limit, bool json)
{
    core::ManualClock clock;  // searching reads no time
    store::KnowledgeBase kb(db, clock);
    const auto result = kb.search(query, limit);
    if (!result)
        return fail(result.error().toString(), result.error().code == core::ErrorCode::InvalidArgument ? 2 : 1);
    QTextStream out(stdout);
    if (json) {
        QJsonArray hits;
        for (const auto &h : result->hits) {
            hits.append(QJsonObject{{QStringLiteral("id"), static_cast<double>(h.id)}, {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet}, {QStringLiteral("score"), h.score}});
        }
        out << QJsonDocument(hits).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    if (result->hits.isEmpty())
        out << "no articles match\n";
    for (qsizetype i = 0; i < result->hits.size(); ++i) {
        const auto &h = result->hits[i];
        out << i + 1 << ". " << h.title << "  (#" << h.id << ", " << QString::number(h.score, 'f', 2) << ")\n   " << h.snippet << "\n";
    }
    return 0;
}

// Parses (and so validates) a site configuration; the parser stops at the first problem.
int validateConfig(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    const auto config = core::ConfigParser::parse(f.readAll());
    if (!config) {
        const core::Error &e = config.error();
        QTextStream(stderr) << file << ": " << (e.field.isEmpty() ? QStringLiteral("(file)") : e.field) << ": " << e.message << "\n";
        return fail(QStringLiteral("%1 is not a valid site configuration").arg(file));
    }
    QTextStream(stdout) << file << ": valid — site '" << config->name << "': " << config->groups.size() << " groups, " << config->agents.size()
                        << " agents, " << config->rules.size() << " rules\n";
    return 0;
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
    const QStringList commands{QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("check"), QStringLiteral("import-kb"),
                               QStringLiteral("search-kb"), QStringLiteral("import-customers"), QStringLiteral("backup"),
                               QStringLiteral("user"), QStringLiteral("audit"), QStringLiteral("validate-config")};
    if (!commands.contains(command))
        return fail(QStringLiteral("unknown command '%1'; try 'baton-admin --help'").arg(command), 2);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path")});
    if (command == QLatin1String("search-kb")) {
        parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many results, 1–200 (default 10)."), QStringLiteral("n"),
                          QStringLiteral("10")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array of {id, title, snippet, score}.")});
        parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to search for."));
    }
    if (command == QLatin1String("import-kb"))
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("UTF-8 CSV with a header row: title,body,tags."));
    if (command == QLatin1String("backup"))
        parser.addOption({QStringLiteral("to"), QStringLiteral("The backup file to write (must not exist)."), QStringLiteral("file")});
    if (command == QLatin1String("import-customers")) {
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV with a header row naming the columns."));
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Check and count everything, import nothing.")});
        parser.addOption({QStringLiteral("strict"), QStringLiteral("Import nothing if any line has an error.")});
        parser.addOption({QStringLiteral("encoding"), QStringLiteral("auto (default), utf-8 or gb18030."), QStringLiteral("name"),
                          QStringLiteral("auto")});
    }
    if (command == QLatin1String("validate-config"))
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The site configuration (JSON, docs/CONFIG.md)."));
    if (command == QLatin1String("user"))
        admin::addUserOptions(parser);
    if (command == QLatin1String("audit"))
        admin::addAuditOptions(parser);
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
        return 0;
    }
    if (command == QLatin1String("validate-config")) {
        if (parser.positionalArguments().size() != 1)
            return fail(QStringLiteral("validate-config needs exactly one FILE.json"), 2);
        return validateConfig(parser.positionalArguments().first());
    }
    // Usage errors come before the database is opened.
    std::optional<admin::UserCommand> userCommand;
    std::optional<admin::AuditExport> auditExport;
    if (command == QLatin1String("user")) {
        auto c = admin::parseUserCommand(parser);
        if (!c)
            return fail(c.error().message, 2);
        userCommand = *c;
    }
    if (command == QLatin1String("audit")) {
        auto e = admin::parseAuditExport(parser);
        if (!e)
            return fail(e.error().message, 2);
        auditExport = *e;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return fail(QStringLiteral("%1 needs --db PATH").arg(command), 2);
    const QString path = parser.value(QStringLiteral("db"));
    QTextStream out(stdout);

    const bool takesOne = command.endsWith(QLatin1String("-kb")) || command == QLatin1String("import-customers");
    if (takesOne && parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("%1 needs exactly one %2").arg(command, command == QLatin1String("search-kb") ? QStringLiteral("QUERY (quote it)") : QStringLiteral("FILE")), 2);
    using Mode = store::Database::Mode;
    const Mode mode = command == QLatin1String("init") ? Mode::Create : command == QLatin1String("check") ? Mode::Inspect : Mode::OpenExisting;
    auto db = store::Database::open(path, mode);
    if (!db)
        return fail(db.error().message);
    if (userCommand)
        return admin::runUserCommand(**db, *userCommand);
    if (auditExport)
        return admin::runAuditExport(**db, *auditExport);
    if (command == QLatin1String("import-kb"))
        return importKb(**db, parser.positionalArguments().first());
    if (command == QLatin1String("import-customers"))
        return importCustomers(**db, parser.positionalArguments().first(), parser);
    if (command == QLatin1String("backup")) {
        if (!parser.isSet(QStringLiteral("to")))
            return fail(QStringLiteral("backup needs --to FILE"), 2);
        if (auto s = (*db)->backupTo(parser.value(QStringLiteral("to"))); !s)
            return fail(s.error().toString());
        QTextStream(stdout) << "backed up " << store::Database::redacted(path) << " to " << parser.value(QStringLiteral("to")) << "\n";
        return 0;
    }
    if (command == QLatin1String("search-kb")) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--limit takes a whole number"), 2);
        return searchKb(**db, parser.positionalArguments().first(), limit, parser.isSet(QStringLiteral("json")));
    }
    const int version = (*db)->schemaVersion();
    if (command == QLatin1String("check")) {
        const auto problems = (*db)->check();
        if (!problems)
            return fail(problems.error().message);
        out << store::Database::redacted(path) << ": schema version " << version << " (this Baton knows " << store::Migrations::latest() << ")\n";
        for (const QString &p : problems.value())
            out << "  problem: " << p << "\n";
        if (!problems->isEmpty())
            return fail(QStringLiteral("%1 problem(s) found").arg(problems->size()));
        if (version < store::Migrations::latest())
            return fail(QStringLiteral("the schema is behind: run `baton-admin migrate --db %1`").arg(store::Database::redacted(path)));
        out << "ok\n";
        return 0;
    }
    out << store::Database::redacted(path) << ": schema version " << version << "\n";
    return 0;
}
