#pragma once
// InteractionRepository: a customer's history across voice, chat, SMS, email, web, app and
// video, newest first, in keyset pages that stay fast however long the history is.

#include "clock.h"
#include "contactrequest.h"
#include "ids.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace baton::store {

class Database;

struct Interaction {
    qint64 id = 0;                 // assigned when stored
    core::CustomerId customer;
    QDateTime started;             // UTC
    QDateTime ended;               // UTC; invalid while open
    core::Channel channel = core::Channel::Voice;
    core::AgentId agent;
    QString business;
    QStringList ivrPath;           // "1 账户服务", "2 挂失"
    QString summary;               // what the customer said, or a summary of it
    QString transcript;
    QString disposition;
    QString notes;
    QStringList transferChain;     // agent ids in order
    std::optional<int> csat;       // 1–5
    QString group;                 // the skill group that served it; empty when not known
    QString experiment;            // the A/B experiment it was routed under; empty when none
    QString variant;               // …and its variant (empty with it)
    std::optional<core::Duration> waited;  // in the queue before this agent answered; unknown before schema 9
    int reviews = 0;               // QA reviews of it (read only; filled by find())
    qint64 contact = 0;            // the router's contact it was part of (its journey); 0 when not known
};

// Finished interactions for review: every condition given must hold.
struct InteractionFilter {
    QDateTime from;                          // started at or after; invalid = open
    QDateTime to;                            // started before; invalid = open
    std::optional<core::AgentId> agent;
    QString group;                           // empty = any
    QString disposition;                     // empty = any
    std::optional<int> csatAtMost;           // rated, and no better than this (1–5)
    std::optional<core::Channel> channel;
    bool unreviewedOnly = false;             // without any QA review yet
};

// Where a page ended: pass it back for the next (older) page.
struct HistoryCursor {
    qint64 startedMs = 0;
    qint64 id = 0;
};

struct HistoryPage {
    QList<Interaction> items;
    std::optional<HistoryCursor> next;  // none when this was the last page
};

class InteractionRepository {
public:
    explicit InteractionRepository(Database &db) : m_db(db) {}

    core::Result<qint64> add(const Interaction &interaction);
    // Newest first, including the history of customers merged into this one; `channel`
    // filters when given. limit 1–1000.
    core::Result<HistoryPage> page(const core::CustomerId &customer, std::optional<HistoryCursor> after, int limit,
                                   std::optional<core::Channel> channel = std::nullopt);
    core::Result<long long> count(const core::CustomerId &customer);

    // Finished interactions (an agent served them) matching the filter, newest first, in keyset
    // pages; limit 1–1000. For the trainer's review list.
    core::Result<HistoryPage> find(const InteractionFilter &filter, std::optional<HistoryCursor> after, int limit);
    // One interaction by id; not_found when there is none.
    core::Result<Interaction> get(qint64 id);
    // The agents' parts of one contact (transfers give several), oldest first.
    core::Result<QList<Interaction>> forContact(qint64 contact);
    // What the router needs to know of this customer's past: who served them last and when,
    // and the worst CSAT they gave each agent (the "never offer to an agent rated badly" rule).
    core::Result<core::CustomerHistoryFacts> routingFacts(const core::CustomerId &customer);

private:
    core::Result<HistoryPage> readPage(QString sql, QVariantList values, int limit);

    Database &m_db;
};

}  // namespace baton::store
