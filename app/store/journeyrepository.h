#pragma once
// JourneyRepository: each contact's way through the centre — where it came in (caller, channel,
// entry point, IVR path, business), then every step the router took with it (queued, offered,
// answered, transferred, overflowed, moved, abandoned …) and how it ended. The router writes a
// journey when the contact is over (and those still open at a graceful shutdown); the agents'
// parts are the interactions with the same contact id.

#include "ids.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton::store {

class Database;

struct ContactJourney {
    qint64 contact = 0;
    core::CustomerId customer;   // empty: an anonymous caller
    QString customerName;        // read only: the customer's name when stored
    QString caller;
    core::Channel channel = core::Channel::Voice;
    QString entryPoint;
    QString business;
    QStringList ivrPath;
    QDateTime started;           // UTC
    QDateTime ended;             // UTC; invalid while the contact is still in the centre
    QString outcome;             // "served", "abandoned", "overflow:callback", "afterHours:callback" …; empty while open
    QJsonArray steps;            // {"atMs": …, "kind": …, and what the kind needs}, oldest first
};

struct JourneyFilter {
    QDateTime from;              // started at or after; invalid = open
    QDateTime to;                // started before; invalid = open
    QString outcome;             // empty = any; "open" = not over yet
    QString group;               // queued in this skill group at some step; empty = any
    QString text;                // in the customer's name or the caller's number; empty = any
};

struct JourneyCursor {
    qint64 startedMs = 0;
    qint64 contact = 0;
};

struct JourneyPage {
    QList<ContactJourney> items;
    std::optional<JourneyCursor> next;
};

class JourneyRepository {
public:
    explicit JourneyRepository(Database &db) : m_db(db) {}

    // Inserts the journey or replaces the one stored for its contact.
    core::Status save(const ContactJourney &journey);
    // Many at once, in one transaction with one prepared statement (the router stores what
    // changed every few seconds). The contacts of journeys refused as invalid come back; the
    // others are stored. A database error stores none of them.
    core::Result<QList<qint64>> saveAll(const QList<ContactJourney> &journeys);
    core::Result<std::optional<ContactJourney>> get(qint64 contact);
    // Newest first in keyset pages; limit 1–500.
    core::Result<JourneyPage> find(const JourneyFilter &filter, std::optional<JourneyCursor> after, int limit);
    // The highest contact id any journey or interaction was stored under (0: none), so a
    // restarted router never hands out one of them again.
    core::Result<qint64> highestContact();
    // Journeys stored while still open (a shutdown came first), for the router to carry on.
    core::Result<QList<ContactJourney>> open();

private:
    Database &m_db;
};

}  // namespace baton::store
