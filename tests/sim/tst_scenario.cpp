// Scenario files: the demo traffic loads; bad input is rejected with the field's path.
#include "scenario.h"

#include <QFile>
#include <QTest>

using namespace baton::sim;

class TestScenario : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoTrafficLoads();
    void rejectsBadInput_data();
    void rejectsBadInput();

private:
    static QByteArray withEntry(const QByteArray &entry, const QByteArray &extra = {})
    {
        return QByteArrayLiteral(R"({"entries": [)") + entry + QByteArrayLiteral("]") + extra + QByteArrayLiteral("}");
    }
};

void TestScenario::demoTrafficLoads()
{
    QFile file(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/traffic.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto s = Scenario::parse(file.readAll(), QDir(QStringLiteral(BATON_SOURCE_DIR "/resources/demo")));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QCOMPARE(s->siteFile, QDir::cleanPath(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json")));
    QCOMPARE(s->entries.size(), 2);
    QCOMPARE(s->entries[0].hourlyRate[10], 150.0);
    QCOMPARE(s->entries[0].handle.kind, Distribution::Kind::LogNormal);
    QVERIFY(s->entries[0].patience);
    QCOMPARE(s->entries[1].handedOverFromBot, 0.5);
    QCOMPARE(s->agents.breakEveryMinutes, 120.0);
}

void TestScenario::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"name": "e", "ratePerHour": 10, "handle": {"meanSeconds": 100}})";
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"entries\": [") << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("no entries") << QByteArrayLiteral(R"({"entries": []})") << QStringLiteral("entries") << QStringLiteral("at least one entry");
    QTest::newRow("unknown key") << withEntry(ok, R"(, "agent": {})") << QStringLiteral("agent") << QStringLiteral("unknown field");
    QTest::newRow("no rate") << withEntry(R"({"name": "e", "handle": {"meanSeconds": 100}})") << QStringLiteral("entries[0]")
                             << QStringLiteral("either ratePerHour or hourlyRates");
    QTest::newRow("both rates") << withEntry(R"({"name": "e", "ratePerHour": 1, "hourlyRates": [], "handle": {"meanSeconds": 100}})")
                                << QStringLiteral("entries[0]") << QStringLiteral("either ratePerHour or hourlyRates");
    QTest::newRow("23 hours") << withEntry(R"({"name": "e", "hourlyRates": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1], "handle": {"meanSeconds": 100}})")
                              << QStringLiteral("entries[0].hourlyRates") << QStringLiteral("needs 24 values");
    QTest::newRow("negative rate") << withEntry(R"({"name": "e", "ratePerHour": -3, "handle": {"meanSeconds": 100}})")
                                   << QStringLiteral("entries[0].ratePerHour") << QStringLiteral("0 or more");
    QTest::newRow("bad distribution") << withEntry(R"({"name": "e", "ratePerHour": 1, "handle": {"distribution": "weibull", "meanSeconds": 100}})")
                                      << QStringLiteral("entries[0].handle.distribution") << QStringLiteral("'weibull' is not one of");
    QTest::newRow("lognormal without sd") << withEntry(R"({"name": "e", "ratePerHour": 1, "handle": {"distribution": "lognormal", "meanSeconds": 100}})")
                                          << QStringLiteral("entries[0].handle.sdSeconds") << QStringLiteral("must be a number");
    QTest::newRow("zero mean") << withEntry(R"({"name": "e", "ratePerHour": 1, "handle": {"meanSeconds": 0}})")
                               << QStringLiteral("entries[0].handle.meanSeconds") << QStringLiteral("above 0");
    QTest::newRow("negative weight") << withEntry(R"({"name": "e", "ratePerHour": 1, "handle": {"meanSeconds": 9}, "levels": {"gold": -1}})")
                                     << QStringLiteral("entries[0].levels.gold") << QStringLiteral("cannot be negative");
    QTest::newRow("bad channel") << withEntry(R"({"name": "e", "channel": "fax", "ratePerHour": 1, "handle": {"meanSeconds": 9}})")
                                 << QStringLiteral("entries[0].channel") << QStringLiteral("'fax' is not one of");
    QTest::newRow("probability") << withEntry(R"({"name": "e", "ratePerHour": 1, "handle": {"meanSeconds": 9}, "handedOverFromBot": 1.5})")
                                 << QStringLiteral("entries[0].handedOverFromBot") << QStringLiteral("probability");
    QTest::newRow("rates over 1") << withEntry(ok, R"(, "agents": {"declineRate": 0.6, "noAnswerRate": 0.6})")
                                  << QStringLiteral("agents") << QStringLiteral("more than 1");
    QTest::newRow("answer range") << withEntry(ok, R"(, "agents": {"answerSeconds": [9, 2]})")
                                  << QStringLiteral("agents.answerSeconds") << QStringLiteral("shortest ≤ longest");
    QTest::newRow("breaks") << withEntry(ok, R"(, "agents": {"breakEveryMinutes": 10, "breakMinutes": 15})")
                            << QStringLiteral("agents") << QStringLiteral("breakMinutes < breakEveryMinutes");
    QTest::newRow("bad start") << withEntry(ok, R"(, "start": "monday")") << QStringLiteral("start") << QStringLiteral("not a local date");
    QTest::newRow("newer") << withEntry(ok, R"(, "version": 3)") << QStringLiteral("version") << QStringLiteral("newer");
}

void TestScenario::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto s = Scenario::parse(json, QDir::current());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().toString()));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
