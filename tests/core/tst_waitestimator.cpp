// The queue-length (Ibrahim & Whitt) estimator, its online learning, and the baseline.
#include "waitestimator.h"

#include <QTest>

#include <cmath>

using namespace baton::core;
using namespace std::chrono_literals;

class TestWaitEstimator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutAbandonmentIsPositionOverServiceRate_data();
    void withoutAbandonmentIsPositionOverServiceRate();
    void withAbandonmentIsTheHarmonicSum();
    void longQueuesUseTheIntegralWithinTolerance();
    void unknownWithoutServers();
    void learnsServiceAndAbandonmentRates();
    void runningAverageIsTheMeanOfTheLastWindow();
    void learnsTheQueuesOwnServiceRate();
    void freeAgentsAbsorbContactsAhead();
};

void TestWaitEstimator::withoutAbandonmentIsPositionOverServiceRate_data()
{
    QTest::addColumn<long long>("ahead");
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("aht");
    QTest::newRow("first, 1 agent") << 0LL << 1 << 180.0;
    QTest::newRow("5 ahead, 10 agents") << 5LL << 10 << 180.0;
    QTest::newRow("100 ahead, 3 agents") << 100LL << 3 << 60.0;
}

void TestWaitEstimator::withoutAbandonmentIsPositionOverServiceRate()
{
    QFETCH(long long, ahead);
    QFETCH(int, servers);
    QFETCH(double, aht);
    // E[W | n ahead] = (n + 1) / (s μ)
    const double expected = static_cast<double>(ahead + 1) * aht / servers;
    const auto got = QueueLengthEstimator::estimate(ahead, servers, 1.0 / aht, 0.0);
    QVERIFY(got);
    QVERIFY(std::abs(static_cast<double>(got->count()) / 1000.0 - expected) < 0.001);
}

void TestWaitEstimator::withAbandonmentIsTheHarmonicSum()
{
    const double mu = 1.0 / 200;
    const double theta = 1.0 / 120;
    const int s = 4;
    // n = 2 ahead: 1/(4μ) + 1/(4μ + θ) + 1/(4μ + 2θ)
    const double expected = 1 / (s * mu) + 1 / (s * mu + theta) + 1 / (s * mu + 2 * theta);
    const auto got = QueueLengthEstimator::estimate(2, s, mu, theta);
    QVERIFY(std::abs(static_cast<double>(got->count()) / 1000.0 - expected) < 0.001);
    // Abandonment ahead of you makes your wait shorter than without it.
    QVERIFY(*got < *QueueLengthEstimator::estimate(2, s, mu, 0.0));
}

void TestWaitEstimator::longQueuesUseTheIntegralWithinTolerance()
{
    const double mu = 1.0 / 180;
    const double theta = 1.0 / 300;
    for (long long n : {300LL, 2000LL, 20000LL}) {
        double exact = 0;
        for (long long i = 0; i <= n; ++i)
            exact += 1.0 / (10 * mu + static_cast<double>(i) * theta);
        const double got = static_cast<double>(QueueLengthEstimator::estimate(n, 10, mu, theta)->count()) / 1000.0;
        QVERIFY2(std::abs(got - exact) / exact < 1e-4, qPrintable(QStringLiteral("n=%1 got %2 exact %3").arg(n).arg(got).arg(exact)));
    }
}

void TestWaitEstimator::unknownWithoutServers()
{
    QVERIFY(!QueueLengthEstimator::estimate(3, 0, 0.01, 0.0));
    RunningAverageEstimator baseline(10);
    QVERIFY(!baseline.estimate());
}

void TestWaitEstimator::learnsServiceAndAbandonmentRates()
{
    QueueLengthEstimator e(180s, 20, 100);
    QCOMPARE(e.serviceRatePerSecond(), 1.0 / 180);
    for (int i = 0; i < 10; ++i)
        e.recordHandleTime(60s);  // as many as the prior's weight: half way, 120 s
    QVERIFY(std::abs(e.serviceRatePerSecond() - 1.0 / 120) < 1e-12);
    for (int i = 0; i < 20; ++i)
        e.recordHandleTime(90s);  // the window (20) now holds only these: (10·180 + 20·90) / 30
    QVERIFY(std::abs(e.serviceRatePerSecond() - 30.0 / 3600) < 1e-12);
    QCOMPARE(e.abandonRatePerSecond(), 0.0);
    // 2 abandonments over 100 s of waiting in all: θ = 0.02 /s
    e.recordWait(30s, false);
    e.recordWait(30s, true);
    e.recordWait(40s, true);
    QVERIFY(std::abs(e.abandonRatePerSecond() - 0.02) < 1e-12);
}

void TestWaitEstimator::runningAverageIsTheMeanOfTheLastWindow()
{
    RunningAverageEstimator b(3);
    b.recordAnsweredWait(10s);
    b.recordAnsweredWait(20s);
    QCOMPARE(*b.estimate(), Duration(15s));
    b.recordAnsweredWait(30s);
    b.recordAnsweredWait(40s);  // 10 s falls out of the window
    QCOMPARE(*b.estimate(), Duration(30s));
}

void TestWaitEstimator::learnsTheQueuesOwnServiceRate()
{
    QueueLengthEstimator e(180s, 500, 500);
    // No observations: the model's sμ (10 slots × 1/180 s).
    QVERIFY(std::abs(e.queueServiceRate(10) - 10.0 / 180) < 1e-12);
    // Overflow helps: the queue is emptied at 0.1/s, not 0.0556/s, for an hour.
    TimePoint t{};
    e.observeQueue(t, true);
    for (int i = 0; i < 360; ++i) {
        t += 10s;
        e.recordDeparture(t);
    }
    e.observeQueue(t, false);
    const double learnt = e.queueServiceRate(10);
    QVERIFY2(learnt > 0.09 && learnt < 0.1, qPrintable(QString::number(learnt)));
    // Time with an empty queue teaches nothing about the rate.
    e.observeQueue(t + 2h, false);
    QVERIFY(std::abs(e.queueServiceRate(10) - learnt) < 0.01);
    // And the estimate uses it: 9 ahead at 0.1/s is about 100 s, not 180 s.
    const auto wait = e.estimate(9, 10, 0);
    QVERIFY2(*wait > 95s && *wait < 115s, qPrintable(QString::number(wait->count())));
}

void TestWaitEstimator::freeAgentsAbsorbContactsAhead()
{
    QueueLengthEstimator e(180s, 500, 500);
    e.recordAnswerTime(4s);
    e.recordAnswerTime(6s);
    QCOMPARE(*e.estimate(2, 10, 3), Duration(5s));   // a free agent will take it: only the answer time
    QVERIFY(*e.estimate(3, 10, 3) > 5s);             // the 4th in line waits for a departure
    QVERIFY(!e.estimate(0, 0, 0));                   // nobody serves this channel
}

QTEST_GUILESS_MAIN(TestWaitEstimator)
#include "tst_waitestimator.moc"
