#include "customerimport.h"

#include "auditlog.h"
#include "csvreader.h"
#include "customerrepository.h"
#include "database.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace baton::store {

using core::Error;
using core::Result;

namespace {

constexpr int kListedErrors = 1000;

// The whole input as UTF-8: as it is when valid UTF-8, else decoded from GB18030.
Result<std::pair<QByteArray, QString>> asUtf8(QIODevice &input, ImportOptions::Encoding encoding)
{
    const QByteArray raw = input.readAll();
    if (encoding != ImportOptions::Encoding::Gb18030) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(raw);  // decode() is lazy: converting runs it
        if (!utf8.hasError())
            return std::pair{raw, QStringLiteral("UTF-8")};
        if (encoding == ImportOptions::Encoding::Utf8)
            return Error::invalid(QStringLiteral("encoding"), QStringLiteral("the file is not valid UTF-8 (try --encoding gb18030)"));
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Error{core::ErrorCode::Unsupported, QStringLiteral("this build cannot decode GB18030"), {}};
    const QString text = gb.decode(raw);
    if (gb.hasError())
        return Error::invalid(QStringLiteral("encoding"), QStringLiteral("the file is neither UTF-8 nor GB18030"));
    return std::pair{text.toUtf8(), QStringLiteral("GB18030")};
}

struct Columns {
    qsizetype name = -1, phone = -1, tags = -1, dedicated = -1;
    QList<std::pair<qsizetype, QString>> ids;         // column, system
    QList<std::pair<qsizetype, QString>> attributes;  // column, key
    qsizetype count = 0;
};

Result<Columns> columnsOf(const QStringList &header)
{
    Columns c;
    c.count = header.size();
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        const QString key = h.toLower();
        if (h.isEmpty())
            return Error::invalid(QStringLiteral("line 1"), QStringLiteral("column %1 has no name").arg(i + 1));
        if (seen.contains(key))
            return Error::invalid(QStringLiteral("line 1"), QStringLiteral("column '%1' appears twice").arg(h));
        seen.insert(key);
        if (key == QLatin1String("name"))
            c.name = i;
        else if (key == QLatin1String("phone") || key == QLatin1String("phones"))
            c.phone = i;
        else if (key == QLatin1String("tags"))
            c.tags = i;
        else if (key == QLatin1String("dedicated_agent"))
            c.dedicated = i;
        else if (key.startsWith(QLatin1String("id:")) && key.size() > 3)
            c.ids.append({i, h.mid(3).trimmed()});
        else
            c.attributes.append({i, h});
    }
    if (c.name < 0 && c.phone < 0 && c.ids.isEmpty())
        return Error::invalid(QStringLiteral("line 1"), QStringLiteral("the header needs a name, phone or id:SYSTEM column to tell customers apart"));
    return c;
}

}  // namespace

Result<ImportReport> CustomerImport::run(Database &db, const core::Clock &clock, QIODevice &input, const ImportOptions &options)
{
    auto utf8 = asUtf8(input, options.encoding);
    if (!utf8)
        return utf8.error();
    ImportReport report;
    report.encoding = utf8->second;
    QBuffer buffer(&utf8->first);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(buffer, 10 * 1024 * 1024);
    auto header = csv.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return Error::invalid(QStringLiteral("line 1"), QStringLiteral("the file is empty"));
    auto columns = columnsOf(**header);
    if (!columns)
        return columns.error();
    const Columns &c = columns.value();

    CustomerRepository customers(db, clock);
    static const QRegularExpression kListSeparators(QStringLiteral("[;；,，、]"));
    static const QRegularExpression kPhoneSeparators(QStringLiteral("[;；/]"));
    QSet<QString> keysInFile;  // a customer key may appear once per file
    auto fail = [&](int line, const QString &message) {
        ++report.errorCount;
        if (report.errors.size() < kListedErrors)
            report.errors.append({line, message});
    };

    if (auto s = db.begin(); !s)
        return s.error();
    while (true) {
        auto record = csv.next();
        if (!record) {
            // Unreadable from here on (an unclosed quote, an over-long line): report it, stop.
            fail(csv.line(), record.error().message);
            break;
        }
        if (!record->has_value())
            break;
        const QStringList &r = **record;
        const int line = csv.line();
        if (r.size() == 1 && r.first().trimmed().isEmpty())
            continue;
        ++report.rows;
        if (options.progress && report.rows % 1000 == 0)
            options.progress(report.rows);
        if (r.size() != c.count) {
            fail(line, QStringLiteral("%1 fields where the header has %2").arg(r.size()).arg(c.count));
            continue;
        }
        Customer row;
        if (c.name >= 0)
            row.name = r[c.name].trimmed();
        if (c.phone >= 0)
            row.phones = r[c.phone].split(kPhoneSeparators, Qt::SkipEmptyParts);
        if (c.tags >= 0)
            row.tags = r[c.tags].split(kListSeparators, Qt::SkipEmptyParts);
        for (QString &t : row.tags)
            t = t.trimmed();
        if (c.dedicated >= 0)
            row.dedicatedAgent = core::AgentId(r[c.dedicated].trimmed());
        for (const auto &[col, system] : c.ids) {
            if (!r[col].trimmed().isEmpty())
                row.externalIds.insert(system, r[col].trimmed());
        }
        for (const auto &[col, key] : c.attributes) {
            if (!r[col].trimmed().isEmpty())
                row.attributes.insert(key, r[col].trimmed());
        }
        // Who is this? An external id first, then a phone.
        QString key;
        std::optional<core::CustomerId> existing;
        bool lookupFailed = false;
        for (const auto &[col, system] : c.ids) {
            if (row.externalIds.contains(system)) {
                key = system + QLatin1Char(':') + row.externalIds.value(system);
                auto found = customers.idByExternalId(system, row.externalIds.value(system));
                if (found)
                    existing = found.value();
                else
                    fail(line, found.error().message);
                lookupFailed = !found;
                break;
            }
        }
        if (lookupFailed)
            continue;
        if (key.isEmpty() && !row.phones.isEmpty()) {
            auto found = customers.idByPhone(row.phones.first());
            if (!found) {
                fail(line, QStringLiteral("phone: %1").arg(found.error().message));
                continue;
            }
            key = QStringLiteral("phone:") + row.phones.first().trimmed();
            existing = found.value();
        }
        if (!key.isEmpty()) {
            if (keysInFile.contains(key)) {
                fail(line, QStringLiteral("%1 already appears earlier in the file").arg(key));
                continue;
            }
            keysInFile.insert(key);
        }
        if (existing) {
            if (auto s = db.begin(); !s)
                return s.error();
            auto a = customers.setAttributes(*existing, row.attributes);
            auto b = a ? customers.extend(*existing, row.phones, row.tags) : a;
            if (!b) {
                db.rollback();
                fail(line, b.error().toString());
                continue;
            }
            (void)db.commit();
            ++report.updated;
        } else {
            auto created = customers.create(row);
            if (!created) {
                fail(line, created.error().toString());
                continue;
            }
            ++report.created;
        }
    }
    if (options.dryRun || (options.strict && report.errorCount > 0)) {
        db.rollback();
        return report;
    }
    if (options.audit) {
        const QJsonObject after{{QStringLiteral("rows"), report.rows},
                                {QStringLiteral("created"), report.created},
                                {QStringLiteral("updated"), report.updated},
                                {QStringLiteral("errors"), report.errorCount},
                                {QStringLiteral("encoding"), report.encoding}};
        auto audited = options.audit->append(options.actor.isEmpty() ? QStringLiteral("system") : options.actor,
                                             QStringLiteral("customers.import"), QStringLiteral("import:") + options.source, {},
                                             QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!audited) {
            db.rollback();
            return audited.error();
        }
    }
    if (auto s = db.commit(); !s)
        return s.error();
    report.committed = true;
    return report;
}

}  // namespace baton::store
