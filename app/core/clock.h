#pragma once
// Clock: where the core gets time from. Nothing in the core reads the wall clock itself.
//
// Two readings: a monotonic one for waits, deadlines and durations, and UTC wall time for
// calendars (business hours in the site's time zone) and stored timestamps.

#include <QDateTime>

#include <chrono>

namespace baton::core {

using Duration = std::chrono::milliseconds;
using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
    virtual QDateTime utcNow() const = 0;
};

// The machine's clocks, for hosts (the router, the desktop, the tools).
class SystemClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now()); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that moves only when told to: virtual time for the simulator and tests.
// The monotonic and the wall reading advance together.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime utcStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_utcStart(std::move(utcStart))
    {
    }

    TimePoint now() const override { return m_now; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_now.time_since_epoch().count()); }

    void advance(Duration d) { m_now += d; }
    void setNow(TimePoint t) { m_now = t; }

private:
    QDateTime m_utcStart;
    TimePoint m_now{};
};

}  // namespace baton::core
