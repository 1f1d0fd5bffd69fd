#pragma once
// JourneyRecorder: follows each contact through the router's events and writes down its journey
// — how it came in, then every step (sent to a bot, queued with the position it was told,
// offered, declined or timed out, answered, transferred with the note, overflowed, moved by a
// supervisor, abandoned) — until it is over. The service stores a journey when it ends, stores
// those that changed every 5 s and the open ones at shutdown, and carries on with them after a
// restart.
// GUI-free and store-free: it hands journeys out, the service saves them.

#include "contactrequest.h"
#include "events.h"
#include "journeyrepository.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace baton::net {

class JourneyRecorder {
public:
    // The request of a contact the recorder has not seen begin (the router was restarted since);
    // nullptr when the router does not know it either.
    using Lookup = std::function<const core::ContactRequest *(core::ContactId)>;
    explicit JourneyRecorder(Lookup lookup) : m_lookup(std::move(lookup)) {}

    // A contact arrives: its journey starts with what the integration handed over. Call before
    // the router's events about it.
    void begin(core::ContactId contact, const core::ContactRequest &request, const QDateTime &nowUtc);
    // The contact was refused after all: no journey.
    void discard(core::ContactId contact);
    // The router's event, as a step of the contact's journey; the journey when this ended it.
    std::optional<store::ContactJourney> observe(const core::Event &event, const QDateTime &nowUtc);
    // A step that is not a router event (a supervisor's move or level, a channel change).
    void note(core::ContactId contact, const QString &kind, QJsonObject detail, const QDateTime &nowUtc);

    // Open journeys stored by an earlier run, to carry on with.
    void restore(const QList<store::ContactJourney> &open);
    // The journey so far of a contact still in the centre.
    std::optional<store::ContactJourney> current(core::ContactId contact) const;
    // Open journeys changed since the last call (to store them as they stand).
    QList<store::ContactJourney> takeChanged();
    QList<store::ContactJourney> openJourneys() const;
    // Forgets open journeys that started before `cutoff` and whose contact the router no longer
    // has (nothing said how they ended), returning them closed as "unknown" to be stored.
    QList<store::ContactJourney> forgetStartedBefore(const QDateTime &cutoff);
    int openCount() const { return static_cast<int>(m_open.size()); }

private:
    store::ContactJourney *journey(core::ContactId contact, const QDateTime &nowUtc);
    void step(store::ContactJourney &j, const QDateTime &nowUtc, const QString &kind, QJsonObject detail);
    std::optional<store::ContactJourney> finish(core::ContactId contact, const QDateTime &nowUtc, const QString &outcome);

    Lookup m_lookup;
    QHash<quint64, store::ContactJourney> m_open;
    QSet<quint64> m_changed;
    QSet<quint64> m_transferring;  // between ContactTransferred and its ContactEnded
};

}  // namespace baton::net
