// Demo traffic: the shipped corpus loads, and generated contacts carry a plausible hand-over.
#include "demotraffic.h"

#include <QFile>
#include <QTest>

using namespace baton::core;
using namespace baton::sim;

class TestDemoTraffic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatesHandOvers();
    void sameSeedSameContacts();
    void rejectsABadCorpus();

private:
    static Corpus corpus()
    {
        QFile file(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/corpus.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("corpus missing");
        auto c = Corpus::parse(file.readAll());
        if (!c)
            qFatal("%s", qPrintable(c.error().toString()));
        return c.value();
    }
    static Entry hotline()
    {
        Entry e;
        e.name = QStringLiteral("hotline");
        e.businesses = {{QStringLiteral("card_loss"), 1}, {QStringLiteral("complaint"), 1}};
        e.levels = {{QStringLiteral("gold"), 1}};
        return e;
    }
};

void TestDemoTraffic::generatesHandOvers()
{
    DemoTraffic traffic(corpus(), 1);
    const Entry e = hotline();
    for (int i = 0; i < 50; ++i) {
        const DemoContact d = traffic.next(e);
        QVERIFY(d.request.business == QLatin1String("card_loss") || d.request.business == QLatin1String("complaint"));
        QCOMPARE(d.request.customer.attributes.value(QStringLiteral("level")), QStringLiteral("gold"));
        QVERIFY(d.request.customer.name.size() >= 2);
        QVERIFY(d.phone.startsWith(QLatin1String("+86")) && d.phone.size() == 14);
        QVERIFY(!d.ivrPath.isEmpty());  // voice contacts went through the IVR
        QVERIFY(d.transcript.first().startsWith(QStringLiteral("机器人：")));
        QVERIFY(d.transcript[1].startsWith(QStringLiteral("客户：")));
        QVERIFY(!d.keywords.isEmpty());
        // Each keyword is something the customer said, or the business's label.
        const QString said = d.transcript.join(QString());
        for (const QString &k : d.keywords)
            QVERIFY2(said.contains(k) || k == QStringLiteral("挂失") || k == QStringLiteral("投诉"), qPrintable(k));
    }
    Entry chat = e;
    chat.channel = Channel::Chat;
    QVERIFY(traffic.next(chat).ivrPath.isEmpty());
}

void TestDemoTraffic::sameSeedSameContacts()
{
    DemoTraffic a(corpus(), 9);
    DemoTraffic b(corpus(), 9);
    for (int i = 0; i < 20; ++i) {
        const DemoContact x = a.next(hotline());
        const DemoContact y = b.next(hotline());
        QCOMPARE(x.request.customer.name, y.request.customer.name);
        QCOMPARE(x.transcript, y.transcript);
        QCOMPARE(x.phone, y.phone);
    }
}

void TestDemoTraffic::rejectsABadCorpus()
{
    const auto c = Corpus::parse(R"({"surnames": ["王"], "givenNames": ["伟"], "botGreeting": "hi", "botHandover": "bye",
                                     "businesses": {"x": {"label": "X", "ivrPaths": [], "utterances": [], "keywords": []}}})");
    QVERIFY(!c);
    QCOMPARE(c.error().field, QStringLiteral("businesses.x"));
}

QTEST_GUILESS_MAIN(TestDemoTraffic)
#include "tst_demotraffic.moc"
