// Rules by who / what / when / where / how, VIP sources, reception modes and after-hours.
#include "experiment.h"
#include "ruleengine.h"
#include "sitebuilder.h"

#include <QSet>
#include <QTest>

#include <cstdlib>

using namespace baton::core;
using namespace baton::test;

class TestRuleEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesEachDimension_data();
    void matchesEachDimension();
    void firstMatchingEnabledRuleWins();
    void vipLevelSources_data();
    void vipLevelSources();
    void ruleSetsOrRaisesTheLevel();
    void receptionModes_data();
    void receptionModes();
    void afterHoursUsesTheHomeGroupCalendar();
    void experimentHashIsFixed();
    void splitFollowsTheShares_data();
    void splitFollowsTheShares();
    void sameCustomerSameVariantNewIdReshuffles();
    void splitKeyFallsBack();
    void variantRulesMatchOnlyTheirVariant();

private:
    static Experiment experiment(const QString &id, int shareA, ExperimentKey key = ExperimentKey::Customer);
    static ContactRequest customer(int id);
    static SiteConfig site();
    static ContactRequest request(const QString &business = {});
};

SiteConfig TestRuleEngine::site()
{
    SiteBuilder b;
    b.group(QStringLiteral("general")).group(QStringLiteral("vip")).group(QStringLiteral("night"));
    auto &c = b.config();
    Calendar business;
    business.id = QStringLiteral("business");
    business.zone = c.timeZone;
    for (int d = 0; d < 5; ++d)
        business.weekly[d] = {*TimeWindow::parse(QStringLiteral("09:00-18:00"))};
    business.exceptions.append(CalendarException{QDate(2026, 10, 1), QDate(2026, 10, 7), QStringLiteral("国庆节"), {}, true});
    c.calendars = {business, Calendar::alwaysOpen(QStringLiteral("always"), c.timeZone)};
    c.defaultCalendar = QStringLiteral("business");
    c.groups[2].calendar = QStringLiteral("always");
    return b.build();
}

ContactRequest TestRuleEngine::request(const QString &business)
{
    ContactRequest r;
    r.business = business;
    return r;
}

void TestRuleEngine::matchesEachDimension_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<ContactRequest>("contact");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("matches");

    const QDateTime tueMorning(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);   // 10:00 local
    const QDateTime tueNight(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);    // 22:00 local
    const QDateTime holiday(QDate(2026, 10, 2), QTime(2, 0), Qt::UTC);

    auto withAttr = [](AttributeCondition::Op op, QStringList values, double number = 0) {
        Rule r;
        r.id = QStringLiteral("r");
        r.match.attributes = {AttributeCondition{QStringLiteral("level"), op, std::move(values), number}};
        return r;
    };
    ContactRequest gold = request();
    gold.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("gold"));
    ContactRequest five = request();
    five.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("5"));
    using Op = AttributeCondition::Op;
    QTest::newRow("equals") << withAttr(Op::Equals, {QStringLiteral("gold")}) << gold << tueMorning << true;
    QTest::newRow("equals other") << withAttr(Op::Equals, {QStringLiteral("silver")}) << gold << tueMorning << false;
    QTest::newRow("notEquals missing") << withAttr(Op::NotEquals, {QStringLiteral("gold")}) << request() << tueMorning << true;
    QTest::newRow("in") << withAttr(Op::In, {QStringLiteral("gold"), QStringLiteral("platinum")}) << gold << tueMorning << true;
    QTest::newRow("notIn") << withAttr(Op::NotIn, {QStringLiteral("gold")}) << gold << tueMorning << false;
    QTest::newRow("exists") << withAttr(Op::Exists, {}) << gold << tueMorning << true;
    QTest::newRow("missing") << withAttr(Op::Missing, {}) << gold << tueMorning << false;
    QTest::newRow("atLeast") << withAttr(Op::AtLeast, {}, 5) << five << tueMorning << true;
    QTest::newRow("atMost") << withAttr(Op::AtMost, {}, 4) << five << tueMorning << false;
    QTest::newRow("atLeast non-numeric") << withAttr(Op::AtLeast, {}, 1) << gold << tueMorning << false;
    QTest::newRow("contains CJK") << withAttr(Op::Contains, {QStringLiteral("金")}) << [] {
        ContactRequest r;
        r.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("白金卡"));
        return r;
    }() << tueMorning << true;

    Rule tags;
    tags.id = QStringLiteral("tags");
    tags.match.tagsAny = {QStringLiteral("投诉倾向"), QStringLiteral("老客户")};
    ContactRequest tagged = request();
    tagged.customer.tags = {QStringLiteral("老客户")};
    QTest::newRow("tag any") << tags << tagged << tueMorning << true;
    QTest::newRow("tag none") << tags << request() << tueMorning << false;

    Rule biz;
    biz.id = QStringLiteral("biz");
    biz.match.businesses = {QStringLiteral("card_loss")};
    QTest::newRow("business") << biz << request(QStringLiteral("card_loss")) << tueMorning << true;
    QTest::newRow("other business") << biz << request(QStringLiteral("sales")) << tueMorning << false;

    Rule how;
    how.id = QStringLiteral("how");
    how.match.channels = {Channel::Chat, Channel::App};
    ContactRequest chat = request();
    chat.channel = Channel::Chat;
    QTest::newRow("channel") << how << chat << tueMorning << true;
    QTest::newRow("other channel") << how << request() << tueMorning << false;

    Rule where;
    where.id = QStringLiteral("where");
    where.match.regions = {QStringLiteral("HK")};
    where.match.entryPoints = {QStringLiteral("app")};
    where.match.parameters.insert(QStringLiteral("campaign"), QStringLiteral("*"));
    ContactRequest fromApp = request();
    fromApp.region = QStringLiteral("HK");
    fromApp.entryPoint = QStringLiteral("app");
    fromApp.entryParameters.insert(QStringLiteral("campaign"), QStringLiteral("双十一"));
    QTest::newRow("where all") << where << fromApp << tueMorning << true;
    ContactRequest noCampaign = fromApp;
    noCampaign.entryParameters.clear();
    QTest::newRow("where parameter missing") << where << noCampaign << tueMorning << false;

    Rule when;
    when.id = QStringLiteral("when");
    when.match.when = TimeCondition{QString(), false, std::nullopt, {}, {}};
    QTest::newRow("closed at night") << when << request() << tueNight << true;
    QTest::newRow("not closed in the morning") << when << request() << tueMorning << false;
    Rule onHoliday;
    onHoliday.id = QStringLiteral("holiday");
    onHoliday.match.when = TimeCondition{QString(), std::nullopt, true, {}, {}};
    QTest::newRow("holiday") << onHoliday << request() << holiday << true;
    QTest::newRow("not holiday") << onHoliday << request() << tueMorning << false;
    Rule evening;
    evening.id = QStringLiteral("evening");
    evening.match.when = TimeCondition{QString(), std::nullopt, std::nullopt, {2}, {*TimeWindow::parse(QStringLiteral("18:00-23:00"))}};
    QTest::newRow("Tuesday evening") << evening << request() << tueNight << true;
    QTest::newRow("Tuesday morning") << evening << request() << tueMorning << false;
}

void TestRuleEngine::matchesEachDimension()
{
    QFETCH(Rule, rule);
    QFETCH(ContactRequest, contact);
    QFETCH(QDateTime, at);
    QFETCH(bool, matches);
    const SiteConfig config = site();
    const RuleEngine engine(config);
    QCOMPARE(engine.matches(rule, contact, at), matches);
}

void TestRuleEngine::firstMatchingEnabledRuleWins()
{
    SiteConfig config = site();
    Rule disabled;
    disabled.id = QStringLiteral("off");
    disabled.enabled = false;
    disabled.action.targets = {GroupId(QStringLiteral("night"))};
    Rule first;
    first.id = QStringLiteral("first");
    first.match.businesses = {QStringLiteral("x")};
    first.action.targets = {GroupId(QStringLiteral("vip"))};
    Rule second = first;
    second.id = QStringLiteral("second");
    second.action.targets = {GroupId(QStringLiteral("general"))};
    config.rules = {disabled, first, second};
    const RuleEngine engine(config);
    const QDateTime at(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    const RoutingPlan plan = engine.plan(request(QStringLiteral("x")), at);
    QCOMPARE(plan.ruleId, QStringLiteral("first"));
    QCOMPARE(plan.targets, QList<GroupId>{GroupId(QStringLiteral("vip"))});
    const RoutingPlan none = engine.plan(request(QStringLiteral("y")), at);
    QVERIFY(none.ruleId.isEmpty());
    QCOMPARE(none.targets, QList<GroupId>{GroupId(QStringLiteral("general"))});
    QVERIFY(none.trace.toText().startsWith(QStringLiteral("no rule matched, default route")));
}

void TestRuleEngine::vipLevelSources_data()
{
    QTest::addColumn<VipSource>("source");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("trace");
    const QString none;
    QTest::newRow("attribute mapped") << VipSource::Attribute << QStringLiteral("gold") << none << 6 << QStringLiteral("VIP 6 from attribute level=gold");
    QTest::newRow("attribute numeric") << VipSource::Attribute << QStringLiteral("4") << QStringLiteral("9") << 4 << QStringLiteral("VIP 4 from attribute level=4");
    QTest::newRow("attribute unknown value") << VipSource::Attribute << QStringLiteral("bronze") << none << 0 << QStringLiteral("VIP 0 (no level given)");
    QTest::newRow("parameter") << VipSource::Parameter << QStringLiteral("gold") << QStringLiteral("9") << 9 << QStringLiteral("VIP 9 from entry parameter vip=9");
    QTest::newRow("parameter absent") << VipSource::Parameter << QStringLiteral("gold") << none << 0 << QStringLiteral("VIP 0 (no level given)");
    QTest::newRow("combined, parameter wins") << VipSource::Combined << QStringLiteral("gold") << QStringLiteral("2") << 2 << QStringLiteral("VIP 2 from entry parameter vip=2");
    QTest::newRow("combined, falls back") << VipSource::Combined << QStringLiteral("gold") << none << 6 << QStringLiteral("VIP 6 from attribute level=gold");
    QTest::newRow("combined, bad parameter") << VipSource::Combined << QStringLiteral("gold") << QStringLiteral("11") << 6
                                            << QStringLiteral("entry parameter vip=11 is not a level 0–10, ignored; VIP 6 from attribute level=gold");
}

void TestRuleEngine::vipLevelSources()
{
    QFETCH(VipSource, source);
    QFETCH(QString, attribute);
    QFETCH(QString, parameter);
    QFETCH(int, level);
    QFETCH(QString, trace);
    SiteConfig config = site();
    config.vip.source = source;
    config.vip.attributeLevels = {{QStringLiteral("silver"), 3}, {QStringLiteral("gold"), 6}};
    const RuleEngine engine(config);
    ContactRequest r = request();
    r.customer.attributes.insert(QStringLiteral("level"), attribute);
    if (!parameter.isEmpty())
        r.entryParameters.insert(QStringLiteral("vip"), parameter);
    DecisionTrace t;
    QCOMPARE(engine.vipLevel(r, t), level);
    QCOMPARE(t.toText(), trace);
}

void TestRuleEngine::ruleSetsOrRaisesTheLevel()
{
    SiteConfig config = site();
    Rule raise;
    raise.id = QStringLiteral("card_loss");
    raise.name = QStringLiteral("挂失加急");
    raise.match.businesses = {QStringLiteral("card_loss")};
    raise.action.vipMinimum = 5;
    config.rules = {raise};
    const RuleEngine engine(config);
    const QDateTime at(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    ContactRequest r = request(QStringLiteral("card_loss"));
    RoutingPlan p = engine.plan(r, at);
    QCOMPARE(p.vipLevel, 5);
    QVERIFY(p.trace.toText().contains(QStringLiteral("VIP raised to 5 by rule \"挂失加急\"")));
    r.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("8"));
    QCOMPARE(engine.plan(r, at).vipLevel, 8);  // a minimum never lowers
}

void TestRuleEngine::receptionModes_data()
{
    QTest::addColumn<ReceptionMode>("mode");
    QTest::addColumn<bool>("fromBot");
    QTest::addColumn<bool>("night");
    QTest::addColumn<FallbackAction>("afterHours");
    QTest::addColumn<int>("outcome");
    using O = RoutingPlan::Outcome;
    QTest::newRow("bot-first, fresh") << ReceptionMode::BotFirst << false << false << FallbackAction::Callback << int(O::Bot);
    QTest::newRow("bot-first, handed over") << ReceptionMode::BotFirst << true << false << FallbackAction::Callback << int(O::Queue);
    QTest::newRow("human-first") << ReceptionMode::HumanFirst << false << false << FallbackAction::Callback << int(O::Queue);
    QTest::newRow("bot-only even from bot") << ReceptionMode::BotOnly << true << false << FallbackAction::Callback << int(O::Bot);
    QTest::newRow("human-only") << ReceptionMode::HumanOnly << false << false << FallbackAction::Bot << int(O::Queue);
    QTest::newRow("human-first at night, bot") << ReceptionMode::HumanFirst << false << true << FallbackAction::Bot << int(O::Bot);
    QTest::newRow("human-first at night, callback") << ReceptionMode::HumanFirst << false << true << FallbackAction::Callback << int(O::AfterHours);
    QTest::newRow("human-only at night never bot") << ReceptionMode::HumanOnly << false << true << FallbackAction::Bot << int(O::AfterHours);
}

void TestRuleEngine::receptionModes()
{
    QFETCH(ReceptionMode, mode);
    QFETCH(bool, fromBot);
    QFETCH(bool, night);
    QFETCH(FallbackAction, afterHours);
    QFETCH(int, outcome);
    SiteConfig config = site();
    config.defaultRoute.mode = mode;
    config.afterHours.action = afterHours;
    const RuleEngine engine(config);
    ContactRequest r = request();
    r.handedOverFromBot = fromBot;
    const QDateTime at(QDate(2026, 11, 24), QTime(night ? 14 : 2, 0), Qt::UTC);
    const RoutingPlan p = engine.plan(r, at);
    QCOMPARE(int(p.outcome), outcome);
    if (p.outcome == RoutingPlan::Outcome::AfterHours)
        QCOMPARE(p.afterHoursAction, FallbackAction::Callback);
}

void TestRuleEngine::afterHoursUsesTheHomeGroupCalendar()
{
    SiteConfig config = site();
    Rule diamond;
    diamond.id = QStringLiteral("diamond-night");
    diamond.match.when = TimeCondition{QString(), false, std::nullopt, {}, {}};
    diamond.match.attributes = {AttributeCondition{QStringLiteral("level"), AttributeCondition::Op::Equals, {QStringLiteral("diamond")}, 0}};
    diamond.action.targets = {GroupId(QStringLiteral("night"))};
    config.rules = {diamond};
    RouterHarness h(config);
    h.clock.setNow(TimePoint(std::chrono::hours(12)));  // 09:00 UTC + 12 h = 05:00 next day in Shanghai: closed
    ContactRequest r = request();
    r.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("diamond"));
    const auto queued = h.router->contactArrived(r);
    QCOMPARE(queued->outcome, RoutingPlan::Outcome::Queue);  // the night group is always open
    const auto closed = h.router->contactArrived(request());
    QCOMPARE(closed->outcome, RoutingPlan::Outcome::AfterHours);
    QCOMPARE(h.events.last<ContactAfterHours>()->action, FallbackAction::Callback);
    QVERIFY(h.events.last<ContactAfterHours>()->trace.toText().contains(QStringLiteral("outside business hours of business")));
}

Experiment TestRuleEngine::experiment(const QString &id, int shareA, ExperimentKey key)
{
    Experiment x;
    x.id = id;
    x.key = key;
    x.variants = {ExperimentVariant{QStringLiteral("A"), shareA}, ExperimentVariant{QStringLiteral("B"), 100 - shareA}};
    return x;
}

ContactRequest TestRuleEngine::customer(int id)
{
    ContactRequest r;
    r.customer.id = CustomerId(QString::number(id));
    return r;
}

// The documented hash, computed elsewhere (Python: int.from_bytes(sha256(b"…").digest()[:8], "big") % 100):
// a router built tomorrow, on another machine, must put the same customer in the same bucket.
void TestRuleEngine::experimentHashIsFixed()
{
    QCOMPARE(experimentBucket(QStringLiteral("vip-overflow-2026q4"), QStringLiteral("12345")), 52);
    QCOMPARE(experimentBucket(QStringLiteral("vip-overflow-2026q4"), QStringLiteral("+8613800138000")), 34);
    QCOMPARE(experimentBucket(QStringLiteral("other"), QStringLiteral("12345")), 54);
    const Experiment x = experiment(QStringLiteral("vip-overflow-2026q4"), 50);
    QCOMPARE(variantForBucket(x, 0)->id, QStringLiteral("A"));
    QCOMPARE(variantForBucket(x, 49)->id, QStringLiteral("A"));
    QCOMPARE(variantForBucket(x, 50)->id, QStringLiteral("B"));
    QCOMPARE(variantForBucket(x, 99)->id, QStringLiteral("B"));
    QCOMPARE(assignVariant(x, customer(12345), ContactId(1)).variant, QStringLiteral("B"));  // bucket 52
}

void TestRuleEngine::splitFollowsTheShares_data()
{
    QTest::addColumn<int>("shareA");
    QTest::newRow("50/50") << 50;
    QTest::newRow("30/70") << 30;
    QTest::newRow("5/95") << 5;
}

// 10,000 customers: each variant's count within 3 points of its share (the standard deviation is
// under half a point).
void TestRuleEngine::splitFollowsTheShares()
{
    QFETCH(int, shareA);
    const Experiment x = experiment(QStringLiteral("vip-overflow-2026q4"), shareA);
    int a = 0;
    const int n = 10'000;
    for (int i = 1; i <= n; ++i) {
        const VariantAssignment v = assignVariant(x, customer(100'000 + i), ContactId(static_cast<std::uint64_t>(i)));
        QCOMPARE(v.experiment, x.id);
        QCOMPARE(v.key, ExperimentKey::Customer);
        a += v.variant == QLatin1String("A") ? 1 : 0;
    }
    QVERIFY2(std::abs(a - n * shareA / 100) <= n * 3 / 100, qPrintable(QStringLiteral("%1 of %2 in A").arg(a).arg(n)));
}

void TestRuleEngine::sameCustomerSameVariantNewIdReshuffles()
{
    SiteConfig config = site();
    config.experiment = experiment(QStringLiteral("vip-overflow-2026q4"), 50);
    const RuleEngine engine(config);
    const RuleEngine another(config);  // another router process, same configuration
    SiteConfig renamed = config;
    renamed.experiment->id = QStringLiteral("vip-overflow-2027q1");
    const RuleEngine reshuffled(renamed);
    int moved = 0;
    const int n = 2'000;
    for (int i = 1; i <= n; ++i) {
        const ContactRequest r = customer(i);
        const auto first = engine.assign(r, ContactId(1));
        QVERIFY(first);
        // Another contact of the same customer, in this router or another.
        QCOMPARE(engine.assign(r, ContactId(static_cast<std::uint64_t>(i) + 7))->variant, first->variant);
        QCOMPARE(another.assign(r, ContactId(99))->variant, first->variant);
        moved += reshuffled.assign(r, ContactId(1))->variant != first->variant ? 1 : 0;
    }
    // A new id is a new draw: about half of a 50/50 split lands elsewhere.
    QVERIFY2(moved > n * 40 / 100 && moved < n * 60 / 100, qPrintable(QString::number(moved)));
    // Without an experiment, nobody is assigned.
    QVERIFY(!RuleEngine(site()).assign(customer(1), ContactId(1)));
}

void TestRuleEngine::splitKeyFallsBack()
{
    const Experiment x = experiment(QStringLiteral("x"), 50);
    ContactRequest known = customer(42);
    known.handOver.callerNumber = QStringLiteral("+8613800138000");
    ContactRequest anonymous;
    anonymous.handOver.callerNumber = QStringLiteral("+8613800138000");
    const ContactRequest nothing;
    QCOMPARE(assignVariant(x, known, ContactId(1)).key, ExperimentKey::Customer);
    QCOMPARE(assignVariant(x, anonymous, ContactId(1)).key, ExperimentKey::Caller);
    QCOMPARE(assignVariant(x, nothing, ContactId(1)).key, ExperimentKey::Contact);

    // By caller: the caller number decides, whoever the customer is.
    const Experiment byCaller = experiment(QStringLiteral("x"), 50, ExperimentKey::Caller);
    QCOMPARE(assignVariant(byCaller, known, ContactId(1)).key, ExperimentKey::Caller);
    QCOMPARE(assignVariant(byCaller, known, ContactId(1)).variant, assignVariant(byCaller, anonymous, ContactId(2)).variant);

    // By contact: each contact is drawn on its own, so one customer's contacts spread out.
    const Experiment byContact = experiment(QStringLiteral("x"), 50, ExperimentKey::Contact);
    QSet<QString> seen;
    for (std::uint64_t c = 1; c <= 50; ++c) {
        const VariantAssignment v = assignVariant(byContact, known, ContactId(c));
        QCOMPARE(v.key, ExperimentKey::Contact);
        QCOMPARE(assignVariant(byContact, known, ContactId(c)).variant, v.variant);
        seen.insert(v.variant);
    }
    QCOMPARE(seen.size(), 2);
}

void TestRuleEngine::variantRulesMatchOnlyTheirVariant()
{
    SiteConfig config = site();
    config.experiment = experiment(QStringLiteral("vip-overflow-2026q4"), 50);
    Rule forB;
    forB.id = QStringLiteral("b-vip");
    forB.variant = QStringLiteral("B");
    forB.match.businesses = {QStringLiteral("x")};
    forB.action.targets = {GroupId(QStringLiteral("vip"))};
    Rule everyone;
    everyone.id = QStringLiteral("everyone");
    everyone.match.businesses = {QStringLiteral("x")};
    everyone.action.targets = {GroupId(QStringLiteral("general"))};
    config.rules = {forB, everyone};
    QVERIFY(config.validate().ok());
    const RuleEngine engine(config);
    const QDateTime at(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    const ContactRequest r = request(QStringLiteral("x"));
    const VariantAssignment a{QStringLiteral("vip-overflow-2026q4"), QStringLiteral("A"), ExperimentKey::Customer};
    const VariantAssignment b{QStringLiteral("vip-overflow-2026q4"), QStringLiteral("B"), ExperimentKey::Caller};

    const RoutingPlan inB = engine.plan(r, at, b);
    QCOMPARE(inB.ruleId, QStringLiteral("b-vip"));
    QCOMPARE(inB.variant, std::optional<VariantAssignment>(b));
    QCOMPARE(inB.trace.steps().first().kind, TraceStep::Kind::VariantAssigned);
    QVERIFY2(inB.trace.toText().startsWith(QStringLiteral("variant B of experiment vip-overflow-2026q4 (by caller number); rule \"b-vip\" matched")),
             qPrintable(inB.trace.toText()));

    const RoutingPlan inA = engine.plan(r, at, a);
    QCOMPARE(inA.ruleId, QStringLiteral("everyone"));
    QVERIFY(inA.trace.toText().startsWith(QStringLiteral("variant A of experiment vip-overflow-2026q4 (by customer); rule \"everyone\"")));

    // Not in the experiment, or assigned under an experiment the site no longer runs: only the
    // rules for everyone apply.
    QCOMPARE(engine.plan(r, at).ruleId, QStringLiteral("everyone"));
    QVERIFY(!engine.plan(r, at).trace.toText().contains(QStringLiteral("variant")));
    const VariantAssignment stale{QStringLiteral("vip-overflow-2026q3"), QStringLiteral("B"), ExperimentKey::Customer};
    QCOMPARE(engine.plan(r, at, stale).ruleId, QStringLiteral("everyone"));
    QCOMPARE(engine.plan(r, at, stale).variant, std::optional<VariantAssignment>(stale));  // still recorded as it was
}


QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
