#pragma once
// Erlang C (M/M/N) and Erlang A (M/M/N+M) steady-state figures, and staffing to a service
// level. Used by baton-sim and by the supervisor's what-if panel.
//
// Numerically stable to many thousands of agents: the Erlang B recursion runs in the log
// domain (no factorials), queue-length tails are summed in log space, and Erlang A's service
// level is exact: for an arrival with k contacts waiting ahead, the time until it reaches an
// agent (ignoring its own patience) is a sum of exponentials with rates Nμ + iθ, whose law is
// that of −ln(Y)/θ with Y ~ Beta(Nμ/θ + 1, k + 1); so P(answered within T | k) =
// Nμ/(Nμ + (k+1)θ) · (1 − I_{e^{−θT}}(Nμ/θ + 1, k + 1)), with I the regularized incomplete beta.

#include "result.h"

#include <optional>

namespace baton::core {

struct QueueModelInput {
    double arrivalsPerHour = 0;
    double handleSeconds = 0;          // average handle time
    int agents = 0;
    double targetSeconds = 20;         // "answered within T"
    std::optional<double> patienceSeconds;  // Erlang A only: mean patience
};

struct QueueModelFigures {
    double offeredLoad = 0;            // erlangs: arrivals × handle time
    double probabilityOfWaiting = 0;   // an arrival finds every agent busy
    std::optional<double> averageSpeedOfAnswer;  // mean wait of all arrivals, s; nullopt when unbounded
    double serviceLevel = 0;           // fraction of all arrivals answered within T
    double occupancy = 0;              // fraction of agent time busy
    std::optional<double> probabilityOfAbandoning;  // Erlang A only
    bool stable = true;                // Erlang C: offered load below the number of agents
};

struct StaffingFigures {
    int agents = 0;
    QueueModelFigures figures;
};

class Erlang {
public:
    static Result<QueueModelFigures> c(const QueueModelInput &in);
    static Result<QueueModelFigures> a(const QueueModelInput &in);
    // The fewest agents whose service level reaches `target` (0–1); Erlang A when the input has
    // a patience, else Erlang C.
    static Result<StaffingFigures> staff(QueueModelInput in, double target);

    // log(1 / ErlangB(agents, load)), by the stable recursion.
    static double logInverseErlangB(int agents, double load);

    static constexpr int kMaxAgents = 100000;
};

}  // namespace baton::core
