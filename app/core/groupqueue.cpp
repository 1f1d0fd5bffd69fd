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
    long long ahead = static_cast<long long>(levels[static_cast<std::size_t>(level)].order_of_key(key));
    const int maxBoost = aging.enabled ? aging.maxBoost : 0;
    const std::int64_t stepMs = aging.enabled ? aging.step.count() : 1;

    for (int other = 0; other < kVipLevelCount; ++other) {
        if (other == level)
            continue;
        const auto &set = levels[static_cast<std::size_t>(other)];
        if (set.empty())
            continue;
        const int d = own - other;  // boost the other level needs to tie with us
        if (d < 0) {
            ahead += static_cast<long long>(set.size());  // always ahead, even unaged
            continue;
        }
        if (d > maxBoost)
            continue;  // can never catch up
        // Ahead: aged past d (strictly higher), or aged exactly to d and arrived before us.
        // eff(other) ≥ own + 1 ⇔ waited ≥ (d+1)·step ⇔ arrival ≤ now − (d+1)·step; likewise for d.
        const std::int64_t higherBound = d + 1 <= maxBoost ? nowMs - (d + 1) * stepMs : std::numeric_limits<std::int64_t>::min();
        const std::int64_t tieBound = nowMs - d * stepMs;
        const QueueKey higher{higherBound, std::numeric_limits<std::uint64_t>::max()};
        const QueueKey tie = std::min(QueueKey{tieBound, std::numeric_limits<std::uint64_t>::max()}, key);
        // Count of keys ≤ higher, or < tie (the tie set is exclusive of our own key).
        const auto countHigher = higherBound == std::numeric_limits<std::int64_t>::min() ? 0 : set.order_of_key(higher);
        const auto countTie = set.order_of_key(tie);
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
