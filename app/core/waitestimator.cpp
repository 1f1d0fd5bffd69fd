#include "waitestimator.h"

#include <algorithm>
#include <cmath>

namespace baton::core {

QueueLengthEstimator::QueueLengthEstimator(Duration expectedHandleTime, int handleTimeWindow, int abandonmentWindow)
    : m_priorHandleSeconds(std::max(1.0, static_cast<double>(expectedHandleTime.count()) / 1000.0))
    , m_handleSeconds(handleTimeWindow)
    , m_waitSeconds(abandonmentWindow)
    , m_abandons(abandonmentWindow)
    , m_answerSeconds(handleTimeWindow)
{
}

void QueueLengthEstimator::recordHandleTime(Duration slotTime)
{
    m_handleSeconds.add(std::max(0.001, static_cast<double>(slotTime.count()) / 1000.0));
}

double QueueLengthEstimator::serviceRatePerSecond() const
{
    const double n = static_cast<double>(m_handleSeconds.count());
    const double mean = (kPriorWeight * m_priorHandleSeconds + m_handleSeconds.sum()) / (kPriorWeight + n);
    return 1.0 / mean;
}

void QueueLengthEstimator::recordWait(Duration waited, bool abandoned)
{
    m_waitSeconds.add(static_cast<double>(waited.count()) / 1000.0);
    m_abandons.add(abandoned ? 1.0 : 0.0);
}

double QueueLengthEstimator::abandonRatePerSecond() const
{
    // Maximum-likelihood rate of exponential patience: abandonments per second of waiting.
    const double exposure = m_waitSeconds.sum();
    return exposure > 0 ? m_abandons.sum() / exposure : 0.0;
}

void QueueLengthEstimator::recordAnswerTime(Duration answer)
{
    m_answerSeconds.add(static_cast<double>(answer.count()) / 1000.0);
}

void QueueLengthEstimator::decayTo(TimePoint now)
{
    const double dt = std::max(0.0, static_cast<double>((now - m_lastObserved).count()) / 1000.0);
    if (dt <= 0)
        return;
    const double keep = std::exp(-dt / kMemorySeconds);
    // Time non-empty since the last observation, decayed as it accrued.
    m_nonEmptySeconds = m_nonEmptySeconds * keep + (m_nonEmpty ? kMemorySeconds * (1 - keep) : 0.0);
    m_departures *= keep;
    m_lastObserved = now;
}

void QueueLengthEstimator::observeQueue(TimePoint now, bool nonEmpty)
{
    decayTo(now);
    m_nonEmpty = nonEmpty;
}

void QueueLengthEstimator::recordDeparture(TimePoint now)
{
    decayTo(now);
    m_departures += 1;
}

double QueueLengthEstimator::queueServiceRate(int servingSlots) const
{
    const double prior = std::max(servingSlots, 1) * serviceRatePerSecond();
    return (m_departures + prior * kPriorSeconds) / (m_nonEmptySeconds + kPriorSeconds);
}

std::optional<Duration> QueueLengthEstimator::estimate(long long ahead, int servingSlots, int freeSlots) const
{
    if (servingSlots <= 0)
        return std::nullopt;
    const Duration answer(static_cast<Duration::rep>(std::llround(m_answerSeconds.mean() * 1000.0)));
    const long long mustWait = ahead - freeSlots;  // contacts ahead that free slots will not absorb
    if (mustWait < 0)
        return answer;
    // The sum Σ 1/(r + iθ) with r the queue's service rate in place of sμ.
    return *estimate(mustWait, 1, queueServiceRate(servingSlots), abandonRatePerSecond()) + answer;
}

std::optional<Duration> QueueLengthEstimator::estimate(long long ahead, int servingSlots, double mu, double theta)
{
    if (servingSlots <= 0 || mu <= 0)
        return std::nullopt;
    const double base = servingSlots * mu;
    double seconds = 0;
    if (theta <= 0) {
        seconds = static_cast<double>(ahead + 1) / base;
    } else {
        // Σ_{i=0}^{n} 1/(sμ + iθ); long queues use the integral form to stay O(1).
        constexpr long long kDirect = 256;
        const long long direct = std::min(ahead, kDirect);
        for (long long i = 0; i <= direct; ++i)
            seconds += 1.0 / (base + static_cast<double>(i) * theta);
        if (ahead > kDirect) {
            // ∫_{k+½}^{n+½} dx/(sμ + xθ) approximates the rest to well under 0.01 %.
            const double lo = base + (static_cast<double>(kDirect) + 0.5) * theta;
            const double hi = base + (static_cast<double>(ahead) + 0.5) * theta;
            seconds += std::log(hi / lo) / theta;
        }
    }
    return Duration(static_cast<Duration::rep>(std::llround(seconds * 1000.0)));
}

std::optional<Duration> RunningAverageEstimator::estimate() const
{
    if (m_waits.count() == 0)
        return std::nullopt;
    return Duration(static_cast<Duration::rep>(std::llround(m_waits.mean())));
}

}  // namespace baton::core
