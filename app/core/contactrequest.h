#pragma once
// ContactRequest: what an IVR, bot or web entry hands to the router for a customer who needs a
// person, together with the routing facts the host looked up about that customer.

#include "ids.h"
#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton::core {

struct CustomerProfile {
    CustomerId id;
    QString name;
    QHash<QString, QString> attributes;  // site-defined: level, region, language, product…
    QStringList tags;
    AgentId dedicatedAgent;              // an exclusive agent, empty if none
};

// What the host knows about this customer's past, looked up from the store.
struct CustomerHistoryFacts {
    AgentId lastAgent;          // who served this customer last…
    QDateTime lastServedUtc;    // …and when
    // The lowest CSAT score (1–5) this customer gave each agent they rated.
    QHash<AgentId, int> worstRatings;
};

struct ContactRequest {
    QString externalRef;         // the integration's own reference (call id, chat session)
    Channel channel = Channel::Voice;
    QString business;            // the business/intent the IVR or bot recognised
    QString entryPoint;          // hotline number, web page, app screen…
    QHash<QString, QString> entryParameters;  // URL or app parameters
    QString region;              // where the contact came from
    bool handedOverFromBot = false;  // a bot already had this customer (bot-first is satisfied)
    CustomerProfile customer;
    CustomerHistoryFacts history;
};

}  // namespace baton::core
