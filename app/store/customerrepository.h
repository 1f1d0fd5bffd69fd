#pragma once
// CustomerRepository: who a customer is — name, phone numbers (E.164), ids in other systems,
// site-defined attributes, tags and a dedicated agent.

#include "clock.h"
#include "ids.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace baton::store {

class AuditLog;
class Database;

struct Customer {
    core::CustomerId id;
    QString name;
    QStringList phones;                  // E.164
    QHash<QString, QString> externalIds; // system → id ("crm" → "C-1001", "app" → …)
    QHash<QString, QString> attributes;
    QStringList tags;
    core::AgentId dedicatedAgent;
    QDateTime created;                   // UTC
    QDateTime updated;
};

class CustomerRepository {
public:
    CustomerRepository(Database &db, const core::Clock &clock, AuditLog *audit = nullptr) : m_db(db), m_clock(clock), m_audit(audit) {}

    // Phones are normalised (errors name the phone); ids in other systems must be unused.
    core::Result<Customer> create(Customer customer);
    core::Result<Customer> get(const core::CustomerId &id);
    core::Result<std::optional<Customer>> findByPhone(const QString &phone);
    core::Result<std::optional<Customer>> findByExternalId(const QString &system, const QString &externalId);
    // The same look-ups, for when only the id is needed (imports, routing).
    core::Result<std::optional<core::CustomerId>> idByPhone(const QString &phone);
    core::Result<std::optional<core::CustomerId>> idByExternalId(const QString &system, const QString &externalId);
    // Sets (adds or replaces) attributes; an empty value removes the attribute.
    core::Status setAttributes(const core::CustomerId &id, const QHash<QString, QString> &attributes);

    // Adds phone numbers (normalised) and tags an existing customer does not have yet.
    core::Status extend(const core::CustomerId &id, const QStringList &phones, const QStringList &tags);

    // Folds `merged` into `survivor`: their histories show as one under the survivor. Nothing
    // is copied or deleted, so unmerge() restores both exactly. Both are written to the audit
    // log. Returns the merge's id.
    core::Result<qint64> merge(const core::CustomerId &survivor, const core::CustomerId &merged, const QString &actor);
    core::Status unmerge(qint64 mergeId, const QString &actor);
    // The customer and everyone merged into it, directly or through others.
    core::Result<QList<core::CustomerId>> mergeGroup(const core::CustomerId &id);
    // The customer a merged customer now belongs to (itself when not merged).
    core::Result<core::CustomerId> survivorOf(const core::CustomerId &id);

private:
    core::Result<std::optional<Customer>> findBy(const QString &sql, const QVariantList &values);
    core::Result<std::optional<core::CustomerId>> idBy(const QString &sql, const QVariantList &values);

    Database &m_db;
    const core::Clock &m_clock;
    AuditLog *m_audit;
};

}  // namespace baton::store
