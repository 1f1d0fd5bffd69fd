#include "groupqueue.h"

#include <limits>

namespace baton::core {

void GroupQueue::addHome(Channel ch, int level, QueueKey key)
{
    if (m_home[idx(ch)][static_cast<std::size_t>(level)].insert(key).second) {
        ++m_waiting;
        ++m_waitingByChannel[idx(ch)];
    }
}

void GroupQueue::removeHome(Channel ch, int level, QueueKey key)
{
    if (m_home[idx(ch)][static_cast<std::size_t>(level)].erase(key)) {
        --m_waiting;
        --m_waitingByChannel[idx(ch)];
    }
}

int GroupQueue::toldPosition(Channel ch, int level, QueueKey key) const
{
    return static_cast<int>(m_home[idx(ch)][static_cast<std::size_t>(level)].order_of_key(key)) + 1;
}

long long GroupQueue::trueAhead(Channel ch, int level, QueueKey key, TimePoint now, const AgingPolicy &aging) const
{
    const auto &levels = m_home[idx(ch)];
    const std::int64_t nowMs = now.time_since_epoch().count();
    const int own = effectiveLevel(level, Duration(nowMs - key.arrivalMs), aging);
    // Same level: everyone who arrived earlier (they have aged at least as much).
    long long ahead = static_cast<long long>(levels[static_cast<std::size_t>(level)].order_of_key(key));
    constexpr auto kNone = std::numeric_limits<std::int64_t>::min();
    // Arrival bound (inclusive) of the contacts of a level that have reached effective level
    // `target` by now; kNone for none, max for all.
    auto reached = [&](int other, int target) -> std::int64_t {
        if (target <= other)
            return std::numeric_limits<std::int64_t>::max();
        if (!aging.enabled || other >= aging.maxLevel || target > aging.maxLevel)
            return kNone;
        return nowMs - static_cast<std::int64_t>(target - other) * aging.step.count();
    };
    for (int other = 0; other < kVipLevelCount; ++other) {
        const auto &set = levels[static_cast<std::size_t>(other)];
        if (other == level || set.empty())
            continue;
        // Ahead: a higher effective level, or the same one and an earlier arrival. Both sets
        // are prefixes in arrival order, so their union is the longer prefix.
        const std::int64_t higher = reached(other, own + 1);
        const std::int64_t tie = reached(other, own);
        const std::size_t countHigher = higher == kNone ? 0 : set.order_of_key(QueueKey{higher, std::numeric_limits<std::uint64_t>::max()});
        const std::size_t countTie = tie == kNone ? 0 : set.order_of_key(std::min(QueueKey{tie, std::numeric_limits<std::uint64_t>::max()}, key));
        ahead += static_cast<long long>(std::max(countHigher, countTie));
    }
    return ahead;
}

std::optional<std::int64_t> GroupQueue::oldestArrivalMs() const
{
    std::optional<std::int64_t> oldest;
    for (const auto &levels : m_home) {
        for (const auto &set : levels) {
            if (!set.empty() && (!oldest || set.begin()->arrivalMs < *oldest))
                oldest = set.begin()->arrivalMs;
        }
    }
    return oldest;
}

void GroupQueue::addDispatch(Channel ch, int level, const DispatchEntry &e)
{
    auto &set = m_dispatch[idx(ch)][static_cast<std::size_t>(level)];
    set.insert(e);
    m_dispatchMask[idx(ch)] |= static_cast<std::uint16_t>(1u << level);
}

void GroupQueue::removeDispatch(Channel ch, int level, const DispatchEntry &e)
{
    auto &set = m_dispatch[idx(ch)][static_cast<std::size_t>(level)];
    set.erase(e);
    if (set.empty())
        m_dispatchMask[idx(ch)] &= static_cast<std::uint16_t>(~(1u << level));
}

}  // namespace baton::core
