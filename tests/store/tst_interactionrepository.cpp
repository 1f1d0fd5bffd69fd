// Cross-channel history: newest first, keyset pages, filters, and a 10,000-interaction customer.
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "testdatabases.h"

#include <QSet>
#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestInteractionRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripsEveryField();
    void pagesThroughTenThousandWithoutGapsOrRepeats();
    void filtersByChannel();
    void rejectsBadInput();
    void routingFactsFeedTheRouter();
    void findsInteractionsForReview();

private:
    CustomerId newCustomer();

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

void TestInteractionRepository::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("i-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
}

void TestInteractionRepository::cleanup() { m_db.reset(); }

CustomerId TestInteractionRepository::newCustomer()
{
    CustomerRepository customers(*m_db, m_clock);
    Customer c;
    c.name = QStringLiteral("周杰");
    return customers.create(c)->id;
}

void TestInteractionRepository::roundTripsEveryField()
{
    InteractionRepository repo(*m_db);
    Interaction i;
    i.customer = newCustomer();
    i.started = QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    i.ended = i.started.addSecs(300);
    i.channel = Channel::Chat;
    i.agent = AgentId(QStringLiteral("zhangmin"));
    i.business = QStringLiteral("card_loss");
    i.ivrPath = {QStringLiteral("1 账户服务"), QStringLiteral("2 挂失")};
    i.summary = QStringLiteral("客户银行卡丢失，已挂失 💳");
    i.transcript = QStringLiteral("客户：我的卡丢了\n坐席：已为您挂失");
    i.disposition = QStringLiteral("resolved");
    i.notes = QStringLiteral("补卡7个工作日");
    i.transferChain = {QStringLiteral("liqiang"), QStringLiteral("zhangmin")};
    i.csat = 5;
    i.group = QStringLiteral("aftersales");
    const auto id = repo.add(i);
    QVERIFY(id.ok());
    const auto page = repo.page(i.customer, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Interaction &b = page->items.first();
    QCOMPARE(b.id, *id);
    QCOMPARE(b.started, i.started);
    QCOMPARE(b.ended, i.ended);
    QCOMPARE(b.channel, Channel::Chat);
    QCOMPARE(b.agent, i.agent);
    QCOMPARE(b.ivrPath, i.ivrPath);
    QCOMPARE(b.summary, i.summary);
    QCOMPARE(b.transcript, i.transcript);
    QCOMPARE(b.notes, i.notes);
    QCOMPARE(b.transferChain, i.transferChain);
    QCOMPARE(b.csat, std::optional<int>(5));
    QCOMPARE(b.group, QStringLiteral("aftersales"));
    QCOMPARE(b.reviews, 0);
    QVERIFY(!page->next);
    const auto one = repo.get(*id);
    QVERIFY(one.ok());
    QCOMPARE(one->transcript, i.transcript);
    QCOMPARE(repo.get(*id + 100).error().code, ErrorCode::NotFound);
}

void TestInteractionRepository::findsInteractionsForReview()
{
    InteractionRepository repo(*m_db);
    const CustomerId a = newCustomer();
    const CustomerId b = newCustomer();
    const QDateTime t0(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    // 40 interactions over four days, two agents, two groups, CSAT 1–5, two dispositions.
    for (int n = 0; n < 40; ++n) {
        Interaction i;
        i.customer = n % 2 ? a : b;
        i.started = t0.addSecs(n * 3 * 3600);
        i.ended = i.started.addSecs(200);
        i.channel = n % 4 == 0 ? Channel::Chat : Channel::Voice;
        i.agent = AgentId(n % 3 == 0 ? QStringLiteral("liqiang") : QStringLiteral("wangfang"));
        i.group = n % 5 == 0 ? QStringLiteral("complaints") : QStringLiteral("aftersales");
        i.disposition = n % 2 ? QStringLiteral("已解决") : QStringLiteral("需回访");
        i.csat = n % 5 + 1;
        QVERIFY(repo.add(i).ok());
    }
    {
        Interaction unserved;  // the bot kept it: not for review
        unserved.customer = a;
        unserved.started = t0;
        QVERIFY(repo.add(unserved).ok());
    }
    auto all = repo.find({}, std::nullopt, 1000);
    QVERIFY(all.ok());
    QCOMPARE(all->items.size(), 40);
    QCOMPARE(all->items.first().started, t0.addSecs(39 * 3 * 3600));  // newest first

    InteractionFilter f;
    f.agent = AgentId(QStringLiteral("liqiang"));
    f.group = QStringLiteral("complaints");
    f.csatAtMost = 2;
    auto some = repo.find(f, std::nullopt, 100);
    QVERIFY(some.ok());
    QStringList got;
    for (const Interaction &i : some->items) {
        QCOMPARE(i.agent.value(), QStringLiteral("liqiang"));
        QCOMPARE(i.group, QStringLiteral("complaints"));
        QVERIFY(*i.csat <= 2);
        got << QString::number(i.started.secsTo(t0) / -10800);
    }
    QCOMPARE(got, (QStringList{QStringLiteral("30"), QStringLiteral("15"), QStringLiteral("0")}));  // n % 3 == 0, n % 5 == 0, CSAT 1

    // A day's window and a disposition, in pages of 3 with no gap or repeat.
    InteractionFilter day;
    day.from = t0.addDays(1);
    day.to = t0.addDays(2);
    day.disposition = QStringLiteral("已解决");
    QList<qint64> seen;
    std::optional<HistoryCursor> cursor;
    do {
        auto page = repo.find(day, cursor, 3);
        QVERIFY(page.ok());
        for (const Interaction &i : page->items) {
            QVERIFY(i.started >= day.from && i.started < day.to);
            QCOMPARE(i.disposition, QStringLiteral("已解决"));
            QVERIFY(!seen.contains(i.id));
            seen << i.id;
        }
        cursor = page->next;
    } while (cursor);
    QCOMPARE(seen.size(), 4);  // 8 a day, every other one resolved

    InteractionFilter chats;
    chats.channel = Channel::Chat;
    QCOMPARE(repo.find(chats, std::nullopt, 100)->items.size(), 10);

    InteractionFilter bad;
    bad.csatAtMost = 6;
    QCOMPARE(repo.find(bad, std::nullopt, 10).error().field, QStringLiteral("csatAtMost"));
    QCOMPARE(repo.find({}, std::nullopt, 0).error().field, QStringLiteral("limit"));
}

void TestInteractionRepository::pagesThroughTenThousandWithoutGapsOrRepeats()
{
    InteractionRepository repo(*m_db);
    const CustomerId c = newCustomer();
    const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(m_db->begin().ok());
    for (int n = 0; n < 10000; ++n) {
        Interaction i;
        i.customer = c;
        i.started = base.addSecs((n / 3) * 600);  // three at a time share a start: ties by id
        i.channel = kAllChannels[static_cast<std::size_t>(n % kChannelCount)];
        QVERIFY(repo.add(i).ok());
    }
    QVERIFY(m_db->commit().ok());
    QCOMPARE(*repo.count(c), 10000);

    QSet<qint64> seen;
    std::optional<HistoryCursor> cursor;
    QDateTime previous;
    qint64 previousId = 0;
    int pages = 0;
    do {
        const auto page = repo.page(c, cursor, 50);
        QVERIFY(page.ok());
        for (const Interaction &i : page->items) {
            QVERIFY(!seen.contains(i.id));
            seen.insert(i.id);
            if (previous.isValid())
                QVERIFY(i.started < previous || (i.started == previous && i.id < previousId));
            previous = i.started;
            previousId = i.id;
        }
        cursor = page->next;
        ++pages;
    } while (cursor);
    QCOMPARE(seen.size(), 10000);
    QCOMPARE(pages, 200);
}

void TestInteractionRepository::filtersByChannel()
{
    InteractionRepository repo(*m_db);
    const CustomerId c = newCustomer();
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < 70; ++n) {
        Interaction i;
        i.customer = c;
        i.started = base.addSecs(n * 60);
        i.channel = kAllChannels[static_cast<std::size_t>(n % kChannelCount)];
        QVERIFY(repo.add(i).ok());
    }
    const auto sms = repo.page(c, std::nullopt, 100, Channel::Sms);
    QCOMPARE(sms->items.size(), 10);
    for (const auto &i : sms->items)
        QCOMPARE(i.channel, Channel::Sms);
}

void TestInteractionRepository::rejectsBadInput()
{
    InteractionRepository repo(*m_db);
    Interaction i;
    i.customer = newCustomer();
    QCOMPARE(repo.add(i).error().field, QStringLiteral("started"));
    i.started = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    i.ended = i.started.addSecs(-5);
    QCOMPARE(repo.add(i).error().field, QStringLiteral("ended"));
    i.ended = {};
    i.csat = 6;
    QCOMPARE(repo.add(i).error().field, QStringLiteral("csat"));
    i.csat.reset();
    i.customer = CustomerId(QStringLiteral("12345"));
    QCOMPARE(repo.add(i).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.page(i.customer, std::nullopt, 0).error().field, QStringLiteral("limit"));
}

void TestInteractionRepository::routingFactsFeedTheRouter()
{
    InteractionRepository repo(*m_db);
    const CustomerId c = newCustomer();
    QVERIFY(repo.routingFacts(c)->lastAgent.isEmpty());
    const QDateTime base(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    struct Row {
        int day;
        const char *agent;
        std::optional<int> csat;
    };
    for (const Row &r : {Row{1, "zhangmin", 5}, Row{2, "liqiang", 2}, Row{3, "liqiang", 4}, Row{4, "wangfang", std::nullopt},
                         Row{5, nullptr, std::nullopt}}) {
        Interaction i;
        i.customer = c;
        i.started = base.addDays(r.day);
        if (r.agent)
            i.agent = AgentId(QLatin1String(r.agent));
        i.csat = r.csat;
        QVERIFY(repo.add(i).ok());
    }
    const auto facts = repo.routingFacts(c);
    QVERIFY(facts.ok());
    QCOMPARE(facts->lastAgent, AgentId(QStringLiteral("wangfang")));  // the bot-only contact on day 5 had no agent
    QCOMPARE(facts->lastServedUtc, base.addDays(4));
    QCOMPARE(facts->worstRatings.value(AgentId(QStringLiteral("liqiang"))), 2);  // the worst, not the latest
    QCOMPARE(facts->worstRatings.value(AgentId(QStringLiteral("zhangmin"))), 5);
    QVERIFY(!facts->worstRatings.contains(AgentId(QStringLiteral("wangfang"))));
}

QTEST_GUILESS_MAIN(TestInteractionRepository)
#include "tst_interactionrepository.moc"
