// Customers: identity, phones normalised to E.164, external ids, attributes and tags, in any
// script — Chinese, emoji, right-to-left.
#include "customerrepository.h"
#include "database.h"
#include "phonenumbers.h"
#include "testdatabases.h"

#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestCustomerRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void normalisesPhones_data();
    void normalisesPhones();
    void masksPhones();
    void storesAnyScript_data();
    void storesAnyScript();
    void findsByPhoneAndExternalId();
    void rejectsBadInputAndStoresNothing();
    void updatesAttributes();

private:
    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

void TestCustomerRepository::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("c-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
}

void TestCustomerRepository::cleanup() { m_db.reset(); }

void TestCustomerRepository::normalisesPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("+8613812345678");
    QTest::newRow("spaced") << QStringLiteral("138 1234 5678") << QStringLiteral("+8613812345678");
    QTest::newRow("international") << QStringLiteral("+86 138-1234-5678") << QStringLiteral("+8613812345678");
    QTest::newRow("00 prefix") << QStringLiteral("008613812345678") << QStringLiteral("+8613812345678");
    QTest::newRow("Beijing landline") << QStringLiteral("010-8888 6666") << QStringLiteral("+861088886666");
    QTest::newRow("Hong Kong") << QStringLiteral("+852 9123 4567") << QStringLiteral("+85291234567");
    QTest::newRow("full-width digits") << QStringLiteral("１３８１２３４５６７８") << QStringLiteral("+8613812345678");
}

void TestCustomerRepository::normalisesPhones()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const auto got = PhoneNumbers::normalize(input);
    QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().message));
    QCOMPARE(*got, e164);
}

void TestCustomerRepository::masksPhones()
{
    QCOMPARE(PhoneNumbers::mask(QStringLiteral("+8613812345678")), QStringLiteral("138****5678"));
    QCOMPARE(PhoneNumbers::mask(QStringLiteral("+85291234567")), QStringLiteral("+85****4567"));
    QCOMPARE(PhoneNumbers::mask(QStringLiteral("123")), QStringLiteral("****"));
}

void TestCustomerRepository::storesAnyScript_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Chinese") << QStringLiteral("张敏");
    QTest::newRow("traditional") << QStringLiteral("陳靜儀");
    QTest::newRow("emoji") << QStringLiteral("王芳 🌸👩‍💼");
    QTest::newRow("Arabic, right to left") << QStringLiteral("محمد العلي");
    QTest::newRow("mixed") << QStringLiteral("Lee 李 (VIP) ✓");
}

void TestCustomerRepository::storesAnyScript()
{
    QFETCH(QString, name);
    CustomerRepository repo(*m_db, m_clock);
    Customer c;
    c.name = name;
    c.attributes.insert(QStringLiteral("等级"), QStringLiteral("金卡"));
    c.attributes.insert(QStringLiteral("note"), name);
    c.tags = {QStringLiteral("老客户"), QStringLiteral("🎂")};
    const auto stored = repo.create(c);
    QVERIFY(stored.ok());
    const auto back = repo.get(stored->id);
    QVERIFY(back.ok());
    QCOMPARE(back->name, name);
    QCOMPARE(back->attributes.value(QStringLiteral("等级")), QStringLiteral("金卡"));
    QCOMPARE(back->attributes.value(QStringLiteral("note")), name);
    QVERIFY(back->tags.contains(QStringLiteral("老客户")) && back->tags.contains(QStringLiteral("🎂")));
}

void TestCustomerRepository::findsByPhoneAndExternalId()
{
    CustomerRepository repo(*m_db, m_clock);
    Customer c;
    c.name = QStringLiteral("李强");
    c.phones = {QStringLiteral("138 1234 5678"), QStringLiteral("+8613812345678"), QStringLiteral("010-88886666")};
    c.externalIds.insert(QStringLiteral("crm"), QStringLiteral("C-1001"));
    c.dedicatedAgent = AgentId(QStringLiteral("zhangmin"));
    const auto stored = repo.create(c);
    QVERIFY(stored.ok());
    QCOMPARE(stored->phones, (QStringList{QStringLiteral("+8613812345678"), QStringLiteral("+861088886666")}));
    QCOMPARE(stored->dedicatedAgent, AgentId(QStringLiteral("zhangmin")));
    QCOMPARE(stored->created, m_clock.utcNow());

    const auto byPhone = repo.findByPhone(QStringLiteral("+86-138-1234-5678"));
    QVERIFY(byPhone.ok() && byPhone->has_value());
    QCOMPARE(byPhone->value().id, stored->id);
    const auto byCrm = repo.findByExternalId(QStringLiteral("crm"), QStringLiteral("C-1001"));
    QVERIFY(byCrm.ok() && byCrm->has_value());
    QVERIFY(!repo.findByPhone(QStringLiteral("13900000000"))->has_value());

    Customer twin;
    twin.externalIds.insert(QStringLiteral("crm"), QStringLiteral("C-1001"));
    const auto taken = repo.create(twin);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
}

void TestCustomerRepository::rejectsBadInputAndStoresNothing()
{
    CustomerRepository repo(*m_db, m_clock);
    Customer c;
    c.name = QStringLiteral("赵磊");
    c.phones = {QStringLiteral("13812345678"), QStringLiteral("not a phone")};
    const auto bad = repo.create(c);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("phones[1]"));
    QVERIFY(!repo.findByPhone(QStringLiteral("13812345678"))->has_value());  // nothing half-stored
    QCOMPARE(repo.get(CustomerId(QStringLiteral("42"))).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.get(CustomerId(QStringLiteral("abc"))).error().code, ErrorCode::NotFound);
}

void TestCustomerRepository::updatesAttributes()
{
    CustomerRepository repo(*m_db, m_clock);
    Customer c;
    c.attributes = {{QStringLiteral("level"), QStringLiteral("silver")}, {QStringLiteral("region"), QStringLiteral("GD")}};
    const auto stored = repo.create(c);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    m_clock.advance(std::chrono::hours(1));
    QVERIFY(repo.setAttributes(stored->id, {{QStringLiteral("level"), QStringLiteral("gold")}, {QStringLiteral("region"), QString()},
                                            {QStringLiteral("语言"), QStringLiteral("粤语")}}).ok());
    const auto back = repo.get(stored->id);
    QCOMPARE(back->attributes.value(QStringLiteral("level")), QStringLiteral("gold"));
    QVERIFY(!back->attributes.contains(QStringLiteral("region")));
    QCOMPARE(back->attributes.value(QStringLiteral("语言")), QStringLiteral("粤语"));
    QCOMPARE(back->updated, m_clock.utcNow());
    QCOMPARE(repo.setAttributes(CustomerId(QStringLiteral("999")), {}).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
