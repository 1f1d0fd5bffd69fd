#pragma once
// Router: the routing core. It takes commands (a contact arrives, an agent changes state,
// accepts, declines, finishes wrap-up, a supervisor moves an agent…), decides which agent gets
// which contact and in what order, and reports every decision as an Event with its trace.
//
// Deterministic and single-threaded: time comes from the injected Clock, timers are processed
// when the host calls advance() (at nextDeadline()), and no command reads anything but its
// arguments and the router's own state. See docs/ROUTING.md for the semantics.
//
// Events reach the EventSink in the middle of a command. The sink may run queries, but a
// command called from inside it is refused (ErrorCode::Conflict): queue it and call it after.

#include "clock.h"
#include "contactrequest.h"
#include "events.h"
#include "groupqueue.h"
#include "result.h"
#include "routerstate.h"
#include "ruleengine.h"
#include "siteconfig.h"
#include "waitestimator.h"

#include <QHash>

#include <memory>
#include <queue>
#include <set>
#include <unordered_map>
#include <vector>

namespace baton::core {

// Where a contact stands, as the customer is told and as a supervisor sees it.
struct QueueStatus {
    ContactId contact;
    GroupId group;                          // home group
    Channel channel = Channel::Voice;
    int vipLevel = 0;
    int effectiveLevel = 0;                 // after aging
    int position = 0;                       // told: 1 + same-level contacts ahead
    long long ahead = 0;                    // true: contacts that will be served first
    Duration waited{0};
    std::optional<Duration> estimatedWait;  // Baton's estimator (queue-length based)
    std::optional<Duration> baselineWait;   // the running-average baseline
    bool offered = false;
    AgentId offeredTo;
    DecisionTrace trace;
};

struct GroupStatistics {
    GroupId group;
    QString name;
    int waiting = 0;
    Duration longestWait{0};
    std::array<std::optional<Duration>, kChannelCount> estimatedWaitNew{};  // for a new level-0 contact
    long long entered = 0;                 // contacts that queued in this group today
    long long answered = 0;
    long long answeredWithinThreshold = 0;
    long long abandoned = 0;
    long long overflowedOut = 0;           // left for a fallback action at maximum wait
    long long handled = 0;                 // conversations ended
    Duration totalAnswerWait{0};
    Duration totalHandleTime{0};
    std::array<int, kAgentStateCount> agentsByState{};
    // Agents who could be offered a contact of each channel now (available, with room for it):
    // an available chat-only agent does not help a waiting call.
    std::array<int, kChannelCount> availableFor{};
    Duration serviceLevelThreshold{0};
    double serviceLevelTarget = 0;
    // Callers' mean patience on voice (the estimator's maximum-likelihood rate of exponential
    // patience, inverted); nullopt until someone has hung up waiting. Erlang A's patience.
    std::optional<Duration> meanPatience;

    // Answered within the threshold over all contacts that finished waiting; nullopt before any.
    std::optional<double> serviceLevel() const;
    std::optional<double> abandonmentRate() const;
    std::optional<Duration> averageSpeedOfAnswer() const;
    std::optional<Duration> averageHandleTime() const;
    int agents(AgentState s) const { return agentsByState[static_cast<std::size_t>(s)]; }
};

struct AgentStatus {
    AgentId id;
    QString name;
    AgentState state = AgentState::Offline;
    Presence presence = Presence::Offline;
    QString reason;
    TimePoint stateSince{};
    QList<Membership> groups;
    std::array<int, kChannelCount> capacity{};
    std::array<int, kChannelCount> load{};
    QList<ContactId> active;
    QList<ContactId> wrapping;
    ContactId offered;
    int contactsToday = 0;
};

struct ArrivalOutcome {
    ContactId contact;
    RoutingPlan::Outcome outcome = RoutingPlan::Outcome::Queue;
    std::optional<VariantAssignment> variant;  // whatever the outcome, when the site runs an experiment
};

struct TransferTarget {
    std::optional<GroupId> group;
    std::optional<AgentId> agent;
};

struct RestoreReport {
    int waiting = 0;
    int active = 0;
    int wrapping = 0;
    int agents = 0;
    QStringList skipped;  // entries naming agents or groups the configuration no longer has
};

class Router {
public:
    // The configuration must be valid (SiteConfig::validate()); create() checks it.
    static Result<std::unique_ptr<Router>> create(const Clock &clock, SiteConfig config);
    Router(const Clock &clock, SiteConfig config);
    ~Router();
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    void setEventSink(EventSink *sink) { m_sink = sink; }
    const SiteConfig &config() const { return m_config; }

    // --- Integration side ---
    Result<ArrivalOutcome> contactArrived(ContactRequest request);
    Status abandon(ContactId contact);
    Status endContact(ContactId contact);  // the conversation ended (either side hung up)

    // --- Agent side ---
    Status setPresence(const AgentId &agent, Presence presence, const QString &reason = {});
    Status accept(const AgentId &agent, ContactId contact);
    Status decline(const AgentId &agent, ContactId contact, const QString &reason = {});
    Status finishWrapUp(const AgentId &agent, ContactId contact);
    Status transfer(const AgentId &agent, ContactId contact, const TransferTarget &target, const QString &note);

    // --- Supervisor side (audited by the host through the events) ---
    Status setMemberships(const AgentId &agent, QList<Membership> groups, const QString &actor);
    Status moveAgent(const AgentId &agent, const GroupId &from, const GroupId &to, const QString &actor);
    Status setProficiency(const AgentId &agent, const GroupId &group, int proficiency, const QString &actor);
    Status setContactLevel(ContactId contact, int level, const QString &actor);
    // A supervisor moves a contact waiting in a group queue to another group: it keeps its level,
    // its place by arrival and the time it has waited; the new group's alert, maximum wait and
    // overflow apply from its arrival. Refused while it is being offered or waits for one agent.
    Status moveContact(ContactId contact, const GroupId &group, const QString &actor);
    // The contact goes on in another channel, keeping its id and history (a web chat becomes a
    // call). Waiting: it queues in its group's queue of the new channel, keeping its level and its
    // place by arrival. In a conversation: the agent keeps it, if the agent takes that channel
    // and has room for one more. Refused while it is being offered or waits for one agent.
    Status changeChannel(ContactId contact, Channel channel, const QString &actor);
    Status replaceConfiguration(SiteConfig config, const QString &actor);

    // --- Recovery ---
    // Rebuilds a router that has no contacts yet from a journal snapshot: agents' presence and
    // groups, conversations and wrap-ups in progress, and the waiting contacts with the time they
    // entered their queue (their place and waited time carry over). Waiting contacts are then
    // offered again, best first; contacts never get ContactQueued events a second time.
    Result<RestoreReport> restore(const RouterSnapshot &snapshot);
    std::uint64_t nextContactId() const { return m_nextContact; }

    // --- Time ---
    // Processes every timer due at the clock's current time.
    void advance();
    std::optional<TimePoint> nextDeadline() const;

    // --- Queries ---
    std::optional<QueueStatus> queueStatus(ContactId contact) const;
    QList<QueueStatus> waitingContacts(const GroupId &group) const;  // the true order
    std::optional<GroupStatistics> groupStatistics(const GroupId &group) const;
    std::optional<AgentStatus> agentStatus(const AgentId &agent) const;
    QList<GroupId> groups() const;
    QList<AgentId> agents() const;
    // The day of the site's calendar the daily counts belong to (invalid before the first event).
    QDate day() const { return m_day; }
    int waitingCount() const;
    int activeContactCount() const { return static_cast<int>(m_contacts.size()); }

private:
    struct Agent;
    struct Contact;
    struct Group;
    struct AgentKey;
    // Why a contact waits for one agent in person.
    enum class PersonalReason { Dedicated, LastAgent, Transfer };
    enum class TimerKind { PersonalWait, Overflow, OfferTimeout, Alert, MaxWait, WrapUp, Retry };
    struct Timer {
        TimePoint at;
        std::uint64_t id = 0;
        TimerKind kind = TimerKind::Alert;
        ContactId contact;
        int agent = -1;

        friend bool operator>(const Timer &a, const Timer &b) { return a.at != b.at ? a.at > b.at : a.id > b.id; }
    };

    // routing steps (router.cpp / routerdispatch.cpp)
    void startRouting(Contact &c);
    void nextPersonalStage(Contact &c);
    bool waitForAgent(Contact &c, int agent, Duration wait, PersonalReason reason);
    void fallbackOut(Contact &c);
    void enterGroupStage(Contact &c);
    void activateDueOverflow(Contact &c, bool emitEvents);
    void makeDispatchable(Contact &c);
    void removeFromDispatch(Contact &c);
    void tryOfferContact(Contact &c);
    void feedAgent(int agent);
    void makeOffer(Contact &c, int agent, int group);
    void endOffer(Contact &c, OfferEnd how, const QString &reason);
    void leaveQueue(Contact &c);
    void startWrapUp(int agent, Contact &c, int group);
    void completeWrapUp(int agent, std::size_t wrapIndex, bool timedOut);
    bool canTake(int agent, const Contact &c) const;
    int bestAgentIn(int group, const Contact &c) const;

    // agents and indices
    void reindex(int agent);
    void unindex(Agent &a);
    void countAgent(Agent &a, int sign);
    void refreshState(int agent, const QString &reason = {});
    AgentState computeState(const Agent &a) const;

    // timers
    std::uint64_t schedule(TimePoint at, TimerKind kind, ContactId contact, int agent = -1);
    void fire(const Timer &t);
    void processDue(TimePoint now);

    // helpers
    Status beginCommand();
    void rollDay();
    void emitEvent(Event e);
    Contact *findContact(ContactId id);
    const Contact *findContact(ContactId id) const;
    int agentIndex(const AgentId &id) const;
    int groupIndex(const GroupId &id) const;
    QueueKey keyOf(const Contact &c) const;
    Duration waitedOf(const Contact &c) const;
    QueueStatus statusOf(const Contact &c, TimePoint now) const;
    QueueLengthEstimator &estimator(int group, Channel ch) const;
    RunningAverageEstimator &baseline(int group, Channel ch) const;
    void addAgent(const AgentConfig &config);
    Contact &admit(ContactId id, ContactRequest request, RoutingPlan plan, TimePoint arrival);
    // Sets an agent's groups; the caller has taken it out of the indices and counts.
    void assignMemberships(Agent &agent, QList<Membership> groups);

    const Clock &m_clock;
    SiteConfig m_config;
    RuleEngine m_rules;
    EventSink *m_sink = nullptr;

    std::vector<std::unique_ptr<Group>> m_groups;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QHash<GroupId, int> m_groupIndex;
    QHash<AgentId, int> m_agentIndex;
    std::unordered_map<ContactId, std::unique_ptr<Contact>> m_contacts;
    std::unordered_map<std::uint64_t, ContactId> m_seqToContact;  // home-queue key → contact

    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    TimePoint m_now{};
    QDate m_day;
    std::uint64_t m_nextContact = 1;
    std::uint64_t m_nextOffer = 1;
    std::uint64_t m_nextSeq = 1;
    std::uint64_t m_nextTimer = 1;
    bool m_emitting = false;
};

}  // namespace baton::core
