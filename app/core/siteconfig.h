#pragma once
// SiteConfig: everything a site configures about routing — groups, agents, rules, calendars,
// VIP policy, precedence, offers and thresholds. Loaded from JSON by ConfigParser
// (docs/CONFIG.md); a configuration is validated whole before it is used.

#include "calendar.h"
#include "clock.h"
#include "ids.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace baton::core {

struct OverflowStep {
    GroupId group;
    Duration after{0};  // measured from the contact's arrival
};

struct SkillGroupConfig {
    GroupId id;
    QString name;
    SelectionStrategy strategy = SelectionStrategy::LongestIdle;
    QList<OverflowStep> overflow;
    Duration serviceLevelThreshold = std::chrono::seconds(20);  // "answered within T"
    double serviceLevelTarget = 0.8;                              // the "80" of 80/20
    Duration alertWait = std::chrono::minutes(5);                 // a wait past this raises an alert
    std::optional<Duration> maxWait;                              // then the contact leaves the queue…
    FallbackAction maxWaitAction = FallbackAction::Callback;      // …to this action
    Duration wrapUp = std::chrono::seconds(30);
    Duration expectedHandleTime = std::chrono::seconds(180);      // prior for wait estimates
    QString calendar;                                             // empty: the site's default calendar
};

struct Membership {
    GroupId group;
    int proficiency = 5;  // 1–10

    friend bool operator==(const Membership &, const Membership &) = default;
};

struct AgentConfig {
    AgentId id;
    QString name;
    QList<Membership> groups;
    std::array<int, kChannelCount> capacity{};  // contacts at once per channel; 0 = does not serve it

    int capacityFor(Channel c) const { return capacity[static_cast<int>(c)]; }
};

struct AttributeCondition {
    enum class Op { Equals, NotEquals, In, NotIn, Exists, Missing, AtLeast, AtMost, Contains };
    QString key;
    Op op = Op::Equals;
    QStringList values;  // Equals/NotEquals use values[0]; In/NotIn the whole list
    double number = 0;   // AtLeast/AtMost
};

struct TimeCondition {
    QString calendar;               // empty: the site's default calendar
    std::optional<bool> open;       // within the calendar's hours (or not)
    std::optional<bool> holiday;    // on a day the calendar marks as holiday (or not)
    QList<int> weekdays;            // 1 = Monday … 7 = Sunday; empty = any day
    QList<TimeWindow> windows;      // local time of day; empty = any time
};

struct RuleMatch {
    QList<AttributeCondition> attributes;  // customer attributes, all must hold
    QStringList tagsAny;                   // customer has at least one of these tags
    QStringList businesses;                // the business/intent the IVR or bot recognised
    QList<Channel> channels;
    QStringList entryPoints;
    QHash<QString, QString> parameters;    // entry parameters that must have these values
    QStringList regions;
    std::optional<TimeCondition> when;
};

struct RuleAction {
    QList<GroupId> targets;                     // first is the home group; the rest take it at once
    std::optional<ReceptionMode> mode;
    std::optional<int> vipLevel;                // set the level
    std::optional<int> vipMinimum;              // raise the level to at least this
    std::optional<QList<OverflowStep>> overflow;  // replaces the home group's overflow steps
};

struct Rule {
    QString id;
    QString name;
    bool enabled = true;
    QString variant;  // the experiment's variant this rule belongs to; empty: every contact
    RuleMatch match;
    RuleAction action;
};

struct AgingPolicy {
    bool enabled = false;
    Duration step = std::chrono::minutes(2);  // +1 level per step waited…
    int maxLevel = kMaxVipLevel;               // …up to this effective level
};

struct VipPolicy {
    VipSource source = VipSource::Attribute;
    QString attribute = QStringLiteral("level");
    QHash<QString, int> attributeLevels;       // attribute value → level; numeric values map to themselves
    QString parameter = QStringLiteral("vip");
    AgingPolicy aging;
};

struct PrecedencePolicy {
    Duration dedicatedWait = std::chrono::seconds(20);
    Duration lastAgentWait = std::chrono::seconds(10);
    Duration lastAgentLookback = std::chrono::days(30);
    bool preferLastAgent = true;
    int badRatingMax = 2;  // CSAT at or below this (1–5) excludes the agent for that customer
};

struct OfferPolicy {
    Duration acceptTimeout = std::chrono::seconds(15);
    bool notReadyOnTimeout = true;
    bool notReadyOnDecline = false;
    Duration retryAfter = std::chrono::seconds(30);  // before an agent who passed is offered it again
};

struct DefaultRoute {
    QList<GroupId> targets;
    ReceptionMode mode = ReceptionMode::HumanFirst;
};

struct AfterHoursPolicy {
    FallbackAction action = FallbackAction::Callback;
    QString message;  // what the customer is told
};

struct EstimatorPolicy {
    int runningAverageWindow = 50;   // answered contacts averaged by the baseline estimator
    int abandonmentWindow = 500;     // waiting episodes used to estimate the abandonment rate
    int handleTimeWindow = 500;      // handle times averaged for the service rate
};

struct ExperimentVariant {
    QString id;
    int share = 0;  // whole percent of the traffic; the variants' shares sum to 100
};

// An A/B comparison of rule-set variants on a traffic split (docs/ROUTING.md §10).
struct Experiment {
    QString id;  // part of the hash: a new id reshuffles everyone
    ExperimentKey key = ExperimentKey::Customer;
    QList<ExperimentVariant> variants;  // in this order over the buckets 0–99

    const ExperimentVariant *variant(const QString &id) const;
};

struct SiteConfig {
    int version = 1;
    QString name;
    QTimeZone timeZone{QByteArrayLiteral("UTC")};
    QString defaultCalendar;
    QList<Calendar> calendars;
    QList<SkillGroupConfig> groups;
    QList<AgentConfig> agents;
    QList<Rule> rules;
    DefaultRoute defaultRoute;
    AfterHoursPolicy afterHours;
    VipPolicy vip;
    PrecedencePolicy precedence;
    OfferPolicy offers;
    EstimatorPolicy estimator;
    std::optional<Experiment> experiment;
    QStringList dispositions;  // what an agent may pick when wrapping up ("已解决", "需回访" …)
    QStringList notReadyReasons;
    QHash<QString, QString> businessNames;  // business id ("card_loss") → what people read ("信用卡挂失")  // why an agent may step away ("小休", "培训" …), the same words in every report

    const Calendar *calendar(const QString &id) const;
    const SkillGroupConfig *group(const GroupId &id) const;
    const AgentConfig *agent(const AgentId &id) const;

    // Cross-checks references and ranges; the first problem found, with the field's path.
    Status validate() const;
};

}  // namespace baton::core
