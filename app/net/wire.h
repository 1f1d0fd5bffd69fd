#pragma once
// Domain values as protocol JSON, and back (docs/PROTOCOL.md lists every field). Readers are
// strict: unknown fields and wrong types are errors that name the field ("handOver.menuPath[1]").

#include "contactrequest.h"
#include "events.h"
#include "result.h"
#include "router.h"

#include <QJsonObject>

namespace baton::net {

// contact.create: the contact and how to find the customer in the store.
struct ContactCreate {
    core::ContactRequest request;
    QString customerPhone;       // look the customer up by phone (defaults to the caller number)
    QString externalSystem;      // …or by an id in another system ("crm", "app")
    QString externalId;
};

core::Result<ContactCreate> readContactCreate(const QJsonObject &body);

QJsonObject toJson(const core::QueueStatus &status);
QJsonObject toJson(const core::AgentStatus &status);
QJsonObject toJson(const core::GroupStatistics &stats);
QJsonObject toJson(const core::HandOver &handOver);
QJsonObject toJson(const core::CustomerProfile &customer);
QJsonArray traceToJson(const core::DecisionTrace &trace);

// Seconds as a JSON number (one decimal), the unit of every duration on the wire.
double seconds(core::Duration d);

}  // namespace baton::net
