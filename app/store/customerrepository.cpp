#include "customerrepository.h"

#include "auditlog.h"
#include "database.h"
#include "phonenumbers.h"

#include <QSqlQuery>

#include <algorithm>

namespace baton::store {

using core::Error;
using core::Result;
using core::Status;

namespace {

qint64 rowOf(const core::CustomerId &id, bool *ok)
{
    return id.value().toLongLong(ok);
}

Error notFound(const core::CustomerId &id) { return Error::notFound(QStringLiteral("no customer %1").arg(id.value())); }

}  // namespace

Result<Customer> CustomerRepository::create(Customer c)
{
    QStringList phones;
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        auto e164 = PhoneNumbers::normalize(c.phones[i]);
        if (!e164)
            return Error::invalid(QStringLiteral("phones[%1]").arg(i), e164.error().message);
        if (!phones.contains(*e164))
            phones.append(*e164);
    }
    c.phones = phones;
    const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
    if (auto s = m_db.begin(); !s)
        return s.error();
    auto fail = [&](const Error &e) {
        m_db.rollback();
        return e;
    };
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO customers (name, dedicated_agent, created_ms, updated_ms) VALUES (?, ?, ?, ?) RETURNING id"),
                               {c.name, c.dedicatedAgent.isEmpty() ? QVariant() : QVariant(c.dedicatedAgent.value()), now, now});
        !s)
        return fail(s.error());
    if (!q.next())
        return fail(Error{core::ErrorCode::Internal, QStringLiteral("the customer was not stored"), {}});
    const qint64 row = q.value(0).toLongLong();
    q.finish();
    for (const QString &p : c.phones) {
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?)"), {row, p}); !s)
            return fail(s.error());
    }
    for (auto it = c.externalIds.cbegin(); it != c.externalIds.cend(); ++it) {
        QSqlQuery taken = m_db.query();
        if (auto s = Database::run(taken, QStringLiteral("SELECT customer_id FROM customer_external_ids WHERE system = ? AND external_id = ?"),
                                   {it.key(), it.value()});
            !s)
            return fail(s.error());
        if (taken.next())
            return fail(Error::conflict(QStringLiteral("%1 id %2 already belongs to customer %3").arg(it.key(), it.value(), taken.value(0).toString())));
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_external_ids (customer_id, system, external_id) VALUES (?, ?, ?)"),
                                   {row, it.key(), it.value()});
            !s)
            return fail(s.error());
    }
    for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it) {
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_attributes (customer_id, key, value) VALUES (?, ?, ?)"),
                                   {row, it.key(), it.value()});
            !s)
            return fail(s.error());
    }
    for (const QString &t : c.tags) {
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"), {row, t}); !s)
            return fail(s.error());
    }
    if (auto s = m_db.commit(); !s)
        return fail(s.error());
    // What was written, without reading it back.
    c.id = core::CustomerId(QString::number(row));
    c.created = c.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    c.tags.removeDuplicates();
    std::sort(c.tags.begin(), c.tags.end());
    return c;
}

Result<Customer> CustomerRepository::get(const core::CustomerId &id)
{
    bool ok = false;
    const qint64 row = rowOf(id, &ok);
    if (!ok)
        return notFound(id);
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT name, dedicated_agent, created_ms, updated_ms FROM customers WHERE id = ?"), {row}); !s)
        return s.error();
    if (!q.next())
        return notFound(id);
    Customer c;
    c.id = id;
    c.name = q.value(0).toString();
    c.dedicatedAgent = core::AgentId(q.value(1).toString());
    c.created = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    c.updated = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    if (auto s = Database::run(q, m_db.isPostgres() ? QStringLiteral("SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY seq")
                                                     : QStringLiteral("SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY rowid"), {row}); !s)
        return s.error();
    while (q.next())
        c.phones.append(q.value(0).toString());
    if (auto s = Database::run(q, QStringLiteral("SELECT system, external_id FROM customer_external_ids WHERE customer_id = ?"), {row}); !s)
        return s.error();
    while (q.next())
        c.externalIds.insert(q.value(0).toString(), q.value(1).toString());
    if (auto s = Database::run(q, QStringLiteral("SELECT key, value FROM customer_attributes WHERE customer_id = ?"), {row}); !s)
        return s.error();
    while (q.next())
        c.attributes.insert(q.value(0).toString(), q.value(1).toString());
    if (auto s = Database::run(q, QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"), {row}); !s)
        return s.error();
    while (q.next())
        c.tags.append(q.value(0).toString());
    return c;
}

Result<std::optional<Customer>> CustomerRepository::findBy(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    if (!q.next())
        return std::optional<Customer>();
    auto c = get(core::CustomerId(q.value(0).toString()));
    if (!c)
        return c.error();
    return std::optional<Customer>(c.value());
}

Result<std::optional<core::CustomerId>> CustomerRepository::idBy(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, sql, values); !s)
        return s.error();
    if (!q.next())
        return std::optional<core::CustomerId>();
    return std::optional<core::CustomerId>(core::CustomerId(q.value(0).toString()));
}

Result<std::optional<core::CustomerId>> CustomerRepository::idByPhone(const QString &phone)
{
    auto e164 = PhoneNumbers::normalize(phone);
    if (!e164)
        return e164.error();
    return idBy(QStringLiteral("SELECT customer_id FROM customer_phones WHERE phone = ? ORDER BY customer_id LIMIT 1"), {*e164});
}

Result<std::optional<core::CustomerId>> CustomerRepository::idByExternalId(const QString &system, const QString &externalId)
{
    return idBy(QStringLiteral("SELECT customer_id FROM customer_external_ids WHERE system = ? AND external_id = ?"), {system, externalId});
}

Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString &phone)
{
    auto e164 = PhoneNumbers::normalize(phone);
    if (!e164)
        return e164.error();
    return findBy(QStringLiteral("SELECT customer_id FROM customer_phones WHERE phone = ? ORDER BY customer_id LIMIT 1"), {*e164});
}

Result<std::optional<Customer>> CustomerRepository::findByExternalId(const QString &system, const QString &externalId)
{
    return findBy(QStringLiteral("SELECT customer_id FROM customer_external_ids WHERE system = ? AND external_id = ?"), {system, externalId});
}

Status CustomerRepository::setAttributes(const core::CustomerId &id, const QHash<QString, QString> &attributes)
{
    bool ok = false;
    const qint64 row = rowOf(id, &ok);
    QSqlQuery q = m_db.query();
    if (!ok)
        return notFound(id);
    if (auto s = Database::run(q, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {row}); !s)
        return s;
    if (!q.next())
        return notFound(id);
    if (auto s = m_db.begin(); !s)
        return s;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const Status s = it.value().isEmpty()
            ? Database::run(q, QStringLiteral("DELETE FROM customer_attributes WHERE customer_id = ? AND key = ?"), {row, it.key()})
            : Database::run(q, QStringLiteral("INSERT INTO customer_attributes (customer_id, key, value) VALUES (?, ?, ?)"
                                              " ON CONFLICT (customer_id, key) DO UPDATE SET value = excluded.value"),
                            {row, it.key(), it.value()});
        if (!s) {
            m_db.rollback();
            return s;
        }
    }
    if (auto s = Database::run(q, QStringLiteral("UPDATE customers SET updated_ms = ? WHERE id = ?"), {m_clock.utcNow().toMSecsSinceEpoch(), row}); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Status CustomerRepository::extend(const core::CustomerId &id, const QStringList &phones, const QStringList &tags)
{
    bool ok = false;
    const qint64 row = rowOf(id, &ok);
    if (!ok)
        return notFound(id);
    QStringList normalised;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        auto e164 = PhoneNumbers::normalize(phones[i]);
        if (!e164)
            return Error::invalid(QStringLiteral("phones[%1]").arg(i), e164.error().message);
        normalised.append(*e164);
    }
    if (auto s = m_db.begin(); !s)
        return s;
    QSqlQuery q = m_db.query();
    for (const QString &p : normalised) {
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?) ON CONFLICT DO NOTHING"), {row, p}); !s) {
            m_db.rollback();
            return s;
        }
    }
    for (const QString &t : tags) {
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"), {row, t}); !s) {
            m_db.rollback();
            return s;
        }
    }
    return m_db.commit();
}

Result<qint64> CustomerRepository::merge(const core::CustomerId &survivor, const core::CustomerId &merged, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actor"), QStringLiteral("a merge needs the name of who made it"));
    if (survivor == merged)
        return Error::invalid(QStringLiteral("merged"), QStringLiteral("a customer cannot be merged into itself"));
    for (const auto &id : {survivor, merged}) {
        if (auto c = get(id); !c)
            return c.error();
    }
    auto root = survivorOf(survivor);
    if (!root)
        return root.error();
    auto group = mergeGroup(merged);
    if (!group)
        return group.error();
    if (group->contains(root.value()))
        return Error::conflict(QStringLiteral("customer %1 already belongs to customer %2's history").arg(survivor.value(), merged.value()));
    if (auto current = survivorOf(merged); current && current.value() != merged)
        return Error::conflict(QStringLiteral("customer %1 is already merged into %2; unmerge it first").arg(merged.value(), current->value()));
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("INSERT INTO customer_merges (survivor, merged, at_ms, actor) VALUES (?, ?, ?, ?) RETURNING id"),
                               {survivor.value().toLongLong(), merged.value().toLongLong(), m_clock.utcNow().toMSecsSinceEpoch(), actor});
        !s)
        return s.error();
    if (!q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the merge was not stored"), {}};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (m_audit)
        (void)m_audit->append(actor, QStringLiteral("customer.merge"), QStringLiteral("customer:%1").arg(merged.value()), QString(),
                              QStringLiteral("merged into customer %1 (merge %2)").arg(survivor.value()).arg(id));
    return id;
}

Status CustomerRepository::unmerge(qint64 mergeId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actor"), QStringLiteral("an unmerge needs the name of who made it"));
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT survivor, merged FROM customer_merges WHERE id = ? AND undone_ms IS NULL"), {mergeId}); !s)
        return s;
    if (!q.next())
        return Error::notFound(QStringLiteral("no active merge %1").arg(mergeId));
    const QString survivor = q.value(0).toString();
    const QString merged = q.value(1).toString();
    if (auto s = Database::run(q, QStringLiteral("UPDATE customer_merges SET undone_ms = ?, undone_by = ? WHERE id = ?"),
                               {m_clock.utcNow().toMSecsSinceEpoch(), actor, mergeId});
        !s)
        return s;
    if (m_audit)
        (void)m_audit->append(actor, QStringLiteral("customer.unmerge"), QStringLiteral("customer:%1").arg(merged),
                              QStringLiteral("merged into customer %1 (merge %2)").arg(survivor).arg(mergeId), QString());
    return {};
}

Result<QList<core::CustomerId>> CustomerRepository::mergeGroup(const core::CustomerId &id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("WITH RECURSIVE grp(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT m.merged FROM customer_merges m"
                                                 " JOIN grp ON m.survivor = grp.id WHERE m.undone_ms IS NULL) SELECT id FROM grp ORDER BY id"),
                               {id.value().toLongLong()});
        !s)
        return s.error();
    QList<core::CustomerId> out;
    while (q.next())
        out.append(core::CustomerId(q.value(0).toString()));
    return out;
}

Result<core::CustomerId> CustomerRepository::survivorOf(const core::CustomerId &id)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("WITH RECURSIVE up(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION SELECT m.survivor, up.depth + 1"
                                                 " FROM customer_merges m JOIN up ON m.merged = up.id WHERE m.undone_ms IS NULL)"
                                                 " SELECT id FROM up ORDER BY depth DESC LIMIT 1"),
                               {id.value().toLongLong()});
        !s)
        return s.error();
    if (!q.next())
        return id;
    return core::CustomerId(q.value(0).toString());
}

}  // namespace baton::store
