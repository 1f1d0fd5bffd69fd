// End to end: the desktop's agent workspace signed in to a live baton-router process over
// WebSocket, with an IVR on another connection. A call comes in, the card shows, the agent
// accepts, talks, ends and wraps up; the IVR hears it was routed and ended; the conversation is
// in the customer's history. The same workspace as the embedded tests, only the client differs.
#include "agentsession.h"
#include "agentworkspace.h"
#include "contactpage.h"
#include "keywordsummary.h"
#include "routerclient.h"
#include "transfercardwidget.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;

namespace {

QString binary(const QString &name) { return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name; }

bool addUser(const QString &db, const QStringList &args, const QByteArray &password)
{
    QProcess add;
    add.start(binary(QStringLiteral("baton-admin")), QStringList{QStringLiteral("user"), QStringLiteral("add")} + args + QStringList{QStringLiteral("--db"), db});
    if (!add.waitForStarted())
        return false;
    add.write(password + "\n");
    add.closeWriteChannel();
    return add.waitForFinished(30000) && add.exitCode() == 0;
}

}  // namespace

class TestDesktopRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("router.db"));
        m_config = m_dir.filePath(QStringLiteral("site.json"));
        // The demo site, open around the clock so the test does not depend on the hour it runs.
        QFile in(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject site = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject s = site.value(QStringLiteral("site")).toObject();
        s.insert(QStringLiteral("defaultCalendar"), QStringLiteral("always"));
        site.insert(QStringLiteral("site"), s);
        QFile out(m_config);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(site).toJson());
        out.close();
        QCOMPARE(QProcess::execute(binary(QStringLiteral("baton-admin")), {QStringLiteral("init"), QStringLiteral("--db"), m_db}), 0);
        QVERIFY(addUser(m_db, {QStringLiteral("ivr"), QStringLiteral("--role"), QStringLiteral("integration")}, "a-long-ivr-secret"));
        QVERIFY(addUser(m_db, {QStringLiteral("zhangmin"), QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--agent"),
                               QStringLiteral("zhangmin"), QStringLiteral("--display"), QStringLiteral("张敏")},
                        "a-long-agent-secret"));
        m_router.start(binary(QStringLiteral("baton-router")),
                       {QStringLiteral("--config"), m_config, QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-fsync"), QStringLiteral("--password-cost"),
                        QStringLiteral("minimum")});
        QVERIFY(m_router.waitForStarted());
        QVERIFY(QTest::qWaitFor([this] { return m_router.peek(4096).count('\n') >= 2; }, 15000));
        m_url = QString::fromUtf8(m_router.readLine()).trimmed();
        QVERIFY(m_url.startsWith(QStringLiteral("ws://127.0.0.1:")));
    }

    void cleanupTestCase()
    {
        if (m_router.state() != QProcess::NotRunning) {
            m_router.terminate();
            QVERIFY(m_router.waitForFinished(15000));
            QCOMPARE(m_router.exitCode(), 0);
        }
    }

    void aCallFromIvrToWrapUp()
    {
        net::RemoteClient agentClient{QUrl(m_url)};
        models::AgentSession session(agentClient);
        QSignalSpy failed(&session, &models::AgentSession::signInFailed);
        session.signIn(QStringLiteral("zhangmin"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), models::AgentSession::tr("Wrong user name or password."));
        session.signIn(QStringLiteral("zhangmin"), QStringLiteral("a-long-agent-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn() && !session.directoryGroups().isEmpty(), 10000);
        QCOMPARE(session.displayName(), QStringLiteral("张敏"));
        QVERIFY(session.dispositions().contains(QStringLiteral("已解决")));

        text::KeywordSummarizer summarizer;
        ui::AgentWorkspace w(session, summarizer);
        w.resize(1366, 768);
        w.show();
        w.readyAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), QStringLiteral("available"), 10000);

        net::RemoteClient ivr{QUrl(m_url)};
        QList<net::Message> ivrPushes;
        connect(&ivr, &net::RouterClient::pushed, this, [&ivrPushes](const net::Message &m) { ivrPushes.append(m); });
        bool ivrIn = false;
        ivr.signIn(QStringLiteral("ivr"), QStringLiteral("a-long-ivr-secret"), [&ivrIn](const net::Message &r) { ivrIn = !r.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(ivrIn, 10000);
        qint64 contact = 0;
        ivr.request(QStringLiteral("contact.create"),
                    {{QStringLiteral("channel"), QStringLiteral("voice")},
                     {QStringLiteral("business"), QStringLiteral("card_loss")},
                     {QStringLiteral("handOver"),
                      QJsonObject{{QStringLiteral("callerNumber"), QStringLiteral("+8613912345678")},
                                  {QStringLiteral("menuPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                                  {QStringLiteral("transcript"), QJsonArray{QStringLiteral("客户：我的信用卡昨天丢了，要马上挂失")}},
                                  {QStringLiteral("reason"), QStringLiteral("信用卡丢失")}}},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("赵六")}}}},
                    [&contact](const net::Message &r) {
                        if (!r.isError())
                            contact = r.body.value(QStringLiteral("contact")).toInteger();
                    });
        QTRY_VERIFY_WITH_TIMEOUT(contact != 0, 10000);

        // The offer reaches the workspace with its card.
        QTRY_VERIFY_WITH_TIMEOUT(w.offerBanner()->isVisible(), 10000);
        ui::ContactPage *page = w.page(contact);
        QVERIFY(page);
        const QString card = page->card()->plainText();
        QVERIFY2(card.contains(QStringLiteral("赵六")) && card.contains(QStringLiteral("139****5678")) && card.contains(QStringLiteral("信用卡 › 挂失")),
                 qPrintable(card));
        QStringList terms;
        for (const auto &t : page->card()->summary().terms)
            terms << t.term;
        QVERIFY2(terms.contains(QStringLiteral("挂失")), qPrintable(terms.join(u',')));

        w.acceptAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.conversation(contact) != nullptr, 10000);
        auto routed = [&ivrPushes, contact](const QString &type) {
            return std::any_of(ivrPushes.begin(), ivrPushes.end(), [&](const net::Message &m) {
                return m.type == type && m.body.value(QStringLiteral("contact")).toInteger() == contact;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(routed(QStringLiteral("contact.routed")), 10000);

        w.endAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->finishButton()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(routed(QStringLiteral("contact.ended")), 10000);
        page->disposition()->setCurrentIndex(page->disposition()->findData(QStringLiteral("已挂失补卡")));
        QSignalSpy wrapped(&session, &models::AgentSession::wrapUpEnded);
        page->finishButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wrapped.size(), 1, 10000);
        QTRY_VERIFY(w.page(contact) == nullptr);
        QCOMPARE(session.handledThisSession(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(session.contactsToday(), 1, 10000);
        session.signOut();
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config;
    QString m_url;
    QProcess m_router;
};

QTEST_MAIN(TestDesktopRouter)
#include "tst_desktop_router.moc"
