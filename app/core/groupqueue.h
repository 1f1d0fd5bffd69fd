#pragma once
// GroupQueue: one skill group's waiting contacts, in two views.
//
// - "Home" sets, per channel and VIP level, hold every contact whose home is this group and that
//   is still waiting (or being offered), ordered by arrival, with order statistics. They answer
//   the told position (contacts of the same level ahead: silent queue jumping) and the true
//   number ahead, in O(levels · log n).
// - "Dispatch" sets, per channel and level, hold the contacts this group's agents may take now:
//   home contacts past their personal stage plus contacts overflowed in from other groups.
//   Each is FIFO by arrival, so the best contact of a level is always its head.

#include "clock.h"
#include "ids.h"
#include "siteconfig.h"
#include "types.h"

#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <set>

namespace baton::core {

struct QueueKey {
    std::int64_t arrivalMs = 0;
    std::uint64_t seq = 0;

    friend bool operator==(const QueueKey &, const QueueKey &) = default;
    friend auto operator<=>(const QueueKey &, const QueueKey &) = default;
};

struct DispatchEntry {
    QueueKey key;
    ContactId contact;

    friend bool operator<(const DispatchEntry &a, const DispatchEntry &b) { return a.key < b.key; }
};

// The level a contact competes with after aging: +1 per step waited, up to the ceiling
// (a level already at or above the ceiling does not age). Old contacts all converge on the
// ceiling and are then served first come, first served: nobody waits for ever.
inline int effectiveLevel(int level, Duration waited, const AgingPolicy &aging)
{
    if (!aging.enabled || level >= aging.maxLevel || waited <= Duration::zero())
        return level;
    const auto steps = waited / aging.step;
    return static_cast<int>(std::min<std::int64_t>(level + steps, aging.maxLevel));
}

class GroupQueue {
public:
    using RankedKeys = __gnu_pbds::tree<QueueKey, __gnu_pbds::null_type, std::less<QueueKey>, __gnu_pbds::rb_tree_tag,
                                        __gnu_pbds::tree_order_statistics_node_update>;
    using DispatchSet = std::set<DispatchEntry>;

    void addHome(Channel ch, int level, QueueKey key);
    void removeHome(Channel ch, int level, QueueKey key);
    // 1 + contacts of the same channel and level that arrived earlier and still wait.
    int toldPosition(Channel ch, int level, QueueKey key) const;
    // Contacts of the same channel that will be served first under the current priorities.
    long long trueAhead(Channel ch, int level, QueueKey key, TimePoint now, const AgingPolicy &aging) const;
    int waiting() const { return m_waiting; }
    int waiting(Channel ch) const { return m_waitingByChannel[idx(ch)]; }
    std::optional<std::int64_t> oldestArrivalMs() const;

    void addDispatch(Channel ch, int level, const DispatchEntry &e);
    void removeDispatch(Channel ch, int level, const DispatchEntry &e);
    const DispatchSet &dispatch(Channel ch, int level) const { return m_dispatch[idx(ch)][static_cast<std::size_t>(level)]; }
    // Bit L set when the dispatch set of level L on this channel is not empty.
    std::uint16_t dispatchLevels(Channel ch) const { return m_dispatchMask[idx(ch)]; }

    // Every home key of a channel and level, in arrival order (for supervisors' views).
    const RankedKeys &home(Channel ch, int level) const { return m_home[idx(ch)][static_cast<std::size_t>(level)]; }

private:
    static std::size_t idx(Channel ch) { return static_cast<std::size_t>(ch); }

    std::array<std::array<RankedKeys, kVipLevelCount>, kChannelCount> m_home;
    std::array<std::array<DispatchSet, kVipLevelCount>, kChannelCount> m_dispatch;
    std::array<std::uint16_t, kChannelCount> m_dispatchMask{};
    std::array<int, kChannelCount> m_waitingByChannel{};
    int m_waiting = 0;
};

}  // namespace baton::core
