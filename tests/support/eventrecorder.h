#pragma once
// EventRecorder: an EventSink that keeps every event, with typed look-ups for assertions.

#include "events.h"

#include <QList>

#include <vector>

namespace baton::test {

class EventRecorder final : public core::EventSink {
public:
    void onEvent(const core::Event &event) override { m_events.push_back(event); }

    const std::vector<core::Event> &all() const { return m_events; }
    void clear() { m_events.clear(); }

    template <typename T>
    QList<T> of() const
    {
        QList<T> out;
        for (const auto &e : m_events) {
            if (const T *t = std::get_if<T>(&e))
                out.append(*t);
        }
        return out;
    }

    template <typename T>
    int count() const
    {
        int n = 0;
        for (const auto &e : m_events)
            n += std::holds_alternative<T>(e) ? 1 : 0;
        return n;
    }

    template <typename T>
    std::optional<T> last() const
    {
        for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
            if (const T *t = std::get_if<T>(&*it))
                return *t;
        }
        return std::nullopt;
    }

private:
    std::vector<core::Event> m_events;
};

}  // namespace baton::test
