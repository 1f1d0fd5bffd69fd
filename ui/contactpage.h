#pragma once
// ContactPage: everything about one of the agent's contacts — its transfer card, the caller's
// history, the chat (for chat contacts), and, once the conversation ends, the wrap-up form with
// its countdown. It also owns the contact's call script state, which the script panel shows.

#include "agentsession.h"
#include "scriptmodel.h"
#include "transfercard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace baton::text {
class KeywordSummarizer;
}

namespace baton::ui {

class HistoryPanel;
class TransferCardWidget;

class ContactPage : public QWidget {
    Q_OBJECT

public:
    ContactPage(models::AgentSession &session, qint64 contact, const text::KeywordSummarizer &summarizer, QWidget *parent = nullptr);

    qint64 contact() const { return m_contact; }
    models::ScriptModel &script() { return m_script; }
    TransferCardWidget *card() const { return m_card; }
    HistoryPanel *history() const { return m_history; }
    QPlainTextEdit *chatInput() const { return m_chatInput; }
    QComboBox *disposition() const { return m_disposition; }
    QPlainTextEdit *wrapNotes() const { return m_notes; }
    QPushButton *finishButton() const { return m_finish; }
    QString chatText() const;

    // Follows the session: offer → talking → wrap-up. Called on every change and each second.
    void refresh();
    void finishWrapUp();
    void sendChat();
    void insertCanned(const QString &text);

private:
    void buildChat();
    void appendChat(const QJsonObject &line);
    void observe(const QString &text);

    models::AgentSession &m_session;
    qint64 m_contact;
    models::TransferCard m_transfer;
    models::ScriptModel m_script;
    bool m_scriptLoaded = false;
    TransferCardWidget *m_card;
    QTabWidget *m_tabs;
    HistoryPanel *m_history;
    QWidget *m_chatTab = nullptr;
    QTextBrowser *m_chatLog = nullptr;
    QPlainTextEdit *m_chatInput = nullptr;
    QComboBox *m_canned = nullptr;
    int m_chatShown = 0;
    QWidget *m_wrapPanel;
    QLabel *m_wrapCountdown;
    QProgressBar *m_wrapBar;
    QComboBox *m_disposition;
    QPlainTextEdit *m_notes;
    QCheckBox *m_followUpOn;
    QDateEdit *m_followUp;
    QPushButton *m_finish;
    QString m_phase;
};

}  // namespace baton::ui
