// Erlang C and Erlang A against independent computations: factorial / log-gamma sums for the
// stationary laws, and uniformization of the waiting customer's chain for the service level.
#include "erlang.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace baton::core;

namespace {

using Real = long double;

bool close(Real got, Real expected, Real relative)
{
    return std::fabs(got - expected) <= relative * std::fabs(expected) + 1e-300L;
}

Real logSumExp(const std::vector<Real> &logs)
{
    Real m = -INFINITY;
    for (Real l : logs)
        m = std::max(m, l);
    Real s = 0;
    for (Real l : logs)
        s += std::exp(l - m);
    return m + std::log(s);
}

struct Reference {
    Real pWait, asa, sl, pAbandon;
};

// Erlang C from the textbook formula with log-gamma terms.
Reference erlangC(Real ratePerHour, Real aht, int n, Real target)
{
    const Real a = ratePerHour / 3600 * aht;
    std::vector<Real> below;
    for (int k = 0; k < n; ++k)
        below.push_back(k * std::log(a) - std::lgamma(Real(k) + 1));
    const Real top = n * std::log(a) - std::lgamma(Real(n) + 1) + std::log(Real(n) / (n - a));
    std::vector<Real> all = below;
    all.push_back(top);
    const Real c = std::exp(top - logSumExp(all));
    return {c, c * aht / (n - a), 1 - c * std::exp(-(n - a) * target / aht), 0};
}

// P(a customer with k waiting ahead is served within T), by uniformization of its own chain:
// i ahead → i−1 at rate Nμ + iθ, gone at rate θ, served from 0 at rate Nμ.
Real servedWithin(int k, Real serving, Real theta, Real t)
{
    const Real rate = serving + (k + 1) * theta;
    std::vector<Real> p(static_cast<std::size_t>(k) + 1, 0);
    p[static_cast<std::size_t>(k)] = 1;  // index = number ahead
    Real served = 0;
    Real result = 0;
    Real poissonLog = -rate * t;  // log P(0 events)
    Real cumulative = 0;
    for (int m = 0; cumulative < 1 - 1e-17L && m < 100000; ++m) {
        const Real w = std::exp(poissonLog);
        result += w * served;
        cumulative += w;
        std::vector<Real> next(p.size(), 0);
        for (std::size_t i = 0; i < p.size(); ++i) {
            const Real advance = (serving + Real(i) * theta) / rate;
            const Real stay = 1 - (serving + Real(i + 1) * theta) / rate;
            next[i] += p[i] * stay;
            if (i == 0)
                served += p[i] * advance;
            else
                next[i - 1] += p[i] * advance;
        }
        p = next;
        poissonLog += std::log(rate * t) - std::log(Real(m) + 1);
    }
    return result;
}

Reference erlangA(Real ratePerHour, Real aht, int n, Real patience, Real target)
{
    const Real lambda = ratePerHour / 3600;
    const Real mu = 1 / aht;
    const Real theta = 1 / patience;
    const Real a = lambda / mu;
    std::vector<Real> logs;
    for (int j = 0; j <= n; ++j)
        logs.push_back(j * std::log(a) - std::lgamma(Real(j) + 1));
    std::vector<Real> tail{logs.back()};
    for (int k = 1; k < 20000; ++k)
        tail.push_back(tail.back() + std::log(lambda / (n * mu + k * theta)));
    std::vector<Real> all(logs.begin(), logs.end() - 1);
    all.insert(all.end(), tail.begin(), tail.end());
    const Real logTotal = logSumExp(all);
    Real pWait = 0;
    Real queue = 0;
    Real sl = 0;
    for (int j = 0; j < n; ++j)
        sl += std::exp(logs[static_cast<std::size_t>(j)] - logTotal);
    for (std::size_t k = 0; k < tail.size(); ++k) {
        const Real p = std::exp(tail[k] - logTotal);
        pWait += p;
        queue += Real(k) * p;
        if (p > 1e-22L)
            sl += p * servedWithin(static_cast<int>(k), n * mu, theta, target);
    }
    return {pWait, queue / lambda, sl, theta * queue / lambda};
}

}  // namespace

class TestErlang : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void erlangCMatchesTheTextbookFormula_data();
    void erlangCMatchesTheTextbookFormula();
    void erlangCIsStableAtTenThousandAgents();
    void erlangCUnstableWhenOverloaded();
    void erlangAMatchesIndependentComputation_data();
    void erlangAMatchesIndependentComputation();
    void erlangATendsToErlangCWithEndlessPatience();
    void erlangAIsStableAtTenThousandAgents();
    void staffingFindsTheFewestAgents();
    void rejectsBadInput();
};

void TestErlang::erlangCMatchesTheTextbookFormula_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("aht");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("target");
    QTest::newRow("200/h, 180 s, 12 agents") << 200.0 << 180.0 << 12 << 20.0;
    QTest::newRow("one agent") << 10.0 << 240.0 << 1 << 30.0;
    QTest::newRow("heavy") << 1000.0 << 300.0 << 85 << 20.0;
    QTest::newRow("light") << 30.0 << 60.0 << 40 << 10.0;
    QTest::newRow("no target") << 200.0 << 180.0 << 11 << 0.0;
}

void TestErlang::erlangCMatchesTheTextbookFormula()
{
    QFETCH(double, rate);
    QFETCH(double, aht);
    QFETCH(int, agents);
    QFETCH(double, target);
    const auto got = Erlang::c({rate, aht, agents, target, std::nullopt});
    QVERIFY(got.ok());
    const Reference ref = erlangC(rate, aht, agents, target);
    QVERIFY2(close(got->probabilityOfWaiting, ref.pWait, 1e-9), qPrintable(QString::number(got->probabilityOfWaiting, 'g', 17)));
    QVERIFY(close(*got->averageSpeedOfAnswer, ref.asa, 1e-9));
    QVERIFY(close(got->serviceLevel, ref.sl, 1e-9));
    QVERIFY(close(got->occupancy, rate / 3600 * aht / agents, 1e-12));
    QVERIFY(got->stable);
    QVERIFY(!got->probabilityOfAbandoning);
}

void TestErlang::erlangCIsStableAtTenThousandAgents()
{
    // 9,800 erlangs on 10,000 agents: factorials would overflow long before.
    const double rate = 9800.0 * 3600 / 180;
    const auto got = Erlang::c({rate, 180, 10000, 20, std::nullopt});
    QVERIFY(got.ok());
    const Reference ref = erlangC(rate, 180, 10000, 20);
    QVERIFY2(close(got->probabilityOfWaiting, ref.pWait, 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(got->probabilityOfWaiting).arg(double(ref.pWait))));
    QVERIFY(close(got->serviceLevel, ref.sl, 1e-9));
    QVERIFY(got->probabilityOfWaiting > 0 && got->probabilityOfWaiting < 1);
    // A light load on many agents: the waiting probability underflows gracefully to ~0.
    const auto light = Erlang::c({3600, 180, 10000, 20, std::nullopt});
    QVERIFY(light.ok());
    QVERIFY(light->probabilityOfWaiting >= 0 && light->probabilityOfWaiting < 1e-300);
    QCOMPARE(light->serviceLevel, 1.0);
}

void TestErlang::erlangCUnstableWhenOverloaded()
{
    const auto got = Erlang::c({240, 180, 12, 20, std::nullopt});  // 12 erlangs on 12 agents
    QVERIFY(got.ok());
    QVERIFY(!got->stable);
    QVERIFY(!got->averageSpeedOfAnswer);
    QCOMPARE(got->probabilityOfWaiting, 1.0);
    QCOMPARE(got->serviceLevel, 0.0);
}

void TestErlang::erlangAMatchesIndependentComputation_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("aht");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("patience");
    QTest::addColumn<double>("target");
    QTest::newRow("light, 5 agents") << 90.0 << 180.0 << 5 << 120.0 << 20.0;
    QTest::newRow("83 % load") << 200.0 << 180.0 << 12 << 300.0 << 20.0;
    QTest::newRow("overloaded 120 %") << 480.0 << 180.0 << 20 << 300.0 << 30.0;
    QTest::newRow("impatient") << 200.0 << 180.0 << 10 << 30.0 << 15.0;
    QTest::newRow("no target") << 200.0 << 180.0 << 10 << 100.0 << 0.0;
}

void TestErlang::erlangAMatchesIndependentComputation()
{
    QFETCH(double, rate);
    QFETCH(double, aht);
    QFETCH(int, agents);
    QFETCH(double, patience);
    QFETCH(double, target);
    const auto got = Erlang::a({rate, aht, agents, target, patience});
    QVERIFY(got.ok());
    const Reference ref = erlangA(rate, aht, agents, patience, target);
    QVERIFY2(close(got->probabilityOfWaiting, ref.pWait, 1e-9),
             qPrintable(QStringLiteral("p_wait %1 vs %2").arg(got->probabilityOfWaiting, 0, 'g', 15).arg(double(ref.pWait), 0, 'g', 15)));
    QVERIFY2(close(*got->averageSpeedOfAnswer, ref.asa, 1e-9),
             qPrintable(QStringLiteral("asa %1 vs %2").arg(*got->averageSpeedOfAnswer, 0, 'g', 15).arg(double(ref.asa), 0, 'g', 15)));
    QVERIFY(close(*got->probabilityOfAbandoning, ref.pAbandon, 1e-9));
    QVERIFY2(close(got->serviceLevel, ref.sl, 1e-9),
             qPrintable(QStringLiteral("sl %1 vs %2").arg(got->serviceLevel, 0, 'g', 15).arg(double(ref.sl), 0, 'g', 15)));
    QVERIFY(got->occupancy > 0 && got->occupancy <= 1);
}

void TestErlang::erlangATendsToErlangCWithEndlessPatience()
{
    const auto a = Erlang::a({200, 180, 12, 20, 1e9});
    const auto c = Erlang::c({200, 180, 12, 20, std::nullopt});
    QVERIFY(close(a->probabilityOfWaiting, c->probabilityOfWaiting, 1e-5));
    QVERIFY(close(*a->averageSpeedOfAnswer, *c->averageSpeedOfAnswer, 1e-4));
    QVERIFY(close(a->serviceLevel, c->serviceLevel, 1e-5));
    QVERIFY(*a->probabilityOfAbandoning < 1e-6);
}

void TestErlang::erlangAIsStableAtTenThousandAgents()
{
    // 120 % load on 10,000 agents with abandonment: a long, finite queue.
    const auto got = Erlang::a({12000.0 * 3600 / 180, 180, 10000, 20, 300});
    QVERIFY(got.ok());
    QVERIFY(got->probabilityOfWaiting > 0.99);
    // In heavy overload about 1 − 1/ρ of the arrivals abandon.
    QVERIFY2(std::abs(*got->probabilityOfAbandoning - (1 - 1 / 1.2)) < 0.01, qPrintable(QString::number(*got->probabilityOfAbandoning)));
    QVERIFY(got->occupancy > 0.99 && got->occupancy <= 1.0 + 1e-12);
}

void TestErlang::staffingFindsTheFewestAgents()
{
    const auto staffing = Erlang::staff({200, 180, 0, 20, std::nullopt}, 0.8);
    QVERIFY(staffing.ok());
    const int n = staffing->agents;
    QVERIFY(staffing->figures.serviceLevel >= 0.8);
    QVERIFY(Erlang::c({200, 180, n - 1, 20, std::nullopt})->serviceLevel < 0.8);
    const auto withPatience = Erlang::staff({200, 180, 0, 20, 120}, 0.8);
    QVERIFY(withPatience.ok());
    QVERIFY(withPatience->agents <= n);  // abandonment shortens the queue
    QVERIFY(Erlang::a({200, 180, withPatience->agents - 1, 20, 120})->serviceLevel < 0.8);
    const auto big = Erlang::staff({100000, 300, 0, 20, std::nullopt}, 0.9);
    QVERIFY(big.ok());
    QVERIFY(big->agents > 8333 && big->agents < 8600);
}

void TestErlang::rejectsBadInput()
{
    QCOMPARE(Erlang::c({0, 180, 10, 20, std::nullopt}).error().field, QStringLiteral("rate"));
    QCOMPARE(Erlang::c({100, -1, 10, 20, std::nullopt}).error().field, QStringLiteral("aht"));
    QCOMPARE(Erlang::c({100, 180, 0, 20, std::nullopt}).error().field, QStringLiteral("agents"));
    QCOMPARE(Erlang::c({100, 180, 10, -5, std::nullopt}).error().field, QStringLiteral("target"));
    QCOMPARE(Erlang::a({100, 180, 10, 20, std::nullopt}).error().field, QStringLiteral("patience"));
    QCOMPARE(Erlang::a({100, 180, 10, 20, 0.0}).error().field, QStringLiteral("patience"));
    QCOMPARE(Erlang::staff({100, 180, 0, 20, std::nullopt}, 1.0).error().field, QStringLiteral("sl"));
    QVERIFY(!Erlang::c({std::nan(""), 180, 10, 20, std::nullopt}));
}

QTEST_GUILESS_MAIN(TestErlang)
#include "tst_erlang.moc"
