// Reports: KPIs per group, agent, day and A/B variant from interactions (handle time, CSAT,
// transfers, first-contact resolution, wait) and from each group's daily queue counts (service
// level, abandonment, speed of answer), over the site's days.
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "reportrepository.h"
#include "testdatabases.h"

#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestReports : public QObject {
    Q_OBJECT

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    const QTimeZone m_shanghai{QByteArrayLiteral("Asia/Shanghai")};

    CustomerId customer(const QString &name)
    {
        Customer c;
        c.name = name;
        return CustomerRepository(*m_db, m_clock).create(c)->id;
    }
    // An interaction that starts at the Shanghai time given.
    void add(const CustomerId &c, const QDate &day, const QTime &at, const char *agent, const char *group, const char *business, int seconds,
             std::optional<int> csat = std::nullopt, QStringList chain = {})
    {
        Interaction i;
        i.customer = c;
        i.started = QDateTime(day, at, m_shanghai).toUTC();
        i.ended = i.started.addSecs(seconds);
        i.agent = AgentId(QString::fromLatin1(agent));
        i.group = QString::fromLatin1(group);
        i.business = QString::fromUtf8(business);
        i.csat = csat;
        i.transferChain = std::move(chain);
        QVERIFY(InteractionRepository(*m_db).add(i).ok());
    }

private Q_SLOTS:
    void init()
    {
        BATON_REQUIRE_DATABASES(m_dir);
        auto db = Database::open(m_dir.location(QStringLiteral("r-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void kpisByGroupAgentAndDay()
    {
        const QDate d1(2026, 11, 23), d2(2026, 11, 24);
        const CustomerId zhang = customer(QStringLiteral("张伟")), li = customer(QStringLiteral("李娜"));
        // 张伟 calls about his bill twice within two days (the first was not resolved), and once on
        // another business; 李娜 once, transferred from a1 to a2 (two parts), rated 2 then 4.
        add(zhang, d1, QTime(9, 0), "a1", "aftersales", "账单查询", 300, 3);
        add(zhang, d2, QTime(8, 0), "a1", "aftersales", "账单查询", 100, 5);
        add(zhang, d2, QTime(0, 30), "a2", "presales", "产品咨询", 200);  // 00:30 in Shanghai: still the 24th
        add(li, d1, QTime(23, 50), "a1", "aftersales", "投诉", 60, 2, {QStringLiteral("a1"), QStringLiteral("a2")});
        add(li, d2, QTime(0, 1), "a2", "complaints", "投诉", 240, 4, {QStringLiteral("a1"), QStringLiteral("a2")});
        ReportRepository reports(*m_db, m_clock);
        QVERIFY(reports.saveQueueDay(d1, {GroupId(QStringLiteral("aftersales")), 10, 8, 6, 2, 0, 8, 8 * 15'000, 8 * 200'000}).ok());
        QVERIFY(reports.saveQueueDay(d2, {GroupId(QStringLiteral("aftersales")), 5, 5, 5, 0, 0, 5, 5 * 5'000, 0}).ok());
        QVERIFY(reports.saveQueueDay(d2, {GroupId(QStringLiteral("presales")), 4, 3, 1, 0, 1, 3, 3 * 30'000, 0}).ok());

        KpiQuery q{d1, d2, KpiGrouping::Group, 7, m_shanghai};
        auto rows = reports.kpis(q);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 3);  // aftersales, complaints, presales: ordered by key
        const KpiRow &after = rows->at(0);
        QCOMPARE(after.key, QStringLiteral("aftersales"));
        QCOMPARE(after.contacts, 3);
        QCOMPARE(*after.handleSeconds, (300 + 100 + 60) / 3.0);
        QCOMPARE(*after.csat, (3 + 5 + 2) / 3.0);
        QCOMPARE(after.transferred, 1);         // 李娜's part with a1, passed on to a2
        QCOMPARE(after.resolvedFirstTime, 1);   // 张伟's second bill call; the first led to it, 李娜 called again
        QCOMPARE(after.entered, 15);
        QCOMPARE(*after.serviceLevel(), 11.0 / 15.0);
        QCOMPARE(*after.abandonmentRate(), 2.0 / 15.0);
        QCOMPARE(*after.speedOfAnswerSeconds(), (8 * 15.0 + 5 * 5.0) / 13.0);
        const KpiRow &complaints = rows->at(1);
        QCOMPARE(complaints.key, QStringLiteral("complaints"));
        QCOMPARE(complaints.transferred, 0);    // a2's part: the chain ends with a2
        QVERIFY(!complaints.hasQueue);
        QVERIFY(!complaints.serviceLevel());
        QCOMPARE(*rows->at(2).serviceLevel(), 1.0 / 4.0);  // overflowed counts as finished, not in target

        q.by = KpiGrouping::Agent;
        rows = reports.kpis(q);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).key, QStringLiteral("a1"));
        QCOMPARE(rows->at(0).contacts, 3);
        QVERIFY(!rows->at(0).hasQueue);
        QCOMPARE(rows->at(1).contacts, 2);

        q.by = KpiGrouping::Day;
        rows = reports.kpis(q);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).key, QStringLiteral("2026-11-23"));
        QCOMPARE(rows->at(0).contacts, 2);       // 09:00 and 23:50 Shanghai
        QCOMPARE(rows->at(1).contacts, 3);       // 00:01, 00:30 and 08:00 Shanghai
        QCOMPARE(rows->at(1).entered, 9);        // both groups' counts for the 24th

        // A window of one day; first-contact resolution over a shorter look-ahead.
        q = {d1, d1, KpiGrouping::Group, 7, m_shanghai};
        QCOMPARE(reports.kpis(q)->first().contacts, 2);
        q.fcrDays = 1;  // 张伟's second call is 23 hours later: still within a day
        QCOMPARE(reports.kpis(q)->first().resolvedFirstTime, 0);
    }

    void queueDaysAreReplacedNotAdded()
    {
        ReportRepository reports(*m_db, m_clock);
        const QDate d(2026, 11, 24);
        QVERIFY(reports.saveQueueDay(d, {GroupId(QStringLiteral("g")), 3, 2, 2, 1, 0, 2, 100, 200}).ok());
        QVERIFY(reports.saveQueueDay(d, {GroupId(QStringLiteral("g")), 5, 4, 3, 1, 0, 4, 300, 500}).ok());
        const auto day = reports.queueDay(QStringLiteral("g"), d);
        QVERIFY(day.ok() && day->has_value());
        QCOMPARE((*day)->entered, 5);
        QCOMPARE((*day)->handleMs, 500);
        QVERIFY(!reports.queueDay(QStringLiteral("g"), d.addDays(1))->has_value());
    }

    void kpisByVariant()
    {
        const QDate d1(2026, 11, 23), d2(2026, 11, 24);
        const CustomerId zhang = customer(QStringLiteral("张伟")), li = customer(QStringLiteral("李娜")), wang = customer(QStringLiteral("王芳"));
        InteractionRepository repo(*m_db);
        auto routed = [&](const CustomerId &c, const QDate &day, const QTime &at, const char *experiment, const char *variant, int seconds,
                          std::optional<int> waitSeconds, std::optional<int> csat = std::nullopt, QStringList chain = {}) -> qint64 {
            Interaction i;
            i.customer = c;
            i.started = QDateTime(day, at, m_shanghai).toUTC();
            i.ended = i.started.addSecs(seconds);
            i.agent = AgentId(QStringLiteral("a1"));
            i.group = QStringLiteral("aftersales");
            i.business = QStringLiteral("账单查询");
            i.csat = csat;
            i.transferChain = std::move(chain);
            i.experiment = QString::fromLatin1(experiment);
            i.variant = QString::fromLatin1(variant);
            if (waitSeconds)
                i.waited = std::chrono::seconds(*waitSeconds);
            auto id = repo.add(i);
            return id.ok() ? *id : -1;
        };
        // Experiment x: 张伟 in A calls twice (the first not resolved), 李娜 in B once, transferred
        // on; experiment y has its own A. 王芳 was routed before any experiment: in no row.
        const qint64 first = routed(zhang, d1, QTime(9, 0), "x", "A", 300, 20, 3);
        QVERIFY(first > 0);
        QVERIFY(routed(zhang, d2, QTime(8, 0), "x", "A", 100, 40, 5) > 0);
        QVERIFY(routed(li, d1, QTime(10, 0), "x", "B", 60, 5, 2, {QStringLiteral("a1"), QStringLiteral("a2")}) > 0);
        QVERIFY(routed(li, d2, QTime(10, 0), "y", "A", 200, std::nullopt) > 0);  // stored without its wait
        add(wang, d2, QTime(11, 0), "a1", "aftersales", "投诉", 50, 1);

        // What was stored comes back.
        const auto stored = repo.get(first);
        QVERIFY(stored.ok());
        QCOMPARE(stored->experiment, QStringLiteral("x"));
        QCOMPARE(stored->variant, QStringLiteral("A"));
        QCOMPARE(stored->waited, std::optional<Duration>(std::chrono::seconds(20)));
        QVERIFY(!repo.get(first + 3)->waited);

        ReportRepository reports(*m_db, m_clock);
        QVERIFY(reports.saveQueueDay(d1, {GroupId(QStringLiteral("aftersales")), 10, 8, 6, 2, 0, 8, 8 * 15'000, 8 * 200'000}).ok());
        KpiQuery q{d1, d2, KpiGrouping::Variant, 7, m_shanghai};
        auto rows = reports.kpis(q);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 3);  // x/A, x/B, y/A: by experiment, then variant
        const KpiRow &xa = rows->at(0);
        QCOMPARE(xa.experiment, QStringLiteral("x"));
        QCOMPARE(xa.key, QStringLiteral("A"));
        QCOMPARE(xa.contacts, 2);
        QCOMPARE(*xa.handleSeconds, 200.0);
        QCOMPARE(*xa.csat, 4.0);
        QCOMPARE(xa.transferred, 0);
        QCOMPARE(xa.resolvedFirstTime, 1);  // the second call; the first led to it
        QCOMPARE(*xa.waitSeconds, 30.0);
        QVERIFY(!xa.hasQueue);              // queue counts are per group, not per variant
        QVERIFY(!xa.serviceLevel());
        const KpiRow &xb = rows->at(1);
        QCOMPARE(xb.key, QStringLiteral("B"));
        QCOMPARE(xb.contacts, 1);
        QCOMPARE(*xb.transferRate(), 1.0);
        QCOMPARE(*xb.waitSeconds, 5.0);
        const KpiRow &ya = rows->at(2);
        QCOMPARE(ya.experiment, QStringLiteral("y"));
        QCOMPARE(ya.key, QStringLiteral("A"));
        QCOMPARE(ya.contacts, 1);
        QVERIFY(!ya.waitSeconds);

        // One experiment only.
        q.experiment = QStringLiteral("x");
        rows = reports.kpis(q);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).key, QStringLiteral("B"));
        q.experiment = QStringLiteral("nope");
        QVERIFY(reports.kpis(q)->isEmpty());

        // The wait is an interaction measure, so groups have it too (王芳's has none stored).
        rows = reports.kpis({d1, d2, KpiGrouping::Group, 7, m_shanghai});
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().contacts, 5);
        QCOMPARE(*rows->first().waitSeconds, (20 + 40 + 5) / 3.0);

        // An experiment and its variant are stored together or not at all.
        Interaction half;
        half.customer = wang;
        half.started = QDateTime(d1, QTime(9, 0), m_shanghai).toUTC();
        half.variant = QStringLiteral("A");
        QCOMPARE(repo.add(half).error().field, QStringLiteral("variant"));
    }

    void badQueriesNameTheField()
    {
        ReportRepository reports(*m_db, m_clock);
        const QDate d(2026, 11, 24);
        QCOMPARE(reports.kpis({QDate(), d}).error().field, QStringLiteral("from"));
        QCOMPARE(reports.kpis({d, d.addDays(-1)}).error().field, QStringLiteral("to"));
        QCOMPARE(reports.kpis({d, d.addDays(400)}).error().field, QStringLiteral("to"));
        QCOMPARE(reports.kpis({d, d, KpiGrouping::Group, 0}).error().field, QStringLiteral("fcrDays"));
        QCOMPARE(reports.kpis({d, d, KpiGrouping::Group, 7, m_shanghai, QStringLiteral("x")}).error().field, QStringLiteral("experiment"));
        QVERIFY(reports.kpis({d, d, KpiGrouping::Variant, 7, m_shanghai, QStringLiteral("x")}).ok());
        QCOMPARE(reports.saveQueueDay(d, {}).error().field, QStringLiteral("group"));
        QCOMPARE(reports.saveQueueDay(QDate(), {GroupId(QStringLiteral("g"))}).error().field, QStringLiteral("day"));
        // Nothing in the range: no rows.
        QVERIFY(reports.kpis({d, d})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
