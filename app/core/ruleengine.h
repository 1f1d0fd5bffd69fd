#pragma once
// RuleEngine: decides who/what/when/where/how for an arriving contact — the ordered rule set is
// matched first-hit, then the VIP level, reception mode, target groups and after-hours handling
// are settled into a RoutingPlan with its trace.

#include "contactrequest.h"
#include "experiment.h"
#include "siteconfig.h"
#include "trace.h"

#include <QDateTime>

namespace baton::core {

struct RoutingPlan {
    enum class Outcome { Queue, Bot, AfterHours };
    Outcome outcome = Outcome::Queue;
    QList<GroupId> targets;
    ReceptionMode mode = ReceptionMode::HumanFirst;
    int vipLevel = 0;
    QList<OverflowStep> overflow;     // steps from the home group, from the rule or the group
    FallbackAction afterHoursAction = FallbackAction::Callback;
    QString afterHoursMessage;
    QString ruleId;                   // empty when the default route applied
    std::optional<VariantAssignment> variant;  // the experiment's variant it was routed under
    DecisionTrace trace;
};

class RuleEngine {
public:
    explicit RuleEngine(const SiteConfig &config) : m_config(config) {}

    // `variant`: the contact's variant (assign() for a new contact, the recorded one for a
    // restored contact); rules of a variant match only contacts assigned to it.
    RoutingPlan plan(const ContactRequest &request, const QDateTime &utcNow,
                     const std::optional<VariantAssignment> &variant = std::nullopt) const;

    // The variant of the site's experiment for a new contact; none when there is no experiment.
    std::optional<VariantAssignment> assign(const ContactRequest &request, ContactId contact) const;

    // The first enabled rule whose conditions all hold, or nullptr.
    const Rule *match(const ContactRequest &request, const QDateTime &utcNow,
                      const std::optional<VariantAssignment> &variant = std::nullopt) const;
    bool matches(const Rule &rule, const ContactRequest &request, const QDateTime &utcNow) const;
    // A rule without a variant is for everyone; one with a variant only for contacts assigned
    // that variant of the site's current experiment.
    bool inVariant(const Rule &rule, const std::optional<VariantAssignment> &variant) const;

    // The level from the site's VIP policy (attribute, parameter or both), before rules.
    int vipLevel(const ContactRequest &request, DecisionTrace &trace) const;

    // The trace step naming the variant a contact is routed under (nothing without one).
    static void traceVariant(DecisionTrace &trace, const std::optional<VariantAssignment> &variant);

    // Whether a group is within its calendar's hours (always, when no calendar applies).
    bool isOpen(const GroupId &group, const QDateTime &utcNow) const;

private:
    const Calendar *calendarFor(const QString &id) const;

    const SiteConfig &m_config;
};

}  // namespace baton::core
