// Customer journeys and queue intervals in the store: a journey is saved, replaced and read back
// with its customer's name and its agents' parts; the list filters by time, outcome (a family or
// one action), skill group (any step) and Chinese text in the name or number, in keyset pages;
// open journeys come back for the router; and each group's 15-minute intervals are stored and
// read by day.
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "journeyrepository.h"
#include "queueintervals.h"
#include "testdatabases.h"

#include <QJsonObject>
#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestJourneys : public QObject {
    Q_OBJECT

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t0{QDate(2026, 11, 27), QTime(1, 0), Qt::UTC};

    CustomerId customer(const QString &name)
    {
        Customer c;
        c.name = name;
        return CustomerRepository(*m_db, m_clock).create(c)->id;
    }
    static QJsonObject step(qint64 atMs, const char *kind, const char *group = nullptr)
    {
        QJsonObject o{{QStringLiteral("atMs"), atMs}, {QStringLiteral("kind"), QLatin1String(kind)}};
        if (group)
            o.insert(QStringLiteral("group"), QLatin1String(group));
        return o;
    }
    ContactJourney journey(qint64 contact, const CustomerId &who, const QString &caller, int minutes, const QString &outcome, const char *group)
    {
        ContactJourney j;
        j.contact = contact;
        j.customer = who;
        j.caller = caller;
        j.channel = Channel::Voice;
        j.entryPoint = QStringLiteral("hotline");
        j.business = QStringLiteral("card_loss");
        j.ivrPath = {QStringLiteral("1 账户服务"), QStringLiteral("2 挂失")};
        j.started = m_t0.addSecs(minutes * 60);
        if (!outcome.isEmpty())
            j.ended = j.started.addSecs(120);
        j.outcome = outcome;
        const qint64 at = j.started.toMSecsSinceEpoch();
        j.steps = QJsonArray{step(at, "created"), step(at + 1000, "queued", group)};
        return j;
    }

private Q_SLOTS:
    void init()
    {
        BATON_REQUIRE_DATABASES(m_dir);
        auto db = Database::open(m_dir.location(QStringLiteral("j-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void savedReplacedAndReadWithTheAgentsParts()
    {
        const CustomerId zhang = customer(QStringLiteral("张伟"));
        JourneyRepository journeys(*m_db);
        ContactJourney j = journey(41, zhang, QStringLiteral("+8613800000001"), 0, {}, "aftersales");
        QVERIFY(journeys.save(j).ok());
        auto open = journeys.open();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        // Over now: served, with one more step; the stored one is replaced.
        j.outcome = QStringLiteral("served");
        j.ended = j.started.addSecs(300);
        j.steps.append(step(j.started.toMSecsSinceEpoch() + 20000, "answered", "aftersales"));
        QVERIFY(journeys.save(j).ok());
        QVERIFY(journeys.open()->isEmpty());
        auto back = journeys.get(41);
        QVERIFY(back.ok() && back->has_value());
        const ContactJourney &b = **back;
        QCOMPARE(b.customer, zhang);
        QCOMPARE(b.customerName, QStringLiteral("张伟"));
        QCOMPARE(b.caller, QStringLiteral("+8613800000001"));
        QCOMPARE(b.ivrPath, j.ivrPath);
        QCOMPARE(b.started, j.started);
        QCOMPARE(b.ended, j.ended);
        QCOMPARE(b.outcome, QStringLiteral("served"));
        QCOMPARE(b.steps, j.steps);
        QVERIFY(!journeys.get(42)->has_value());
        // The agents' parts: a transfer gives two, oldest first.
        InteractionRepository interactions(*m_db);
        for (const char *agent : {"a1", "a2"}) {
            Interaction i;
            i.customer = zhang;
            i.contact = 41;
            i.agent = AgentId(QLatin1String(agent));
            i.started = j.started.addSecs(agent[1] == '1' ? 20 : 200);
            i.ended = i.started.addSecs(60);
            QVERIFY(interactions.add(i).ok());
        }
        auto parts = interactions.forContact(41);
        QVERIFY(parts.ok());
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).agent.value(), QStringLiteral("a1"));
        QCOMPARE(parts->at(1).contact, 41);
        QVERIFY(interactions.forContact(40)->isEmpty());
    }

    void refusesWhatCannotBeAJourney()
    {
        JourneyRepository journeys(*m_db);
        ContactJourney j = journey(0, {}, {}, 0, {}, "g");
        QCOMPARE(journeys.save(j).error().field, QStringLiteral("contact"));
        j.contact = 5;
        j.customer = CustomerId(QStringLiteral("not-a-number"));
        QCOMPARE(journeys.save(j).error().field, QStringLiteral("customer"));
        j.customer = {};
        j.ended = j.started.addSecs(-1);
        QCOMPARE(journeys.save(j).error().field, QStringLiteral("ended"));
        QCOMPARE(journeys.find({}, std::nullopt, 0).error().field, QStringLiteral("limit"));
    }

    // The router's batch: stored together, the invalid ones named and left out, a journey seen
    // again replaced.
    void savesManyAtOnceAndNamesTheRefused()
    {
        JourneyRepository journeys(*m_db);
        QList<ContactJourney> batch;
        for (qint64 c = 1; c <= 300; ++c)
            batch.append(journey(c, {}, QStringLiteral("1380000%1").arg(c, 4, 10, QLatin1Char('0')), static_cast<int>(c), {}, "g"));
        ContactJourney bad = journey(301, {}, {}, 0, {}, "g");
        bad.ended = bad.started.addSecs(-1);
        batch.insert(150, bad);
        auto refused = journeys.saveAll(batch);
        QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().message));
        QCOMPARE(*refused, QList<qint64>{301});
        QCOMPARE(journeys.get(300).value()->caller, QStringLiteral("13800000300"));
        QVERIFY(!journeys.get(301).value().has_value());
        batch = {journey(7, {}, QStringLiteral("13900000007"), 7, QStringLiteral("answered"), "g")};
        QCOMPARE(journeys.saveAll(batch).value(), QList<qint64>{});
        QCOMPARE(journeys.get(7).value()->caller, QStringLiteral("13900000007"));
        QCOMPARE(journeys.get(7).value()->outcome, QStringLiteral("answered"));
    }

    void listFiltersAndPages()
    {
        const CustomerId zhang = customer(QStringLiteral("张伟")), li = customer(QStringLiteral("李娜"));
        JourneyRepository journeys(*m_db);
        QVERIFY(journeys.save(journey(1, zhang, QStringLiteral("+8613800000001"), 0, QStringLiteral("served"), "aftersales")).ok());
        QVERIFY(journeys.save(journey(2, li, QStringLiteral("+8613900000002"), 10, QStringLiteral("abandoned"), "presales")).ok());
        QVERIFY(journeys.save(journey(3, {}, QStringLiteral("+8613700000003"), 20, QStringLiteral("overflow:callback"), "aftersales")).ok());
        QVERIFY(journeys.save(journey(4, zhang, QStringLiteral("+8613800000001"), 30, {}, "complaints")).ok());
        QVERIFY(journeys.save(journey(5, {}, QStringLiteral("50%_off"), 40, QStringLiteral("afterHours:callback"), "presales")).ok());
        auto ids = [&journeys](const JourneyFilter &f) {
            QList<qint64> out;
            const auto page = journeys.find(f, std::nullopt, 100);
            if (!page)
                return QList<qint64>{-1};
            for (const auto &j : page->items)
                out << j.contact;
            return out;
        };
        QCOMPARE(ids({}), (QList<qint64>{5, 4, 3, 2, 1}));  // newest first
        JourneyFilter f;
        f.from = m_t0.addSecs(10 * 60);
        f.to = m_t0.addSecs(30 * 60);
        QCOMPARE(ids(f), (QList<qint64>{3, 2}));
        f = {};
        f.outcome = QStringLiteral("overflow");
        QCOMPARE(ids(f), QList<qint64>{3});
        f.outcome = QStringLiteral("overflow:callback");
        QCOMPARE(ids(f), QList<qint64>{3});
        f.outcome = QStringLiteral("open");
        QCOMPARE(ids(f), QList<qint64>{4});
        f.outcome = QStringLiteral("over");  // not a prefix match: families end at ':'
        QCOMPARE(ids(f), QList<qint64>{});
        f = {};
        f.group = QStringLiteral("aftersales");
        QCOMPARE(ids(f), (QList<qint64>{3, 1}));
        f = {};
        f.text = QStringLiteral("张");
        QCOMPARE(ids(f), (QList<qint64>{4, 1}));
        f.text = QStringLiteral("139000");
        QCOMPARE(ids(f), QList<qint64>{2});
        f.text = QStringLiteral("%_");  // taken literally
        QCOMPARE(ids(f), QList<qint64>{5});
        // Pages of two, without gaps or repeats.
        QList<qint64> all;
        std::optional<JourneyCursor> cursor;
        int pages = 0;
        do {
            auto page = journeys.find({}, cursor, 2);
            QVERIFY(page.ok());
            for (const auto &j : page->items)
                all << j.contact;
            cursor = page->next;
            ++pages;
        } while (cursor && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(all, (QList<qint64>{5, 4, 3, 2, 1}));
    }

    void queueIntervalsByDay()
    {
        QueueIntervalRepository repo(*m_db);
        const QDate day(2026, 11, 27);
        QVERIFY(repo.save(day, {{QStringLiteral("aftersales"), 36, 4, 10, 8, 6, 1}, {QStringLiteral("presales"), 36, 1, 2, 2, 2, 0}}).ok());
        QVERIFY(repo.save(day, {{QStringLiteral("aftersales"), 36, 5, 12, 9, 7, 2}, {QStringLiteral("aftersales"), 37, 2, 3, 3, 3, 0}}).ok());
        QVERIFY(repo.save(day.addDays(-1), {{QStringLiteral("aftersales"), 95, 1, 1, 1, 1, 0}}).ok());
        auto after = repo.day(day, QStringLiteral("aftersales"));
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0), (QueueInterval{QStringLiteral("aftersales"), 36, 5, 12, 9, 7, 2}));  // replaced
        QCOMPARE(*after->at(0).serviceLevel(), 7.0 / 11.0);
        QCOMPARE(repo.day(day)->size(), 3);
        QCOMPARE(repo.day(day.addDays(-1))->size(), 1);
        QVERIFY(!QueueInterval{}.serviceLevel().has_value());
        // A slot outside the day is refused, and nothing of that save is kept.
        QCOMPARE(repo.save(day, {{QStringLiteral("presales"), 40, 1, 1, 1, 1, 0}, {QStringLiteral("presales"), 96, 1, 1, 1, 1, 0}}).error().field,
                 QStringLiteral("slot"));
        QCOMPARE(repo.day(day, QStringLiteral("presales"))->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJourneys)
#include "tst_journeys.moc"
