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
    CustomerRepository(Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    // Phones are normalised (errors name the phone); ids in other systems must be unused.
    core::Result<Customer> create(Customer customer);
    core::Result<Customer> get(const core::CustomerId &id);
    core::Result<std::optional<Customer>> findByPhone(const QString &phone);
    core::Result<std::optional<Customer>> findByExternalId(const QString &system, const QString &externalId);
    // Sets (adds or replaces) attributes; an empty value removes the attribute.
    core::Status setAttributes(const core::CustomerId &id, const QHash<QString, QString> &attributes);

private:
    core::Result<std::optional<Customer>> findBy(const QString &sql, const QVariantList &values);

    Database &m_db;
    const core::Clock &m_clock;
};

}  // namespace baton::store
