#pragma once
// DecisionTrace: the rules and steps behind a routing decision, kept as structured steps and
// rendered in the reader's language ("VIP 6 from attribute level=gold; dedicated agent 张敏 busy,
// waited 20 s; …").

#include <QList>
#include <QString>

#include <chrono>

namespace baton::core {

struct TraceStep {
    enum class Kind {
        RuleMatched,          // subject: rule name
        NoRuleMatched,        // default route
        VipFromAttribute,     // number: level, subject: attribute key, detail: value
        VipFromParameter,     // number: level, subject: parameter key, detail: value
        VipParameterIgnored,  // subject: parameter key, detail: value that is not a level
        VipSetByRule,         // number: level, subject: rule name
        VipRaisedByRule,      // number: level, subject: rule name
        VipDefault,           // number: level
        Reception,            // subject: reception mode name
        SentToBot,            // subject: reception mode name
        AfterHours,           // subject: action name, detail: calendar
        ExcludedBadRating,    // subject: agent name, number: CSAT score
        DedicatedUnavailable, // subject: agent name, detail: why (offline/unknown)
        DedicatedWaiting,     // subject: agent name, number: seconds it may wait
        DedicatedTimedOut,    // subject: agent name, number: seconds waited
        LastAgentUnavailable, // subject: agent name, detail: why
        LastAgentWaiting,     // subject: agent name, number: seconds it may wait
        LastAgentTimedOut,    // subject: agent name, number: seconds waited
        LastAgentTooLongAgo,  // subject: agent name, number: days since
        QueuedInGroup,        // subject: group name
        Overflowed,           // subject: group name, number: seconds waited
        MaxWaitReached,       // subject: action name, number: seconds waited
        OfferedTo,            // subject: agent name, detail: group name, number: strategy (enum)
        OfferedInPerson,      // subject: agent name, detail: "dedicated", "last" or "transfer"
        OfferDeclined,        // subject: agent name
        OfferTimedOut,        // subject: agent name
        OfferWithdrawn,       // subject: agent name, detail: why
        Routed,               // subject: agent name, detail: group name, number: seconds waited
        Transferred,          // subject: from agent, detail: to (group or agent) name
        LevelChanged,         // subject: actor, number: new level
        MovedToGroup,         // subject: actor, detail: group name
        Restored,             // the router restarted; number: seconds waited before
        VariantAssigned,      // subject: variant id, detail: experiment id, number: what was hashed (ExperimentKey)
        ChannelChanged,       // subject: actor, detail: the new channel's code ("voice")
    };

    Kind kind;
    QString subject;
    QString detail;
    long long number = 0;
};

class DecisionTrace {
public:
    void add(TraceStep::Kind kind, QString subject = {}, QString detail = {}, long long number = 0)
    {
        m_steps.append(TraceStep{kind, std::move(subject), std::move(detail), number});
    }
    // Replaces the last step if it is of kind `was` about the same subject, else appends: a
    // "waiting for X" step becomes "waited for X" when the wait ends.
    void settle(TraceStep::Kind was, TraceStep::Kind kind, QString subject, long long number)
    {
        if (!m_steps.isEmpty() && m_steps.last().kind == was && m_steps.last().subject == subject)
            m_steps.removeLast();
        add(kind, std::move(subject), {}, number);
    }
    const QList<TraceStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }

    // Rendered through QCoreApplication::translate, so in the language of the installed
    // translator: one clause per step joined by "; ".
    QString toText() const;
    static QString describe(const TraceStep &step);

private:
    QList<TraceStep> m_steps;
};

inline long long wholeSeconds(std::chrono::milliseconds d)
{
    return std::chrono::duration_cast<std::chrono::seconds>(d).count();
}

}  // namespace baton::core
