#include "mainwindow.h"

#include "agentsession.h"
#include "agentworkspace.h"
#include "applicationid.h"
#include "journeypanel.h"
#include "reportpanel.h"
#include "reviewdesk.h"
#include "autostart.h"
#include "desktopnotifier.h"
#include "supervisorworkspace.h"
#include "trainerworkspace.h"
#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace baton::ui {

MainWindow::MainWindow(models::AgentSession &session, const text::KeywordSummarizer &summarizer, Translator &translator,
                       QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_summarizer(summarizer)
    , m_translator(translator)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon::fromTheme(platform::applicationId(), QIcon(QStringLiteral(":/icons/baton.svg"))));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::bringForward);
    }
    // An offer that was answered, declined or withdrawn is no longer news.
    connect(&session, &models::AgentSession::offerEnded, this, [this] {
        if (m_notifier)
            m_notifier->withdraw(QStringLiteral("offer"));
    });
    build();
    connect(&translator, &Translator::languageChanged, this, [this] {
        // Every text is rebuilt in the new language; the session's state is untouched.
        saveLayout();
        build();
    });
    connect(&session, &models::AgentSession::connectionChanged, this, [this] { m_connection->setText(connectionText()); });
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

AgentWorkspace *MainWindow::workspace() const
{
    return m_workspace;
}

SupervisorWorkspace *MainWindow::supervisor() const
{
    return m_supervisor;
}

ReportPanel *MainWindow::reports() const
{
    return m_reports;
}

JourneyPanel *MainWindow::journeys() const
{
    return m_journeys;
}

TrainerWorkspace *MainWindow::trainer() const
{
    return m_trainer;
}

void MainWindow::setHosting(bool available, const QString &status)
{
    m_hostingAvailable = available;
    if (m_hostAction)
        m_hostAction->setVisible(available);
    if (!m_hostStatus) {
        m_hostStatus = new QLabel(this);
        statusBar()->addPermanentWidget(m_hostStatus);
    }
    m_hostStatus->setText(status);
    m_hostStatus->setVisible(!status.isEmpty());
}

void MainWindow::build()
{
    // The workspaces this user's role has: an agent's desk for a routing agent, the queue
    // dashboard for a supervisor (a supervisor who takes calls has both, in tabs).
    if (QWidget *old = centralWidget())
        old->deleteLater();
    m_workspace = nullptr;
    m_supervisor = nullptr;
    m_trainer = nullptr;
    m_reports = nullptr;
    m_journeys = nullptr;
    menuBar()->clear();
    const QString role = m_session.role();
    if (!m_session.agentId().isEmpty()) {
        m_workspace = new AgentWorkspace(m_session, m_summarizer, this);
        m_workspace->restoreLayout(m_settings.value(QStringLiteral("workspace/agent")).toByteArray());
    }
    if (role == QLatin1String("supervisor") || role == QLatin1String("admin")) {
        m_supervisor = new SupervisorWorkspace(m_session, this);
        m_supervisor->restoreLayout(m_settings.value(QStringLiteral("workspace/supervisor")).toByteArray());
        connect(m_supervisor, &SupervisorWorkspace::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        m_reports = new ReportPanel(m_session, this);
        connect(m_reports, &ReportPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        m_journeys = new JourneyPanel(m_session, this);
        connect(m_journeys, &JourneyPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        connect(m_supervisor, &SupervisorWorkspace::journeyRequested, this, [this](qint64 contact) {
            if (auto *tabs = qobject_cast<QTabWidget *>(centralWidget()))
                tabs->setCurrentWidget(m_journeys);
            m_journeys->openJourney(contact);
        });
        connect(m_supervisor, &SupervisorWorkspace::attentionNeeded, this,
                [this](const QString &title, const QString &message) { announce(QStringLiteral("alert"), title, message); });
    }
    if (role == QLatin1String("trainer") || role == QLatin1String("admin")) {
        m_trainer = new TrainerWorkspace(m_session, this);
        connect(m_trainer, &TrainerWorkspace::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    }
    QList<std::pair<QWidget *, QString>> pages;
    if (m_workspace)
        pages.append({m_workspace, tr("My desk")});
    if (m_supervisor)
        pages.append({m_supervisor, tr("Queues")});
    if (m_reports)
        pages.append({m_reports, tr("Reports")});
    if (m_journeys)
        //: Page title: each customer's way through the centre (IVR, bot, queues, agents, outcome).
        pages.append({m_journeys, tr("Journeys")});
    if (m_trainer)
        pages.append({m_trainer, tr("Scripts")});
    if (pages.size() > 1) {
        auto *tabs = new QTabWidget(this);
        for (const auto &[page, title] : pages)
            tabs->addTab(page, title);
        setCentralWidget(tabs);
    } else if (!pages.isEmpty()) {
        setCentralWidget(pages.first().first);
    }
    setWindowTitle(tr("Baton — %1 (%2)").arg(m_session.displayName(), m_session.site().isEmpty() ? tr("local site") : m_session.site()));

    QMenu *file = menuBar()->addMenu(tr("&Baton"));
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    if (m_workspace) {
        QMenu *agent = menuBar()->addMenu(tr("&Agent"));
        agent->addActions(m_workspace->stateActions());
        QAction *offline = agent->addAction(tr("Go &offline"), &m_session, &models::AgentSession::setOffline);
        offline->setToolTip(tr("Stop taking contacts and appear offline"));
        agent->addSeparator();
        QAction *coaching = agent->addAction(tr("&Coaching notes…"), this, &MainWindow::showCoaching);
        coaching->setObjectName(QStringLiteral("coachingNotes"));
        coaching->setToolTip(tr("What trainers noted for you when they reviewed your conversations"));

        QMenu *contact = menuBar()->addMenu(tr("&Contact"));
        contact->addActions(m_workspace->contactActions());
    }

    if (m_supervisor) {
        QMenu *view = menuBar()->addMenu(tr("&View"));
        view->addAction(m_supervisor->wallboardAction());
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    for (const QString &lang : Translator::languages()) {
        QAction *a = language->addAction(Translator::nativeName(lang));
        a->setCheckable(true);
        a->setChecked(lang == m_translator.language());
        a->setData(lang);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] {
            m_settings.setValue(QStringLiteral("language"), lang);
            m_translator.setLanguage(lang);
        });
    }

    QAction *startAtLogin = settings->addAction(tr("&Start Baton when I log in"));
    startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    startAtLogin->setCheckable(true);
    startAtLogin->setChecked(platform::Autostart(platform::applicationId()).isEnabled());
    connect(startAtLogin, &QAction::toggled, this, &MainWindow::setStartAtLogin);
    m_hostAction = settings->addAction(tr("&Host this site for other desktops…"));
    m_hostAction->setObjectName(QStringLiteral("hostSite"));
    m_hostAction->setVisible(m_hostingAvailable);
    connect(m_hostAction, &QAction::triggered, this, &MainWindow::hostingRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Baton"), this, &MainWindow::showAbout);

    if (!m_connection) {
        m_connection = new QLabel(this);
        statusBar()->addPermanentWidget(m_connection);
    }
    m_connection->setText(connectionText());
    if (m_workspace) {
        connect(m_workspace, &AgentWorkspace::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        connect(m_workspace, &AgentWorkspace::attentionNeeded, this,
                [this](const QString &title, const QString &message) { announce(QStringLiteral("offer"), title, message); });
    }
}

QString MainWindow::connectionText() const
{
    using State = net::RouterClient::State;
    switch (m_session.client().state()) {
    case State::Ready:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Connection lost — reconnecting…");
    case State::Connecting:
    case State::SigningIn:
        return tr("Connecting…");
    case State::Disconnected:
        return tr("Disconnected");
    }
    return {};
}

void MainWindow::setNotifier(platform::DesktopNotifier *notifier)
{
    m_notifier = notifier;
    if (m_notifier) {
        m_notifier->setOpenLabel(tr("Show Baton"));
        connect(m_notifier, &platform::DesktopNotifier::activated, this, &MainWindow::bringForward, Qt::UniqueConnection);
    }
}

void MainWindow::bringForward()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    // A window manager that refuses to focus a window on request still marks it as wanting attention.
    QApplication::alert(this);
}

void MainWindow::announce(const QString &tag, const QString &title, const QString &message)
{
    // Come forward without taking the keyboard: the agent may be typing to another customer.
    if (isMinimized())
        showNormal();
    raise();
    QApplication::alert(this);
    if (isActiveWindow() && !isMinimized())
        return;
    const auto urgency = tag == QLatin1String("offer") ? platform::DesktopNotifier::Urgency::Critical : platform::DesktopNotifier::Urgency::Normal;
    if (!(m_notifier && m_notifier->notify(tag, title, message, urgency)) && m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    QApplication::beep();
}

void MainWindow::setStartAtLogin(bool on)
{
    platform::Autostart autostart(platform::applicationId());
    if (const QString error = autostart.setEnabled(on, QCoreApplication::applicationFilePath()); !error.isEmpty())
        statusBar()->showMessage(tr("Could not change starting at log-in: %1").arg(error), 8000);
    else
        statusBar()->showMessage(on ? tr("Baton will start when you log in.") : tr("Baton will no longer start when you log in."), 8000);
}

void MainWindow::showCoaching()
{
    auto *notes = new models::CoachingNotes(m_session.client(), this);
    connect(notes, &models::CoachingNotes::failed, this, [this, notes](const QString &message) {
        statusBar()->showMessage(message, 8000);
        notes->deleteLater();
    });
    connect(notes, &models::CoachingNotes::changed, this, [this, notes] {
        notes->deleteLater();
        QString html;
        for (const models::QaReviewInfo &n : notes->notes()) {
            html += QStringLiteral("<p><b>%1</b> · %2<br>%3<br><span style=\"color:gray\">%4</span></p>")
                        .arg(QLocale().toString(n.interactionStarted.toLocalTime(), QLocale::ShortFormat), n.reviewer.toHtmlEscaped(),
                             n.coachingNote.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                             tr("Attitude %1 · knowledge %2 · efficiency %3 · script adherence %4 (of 5)")
                                 .arg(n.scores.attitude)
                                 .arg(n.scores.knowledge)
                                 .arg(n.scores.efficiency)
                                 .arg(n.scores.scriptAdherence));
        }
        if (html.isEmpty())
            html = tr("No coaching notes yet. When a trainer reviews one of your conversations and leaves a note, it is shown here.");
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Coaching notes"), html, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("coachingDialog"));
        box->setTextFormat(Qt::RichText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    notes->refresh();
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    QList<QAction *> all = m_workspace ? m_workspace->stateActions() + m_workspace->contactActions() : QList<QAction *>{};
    for (QAction *a : all)
        lines << QStringLiteral("%1\t%2").arg(a->shortcut().toString(QKeySequence::NativeText), a->text().remove(QLatin1Char('&')));
    lines << QStringLiteral("%1\t%2").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText), tr("Finish wrap-up"));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')), QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Baton"),
                                tr("Baton %1 — the agent's workstation where an IVR or bot hands the customer to a person.")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveLayout()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_workspace)
        m_settings.setValue(QStringLiteral("workspace/agent"), m_workspace->saveLayout());
    if (m_supervisor)
        m_settings.setValue(QStringLiteral("workspace/supervisor"), m_supervisor->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

}  // namespace baton::ui
