#pragma once
// Desktop: the composition root of `baton`. It reads the command line and settings, installs
// the language, starts the embedded routing service when this computer runs the site (and the
// demo traffic in demo mode), signs the user in — embedded or on a remote router — and opens
// the workspace. Nothing below it knows which mode it is in.

#include "clock.h"
#include "siteconfig.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace baton::net {
class RoutingService;
class RouterClient;
class SiteHost;
struct HostSettings;
}
namespace baton::models {
class AgentSession;
}
namespace baton::text {
class KeywordSummarizer;
}
namespace baton::platform {
class DesktopNotifier;
}
namespace baton::ui {
class MainWindow;
class SignInDialog;
class Translator;
struct SignInChoice;
}

namespace baton::desktop {

class DemoDriver;
class LocalAuthenticator;

// The demo's clock: the machine's, with the wall time moved into the site's business hours when
// the demo starts outside them, so a newcomer sees calls at any hour. Durations are untouched.
class DemoClock final : public core::Clock {
public:
    void setShift(qint64 ms) { m_shiftMs = ms; }
    qint64 shift() const { return m_shiftMs; }
    core::TimePoint now() const override { return m_system.now(); }
    QDateTime utcNow() const override { return m_system.utcNow().addMSecs(m_shiftMs); }

private:
    core::SystemClock m_system;
    qint64 m_shiftMs = 0;
};

struct DesktopOptions {
    bool demo = false;
    QString language;        // empty: settings, then the system locale
    QString workspace = QStringLiteral("agent");
    QString configPath;      // embedded site
    QString dbPath;
    QString server;          // remote router
    QString user;
    double demoRate = 6;     // demo contacts per minute
    int demoColleagues = 6;
    bool quitWhenReady = false;  // print the start-up time once the workspace is painted, and quit
    bool autopilot = false;      // demo: the user's own desk takes calls by itself
    bool newInstance = false;    // do not hand over to a running Baton
    qint64 processStartMs = 0;   // QDateTime::currentMSecsSinceEpoch() at the start of main()
};

class Desktop : public QObject {
    Q_OBJECT

public:
    Desktop(DesktopOptions options, QObject *parent = nullptr);
    ~Desktop() override;

    // Starts what the options ask for; an error message (and the exit code 2) on failure.
    QString start();
    // Brings the window (or the sign-in dialog) forward: a second launch of baton asked for it.
    void bringForward();

private:
    QString startEmbedded(const QString &configPath, const QString &dbPath);
    void showSignIn(const QString &error = {});
    void signIn(const ui::SignInChoice &choice);
    void openWorkspace();
    // Hosting the embedded site for other desktops (Settings; off by default).
    net::HostSettings hostSettings() const;
    QString applyHosting(const net::HostSettings &settings);  // an error, or empty
    void configureHosting();
    QString hostingStatus() const;
    void signOut();

    DesktopOptions m_options;
    QSettings m_settings;
    DemoClock m_clock;  // unshifted except in demo mode
    std::unique_ptr<ui::Translator> m_translator;
    std::unique_ptr<text::KeywordSummarizer> m_summarizer;
    core::SiteConfig m_site;
    bool m_embedded = false;
    std::unique_ptr<LocalAuthenticator> m_auth;
    std::unique_ptr<net::RoutingService> m_service;
    std::unique_ptr<net::SiteHost> m_host;  // serving other desktops (before m_service goes)
    QString m_dbPath;
    QTimer *m_hostTimer = nullptr;
    std::unique_ptr<DemoDriver> m_demo;
    std::unique_ptr<net::RouterClient> m_client;
    std::unique_ptr<models::AgentSession> m_session;
    std::unique_ptr<platform::DesktopNotifier> m_notifier;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SignInDialog> m_signIn;
};

}  // namespace baton::desktop
