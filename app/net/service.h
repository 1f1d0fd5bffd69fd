#pragma once
// RoutingService: the routing core behind the protocol. It owns the Router, its timers, the
// journal and the store look-ups, and talks to Sessions in protocol Messages only. The WebSocket
// gateway (baton-router, or a desktop that hosts) and LocalClient (an embedded desktop) both
// drive it the same way, so both behave the same.
//
//   - requests are checked for the session's role, then run; the response and any pushes the
//     command caused are released only once the journal records behind them are durable;
//   - pushes carry a per-session sequence number and the last ones are kept, so a client that
//     lost its connection resumes with the pushes it missed;
//   - an agent whose connection is gone and not resumed within the grace period goes offline,
//     and its pending offer goes to someone else.

#include "clock.h"
#include "interactionrepository.h"
#include "journeyrecorder.h"
#include "protocol.h"
#include "queueintervalrecorder.h"
#include "roles.h"
#include "router.h"
#include "routerstate.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <limits>
#include <memory>

namespace baton::store {
class Database;
class Journal;
}  // namespace baton::store

namespace baton::net {

struct Identity {
    QString user;
    core::Role role = core::Role::Agent;
    core::AgentId agent;      // the routing agent this user is, if any
    QString displayName;
    QString token;            // the sign-in token issued or checked (empty: the authenticator has none)
};

// Checks a user's password (baton-router: the store's users; tests: a fixed list).
class Authenticator {
public:
    virtual ~Authenticator() = default;
    virtual core::Result<Identity> authenticate(const QString &user, const QString &password) = 0;
    // Sign-in tokens (store::UserRepository): a client signs in again with the token its last
    // sign-in gave it, without the password check. An authenticator without a store has none.
    virtual core::Result<Identity> authenticateToken(const QString &user, const QString &token);
    virtual void revokeToken(const QString & /*token*/) {}
};

struct ServiceOptions {
    QString databasePath;                 // empty: no store — no customer look-ups, no journal
    bool journal = true;                  // journal (and recover) when there is a database
    bool fsync = true;
    qint64 leaseEpoch = 0;                // PostgreSQL, active and standby: the site lock's epoch (fences the journal)
    int snapshotEvery = 20000;            // journal records between snapshots
    std::chrono::milliseconds resumeGrace{5000};  // dead within 20–25 s, offline 5 s later: at most 30 s
    std::chrono::milliseconds restartGrace{30000};  // after a restart, agents not signed in by then go offline
    std::chrono::milliseconds statsInterval{500};
    std::chrono::milliseconds positionInterval{1000};
    // Journeys that changed are stored this often, in one transaction: a crash loses at most
    // this much of them, and each write stays short (at 200 contacts/s, ~1,000 journeys).
    std::chrono::milliseconds journeySaveInterval{5000};
    int keptPushes = 2000;                // per session, for resuming
    // Check passwords on a thread of their own (argon2id: ~150 ms each), so sign-ins never stall
    // routing; the Authenticator is then only ever called from that thread.
    bool authenticateOnThread = false;
};

// Where a session's connection comes from: inside this process (LocalClient), or another
// computer through the Gateway.
enum class Origin { Local, Remote };

class Session {
public:
    using Sink = std::function<void(const Message &)>;

    quint64 id() const { return m_id; }
    bool authenticated() const { return m_identity.has_value(); }
    const std::optional<Identity> &identity() const { return m_identity; }

private:
    friend class RoutingService;
    quint64 m_id = 0;
    Origin m_origin = Origin::Local;
    Sink m_sink;                                  // null while detached
    std::optional<Identity> m_identity;           // with the sign-in token, revoked at bye
    qint64 m_nextSeq = 1;
    std::deque<Message> m_kept;                   // the last pushes, for resuming
    std::deque<std::pair<std::uint64_t, Message>> m_held;  // waiting for the journal
    QSet<quint64> m_contacts;                     // contacts an integration created
    QHash<quint64, QJsonObject> m_lastPosition;   // what it was last told, per contact
    bool m_stats = false;
    bool m_touched = false;                       // has unsealed messages
    bool m_helloPending = false;                  // its password is being checked
    std::vector<Message> m_queued;                // requests that came meanwhile
    std::unique_ptr<QTimer> m_graceTimer;
    // Set while a `ping` may be answered without this thread (see Gateway): signed in, not a
    // resumed session (answers to the old connection's requests may still come), nothing held
    // for the journal, not stopping. Written here, read by the connection's I/O thread.
    std::shared_ptr<std::atomic<bool>> m_edgePing;
    bool m_resumed = false;
};

struct ServiceMetrics {
    long long sessions = 0;
    long long authenticated = 0;
    long long requests = 0;
    long long errors = 0;
    long long contactsCreated = 0;
    std::uint64_t journalAppended = 0;
    std::uint64_t journalDurable = 0;
    std::vector<double> offerLatencyMs;   // creation → offer pushed, since the last read
};

class RoutingService final : public QObject, public core::EventSink {
    Q_OBJECT

public:
    RoutingService(const core::Clock &clock, core::SiteConfig config, ServiceOptions options, Authenticator *authenticator,
                   QObject *parent = nullptr);
    ~RoutingService() override;

    // Opens the store and journal, rebuilds the router from the journal, starts the timers.
    core::Result<core::RestoreReport> start();
    // Tells every session to reconnect later, and waits for the journal.
    void shutdown(std::chrono::milliseconds reconnectIn = std::chrono::milliseconds(2000));
    bool ready() const;
    // The journal was fenced: another router took over the site (store::SiteLock).
    bool fenced() const;

    // edgePing, when given, is kept up to date for the gateway (Session::m_edgePing).
    Session *open(Session::Sink sink, Origin origin = Origin::Local, std::shared_ptr<std::atomic<bool>> edgePing = nullptr);
    // Who may sign in from other computers, when that differs from the local sign-in (a desktop
    // that hosts its embedded site: its own users pick themselves, other desktops give a
    // password). Checked on the sign-in thread, started here if there is none. Null: remote
    // sessions use the same authenticator as local ones. Shared: a check in flight on the
    // sign-in thread keeps it alive, and the service lets go of it only after that thread ends.
    void setRemoteAuthenticator(std::shared_ptr<Authenticator> authenticator);
    int remoteSessions() const;  // signed in from other computers, connected now
    void detach(Session *session);  // the connection is gone: keep the session for a while
    void close(Session *session);   // the client said goodbye
    void receive(Session *session, const Message &request);

    // A new configuration, validated first; the old one stays on error. Audited by the caller.
    core::Status reload(core::SiteConfig config, const QString &actor);

    const core::Router &router() const { return *m_router; }
    ServiceMetrics takeMetrics();

private Q_SLOTS:
    void onDurable(quint64 durable);
    void onTimer();
    void publishPositions();
    void publishStats();

    // The router's events (EventSink), after the journal has seen them.
    void onEvent(const core::Event &event) override;

private:
    void deliver(Session *session, Message message);
    void refreshEdgePing(Session *session) const;
    void seal();
    void pushTo(Session *session, const QString &type, QJsonObject body);
    void send(Session *session, const Message &message);
    void reply(Session *session, const Message &request, const core::Status &status, QJsonObject body = {});
    void afterCommand();
    Session *agentSession(const core::AgentId &agent) const;
    bool createdBy(core::ContactId contact, const QString &user) const;
    std::optional<Message> hello(Session *session, const Message &request);
    struct Resume {
        quint64 session = 0;
        qint64 seq = 0;
    };
    void startAuthThread();
    void revokeToken(Session *session, const QString &token);
    std::optional<Message> finishHello(Session *session, const Message &request, Resume resume, const core::Result<Identity> &who);
    void dispatch(Session *session, const Message &request);
    QJsonObject offerCard(const core::OfferMade &offer);
    QJsonObject heldCard(core::ContactId contact) const;
    static void addRequest(QJsonObject &card, const core::ContactRequest &request);
    void addConversation(QJsonObject &card, core::ContactId contact) const;
    core::ContactRequest lookUpCustomer(core::ContactRequest request, const QString &phone, const QString &system,
                                        const QString &externalId);
    void dropSession(Session *session);
    void scriptRequest(Session *session, const Message &request);
    void qaRequest(Session *session, const Message &request);
    void reportRequest(Session *session, const Message &request);
    void journeyRequest(Session *session, const Message &request);
    void intervalsRequest(Session *session, const Message &request);
    void saveJourneys(const QList<store::ContactJourney> &journeys);
    void sampleIntervals(QDateTime atUtc);  // by value: callers pass m_intervalsDirtyAt, which it clears
    // Before a command: changes made in an earlier interval are sampled there, not in this one.
    void sampleIntervalsIfLater();
    core::GroupDayTotals todayTotals(const core::GroupStatistics &s) const;  // with what earlier runs counted today
    void audit(const QString &actor, const QString &action, const QString &object, const QString &before, const QString &after);
    static QString membershipsJson(const QList<core::Membership> &groups);
    void startInteraction(core::ContactId contact, const core::AgentId &agent, const core::GroupId &group, core::Duration waited);
    QStringList transferChain(core::ContactId contact) const;  // the agents who transferred it, in order
    // Each group's queue counts for the day into queue_days (for reports), on top of what an
    // earlier run of the router wrote for the day it started on.
    void saveQueueDays(const QDate &day, const QList<core::GroupDayTotals> &totals);
    void saveToday();
    void finishInteraction(core::ContactId contact, const core::AgentId &agent);

    const core::Clock &m_clock;
    core::SiteConfig m_config;
    ServiceOptions m_options;
    Authenticator *m_authenticator;
    std::shared_ptr<Authenticator> m_remoteAuthenticator;
    std::unique_ptr<core::Router> m_router;
    core::RouterStateTracker m_tracker;
    std::unique_ptr<core::JournalingSink> m_journalSink;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Journal> m_journal;
    std::uint64_t m_recordsSinceSnapshot = 0;
    bool m_stopping = false;
    bool m_inCommand = false;
    std::vector<Session *> m_touched;                   // sessions with unsealed messages
    std::vector<Session *> m_holding;                   // sessions with messages waiting for the journal
    static constexpr std::uint64_t kUnsealed = std::numeric_limits<std::uint64_t>::max();

    std::vector<std::unique_ptr<Session>> m_sessions;
    quint64 m_nextSession = 1;
    QHash<core::AgentId, Session *> m_agents;           // the signed-in session of each agent
    QHash<quint64, Session *> m_contactOwner;           // contact → the integration that created it
    QHash<quint64, core::TimePoint> m_createdAt;        // for offer latency
    std::pair<core::ContactId, const core::ContactRequest *> m_arriving{};  // during contactArrived()
    core::ContactId m_transferring;  // between ContactTransferred and its ContactEnded
    QJsonObject m_lastOutcome;  // the bot or after-hours details of the contact just created
    QSet<QString> m_dirtyQueues;                        // group/channel keys whose positions moved
    bool m_statsDirty = false;
    QTimer m_timer;
    QTimer m_positionTimer;
    QTimer m_statsTimer;
    QTimer m_queueDayTimer;                                 // queue_days, once a minute
    QTimer m_journeyTimer;                                  // changed journeys, every few seconds
    QList<store::ContactJourney> m_unsavedJourneys;         // a batch the database refused, tried again once
    QDate m_queueBaseDay;                                   // the day m_queueBase belongs to
    QHash<QString, core::GroupDayTotals> m_queueBase;       // its counts before this run
    QueueIntervalRecorder m_intervals;                      // today by 15 minutes, for the charts
    QDateTime m_intervalsDirtyAt;                           // the first command since the last sample (invalid: none)
    JourneyRecorder m_journeys;                             // each contact's way through, until it is over
    ServiceMetrics m_metrics;
    // Conversations on their way into the customer's history: (contact, agent) → what is known.
    std::map<std::pair<quint64, core::AgentId>, store::Interaction> m_interactions;
    std::map<std::pair<quint64, core::AgentId>, std::pair<QString, QString>> m_wrapDetails;  // disposition, notes
    QHash<quint64, QJsonArray> m_chats;  // chat contacts: the conversation so far (not journaled)
    QHash<quint64, QJsonArray> m_transfers;  // transferred contacts: each hop's note (not journaled)
    std::unique_ptr<QThread> m_authThread;
    QObject *m_authContext = nullptr;  // lives on m_authThread
};

}  // namespace baton::net
