#pragma once
// Wait estimators: what a waiting customer is told.
//
// QueueLengthEstimator is the state-dependent estimator of Ibrahim & Whitt ("Real-time delay
// estimation in overloaded multiserver queues with abandonments", Management Science 2009):
// a customer with n contacts ahead, s serving slots with service rate μ each and an
// abandonment rate θ per waiting customer waits Σ_{i=0}^{n} 1/(sμ + iθ). Free slots absorb
// contacts ahead first (a contact that finds a free agent waits only for it to answer), and the
// mean offer-to-answer time of the group is added. μ and θ are learnt
// online from the group's own handle times and waiting episodes: μ from the mean of recent slot
// times (a window mean: an exponentially weighted mean at α = 0.05 would carry ~16 % noise on
// exponential handle times), θ as the maximum-likelihood rate of exponential patience.
//
// RunningAverageEstimator is the baseline it is compared against: the mean wait of the last
// N contacts answered after being held, the same for everyone whatever their position.

#include "clock.h"

#include <optional>
#include <vector>

namespace baton::core {

// A fixed-size window of values with their running sum.
class SlidingWindow {
public:
    explicit SlidingWindow(int capacity) : m_values(static_cast<std::size_t>(capacity > 0 ? capacity : 1)) {}

    void add(double v)
    {
        if (m_count == m_values.size())
            m_sum -= m_values[m_next];
        else
            ++m_count;
        m_values[m_next] = v;
        m_sum += v;
        m_next = (m_next + 1) % m_values.size();
    }
    std::size_t count() const { return m_count; }
    double sum() const { return m_sum; }
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0.0; }

private:
    std::vector<double> m_values;
    std::size_t m_next = 0;
    std::size_t m_count = 0;
    double m_sum = 0;
};

class QueueLengthEstimator {
public:
    QueueLengthEstimator(Duration expectedHandleTime, int handleTimeWindow, int abandonmentWindow);

    // Time a serving slot is held by one contact: talk plus wrap-up.
    void recordHandleTime(Duration slotTime);
    // A waiting episode that ended, answered or abandoned, for the abandonment rate.
    void recordWait(Duration waited, bool abandoned);
    // From offer to accept: the part of a wait spent ringing at an agent.
    void recordAnswerTime(Duration answer);
    // The queue's own service rate, as observed: call observeQueue whenever the number waiting
    // changes and recordDeparture when a contact that waited is answered. In a group whose
    // contacts are also served by overflow groups and agents of other groups, this rate — not
    // the home group's slots × μ — is what empties the queue.
    void observeQueue(TimePoint now, bool nonEmpty);
    void recordDeparture(TimePoint now);
    // Departures per second while the queue was not empty (over about the last two hours),
    // blended with sμ, which counts as if observed for kPriorSeconds. (Measured against a
    // ratio-to-sμ form, which tracks staffing changes at once: this one was more accurate on
    // every scenario of docs/PERFORMANCE.md.)
    double queueServiceRate(int servingSlots) const;

    // 1 / mean slot time over the window, the configured prior counting as kPriorWeight of them.
    double serviceRatePerSecond() const;
    static constexpr double kPriorWeight = 10;
    double abandonRatePerSecond() const;

    // Expected wait of a contact with `ahead` contacts before it when `freeSlots` of the
    // `servingSlots` are free now: only the contacts beyond the free slots must wait for a
    // departure, at the queue's observed service rate. Plus the mean time agents take to
    // answer. nullopt when nobody serves.
    std::optional<Duration> estimate(long long ahead, int servingSlots, int freeSlots) const;
    static std::optional<Duration> estimate(long long ahead, int servingSlots, double mu, double theta);

private:
    void decayTo(TimePoint now);

    double m_priorHandleSeconds;
    // Exponentially decayed (time constant kMemorySeconds) count of departures observed while
    // the queue was not empty, and of the seconds it was not empty.
    double m_departures = 0;
    double m_nonEmptySeconds = 0;
    TimePoint m_lastObserved{};
    bool m_nonEmpty = false;
    static constexpr double kMemorySeconds = 7200;
    static constexpr double kPriorSeconds = 300;  // sμ counts as if observed for this long
    SlidingWindow m_handleSeconds;
    SlidingWindow m_waitSeconds;
    SlidingWindow m_abandons;
    SlidingWindow m_answerSeconds;
};

class RunningAverageEstimator {
public:
    explicit RunningAverageEstimator(int window) : m_waits(window) {}

    void recordAnsweredWait(Duration waited) { m_waits.add(static_cast<double>(waited.count())); }
    std::optional<Duration> estimate() const;

private:
    SlidingWindow m_waits;
};

}  // namespace baton::core
