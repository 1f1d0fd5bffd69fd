#include "interactionrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace baton::store {

using core::Error;
using core::Result;

namespace {

// Lists are stored one item a line: ivr paths and transfer chains never contain line breaks.
QString joined(const QStringList &list) { return list.join(QLatin1Char('\n')); }
QStringList split(const QString &text) { return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n')); }

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// The columns readRow() expects, in its order.
const QString kColumns = QStringLiteral("i.id, i.started_ms, i.ended_ms, i.channel, i.agent_id, i.business, i.ivr_path, i.summary, i.transcript,"
                                        " i.disposition, i.notes, i.transfer_chain, i.csat, i.customer_id, i.skill_group,"
                                        " (SELECT COUNT(*) FROM qa_reviews r WHERE r.interaction_id = i.id), i.experiment, i.variant, i.wait_ms, i.contact_id");

Interaction readRow(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.customer = core::CustomerId(q.value(13).toString());
    i.started = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!q.value(2).isNull())
        i.ended = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    i.channel = core::channelFromName(q.value(3).toString()).value_or(core::Channel::Voice);
    i.agent = core::AgentId(q.value(4).toString());
    i.business = q.value(5).toString();
    i.ivrPath = split(q.value(6).toString());
    i.summary = q.value(7).toString();
    i.transcript = q.value(8).toString();
    i.disposition = q.value(9).toString();
    i.notes = q.value(10).toString();
    i.transferChain = split(q.value(11).toString());
    if (!q.value(12).isNull())
        i.csat = q.value(12).toInt();
    i.group = q.value(14).toString();
    i.reviews = q.value(15).toInt();
    i.experiment = q.value(16).toString();
    i.variant = q.value(17).toString();
    if (!q.value(18).isNull())
        i.waited = core::Duration(q.value(18).toLongLong());
    i.contact = q.value(19).toLongLong();
    return i;
}

}  // namespace

Result<qint64> InteractionRepository::add(const Interaction &i)
{
    bool ok = false;
    const qint64 customer = i.customer.value().toLongLong(&ok);
    if (!ok)
        return Error::invalid(QStringLiteral("customer"), QStringLiteral("'%1' is not a stored customer").arg(i.customer.value()));
    if (!i.started.isValid())
        return Error::invalid(QStringLiteral("started"), QStringLiteral("an interaction needs its start time"));
    if (i.ended.isValid() && i.ended < i.started)
        return Error::invalid(QStringLiteral("ended"), QStringLiteral("ends before it starts"));
    if (i.csat && (*i.csat < 1 || *i.csat > 5))
        return Error::invalid(QStringLiteral("csat"), QStringLiteral("CSAT %1 is outside 1–5").arg(*i.csat));
    if (i.experiment.isEmpty() != i.variant.isEmpty())
        return Error::invalid(QStringLiteral("variant"), QStringLiteral("give the experiment and its variant together"));
    if (i.waited && *i.waited < core::Duration::zero())
        return Error::invalid(QStringLiteral("waited"), QStringLiteral("a wait cannot be negative"));
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customer}); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("no customer %1").arg(customer));
    const auto s = Database::run(
        q,
        QStringLiteral("INSERT INTO interactions (customer_id, started_ms, ended_ms, channel, agent_id, business, ivr_path, summary,"
                       " transcript, disposition, notes, transfer_chain, csat, skill_group, experiment, variant, wait_ms, contact_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {customer, i.started.toMSecsSinceEpoch(), i.ended.isValid() ? QVariant(i.ended.toMSecsSinceEpoch()) : QVariant(),
         core::channelName(i.channel), nullable(i.agent.value()), nullable(i.business), nullable(joined(i.ivrPath)), nullable(i.summary),
         nullable(i.transcript), nullable(i.disposition), nullable(i.notes), nullable(joined(i.transferChain)),
         i.csat ? QVariant(*i.csat) : QVariant(), nullable(i.group), nullable(i.experiment), nullable(i.variant),
         i.waited ? QVariant(static_cast<qint64>(i.waited->count())) : QVariant(), i.contact > 0 ? QVariant(i.contact) : QVariant()});
    if (!s)
        return s.error();
    if (!q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the interaction was not stored"), {}};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<HistoryPage> InteractionRepository::page(const core::CustomerId &customerId, std::optional<HistoryCursor> after, int limit,
                                                std::optional<core::Channel> channel)
{
    if (limit < 1 || limit > 1000)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("a page holds 1 to 1000 interactions"));
    bool ok = false;
    const qint64 customer = customerId.value().toLongLong(&ok);
    if (!ok)
        return Error::notFound(QStringLiteral("no customer %1").arg(customerId.value()));
    // The customer's own history and that of everyone merged into it, as one. Most customers
    // have no merges: then the query walks the (customer, time) index in order and stops after
    // one page; a merged group is merged by SQLite, still bounded by the LIMIT.
    QVariantList group;
    {
        QSqlQuery g = m_db.query();
        if (auto s = Database::run(g, QStringLiteral("WITH RECURSIVE grp(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT m.merged FROM customer_merges m"
                                                     " JOIN grp ON m.survivor = grp.id WHERE m.undone_ms IS NULL) SELECT id FROM grp"),
                                   {customer});
            !s)
            return s.error();
        while (g.next())
            group.append(g.value(0));
    }
    QString sql = QStringLiteral("SELECT %1 FROM interactions i WHERE customer_id ").arg(kColumns);
    if (group.size() <= 1) {
        sql += QStringLiteral("= ?");
    } else {
        QStringList marks;
        for (qsizetype i = 0; i < group.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql += QStringLiteral("IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QVariantList values = group.size() <= 1 ? QVariantList{customer} : group;
    if (after) {
        // Keyset: strictly older than the cursor, in (started, id) order — no OFFSET scans.
        sql += QStringLiteral(" AND (started_ms < ? OR (started_ms = ? AND id < ?))");
        values << after->startedMs << after->startedMs << after->id;
    }
    if (channel) {
        sql += QStringLiteral(" AND channel = ?");
        values << core::channelName(*channel);
    }
    return readPage(sql, values, limit);
}

Result<HistoryPage> InteractionRepository::find(const InteractionFilter &f, std::optional<HistoryCursor> after, int limit)
{
    if (limit < 1 || limit > 1000)
        return Error::invalid(QStringLiteral("limit"), QStringLiteral("a page holds 1 to 1000 interactions"));
    if (f.csatAtMost && (*f.csatAtMost < 1 || *f.csatAtMost > 5))
        return Error::invalid(QStringLiteral("csatAtMost"), QStringLiteral("CSAT %1 is outside 1–5").arg(*f.csatAtMost));
    // Newest first along the (started, id) index; the other conditions filter as it walks.
    QString sql = QStringLiteral("SELECT %1 FROM interactions i WHERE i.agent_id IS NOT NULL").arg(kColumns);
    QVariantList values;
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND i.started_ms >= ?");
        values << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND i.started_ms < ?");
        values << f.to.toMSecsSinceEpoch();
    }
    if (f.agent) {
        sql += QStringLiteral(" AND i.agent_id = ?");
        values << f.agent->value();
    }
    if (!f.group.isEmpty()) {
        sql += QStringLiteral(" AND i.skill_group = ?");
        values << f.group;
    }
    if (!f.disposition.isEmpty()) {
        sql += QStringLiteral(" AND i.disposition = ?");
        values << f.disposition;
    }
    if (f.csatAtMost) {
        sql += QStringLiteral(" AND i.csat <= ?");
        values << *f.csatAtMost;
    }
    if (f.channel) {
        sql += QStringLiteral(" AND i.channel = ?");
        values << core::channelName(*f.channel);
    }
    if (f.unreviewedOnly)
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.interaction_id = i.id)");
    if (after) {
        sql += QStringLiteral(" AND (i.started_ms < ? OR (i.started_ms = ? AND i.id < ?))");
        values << after->startedMs << after->startedMs << after->id;
    }
    return readPage(sql, values, limit);
}

// Runs `sql` (kColumns of interactions i, newest first) for one page of `limit`: one row more
// is asked for, and tells whether another page follows.
Result<HistoryPage> InteractionRepository::readPage(QString sql, QVariantList values, int limit)
{
    sql += QStringLiteral(" ORDER BY i.started_ms DESC, i.id DESC LIMIT ?");
    values << limit + 1;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    HistoryPage page;
    while (q.next()) {
        if (page.items.size() == limit) {
            const Interaction &last = page.items.last();
            page.next = HistoryCursor{last.started.toMSecsSinceEpoch(), last.id};
            break;
        }
        page.items.append(readRow(q));
    }
    return page;
}

Result<QList<Interaction>> InteractionRepository::forContact(qint64 contact)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM interactions i WHERE i.contact_id = ? ORDER BY i.started_ms, i.id").arg(kColumns), {contact});
        !s)
        return s.error();
    QList<Interaction> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<Interaction> InteractionRepository::get(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT %1 FROM interactions i WHERE i.id = ?").arg(kColumns), {id}); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("no interaction %1").arg(id));
    return readRow(q);
}

Result<core::CustomerHistoryFacts> InteractionRepository::routingFacts(const core::CustomerId &customerId)
{
    bool ok = false;
    const qint64 customer = customerId.value().toLongLong(&ok);
    if (!ok)
        return Error::notFound(QStringLiteral("no customer %1").arg(customerId.value()));
    core::CustomerHistoryFacts facts;
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT agent_id, started_ms FROM interactions WHERE customer_id = ? AND agent_id IS NOT NULL"
                                                 " ORDER BY started_ms DESC, id DESC LIMIT 1"),
                               {customer});
        !s)
        return s.error();
    if (q.next()) {
        facts.lastAgent = core::AgentId(q.value(0).toString());
        facts.lastServedUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    }
    if (auto s = Database::run(q, QStringLiteral("SELECT agent_id, MIN(csat) FROM interactions WHERE customer_id = ? AND csat IS NOT NULL"
                                                 " AND agent_id IS NOT NULL GROUP BY agent_id"),
                               {customer});
        !s)
        return s.error();
    while (q.next())
        facts.worstRatings.insert(core::AgentId(q.value(0).toString()), q.value(1).toInt());
    return facts;
}

Result<long long> InteractionRepository::count(const core::CustomerId &customerId)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_id = ?"), {customerId.value().toLongLong()}); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

}  // namespace baton::store
