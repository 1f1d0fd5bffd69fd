#include "journeyrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;

namespace {

const QString kColumns = QStringLiteral("j.contact_id, j.customer_id, c.name, j.caller, j.channel, j.entry_point, j.business, j.ivr_path,"
                                        " j.started_ms, j.ended_ms, j.outcome, j.steps");

const QString kFrom = QStringLiteral(" FROM contact_journeys j LEFT JOIN customers c ON c.id = j.customer_id");

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

ContactJourney readRow(const QSqlQuery &q)
{
    ContactJourney j;
    j.contact = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        j.customer = core::CustomerId(q.value(1).toString());
    j.customerName = q.value(2).toString();
    j.caller = q.value(3).toString();
    j.channel = core::channelFromName(q.value(4).toString()).value_or(core::Channel::Voice);
    j.entryPoint = q.value(5).toString();
    j.business = q.value(6).toString();
    const QString path = q.value(7).toString();
    j.ivrPath = path.isEmpty() ? QStringList() : path.split(QLatin1Char('\n'));
    j.started = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    if (!q.value(9).isNull())
        j.ended = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    j.outcome = q.value(10).toString();
    j.steps = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    return j;
}

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

}  // namespace

namespace {

const QString kSaveJourney = QStringLiteral(
    "INSERT INTO contact_journeys (contact_id, customer_id, caller, channel, entry_point, business,"
    " ivr_path, started_ms, ended_ms, outcome, steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (contact_id) DO UPDATE SET customer_id = excluded.customer_id, caller = excluded.caller,"
    " channel = excluded.channel, entry_point = excluded.entry_point, business = excluded.business,"
    " ivr_path = excluded.ivr_path, started_ms = excluded.started_ms, ended_ms = excluded.ended_ms,"
    " outcome = excluded.outcome, steps = excluded.steps");

// The values to bind for a journey, or why it cannot be stored.
Result<QVariantList> journeyValues(const ContactJourney &j)
{
    if (j.contact <= 0)
        return Error::invalid(QStringLiteral("contact"), QStringLiteral("a journey needs its contact"));
    if (!j.started.isValid())
        return Error::invalid(QStringLiteral("started"), QStringLiteral("a journey needs its start time"));
    if (j.ended.isValid() && j.ended < j.started)
        return Error::invalid(QStringLiteral("ended"), QStringLiteral("ends before it starts"));
    QVariant customer;
    if (!j.customer.isEmpty()) {
        bool ok = false;
        const qint64 id = j.customer.value().toLongLong(&ok);
        if (!ok)
            return Error::invalid(QStringLiteral("customer"), QStringLiteral("'%1' is not a stored customer").arg(j.customer.value()));
        customer = id;
    }
    return QVariantList{j.contact, customer, nullable(j.caller), core::channelName(j.channel), nullable(j.entryPoint), nullable(j.business),
                        nullable(j.ivrPath.join(QLatin1Char('\n'))), j.started.toMSecsSinceEpoch(),
                        j.ended.isValid() ? QVariant(j.ended.toMSecsSinceEpoch()) : QVariant(), nullable(j.outcome),
                        QString::fromUtf8(QJsonDocument(j.steps).toJson(QJsonDocument::Compact))};
}

}  // namespace

core::Status JourneyRepository::save(const ContactJourney &j)
{
    auto values = journeyValues(j);
    if (!values)
        return values.error();
    QSqlQuery q = m_db.query();
    return Database::run(q, kSaveJourney, *values);
}

Result<QList<qint64>> JourneyRepository::saveAll(const QList<ContactJourney> &journeys)
{
    QList<qint64> refused;
    auto saved = inTransaction(m_db, [&]() -> core::Status {
        QSqlQuery q = m_db.query();
        if (!q.prepare(kSaveJourney))
            return Error{core::ErrorCode::Internal, QStringLiteral("cannot prepare the journey statement: %1").arg(q.lastError().text()), {}};
        for (const ContactJourney &j : journeys) {
            auto values = journeyValues(j);
            if (!values) {
                refused.append(j.contact);
                continue;
            }
            if (auto s = Database::runPrepared(q, *values); !s)
                return s;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return refused;
}

Result<std::optional<ContactJourney>> JourneyRepository::get(qint64 contact)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE j.contact_id = ?"), {contact}); !s)
        return s.error();
    if (!q.next())
        return std::optional<ContactJourney>();
    return std::optional<ContactJourney>(readRow(q));
}

Result<JourneyPage> JourneyRepository::find(const JourneyFilter &f, std::optional<JourneyCursor> after, int limit)
{
    if (limit < 1 || limit > 500)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("a page holds 1 to 500 journeys"));
    QString sql = QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND j.started_ms >= ?");
        values << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND j.started_ms < ?");
        values << f.to.toMSecsSinceEpoch();
    }
    if (f.outcome == QLatin1String("open")) {
        sql += QStringLiteral(" AND j.outcome IS NULL");
    } else if (!f.outcome.isEmpty()) {
        // "overflow" matches every overflow action; "overflow:callback" that one only.
        sql += QStringLiteral(" AND (j.outcome = ? OR j.outcome LIKE ? ESCAPE '\\')");
        values << f.outcome << likePattern(f.outcome).mid(1).chopped(1) + QStringLiteral(":%");
    }
    if (!f.group.isEmpty()) {
        sql += m_db.isPostgres()
                   ? QStringLiteral(" AND EXISTS (SELECT 1 FROM json_array_elements(j.steps::json) s WHERE s->>'group' = ?)")
                   : QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(j.steps) s WHERE json_extract(s.value, '$.group') = ?)");
        values << f.group;
    }
    if (!f.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (c.name %1 ? ESCAPE '\\' OR j.caller %1 ? ESCAPE '\\')").arg(m_db.likeOperator());
        values << likePattern(f.text.trimmed()) << likePattern(f.text.trimmed());
    }
    if (after) {
        sql += QStringLiteral(" AND (j.started_ms < ? OR (j.started_ms = ? AND j.contact_id < ?))");
        values << after->startedMs << after->startedMs << after->contact;
    }
    sql += QStringLiteral(" ORDER BY j.started_ms DESC, j.contact_id DESC LIMIT ?");
    values << limit + 1;
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    JourneyPage page;
    while (q.next())
        page.items.append(readRow(q));
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.next = JourneyCursor{page.items.last().started.toMSecsSinceEpoch(), page.items.last().contact};
    }
    return page;
}

Result<qint64> JourneyRepository::highestContact()
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT MAX(m) FROM (SELECT MAX(contact_id) AS m FROM contact_journeys"
                                                 " UNION ALL SELECT MAX(contact_id) FROM interactions)"));
        !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<ContactJourney>> JourneyRepository::open()
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE j.outcome IS NULL ORDER BY j.contact_id"));
        !s)
        return s.error();
    QList<ContactJourney> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

}  // namespace baton::store
