// Signing in, and the desktop's shell: every sign-in failure reaches the user as a sentence
// (wrong password, router unreachable, untrusted certificate, version mismatch), the sign-in
// dialog checks what it can before asking, the window switches language at once, and the
// workspace keeps working across the switch.
#include "uisupport.h"
#include "testtls.h"

#include "agentworkspace.h"
#include "keywordsummary.h"
#include "hostdialog.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "translator.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace baton;
using namespace baton::test;

namespace {

// Fails a sign-in the way the remote client reports it; the message the user sees.
QString signInError(net::RouterClient &client, const QString &user = QStringLiteral("liqiang"), const QString &password = QStringLiteral("pw"))
{
    models::AgentSession session(client);
    QSignalSpy failed(&session, &models::AgentSession::signInFailed);
    session.signIn(user, password);
    if (!failed.wait(10000))
        return QStringLiteral("(no failure reported)");
    return failed.at(0).at(0).toString();
}

}  // namespace

class TestSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wrongPassword()
    {
        UiFixture f;
        QSignalSpy failed(f.session.get(), &models::AgentSession::signInFailed);
        f.session->signIn(QStringLiteral("liqiang"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), models::AgentSession::tr("Wrong user name or password."));
        QVERIFY(!f.session->isSignedIn());
        // The right password then works on the same client.
        f.signInAgent();
        QVERIFY(f.session->isSignedIn());
        QCOMPARE(f.session->displayName(), QStringLiteral("李强"));  // the agent's name when the account has none of its own
        QCOMPARE(f.session->agentId(), QStringLiteral("a1"));
        QCOMPARE(f.session->dispositions(), (QStringList{QStringLiteral("已解决"), QStringLiteral("需回访")}));
        QCOMPARE(f.session->groupName(QStringLiteral("aftersales")), QStringLiteral("售后"));
    }

    void routerUnreachable()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        net::RemoteClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        const QString message = signInError(client);
        QVERIFY2(message.startsWith(models::AgentSession::tr("Cannot reach the router. Check the address and your network. (%1)").section(u'(', 0, 0)),
                 qPrintable(message));
        QCOMPARE(client.state(), net::RouterClient::State::Disconnected);  // no retrying behind the user's back
    }

    void versionMismatch()
    {
        // A router from the future: it answers every hello with version_mismatch.
        QWebSocketServer server(QStringLiteral("future"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, this, [&server] {
            QWebSocket *s = server.nextPendingConnection();
            connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &) {
                s->sendTextMessage(QStringLiteral(R"({"v":1,"type":"error","id":1,"error":{"code":"version_mismatch","message":"this router speaks version 2","field":"v"}})"));
            });
        });
        net::RemoteClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
        QCOMPARE(signInError(client),
                 models::AgentSession::tr("This desktop and the router speak different protocol versions. Update the desktop to match the router."));
    }

    void untrustedCertificate()
    {
        QTemporaryDir dir;
        const auto tls = selfSignedServerTls(dir);
        if (!tls)
            QSKIP("openssl is not installed: cannot make a test certificate");
        QWebSocketServer server(QStringLiteral("self-signed"), QWebSocketServer::SecureMode);
        server.setSslConfiguration(*tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        net::RemoteClient client(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(server.serverPort())));
        const QString message = signInError(client);
        QVERIFY2(message.startsWith(models::AgentSession::tr("The router's certificate is not trusted (%1). Ask your administrator to install the site's certificate.")
                                        .section(u'(', 0, 0)),
                 qPrintable(message));
    }

    void dialogChecksBeforeAsking()
    {
        ui::SignInDialog dialog({{QStringLiteral("a1"), QStringLiteral("李强")}});
        QSignalSpy requested(&dialog, &ui::SignInDialog::signInRequested);
        ui::SignInChoice remote;
        remote.embedded = false;
        remote.server = QStringLiteral("http://router:80");
        remote.user = QStringLiteral("liqiang");
        dialog.setChoice(remote);
        dialog.signInButton()->click();
        QCOMPARE(requested.size(), 0);
        QVERIFY(dialog.errorText().contains(QStringLiteral("wss://")));
        dialog.serverEdit()->setText(QStringLiteral("wss://router:8443"));
        dialog.passwordEdit()->setText(QStringLiteral("secret"));
        dialog.signInButton()->click();
        QCOMPARE(requested.size(), 1);
        const auto c = requested.at(0).at(0).value<ui::SignInChoice>();
        QVERIFY(!c.embedded);
        QCOMPARE(c.user, QStringLiteral("liqiang"));
        QCOMPARE(c.password, QStringLiteral("secret"));
        QVERIFY(!dialog.signInButton()->isEnabled());  // busy until the answer
        dialog.showError(QStringLiteral("nope"));
        QVERIFY(dialog.signInButton()->isEnabled());
        // Embedded: pick the agent, no password.
        ui::SignInChoice local;
        local.user = QStringLiteral("a1");
        dialog.setChoice(local);
        dialog.signInButton()->click();
        QCOMPARE(requested.size(), 2);
        QVERIFY(requested.at(1).at(0).value<ui::SignInChoice>().embedded);
        QCOMPARE(requested.at(1).at(0).value<ui::SignInChoice>().user, QStringLiteral("a1"));
    }

    void everyWorkspaceFitsA1366By768ScreenInEveryLanguage()
    {
        // Agents' PCs often have 1366×768 screens: no language may make a workspace wider or taller
        // than that (a label that does not fit would push the window off the screen or be cut).
        UiFixture f;
        f.users.add(QStringLiteral("root"), QStringLiteral("pw"), core::Role::Admin, QStringLiteral("a2"));
        f.signInAgent();
        net::LocalClient adminClient(*f.service);
        models::AgentSession admin(adminClient);  // an admin who takes calls sees all three workspaces
        admin.signIn(QStringLiteral("root"), QStringLiteral("pw"));
        QTRY_VERIFY(admin.isSignedIn());
        text::KeywordSummarizer summarizer;
        ui::Translator translator;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("baton.ini")), QSettings::IniFormat);
        const QSize screen(1366, 768 - 40);  // less a panel
        for (models::AgentSession *session : {f.session.get(), &admin}) {
            ui::MainWindow window(*session, summarizer, translator, settings);
            window.show();
            for (const QString &language : ui::Translator::languages()) {
                QVERIFY(translator.setLanguage(language));
                QCoreApplication::processEvents();
                const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
                QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                         qPrintable(QStringLiteral("%1 as %2: the window needs at least %3×%4")
                                        .arg(language, session->role()).arg(minimum.width()).arg(minimum.height())));
            }
        }
    }

    void hostingIsOfferedOnlyWhenThisComputerRunsTheSite()
    {
        // The dialog: off by default; a bad address or half a TLS identity cannot be applied.
        ui::HostDialog dialog(net::HostSettings{}, QStringLiteral("/var/lib/baton/baton.db"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!dialog.settings().enabled);
        QVERIFY(ok->isEnabled());  // leaving it off is always fine
        dialog.enabledBox()->setChecked(true);
        QCOMPARE(dialog.settings().listen, QStringLiteral("0.0.0.0:8765"));
        QVERIFY(ok->isEnabled());
        dialog.listenEdit()->setText(QStringLiteral("everywhere"));
        QVERIFY(!ok->isEnabled());
        dialog.listenEdit()->setText(QStringLiteral("192.168.1.20:9000"));
        dialog.certificateEdit()->setText(QStringLiteral("/etc/baton/site.pem"));
        QVERIFY(!ok->isEnabled());  // a certificate without its key
        dialog.keyEdit()->setText(QStringLiteral("/etc/baton/site.key"));
        QVERIFY(ok->isEnabled());
        const net::HostSettings chosen = dialog.settings();
        QVERIFY(chosen.enabled);
        QCOMPARE(chosen.listen, QStringLiteral("192.168.1.20:9000"));
        QCOMPARE(chosen.key, QStringLiteral("/etc/baton/site.key"));

        // The window: the Settings entry only when told this computer runs the site.
        UiFixture f;
        f.signInAgent();
        text::KeywordSummarizer summarizer;
        ui::Translator translator;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("baton.ini")), QSettings::IniFormat);
        ui::MainWindow window(*f.session, summarizer, translator, settings);
        auto *host = window.findChild<QAction *>(QStringLiteral("hostSite"));
        QVERIFY(host);
        QVERIFY(!host->isVisible());
        window.setHosting(true, QStringLiteral("Hosting at ws://pc:8765: 1 desktop connected"));
        QVERIFY(host->isVisible());
        QSignalSpy asked(&window, &ui::MainWindow::hostingRequested);
        host->trigger();
        QCOMPARE(asked.size(), 1);
    }

    void languageFollowsLocaleAndSwitches()
    {
        QCOMPARE(ui::Translator::languageFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(ui::Translator::languageFor(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_TW"));
        QCOMPARE(ui::Translator::languageFor(QLocale(QStringLiteral("zh_HK"))), QStringLiteral("zh_TW"));
        QCOMPARE(ui::Translator::languageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));

        UiFixture f;
        f.signInAgent();
        text::KeywordSummarizer summarizer;
        ui::Translator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("baton.ini")), QSettings::IniFormat);
        ui::MainWindow window(*f.session, summarizer, translator, settings);
        window.show();
        auto menuTitles = [&window] {
            QStringList titles;
            for (QAction *a : window.menuBar()->actions())
                titles << a->text();
            return titles;
        };
        QVERIFY(menuTitles().contains(QStringLiteral("&Agent")));
        QVERIFY(!translator.setLanguage(QStringLiteral("fr")));  // unknown: nothing changes
        QVERIFY(translator.setLanguage(QStringLiteral("zh_CN")));
        QVERIFY2(menuTitles().contains(QStringLiteral("坐席(&A)")), qPrintable(menuTitles().join(u',')));
        QVERIFY(translator.setLanguage(QStringLiteral("zh_TW")));
        QVERIFY2(menuTitles().contains(QStringLiteral("坐席(&A)")), qPrintable(menuTitles().join(u',')));
        QVERIFY(window.workspace()->stateText().contains(QStringLiteral("離線")) || window.workspace()->stateText().contains(QStringLiteral("離綫")));
        // The workspace still works after the switch: going ready shows in the new language.
        f.session->setReady();
        QTRY_VERIFY2(window.workspace()->stateText().contains(QStringLiteral("可接聽")) || window.workspace()->stateText().contains(QStringLiteral("空閒")),
                     qPrintable(window.workspace()->stateText()));
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window.workspace()->stateText(), QStringLiteral("Available"));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
