#include "journeyrecorder.h"

#include "wire.h"

#include <QJsonObject>

namespace baton::net {

using namespace baton::core;

namespace {

store::ContactJourney startFrom(ContactId contact, const ContactRequest &r, const QDateTime &nowUtc)
{
    store::ContactJourney j;
    j.contact = static_cast<qint64>(contact.value());
    j.customer = r.customer.id;
    j.caller = r.handOver.callerNumber;
    j.channel = r.channel;
    j.entryPoint = r.entryPoint;
    j.business = r.business;
    j.ivrPath = r.handOver.menuPath;
    j.started = nowUtc;
    return j;
}

}  // namespace

void JourneyRecorder::begin(ContactId contact, const ContactRequest &r, const QDateTime &nowUtc)
{
    store::ContactJourney j = startFrom(contact, r, nowUtc);
    QJsonObject created{{QStringLiteral("source"), r.source}};
    if (!r.handOver.menuPath.isEmpty())
        created.insert(QStringLiteral("ivrPath"), QJsonArray::fromStringList(r.handOver.menuPath));
    if (!r.handOver.transcript.isEmpty())
        created.insert(QStringLiteral("botTurns"), static_cast<int>(r.handOver.transcript.size()));
    if (r.handedOverFromBot)
        created.insert(QStringLiteral("fromBot"), true);
    if (!r.handOver.reason.isEmpty())
        created.insert(QStringLiteral("reason"), r.handOver.reason);
    step(j, nowUtc, QStringLiteral("created"), created);
    m_open.insert(contact.value(), std::move(j));
    m_changed.insert(contact.value());
}

void JourneyRecorder::discard(ContactId contact)
{
    m_open.remove(contact.value());
    m_changed.remove(contact.value());
}

store::ContactJourney *JourneyRecorder::journey(ContactId contact, const QDateTime &nowUtc)
{
    if (const auto it = m_open.find(contact.value()); it != m_open.end())
        return &*it;
    // Not seen begin: this run of the router restored the contact from its journal.
    const ContactRequest *r = m_lookup ? m_lookup(contact) : nullptr;
    if (!r)
        return nullptr;
    store::ContactJourney j = startFrom(contact, *r, nowUtc);
    step(j, nowUtc, QStringLiteral("restored"), {});
    return &*m_open.insert(contact.value(), std::move(j));
}

void JourneyRecorder::step(store::ContactJourney &j, const QDateTime &nowUtc, const QString &kind, QJsonObject detail)
{
    detail.insert(QStringLiteral("atMs"), nowUtc.toMSecsSinceEpoch());
    detail.insert(QStringLiteral("kind"), kind);
    j.steps.append(detail);
    m_changed.insert(static_cast<quint64>(j.contact));
}

void JourneyRecorder::note(ContactId contact, const QString &kind, QJsonObject detail, const QDateTime &nowUtc)
{
    if (store::ContactJourney *j = journey(contact, nowUtc))
        step(*j, nowUtc, kind, std::move(detail));
}

std::optional<store::ContactJourney> JourneyRecorder::finish(ContactId contact, const QDateTime &nowUtc, const QString &outcome)
{
    const auto it = m_open.find(contact.value());
    if (it == m_open.end())
        return std::nullopt;
    store::ContactJourney j = std::move(*it);
    m_open.erase(it);
    m_changed.remove(contact.value());
    m_transferring.remove(contact.value());
    j.ended = std::max(nowUtc, j.started);
    j.outcome = outcome;
    return j;
}

std::optional<store::ContactJourney> JourneyRecorder::observe(const Event &event, const QDateTime &now)
{
    return std::visit(
        [this, &now](const auto &e) -> std::optional<store::ContactJourney> {
            using T = std::decay_t<decltype(e)>;
            auto add = [this, &now](ContactId c, const char *kind, QJsonObject detail) {
                if (store::ContactJourney *j = journey(c, now))
                    step(*j, now, QLatin1String(kind), std::move(detail));
            };
            if constexpr (std::is_same_v<T, ContactSentToBot>) {
                // The router hands it back to the integration's bot and keeps nothing of it: if
                // the bot hands over later, that is a new contact.
                add(e.contact, "bot", {{QStringLiteral("mode"), receptionModeName(e.mode)}});
                return finish(e.contact, now, QStringLiteral("bot"));
            } else if constexpr (std::is_same_v<T, ContactAfterHours>) {
                add(e.contact, "afterHours", {{QStringLiteral("action"), fallbackActionName(e.action)}, {QStringLiteral("message"), e.message}});
                return finish(e.contact, now, QStringLiteral("afterHours:") + fallbackActionName(e.action));
            } else if constexpr (std::is_same_v<T, ContactQueued>) {
                QJsonObject d{{QStringLiteral("group"), e.group.value()}, {QStringLiteral("level"), e.vipLevel}, {QStringLiteral("position"), e.position}};
                if (e.estimatedWait)
                    d.insert(QStringLiteral("estimatedWaitSeconds"), seconds(*e.estimatedWait));
                if (!e.trace.isEmpty())
                    d.insert(QStringLiteral("trace"), traceToJson(e.trace));  // why this group, this level
                add(e.contact, "queued", d);
            } else if constexpr (std::is_same_v<T, OfferMade>) {
                add(e.contact, "offered", {{QStringLiteral("agent"), e.agent.value()}, {QStringLiteral("group"), e.group.value()},
                                           {QStringLiteral("waitedSeconds"), seconds(e.waited)}});
            } else if constexpr (std::is_same_v<T, OfferEnded>) {
                const char *kind = e.how == OfferEnd::Declined ? "declined" : e.how == OfferEnd::TimedOut ? "timedOut" : "withdrawn";
                add(e.contact, kind, {{QStringLiteral("agent"), e.agent.value()}, {QStringLiteral("reason"), e.reason}});
            } else if constexpr (std::is_same_v<T, ContactRouted>) {
                add(e.contact, "answered", {{QStringLiteral("agent"), e.agent.value()}, {QStringLiteral("group"), e.group.value()},
                                            {QStringLiteral("waitedSeconds"), seconds(e.waited)}});
            } else if constexpr (std::is_same_v<T, ContactTransferred>) {
                QJsonObject d{{QStringLiteral("agent"), e.fromAgent.value()}, {QStringLiteral("note"), e.note}, {QStringLiteral("group"), e.queue.value()}};
                if (e.toAgent)
                    d.insert(QStringLiteral("toAgent"), e.toAgent->value());
                if (e.toGroup)
                    d.insert(QStringLiteral("toGroup"), e.toGroup->value());
                add(e.contact, "transferred", d);
                m_transferring.insert(e.contact.value());
            } else if constexpr (std::is_same_v<T, ContactEnded>) {
                add(e.contact, "ended", {{QStringLiteral("agent"), e.agent.value()}, {QStringLiteral("handledSeconds"), seconds(e.handled)}});
                if (!m_transferring.remove(e.contact.value()))
                    return finish(e.contact, now, QStringLiteral("served"));
            } else if constexpr (std::is_same_v<T, ContactOverflowed>) {
                QJsonObject d{{QStringLiteral("fromGroup"), e.fromGroup.value()}, {QStringLiteral("waitedSeconds"), seconds(e.waited)}};
                if (e.toGroup)
                    d.insert(QStringLiteral("group"), e.toGroup->value());
                if (e.action)
                    d.insert(QStringLiteral("action"), fallbackActionName(*e.action));
                add(e.contact, "overflowed", d);
                if (!e.toGroup)
                    return finish(e.contact, now, QStringLiteral("overflow:") + (e.action ? fallbackActionName(*e.action) : QString()));
            } else if constexpr (std::is_same_v<T, ContactChannelChanged>) {
                add(e.contact, "channel", {{QStringLiteral("from"), channelName(e.from)}, {QStringLiteral("channel"), channelName(e.to)},
                                           {QStringLiteral("by"), e.actor}});
            } else if constexpr (std::is_same_v<T, ContactAbandoned>) {
                add(e.contact, "abandoned", {{QStringLiteral("group"), e.group.value()}, {QStringLiteral("waitedSeconds"), seconds(e.waited)}});
                return finish(e.contact, now, QStringLiteral("abandoned"));
            }
            return std::nullopt;
        },
        event);
}

void JourneyRecorder::restore(const QList<store::ContactJourney> &open)
{
    for (const store::ContactJourney &j : open) {
        if (j.contact > 0)
            m_open.insert(static_cast<quint64>(j.contact), j);
    }
}

std::optional<store::ContactJourney> JourneyRecorder::current(ContactId contact) const
{
    const auto it = m_open.find(contact.value());
    return it == m_open.end() ? std::nullopt : std::optional<store::ContactJourney>(*it);
}

QList<store::ContactJourney> JourneyRecorder::takeChanged()
{
    QList<store::ContactJourney> out;
    for (quint64 c : std::as_const(m_changed)) {
        if (const auto it = m_open.find(c); it != m_open.end())
            out.append(*it);
    }
    m_changed.clear();
    return out;
}

QList<store::ContactJourney> JourneyRecorder::openJourneys() const { return m_open.values(); }

QList<store::ContactJourney> JourneyRecorder::forgetStartedBefore(const QDateTime &cutoff)
{
    QList<store::ContactJourney> out;
    for (auto it = m_open.begin(); it != m_open.end();) {
        // Only those the router no longer has: a long chat or a callback goes on being followed.
        if (it->started < cutoff && !(m_lookup && m_lookup(ContactId(it.key())))) {
            it->outcome = QStringLiteral("unknown");
            it->ended = std::max(it->started, cutoff);
            out.append(*it);
            m_changed.remove(it.key());
            m_transferring.remove(it.key());
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

}  // namespace baton::net
