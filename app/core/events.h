#pragma once
// Events: everything the router decides goes out as one of these, in order, through an
// EventSink. Hosts turn them into protocol messages, journal entries and view updates.

#include "experiment.h"
#include "ids.h"
#include "siteconfig.h"
#include "trace.h"
#include "types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace baton::core {

struct ContactQueued {
    ContactId contact;
    GroupId group;
    Channel channel;
    int vipLevel;
    int position;                        // told position: own level, own group (silent jumping)
    std::optional<Duration> estimatedWait;
    DecisionTrace trace;
    std::optional<VariantAssignment> variant;  // the experiment's variant it is routed under
};

struct ContactSentToBot {
    ContactId contact;
    ReceptionMode mode;
    DecisionTrace trace;
};

struct ContactAfterHours {
    ContactId contact;
    FallbackAction action;
    QString message;
    DecisionTrace trace;
};

struct OfferMade {
    OfferId offer;
    ContactId contact;
    AgentId agent;
    GroupId group;        // the group the offer came through
    int vipLevel;
    Duration waited;
    TimePoint deadline;   // accept before this
    DecisionTrace trace;
};

enum class OfferEnd { Declined, TimedOut, Withdrawn };

struct OfferEnded {
    OfferId offer;
    ContactId contact;
    AgentId agent;
    OfferEnd how;
    QString reason;
    QString notReadyReason;  // set when the router made the agent not ready for it (policy)
};

struct ContactRouted {
    ContactId contact;
    AgentId agent;
    GroupId group;
    Duration waited;
    DecisionTrace trace;
};

struct ContactAbandoned {
    ContactId contact;
    GroupId group;
    Duration waited;
};

// Moved on after waiting: into another group (toGroup set) or out to a fallback action.
struct ContactOverflowed {
    ContactId contact;
    GroupId fromGroup;
    std::optional<GroupId> toGroup;
    std::optional<FallbackAction> action;
    Duration waited;
};

// The contact goes on in another channel (a chat becomes a call), with its id, its history and
// its agent if it has one. A waiting contact queues again in its group's queue of the new
// channel (a ContactQueued follows).
struct ContactChannelChanged {
    ContactId contact;
    Channel from;
    Channel to;
    QString actor;
};

// Comes before the ContactEnded that starts the transferring agent's wrap-up.
struct ContactTransferred {
    ContactId contact;
    AgentId fromAgent;
    std::optional<GroupId> toGroup;
    std::optional<AgentId> toAgent;
    QString note;
    GroupId queue;        // the group it queues in now (for a transfer to an agent: that agent's group)
};

struct ContactEnded {     // the conversation ended; the agent's wrap-up starts
    ContactId contact;
    AgentId agent;
    Duration handled;
    Duration wrapUp{0};   // how long the wrap-up that starts now may last (0: none)
};

struct WrapUpFinished {
    ContactId contact;
    AgentId agent;
    Duration wrapUp;
    bool timedOut;        // ended by the wrap-up timer, not by the agent
};

struct AgentStateChanged {
    AgentId agent;
    AgentState from;
    AgentState to;
    QString reason;       // the not-ready reason, or why the router changed it
};

struct AgentReassigned {
    AgentId agent;
    QString actor;
    QList<Membership> before;
    QList<Membership> after;
};

enum class AlertKind { LongWait };

struct AlertRaised {
    AlertKind kind;
    GroupId group;
    ContactId contact;
    Duration waited;
};

struct AlertCleared {
    AlertKind kind;
    GroupId group;
    ContactId contact;
};

// The waiting contacts of a group and channel moved: someone joined or left. Positions and
// estimated waits of the others may have changed; hosts re-read queueStatus() for the contacts
// they announce to (coalescing, say, to one update a second), instead of polling.
struct QueueChanged {
    GroupId group;
    Channel channel;
    int waiting;  // contacts of this group and channel waiting now
};

struct ConfigurationReplaced {
    QString actor;
    int rules;
};

// A group's counts for one day of the site's calendar, as they stood when the day ended.
struct GroupDayTotals {
    GroupId group;
    long long entered = 0;
    long long answered = 0;
    long long answeredWithinThreshold = 0;
    long long abandoned = 0;
    long long overflowedOut = 0;
    long long handled = 0;
    qint64 answerWaitMs = 0;  // summed over the answered
    qint64 handleMs = 0;      // summed over the handled

    // Count by count (the group is the left side's).
    GroupDayTotals &operator+=(const GroupDayTotals &o)
    {
        entered += o.entered;
        answered += o.answered;
        answeredWithinThreshold += o.answeredWithinThreshold;
        abandoned += o.abandoned;
        overflowedOut += o.overflowedOut;
        handled += o.handled;
        answerWaitMs += o.answerWaitMs;
        handleMs += o.handleMs;
        return *this;
    }
    GroupDayTotals negated() const
    {
        return {group, -entered, -answered, -answeredWithinThreshold, -abandoned, -overflowedOut, -handled, -answerWaitMs, -handleMs};
    }
};

// The site's day ended (its midnight passed): the daily counts start again from zero after this.
struct DayEnded {
    QDate day;
    QList<GroupDayTotals> groups;
};

using Event = std::variant<ContactQueued, ContactSentToBot, ContactAfterHours, OfferMade, OfferEnded, ContactRouted,
                           ContactAbandoned, ContactOverflowed, ContactTransferred, ContactEnded, WrapUpFinished,
                           AgentStateChanged, AgentReassigned, AlertRaised, AlertCleared, QueueChanged, ConfigurationReplaced,
                           DayEnded, ContactChannelChanged>;

class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void onEvent(const Event &event) = 0;
};

}  // namespace baton::core
