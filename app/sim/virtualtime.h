#pragma once
// VirtualTime: a discrete-event loop on a ManualClock. Actions (arrivals, agents answering,
// customers hanging up) are scheduled at virtual times; the router's own deadlines are honoured
// in between, so a day of traffic runs in a moment and always the same way.

#include "clock.h"
#include "router.h"

#include <functional>
#include <queue>
#include <vector>

namespace baton::sim {

class VirtualTime {
public:
    using Action = std::function<void()>;

    explicit VirtualTime(core::ManualClock &clock) : m_clock(clock) {}

    void setRouter(core::Router *router) { m_router = router; }
    void at(core::TimePoint when, Action action);
    void after(core::Duration delay, Action action) { at(m_clock.now() + delay, std::move(action)); }

    // Runs actions and router timers in time order up to `end`; the clock then stands at `end`.
    void runUntil(core::TimePoint end);
    bool idle() const { return m_pending.empty(); }
    core::TimePoint now() const { return m_clock.now(); }

private:
    struct Pending {
        core::TimePoint at;
        std::uint64_t seq;
        Action action;
    };
    struct Later {
        bool operator()(const Pending &a, const Pending &b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    };

    core::ManualClock &m_clock;
    core::Router *m_router = nullptr;
    std::priority_queue<Pending, std::vector<Pending>, Later> m_pending;
    std::uint64_t m_seq = 0;
};

}  // namespace baton::sim
