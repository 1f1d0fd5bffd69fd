#include "siteconfig.h"

#include <QSet>

namespace baton::core {
namespace {

QString idx(const char *list, qsizetype i) { return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i); }

Status checkExperiment(const Experiment &x)
{
    if (x.id.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("experiment.id"), QStringLiteral("an experiment needs an id"));
    if (x.variants.size() < 2)
        return Error::invalid(QStringLiteral("experiment.variants"), QStringLiteral("an experiment needs at least two variants"));
    QSet<QString> ids;
    int total = 0;
    for (qsizetype i = 0; i < x.variants.size(); ++i) {
        const QString field = QStringLiteral("experiment.variants[%1]").arg(i);
        const ExperimentVariant &v = x.variants[i];
        if (v.id.trimmed().isEmpty())
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("a variant needs an id"));
        if (ids.contains(v.id))
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("variant '%1' is defined twice").arg(v.id));
        ids.insert(v.id);
        if (v.share < 0 || v.share > 100)
            return Error::invalid(field + QStringLiteral(".share"), QStringLiteral("share %1 is outside 0–100 %").arg(v.share));
        total += v.share;
    }
    if (total != 100)
        return Error::invalid(QStringLiteral("experiment.variants"),
                              QStringLiteral("the shares add up to %1 %, not 100 %").arg(total));
    return {};
}

Status checkLevel(const std::optional<int> &level, const QString &field)
{
    if (level && (*level < kMinVipLevel || *level > kMaxVipLevel))
        return Error::invalid(field, QStringLiteral("VIP level %1 is outside 0–10").arg(*level));
    return {};
}

}  // namespace

const ExperimentVariant *Experiment::variant(const QString &id) const
{
    for (const auto &v : variants) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

const Calendar *SiteConfig::calendar(const QString &id) const
{
    for (const auto &c : calendars) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const SkillGroupConfig *SiteConfig::group(const GroupId &id) const
{
    for (const auto &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const AgentConfig *SiteConfig::agent(const AgentId &id) const
{
    for (const auto &a : agents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Status SiteConfig::validate() const
{
    if (!timeZone.isValid())
        return Error::invalid(QStringLiteral("timeZone"), QStringLiteral("unknown time zone"));

    QSet<QString> calendarIds;
    for (qsizetype i = 0; i < calendars.size(); ++i) {
        const auto &c = calendars[i];
        if (c.id.isEmpty())
            return Error::invalid(idx("calendars", i) + QStringLiteral(".id"), QStringLiteral("a calendar needs an id"));
        if (calendarIds.contains(c.id))
            return Error::invalid(idx("calendars", i) + QStringLiteral(".id"), QStringLiteral("calendar '%1' is defined twice").arg(c.id));
        calendarIds.insert(c.id);
        if (auto s = c.validate(idx("calendars", i)); !s)
            return s;
    }
    if (!defaultCalendar.isEmpty() && !calendarIds.contains(defaultCalendar))
        return Error::invalid(QStringLiteral("site.defaultCalendar"), QStringLiteral("unknown calendar '%1'").arg(defaultCalendar));

    if (groups.isEmpty())
        return Error::invalid(QStringLiteral("groups"), QStringLiteral("a site needs at least one skill group"));
    QSet<QString> groupIds;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString field = idx("groups", i);
        const auto &g = groups[i];
        if (g.id.isEmpty())
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("a group needs an id"));
        if (groupIds.contains(g.id.value()))
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("group '%1' is defined twice").arg(g.id.value()));
        groupIds.insert(g.id.value());
        if (g.serviceLevelTarget <= 0 || g.serviceLevelTarget > 1)
            return Error::invalid(field + QStringLiteral(".serviceLevel.target"), QStringLiteral("must be a fraction in (0, 1]"));
        if (g.serviceLevelThreshold <= Duration::zero())
            return Error::invalid(field + QStringLiteral(".serviceLevel.seconds"), QStringLiteral("must be positive"));
        if (g.alertWait <= Duration::zero())
            return Error::invalid(field + QStringLiteral(".alertWaitSeconds"), QStringLiteral("must be positive"));
        if (g.maxWait && *g.maxWait <= Duration::zero())
            return Error::invalid(field + QStringLiteral(".maxWaitSeconds"), QStringLiteral("must be positive"));
        if (g.wrapUp < Duration::zero())
            return Error::invalid(field + QStringLiteral(".wrapUpSeconds"), QStringLiteral("cannot be negative"));
        if (g.expectedHandleTime <= Duration::zero())
            return Error::invalid(field + QStringLiteral(".expectedHandleSeconds"), QStringLiteral("must be positive"));
        if (!g.calendar.isEmpty() && !calendarIds.contains(g.calendar))
            return Error::invalid(field + QStringLiteral(".calendar"), QStringLiteral("unknown calendar '%1'").arg(g.calendar));
    }

    auto checkOverflow = [&](const QList<OverflowStep> &steps, const QString &field, const GroupId &self) -> Status {
        for (qsizetype j = 0; j < steps.size(); ++j) {
            const QString f = field + QStringLiteral("[%1]").arg(j);
            if (!groupIds.contains(steps[j].group.value()))
                return Error::invalid(f + QStringLiteral(".group"), QStringLiteral("unknown group '%1'").arg(steps[j].group.value()));
            if (steps[j].group == self)
                return Error::invalid(f + QStringLiteral(".group"), QStringLiteral("a group cannot overflow into itself"));
            if (steps[j].after < Duration::zero())
                return Error::invalid(f + QStringLiteral(".afterSeconds"), QStringLiteral("cannot be negative"));
        }
        return {};
    };
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (auto s = checkOverflow(groups[i].overflow, idx("groups", i) + QStringLiteral(".overflow"), groups[i].id); !s)
            return s;
    }

    QSet<QString> agentIds;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QString field = idx("agents", i);
        const auto &a = agents[i];
        if (a.id.isEmpty())
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("an agent needs an id"));
        if (agentIds.contains(a.id.value()))
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("agent '%1' is defined twice").arg(a.id.value()));
        agentIds.insert(a.id.value());
        QSet<QString> seen;
        for (qsizetype j = 0; j < a.groups.size(); ++j) {
            const QString f = field + QStringLiteral(".groups[%1]").arg(j);
            if (!groupIds.contains(a.groups[j].group.value()))
                return Error::invalid(f, QStringLiteral("unknown group '%1'").arg(a.groups[j].group.value()));
            if (seen.contains(a.groups[j].group.value()))
                return Error::invalid(f, QStringLiteral("agent is in group '%1' twice").arg(a.groups[j].group.value()));
            seen.insert(a.groups[j].group.value());
            if (a.groups[j].proficiency < 1 || a.groups[j].proficiency > 10)
                return Error::invalid(f + QStringLiteral(".proficiency"), QStringLiteral("proficiency %1 is outside 1–10").arg(a.groups[j].proficiency));
        }
        for (int c = 0; c < kChannelCount; ++c) {
            if (a.capacity[c] < 0 || a.capacity[c] > 100)
                return Error::invalid(field + QStringLiteral(".capacity.") + channelName(kAllChannels[c]),
                                      QStringLiteral("capacity %1 is outside 0–100").arg(a.capacity[c]));
        }
    }

    if (experiment) {
        if (auto s = checkExperiment(*experiment); !s)
            return s;
    }

    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString field = idx("rules", i);
        const auto &r = rules[i];
        if (ruleIds.contains(r.id))
            return Error::invalid(field + QStringLiteral(".id"), QStringLiteral("rule '%1' is defined twice").arg(r.id));
        ruleIds.insert(r.id);
        if (!r.variant.isEmpty()) {
            if (!experiment)
                return Error::invalid(field + QStringLiteral(".variant"),
                                      QStringLiteral("variant '%1' needs an experiment (the site has none)").arg(r.variant));
            if (!experiment->variant(r.variant)) {
                QStringList declared;
                for (const auto &v : experiment->variants)
                    declared.append(v.id);
                return Error::invalid(field + QStringLiteral(".variant"), QStringLiteral("unknown variant '%1' (the experiment has: %2)")
                                                                              .arg(r.variant, declared.join(QStringLiteral(", "))));
            }
        }
        for (qsizetype j = 0; j < r.action.targets.size(); ++j) {
            const QString f = field + QStringLiteral(".action.targets[%1]").arg(j);
            if (!groupIds.contains(r.action.targets[j].value()))
                return Error::invalid(f, QStringLiteral("unknown group '%1'").arg(r.action.targets[j].value()));
            if (r.action.targets.indexOf(r.action.targets[j]) != j)
                return Error::invalid(f, QStringLiteral("group '%1' is listed twice").arg(r.action.targets[j].value()));
        }
        if (r.action.vipLevel && r.action.vipMinimum)
            return Error::invalid(field + QStringLiteral(".action"), QStringLiteral("give vipLevel (sets the level) or vipMinimum (raises it), not both"));
        const bool human = !r.action.mode || *r.action.mode != ReceptionMode::BotOnly;
        if (human && r.action.targets.isEmpty() && defaultRoute.targets.isEmpty())
            return Error::invalid(field + QStringLiteral(".action.targets"), QStringLiteral("a rule that reaches people needs a target group (or a default route)"));
        if (auto s = checkLevel(r.action.vipLevel, field + QStringLiteral(".action.vipLevel")); !s)
            return s;
        if (auto s = checkLevel(r.action.vipMinimum, field + QStringLiteral(".action.vipMinimum")); !s)
            return s;
        if (r.action.overflow) {
            const GroupId home = r.action.targets.isEmpty() ? GroupId() : r.action.targets.first();
            if (auto s = checkOverflow(*r.action.overflow, field + QStringLiteral(".action.overflow"), home); !s)
                return s;
        }
        if (r.match.when) {
            const auto &w = *r.match.when;
            if (!w.calendar.isEmpty() && !calendarIds.contains(w.calendar))
                return Error::invalid(field + QStringLiteral(".match.when.calendar"), QStringLiteral("unknown calendar '%1'").arg(w.calendar));
            if ((w.open || w.holiday) && w.calendar.isEmpty() && defaultCalendar.isEmpty())
                return Error::invalid(field + QStringLiteral(".match.when"), QStringLiteral("needs a calendar (the site has no default calendar)"));
            for (int d : w.weekdays) {
                if (d < 1 || d > 7)
                    return Error::invalid(field + QStringLiteral(".match.when.weekdays"), QStringLiteral("weekday %1 is not 1–7").arg(d));
            }
        }
    }

    if (defaultRoute.targets.isEmpty() && defaultRoute.mode != ReceptionMode::BotOnly)
        return Error::invalid(QStringLiteral("defaultRoute.targets"), QStringLiteral("the default route needs a target group"));
    for (qsizetype j = 0; j < defaultRoute.targets.size(); ++j) {
        if (!groupIds.contains(defaultRoute.targets[j].value()))
            return Error::invalid(QStringLiteral("defaultRoute.targets[%1]").arg(j), QStringLiteral("unknown group '%1'").arg(defaultRoute.targets[j].value()));
    }

    for (auto it = vip.attributeLevels.cbegin(); it != vip.attributeLevels.cend(); ++it) {
        if (auto s = checkLevel(it.value(), QStringLiteral("vip.attributeLevels.") + it.key()); !s)
            return s;
    }
    if (vip.aging.enabled && (vip.aging.step <= Duration::zero() || vip.aging.maxLevel < 1 || vip.aging.maxLevel > kMaxVipLevel))
        return Error::invalid(QStringLiteral("vip.aging"), QStringLiteral("needs stepSeconds > 0 and maxLevel 1–10"));

    if (precedence.badRatingMax < 0 || precedence.badRatingMax > 5)
        return Error::invalid(QStringLiteral("precedence.badRatingMax"), QStringLiteral("must be a CSAT score 0–5 (0 disables)"));
    if (precedence.dedicatedWait < Duration::zero() || precedence.lastAgentWait < Duration::zero() || precedence.lastAgentLookback < Duration::zero())
        return Error::invalid(QStringLiteral("precedence"), QStringLiteral("waits cannot be negative"));
    if (offers.retryAfter < Duration::zero())
        return Error::invalid(QStringLiteral("offers.retryAfterSeconds"), QStringLiteral("cannot be negative"));
    if (offers.acceptTimeout <= Duration::zero())
        return Error::invalid(QStringLiteral("offers.acceptTimeoutSeconds"), QStringLiteral("must be positive"));
    if (estimator.runningAverageWindow < 1 || estimator.abandonmentWindow < 1
        || estimator.handleTimeWindow < 1)
        return Error::invalid(QStringLiteral("estimator"), QStringLiteral("windows must be at least 1"));
    return {};
}

}  // namespace baton::core
