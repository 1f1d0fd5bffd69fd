#pragma once
// AgentSession: an agent's day as the desktop sees it, kept from the router's pushes and
// replies — whatever RouterClient it is given (embedded or remote), so the workspace never
// knows which. It holds the signed-in identity, the agent's state, the one outstanding offer
// with its accept deadline, the conversations in progress and in wrap-up (with their transfer
// cards and chat lines), today's counts, and the site's directory (groups, agents,
// dispositions). Views read it and call its commands; errors come back as one signal with a
// message a person can read.

#include "protocol.h"
#include "routerclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace baton::models {

struct Offer {
    qint64 offer = 0;
    qint64 contact = 0;
    QJsonObject card;          // the `offer` push body (docs/PROTOCOL.md §7)
    QDeadlineTimer deadline;   // when the offer times out at the router
    int acceptSeconds = 0;     // what the agent had when it arrived
};

struct Conversation {
    enum class Phase { Talking, WrapUp };
    qint64 contact = 0;
    QJsonObject card;
    QJsonArray chat;           // chat.message bodies, oldest first
    Phase phase = Phase::Talking;
    QElapsedTimer since;       // accepted (talking) or ended (wrap-up)
    QDeadlineTimer wrapDeadline;  // wrap-up: when it ends by itself (forever when untimed)
    int wrapSeconds = 0;
    int unread = 0;            // customer lines the agent has not looked at
    bool transferred = false;  // this agent's part ended by a transfer

    bool isChat() const { return card.value(QStringLiteral("channel")).toString() == QLatin1String("chat"); }
};

struct DirectoryGroup {
    QString id;
    QString name;
    int wrapUpSeconds = 0;
};

struct DirectoryAgent {
    QString id;
    QString name;
    QStringList groups;
};

class AgentSession : public QObject {
    Q_OBJECT

public:
    explicit AgentSession(net::RouterClient &client, QObject *parent = nullptr);

    net::RouterClient &client() const { return m_client; }

    // Sign in. signedIn() or signInFailed() follows, with a message for the user.
    void signIn(const QString &user, const QString &password);
    void signOut();
    bool isSignedIn() const { return m_signedIn; }

    QString user() const { return m_user; }
    QString displayName() const { return m_displayName; }
    QString role() const { return m_role; }
    QString agentId() const { return m_agent; }
    QString site() const { return m_site; }

    // The agent's state as the router sees it: offline, available, offered, busy, wrapUp, notReady.
    QString state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QJsonArray groups() const { return m_groups; }
    int contactsToday() const { return m_contactsToday; }
    int handledThisSession() const { return m_handled; }
    // Average talk time of the conversations this agent ended since signing in; 0 before any.
    double averageHandleSeconds() const { return m_handled > 0 ? m_handledSeconds / m_handled : 0.0; }

    const std::optional<Offer> &offer() const { return m_offer; }
    const QList<Conversation> &conversations() const { return m_conversations; }
    const Conversation *conversation(qint64 contact) const;
    void markRead(qint64 contact);

    const QList<DirectoryGroup> &directoryGroups() const { return m_dirGroups; }
    const QList<DirectoryAgent> &directoryAgents() const { return m_dirAgents; }
    QStringList dispositions() const { return m_dispositions; }
    QStringList notReadyReasons() const { return m_notReadyReasons; }
    QString groupName(const QString &id) const;
    // What people call a business ("信用卡挂失" for "card_loss"); the id when the site names none.
    QString businessName(const QString &id) const { return m_businesses.value(id, id); }
    const QHash<QString, QString> &businessNames() const { return m_businesses; }

    // Commands. Their failures come to requestFailed().
    void setReady();
    void setNotReady(const QString &reason);
    void setOffline();
    void accept();
    void decline(const QString &reason = {});
    void endContact(qint64 contact);
    void transfer(qint64 contact, const QString &group, const QString &agent, const QString &note);
    // The conversation goes on in another channel ("voice", "chat" …), with this agent.
    void changeChannel(qint64 contact, const QString &channel);
    void finishWrapUp(qint64 contact, const QString &disposition, const QString &notes);
    void sendChat(qint64 contact, const QString &text);

    // Turns a protocol error into a sentence for the agent (translated).
    static QString describe(const net::WireFailure &failure);

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);
    void signedOut(const QString &reason);
    void stateChanged();
    void countsChanged();
    void offerArrived(qint64 contact);
    void offerEnded(qint64 contact, const QString &how, const QString &reason);
    void conversationsChanged();
    void conversationStarted(qint64 contact);
    void conversationEnded(qint64 contact, bool transferred);
    void wrapUpEnded(qint64 contact, bool timedOut);
    void chatMessage(qint64 contact, const QJsonObject &line);
    void directoryChanged();
    void requestFailed(const QString &message);
    void connectionChanged(baton::net::RouterClient::State state);

private:
    void onPush(const net::Message &push);
    void applyStatus(const QJsonObject &status);
    // Brings the conversations in line with what the router says the agent holds (after a
    // sign-in or a resumed connection): fetches the cards of the ones this desktop lacks.
    void reconcile(const QJsonObject &status);
    void command(const QString &type, QJsonObject body, std::function<void(const net::Message &)> then = {});
    void loadDirectory();
    Conversation *find(qint64 contact);
    void removeConversation(qint64 contact);

    net::RouterClient &m_client;
    bool m_signedIn = false;
    QString m_user;
    QString m_displayName;
    QString m_role;
    QString m_agent;
    QString m_site;
    QString m_state = QStringLiteral("offline");
    QString m_reason;
    QJsonArray m_groups;
    int m_contactsToday = 0;
    int m_handled = 0;
    double m_handledSeconds = 0;
    std::optional<Offer> m_offer;
    QList<Conversation> m_conversations;
    QList<DirectoryGroup> m_dirGroups;
    QList<DirectoryAgent> m_dirAgents;
    QStringList m_dispositions;
    QStringList m_notReadyReasons;
    QHash<QString, QString> m_businesses;
};

}  // namespace baton::models
