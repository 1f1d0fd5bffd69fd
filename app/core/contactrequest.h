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

// What the IVR or bot collected before handing over, for the agent's transfer card. The router
// does not route on it; it travels with the contact (and its journal record) unchanged.
struct HandOver {
    QString callerNumber;         // as received (ANI, or the number a chat customer gave)
    QString identityGiven;        // an id number, account or member number the customer stated
    bool identityVerified = false;
    QString callbackNumber;
    QStringList menuPath;         // the IVR menus taken, in order ("信用卡", "挂失")
    QStringList keywords;         // what the IVR/bot recognised
    QStringList transcript;       // the bot conversation, one line per turn ("客户：…", "机器人：…")
    QString reason;               // why the customer wants a person, as the bot understood it

    friend bool operator==(const HandOver &, const HandOver &) = default;
};

struct ContactRequest {
    QString externalRef;         // the integration's own reference (call id, chat session)
    QString source;              // the integration user that handed it over (set by the server)
    Channel channel = Channel::Voice;
    QString business;            // the business/intent the IVR or bot recognised
    QString entryPoint;          // hotline number, web page, app screen…
    QHash<QString, QString> entryParameters;  // URL or app parameters
    QString region;              // where the contact came from
    bool handedOverFromBot = false;  // a bot already had this customer (bot-first is satisfied)
    CustomerProfile customer;
    CustomerHistoryFacts history;
    HandOver handOver;
};

}  // namespace baton::core
