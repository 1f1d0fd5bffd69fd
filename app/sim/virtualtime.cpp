#include "virtualtime.h"

namespace baton::sim {

void VirtualTime::at(core::TimePoint when, Action action)
{
    m_pending.push(Pending{std::max(when, m_clock.now()), m_seq++, std::move(action)});
}

void VirtualTime::runUntil(core::TimePoint end)
{
    while (true) {
        const auto routerNext = m_router ? m_router->nextDeadline() : std::nullopt;
        const bool haveAction = !m_pending.empty();
        // Router timers due no later than the next action run first, at their own time.
        const core::TimePoint next = haveAction ? (routerNext ? std::min(*routerNext, m_pending.top().at) : m_pending.top().at)
                                                : routerNext.value_or(core::TimePoint::max());
        if (next > end) {
            if (end > m_clock.now() && end != core::TimePoint::max()) {
                m_clock.setNow(end);
                if (m_router)
                    m_router->advance();
            }
            return;
        }
        m_clock.setNow(std::max(m_clock.now(), next));
        if (m_router)
            m_router->advance();
        while (!m_pending.empty() && m_pending.top().at <= m_clock.now()) {
            Action action = std::move(const_cast<Pending &>(m_pending.top()).action);
            m_pending.pop();
            action();
        }
    }
}

}  // namespace baton::sim
