#include "desktop.h"

#include "agentsession.h"
#include "configparser.h"
#include "database.h"
#include "applicationid.h"
#include "demodriver.h"
#include "desktopnotifier.h"
#include "hostdialog.h"
#include "hosting.h"
#include "keywordsummary.h"
#include "localauthenticator.h"
#include "mainwindow.h"
#include "routerclient.h"
#include "scenario.h"
#include "seeddata.h"
#include "service.h"
#include "signindialog.h"
#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#ifdef BATON_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace baton::desktop {

Q_LOGGING_CATEGORY(lcDesktop, "baton.desktop")

namespace {

core::Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error::invalid(QStringLiteral("file"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

QString keychainKey(const QString &server, const QString &user)
{
    return QStringLiteral("%1@%2").arg(user, server);
}

}  // namespace

Desktop::Desktop(DesktopOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Desktop::~Desktop()
{
    // Views go before the session they read, the session before its client, the client before
    // the service it talks to.
    m_window.reset();
    m_signIn.reset();
    m_session.reset();
    m_client.reset();
    m_demo.reset();
    // The other desktops' connections close while the service they talk to is still there.
    if (m_host)
        m_host->stop();
    if (m_service)
        m_service->shutdown(std::chrono::milliseconds(0));
    m_service.reset();
    m_host.reset();  // its authenticator outlives the service's sign-in thread
}

QString Desktop::start()
{
    m_translator = std::make_unique<ui::Translator>();
    QString language = m_options.language;
    if (language.isEmpty())
        language = m_settings.value(QStringLiteral("language")).toString();
    if (language.isEmpty())
        language = ui::Translator::languageFor(QLocale::system());
    if (!m_translator->setLanguage(language))
        return QStringLiteral("unknown language '%1' (use zh_CN, zh_TW or en)").arg(language);
    m_summarizer = std::make_unique<text::KeywordSummarizer>();

    const bool supervising = m_options.workspace == QLatin1String("supervisor");
    const bool training = m_options.workspace == QLatin1String("trainer");

    if (m_options.demo) {
        QString db = m_options.dbPath;
        if (db.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
            QDir().mkpath(dir);
            db = QDir(dir).filePath(QStringLiteral("demo.db"));
        }
        const QString error = startEmbedded(m_options.configPath.isEmpty() ? QStringLiteral(":/demo/site.json") : m_options.configPath, db);
        if (!error.isEmpty())
            return error;
        // Signed in at once as the site's first agent (or the one given), ready for calls.
        ui::SignInChoice c;
        c.embedded = true;
        c.user = supervising ? QStringLiteral("demo-supervisor")
                 : training  ? QStringLiteral("demo-trainer")
                 : m_options.user.isEmpty() ? m_site.agents.first().id.value()
                                            : m_options.user;
        signIn(c);
        return {};
    }
    if (m_options.server.isEmpty() && !m_options.configPath.isEmpty()) {
        QString db = m_options.dbPath;
        if (db.isEmpty())
            db = QFileInfo(m_options.configPath).absoluteDir().filePath(QStringLiteral("baton.db"));
        const QString error = startEmbedded(m_options.configPath, db);
        if (!error.isEmpty())
            return error;
    }
    showSignIn();
    return {};
}

QString Desktop::startEmbedded(const QString &configPath, const QString &dbPath)
{
    auto bytes = readFile(configPath);
    if (!bytes)
        return bytes.error().message;
    auto config = core::ConfigParser::parse(bytes.value());
    if (!config)
        return QStringLiteral("%1: %2").arg(configPath, config.error().toString());
    if (config->agents.isEmpty())
        return QStringLiteral("%1: the site has no agents to sign in as").arg(configPath);
    m_site = std::move(config.value());

    m_auth = std::make_unique<LocalAuthenticator>(m_site);
    const bool fresh = !QFileInfo::exists(dbPath);
    std::optional<sim::Scenario> scenario;
    std::optional<sim::Corpus> corpus;
    DemoOptions demo;
    if (m_options.demo) {
        // The demo database: customers with history, scripts and articles, written once.
        auto db = store::Database::open(dbPath, store::Database::Mode::Create);
        if (!db)
            return QStringLiteral("%1: %2").arg(store::Database::redacted(dbPath), db.error().toString());
        auto parsed = sim::Corpus::parse(readFile(QStringLiteral(":/demo/corpus.json")).value());
        if (!parsed)
            return QStringLiteral("demo corpus: %1").arg(parsed.error().toString());
        corpus = std::move(parsed.value());
        if (fresh) {
            sim::SeedOptions seed;
            seed.now = QDateTime::currentDateTimeUtc();
            qCInfo(lcDesktop) << "filling the demo database" << dbPath;
            if (auto s = sim::SeedData::seed(*db.value(), m_site, *corpus, seed); !s)
                return QStringLiteral("could not fill the demo database: %1").arg(s.error().toString());
        }
        QSqlQuery q = db.value()->query();
        if (q.exec(QStringLiteral("SELECT p.phone FROM customer_phones p JOIN (SELECT customer_id FROM interactions GROUP BY customer_id HAVING COUNT(*) >= 3 LIMIT 600) h ON h.customer_id = p.customer_id"))) {
            while (q.next())
                demo.phones << q.value(0).toString();
        }
        auto parsedScenario = sim::Scenario::parse(readFile(QStringLiteral(":/demo/traffic.json")).value(), QDir(QStringLiteral(":/demo")));
        if (!parsedScenario)
            return QStringLiteral("demo traffic: %1").arg(parsedScenario.error().toString());
        scenario = std::move(parsedScenario.value());
        // Outside business hours every call would get the after-hours message: go back to the
        // latest 10:00 local time, same minute and second, on which the default calendar is open.
        if (const core::Calendar *cal = m_site.calendar(m_site.defaultCalendar); cal && !cal->isOpen(m_clock.utcNow())) {
            const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(m_site.timeZone);
            for (int back = 0; back < 14; ++back) {
                const QDateTime candidate(local.date().addDays(-back), QTime(10, local.time().minute(), local.time().second()), m_site.timeZone);
                if (cal->isOpen(candidate.toUTC())) {
                    m_clock.setShift(QDateTime::currentDateTimeUtc().msecsTo(candidate.toUTC()));
                    qCInfo(lcDesktop) << "the demo runs at" << candidate.toString(Qt::ISODate) << "site time (inside business hours)";
                    break;
                }
            }
        }
        demo.contactsPerMinute = m_options.demoRate;
        demo.colleagues = m_options.demoColleagues;
        m_auth->addIdentity({QStringLiteral("demo-ivr"), core::Role::Integration, {}, QStringLiteral("Demo IVR"), {}});
        m_auth->addIdentity({QStringLiteral("demo-supervisor"), core::Role::Supervisor, {}, QStringLiteral("演示班长"), {}});
        m_auth->addIdentity({QStringLiteral("demo-trainer"), core::Role::Trainer, {}, QStringLiteral("演示培训师"), {}});
        if (m_options.workspace == QLatin1String("supervisor"))
            demo.colleagues = std::max(demo.colleagues, static_cast<int>(m_site.agents.size()));
    }

    net::ServiceOptions options;
    options.databasePath = dbPath;
    m_service = std::make_unique<net::RoutingService>(m_clock, m_site, options, m_auth.get());
    auto started = m_service->start();
    if (!started)
        return QStringLiteral("%1: %2").arg(store::Database::redacted(dbPath), started.error().toString());
    m_embedded = true;
    m_dbPath = dbPath;
    m_host = std::make_unique<net::SiteHost>(*m_service, dbPath, m_clock);
    if (const net::HostSettings host = hostSettings(); host.enabled) {
        if (const QString error = applyHosting(host); !error.isEmpty())
            qCWarning(lcDesktop) << "not hosting for other desktops:" << error;
    }
    if (m_options.demo) {
        const QString me = m_options.workspace != QLatin1String("agent") ? QString()
                           : m_options.user.isEmpty()                     ? m_site.agents.first().id.value()
                                                                          : m_options.user;
        m_demo = std::make_unique<DemoDriver>(*m_service, m_site, std::move(*scenario), std::move(*corpus), demo, me);
    }
    return {};
}

void Desktop::showSignIn(const QString &error)
{
    QList<std::pair<QString, QString>> agents;
    if (m_embedded) {
        for (const auto &a : m_site.agents)
            agents.append({a.id.value(), a.name});
    }
    m_signIn = std::make_unique<ui::SignInDialog>(agents);
    ui::SignInChoice last;
    last.embedded = m_embedded && m_options.server.isEmpty();
    last.server = m_options.server.isEmpty() ? m_settings.value(QStringLiteral("signIn/server")).toString() : m_options.server;
    last.user = !m_options.user.isEmpty() ? m_options.user
                : last.embedded           ? m_settings.value(QStringLiteral("signIn/agent")).toString()
                                          : m_settings.value(QStringLiteral("signIn/user")).toString();
    last.remember = m_settings.value(QStringLiteral("signIn/remember")).toBool();
    m_signIn->setChoice(last);
    if (!error.isEmpty())
        m_signIn->showError(error);
    connect(m_signIn.get(), &ui::SignInDialog::signInRequested, this, &Desktop::signIn);
    connect(m_signIn.get(), &QDialog::rejected, this, [] { QCoreApplication::quit(); });
#ifdef BATON_HAVE_KEYCHAIN
    if (!last.embedded && last.remember && !last.user.isEmpty() && !last.server.isEmpty()) {
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("Baton"), this);
        job->setAutoDelete(true);
        job->setKey(keychainKey(last.server, last.user));
        connect(job, &QKeychain::Job::finished, this, [this, last](QKeychain::Job *j) {
            if (j->error() == QKeychain::NoError && m_signIn) {
                ui::SignInChoice c = last;
                c.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                m_signIn->setChoice(c);
            }
        });
        job->start();
    }
#endif
    m_signIn->show();
}

void Desktop::signIn(const ui::SignInChoice &choice)
{
    m_session.reset();
    if (choice.embedded) {
        if (!m_service)
            return showSignIn(tr("No site runs on this computer."));
        m_client = std::make_unique<net::LocalClient>(*m_service);
    } else {
        // The dialog checked the addresses: one router, or a site's active and standby routers.
        m_client = std::make_unique<net::RemoteClient>(net::RemoteClient::parseUrls(choice.server).value());
    }
    m_session = std::make_unique<models::AgentSession>(*m_client);
    connect(m_session.get(), &models::AgentSession::signInFailed, this, [this](const QString &message) {
        if (m_signIn)
            m_signIn->showError(message);
        else
            showSignIn(message);
    });
    connect(m_session.get(), &models::AgentSession::signedIn, this, [this, choice] {
        m_settings.setValue(QStringLiteral("signIn/embedded"), choice.embedded);
        if (choice.embedded) {
            m_settings.setValue(QStringLiteral("signIn/agent"), choice.user);
        } else {
            m_settings.setValue(QStringLiteral("signIn/server"), choice.server);
            m_settings.setValue(QStringLiteral("signIn/user"), choice.user);
            m_settings.setValue(QStringLiteral("signIn/remember"), choice.remember);
#ifdef BATON_HAVE_KEYCHAIN
            // The password goes to the system keychain only; never to the settings file.
            auto *job = choice.remember ? static_cast<QKeychain::Job *>(new QKeychain::WritePasswordJob(QStringLiteral("Baton"), this))
                                        : static_cast<QKeychain::Job *>(new QKeychain::DeletePasswordJob(QStringLiteral("Baton"), this));
            job->setAutoDelete(true);
            job->setKey(keychainKey(choice.server, choice.user));
            if (choice.remember)
                static_cast<QKeychain::WritePasswordJob *>(job)->setTextData(choice.password);
            connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *j) {
                if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                    qCInfo(lcDesktop) << "keychain:" << j->errorString();
            });
            job->start();
#endif
        }
        if (m_session->role() == QLatin1String("integration")) {
            const QString message = tr("User %1 is an integration (IVR or bot) account; it cannot use the desktop.")
                                        .arg(m_session->user());
            m_session->signOut();
            showSignIn(message);
            return;
        }
        if (m_session->agentId().isEmpty() && m_session->role() == QLatin1String("agent")) {
            m_session->signOut();
            showSignIn(tr("User %1 is not set up as an agent and cannot take contacts.").arg(choice.user));
            return;
        }
        openWorkspace();
    });
    connect(m_session.get(), &models::AgentSession::signedOut, this, [this](const QString &reason) {
        if (!reason.isEmpty()) {
            m_window.reset();
            showSignIn(reason);
        }
    });
    m_session->signIn(choice.user, choice.password);
}

void Desktop::openWorkspace()
{
    if (m_signIn) {
        m_signIn->hide();
        m_signIn.release()->deleteLater();
    }
    m_window = std::make_unique<ui::MainWindow>(*m_session, *m_summarizer, *m_translator, m_settings);
    if (!m_notifier)
        m_notifier = std::make_unique<platform::DesktopNotifier>(platform::applicationId());
    m_window->setNotifier(m_notifier.get());
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &Desktop::signOut);
    if (m_embedded) {
        m_window->setHosting(true, hostingStatus());
        connect(m_window.get(), &ui::MainWindow::hostingRequested, this, &Desktop::configureHosting);
        if (!m_hostTimer) {
            // How many desktops are connected, kept current in the status bar.
            m_hostTimer = new QTimer(this);
            m_hostTimer->setInterval(std::chrono::seconds(5));
            connect(m_hostTimer, &QTimer::timeout, this, [this] {
                if (m_window)
                    m_window->setHosting(true, hostingStatus());
            });
            m_hostTimer->start();
        }
    }
    m_window->show();
    if (m_options.quitWhenReady) {
        // Start-up time, for docs/PERFORMANCE.md: from main() to the workspace on screen.
        QTimer::singleShot(0, this, [this] {
            m_window->repaint();
            const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_options.processStartMs;
            QTextStream(stdout) << "baton: workspace ready " << ms << " ms after start\n";
            QCoreApplication::quit();
        });
    }
    if (m_demo) {
        if (!m_session->agentId().isEmpty())
            m_session->setReady();
        m_demo->start();
        if (m_options.autopilot)
            m_demo->drive(*m_session);
    }
}

void Desktop::bringForward()
{
    if (m_window) {
        m_window->bringForward();
    } else if (m_signIn) {
        m_signIn->show();
        m_signIn->raise();
        m_signIn->activateWindow();
    }
}

void Desktop::signOut()
{
    if (m_session)
        m_session->signOut();
    if (m_window) {
        m_window->hide();
        m_window.release()->deleteLater();
    }
    showSignIn();
}

net::HostSettings Desktop::hostSettings() const
{
    net::HostSettings h;
    h.enabled = m_settings.value(QStringLiteral("host/enabled"), false).toBool();
    h.listen = m_settings.value(QStringLiteral("host/listen"), h.listen).toString();
    h.certificate = m_settings.value(QStringLiteral("host/certificate")).toString();
    h.key = m_settings.value(QStringLiteral("host/key")).toString();
    return h;
}

QString Desktop::applyHosting(const net::HostSettings &settings)
{
    if (!m_host)
        return tr("This computer does not run the site: only a desktop that runs it can host it.");
    auto url = m_host->apply(settings);
    if (!url)
        return url.error().message;
    if (settings.enabled)
        qCInfo(lcDesktop) << "hosting the site for other desktops at" << *url;
    return {};
}

void Desktop::configureHosting()
{
    ui::HostDialog dialog(hostSettings(), m_dbPath, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const net::HostSettings chosen = dialog.settings();
    if (const QString error = applyHosting(chosen); !error.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("Hosting"), tr("Other desktops cannot connect: %1").arg(error));
        applyHosting(hostSettings());  // back to what was working
    } else {
        m_settings.setValue(QStringLiteral("host/enabled"), chosen.enabled);
        m_settings.setValue(QStringLiteral("host/listen"), chosen.listen);
        m_settings.setValue(QStringLiteral("host/certificate"), chosen.certificate);
        m_settings.setValue(QStringLiteral("host/key"), chosen.key);
    }
    if (m_window)
        m_window->setHosting(true, hostingStatus());
}

QString Desktop::hostingStatus() const
{
    if (!m_host || !m_host->isRunning())
        return {};
    // An address on every network is reached by this computer's name.
    QUrl url(m_host->url());
    const QHostAddress host(url.host());
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 || host == QHostAddress::Any)
        url.setHost(QHostInfo::localHostName());
    return tr("Hosting at %1: %n desktop(s) connected", nullptr, m_host->connectedDesktops()).arg(url.toString());
}

}  // namespace baton::desktop
