#pragma once
// QueueIntervalRepository: each skill group's queue by 15-minute interval of the site's day —
// the most contacts waiting, and the contacts that entered, were answered (within the target)
// or hung up in that interval — for the supervisor's charts of the whole day. The router
// writes them as the day goes.

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace baton::store {

class Database;

struct QueueInterval {
    static constexpr int kMinutes = 15;
    static constexpr int kPerDay = 24 * 60 / kMinutes;

    QString group;
    int slot = 0;  // 0: 00:00–00:15
    int maxWaiting = 0;
    long long entered = 0;
    long long answered = 0;
    long long answeredWithinThreshold = 0;
    long long abandoned = 0;

    // Answered within the target over those that stopped waiting in the interval.
    std::optional<double> serviceLevel() const
    {
        const long long finished = answered + abandoned;
        return finished > 0 ? std::optional<double>(static_cast<double>(answeredWithinThreshold) / static_cast<double>(finished)) : std::nullopt;
    }
    bool operator==(const QueueInterval &) const = default;
};

class QueueIntervalRepository {
public:
    explicit QueueIntervalRepository(Database &db) : m_db(db) {}

    // Inserts or replaces each interval (its group and slot) of the day, in one transaction.
    core::Status save(const QDate &day, const QList<QueueInterval> &intervals);
    // The day's intervals, of one group or (group empty) all, by group then slot.
    core::Result<QList<QueueInterval>> day(const QDate &day, const QString &group = {});

private:
    Database &m_db;
};

}  // namespace baton::store
