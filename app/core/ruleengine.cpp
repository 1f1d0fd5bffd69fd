#include "ruleengine.h"

#include <algorithm>

namespace baton::core {
namespace {

bool attributeHolds(const AttributeCondition &c, const CustomerProfile &customer)
{
    using Op = AttributeCondition::Op;
    const auto it = customer.attributes.constFind(c.key);
    const bool present = it != customer.attributes.cend() && !it->isEmpty();
    const QString value = present ? *it : QString();
    switch (c.op) {
    case Op::Equals: return present && !c.values.isEmpty() && value == c.values.first();
    case Op::NotEquals: return !present || c.values.isEmpty() || value != c.values.first();
    case Op::In: return present && c.values.contains(value);
    case Op::NotIn: return !present || !c.values.contains(value);
    case Op::Exists: return present;
    case Op::Missing: return !present;
    case Op::Contains: return present && !c.values.isEmpty() && value.contains(c.values.first(), Qt::CaseInsensitive);
    case Op::AtLeast:
    case Op::AtMost: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!present || !ok)
            return false;
        return c.op == Op::AtLeast ? v >= c.number : v <= c.number;
    }
    }
    return false;
}

std::optional<int> parseLevel(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < kMinVipLevel || v > kMaxVipLevel)
        return std::nullopt;
    return v;
}

}  // namespace

const Calendar *RuleEngine::calendarFor(const QString &id) const
{
    return m_config.calendar(id.isEmpty() ? m_config.defaultCalendar : id);
}

bool RuleEngine::isOpen(const GroupId &group, const QDateTime &utcNow) const
{
    const auto *g = m_config.group(group);
    const Calendar *cal = calendarFor(g ? g->calendar : QString());
    return !cal || cal->isOpen(utcNow);
}

bool RuleEngine::matches(const Rule &rule, const ContactRequest &r, const QDateTime &utcNow) const
{
    const RuleMatch &m = rule.match;
    if (!m.businesses.isEmpty() && !m.businesses.contains(r.business))
        return false;
    if (!m.channels.isEmpty() && !m.channels.contains(r.channel))
        return false;
    if (!m.entryPoints.isEmpty() && !m.entryPoints.contains(r.entryPoint))
        return false;
    if (!m.regions.isEmpty() && !m.regions.contains(r.region))
        return false;
    for (auto it = m.parameters.cbegin(); it != m.parameters.cend(); ++it) {
        const auto p = r.entryParameters.constFind(it.key());
        if (p == r.entryParameters.cend() || (it.value() != QLatin1String("*") && *p != it.value()))
            return false;
    }
    if (!m.tagsAny.isEmpty()
        && std::none_of(m.tagsAny.cbegin(), m.tagsAny.cend(), [&](const QString &t) { return r.customer.tags.contains(t); }))
        return false;
    for (const auto &c : m.attributes) {
        if (!attributeHolds(c, r.customer))
            return false;
    }
    if (m.when) {
        const TimeCondition &w = *m.when;
        const Calendar *cal = calendarFor(w.calendar);
        const QDateTime local = utcNow.toTimeZone(cal ? cal->zone : m_config.timeZone);
        if (!w.weekdays.isEmpty() && !w.weekdays.contains(local.date().dayOfWeek()))
            return false;
        const int minute = local.time().hour() * 60 + local.time().minute();
        if (!w.windows.isEmpty()
            && std::none_of(w.windows.cbegin(), w.windows.cend(), [minute](const TimeWindow &tw) { return tw.contains(minute); }))
            return false;
        if (w.open && (cal ? cal->isOpen(utcNow) : true) != *w.open)
            return false;
        if (w.holiday && (cal ? cal->isHoliday(local.date()) : false) != *w.holiday)
            return false;
    }
    return true;
}

bool RuleEngine::inVariant(const Rule &rule, const std::optional<VariantAssignment> &variant) const
{
    if (rule.variant.isEmpty())
        return true;
    return variant && m_config.experiment && variant->experiment == m_config.experiment->id && variant->variant == rule.variant;
}

const Rule *RuleEngine::match(const ContactRequest &request, const QDateTime &utcNow, const std::optional<VariantAssignment> &variant) const
{
    for (const auto &rule : m_config.rules) {
        if (rule.enabled && inVariant(rule, variant) && matches(rule, request, utcNow))
            return &rule;
    }
    return nullptr;
}

void RuleEngine::traceVariant(DecisionTrace &trace, const std::optional<VariantAssignment> &variant)
{
    if (variant)
        trace.add(TraceStep::Kind::VariantAssigned, variant->variant, variant->experiment, static_cast<long long>(variant->key));
}

std::optional<VariantAssignment> RuleEngine::assign(const ContactRequest &request, ContactId contact) const
{
    if (!m_config.experiment)
        return std::nullopt;
    return assignVariant(*m_config.experiment, request, contact);
}

int RuleEngine::vipLevel(const ContactRequest &r, DecisionTrace &trace) const
{
    const VipPolicy &p = m_config.vip;
    using K = TraceStep::Kind;

    if (p.source != VipSource::Attribute) {
        const auto it = r.entryParameters.constFind(p.parameter);
        if (it != r.entryParameters.cend()) {
            if (const auto level = parseLevel(*it)) {
                trace.add(K::VipFromParameter, p.parameter, *it, *level);
                return *level;
            }
            trace.add(K::VipParameterIgnored, p.parameter, *it);
        }
    }
    if (p.source != VipSource::Parameter) {
        const auto it = r.customer.attributes.constFind(p.attribute);
        if (it != r.customer.attributes.cend()) {
            std::optional<int> level;
            if (const auto mapped = p.attributeLevels.constFind(*it); mapped != p.attributeLevels.cend())
                level = *mapped;
            else
                level = parseLevel(*it);
            if (level) {
                trace.add(K::VipFromAttribute, p.attribute, *it, *level);
                return *level;
            }
        }
    }
    trace.add(K::VipDefault, {}, {}, 0);
    return 0;
}

RoutingPlan RuleEngine::plan(const ContactRequest &request, const QDateTime &utcNow, const std::optional<VariantAssignment> &variant) const
{
    using K = TraceStep::Kind;
    RoutingPlan plan;
    plan.variant = variant;
    traceVariant(plan.trace, variant);
    const Rule *rule = match(request, utcNow, variant);
    if (rule) {
        plan.ruleId = rule->id;
        plan.trace.add(K::RuleMatched, rule->name.isEmpty() ? rule->id : rule->name);
    } else {
        plan.trace.add(K::NoRuleMatched);
    }

    plan.vipLevel = vipLevel(request, plan.trace);
    if (rule) {
        const QString ruleName = rule->name.isEmpty() ? rule->id : rule->name;
        if (rule->action.vipLevel) {
            plan.vipLevel = *rule->action.vipLevel;
            plan.trace.add(K::VipSetByRule, ruleName, {}, plan.vipLevel);
        } else if (rule->action.vipMinimum && plan.vipLevel < *rule->action.vipMinimum) {
            plan.vipLevel = *rule->action.vipMinimum;
            plan.trace.add(K::VipRaisedByRule, ruleName, {}, plan.vipLevel);
        }
    }

    plan.targets = (rule && !rule->action.targets.isEmpty()) ? rule->action.targets : m_config.defaultRoute.targets;
    plan.mode = (rule && rule->action.mode) ? *rule->action.mode : m_config.defaultRoute.mode;
    plan.trace.add(K::Reception, receptionModeName(plan.mode));

    const bool botFirstPending = plan.mode == ReceptionMode::BotFirst && !request.handedOverFromBot;
    if (plan.mode == ReceptionMode::BotOnly || botFirstPending) {
        plan.outcome = RoutingPlan::Outcome::Bot;
        plan.trace.add(K::SentToBot, receptionModeName(plan.mode));
        return plan;
    }

    if (const auto *home = m_config.group(plan.targets.first())) {
        plan.overflow = (rule && rule->action.overflow) ? *rule->action.overflow : home->overflow;
        if (!isOpen(home->id, utcNow)) {
            plan.afterHoursAction = m_config.afterHours.action;
            plan.afterHoursMessage = m_config.afterHours.message;
            if (plan.afterHoursAction == FallbackAction::Bot && plan.mode == ReceptionMode::HumanOnly)
                plan.afterHoursAction = FallbackAction::Callback;  // human-only never goes to a bot
            const QString cal = home->calendar.isEmpty() ? m_config.defaultCalendar : home->calendar;
            plan.trace.add(K::AfterHours, fallbackActionName(plan.afterHoursAction), cal);
            plan.outcome = plan.afterHoursAction == FallbackAction::Bot ? RoutingPlan::Outcome::Bot
                                                                        : RoutingPlan::Outcome::AfterHours;
            return plan;
        }
    }
    plan.outcome = RoutingPlan::Outcome::Queue;
    return plan;
}

}  // namespace baton::core
