// The simulator's own correctness check: one M/M/c(+M) group through the real routing core
// must reproduce Erlang C / Erlang A. Agreement is judged with batch means: the simulated
// figure must lie within 4 standard errors of the exact one (for 20 batches, a false alarm
// about once in 1,000 runs; each seed is fixed, so a run either always passes or always fails).
#include "erlang.h"
#include "mmcsimulation.h"

#include <QTest>

#include <cmath>

using namespace baton::core;
using namespace baton::sim;

namespace {

struct Spread {
    double mean;
    double standardError;
};

template <typename F>
Spread batchMeans(const MmcResult &r, F figure)
{
    double sum = 0;
    for (const auto &b : r.batches)
        sum += figure(b);
    const double n = static_cast<double>(r.batches.size());
    const double mean = sum / n;
    double squares = 0;
    for (const auto &b : r.batches)
        squares += (figure(b) - mean) * (figure(b) - mean);
    return {mean, std::sqrt(squares / (n - 1) / n)};
}

}  // namespace

class TestMmcSimulation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithErlangC();
    void agreesWithErlangA();
    void queueLengthEstimatorBeatsTheRunningAverage();
    void sameSeedSameResult();
    void rejectsBadParameters();

private:
    static void compare(const MmcResult &r, const QueueModelFigures &exact, bool abandonment)
    {
        struct Check {
            const char *name;
            double exact;
            std::function<double(const QueueModelFigures &)> figure;
        };
        std::vector<Check> checks{
            {"p_wait", exact.probabilityOfWaiting, [](const auto &f) { return f.probabilityOfWaiting; }},
            {"asa_s", *exact.averageSpeedOfAnswer, [](const auto &f) { return *f.averageSpeedOfAnswer; }},
            {"service_level", exact.serviceLevel, [](const auto &f) { return f.serviceLevel; }},
        };
        if (abandonment)
            checks.push_back({"p_abandon", *exact.probabilityOfAbandoning, [](const auto &f) { return *f.probabilityOfAbandoning; }});
        for (const auto &c : checks) {
            const Spread s = batchMeans(r, c.figure);
            QVERIFY2(std::abs(s.mean - c.exact) <= 4 * s.standardError,
                     qPrintable(QStringLiteral("%1: simulated %2 ± %3, exact %4").arg(QLatin1String(c.name)).arg(s.mean)
                                    .arg(s.standardError).arg(c.exact)));
            QVERIFY2(s.standardError < 0.05 * c.exact, "the run is too short to say anything");
        }
        QVERIFY(std::abs(r.figures.occupancy - exact.occupancy) < 0.01);
    }
};

void TestMmcSimulation::agreesWithErlangC()
{
    MmcParameters p;
    p.arrivalsPerHour = 200;
    p.handleSeconds = 180;
    p.agents = 12;
    p.hours = 1500;
    p.seed = 11;
    const auto r = MmcSimulation::run(p);
    QVERIFY(r.ok());
    QVERIFY(r->arrivals > 250000);
    compare(r.value(), Erlang::c({200, 180, 12, 20, std::nullopt}).value(), false);
}

void TestMmcSimulation::agreesWithErlangA()
{
    MmcParameters p;
    p.arrivalsPerHour = 240;  // 12 erlangs on 11 agents: overloaded, held by abandonment
    p.handleSeconds = 180;
    p.agents = 11;
    p.patienceSeconds = 240;
    p.hours = 1000;
    p.seed = 12;
    const auto r = MmcSimulation::run(p);
    QVERIFY(r.ok());
    compare(r.value(), Erlang::a({240, 180, 11, 20, 240.0}).value(), true);
}

void TestMmcSimulation::queueLengthEstimatorBeatsTheRunningAverage()
{
    // 95 % load: what Baton tells a waiting customer is much closer to what follows than the
    // average of recent holds (docs/PERFORMANCE.md has the full table).
    MmcParameters p;
    p.arrivalsPerHour = 228;
    p.agents = 12;
    p.hours = 600;
    p.seed = 21;
    const auto r = MmcSimulation::run(p);
    QVERIFY(r.ok());
    QVERIFY(r->accuracy.contacts > 50000);
    QVERIFY2(r->accuracy.baton < 0.75 * r->accuracy.baseline,
             qPrintable(QStringLiteral("RASE %1 vs baseline %2").arg(r->accuracy.baton).arg(r->accuracy.baseline)));
    QVERIFY(r->accuracy.baton > 0.1);  // a wait is never known exactly: an estimate this good would be a bug
}

void TestMmcSimulation::sameSeedSameResult()
{
    MmcParameters p;
    p.hours = 50;
    p.patienceSeconds = 300;
    const auto a = MmcSimulation::run(p);
    const auto b = MmcSimulation::run(p);
    QCOMPARE(a->arrivals, b->arrivals);
    QCOMPARE(*a->figures.averageSpeedOfAnswer, *b->figures.averageSpeedOfAnswer);
    QCOMPARE(a->figures.serviceLevel, b->figures.serviceLevel);
    QCOMPARE(*a->figures.probabilityOfAbandoning, *b->figures.probabilityOfAbandoning);
    p.seed = 2;
    const auto c = MmcSimulation::run(p);
    QVERIFY(c->arrivals != a->arrivals || c->figures.serviceLevel != a->figures.serviceLevel);
}

void TestMmcSimulation::rejectsBadParameters()
{
    MmcParameters p;
    p.agents = 0;
    QCOMPARE(MmcSimulation::run(p).error().field, QStringLiteral("agents"));
    p = {};
    p.hours = 0.5;  // shorter than the warm-up
    QCOMPARE(MmcSimulation::run(p).error().field, QStringLiteral("hours"));
    p = {};
    p.patienceSeconds = -1;
    QCOMPARE(MmcSimulation::run(p).error().field, QStringLiteral("patience"));
}

QTEST_GUILESS_MAIN(TestMmcSimulation)
#include "tst_mmcsimulation.moc"
