// Router recovery: rebuilding a fresh router from a journal snapshot (see routerstate.h).
#include "router_p.h"

#include <algorithm>

namespace baton::core {
namespace {

using K = TraceStep::Kind;

}  // namespace

Result<RestoreReport> Router::restore(const RouterSnapshot &snapshot)
{
    if (auto busy = beginCommand(); !busy)
        return busy.error();
    const bool fresh = m_contacts.empty()
        && std::all_of(m_agents.begin(), m_agents.end(), [](const auto &a) { return a->totalLoad() == 0; });
    if (!fresh)
        return Error::conflict(QStringLiteral("a router can only be restored before it has taken any contact"));

    RestoreReport report;
    const qint64 nowMs = m_clock.utcNow().toMSecsSinceEpoch();
    // A time in the journal, on this process's monotonic clock; never in the future.
    const auto at = [&](qint64 ms) { return m_now - Duration(std::max<qint64>(0, nowMs - ms)); };
    m_nextContact = std::max(m_nextContact, snapshot.nextContactId);

    // Agents: groups first (a supervisor's moves outlive the restart), then presence.
    for (const auto &[id, entry] : snapshot.agents) {
        const int a = agentIndex(id);
        if (a < 0) {
            report.skipped << QStringLiteral("agent %1: not in the configuration").arg(id.value());
            continue;
        }
        Agent &ag = *m_agents[a];
        unindex(ag);
        countAgent(ag, -1);
        if (entry.groups) {
            const bool known = std::all_of(entry.groups->begin(), entry.groups->end(), [&](const Membership &m) {
                return groupIndex(m.group) >= 0 && m.proficiency >= 1 && m.proficiency <= 10;
            });
            if (known)
                assignMemberships(ag, *entry.groups);
            else
                report.skipped << QStringLiteral("agent %1: groups changed in the configuration; kept those").arg(id.value());
        }
        ag.presence = entry.presence;
        ag.reason = entry.presence == Presence::NotReady ? entry.reason : QString();
        ag.idleSince = m_now;
        countAgent(ag, +1);
        ++report.agents;
    }

    // Wrap-ups in progress end when their group's wrap-up time is over, counted from their start.
    for (const auto &w : snapshot.wraps) {
        const int a = agentIndex(w.agent);
        const int via = groupIndex(w.via);
        if (a < 0 || via < 0) {
            report.skipped << QStringLiteral("wrap-up of contact %1 by %2: unknown agent or group")
                                  .arg(w.contact.value()).arg(w.agent.value());
            continue;
        }
        const int home = groupIndex(w.home);
        Agent &ag = *m_agents[a];
        const TimePoint started = at(w.startedMs);
        Agent::Wrap wrap{w.contact, w.channel, home >= 0 ? home : via, started, Duration(w.handledMs), 0};
        wrap.timer = schedule(started + m_groups[via]->config.wrapUp, TimerKind::WrapUp, w.contact, a);
        ag.wrapping.push_back(wrap);
        ++ag.load[static_cast<std::size_t>(w.channel)];
        ++report.wrapping;
    }

    // Conversations in progress stay with their agents.
    std::vector<const RouterSnapshot::ContactEntry *> waiting;
    for (const auto &[id, e] : snapshot.contacts) {
        const int home = groupIndex(e.home);
        if (e.phase == RouterSnapshot::Phase::Waiting) {
            if (home < 0) {
                report.skipped << QStringLiteral("contact %1: group %2 is not in the configuration")
                                      .arg(id.value()).arg(e.home.value());
                continue;
            }
            waiting.push_back(&e);
            continue;
        }
        const int a = agentIndex(e.agent);
        if (a < 0 || home < 0) {
            report.skipped << QStringLiteral("contact %1 with %2: unknown agent or group").arg(id.value()).arg(e.agent.value());
            continue;
        }
        const int via = groupIndex(e.via);
        auto owned = std::make_unique<Contact>();
        Contact &c = *owned;
        c.id = id;
        c.request = e.request;
        c.channel = e.channel;
        c.level = e.level;
        c.home = home;
        c.arrival = at(e.queuedMs);
        c.seq = m_nextSeq++;
        c.phase = Contact::Phase::Active;
        c.agent = a;
        c.offerGroup = via >= 0 ? via : home;
        c.answeredAt = at(e.answeredMs);
        c.expansions = {{home, Duration::zero(), true}};
        c.variant = e.variant;
        RuleEngine::traceVariant(c.trace, c.variant);
        c.trace.add(K::Restored, {}, {}, wholeSeconds(c.answeredAt - c.arrival));
        Agent &ag = *m_agents[a];
        ag.active.push_back(id);
        ++ag.load[static_cast<std::size_t>(c.channel)];
        ++ag.contactsToday;
        m_contacts.emplace(id, std::move(owned));
        ++report.active;
    }

    // Waiting contacts re-enter their queues in their original order…
    std::stable_sort(waiting.begin(), waiting.end(), [](const auto *x, const auto *y) {
        return x->queuedMs != y->queuedMs ? x->queuedMs < y->queuedMs : x->id < y->id;
    });
    std::vector<Contact *> restored;
    restored.reserve(waiting.size());
    for (const RouterSnapshot::ContactEntry *e : waiting) {
        const QDateTime queuedUtc = QDateTime::fromMSecsSinceEpoch(e->queuedMs, Qt::UTC);
        // The variant it arrived with, never a new draw: the configuration's experiment may have changed.
        RoutingPlan plan = m_rules.plan(e->request, queuedUtc, e->variant);
        const bool samePlan = !e->transferred && plan.outcome == RoutingPlan::Outcome::Queue && !plan.targets.isEmpty()
            && plan.targets.first() == e->home;
        if (!samePlan) {
            // Transferred, or the rules changed since: it stays in the group it was queued in.
            const ReceptionMode mode = plan.mode;
            plan = RoutingPlan{};
            plan.mode = mode;
            plan.targets = {e->home};
            plan.overflow = m_groups[groupIndex(e->home)]->config.overflow;
            plan.variant = e->variant;
            RuleEngine::traceVariant(plan.trace, plan.variant);
        }
        plan.vipLevel = e->level;
        Contact &c = admit(e->id, e->request, std::move(plan), at(e->queuedMs));
        c.trace.add(K::Restored, {}, {}, wholeSeconds(waitedOf(c)));
        if (e->transferred)
            c.nextPersonal = Contact::NextPersonal::None;
        restored.push_back(&c);
        ++report.waiting;
    }

    for (int a = 0; a < static_cast<int>(m_agents.size()); ++a)
        reindex(a);

    // …and are offered again, best first: higher effective level, then longer waited.
    std::stable_sort(restored.begin(), restored.end(), [&](const Contact *x, const Contact *y) {
        const int ex = effectiveLevel(x->level, waitedOf(*x), m_config.vip.aging);
        const int ey = effectiveLevel(y->level, waitedOf(*y), m_config.vip.aging);
        return ex != ey ? ex > ey : x->seq < y->seq;
    });
    for (Contact *c : restored) {
        const RouterSnapshot::ContactEntry &e = snapshot.contacts.at(c->id);
        const int toAgent = e.transferred && !e.agent.isEmpty() ? agentIndex(e.agent) : -1;
        if (e.transferred) {
            if (toAgent < 0 || !waitForAgent(*c, toAgent, m_config.precedence.dedicatedWait, PersonalReason::Transfer))
                enterGroupStage(*c);
        } else {
            startRouting(*c);
        }
    }
    for (const auto &g : m_groups) {
        for (Channel ch : kAllChannels) {
            if (g->queue.waiting(ch) > 0)
                emitEvent(QueueChanged{g->config.id, ch, g->queue.waiting(ch)});
        }
    }
    for (int a = 0; a < static_cast<int>(m_agents.size()); ++a)
        feedAgent(a);
    return report;
}

}  // namespace baton::core
