#include "erlang.h"

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace baton::core {
namespace {

Status validate(const QueueModelInput &in, bool needPatience)
{
    if (!(in.arrivalsPerHour > 0) || !std::isfinite(in.arrivalsPerHour))
        return Error::invalid(QStringLiteral("rate"), QStringLiteral("the arrival rate must be a positive number of contacts per hour"));
    if (!(in.handleSeconds > 0) || !std::isfinite(in.handleSeconds))
        return Error::invalid(QStringLiteral("aht"), QStringLiteral("the average handle time must be a positive number of seconds"));
    if (in.agents < 1 || in.agents > Erlang::kMaxAgents)
        return Error::invalid(QStringLiteral("agents"), QStringLiteral("agents must be a whole number from 1 to %1").arg(Erlang::kMaxAgents));
    if (!(in.targetSeconds >= 0) || !std::isfinite(in.targetSeconds))
        return Error::invalid(QStringLiteral("target"), QStringLiteral("the service-level target must be zero or more seconds"));
    if (needPatience && (!in.patienceSeconds || !(*in.patienceSeconds > 0) || !std::isfinite(*in.patienceSeconds)))
        return Error::invalid(QStringLiteral("patience"), QStringLiteral("the mean patience must be a positive number of seconds"));
    return {};
}

// log(e^x − 1) for x > 0, without overflow or cancellation.
double logExpm1(double x) { return x > 30 ? x + std::log1p(-std::exp(-x)) : std::log(std::expm1(x)); }

}  // namespace

double Erlang::logInverseErlangB(int agents, double load)
{
    // 1/B(i) = 1 + (i/A) · 1/B(i−1), B(0) = 1; in logs: L_i = softplus(log(i/A) + L_{i−1}).
    double l = 0;
    const double logLoad = std::log(load);
    for (int i = 1; i <= agents; ++i) {
        const double u = std::log(static_cast<double>(i)) - logLoad + l;
        l = std::max(u, 0.0) + std::log1p(std::exp(-std::abs(u)));
    }
    return l;
}

Result<QueueModelFigures> Erlang::c(const QueueModelInput &in)
{
    if (auto s = validate(in, false); !s)
        return s.error();
    const double lambda = in.arrivalsPerHour / 3600.0;
    const double load = lambda * in.handleSeconds;
    const double n = in.agents;
    QueueModelFigures f;
    f.offeredLoad = load;
    if (load >= n) {
        f.stable = false;
        f.probabilityOfWaiting = 1;
        f.serviceLevel = 0;
        f.occupancy = 1;
        return f;
    }
    const double rho = load / n;
    const double logInvB = logInverseErlangB(in.agents, load);
    // C = 1 / (1/B · (1 − ρ) + ρ)
    const double logDenominator = logInvB + std::log((1 - rho) + rho * std::exp(-logInvB));
    const double pWait = std::exp(-logDenominator);
    const double drain = (n - load) / in.handleSeconds;  // (Nμ − λ) per second
    f.probabilityOfWaiting = pWait;
    f.averageSpeedOfAnswer = pWait / drain;
    f.serviceLevel = 1 - pWait * std::exp(-drain * in.targetSeconds);
    f.occupancy = rho;
    return f;
}

Result<QueueModelFigures> Erlang::a(const QueueModelInput &in)
{
    if (auto s = validate(in, true); !s)
        return s.error();
    const double lambda = in.arrivalsPerHour / 3600.0;
    const double mu = 1.0 / in.handleSeconds;
    const double theta = 1.0 / *in.patienceSeconds;
    const double load = lambda / mu;
    const double serving = in.agents * mu;  // Nμ

    // Stationary weights relative to π_N: states below N weigh 1/B − 1 in all; the state with
    // k waiting weighs t_k = Π_{i=1..k} λ/(Nμ + iθ). All in logs.
    const double logLow = logExpm1(logInverseErlangB(in.agents, load));
    std::vector<double> logTail{0.0};
    double maxLog = std::max(logLow, 0.0);
    constexpr std::size_t kMaxTerms = 50'000'000;
    for (std::size_t k = 1; k < kMaxTerms; ++k) {
        const double next = logTail.back() + std::log(lambda) - std::log(serving + static_cast<double>(k) * theta);
        logTail.push_back(next);
        maxLog = std::max(maxLog, next);
        const bool decreasing = lambda < serving + static_cast<double>(k) * theta;
        if (decreasing && next < maxLog - 60)  // the rest sums below e^-60 of the peak
            break;
    }
    if (logTail.size() >= kMaxTerms)
        return Error{ErrorCode::Unsupported, QStringLiteral("the queue is too long to sum (patience too long for this overload)"), {}};

    const double low = std::exp(logLow - maxLog);
    double high = 0;
    double queue = 0;
    for (std::size_t k = 0; k < logTail.size(); ++k) {
        const double w = std::exp(logTail[k] - maxLog);
        high += w;
        queue += static_cast<double>(k) * w;
    }
    const double total = low + high;
    const double meanQueue = queue / total;

    // Answered within T: no wait at all, or k ahead and through the queue in time and before
    // giving up (see erlang.h).
    double answeredInTime = low / total;
    const double x = std::exp(-theta * in.targetSeconds);
    const double alpha = serving / theta + 1;
    for (std::size_t k = 0; k < logTail.size(); ++k) {
        const double p = std::exp(logTail[k] - maxLog) / total;
        if (p < 1e-20)
            continue;
        const double kk = static_cast<double>(k);
        const double throughInTime = in.targetSeconds > 0 ? boost::math::ibetac(alpha, kk + 1, x) : 0.0;
        answeredInTime += p * serving / (serving + (kk + 1) * theta) * throughInTime;
    }

    QueueModelFigures f;
    f.offeredLoad = load;
    f.probabilityOfWaiting = high / total;
    f.averageSpeedOfAnswer = meanQueue / lambda;  // Little: mean time in queue of all arrivals
    f.probabilityOfAbandoning = theta * meanQueue / lambda;
    f.serviceLevel = answeredInTime;
    f.occupancy = load * (1 - *f.probabilityOfAbandoning) / in.agents;
    return f;
}

Result<StaffingFigures> Erlang::staff(QueueModelInput in, double target)
{
    if (!(target > 0) || !(target < 1))
        return Error::invalid(QStringLiteral("sl"), QStringLiteral("the service-level target must be a fraction between 0 and 1, like 0.8"));
    auto evaluate = [&](int agents) {
        in.agents = agents;
        return in.patienceSeconds ? a(in) : c(in);
    };
    in.agents = 1;
    if (auto first = evaluate(1); !first)
        return first.error();
    // The service level grows with the number of agents: double, then bisect.
    int lo = 0;  // known too few (0 agents serve nobody)
    int hi = 1;
    while (true) {
        auto r = evaluate(hi);
        if (!r)
            return r.error();
        if (r->stable && r->serviceLevel >= target)
            break;
        lo = hi;
        if (hi >= kMaxAgents)
            return Error{ErrorCode::Unsupported, QStringLiteral("more than %1 agents would be needed").arg(kMaxAgents), {}};
        hi = std::min(hi * 2, kMaxAgents);
    }
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        auto r = evaluate(mid);
        if (!r)
            return r.error();
        if (r->stable && r->serviceLevel >= target)
            hi = mid;
        else
            lo = mid;
    }
    auto r = evaluate(hi);
    if (!r)
        return r.error();
    return StaffingFigures{hi, r.value()};
}

}  // namespace baton::core
