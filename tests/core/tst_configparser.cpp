// Site configuration from JSON: the demo site loads; bad input is rejected whole, naming the
// field and what is wrong.
#include "configparser.h"
#include "router.h"

#include <QFile>
#include <QTest>

using namespace baton::core;

class TestConfigParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoSiteLoads();
    void minimalSiteGetsDefaults();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void acceptsChineseEverywhere();
    void readsAnExperimentAndRuleVariants();

private:
    static QByteArray minimal(const QByteArray &extra = {})
    {
        return QByteArrayLiteral(R"({"groups": [{"id": "g"}, {"id": "h"}])") + extra + QByteArrayLiteral("}");
    }
};

void TestConfigParser::demoSiteLoads()
{
    QFile file(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto config = ConfigParser::parse(file.readAll());
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QVERIFY(config->groups.size() >= 4);
    QVERIFY(config->agents.size() >= 10);
    QVERIFY(!config->rules.isEmpty());
    QCOMPARE(config->timeZone.id(), QByteArrayLiteral("Asia/Shanghai"));
    QVERIFY(config->calendar(config->defaultCalendar));
    // National Day 2026 is a holiday in the demo calendar.
    QVERIFY(config->calendar(config->defaultCalendar)->isHoliday(QDate(2026, 10, 1)));
    ManualClock clock;
    QVERIFY(Router::create(clock, config.value()).ok());
}

void TestConfigParser::minimalSiteGetsDefaults()
{
    const auto config = ConfigParser::parse(minimal());
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QCOMPARE(config->defaultRoute.targets, QList<GroupId>{GroupId(QStringLiteral("g"))});
    QCOMPARE(config->groups[0].name, QStringLiteral("g"));
    QCOMPARE(config->groups[0].alertWait, Duration(std::chrono::minutes(5)));
    QCOMPARE(config->offers.acceptTimeout, Duration(std::chrono::seconds(15)));
    QCOMPARE(config->vip.source, VipSource::Attribute);
}

void TestConfigParser::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArrayLiteral("{\n\"groups\": [\n}") << QString() << QStringLiteral("not valid JSON at line 3");
    QTest::newRow("not an object") << QByteArrayLiteral("[1, 2]") << QString() << QStringLiteral("must be an object");
    QTest::newRow("no groups") << QByteArrayLiteral(R"({"groups": []})") << QStringLiteral("groups") << QStringLiteral("at least one skill group");
    QTest::newRow("unknown root key") << minimal(R"(, "rule": [])") << QStringLiteral("rule") << QStringLiteral("unknown field");
    QTest::newRow("unknown group key") << QByteArrayLiteral(R"({"groups": [{"id": "g", "stratgy": "roundRobin"}]})")
                                       << QStringLiteral("groups[0].stratgy") << QStringLiteral("unknown field");
    QTest::newRow("wrong type") << QByteArrayLiteral(R"({"groups": [{"id": 7}]})") << QStringLiteral("groups[0].id") << QStringLiteral("must be a string");
    QTest::newRow("bad strategy") << QByteArrayLiteral(R"({"groups": [{"id": "g", "strategy": "random"}]})")
                                  << QStringLiteral("groups[0].strategy") << QStringLiteral("'random' is not one of");
    QTest::newRow("duplicate group") << QByteArrayLiteral(R"({"groups": [{"id": "g"}, {"id": "g"}]})")
                                     << QStringLiteral("groups[1].id") << QStringLiteral("defined twice");
    QTest::newRow("unknown group in rule") << minimal(R"(, "rules": [{"id": "r", "action": {"targets": ["售后"]}}])")
                                           << QStringLiteral("rules[0].action.targets[0]") << QStringLiteral("unknown group '售后'");
    QTest::newRow("level above 10") << minimal(R"(, "rules": [{"id": "r", "action": {"targets": ["g"], "vipLevel": 11}}])")
                                    << QStringLiteral("rules[0].action.vipLevel") << QStringLiteral("from 0 to 10");
    QTest::newRow("negative level") << minimal(R"(, "vip": {"attributeLevels": {"gold": -1}})")
                                    << QStringLiteral("vip.attributeLevels.gold") << QStringLiteral("from 0 to 10");
    QTest::newRow("overflow into itself") << QByteArrayLiteral(R"({"groups": [{"id": "g", "overflow": [{"group": "g", "afterSeconds": 5}]}]})")
                                          << QStringLiteral("groups[0].overflow[0].group") << QStringLiteral("into itself");
    QTest::newRow("agent in unknown group") << minimal(R"(, "agents": [{"id": "a", "groups": [{"group": "x", "proficiency": 5}]}])")
                                            << QStringLiteral("agents[0].groups[0]") << QStringLiteral("unknown group 'x'");
    QTest::newRow("proficiency 0") << minimal(R"(, "agents": [{"id": "a", "groups": [{"group": "g", "proficiency": 0}]}])")
                                   << QStringLiteral("agents[0].groups[0].proficiency") << QStringLiteral("from 1 to 10");
    QTest::newRow("unknown channel") << minimal(R"(, "agents": [{"id": "a", "capacity": {"fax": 1}}])")
                                     << QStringLiteral("agents[0].capacity.fax") << QStringLiteral("unknown field");
    QTest::newRow("overlapping hours") << minimal(R"(, "calendars": [{"id": "c", "weekly": {"mon": ["09:00-12:00", "11:00-18:00"]}}])")
                                       << QStringLiteral("calendars[0].weekly.mon") << QStringLiteral("overlap");
    QTest::newRow("overlapping holidays") << minimal(R"(, "calendars": [{"id": "c", "exceptions": [
        {"from": "2026-10-01", "to": "2026-10-07", "name": "国庆节"}, {"date": "2026-10-05", "name": "x"}]}])")
                                          << QStringLiteral("calendars[0].exceptions[1]") << QStringLiteral("overlaps '国庆节'");
    QTest::newRow("bad time window") << minimal(R"(, "calendars": [{"id": "c", "weekly": {"tue": ["9-18"]}}])")
                                     << QStringLiteral("calendars[0].weekly.tue[0]") << QStringLiteral("not a time window");
    QTest::newRow("bad date") << minimal(R"(, "calendars": [{"id": "c", "exceptions": [{"date": "2026-02-30"}]}])")
                              << QStringLiteral("calendars[0].exceptions[0].date") << QStringLiteral("not a date");
    QTest::newRow("unknown time zone") << minimal(R"(, "site": {"timeZone": "Mars/Olympus"})")
                                       << QStringLiteral("site.timeZone") << QStringLiteral("unknown time zone");
    QTest::newRow("unknown default calendar") << minimal(R"(, "site": {"defaultCalendar": "nope"})")
                                              << QStringLiteral("site.defaultCalendar") << QStringLiteral("unknown calendar");
    QTest::newRow("duplicate rule") << minimal(R"(, "rules": [{"id": "r", "action": {"targets": ["g"]}}, {"id": "r", "action": {"targets": ["h"]}}])")
                                    << QStringLiteral("rules[1].id") << QStringLiteral("defined twice");
    QTest::newRow("target twice") << minimal(R"(, "rules": [{"id": "r", "action": {"targets": ["g", "g"]}}])")
                                  << QStringLiteral("rules[0].action.targets[1]") << QStringLiteral("listed twice");
    QTest::newRow("level and minimum") << minimal(R"(, "rules": [{"id": "r", "action": {"targets": ["g"], "vipLevel": 3, "vipMinimum": 5}}])")
                                       << QStringLiteral("rules[0].action") << QStringLiteral("not both");
    QTest::newRow("date and range") << minimal(R"(, "calendars": [{"id": "c", "exceptions": [{"date": "2026-10-01", "to": "2026-10-03"}]}])")
                                    << QStringLiteral("calendars[0].exceptions[0]") << QStringLiteral("date or from/to");
    QTest::newRow("newer version") << minimal(R"(, "version": 2)") << QStringLiteral("version") << QStringLiteral("newer");
    QTest::newRow("negative seconds") << QByteArrayLiteral(R"({"groups": [{"id": "g", "wrapUpSeconds": -5}]})")
                                      << QStringLiteral("groups[0].wrapUpSeconds") << QStringLiteral("seconds from 0");
    QTest::newRow("in without values") << minimal(R"(, "rules": [{"id": "r", "match": {"attributes": [{"key": "level", "op": "in", "values": []}]}}])")
                                       << QStringLiteral("rules[0].match.attributes[0].values") << QStringLiteral("at least one");
    QTest::newRow("weekday") << minimal(R"(, "rules": [{"id": "r", "match": {"when": {"weekdays": ["funday"]}}}])")
                             << QStringLiteral("rules[0].match.when.weekdays[0]") << QStringLiteral("not a weekday");
    QTest::newRow("rule without action") << minimal(R"(, "rules": [{"id": "r"}])") << QStringLiteral("rules[0].action")
                                         << QStringLiteral("must be an object");

    // A/B experiments: the split and the rules of each variant.
    auto experiment = [](const char *variants, const char *more = "") {
        return QByteArrayLiteral(R"(, "experiment": {"id": "x", "variants": )") + QByteArray(variants) + QByteArrayLiteral("}") + QByteArray(more);
    };
    const char *ab = R"([{"id": "A", "share": 50}, {"id": "B", "share": 50}])";
    QTest::newRow("experiment not an object") << minimal(R"(, "experiment": [])") << QStringLiteral("experiment") << QStringLiteral("must be an object");
    QTest::newRow("experiment without id") << minimal(R"(, "experiment": {"variants": [{"id": "A", "share": 50}, {"id": "B", "share": 50}]})")
                                           << QStringLiteral("experiment.id") << QStringLiteral("must be a string");
    QTest::newRow("experiment blank id") << minimal(R"(, "experiment": {"id": " ", "variants": [{"id": "A", "share": 50}, {"id": "B", "share": 50}]})")
                                         << QStringLiteral("experiment.id") << QStringLiteral("must not be empty");
    QTest::newRow("experiment unknown key field") << minimal(R"(, "experiment": {"id": "x", "split": 5, "variants": []})")
                                                  << QStringLiteral("experiment.split") << QStringLiteral("unknown field");
    QTest::newRow("experiment bad key") << minimal(R"(, "experiment": {"id": "x", "key": "agent", "variants": []})")
                                        << QStringLiteral("experiment.key") << QStringLiteral("'agent' is not one of: customer, caller, contact");
    QTest::newRow("experiment without variants") << minimal(R"(, "experiment": {"id": "x"})") << QStringLiteral("experiment.variants")
                                                 << QStringLiteral("must be a list");
    QTest::newRow("one variant") << minimal(experiment(R"([{"id": "A", "share": 100}])")) << QStringLiteral("experiment.variants")
                                 << QStringLiteral("at least two variants");
    QTest::newRow("variant without share") << minimal(experiment(R"([{"id": "A"}, {"id": "B", "share": 100}])"))
                                           << QStringLiteral("experiment.variants[0].share") << QStringLiteral("must be a number");
    QTest::newRow("fractional share") << minimal(experiment(R"([{"id": "A", "share": 49.5}, {"id": "B", "share": 50.5}])"))
                                      << QStringLiteral("experiment.variants[0].share") << QStringLiteral("whole number from 0 to 100");
    QTest::newRow("share above 100") << minimal(experiment(R"([{"id": "A", "share": 150}, {"id": "B", "share": -50}])"))
                                     << QStringLiteral("experiment.variants[0].share") << QStringLiteral("whole number from 0 to 100");
    QTest::newRow("shares below 100") << minimal(experiment(R"([{"id": "A", "share": 50}, {"id": "B", "share": 40}])"))
                                      << QStringLiteral("experiment.variants") << QStringLiteral("add up to 90 %, not 100 %");
    QTest::newRow("shares above 100") << minimal(experiment(R"([{"id": "A", "share": 60}, {"id": "B", "share": 50}])"))
                                      << QStringLiteral("experiment.variants") << QStringLiteral("add up to 110 %");
    QTest::newRow("variant twice") << minimal(experiment(R"([{"id": "A", "share": 50}, {"id": "A", "share": 50}])"))
                                   << QStringLiteral("experiment.variants[1].id") << QStringLiteral("variant 'A' is defined twice");
    QTest::newRow("variant blank id") << minimal(experiment(R"([{"id": "", "share": 50}, {"id": "B", "share": 50}])"))
                                      << QStringLiteral("experiment.variants[0].id") << QStringLiteral("must not be empty");
    QTest::newRow("rule variant without experiment") << minimal(R"(, "rules": [{"id": "r", "variant": "B", "action": {"targets": ["g"]}}])")
                                                     << QStringLiteral("rules[0].variant") << QStringLiteral("needs an experiment");
    QTest::newRow("rule variant undeclared") << minimal(experiment(ab, R"(, "rules": [{"id": "r", "action": {}}, {"id": "s", "variant": "C", "action": {}}])"))
                                             << QStringLiteral("rules[1].variant") << QStringLiteral("unknown variant 'C' (the experiment has: A, B)");
    QTest::newRow("rule variant not a string") << minimal(experiment(ab, R"(, "rules": [{"id": "r", "variant": 1, "action": {}}])"))
                                               << QStringLiteral("rules[0].variant") << QStringLiteral("must be a string");
}

void TestConfigParser::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto config = ConfigParser::parse(json);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().field, field);
    QVERIFY2(config.error().message.contains(message), qPrintable(config.error().toString()));
    QCOMPARE(config.error().code, ErrorCode::InvalidArgument);
}

void TestConfigParser::acceptsChineseEverywhere()
{
    const QByteArray json = QStringLiteral(R"({
        "site": {"name": "示例客服中心 🎧", "timeZone": "Asia/Taipei"},
        "groups": [{"id": "售后", "name": "售後服務"}],
        "agents": [{"id": "張敏", "name": "張敏", "groups": ["售后"]}],
        "rules": [{"id": "掛失", "name": "掛失加急", "match": {"businesses": ["掛失"], "attributes": [{"key": "等级", "value": "金卡"}]},
                   "action": {"targets": ["售后"], "vipMinimum": 5}}]
    })").toUtf8();
    const auto config = ConfigParser::parse(json);
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QCOMPARE(config->name, QStringLiteral("示例客服中心 🎧"));
    QCOMPARE(config->rules[0].match.attributes[0].values.first(), QStringLiteral("金卡"));
    QCOMPARE(config->agents[0].groups[0].group, GroupId(QStringLiteral("售后")));
}

void TestConfigParser::readsAnExperimentAndRuleVariants()
{
    const auto config = ConfigParser::parse(minimal(R"(,
        "experiment": {"id": "vip-overflow-2026q4", "key": "caller",
                       "variants": [{"id": "A", "share": 30}, {"id": "B", "share": 70}]},
        "rules": [{"id": "b-overflow", "variant": "B", "action": {"targets": ["g"], "overflow": [{"group": "h", "afterSeconds": 10}]}},
                  {"id": "everyone", "action": {"targets": ["g"]}}])"));
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QVERIFY(config->experiment);
    QCOMPARE(config->experiment->id, QStringLiteral("vip-overflow-2026q4"));
    QCOMPARE(config->experiment->key, ExperimentKey::Caller);
    QCOMPARE(config->experiment->variants.size(), 2);
    QCOMPARE(config->experiment->variants[1].id, QStringLiteral("B"));
    QCOMPARE(config->experiment->variants[1].share, 70);
    QCOMPARE(config->rules[0].variant, QStringLiteral("B"));
    QVERIFY(config->rules[1].variant.isEmpty());

    // The key defaults to the customer; a variant may be switched off with share 0.
    const auto defaults = ConfigParser::parse(minimal(R"(, "experiment": {"id": "x", "variants": [
        {"id": "A", "share": 100}, {"id": "B", "share": 0}]})"));
    QVERIFY2(defaults.ok(), defaults.ok() ? "" : qPrintable(defaults.error().toString()));
    QCOMPARE(defaults->experiment->key, ExperimentKey::Customer);
    // No experiment block: none.
    QVERIFY(!ConfigParser::parse(minimal())->experiment);
}

QTEST_GUILESS_MAIN(TestConfigParser)
#include "tst_configparser.moc"
