#pragma once
// AgentWorkspace: the agent's window content — the state bar, the incoming offer with its
// countdown, the agent's contacts, the contact in front of them (card, history, chat, wrap-up),
// and beside it the call script and knowledge search. Everything it shows comes from
// AgentSession; every command goes back through it.

#include "agentsession.h"
#include "contactsmodel.h"
#include "keywordsummary.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace baton::ui {

class ContactPage;
class KnowledgePanel;
class ScriptPanel;

class AgentWorkspace : public QWidget {
    Q_OBJECT

public:
    AgentWorkspace(models::AgentSession &session, const text::KeywordSummarizer &summarizer, QWidget *parent = nullptr);

    // The workspace's actions, for the window's menus (each with its shortcut in the tooltip).
    QList<QAction *> stateActions() const;
    QList<QAction *> contactActions() const;
    QAction *acceptAction() const { return m_accept; }
    QAction *declineAction() const { return m_decline; }
    QAction *readyAction() const { return m_ready; }
    QAction *notReadyAction() const { return m_notReady; }
    QAction *endAction() const { return m_end; }
    QAction *transferAction() const { return m_transfer; }
    QAction *nextStageAction() const { return m_nextStage; }
    QAction *previousStageAction() const { return m_prevStage; }
    QAction *searchAction() const { return m_search; }

    ContactPage *page(qint64 contact) const { return m_pages.value(contact); }
    ContactPage *currentPage() const;
    void showContact(qint64 contact);
    ScriptPanel *scriptPanel() const { return m_script; }
    KnowledgePanel *knowledgePanel() const { return m_knowledge; }
    QWidget *offerBanner() const { return m_banner; }
    QString offerCountdownText() const;
    QString stateText() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    // An offer arrived: the window should come forward (without taking focus from typing).
    void attentionNeeded(const QString &title, const QString &message);
    void statusMessage(const QString &message);

private:
    void buildActions();
    void onOffer(qint64 contact);
    void onOfferEnded(qint64 contact, const QString &how, const QString &reason);
    void syncPages();
    void tick();
    void updateState();
    void updateActions();
    void transferCurrent();
    void declineWithReason();
    void fillReasons();

    models::AgentSession &m_session;
    const text::KeywordSummarizer &m_summarizer;
    models::ContactsModel m_contacts;
    QHash<qint64, ContactPage *> m_pages;
    QTimer m_tick;

    QLabel *m_stateLabel;
    QLabel *m_counts;
    QLabel *m_groups;
    QToolButton *m_readyButton;
    QToolButton *m_notReadyButton;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QProgressBar *m_countdown;
    QListView *m_contactList;
    QStackedWidget *m_stack;
    QWidget *m_idle;
    QLabel *m_idleText;
    ScriptPanel *m_script;
    KnowledgePanel *m_knowledge;
    QSplitter *m_mainSplit;
    QSplitter *m_sideSplit;

    QAction *m_ready = nullptr;
    QAction *m_notReady = nullptr;
    QMenu *m_reasons = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_decline = nullptr;
    QAction *m_end = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_switchChannel = nullptr;  // a chat goes on as a call, or back
    QAction *m_nextStage = nullptr;
    QAction *m_prevStage = nullptr;
    QAction *m_search = nullptr;
};

}  // namespace baton::ui
