#pragma once
// MainWindow: the desktop's window — menus with every action and its shortcut, the status bar
// with the connection, the notifications that announce offers and alerts while the window is in
// the background, and the workspace for the signed-in user's role. Layout and language are kept in the settings.

#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;
class QLabel;
class QSettings;

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

class AgentWorkspace;
class JourneyPanel;
class ReportPanel;
class SupervisorWorkspace;
class TrainerWorkspace;
class Translator;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(models::AgentSession &session, const text::KeywordSummarizer &summarizer, Translator &translator, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    AgentWorkspace *workspace() const;        // nullptr for a user who is no routing agent
    SupervisorWorkspace *supervisor() const;  // nullptr unless a supervisor or admin
    TrainerWorkspace *trainer() const;        // nullptr unless a trainer or admin
    ReportPanel *reports() const;  // nullptr unless a supervisor or admin
    JourneyPanel *journeys() const;  // nullptr unless a supervisor or admin
    QString connectionText() const;
    // Announcements go to the desktop's notification service when there is one (else the tray).
    void setNotifier(platform::DesktopNotifier *notifier);
    // Brings the window forward: a second launch of Baton, or a click on a notification.
    void bringForward();

    // This computer runs the site: Settings offers hosting it for other desktops; `status`
    // ("Hosting at ws://pc:8765, 2 desktops connected") shows in the status bar.
    void setHosting(bool available, const QString &status);

Q_SIGNALS:
    void signOutRequested();
    void hostingRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void saveLayout();
    void announce(const QString &tag, const QString &title, const QString &message);
    void setStartAtLogin(bool on);
    void showShortcuts();
    void showCoaching();
    void showAbout();

    models::AgentSession &m_session;
    const text::KeywordSummarizer &m_summarizer;
    Translator &m_translator;
    QSettings &m_settings;
    QPointer<AgentWorkspace> m_workspace;
    QPointer<SupervisorWorkspace> m_supervisor;
    QPointer<TrainerWorkspace> m_trainer;
    QPointer<ReportPanel> m_reports;
    QPointer<JourneyPanel> m_journeys;
    bool m_hostingAvailable = false;
    QPointer<QAction> m_hostAction;
    QPointer<QLabel> m_hostStatus;
    QLabel *m_connection = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<platform::DesktopNotifier> m_notifier;
};

}  // namespace baton::ui
