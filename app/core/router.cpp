// Router commands and queries. The routing steps themselves are in routerdispatch.cpp.
#include "router_p.h"

#include <algorithm>

namespace baton::core {
namespace {

using K = TraceStep::Kind;

std::optional<Duration> ratio(Duration total, long long count)
{
    if (count <= 0)
        return std::nullopt;
    return Duration(total.count() / count);
}

}  // namespace

std::optional<double> GroupStatistics::serviceLevel() const
{
    const long long finished = answered + abandoned + overflowedOut;
    if (finished == 0)
        return std::nullopt;
    return static_cast<double>(answeredWithinThreshold) / static_cast<double>(finished);
}

std::optional<double> GroupStatistics::abandonmentRate() const
{
    const long long finished = answered + abandoned + overflowedOut;
    if (finished == 0)
        return std::nullopt;
    return static_cast<double>(abandoned) / static_cast<double>(finished);
}

std::optional<Duration> GroupStatistics::averageSpeedOfAnswer() const { return ratio(totalAnswerWait, answered); }
std::optional<Duration> GroupStatistics::averageHandleTime() const { return ratio(totalHandleTime, handled); }

Result<std::unique_ptr<Router>> Router::create(const Clock &clock, SiteConfig config)
{
    if (auto s = config.validate(); !s)
        return s.error();
    return std::make_unique<Router>(clock, std::move(config));
}

Router::Router(const Clock &clock, SiteConfig config)
    : m_clock(clock)
    , m_config(std::move(config))
    , m_rules(m_config)
    , m_now(clock.now())
{
    m_day = m_clock.utcNow().toTimeZone(m_config.timeZone).date();
    for (const auto &g : m_config.groups) {
        auto group = std::make_unique<Group>();
        group->config = g;
        m_groupIndex.insert(g.id, static_cast<int>(m_groups.size()));
        m_groups.push_back(std::move(group));
    }
    for (const auto &a : m_config.agents)
        addAgent(a);
}

Router::~Router() = default;

void Router::addAgent(const AgentConfig &config)
{
    auto agent = std::make_unique<Agent>();
    agent->config = config;
    for (const auto &m : config.groups) {
        agent->groupIdx.push_back(groupIndex(m.group));
        agent->roundRobinTurn.push_back(0);
    }
    agent->stateSince = m_now;
    agent->idleSince = m_now;
    const int index = static_cast<int>(m_agents.size());
    m_agentIndex.insert(config.id, index);
    m_agents.push_back(std::move(agent));
    countAgent(*m_agents.back(), +1);
}

// ---------------------------------------------------------------- integration side

Result<ArrivalOutcome> Router::contactArrived(ContactRequest request)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const ContactId id(m_nextContact++);
    RoutingPlan plan = m_rules.plan(request, m_clock.utcNow(), m_rules.assign(request, id));

    if (plan.outcome == RoutingPlan::Outcome::Bot) {
        emitEvent(ContactSentToBot{id, plan.mode, plan.trace});
        return ArrivalOutcome{id, plan.outcome, plan.variant};
    }
    if (plan.outcome == RoutingPlan::Outcome::AfterHours) {
        emitEvent(ContactAfterHours{id, plan.afterHoursAction, plan.afterHoursMessage, plan.trace});
        return ArrivalOutcome{id, plan.outcome, plan.variant};
    }

    Contact &c = admit(id, std::move(request), std::move(plan), m_now);
    Group &home = *m_groups[c.home];
    const QueueStatus status = statusOf(c, m_now);
    emitEvent(ContactQueued{id, home.config.id, c.channel, c.level, status.position, status.estimatedWait, c.trace, c.variant});
    emitEvent(QueueChanged{home.config.id, c.channel, home.queue.waiting(c.channel)});
    startRouting(c);
    return ArrivalOutcome{id, RoutingPlan::Outcome::Queue, c.variant};
}

// Puts an accepted contact into its home queue with its alert and maximum-wait timers, without
// routing it yet.
Router::Contact &Router::admit(ContactId id, ContactRequest request, RoutingPlan plan, TimePoint arrival)
{
    auto owned = std::make_unique<Contact>();
    Contact &c = *owned;
    c.id = id;
    c.channel = request.channel;
    c.level = plan.vipLevel;
    c.mode = plan.mode;
    c.home = groupIndex(plan.targets.first());
    c.arrival = arrival;
    c.seq = m_nextSeq++;
    c.trace = std::move(plan.trace);
    c.variant = std::move(plan.variant);
    for (const auto &t : plan.targets) {
        const int g = groupIndex(t);
        if (std::none_of(c.expansions.begin(), c.expansions.end(), [g](const auto &e) { return e.group == g; }))
            c.expansions.push_back({g, Duration::zero(), false});
    }
    for (const auto &step : plan.overflow) {
        const int g = groupIndex(step.group);
        if (std::none_of(c.expansions.begin(), c.expansions.end(), [g](const auto &e) { return e.group == g; }))
            c.expansions.push_back({g, step.after, false});
    }
    std::stable_sort(c.expansions.begin() + 1, c.expansions.end(),
                     [](const auto &a, const auto &b) { return a.after < b.after; });

    if (m_config.precedence.badRatingMax > 0) {
        for (auto it = request.history.worstRatings.cbegin(); it != request.history.worstRatings.cend(); ++it) {
            const int a = agentIndex(it.key());
            if (a >= 0 && it.value() <= m_config.precedence.badRatingMax) {
                c.excluded.insert(a);
                c.trace.add(K::ExcludedBadRating, m_agents[a]->config.name, {}, it.value());
            }
        }
    }
    c.request = std::move(request);

    Group &home = *m_groups[c.home];
    ++home.entered;
    home.queue.addHome(c.channel, c.level, keyOf(c));
    estimator(c.home, c.channel).observeQueue(m_now, true);
    m_seqToContact.emplace(c.seq, c.id);
    c.alertTimer = schedule(c.arrival + home.config.alertWait, TimerKind::Alert, c.id);
    if (home.config.maxWait)
        c.maxWaitTimer = schedule(c.arrival + *home.config.maxWait, TimerKind::MaxWait, c.id);
    m_contacts.emplace(id, std::move(owned));
    return c;
}

Status Router::abandon(ContactId id)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    Contact *c = findContact(id);
    if (!c)
        return Error::notFound(QStringLiteral("contact %1 is not in the router").arg(id.value()));
    if (c->phase == Contact::Phase::Active)
        return Error::conflict(QStringLiteral("contact %1 is already connected to an agent; end it instead").arg(id.value()));

    int offeredAgent = -1;
    if (c->phase == Contact::Phase::Offered) {
        offeredAgent = c->agent;
        Agent &a = *m_agents[offeredAgent];
        a.offered = {};
        c->offerTimer = 0;
        emitEvent(OfferEnded{c->offer, c->id, a.config.id, OfferEnd::Withdrawn, QStringLiteral("customer left"), {}});
    } else {
        removeFromDispatch(*c);
    }
    const Duration waited = waitedOf(*c);
    Group &home = *m_groups[c->home];
    ++home.abandoned;
    estimator(c->home, c->channel).recordWait(waited, true);
    leaveQueue(*c);
    emitEvent(ContactAbandoned{id, home.config.id, waited});
    m_contacts.erase(id);
    if (offeredAgent >= 0) {
        reindex(offeredAgent);
        feedAgent(offeredAgent);
    }
    return {};
}

Status Router::endContact(ContactId id)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    Contact *c = findContact(id);
    if (!c)
        return Error::notFound(QStringLiteral("contact %1 is not in the router").arg(id.value()));
    if (c->phase != Contact::Phase::Active)
        return Error::conflict(QStringLiteral("contact %1 is still waiting; abandon it instead").arg(id.value()));
    const int agent = c->agent;
    startWrapUp(agent, *c, c->offerGroup);
    m_contacts.erase(id);
    return {};
}

// ---------------------------------------------------------------- agent side

Status Router::setPresence(const AgentId &agentId, Presence presence, const QString &reason)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    Agent &ag = *m_agents[a];
    const Presence old = ag.presence;
    ag.presence = presence;
    ag.reason = presence == Presence::NotReady ? reason : QString();
    if (presence == Presence::Ready && old != Presence::Ready && ag.totalLoad() == 0)
        ag.idleSince = m_now;

    if (presence != Presence::Ready && ag.offered.isValid()) {
        Contact &c = *findContact(ag.offered);
        endOffer(c, OfferEnd::Withdrawn,
                 presence == Presence::Offline ? QStringLiteral("agent logged out") : QStringLiteral("agent not ready"));
    }
    if (presence == Presence::Offline) {
        // Nobody should wait for an agent who has gone home.
        const auto waitingForMe = ag.personal;
        for (const auto &[negLevel, key, cid] : waitingForMe) {
            Contact &c = *findContact(cid);
            ag.personal.erase({negLevel, key, cid});
            c.personalTimer = 0;
            if (c.personalReason != PersonalReason::Transfer)
                c.trace.add(c.personalReason == PersonalReason::Dedicated ? K::DedicatedUnavailable : K::LastAgentUnavailable,
                            ag.config.name, QStringLiteral("offline"));
            else
                c.trace.add(K::OfferWithdrawn, ag.config.name, QStringLiteral("agent logged out"));
            nextPersonalStage(c);
        }
    }
    reindex(a);
    feedAgent(a);
    return {};
}

Status Router::accept(const AgentId &agentId, ContactId id)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    Contact *c = findContact(id);
    if (!c || c->phase != Contact::Phase::Offered || c->agent != a)
        return Error::conflict(QStringLiteral("contact %1 is not offered to %2 (the offer may have timed out)")
                                   .arg(id.value()).arg(agentId.value()));
    Agent &ag = *m_agents[a];
    Group &home = *m_groups[c->home];
    const Duration waited = waitedOf(*c);

    c->offerTimer = 0;
    estimator(c->home, c->channel).recordAnswerTime(m_now - c->offeredAt);
    if (waited > Duration::zero())
        estimator(c->home, c->channel).recordDeparture(m_now);
    c->phase = Contact::Phase::Active;
    c->answeredAt = m_now;
    leaveQueue(*c);
    ++home.answered;
    if (waited <= home.config.serviceLevelThreshold)
        ++home.answeredWithinThreshold;
    home.totalAnswerWait += waited;
    estimator(c->home, c->channel).recordWait(waited, false);
    if (waited > Duration::zero())
        baseline(c->home, c->channel).recordAnsweredWait(waited);

    ag.offered = {};
    ag.active.push_back(id);
    ++ag.load[static_cast<std::size_t>(c->channel)];
    ++ag.contactsToday;
    const Group &via = *m_groups[c->offerGroup];
    c->trace.add(K::Routed, ag.config.name, via.config.name, wholeSeconds(waited));
    emitEvent(ContactRouted{id, ag.config.id, via.config.id, waited, c->trace});
    reindex(a);
    feedAgent(a);
    return {};
}

Status Router::decline(const AgentId &agentId, ContactId id, const QString &reason)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    Contact *c = findContact(id);
    if (!c || c->phase != Contact::Phase::Offered || c->agent != a)
        return Error::conflict(QStringLiteral("contact %1 is not offered to %2").arg(id.value()).arg(agentId.value()));
    endOffer(*c, OfferEnd::Declined, reason);
    return {};
}

Status Router::finishWrapUp(const AgentId &agentId, ContactId id)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    auto &wraps = m_agents[a]->wrapping;
    const auto it = std::find_if(wraps.begin(), wraps.end(), [id](const auto &w) { return w.contact == id; });
    if (it == wraps.end())
        return Error::conflict(QStringLiteral("%1 is not wrapping up contact %2").arg(agentId.value()).arg(id.value()));
    completeWrapUp(a, static_cast<std::size_t>(it - wraps.begin()), false);
    return {};
}

Status Router::transfer(const AgentId &agentId, ContactId id, const TransferTarget &target, const QString &note)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    Contact *c = findContact(id);
    if (!c || c->phase != Contact::Phase::Active || c->agent != a)
        return Error::conflict(QStringLiteral("%1 is not handling contact %2").arg(agentId.value()).arg(id.value()));
    if (target.group.has_value() == target.agent.has_value())
        return Error::invalid(QStringLiteral("target"), QStringLiteral("transfer to exactly one group or one agent"));

    int toAgent = -1;
    int toGroup = -1;
    if (target.agent) {
        toAgent = agentIndex(*target.agent);
        if (toAgent < 0)
            return Error::notFound(QStringLiteral("unknown agent '%1'").arg(target.agent->value()));
        if (toAgent == a)
            return Error::invalid(QStringLiteral("target.agent"), QStringLiteral("cannot transfer a contact to yourself"));
        if (m_agents[toAgent]->config.capacityFor(c->channel) == 0)
            return Error::invalid(QStringLiteral("target.agent"), QStringLiteral("%1 does not serve %2")
                                                                      .arg(target.agent->value(), channelName(c->channel)));
        const auto &gi = m_agents[toAgent]->groupIdx;
        toGroup = std::find(gi.begin(), gi.end(), c->home) != gi.end() || gi.empty() ? c->home : gi.front();
    } else {
        toGroup = groupIndex(*target.group);
        if (toGroup < 0)
            return Error::notFound(QStringLiteral("unknown group '%1'").arg(target.group->value()));
    }

    // The agent's side ends here and goes to wrap-up…
    Group &dest = *m_groups[toGroup];
    emitEvent(ContactTransferred{id, m_agents[a]->config.id,
                                 toAgent < 0 ? std::optional<GroupId>(dest.config.id) : std::nullopt,
                                 toAgent >= 0 ? std::optional<AgentId>(m_agents[toAgent]->config.id) : std::nullopt, note,
                                 dest.config.id});
    const int fromGroup = c->offerGroup;
    startWrapUp(a, *c, fromGroup);

    // …while the contact, with its id, level and trace, queues again.
    c->phase = Contact::Phase::Waiting;
    c->agent = -1;
    c->offer = {};
    c->offerGroup = -1;
    c->tried.clear();
    c->maxWaitDue = false;
    c->home = toGroup;
    c->arrival = m_now;
    c->seq = m_nextSeq++;
    c->expansions = {{toGroup, Duration::zero(), false}};
    for (const auto &step : dest.config.overflow)
        c->expansions.push_back({groupIndex(step.group), step.after, false});
    c->nextPersonal = Contact::NextPersonal::None;
    const QString toName = toAgent >= 0 ? m_agents[toAgent]->config.name : dest.config.name;
    c->trace.add(K::Transferred, m_agents[a]->config.name, toName);

    ++dest.entered;
    dest.queue.addHome(c->channel, c->level, keyOf(*c));
    estimator(toGroup, c->channel).observeQueue(m_now, true);
    m_seqToContact.emplace(c->seq, c->id);
    c->alertTimer = schedule(m_now + dest.config.alertWait, TimerKind::Alert, c->id);
    if (dest.config.maxWait)
        c->maxWaitTimer = schedule(m_now + *dest.config.maxWait, TimerKind::MaxWait, c->id);

    const QueueStatus status = statusOf(*c, m_now);
    emitEvent(ContactQueued{id, dest.config.id, c->channel, c->level, status.position, status.estimatedWait, c->trace, c->variant});
    if (toAgent < 0
        || !waitForAgent(*c, toAgent, m_config.precedence.dedicatedWait, PersonalReason::Transfer))
        enterGroupStage(*c);
    return {};
}

// ---------------------------------------------------------------- supervisor side

Status Router::setMemberships(const AgentId &agentId, QList<Membership> groups, const QString &actor)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString field = QStringLiteral("groups[%1]").arg(i);
        if (groupIndex(groups[i].group) < 0)
            return Error::invalid(field, QStringLiteral("unknown group '%1'").arg(groups[i].group.value()));
        if (groups[i].proficiency < 1 || groups[i].proficiency > 10)
            return Error::invalid(field + QStringLiteral(".proficiency"),
                                  QStringLiteral("proficiency %1 is outside 1–10").arg(groups[i].proficiency));
        for (qsizetype j = 0; j < i; ++j) {
            if (groups[j].group == groups[i].group)
                return Error::invalid(field, QStringLiteral("group '%1' is listed twice").arg(groups[i].group.value()));
        }
    }
    Agent &ag = *m_agents[a];
    const QList<Membership> before = ag.config.groups;
    unindex(ag);
    countAgent(ag, -1);
    assignMemberships(ag, std::move(groups));
    countAgent(ag, +1);
    emitEvent(AgentReassigned{ag.config.id, actor, before, ag.config.groups});
    reindex(a);
    feedAgent(a);
    return {};
}

void Router::assignMemberships(Agent &ag, QList<Membership> groups)
{
    std::vector<std::uint64_t> turns;
    std::vector<int> idx;
    for (const auto &m : groups) {
        const int g = groupIndex(m.group);
        const auto old = std::find(ag.groupIdx.begin(), ag.groupIdx.end(), g);
        // A newcomer to a round-robin group joins at the current turn, not ahead of everyone.
        turns.push_back(old != ag.groupIdx.end() ? ag.roundRobinTurn[static_cast<std::size_t>(old - ag.groupIdx.begin())]
                                                 : m_groups[g]->roundRobinTurn);
        idx.push_back(g);
    }
    ag.config.groups = std::move(groups);
    ag.groupIdx = std::move(idx);
    ag.roundRobinTurn = std::move(turns);
}

Status Router::moveAgent(const AgentId &agentId, const GroupId &from, const GroupId &to, const QString &actor)
{
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    if (groupIndex(to) < 0)
        return Error::notFound(QStringLiteral("unknown group '%1'").arg(to.value()));
    QList<Membership> groups = m_agents[a]->config.groups;
    const auto it = std::find_if(groups.begin(), groups.end(), [&](const Membership &m) { return m.group == from; });
    if (it == groups.end())
        return Error::conflict(QStringLiteral("%1 is not in group '%2'").arg(agentId.value(), from.value()));
    const int proficiency = it->proficiency;
    groups.erase(it);
    if (std::none_of(groups.begin(), groups.end(), [&](const Membership &m) { return m.group == to; }))
        groups.append(Membership{to, proficiency});
    return setMemberships(agentId, std::move(groups), actor);
}

Status Router::setProficiency(const AgentId &agentId, const GroupId &group, int proficiency, const QString &actor)
{
    const int a = agentIndex(agentId);
    if (a < 0)
        return Error::notFound(QStringLiteral("unknown agent '%1'").arg(agentId.value()));
    if (proficiency < 0 || proficiency > 10)
        return Error::invalid(QStringLiteral("proficiency"), QStringLiteral("proficiency %1 is outside 1–10 (0 removes)").arg(proficiency));
    QList<Membership> groups = m_agents[a]->config.groups;
    const auto it = std::find_if(groups.begin(), groups.end(), [&](const Membership &m) { return m.group == group; });
    if (proficiency == 0) {
        if (it == groups.end())
            return Error::conflict(QStringLiteral("%1 is not in group '%2'").arg(agentId.value(), group.value()));
        groups.erase(it);
    } else if (it == groups.end()) {
        groups.append(Membership{group, proficiency});
    } else {
        it->proficiency = proficiency;
    }
    return setMemberships(agentId, std::move(groups), actor);
}

Status Router::setContactLevel(ContactId id, int level, const QString &actor)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    if (level < kMinVipLevel || level > kMaxVipLevel)
        return Error::invalid(QStringLiteral("level"), QStringLiteral("VIP level %1 is outside 0–10").arg(level));
    Contact *c = findContact(id);
    if (!c || !c->waiting())
        return Error::conflict(QStringLiteral("contact %1 is not waiting").arg(id.value()));
    const bool dispatchable = c->phase == Contact::Phase::Waiting && c->stage == Contact::Stage::Group;
    const bool personal = c->phase == Contact::Phase::Waiting && c->stage == Contact::Stage::Personal;
    if (dispatchable)
        removeFromDispatch(*c);
    if (personal)
        m_agents[c->personalAgent]->personal.erase({-c->level, keyOf(*c), c->id});
    Group &home = *m_groups[c->home];
    home.queue.removeHome(c->channel, c->level, keyOf(*c));
    c->level = level;
    home.queue.addHome(c->channel, c->level, keyOf(*c));
    if (dispatchable)
        makeDispatchable(*c);
    if (personal)
        m_agents[c->personalAgent]->personal.insert({-c->level, keyOf(*c), c->id});
    c->trace.add(K::LevelChanged, actor, {}, level);
    const QueueStatus status = statusOf(*c, m_now);
    emitEvent(ContactQueued{id, home.config.id, c->channel, c->level, status.position, status.estimatedWait, c->trace, c->variant});
    return {};
}

Status Router::moveContact(ContactId id, const GroupId &groupId, const QString &actor)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    Contact *c = findContact(id);
    if (!c || !c->waiting())
        return Error::conflict(QStringLiteral("contact %1 is not waiting").arg(id.value()));
    const int to = groupIndex(groupId);
    if (to < 0)
        return Error::notFound(QStringLiteral("unknown group '%1'").arg(groupId.value()));
    if (to == c->home)
        return Error::invalid(QStringLiteral("group"), QStringLiteral("contact %1 already waits in %2").arg(id.value()).arg(groupId.value()));
    if (c->phase == Contact::Phase::Offered)
        return Error::conflict(QStringLiteral("contact %1 is being offered to %2; move it once the offer has ended")
                                   .arg(id.value())
                                   .arg(m_agents[c->agent]->config.name));
    if (c->stage == Contact::Stage::Personal)
        return Error::conflict(QStringLiteral("contact %1 waits for one agent (%2), not in a group queue")
                                   .arg(id.value())
                                   .arg(c->personalAgent >= 0 ? m_agents[c->personalAgent]->config.name : QString()));

    // Out of the old group's queue (and any overflow group's)…
    removeFromDispatch(*c);
    Group &from = *m_groups[c->home];
    from.queue.removeHome(c->channel, c->level, keyOf(*c));
    estimator(c->home, c->channel).observeQueue(m_now, from.queue.waiting(c->channel) > 0);
    emitEvent(QueueChanged{from.config.id, c->channel, from.queue.waiting(c->channel)});
    if (c->alertRaised) {
        c->alertRaised = false;
        emitEvent(AlertCleared{AlertKind::LongWait, from.config.id, c->id});
    }

    // …into the new one, in its place by arrival, with that group's thresholds and overflow.
    Group &dest = *m_groups[to];
    c->home = to;
    c->tried.clear();
    c->maxWaitDue = false;
    c->expansions = {{to, Duration::zero(), false}};
    for (const auto &step : dest.config.overflow)
        c->expansions.push_back({groupIndex(step.group), step.after, false});
    c->trace.add(K::MovedToGroup, actor, dest.config.name);
    ++dest.entered;
    dest.queue.addHome(c->channel, c->level, keyOf(*c));
    estimator(to, c->channel).observeQueue(m_now, true);
    c->alertTimer = schedule(std::max(m_now, c->arrival + dest.config.alertWait), TimerKind::Alert, c->id);
    c->maxWaitTimer = dest.config.maxWait ? schedule(std::max(m_now, c->arrival + *dest.config.maxWait), TimerKind::MaxWait, c->id) : 0;
    const QueueStatus status = statusOf(*c, m_now);
    emitEvent(ContactQueued{id, dest.config.id, c->channel, c->level, status.position, status.estimatedWait, c->trace, c->variant});
    activateDueOverflow(*c, true);
    makeDispatchable(*c);
    tryOfferContact(*c);
    return {};
}

Status Router::changeChannel(ContactId id, Channel channel, const QString &actor)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    Contact *c = findContact(id);
    if (!c)
        return Error::notFound(QStringLiteral("no contact %1 is in the centre").arg(id.value()));
    if (c->channel == channel)
        return Error::invalid(QStringLiteral("channel"), QStringLiteral("contact %1 is on %2 already").arg(id.value()).arg(channelName(channel)));
    if (c->phase == Contact::Phase::Offered)
        return Error::conflict(QStringLiteral("contact %1 is being offered to %2; change its channel once the offer has ended")
                                   .arg(id.value())
                                   .arg(m_agents[c->agent]->config.name));
    const Channel was = c->channel;
    const auto from = static_cast<std::size_t>(was), to = static_cast<std::size_t>(channel);

    if (c->phase == Contact::Phase::Active) {
        // The agent goes on with it on the new channel: their load moves across.
        Agent &ag = *m_agents[c->agent];
        if (ag.config.capacity[to] == 0)
            return Error::conflict(QStringLiteral("%1 does not take %2 contacts").arg(ag.config.name, channelName(channel)));
        // An offer out to them on that channel counts: accepting it must still fit.
        const Contact *offered = ag.offered.isValid() ? findContact(ag.offered) : nullptr;
        const int pending = offered && offered->channel == channel ? 1 : 0;
        if (ag.load[to] + pending >= ag.config.capacity[to])
            return Error::conflict(QStringLiteral("%1 has no room for another %2 contact").arg(ag.config.name, channelName(channel)));
        --ag.load[from];
        ++ag.load[to];
        c->channel = channel;
        c->request.channel = channel;
        c->trace.add(K::ChannelChanged, actor, channelName(channel));
        emitEvent(ContactChannelChanged{id, was, channel, actor});
        reindex(c->agent);
        feedAgent(c->agent);
        return {};
    }

    if (c->stage == Contact::Stage::Personal)
        return Error::conflict(QStringLiteral("contact %1 waits for one agent (%2); change its channel once it is in a group queue")
                                   .arg(id.value())
                                   .arg(c->personalAgent >= 0 ? m_agents[c->personalAgent]->config.name : QString()));
    // Out of its group's queue of the old channel (and any overflow group's it has reached)…
    removeFromDispatch(*c);
    Group &home = *m_groups[c->home];
    home.queue.removeHome(was, c->level, keyOf(*c));
    estimator(c->home, was).observeQueue(m_now, home.queue.waiting(was) > 0);
    emitEvent(QueueChanged{home.config.id, was, home.queue.waiting(was)});
    c->channel = channel;
    c->request.channel = channel;
    c->trace.add(K::ChannelChanged, actor, channelName(channel));
    emitEvent(ContactChannelChanged{id, was, channel, actor});

    // …into the same queues of the new channel, in its place by arrival. Its routing plan (the
    // rule's targets, the overflow reached so far, who passed on it) stays as it was.
    home.queue.addHome(channel, c->level, keyOf(*c));
    estimator(c->home, channel).observeQueue(m_now, true);
    const QueueStatus status = statusOf(*c, m_now);
    emitEvent(ContactQueued{id, home.config.id, channel, c->level, status.position, status.estimatedWait, c->trace, c->variant});
    makeDispatchable(*c);
    tryOfferContact(*c);
    return {};
}

Status Router::replaceConfiguration(SiteConfig config, const QString &actor)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    if (auto s = config.validate(); !s)
        return s;
    for (const auto &g : m_groups) {
        if (!config.group(g->config.id))
            return Error::invalid(QStringLiteral("groups"), QStringLiteral("group '%1' cannot be removed while the router runs")
                                                                .arg(g->config.id.value()));
    }
    for (const auto &a : m_agents) {
        if (!config.agent(a->config.id))
            return Error::invalid(QStringLiteral("agents"), QStringLiteral("agent '%1' cannot be removed while the router runs")
                                                                .arg(a->config.id.value()));
    }

    for (auto &a : m_agents) {
        unindex(*a);
        countAgent(*a, -1);
    }
    m_config = std::move(config);
    for (const auto &g : m_config.groups) {
        const int i = groupIndex(g.id);
        if (i >= 0) {
            m_groups[i]->config = g;
        } else {
            auto group = std::make_unique<Group>();
            group->config = g;
            m_groupIndex.insert(g.id, static_cast<int>(m_groups.size()));
            m_groups.push_back(std::move(group));
        }
    }
    for (const auto &cfg : m_config.agents) {
        const int i = agentIndex(cfg.id);
        if (i < 0) {
            addAgent(cfg);
            countAgent(*m_agents.back(), -1);  // counted again below with the others
            continue;
        }
        Agent &ag = *m_agents[i];
        const QList<Membership> before = ag.config.groups;
        ag.config.name = cfg.name;
        ag.config.capacity = cfg.capacity;
        assignMemberships(ag, cfg.groups);
        if (before != cfg.groups)
            emitEvent(AgentReassigned{cfg.id, actor, before, cfg.groups});
    }
    for (auto &a : m_agents)
        countAgent(*a, +1);
    emitEvent(ConfigurationReplaced{actor, static_cast<int>(m_config.rules.size())});
    for (int a = 0; a < static_cast<int>(m_agents.size()); ++a)
        reindex(a);
    for (int a = 0; a < static_cast<int>(m_agents.size()); ++a)
        feedAgent(a);
    return {};
}

// ---------------------------------------------------------------- queries

std::optional<QueueStatus> Router::queueStatus(ContactId id) const
{
    const Contact *c = findContact(id);
    if (!c || !c->waiting())
        return std::nullopt;
    return statusOf(*c, std::max(m_now, m_clock.now()));
}

QList<QueueStatus> Router::waitingContacts(const GroupId &groupId) const
{
    QList<QueueStatus> out;
    const int g = groupIndex(groupId);
    if (g < 0)
        return out;
    const GroupQueue &q = m_groups[g]->queue;
    const TimePoint now = std::max(m_now, m_clock.now());
    for (Channel ch : kAllChannels) {
        for (int level = 0; level < kVipLevelCount; ++level) {
            for (const QueueKey &key : q.home(ch, level))
                out.append(statusOf(*findContact(m_seqToContact.at(key.seq)), now));
        }
    }
    std::sort(out.begin(), out.end(), [](const QueueStatus &a, const QueueStatus &b) {
        if (a.channel != b.channel)
            return a.channel < b.channel;
        return a.ahead < b.ahead;
    });
    return out;
}

std::optional<GroupStatistics> Router::groupStatistics(const GroupId &groupId) const
{
    const int g = groupIndex(groupId);
    if (g < 0)
        return std::nullopt;
    const Group &grp = *m_groups[g];
    GroupStatistics s;
    s.group = grp.config.id;
    s.name = grp.config.name;
    s.waiting = grp.queue.waiting();
    if (const auto oldest = grp.queue.oldestArrivalMs())
        s.longestWait = Duration(std::max(m_now, m_clock.now()).time_since_epoch().count() - *oldest);
    for (Channel ch : kAllChannels) {
        const auto i = static_cast<std::size_t>(ch);
        if (grp.servingSlots[i] > 0)
            s.estimatedWaitNew[i] = estimator(g, ch).estimate(grp.queue.waiting(ch), grp.servingSlots[i],
                                                              static_cast<int>(grp.available[i].size()));
    }
    s.entered = grp.entered;
    s.answered = grp.answered;
    s.answeredWithinThreshold = grp.answeredWithinThreshold;
    s.abandoned = grp.abandoned;
    s.overflowedOut = grp.overflowedOut;
    s.handled = grp.handled;
    s.totalAnswerWait = grp.totalAnswerWait;
    s.totalHandleTime = grp.totalHandleTime;
    s.agentsByState = grp.agentsByState;
    for (std::size_t i = 0; i < grp.available.size(); ++i)
        s.availableFor[i] = static_cast<int>(grp.available[i].size());
    s.serviceLevelThreshold = grp.config.serviceLevelThreshold;
    s.serviceLevelTarget = grp.config.serviceLevelTarget;
    if (const double rate = estimator(g, Channel::Voice).abandonRatePerSecond(); rate > 0)
        s.meanPatience = Duration(static_cast<Duration::rep>(1000.0 / rate));
    return s;
}

std::optional<AgentStatus> Router::agentStatus(const AgentId &agentId) const
{
    const int a = agentIndex(agentId);
    if (a < 0)
        return std::nullopt;
    const Agent &ag = *m_agents[a];
    AgentStatus s;
    s.id = ag.config.id;
    s.name = ag.config.name;
    s.state = ag.state;
    s.presence = ag.presence;
    s.reason = ag.reason;
    s.stateSince = ag.stateSince;
    s.groups = ag.config.groups;
    s.capacity = ag.config.capacity;
    s.load = ag.load;
    s.active = QList<ContactId>(ag.active.begin(), ag.active.end());
    for (const auto &w : ag.wrapping)
        s.wrapping.append(w.contact);
    s.offered = ag.offered;
    s.contactsToday = ag.contactsToday;
    return s;
}

QList<GroupId> Router::groups() const
{
    QList<GroupId> out;
    for (const auto &g : m_groups)
        out.append(g->config.id);
    return out;
}

QList<AgentId> Router::agents() const
{
    QList<AgentId> out;
    for (const auto &a : m_agents)
        out.append(a->config.id);
    return out;
}

int Router::waitingCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += g->queue.waiting();
    return n;
}

QueueStatus Router::statusOf(const Contact &c, TimePoint now) const
{
    const Group &home = *m_groups[c.home];
    const QueueKey key = keyOf(c);
    QueueStatus s;
    s.contact = c.id;
    s.group = home.config.id;
    s.channel = c.channel;
    s.vipLevel = c.level;
    s.waited = now - c.arrival;
    s.effectiveLevel = effectiveLevel(c.level, s.waited, m_config.vip.aging);
    s.position = home.queue.toldPosition(c.channel, c.level, key);
    s.ahead = home.queue.trueAhead(c.channel, c.level, key, now, m_config.vip.aging);
    const auto slots = home.servingSlots[static_cast<std::size_t>(c.channel)];
    const auto free = static_cast<int>(home.available[static_cast<std::size_t>(c.channel)].size());
    s.estimatedWait = estimator(c.home, c.channel).estimate(s.ahead, slots, free);
    s.baselineWait = baseline(c.home, c.channel).estimate();
    s.offered = c.phase == Contact::Phase::Offered;
    if (s.offered)
        s.offeredTo = m_agents[c.agent]->config.id;
    s.trace = c.trace;
    return s;
}

}  // namespace baton::core
