// The protocol codec: envelopes, versions, sizes and malformed input, with the reason named.
#include "protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace baton::net;

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void refusesWhatIsNotAMessage_data();
    void refusesWhatIsNotAMessage();
    void errorsCarryCodeMessageAndField();
    void tooLargeIsRefusedBeforeParsing();
};

void TestProtocol::roundTrips()
{
    Message m = push(QStringLiteral("offer"), {{QStringLiteral("contact"), 7}, {QStringLiteral("name"), QStringLiteral("王小明 🎉")}});
    m.seq = 42;
    WireFailure f;
    const auto back = decode(encode(m), &f);
    QVERIFY(back);
    QCOMPARE(back->type, QStringLiteral("offer"));
    QCOMPARE(back->seq, 42);
    QCOMPARE(back->id, 0);
    QCOMPARE(back->body.value(QStringLiteral("name")).toString(), QStringLiteral("王小明 🎉"));

    Message req;
    req.type = QStringLiteral("contact.create");
    req.id = 9007199254740991;  // the largest id JSON numbers hold exactly
    const auto r = decode(encode(req), &f);
    QVERIFY(r);
    QCOMPARE(r->id, req.id);
    QCOMPARE(response(*r).type, QStringLiteral("contact.create.ok"));
}

void TestProtocol::refusesWhatIsNotAMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const int malformed = static_cast<int>(WireError::Malformed);
    QTest::newRow("not json") << QByteArray("{\"v\":1,") << malformed << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << malformed << QString();
    QTest::newRow("no version") << QByteArray(R"({"type":"hello","id":1})") << malformed << QStringLiteral("v");
    QTest::newRow("future version") << QByteArray(R"({"v":2,"type":"hello","id":1})") << static_cast<int>(WireError::VersionMismatch) << QStringLiteral("v");
    QTest::newRow("no type") << QByteArray(R"({"v":1,"id":1})") << malformed << QStringLiteral("type");
    QTest::newRow("empty type") << QByteArray(R"({"v":1,"type":"","id":1})") << malformed << QStringLiteral("type");
    QTest::newRow("id as text") << QByteArray(R"({"v":1,"type":"x","id":"1"})") << malformed << QStringLiteral("id");
    QTest::newRow("negative id") << QByteArray(R"({"v":1,"type":"x","id":-3})") << malformed << QStringLiteral("id");
    QTest::newRow("fractional id") << QByteArray(R"({"v":1,"type":"x","id":1.5})") << malformed << QStringLiteral("id");
    QTest::newRow("body not object") << QByteArray(R"({"v":1,"type":"x","id":1,"body":[]})") << malformed << QStringLiteral("body");
}

void TestProtocol::refusesWhatIsNotAMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, field);
    WireFailure f;
    QVERIFY(!decode(bytes, &f));
    QCOMPARE(static_cast<int>(f.code), code);
    QCOMPARE(f.field, field);
    QVERIFY(!f.message.isEmpty());
}

void TestProtocol::errorsCarryCodeMessageAndField()
{
    Message req;
    req.type = QStringLiteral("contact.create");
    req.id = 5;
    const Message e = errorFor(req, baton::core::Error::invalid(QStringLiteral("handOver.menuPath[1]"), QStringLiteral("must be a string")));
    const QJsonObject o = QJsonDocument::fromJson(encode(e)).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(o.value(QStringLiteral("id")).toInt(), 5);
    const QJsonObject err = o.value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_argument"));
    QCOMPARE(err.value(QStringLiteral("field")).toString(), QStringLiteral("handOver.menuPath[1]"));
    WireFailure f;
    const auto back = decode(encode(e), &f);
    QVERIFY(back && back->isError());
    QCOMPARE(back->error->code, WireError::InvalidArgument);
    for (int c = 0; c <= static_cast<int>(WireError::Unavailable); ++c) {
        const Message x = errorFor(req, WireFailure{static_cast<WireError>(c), QStringLiteral("m"), {}});
        QCOMPARE(decode(encode(x), &f)->error->code, static_cast<WireError>(c));
    }
}

void TestProtocol::tooLargeIsRefusedBeforeParsing()
{
    QByteArray big = R"({"v":1,"type":"x","id":1,"body":{"pad":")";
    big += QByteArray(kMaxMessageBytes, 'a');
    big += "\"}}";
    WireFailure f;
    QVERIFY(!decode(big, &f));
    QCOMPARE(f.code, WireError::TooLarge);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
