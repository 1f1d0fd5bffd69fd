// RFC 4180 CSV: quoting, embedded line breaks, CRLF, BOM, errors with line numbers.
#include "csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace baton::store;

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRecords();
    void reportsErrorsWithLines();
    void limitsRecordSize();

private:
    static QList<QStringList> readAll(const QByteArray &data)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QList<QStringList> out;
        while (true) {
            auto r = reader.next();
            if (!r || !r->has_value())
                break;
            out.append(**r);
        }
        return out;
    }
};

void TestCsvReader::readsRecords()
{
    const auto rows = readAll(QByteArrayLiteral("\xEF\xBB\xBFtitle,body,tags\r\n"
                                                "挂失,\"第一行\n第二行, 含逗号\",\"卡,挂失\"\r\n"
                                                "\"引号\"\"里\"\"\",,\n"
                                                "last,line,no newline"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags")}));
    QCOMPARE(rows[1][1], QStringLiteral("第一行\n第二行, 含逗号"));
    QCOMPARE(rows[1][2], QStringLiteral("卡,挂失"));
    QCOMPARE(rows[2], (QStringList{QStringLiteral("引号\"里\""), QString(), QString()}));
    QCOMPARE(rows[3][2], QStringLiteral("no newline"));
}

void TestCsvReader::reportsErrorsWithLines()
{
    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("a,b\n\"ok\",\"x\"y\n"));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVERIFY(reader.next().ok());
    const auto bad = reader.next();
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("line 2"));

    QBuffer open;
    open.setData(QByteArrayLiteral("a\n\"never closed,\nmore"));
    open.open(QIODevice::ReadOnly);
    CsvReader r2(open);
    QVERIFY(r2.next().ok());
    const auto unclosed = r2.next();
    QVERIFY(!unclosed.ok());
    QVERIFY(unclosed.error().message.contains(QStringLiteral("never closed")));
}

void TestCsvReader::limitsRecordSize()
{
    QBuffer buffer;
    buffer.setData(QByteArray("x,") + QByteArray(11 * 1024 * 1024, 'y') + QByteArray("\nnext,row\n"));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, 10 * 1024 * 1024);
    const auto big = reader.next();
    QVERIFY(!big.ok());
    QVERIFY(big.error().message.contains(QStringLiteral("longer than 10 MB")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
