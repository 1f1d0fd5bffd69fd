#pragma once
// Variant assignment for an A/B experiment: a contact's key (customer, caller or the contact
// itself) is hashed with the experiment's id into a bucket 0–99, and the buckets are dealt out
// to the variants by cumulative share. The hash is SHA-256, so the same customer gets the same
// variant in every router process and after every restart (docs/ROUTING.md §10).

#include "contactrequest.h"
#include "ids.h"
#include "siteconfig.h"
#include "types.h"

#include <QString>

#include <optional>

namespace baton::core {

// The variant a contact was routed under. It is decided once, on arrival, and travels with the
// contact (journal, restore, transfers, its interaction in the history).
struct VariantAssignment {
    QString experiment;                       // the experiment's id at the time
    QString variant;                          // one of its variants' ids
    ExperimentKey key = ExperimentKey::Customer;  // what was hashed: customer falls back to caller, then contact

    friend bool operator==(const VariantAssignment &, const VariantAssignment &) = default;
};

// The first 8 bytes of SHA-256(experimentId ":" keyValue, UTF-8), big-endian, modulo 100.
int experimentBucket(const QString &experimentId, const QString &keyValue);

// The variant whose cumulative share covers the bucket (0–99); nullptr only when the shares do
// not cover it (an invalid experiment).
const ExperimentVariant *variantForBucket(const Experiment &experiment, int bucket);

// Assigns `contact` (its id is the key for ExperimentKey::Contact, and the last resort when a
// customer or caller key is unknown).
VariantAssignment assignVariant(const Experiment &experiment, const ContactRequest &request, ContactId contact);

}  // namespace baton::core
