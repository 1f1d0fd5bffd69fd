#pragma once
// What a router must not forget, as plain data: the journal's records, the snapshot they fold
// into, and the tracker that does the folding. The store writes records and snapshots to disk
// (app/store/journal.h); a restarted router reads them back and calls Router::restore().
//
// Only facts that outlive an offer are kept: a contact was accepted, was answered, ended and went
// to wrap-up, was transferred, left; an agent's presence and groups; a supervisor's level change.
// Offers are not kept: after a restart every waiting contact is offered again.
//
// Times are UTC milliseconds since the epoch: a router's monotonic clock means nothing to the
// next process.

#include "clock.h"
#include "contactrequest.h"
#include "events.h"
#include "ids.h"
#include "siteconfig.h"
#include "types.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace baton::core {

struct JournalRecord {
    enum class Kind : std::uint8_t {
        Arrived = 1,      // contact, request, group (home), channel, level
        Level = 2,        // contact, level (a supervisor raised or lowered it)
        Routed = 3,       // contact, agent, group (answered through)
        Ended = 4,        // contact, agent: the conversation ended, wrap-up starts
        Transferred = 5,  // contact, group (queues there), agent (in person, may be empty)
        WrapDone = 6,     // contact, agent
        Left = 7,         // contact: abandoned, or out to a fallback action
        Presence = 8,     // agent, presence, reason
        Memberships = 9,  // agent, groups
        Moved = 10,       // contact, group: a supervisor moved it to this group's queue
        Rechanneled = 11, // contact, channel: it goes on in this channel
        Chat = 12,        // contact, reason: a chat line as the host keeps it (compact JSON)
        Hop = 13,         // contact, reason: a transfer's note as the host keeps it (compact JSON)
    };

    Kind kind = Kind::Arrived;
    qint64 atMs = 0;
    ContactId contact;
    AgentId agent;
    GroupId group;
    Channel channel = Channel::Voice;
    int level = 0;
    Presence presence = Presence::Offline;
    QString reason;
    QList<Membership> groups;
    std::optional<ContactRequest> request;  // Arrived only
    std::optional<VariantAssignment> variant;  // Arrived only: the experiment's variant it was routed under
};

struct RouterSnapshot {
    enum class Phase { Waiting, Active };

    struct ContactEntry {
        ContactId id;
        ContactRequest request;
        GroupId home;             // the group whose queue it is in (or was answered from)
        Channel channel = Channel::Voice;
        int level = 0;            // the level it has now, supervisor changes included
        bool levelSet = false;    // a supervisor set the level: keep it over the rules' result
        qint64 queuedMs = 0;      // entered its current queue: arrival, or the last transfer
        Phase phase = Phase::Waiting;
        AgentId agent;            // Active: who handles it; Waiting after a transfer: the agent asked for
        GroupId via;              // Active: the group it was answered through
        qint64 answeredMs = 0;
        bool transferred = false;
        std::optional<VariantAssignment> variant;  // decided on arrival; kept whatever the configuration says now
        // What the host keeps with the contact, opaque here: its chat lines (the last
        // kMaxChatLines) and each transfer's note, as compact JSON, oldest first.
        QStringList chat;
        QStringList hops;
    };
    static constexpr int kMaxChatLines = 500;

    struct WrapEntry {
        ContactId contact;
        AgentId agent;
        GroupId home;
        GroupId via;              // its wrap-up time comes from this group
        Channel channel = Channel::Voice;
        qint64 startedMs = 0;
        qint64 handledMs = 0;
    };

    struct AgentEntry {
        Presence presence = Presence::Offline;
        QString reason;
        std::optional<QList<Membership>> groups;  // set when changed from the configuration's
    };

    std::map<ContactId, ContactEntry> contacts;
    std::vector<WrapEntry> wraps;
    std::map<AgentId, AgentEntry> agents;
    std::uint64_t nextContactId = 1;  // ids already handed out stay unique after a restart
    std::uint64_t seq = 0;            // the last journal record folded in
};

// Folds journal records into a snapshot, and turns router events into records. One code path
// for the running router (events → records → snapshot) and for recovery (records → snapshot).
class RouterStateTracker {
public:
    RouterStateTracker() = default;
    explicit RouterStateTracker(RouterSnapshot start) : m_state(std::move(start)) {}

    const RouterSnapshot &state() const { return m_state; }

    // Applies one record; records for contacts or agents it does not know are ignored, so a
    // replay over a snapshot that already contains them is harmless.
    void apply(const JournalRecord &record);

    // The durable records an event implies, given what the tracker knows; empty for events
    // that change nothing durable (offers, alerts, queue changes). Call before apply().
    std::vector<JournalRecord> recordsFor(const Event &event, qint64 atMs);

    // The record for a contact the router has just accepted (after contactArrived() returned
    // Outcome::Queue); uses the group and level of the ContactQueued event seen for it.
    std::optional<JournalRecord> arrivalRecord(ContactId id, const ContactRequest &request, qint64 atMs);

    static JournalRecord presenceRecord(const AgentId &agent, Presence presence, const QString &reason, qint64 atMs);

private:
    struct Queued {
        GroupId group;
        Channel channel;
        int level;
        std::optional<VariantAssignment> variant;
    };
    RouterSnapshot m_state;
    std::map<ContactId, Queued> m_pendingArrivals;  // seen ContactQueued, not yet arrivalRecord()
};

// The glue a host puts between the router and its journal: an EventSink that turns events into
// records, folds them into the tracker and hands each to `output` (the journal), then passes the
// event on to `next`. The host reports the two facts the events do not carry: the request of a
// contact it has just queued, and presence it set.
class JournalingSink final : public EventSink {
public:
    using Output = std::function<void(const JournalRecord &)>;
    JournalingSink(const Clock &clock, RouterStateTracker &tracker, Output output, EventSink *next = nullptr)
        : m_clock(clock), m_tracker(tracker), m_output(std::move(output)), m_next(next)
    {
    }

    void onEvent(const Event &event) override;
    // After Router::contactArrived() returned; a no-op for contacts sent to a bot or after hours.
    void arrived(ContactId contact, const ContactRequest &request);
    // After Router::setPresence() succeeded.
    void presenceSet(const AgentId &agent, Presence presence, const QString &reason);
    // What the host keeps with a contact (Chat or Hop): journaled like the router's own facts.
    void noted(ContactId contact, JournalRecord::Kind kind, const QString &payload);
    void setNext(EventSink *next) { m_next = next; }

private:
    void emitRecord(const JournalRecord &record);

    const Clock &m_clock;
    RouterStateTracker &m_tracker;
    Output m_output;
    EventSink *m_next;
};

}  // namespace baton::core
