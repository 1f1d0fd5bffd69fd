// Router routing steps: the precedence chain, offers, wrap-up, the agent indices and timers.
#include "router_p.h"

#include <algorithm>
#include <bit>

namespace baton::core {
namespace {

using K = TraceStep::Kind;

// How far past an excluded head a dispatch scan looks before giving that level up for this
// agent; bounds the per-event cost when many customers rated one agent badly.
constexpr int kScanLimit = 32;

}  // namespace

// ---------------------------------------------------------------- precedence chain

void Router::startRouting(Contact &c)
{
    c.nextPersonal = Contact::NextPersonal::Dedicated;
    nextPersonalStage(c);
}

void Router::nextPersonalStage(Contact &c)
{
    const PrecedencePolicy &p = m_config.precedence;
    while (c.nextPersonal != Contact::NextPersonal::None) {
        const bool dedicated = c.nextPersonal == Contact::NextPersonal::Dedicated;
        c.nextPersonal = dedicated ? Contact::NextPersonal::LastAgent : Contact::NextPersonal::None;
        const AgentId target = dedicated ? c.request.customer.dedicatedAgent : c.request.history.lastAgent;
        if (target.isEmpty())
            continue;
        const K unavailable = dedicated ? K::DedicatedUnavailable : K::LastAgentUnavailable;
        if (!dedicated) {
            if (!p.preferLastAgent || target == c.request.customer.dedicatedAgent)
                continue;
            const QDateTime served = c.request.history.lastServedUtc;
            if (served.isValid() && served.msecsTo(m_clock.utcNow()) > p.lastAgentLookback.count()) {
                const int a = agentIndex(target);
                c.trace.add(K::LastAgentTooLongAgo, a >= 0 ? m_agents[a]->config.name : target.value(), {},
                            served.daysTo(m_clock.utcNow()));
                continue;
            }
        }
        const int a = agentIndex(target);
        if (a < 0) {
            c.trace.add(unavailable, target.value(), QStringLiteral("unknown"));
            continue;
        }
        const Agent &ag = *m_agents[a];
        if (c.excluded.contains(a) || c.triedBy(a, m_now))
            continue;  // the exclusion is already in the trace
        if (ag.config.capacityFor(c.channel) == 0) {
            c.trace.add(unavailable, ag.config.name, QStringLiteral("does not serve ") + channelName(c.channel));
            continue;
        }
        if (ag.presence == Presence::Offline) {
            c.trace.add(unavailable, ag.config.name, QStringLiteral("offline"));
            continue;
        }
        const auto reason = dedicated ? PersonalReason::Dedicated : PersonalReason::LastAgent;
        if (waitForAgent(c, a, dedicated ? p.dedicatedWait : p.lastAgentWait, reason))
            return;
        c.trace.add(unavailable, ag.config.name, QStringLiteral("busy"));
    }
    enterGroupStage(c);
}

// Offers the contact to one agent now, or parks it in that agent's personal queue for up to
// `wait`. False when the agent can take nothing and the wait is zero.
bool Router::waitForAgent(Contact &c, int a, Duration wait, PersonalReason reason)
{
    Agent &ag = *m_agents[a];
    c.stage = Contact::Stage::Personal;
    c.personalAgent = a;
    c.personalReason = reason;
    if (canTake(a, c)) {
        makeOffer(c, a, c.home);
        return true;
    }
    if (wait <= Duration::zero())
        return false;
    ag.personal.insert({-c.level, keyOf(c), c.id});
    c.personalTimer = schedule(m_now + wait, TimerKind::PersonalWait, c.id);
    if (reason == PersonalReason::Dedicated)
        c.trace.add(K::DedicatedWaiting, ag.config.name, {}, wholeSeconds(wait));
    else if (reason == PersonalReason::LastAgent)
        c.trace.add(K::LastAgentWaiting, ag.config.name, {}, wholeSeconds(wait));
    return true;
}

void Router::enterGroupStage(Contact &c)
{
    c.stage = Contact::Stage::Group;
    c.personalAgent = -1;
    c.trace.add(K::QueuedInGroup, m_groups[c.home]->config.name);
    activateDueOverflow(c, true);
    makeDispatchable(c);
    tryOfferContact(c);
}

void Router::activateDueOverflow(Contact &c, bool emitEvents)
{
    const Duration waited = waitedOf(c);
    std::optional<Duration> next;
    for (auto &e : c.expansions) {
        if (e.active)
            continue;
        if (e.after <= waited) {
            e.active = true;
            if (emitEvents && e.after > Duration::zero()) {
                const Group &to = *m_groups[e.group];
                c.trace.add(K::Overflowed, to.config.name, {}, wholeSeconds(waited));
                emitEvent(ContactOverflowed{c.id, m_groups[c.home]->config.id, to.config.id, std::nullopt, waited});
            }
        } else if (!next || e.after < *next) {
            next = e.after;
        }
    }
    c.overflowTimer = next ? schedule(c.arrival + *next, TimerKind::Overflow, c.id) : 0;
}

void Router::makeDispatchable(Contact &c)
{
    const DispatchEntry entry{keyOf(c), c.id};
    for (const auto &e : c.expansions) {
        if (e.active)
            m_groups[e.group]->queue.addDispatch(c.channel, c.level, entry);
    }
}

void Router::removeFromDispatch(Contact &c)
{
    if (c.stage == Contact::Stage::Personal) {
        if (c.personalAgent >= 0)
            m_agents[c.personalAgent]->personal.erase({-c.level, keyOf(c), c.id});
        return;
    }
    const DispatchEntry entry{keyOf(c), c.id};
    for (const auto &e : c.expansions) {
        if (e.active)
            m_groups[e.group]->queue.removeDispatch(c.channel, c.level, entry);
    }
}

// ---------------------------------------------------------------- matching

bool Router::canTake(int a, const Contact &c) const
{
    const Agent &ag = *m_agents[a];
    return ag.presence == Presence::Ready && !ag.offered.isValid() && ag.hasRoom(c.channel) && !c.excluded.contains(a)
        && !c.triedBy(a, m_now);
}

int Router::bestAgentIn(int g, const Contact &c) const
{
    for (const AgentKey &k : m_groups[g]->available[static_cast<std::size_t>(c.channel)]) {
        if (!c.excluded.contains(k.agent) && !c.triedBy(k.agent, m_now))
            return k.agent;
    }
    return -1;
}

void Router::tryOfferContact(Contact &c)
{
    if (c.phase != Contact::Phase::Waiting)
        return;
    if (c.stage == Contact::Stage::Personal) {
        if (canTake(c.personalAgent, c))
            makeOffer(c, c.personalAgent, c.home);
        return;
    }
    for (const auto &e : c.expansions) {
        if (!e.active)
            continue;
        if (const int a = bestAgentIn(e.group, c); a >= 0) {
            makeOffer(c, a, e.group);
            return;
        }
    }
}

void Router::feedAgent(int a)
{
    Agent &ag = *m_agents[a];
    if (ag.presence != Presence::Ready || ag.offered.isValid())
        return;

    // Contacts waiting for this agent in person come first.
    for (const auto &[negLevel, key, cid] : ag.personal) {
        Contact &c = *findContact(cid);
        if (ag.hasRoom(c.channel) && !c.excluded.contains(a) && !c.triedBy(a, m_now)) {
            makeOffer(c, a, c.home);
            return;
        }
    }

    // Then the best head across the agent's groups: highest effective level, then the larger
    // share of its home group's service-level threshold already waited, then arrival.
    struct Candidate {
        Contact *contact = nullptr;
        int group = -1;
        int level = -1;
        double share = 0;
        std::uint64_t seq = 0;
    } best;
    for (std::size_t i = 0; i < ag.groupIdx.size(); ++i) {
        const int g = ag.groupIdx[i];
        const GroupQueue &q = m_groups[g]->queue;
        for (Channel ch : kAllChannels) {
            if (!ag.hasRoom(ch))
                continue;
            for (std::uint16_t mask = q.dispatchLevels(ch); mask != 0; mask &= static_cast<std::uint16_t>(mask - 1)) {
                const int level = std::countr_zero(mask);
                int scanned = 0;
                for (const DispatchEntry &e : q.dispatch(ch, level)) {
                    if (++scanned > kScanLimit)
                        break;
                    Contact &c = *findContact(e.contact);
                    if (c.excluded.contains(a) || c.triedBy(a, m_now))
                        continue;
                    const Duration waited = waitedOf(c);
                    const int eff = effectiveLevel(c.level, waited, m_config.vip.aging);
                    const double share = static_cast<double>(waited.count())
                        / static_cast<double>(m_groups[c.home]->config.serviceLevelThreshold.count());
                    const bool better = !best.contact || eff > best.level || (eff == best.level && share > best.share)
                        || (eff == best.level && share == best.share && c.seq < best.seq);
                    if (better)
                        best = {&c, g, eff, share, c.seq};
                    break;  // later entries of this level arrived later: never better
                }
            }
        }
    }
    if (best.contact)
        makeOffer(*best.contact, a, best.group);
}

// ---------------------------------------------------------------- offers

void Router::makeOffer(Contact &c, int a, int g)
{
    removeFromDispatch(c);
    c.personalTimer = 0;
    Agent &ag = *m_agents[a];
    Group &via = *m_groups[g];
    c.phase = Contact::Phase::Offered;
    c.offeredAt = m_now;
    c.agent = a;
    c.offer = OfferId(m_nextOffer++);
    c.offerGroup = g;
    ag.offered = c.id;
    for (std::size_t i = 0; i < ag.groupIdx.size(); ++i) {
        if (ag.groupIdx[i] == g)
            ag.roundRobinTurn[i] = ++via.roundRobinTurn;
    }
    const TimePoint deadline = m_now + m_config.offers.acceptTimeout;
    c.offerTimer = schedule(deadline, TimerKind::OfferTimeout, c.id);
    if (c.stage == Contact::Stage::Personal) {
        static const char *const kReasons[] = {"dedicated", "last", "transfer"};
        c.trace.add(K::OfferedInPerson, ag.config.name, QLatin1String(kReasons[static_cast<int>(c.personalReason)]));
    } else {
        c.trace.add(K::OfferedTo, ag.config.name, via.config.name, static_cast<long long>(via.config.strategy));
    }
    emitEvent(OfferMade{c.offer, c.id, ag.config.id, via.config.id, c.level, waitedOf(c), deadline, c.trace});
    reindex(a);
}

void Router::endOffer(Contact &c, OfferEnd how, const QString &reason)
{
    const int a = c.agent;
    Agent &ag = *m_agents[a];
    ag.offered = {};
    c.offerTimer = 0;
    c.phase = Contact::Phase::Waiting;
    c.agent = -1;
    if (how != OfferEnd::Withdrawn) {
        const TimePoint until = m_now + m_config.offers.retryAfter;
        std::erase_if(c.tried, [&](const auto &t) { return t.first == a || t.second <= m_now; });
        c.tried.emplace_back(a, until);
        schedule(until, TimerKind::Retry, c.id);  // one per mark: each expiry may free an agent
    }
    switch (how) {
    case OfferEnd::Declined: c.trace.add(K::OfferDeclined, ag.config.name); break;
    case OfferEnd::TimedOut: c.trace.add(K::OfferTimedOut, ag.config.name); break;
    case OfferEnd::Withdrawn: c.trace.add(K::OfferWithdrawn, ag.config.name, reason); break;
    }
    const OfferPolicy &policy = m_config.offers;
    QString notReady;
    if ((how == OfferEnd::TimedOut && policy.notReadyOnTimeout) || (how == OfferEnd::Declined && policy.notReadyOnDecline)) {
        notReady = how == OfferEnd::TimedOut ? QStringLiteral("missed offer")
                                             : (reason.isEmpty() ? QStringLiteral("declined offer") : reason);
        ag.presence = Presence::NotReady;
        ag.reason = notReady;
    }
    emitEvent(OfferEnded{c.offer, c.id, ag.config.id, how, reason, notReady});
    reindex(a);

    // The contact goes back to its place: its arrival key never changed.
    if (c.maxWaitDue) {
        fallbackOut(c);
    } else if (c.stage == Contact::Stage::Personal) {
        nextPersonalStage(c);
    } else {
        makeDispatchable(c);
        tryOfferContact(c);
    }
    feedAgent(a);
}

void Router::leaveQueue(Contact &c)
{
    Group &home = *m_groups[c.home];
    home.queue.removeHome(c.channel, c.level, keyOf(c));
    estimator(c.home, c.channel).observeQueue(m_now, home.queue.waiting(c.channel) > 0);
    emitEvent(QueueChanged{home.config.id, c.channel, home.queue.waiting(c.channel)});
    m_seqToContact.erase(c.seq);
    c.personalTimer = c.overflowTimer = c.alertTimer = c.maxWaitTimer = 0;
    if (c.alertRaised) {
        c.alertRaised = false;
        emitEvent(AlertCleared{AlertKind::LongWait, m_groups[c.home]->config.id, c.id});
    }
}

void Router::fallbackOut(Contact &c)
{
    const Group &home = *m_groups[c.home];
    const Duration waited = waitedOf(c);
    removeFromDispatch(c);
    leaveQueue(c);
    ++m_groups[c.home]->overflowedOut;
    estimator(c.home, c.channel).recordWait(waited, false);  // censored: left without abandoning
    FallbackAction action = home.config.maxWaitAction;
    if (action == FallbackAction::Bot && c.mode == ReceptionMode::HumanOnly)
        action = FallbackAction::Callback;  // human-only never goes to a bot
    c.trace.add(K::MaxWaitReached, fallbackActionName(action), {}, wholeSeconds(waited));
    emitEvent(ContactOverflowed{c.id, home.config.id, std::nullopt, action, waited});
    m_contacts.erase(c.id);
}

// ---------------------------------------------------------------- wrap-up

void Router::startWrapUp(int a, Contact &c, int g)
{
    Agent &ag = *m_agents[a];
    Group &home = *m_groups[c.home];
    const Duration handled = m_now - c.answeredAt;
    ag.active.erase(std::find(ag.active.begin(), ag.active.end(), c.id));
    ++home.handled;
    home.totalHandleTime += handled;
    const Duration wrap = m_groups[g]->config.wrapUp;
    emitEvent(ContactEnded{c.id, ag.config.id, handled, wrap});

    Agent::Wrap w{c.id, c.channel, c.home, m_now, handled, 0};
    if (wrap > Duration::zero())
        w.timer = schedule(m_now + wrap, TimerKind::WrapUp, c.id, a);
    ag.wrapping.push_back(w);
    if (wrap > Duration::zero())
        reindex(a);
    else
        completeWrapUp(a, ag.wrapping.size() - 1, false);
}

void Router::completeWrapUp(int a, std::size_t i, bool timedOut)
{
    Agent &ag = *m_agents[a];
    const Agent::Wrap w = ag.wrapping[i];
    ag.wrapping.erase(ag.wrapping.begin() + static_cast<std::ptrdiff_t>(i));
    --ag.load[static_cast<std::size_t>(w.channel)];
    ag.idleSince = m_now;
    estimator(w.group, w.channel).recordHandleTime(w.handled + (m_now - w.started));
    emitEvent(WrapUpFinished{w.contact, ag.config.id, m_now - w.started, timedOut});
    reindex(a);
    feedAgent(a);
}

// ---------------------------------------------------------------- agent indices and state

void Router::unindex(Agent &a)
{
    for (const auto &ix : a.indexed) {
        auto &available = m_groups[ix.group]->available;
        for (int ch = 0; ch < kChannelCount; ++ch) {
            if (ix.channels & (1u << ch))
                available[static_cast<std::size_t>(ch)].erase(ix.key);
        }
    }
    a.indexed.clear();
}

void Router::reindex(int a)
{
    Agent &ag = *m_agents[a];
    unindex(ag);
    if (ag.presence == Presence::Ready && !ag.offered.isValid()) {
        const std::int64_t idle = ag.idleSince.time_since_epoch().count();
        for (std::size_t i = 0; i < ag.groupIdx.size(); ++i) {
            Group &grp = *m_groups[ag.groupIdx[i]];
            AgentKey key{0, idle, a};
            switch (grp.config.strategy) {
            case SelectionStrategy::LongestIdle: key.primary = ag.totalLoad(); break;
            case SelectionStrategy::FewestContactsToday: key.primary = ag.contactsToday; break;
            case SelectionStrategy::RoundRobin:
                key.primary = static_cast<std::int64_t>(ag.roundRobinTurn[i]);
                key.secondary = 0;
                break;
            case SelectionStrategy::HighestProficiency: key.primary = -ag.config.groups[static_cast<qsizetype>(i)].proficiency; break;
            }
            std::uint8_t channels = 0;
            for (int ch = 0; ch < kChannelCount; ++ch) {
                if (ag.hasRoom(kAllChannels[static_cast<std::size_t>(ch)])) {
                    grp.available[static_cast<std::size_t>(ch)].insert(key);
                    channels |= static_cast<std::uint8_t>(1u << ch);
                }
            }
            if (channels)
                ag.indexed.push_back({ag.groupIdx[i], key, channels});
        }
    }
    refreshState(a);
}

AgentState Router::computeState(const Agent &a) const
{
    if (a.offered.isValid())
        return AgentState::Offered;
    if (!a.active.empty())
        return AgentState::Busy;
    if (!a.wrapping.empty())
        return AgentState::WrapUp;
    switch (a.presence) {
    case Presence::Offline: return AgentState::Offline;
    case Presence::NotReady: return AgentState::NotReady;
    case Presence::Ready: return AgentState::Available;
    }
    return AgentState::Offline;
}

void Router::countAgent(Agent &a, int sign)
{
    const bool serving = isServing(a.state);
    for (int g : a.groupIdx) {
        Group &grp = *m_groups[g];
        grp.agentsByState[static_cast<std::size_t>(a.state)] += sign;
        if (serving) {
            for (int ch = 0; ch < kChannelCount; ++ch)
                grp.servingSlots[static_cast<std::size_t>(ch)] += sign * a.config.capacity[static_cast<std::size_t>(ch)];
        }
    }
}

void Router::refreshState(int a, const QString &reason)
{
    Agent &ag = *m_agents[a];
    const AgentState next = computeState(ag);
    if (next == ag.state)
        return;
    const AgentState before = ag.state;
    countAgent(ag, -1);
    ag.state = next;
    ag.stateSince = m_now;
    countAgent(ag, +1);
    emitEvent(AgentStateChanged{ag.config.id, before, next, reason.isEmpty() ? ag.reason : reason});
}

// ---------------------------------------------------------------- timers

std::uint64_t Router::schedule(TimePoint at, TimerKind kind, ContactId contact, int agent)
{
    const std::uint64_t id = m_nextTimer++;
    m_timers.push(Timer{at, id, kind, contact, agent});
    return id;
}

std::optional<TimePoint> Router::nextDeadline() const
{
    if (m_timers.empty())
        return std::nullopt;
    return m_timers.top().at;
}

void Router::advance() { (void)beginCommand(); }

Status Router::beginCommand()
{
    if (m_emitting)
        return Error::conflict(QStringLiteral("a router command was called from inside an event handler; queue it and call it afterwards"));
    processDue(m_clock.now());
    return {};
}

void Router::processDue(TimePoint now)
{
    while (!m_timers.empty() && m_timers.top().at <= now) {
        const Timer t = m_timers.top();
        m_timers.pop();
        m_now = std::max(m_now, t.at);
        fire(t);
    }
    m_now = std::max(m_now, now);
    rollDay();
}

void Router::fire(const Timer &t)
{
    if (t.kind == TimerKind::WrapUp) {
        auto &wraps = m_agents[t.agent]->wrapping;
        const auto it = std::find_if(wraps.begin(), wraps.end(), [&](const auto &w) { return w.timer == t.id; });
        if (it != wraps.end())
            completeWrapUp(t.agent, static_cast<std::size_t>(it - wraps.begin()), true);
        return;
    }
    Contact *c = findContact(t.contact);
    if (!c)
        return;
    switch (t.kind) {
    case TimerKind::PersonalWait:
        if (c->personalTimer == t.id && c->phase == Contact::Phase::Waiting && c->stage == Contact::Stage::Personal) {
            Agent &ag = *m_agents[c->personalAgent];
            ag.personal.erase({-c->level, keyOf(*c), c->id});
            c->personalTimer = 0;
            if (c->personalReason == PersonalReason::Dedicated)
                c->trace.settle(K::DedicatedWaiting, K::DedicatedTimedOut, ag.config.name, wholeSeconds(waitedOf(*c)));
            else if (c->personalReason == PersonalReason::LastAgent)
                c->trace.settle(K::LastAgentWaiting, K::LastAgentTimedOut, ag.config.name, wholeSeconds(waitedOf(*c)));
            nextPersonalStage(*c);
        }
        break;
    case TimerKind::Overflow:
        if (c->overflowTimer == t.id) {
            activateDueOverflow(*c, true);
            if (c->phase == Contact::Phase::Waiting && c->stage == Contact::Stage::Group) {
                makeDispatchable(*c);
                tryOfferContact(*c);
            }
        }
        break;
    case TimerKind::OfferTimeout:
        if (c->offerTimer == t.id && c->phase == Contact::Phase::Offered)
            endOffer(*c, OfferEnd::TimedOut, QStringLiteral("no answer"));
        break;
    case TimerKind::Alert:
        if (c->alertTimer == t.id && c->waiting()) {
            c->alertTimer = 0;
            c->alertRaised = true;
            emitEvent(AlertRaised{AlertKind::LongWait, m_groups[c->home]->config.id, c->id, waitedOf(*c)});
        }
        break;
    case TimerKind::MaxWait:
        if (c->maxWaitTimer == t.id && c->waiting()) {
            c->maxWaitTimer = 0;
            if (c->phase == Contact::Phase::Offered)
                c->maxWaitDue = true;  // let the offer finish first
            else
                fallbackOut(*c);
        }
        break;
    case TimerKind::Retry:
        // An agent who passed on this contact may be offered it again.
        tryOfferContact(*c);
        break;
    case TimerKind::WrapUp: break;
    }
}

// ---------------------------------------------------------------- helpers

void Router::rollDay()
{
    const QDate today = m_clock.utcNow().toTimeZone(m_config.timeZone).date();
    if (today == m_day)
        return;
    if (m_day.isValid()) {
        // The day's counts, before they start again: reports keep them.
        DayEnded ended{m_day, {}};
        for (const auto &g : m_groups)
            ended.groups.append({g->config.id, g->entered, g->answered, g->answeredWithinThreshold, g->abandoned, g->overflowedOut, g->handled,
                                 std::chrono::duration_cast<std::chrono::milliseconds>(g->totalAnswerWait).count(),
                                 std::chrono::duration_cast<std::chrono::milliseconds>(g->totalHandleTime).count()});
        emitEvent(std::move(ended));
    }
    m_day = today;
    for (auto &g : m_groups)
        g->resetDaily();
    for (auto &a : m_agents)
        a->contactsToday = 0;
    for (int a = 0; a < static_cast<int>(m_agents.size()); ++a)
        reindex(a);
}

void Router::emitEvent(Event e)
{
    if (!m_sink)
        return;
    m_emitting = true;
    m_sink->onEvent(e);
    m_emitting = false;
}

Router::Contact *Router::findContact(ContactId id)
{
    const auto it = m_contacts.find(id);
    return it == m_contacts.end() ? nullptr : it->second.get();
}

const Router::Contact *Router::findContact(ContactId id) const
{
    const auto it = m_contacts.find(id);
    return it == m_contacts.end() ? nullptr : it->second.get();
}

int Router::agentIndex(const AgentId &id) const { return m_agentIndex.value(id, -1); }
int Router::groupIndex(const GroupId &id) const { return m_groupIndex.value(id, -1); }

QueueKey Router::keyOf(const Contact &c) const { return QueueKey{c.arrival.time_since_epoch().count(), c.seq}; }

Duration Router::waitedOf(const Contact &c) const { return m_now - c.arrival; }

QueueLengthEstimator &Router::estimator(int group, Channel ch) const
{
    const Group &g = *m_groups[group];
    auto &slot = g.estimators[static_cast<std::size_t>(ch)];
    if (!slot) {
        slot = std::make_unique<QueueLengthEstimator>(g.config.expectedHandleTime, m_config.estimator.handleTimeWindow,
                                                      m_config.estimator.abandonmentWindow);
    }
    return *slot;
}

RunningAverageEstimator &Router::baseline(int group, Channel ch) const
{
    auto &slot = m_groups[group]->baselines[static_cast<std::size_t>(ch)];
    if (!slot)
        slot = std::make_unique<RunningAverageEstimator>(m_config.estimator.runningAverageWindow);
    return *slot;
}

}  // namespace baton::core
