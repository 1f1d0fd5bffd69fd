#include "auditexport.h"

#include "cli.h"
#include "database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace baton::admin {

using core::Error;
using core::Result;

namespace {

constexpr int kDefaultLimit = 10000;  // AuditLog::find's most

QString at(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8.prepend('"');
        utf8.append('"');
    }
    return utf8;
}

}  // namespace

Result<QDateTime> parseCommandLineTime(const QString &text)
{
    // QDate's ISO parser also takes "2026-01-05T09:00" (reading the date only): a date alone is 10 characters.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return Error::invalid({}, QStringLiteral("'%1' is not an ISO 8601 time such as 2026-01-05, 2026-01-05T09:00 or 2026-01-05T17:00+08:00")
                                      .arg(text));
    if (t.timeSpec() == Qt::LocalTime)  // no offset given: UTC, whatever the server's zone
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

void addAuditOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("export."));
    parser.addOption({QStringLiteral("from"), QStringLiteral("Entries at or after this time (ISO 8601; UTC unless an offset is given)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Entries before this time."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("actor"), QStringLiteral("Only this actor's entries."), QStringLiteral("actor")});
    parser.addOption({QStringLiteral("object"), QStringLiteral("Only entries about this object, e.g. user:zhangmin."), QStringLiteral("object")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("format"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("The newest N entries, 1–10000 (default 10000)."), QStringLiteral("n"),
                      QString::number(kDefaultLimit)});
}

Result<AuditExport> parseAuditExport(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("export")})
        return Error::invalid({}, QStringLiteral("use `audit export [--from TIME] [--to TIME] [--actor A] [--object O] [--format csv|json] [--limit N]`"));
    AuditExport e;
    for (const char *name : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        auto t = parseCommandLineTime(parser.value(QLatin1String(name)));
        if (!t)
            return Error::invalid({}, QStringLiteral("--%1: %2").arg(QLatin1String(name), t.error().message));
        (qstrcmp(name, "from") == 0 ? e.query.from : e.query.to) = *t;
    }
    if (e.query.from && e.query.to && *e.query.to <= *e.query.from)
        return Error::invalid({}, QStringLiteral("--to must be after --from"));
    e.query.actor = parser.value(QStringLiteral("actor"));
    e.query.object = parser.value(QStringLiteral("object"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
        e.format = AuditExport::Format::Json;
    else if (format != QLatin1String("csv"))
        return Error::invalid({}, QStringLiteral("--format is csv or json"));
    bool ok = false;
    e.query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || e.query.limit < 1 || e.query.limit > kDefaultLimit)
        return Error::invalid({}, QStringLiteral("--limit takes a whole number from 1 to 10000"));
    return e;
}

QByteArray auditCsv(const QList<store::AuditEntry> &entries)
{
    QByteArray out = "at,actor,action,object,before,after\r\n";
    for (const store::AuditEntry &e : entries) {
        out += csvField(at(e.at)) + ',' + csvField(e.actor) + ',' + csvField(e.action) + ',' + csvField(e.object) + ',' + csvField(e.before) +
               ',' + csvField(e.after) + "\r\n";
    }
    return out;
}

QByteArray auditJson(const QList<store::AuditEntry> &entries)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray array;
    for (const store::AuditEntry &e : entries) {
        array.append(QJsonObject{{QStringLiteral("at"), at(e.at)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("object"), e.object},
                                 {QStringLiteral("before"), orNull(e.before)},
                                 {QStringLiteral("after"), orNull(e.after)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int runAuditExport(store::Database &db, const AuditExport &request)
{
    const core::ManualClock clock;  // reading the log needs no time
    store::AuditLog log(db, clock);
    auto entries = log.find(request.query);
    if (!entries)
        return fail(entries.error().toString());
    if (entries->size() == request.query.limit)
        QTextStream(stderr) << "baton-admin: only the newest " << request.query.limit << " entries; narrow with --from/--to for the rest\n";
    std::reverse(entries->begin(), entries->end());  // oldest first, as a log reads
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to stdout"));
    const QByteArray bytes = request.format == AuditExport::Format::Csv ? auditCsv(*entries) : auditJson(*entries);
    if (out.write(bytes) != bytes.size())
        return fail(QStringLiteral("writing the export failed: %1").arg(out.errorString()));
    return 0;
}

}  // namespace baton::admin
