#pragma once
// MmcSimulation: one skill group with exponential inter-arrival and handle times (and, with a
// patience, exponential patience) run through the real routing core on virtual time. Its
// measured figures must agree with Erlang C / Erlang A: the simulator's own correctness check.

#include "erlang.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace baton::sim {

struct MmcParameters {
    double arrivalsPerHour = 200;
    double handleSeconds = 180;
    int agents = 12;
    double targetSeconds = 20;
    std::optional<double> patienceSeconds;
    double hours = 1000;
    double warmupHours = 1;   // arrivals before this are not counted
    int batches = 20;         // for batch-means confidence intervals
    quint32 seed = 1;
};

// Accuracy of the waits told at arrival, over counted contacts that waited and were answered:
// RASE = √(mean squared error) ÷ mean actual wait (Ibrahim & Whitt's relative error).
struct WaitAccuracy {
    long long contacts = 0;
    double baton = 0;     // Baton's queue-length estimator
    double baseline = 0;  // the running average of past holds
};

struct MmcResult {
    core::QueueModelFigures figures;              // over all counted arrivals
    WaitAccuracy accuracy;
    std::vector<core::QueueModelFigures> batches; // the same per consecutive batch of time
    long long arrivals = 0;
    double wallSeconds = 0;
};

class MmcSimulation {
public:
    static core::Result<MmcResult> run(const MmcParameters &p);
};

}  // namespace baton::sim
