// Demo data: a seeded store has plausible customers, history on every channel, live scripts and a
// searchable knowledge base; the same seed writes the same content; a filled database is refused.
#include "seeddata.h"

#include "configparser.h"
#include "database.h"
#include "interactionrepository.h"
#include "knowledgebase.h"
#include "scriptrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace baton::core;
using namespace baton::sim;
using namespace baton::store;

class TestSeedData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillsTheStore();
    void customersLookReal();
    void historyCoversEveryChannelWithRatings();
    void knowledgeBaseFindsTwoCharacterWords();
    void liveScriptsRenderTheCustomersName();
    void sameSeedSameContent();
    void refusesADatabaseWithCustomers();
    void rejectsBadOptions();

private:
    std::unique_ptr<Database> open(const QString &name);
    Result<SeedSummary> seed(Database &db, quint32 seed, bool append = false);
    static QStringList column(Database &db, const QString &sql);
    static QByteArray contentHash(Database &db);

    QTemporaryDir m_dir;
    SiteConfig m_site;
    Corpus m_corpus;
    std::unique_ptr<Database> m_db;  // seeded once with seed 7, shared by the read-only checks
    SeedSummary m_summary;
};

const QDateTime kNow(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
constexpr int kCustomers = 150;
constexpr int kArticles = 40;

void TestSeedData::initTestCase()
{
    QFile site(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"));
    QFile corpus(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/corpus.json"));
    QVERIFY(site.open(QIODevice::ReadOnly) && corpus.open(QIODevice::ReadOnly));
    auto config = ConfigParser::parse(site.readAll());
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    m_site = config.value();
    auto c = Corpus::parse(corpus.readAll());
    QVERIFY(c.ok());
    m_corpus = c.value();
    m_db = open(QStringLiteral("shared.db"));
    QVERIFY(m_db);
    auto summary = seed(*m_db, 7);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    m_summary = summary.value();
}

std::unique_ptr<Database> TestSeedData::open(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name), Database::Mode::Create);
    return db ? std::move(db.value()) : nullptr;
}

Result<SeedSummary> TestSeedData::seed(Database &db, quint32 seed, bool append)
{
    SeedOptions options;
    options.customers = kCustomers;
    options.articles = kArticles;
    options.seed = seed;
    options.now = kNow;
    options.append = append;
    return SeedData::seed(db, m_site, m_corpus, options);
}

QStringList TestSeedData::column(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    QStringList values;
    if (!q.exec(sql))
        return {QStringLiteral("SQL error")};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QByteArray TestSeedData::contentHash(Database &db)
{
    // Ordered by natural keys, so the order rows were written in within a customer does not count.
    const QStringList queries = {
        QStringLiteral("SELECT id, name, dedicated_agent, created_ms FROM customers ORDER BY id"),
        QStringLiteral("SELECT customer_id, phone FROM customer_phones ORDER BY customer_id, phone"),
        QStringLiteral("SELECT customer_id, system, external_id FROM customer_external_ids ORDER BY customer_id, system"),
        QStringLiteral("SELECT customer_id, key, value FROM customer_attributes ORDER BY customer_id, key"),
        QStringLiteral("SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag"),
        QStringLiteral("SELECT * FROM interactions ORDER BY id"),
        QStringLiteral("SELECT survivor, merged FROM customer_merges ORDER BY id"),
        QStringLiteral("SELECT id, title, body, tags, business FROM kb_articles ORDER BY id"),
        QStringLiteral("SELECT script_id, version, content FROM script_versions ORDER BY script_id, version"),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery q = db.query();
        if (!q.exec(sql))
            return {};
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

void TestSeedData::fillsTheStore()
{
    QCOMPARE(m_summary.customers, kCustomers + kCustomers / 100);  // and one merged duplicate per hundred
    QCOMPARE(m_summary.merges, kCustomers / 100);
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM customers")).value(0).toInt(), m_summary.customers);
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM interactions")).value(0).toLongLong(), m_summary.interactions);
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM kb_articles")).value(0).toInt(), kArticles);
    QCOMPARE(m_summary.articles, kArticles);
    QVERIFY(m_summary.interactions > kCustomers * 5);
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM customer_merges WHERE undone_ms IS NULL")).value(0).toInt(), m_summary.merges);
    // The run is in the audit log.
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'seed-db'")).value(0).toInt(), 1);
    // A few heavy customers with hundreds of contacts.
    QVERIFY(column(*m_db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM interactions GROUP BY customer_id)")).value(0).toInt() >= 100);
}

void TestSeedData::customersLookReal()
{
    const QRegularExpression chinese(QStringLiteral("^[\\x{4E00}-\\x{9FFF}]{2,4}$"));
    for (const QString &name : column(*m_db, QStringLiteral("SELECT name FROM customers")))
        QVERIFY2(chinese.match(name).hasMatch(), qPrintable(name));
    // E.164: mainland mobiles (most), mainland landlines, Hong Kong mobiles.
    const QRegularExpression e164(QStringLiteral("^\\+(861[3-9]\\d{9}|86[2-9]\\d{9,10}|8610\\d{8}|852[5-9]\\d{7})$"));
    const QRegularExpression mobile(QStringLiteral("^\\+861[3-9]\\d{9}$"));
    const QStringList phones = column(*m_db, QStringLiteral("SELECT phone FROM customer_phones"));
    int mobiles = 0;
    for (const QString &p : phones) {
        QVERIFY2(e164.match(p).hasMatch(), qPrintable(p));
        mobiles += mobile.match(p).hasMatch() ? 1 : 0;
    }
    QVERIFY(mobiles > phones.size() * 8 / 10);
    // Every customer has a phone, an id card (masked) and a CRM id.
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id NOT IN (SELECT customer_id FROM customer_phones)")).value(0), QStringLiteral("0"));
    const QStringList cards = column(*m_db, QStringLiteral("SELECT external_id FROM customer_external_ids WHERE system = 'IDCARD'"));
    QCOMPARE(static_cast<int>(cards.size()), kCustomers);
    for (const QString &id : cards)
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6}\\*{8}\\d{3}[\\dX]$")).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM customer_external_ids WHERE system = 'crm'")).value(0).toInt(), m_summary.customers);
    // VIP levels 0–10 (by the site's names or as numbers), mostly low.
    int low = 0;
    const QStringList levels = column(*m_db, QStringLiteral("SELECT value FROM customer_attributes WHERE key = 'level'"));
    QCOMPARE(static_cast<int>(levels.size()), m_summary.customers);
    for (const QString &value : levels) {
        bool ok = false;
        const int level = m_site.vip.attributeLevels.contains(value) ? m_site.vip.attributeLevels.value(value) : value.toInt(&ok);
        QVERIFY2(m_site.vip.attributeLevels.contains(value) || ok, qPrintable(value));
        QVERIFY(level >= 0 && level <= 10);
        low += level <= 2 ? 1 : 0;
    }
    QVERIFY(low > levels.size() / 2);
    for (const char *key : {"product", "language", "branch", "province"})
        QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(*) FROM customer_attributes WHERE key = '%1'").arg(QLatin1String(key))).value(0).toInt(),
                 kCustomers);
    QVERIFY(!column(*m_db, QStringLiteral("SELECT tag FROM customer_tags WHERE tag = '高净值'")).isEmpty());
    // Dedicated agents are the site's agents.
    for (const QString &agent : column(*m_db, QStringLiteral("SELECT dedicated_agent FROM customers WHERE dedicated_agent IS NOT NULL")))
        QVERIFY(m_site.agent(AgentId(agent)));
}

void TestSeedData::historyCoversEveryChannelWithRatings()
{
    QStringList channels = column(*m_db, QStringLiteral("SELECT DISTINCT channel FROM interactions ORDER BY channel"));
    QStringList expected;
    for (const Channel c : kAllChannels)
        expected.append(channelName(c));
    expected.sort();
    QCOMPARE(channels, expected);
    for (const Channel c : kAllChannels)
        QVERIFY(m_summary.perChannel[static_cast<int>(c)] > 0);
    const QStringList scores = column(*m_db, QStringLiteral("SELECT csat FROM interactions WHERE csat IS NOT NULL"));
    QCOMPARE(static_cast<long long>(scores.size()), m_summary.rated);
    int good = 0;
    int bad = 0;
    for (const QString &s : scores) {
        QVERIFY(s.toInt() >= 1 && s.toInt() <= 5);
        good += s.toInt() >= 4 ? 1 : 0;
        bad += s.toInt() <= 2 ? 1 : 0;
    }
    QVERIFY(good > scores.size() / 2);
    QVERIFY(bad > 0);
    // Within the last 180 days, served by the site's agents, some transferred.
    QVERIFY(column(*m_db, QStringLiteral("SELECT MIN(started_ms) FROM interactions")).value(0).toLongLong()
            >= kNow.addDays(-180).toMSecsSinceEpoch());
    QVERIFY(column(*m_db, QStringLiteral("SELECT MAX(started_ms) FROM interactions")).value(0).toLongLong() < kNow.toMSecsSinceEpoch());
    for (const QString &agent : column(*m_db, QStringLiteral("SELECT DISTINCT agent_id FROM interactions WHERE agent_id IS NOT NULL")))
        QVERIFY(m_site.agent(AgentId(agent)));
    QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM interactions WHERE transfer_chain LIKE '%' || char(10) || '%'")).isEmpty());
    QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM interactions WHERE channel = 'voice' AND ivr_path IS NOT NULL")).isEmpty());
    // The router's facts: someone rated an agent badly.
    InteractionRepository history(*m_db);
    const QString rater = column(*m_db, QStringLiteral("SELECT customer_id FROM interactions WHERE csat <= 2 LIMIT 1")).value(0);
    auto facts = history.routingFacts(CustomerId(rater));
    QVERIFY(facts.ok());
    QVERIFY(!facts->worstRatings.isEmpty());
}

void TestSeedData::knowledgeBaseFindsTwoCharacterWords()
{
    ManualClock clock;
    KnowledgeBase kb(*m_db, clock);
    for (const char *word : {"挂失", "账单", "理财", "投诉"}) {
        auto result = kb.search(QString::fromUtf8(word));
        QVERIFY(result.ok());
        QVERIFY2(!result->hits.isEmpty(), word);
    }
    QCOMPARE(column(*m_db, QStringLiteral("SELECT COUNT(DISTINCT title) FROM kb_articles")).value(0).toInt(), kArticles);
}

void TestSeedData::liveScriptsRenderTheCustomersName()
{
    ManualClock clock;
    ScriptRepository scripts(*m_db, clock);
    auto live = scripts.liveFor(GroupId(QStringLiteral("aftersales")), QStringLiteral("card_loss"));
    QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error().toString()));
    QCOMPARE(live->status, ScriptVersionStatus::Published);
    QVERIFY(live->number >= 1);
    QStringList keys;
    for (const ScriptStage &s : live->stages)
        keys.append(s.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("greet"), QStringLiteral("verify"), QStringLiteral("diagnose"), QStringLiteral("recap"),
                                QStringLiteral("upsell")}));
    QVERIFY(live->stages[2].cues.contains(QStringLiteral("挂失")));
    const QString name = column(*m_db, QStringLiteral("SELECT name FROM customers WHERE id = 1")).value(0);
    const QString greeting = renderScriptText(live->stages[0].text, {{QStringLiteral("customer.name"), name}, {QStringLiteral("agent.name"), QStringLiteral("张敏")}});
    QVERIFY2(greeting.contains(name) && greeting.contains(QStringLiteral("张敏")), qPrintable(greeting));
    QVERIFY(!greeting.contains(u'{'));
    // Upsell rules match the customers' attributes.
    QVERIFY(!upsellSuggestions(live->stages[4], {{QStringLiteral("attr.product"), QStringLiteral("借记卡、信用卡")}}).isEmpty());
    // Every business resolves from any group; the VIP desk has its own.
    for (auto it = m_corpus.businesses.cbegin(); it != m_corpus.businesses.cend(); ++it)
        QVERIFY(scripts.liveFor(GroupId(QStringLiteral("flex")), it.key()).ok());
    auto vip = scripts.liveFor(GroupId(QStringLiteral("vip")), QStringLiteral("billing"));
    QVERIFY(vip.ok());
    QVERIFY(vip->stages[0].text.contains(QStringLiteral("专属")));
    QVERIFY(m_summary.versions > m_summary.scripts);  // some were revised
}

void TestSeedData::sameSeedSameContent()
{
    auto a = open(QStringLiteral("a.db"));
    auto b = open(QStringLiteral("b.db"));
    auto c = open(QStringLiteral("c.db"));
    QVERIFY(a && b && c);
    QVERIFY(seed(*a, 7).ok());
    QVERIFY(seed(*b, 7).ok());
    QVERIFY(seed(*c, 8).ok());
    const QByteArray hashA = contentHash(*a);
    QVERIFY(!hashA.isEmpty());
    QCOMPARE(hashA, contentHash(*b));
    QCOMPARE(hashA, contentHash(*m_db));
    QVERIFY(hashA != contentHash(*c));
}

void TestSeedData::refusesADatabaseWithCustomers()
{
    auto db = open(QStringLiteral("twice.db"));
    QVERIFY(db);
    auto first = seed(*db, 3);
    QVERIFY(first.ok());
    const QByteArray before = contentHash(*db);
    auto again = seed(*db, 3);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("--append")), qPrintable(again.error().message));
    QCOMPARE(contentHash(*db), before);
    // With append, more customers are added alongside (ids in other systems stay unique).
    auto appended = seed(*db, 3, true);
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
    QCOMPARE(column(*db, QStringLiteral("SELECT COUNT(*) FROM customers")).value(0).toInt(), 2 * first->customers);
    QCOMPARE(appended->scripts, 0);  // the site had its scripts
}

void TestSeedData::rejectsBadOptions()
{
    auto db = open(QStringLiteral("bad.db"));
    QVERIFY(db);
    SeedOptions options;
    options.now = kNow;
    options.customers = -1;
    auto r = SeedData::seed(*db, m_site, m_corpus, options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("customers"));
    options.customers = 10;
    options.now = QDateTime();
    QVERIFY(!SeedData::seed(*db, m_site, m_corpus, options).ok());
    QCOMPARE(column(*db, QStringLiteral("SELECT COUNT(*) FROM customers")).value(0), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestSeedData)
#include "tst_seeddata.moc"
