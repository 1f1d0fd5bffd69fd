#include "routerstate.h"

#include <algorithm>

namespace baton::core {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;  // clang 14 does not deduce aggregates by itself

JournalRecord make(JournalRecord::Kind kind, qint64 atMs, ContactId contact)
{
    JournalRecord r;
    r.kind = kind;
    r.atMs = atMs;
    r.contact = contact;
    return r;
}

}  // namespace

JournalRecord RouterStateTracker::presenceRecord(const AgentId &agent, Presence presence, const QString &reason, qint64 atMs)
{
    JournalRecord r;
    r.kind = JournalRecord::Kind::Presence;
    r.atMs = atMs;
    r.agent = agent;
    r.presence = presence;
    r.reason = presence == Presence::NotReady ? reason : QString();
    return r;
}

std::optional<JournalRecord> RouterStateTracker::arrivalRecord(ContactId id, const ContactRequest &request, qint64 atMs)
{
    const auto it = m_pendingArrivals.find(id);
    if (it == m_pendingArrivals.end())
        return std::nullopt;
    JournalRecord r = make(JournalRecord::Kind::Arrived, atMs, id);
    r.group = it->second.group;
    r.channel = it->second.channel;
    r.level = it->second.level;
    r.request = request;
    r.variant = it->second.variant;
    m_pendingArrivals.erase(it);
    return r;
}

std::vector<JournalRecord> RouterStateTracker::recordsFor(const Event &event, qint64 atMs)
{
    using Kind = JournalRecord::Kind;
    std::vector<JournalRecord> out;
    std::visit(
        Overloaded{
            [&](const ContactQueued &e) {
                const auto it = m_state.contacts.find(e.contact);
                if (it == m_state.contacts.end()) {
                    m_pendingArrivals[e.contact] = {e.group, e.channel, e.vipLevel, e.variant};
                } else {
                    if (it->second.phase == RouterSnapshot::Phase::Waiting && it->second.home != e.group) {
                        JournalRecord r = make(Kind::Moved, atMs, e.contact);
                        r.group = e.group;
                        out.push_back(std::move(r));
                    }
                    if (it->second.level != e.vipLevel) {
                        JournalRecord r = make(Kind::Level, atMs, e.contact);
                        r.level = e.vipLevel;
                        out.push_back(std::move(r));
                    }
                }
            },
            [&](const ContactSentToBot &e) { m_pendingArrivals.erase(e.contact); },
            [&](const ContactChannelChanged &e) {
                JournalRecord r = make(Kind::Rechanneled, atMs, e.contact);
                r.channel = e.to;
                out.push_back(std::move(r));
            },
            [&](const ContactAfterHours &e) { m_pendingArrivals.erase(e.contact); },
            [&](const ContactRouted &e) {
                JournalRecord r = make(Kind::Routed, atMs, e.contact);
                r.agent = e.agent;
                r.group = e.group;
                out.push_back(std::move(r));
            },
            [&](const ContactEnded &e) {
                JournalRecord r = make(Kind::Ended, atMs, e.contact);
                r.agent = e.agent;
                out.push_back(std::move(r));
            },
            [&](const ContactTransferred &e) {
                JournalRecord r = make(Kind::Transferred, atMs, e.contact);
                r.agent = e.toAgent.value_or(AgentId());
                r.group = e.queue;
                out.push_back(std::move(r));
            },
            [&](const WrapUpFinished &e) {
                JournalRecord r = make(Kind::WrapDone, atMs, e.contact);
                r.agent = e.agent;
                out.push_back(std::move(r));
            },
            [&](const ContactAbandoned &e) {
                m_pendingArrivals.erase(e.contact);
                out.push_back(make(Kind::Left, atMs, e.contact));
            },
            [&](const ContactOverflowed &e) {
                if (!e.toGroup)
                    out.push_back(make(Kind::Left, atMs, e.contact));
            },
            [&](const AgentReassigned &e) {
                JournalRecord r;
                r.kind = Kind::Memberships;
                r.atMs = atMs;
                r.agent = e.agent;
                r.groups = e.after;
                out.push_back(std::move(r));
            },
            // The queue's own bookkeeping: these do not change what a restart must rebuild.
            [&](const OfferEnded &e) {
                if (!e.notReadyReason.isEmpty())
                    out.push_back(presenceRecord(e.agent, Presence::NotReady, e.notReadyReason, atMs));
            },
            [&](const OfferMade &) {}, [&](const AgentStateChanged &) {},
            [&](const AlertRaised &) {}, [&](const AlertCleared &) {}, [&](const QueueChanged &) {},
            [&](const ConfigurationReplaced &) {}, [&](const DayEnded &) {},
        },
        event);
    return out;
}

void RouterStateTracker::apply(const JournalRecord &r)
{
    using Kind = JournalRecord::Kind;
    using Phase = RouterSnapshot::Phase;
    auto &contacts = m_state.contacts;
    const auto found = contacts.find(r.contact);
    RouterSnapshot::ContactEntry *c = found == contacts.end() ? nullptr : &found->second;

    switch (r.kind) {
    case Kind::Arrived: {
        if (!r.request)
            return;
        RouterSnapshot::ContactEntry e;
        e.id = r.contact;
        e.request = *r.request;
        e.home = r.group;
        e.channel = r.channel;
        e.level = r.level;
        e.queuedMs = r.atMs;
        e.variant = r.variant;
        contacts.insert_or_assign(r.contact, std::move(e));
        m_state.nextContactId = std::max(m_state.nextContactId, r.contact.value() + 1);
        break;
    }
    case Kind::Moved:
        if (c)
            c->home = r.group;
        break;
    case Kind::Chat:
        if (c) {
            c->chat.append(r.reason);
            while (c->chat.size() > RouterSnapshot::kMaxChatLines)
                c->chat.removeFirst();
        }
        break;
    case Kind::Hop:
        if (c)
            c->hops.append(r.reason);
        break;
    case Kind::Rechanneled:
        if (c) {
            c->channel = r.channel;
            c->request.channel = r.channel;
        }
        break;
    case Kind::Level:
        if (c) {
            c->level = r.level;
            c->levelSet = true;
        }
        break;
    case Kind::Routed:
        if (c) {
            c->phase = Phase::Active;
            c->agent = r.agent;
            c->via = r.group;
            c->answeredMs = r.atMs;
        }
        break;
    case Kind::Ended:
        if (c) {
            m_state.wraps.push_back({c->id, r.agent, c->via.isEmpty() ? c->home : c->via, c->via.isEmpty() ? c->home : c->via,
                                     c->channel, r.atMs, std::max<qint64>(0, r.atMs - c->answeredMs)});
            // The conversation is over, unless a transfer (recorded just before) queued it again.
            if (c->phase == Phase::Active && c->agent == r.agent)
                contacts.erase(found);
        }
        break;
    case Kind::Transferred:
        if (c) {
            // via and answeredMs stay: the Ended record that follows starts the wrap-up from them.
            c->home = r.group;
            c->agent = r.agent;
            c->phase = Phase::Waiting;
            c->queuedMs = r.atMs;
            c->transferred = true;
        }
        break;
    case Kind::WrapDone:
        std::erase_if(m_state.wraps, [&](const auto &w) { return w.contact == r.contact && w.agent == r.agent; });
        break;
    case Kind::Left:
        if (c)
            contacts.erase(found);
        break;
    case Kind::Presence:
        m_state.agents[r.agent].presence = r.presence;
        m_state.agents[r.agent].reason = r.reason;
        break;
    case Kind::Memberships: m_state.agents[r.agent].groups = r.groups; break;
    }
}

void JournalingSink::emitRecord(const JournalRecord &record)
{
    m_tracker.apply(record);
    if (m_output)
        m_output(record);
}

void JournalingSink::onEvent(const Event &event)
{
    for (const JournalRecord &r : m_tracker.recordsFor(event, m_clock.utcNow().toMSecsSinceEpoch()))
        emitRecord(r);
    if (m_next)
        m_next->onEvent(event);
}

void JournalingSink::arrived(ContactId contact, const ContactRequest &request)
{
    if (auto r = m_tracker.arrivalRecord(contact, request, m_clock.utcNow().toMSecsSinceEpoch()))
        emitRecord(*r);
}

void JournalingSink::noted(ContactId contact, JournalRecord::Kind kind, const QString &payload)
{
    JournalRecord r = make(kind, m_clock.utcNow().toMSecsSinceEpoch(), contact);
    r.reason = payload;
    emitRecord(r);
}

void JournalingSink::presenceSet(const AgentId &agent, Presence presence, const QString &reason)
{
    emitRecord(RouterStateTracker::presenceRecord(agent, presence, reason, m_clock.utcNow().toMSecsSinceEpoch()));
}

}  // namespace baton::core
