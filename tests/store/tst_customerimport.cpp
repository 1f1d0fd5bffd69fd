// Customer import from CSV: UTF-8 and GB18030, new and existing customers, per-line errors,
// dry runs and strict mode.
#include "auditlog.h"
#include "customerimport.h"
#include "customerrepository.h"
#include "database.h"
#include "testdatabases.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestCustomerImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsUtf8WithAttributesForNewCustomers();
    void importsGb18030();
    void updatesExistingCustomers();
    void reportsLineErrorsAndSkipsThem();
    void strictImportsNothingOnError();
    void dryRunCountsButKeepsNothing();
    void rejectsUselessFiles();
    void committedImportsAreAudited();

private:
    Result<ImportReport> import(const QByteArray &data, ImportOptions options = {})
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return CustomerImport::run(*m_db, m_clock, buffer, options);
    }
    std::optional<Customer> byPhone(const QString &phone) { return CustomerRepository(*m_db, m_clock).findByPhone(phone).value(); }

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

void TestCustomerImport::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    m_db = std::move(Database::open(m_dir.location(QStringLiteral("%1").arg(QLatin1String(QTest::currentTestFunction()))),
                                    Database::Mode::Create).value());
}

void TestCustomerImport::cleanup() { m_db.reset(); }

void TestCustomerImport::importsUtf8WithAttributesForNewCustomers()
{
    const auto r = import(QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral("name,phone,level,地区,tags,id:crm\r\n"
                                         "张敏,13812345678,gold,广东,\"老客户;理财\",C-1\r\n"
                                         "李强,+86 139 0000 1111; 010-88886666,silver,,,C-2\r\n"
                                         "\r\n"
                                         "王芳 🌸,13700000000,,上海,VIP,\r\n").toUtf8());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r->rows, 3);
    QCOMPARE(r->created, 3);
    QCOMPARE(r->errorCount, 0);
    QVERIFY(r->committed);
    const auto zhang = byPhone(QStringLiteral("13812345678"));
    QVERIFY(zhang);
    QCOMPARE(zhang->name, QStringLiteral("张敏"));
    QCOMPARE(zhang->attributes.value(QStringLiteral("level")), QStringLiteral("gold"));
    QCOMPARE(zhang->attributes.value(QStringLiteral("地区")), QStringLiteral("广东"));
    QCOMPARE(zhang->tags, (QStringList{QStringLiteral("理财"), QStringLiteral("老客户")}));
    QCOMPARE(zhang->externalIds.value(QStringLiteral("crm")), QStringLiteral("C-1"));
    const auto li = byPhone(QStringLiteral("01088886666"));
    QVERIFY(li);
    QCOMPARE(li->phones.size(), 2);
    QVERIFY(!li->attributes.contains(QStringLiteral("地区")));  // empty cells set nothing
    QCOMPARE(byPhone(QStringLiteral("13700000000"))->name, QStringLiteral("王芳 🌸"));
}

void TestCustomerImport::importsGb18030()
{
    QStringEncoder gb("GB18030");
    const QByteArray data = gb.encode(QStringLiteral("name,phone,等级\n陈静,13611112222,金卡\n"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8.decode(data));
    QVERIFY(utf8.hasError());  // really not UTF-8
    const auto r = import(data);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->encoding, QStringLiteral("GB18030"));
    const auto chen = byPhone(QStringLiteral("13611112222"));
    QCOMPARE(chen->name, QStringLiteral("陈静"));
    QCOMPARE(chen->attributes.value(QStringLiteral("等级")), QStringLiteral("金卡"));
    ImportOptions forcedUtf8;
    forcedUtf8.encoding = ImportOptions::Encoding::Utf8;
    QCOMPARE(import(data, forcedUtf8).error().field, QStringLiteral("encoding"));
}

void TestCustomerImport::updatesExistingCustomers()
{
    QVERIFY(import(QByteArrayLiteral("name,phone,level,id:crm\nA,13812345678,silver,C-1\n")).ok());
    m_clock.advance(std::chrono::hours(1));
    const auto r = import(QByteArrayLiteral("id:crm,level,tags,phone\nC-1,gold,new,13900000001\n"));
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->created, 0);
    const auto a = byPhone(QStringLiteral("13812345678"));
    QCOMPARE(a->attributes.value(QStringLiteral("level")), QStringLiteral("gold"));
    QCOMPARE(a->phones.size(), 2);
    QVERIFY(a->tags.contains(QStringLiteral("new")));
    // By phone when there is no id column.
    const auto byPhoneRow = import(QByteArrayLiteral("phone,segment\n+86 138 1234 5678,retail\n"));
    QCOMPARE(byPhoneRow->updated, 1);
    QCOMPARE(byPhone(QStringLiteral("13812345678"))->attributes.value(QStringLiteral("segment")), QStringLiteral("retail"));
}

void TestCustomerImport::reportsLineErrorsAndSkipsThem()
{
    const auto r = import(QByteArrayLiteral("name,phone,level\n"
                                            "ok one,13800000001,gold\n"
                                            "bad phone,138,gold\n"
                                            "too,many,fields,here\n"
                                            "dup,13800000001,silver\n"
                                            "ok two,13800000002,\n"));
    QVERIFY(r.ok());
    QCOMPARE(r->rows, 5);
    QCOMPARE(r->created, 2);
    QCOMPARE(r->errorCount, 3);
    QCOMPARE(r->errors[0].line, 3);
    QVERIFY(r->errors[0].message.contains(QStringLiteral("'138'")));
    QCOMPARE(r->errors[1].line, 4);
    QVERIFY(r->errors[1].message.contains(QStringLiteral("4 fields")));
    QCOMPARE(r->errors[2].line, 5);
    QVERIFY(r->errors[2].message.contains(QStringLiteral("earlier in the file")));
    QVERIFY(r->committed);
    QVERIFY(byPhone(QStringLiteral("13800000002")));
}

void TestCustomerImport::strictImportsNothingOnError()
{
    ImportOptions strict;
    strict.strict = true;
    const auto r = import(QByteArrayLiteral("name,phone\nfine,13800000001\nbroken,not-a-phone\n"), strict);
    QCOMPARE(r->errorCount, 1);
    QVERIFY(!r->committed);
    QVERIFY(!byPhone(QStringLiteral("13800000001")));
    // A 10 MB line is an error too, and the rest of the file is not read as garbage.
    QByteArray huge = QByteArrayLiteral("name,phone\nx,\"");
    huge += QByteArray(11 * 1024 * 1024, 'y');
    huge += QByteArrayLiteral("\"\n");
    const auto big = import(huge, strict);
    QVERIFY(big.ok());
    QCOMPARE(big->errorCount, 1);
    QVERIFY(big->errors.first().message.contains(QStringLiteral("longer than 10 MB")));
}

void TestCustomerImport::dryRunCountsButKeepsNothing()
{
    ImportOptions dry;
    dry.dryRun = true;
    long long progress = 0;
    dry.progress = [&](long long rows) { progress = rows; };
    QByteArray data = QByteArrayLiteral("name,phone\n");
    for (int i = 0; i < 2500; ++i)
        data += QStringLiteral("客户%1,138%2\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    const auto r = import(data, dry);
    QCOMPARE(r->created, 2500);
    QCOMPARE(progress, 2000);
    QVERIFY(!r->committed);
    QVERIFY(!byPhone(QStringLiteral("13800000001")));
}

void TestCustomerImport::rejectsUselessFiles()
{
    QCOMPARE(import(QByteArray()).error().field, QStringLiteral("line 1"));
    QVERIFY(import(QByteArrayLiteral("level,region\ngold,GD\n")).error().message.contains(QStringLiteral("name, phone or id")));
    QVERIFY(import(QByteArrayLiteral("name,name\na,b\n")).error().message.contains(QStringLiteral("twice")));
    // 0xFF starts no character in UTF-8 or in GB18030.
    QVERIFY(import(QByteArrayLiteral("name\n\xff\xff\n")).error().message.contains(QStringLiteral("neither UTF-8 nor GB18030")));
}

void TestCustomerImport::committedImportsAreAudited()
{
    AuditLog audit(*m_db, m_clock);
    ImportOptions options;
    options.audit = &audit;
    options.actor = QStringLiteral("admin:王芳");
    options.source = QStringLiteral("客户.csv");
    const QByteArray data = QByteArrayLiteral("name,phone\n张三,13800000001\n李四,not a phone\n");
    ImportOptions dry = options;
    dry.dryRun = true;
    QVERIFY(import(data, dry).ok());
    QVERIFY(audit.find({})->isEmpty());  // nothing kept, nothing audited

    const auto r = import(data, options);
    QVERIFY(r->committed);
    const auto rows = audit.find({});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().action, QStringLiteral("customers.import"));
    QCOMPARE(rows->first().actor, QStringLiteral("admin:王芳"));
    QCOMPARE(rows->first().object, QStringLiteral("import:客户.csv"));
    QVERIFY(rows->first().after.contains(QStringLiteral("\"created\":1")));
    QVERIFY(rows->first().after.contains(QStringLiteral("\"errors\":1")));
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
