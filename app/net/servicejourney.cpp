// RoutingService: customer journeys (journey.list, journey.get) and each skill group's queue by
// 15-minute interval over a day (stats.intervals), for the supervisor's reports and charts
// (docs/PROTOCOL.md, "Supervisors: journeys" and "Supervisors: the day by interval").
#include "service.h"

#include "database.h"
#include "journeyrepository.h"
#include "queueintervals.h"
#include "servicejson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace baton::net {

using namespace baton::core;
namespace json = baton::core::json;
using namespace baton::net::detail;

namespace {

QJsonObject journeyJson(const store::ContactJourney &j)
{
    QJsonObject o{{QStringLiteral("contact"), j.contact},
                  {QStringLiteral("channel"), channelName(j.channel)},
                  {QStringLiteral("startedUtc"), j.started.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("outcome"), j.outcome.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(j.outcome)},
                  {QStringLiteral("caller"), j.caller},
                  {QStringLiteral("entryPoint"), j.entryPoint},
                  {QStringLiteral("business"), j.business},
                  {QStringLiteral("ivrPath"), QJsonArray::fromStringList(j.ivrPath)},
                  {QStringLiteral("steps"), j.steps}};
    if (!j.customer.isEmpty()) {
        o.insert(QStringLiteral("customer"), j.customer.value());
        o.insert(QStringLiteral("customerName"), j.customerName);
    }
    if (j.ended.isValid())
        o.insert(QStringLiteral("endedUtc"), j.ended.toString(Qt::ISODateWithMs));
    return o;
}

}  // namespace

void RoutingService::journeyRequest(Session *session, const Message &request)
{
    auto bad = [&](const Error &e) { reply(session, request, e); };
    if (!m_db)
        return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router keeps no journeys"), {}});
    store::JourneyRepository journeys(*m_db);
    auto withNames = [this](QJsonObject o) {
        // Agents' and groups' names next to their ids, as the people reading it know them.
        QJsonArray steps;
        for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
            QJsonObject s = v.toObject();
            for (const char *key : {"agent", "toAgent"}) {
                if (const QString id = s.value(QLatin1String(key)).toString(); !id.isEmpty()) {
                    if (const AgentConfig *a = m_config.agent(AgentId(id)))
                        s.insert(QLatin1String(key) + QStringLiteral("Name"), a->name);
                }
            }
            for (const char *key : {"group", "fromGroup", "toGroup"}) {
                if (const QString id = s.value(QLatin1String(key)).toString(); !id.isEmpty()) {
                    if (const SkillGroupConfig *g = m_config.group(GroupId(id)))
                        s.insert(QLatin1String(key) + QStringLiteral("Name"), g->name);
                }
            }
            steps.append(s);
        }
        o.insert(QStringLiteral("steps"), steps);
        if (const QString b = o.value(QStringLiteral("business")).toString(); m_config.businessNames.contains(b))
            o.insert(QStringLiteral("businessName"), m_config.businessNames.value(b));
        return o;
    };

    if (request.type == QLatin1String("journey.list")) {
        struct Req {
            store::JourneyFilter filter;
            std::optional<store::JourneyCursor> after;
            int limit = 50;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.filter.from = timeField(root, o, "from");
                q.filter.to = timeField(root, o, "to");
                q.filter.outcome = optionalString(root, o, "outcome");
                q.filter.group = optionalString(root, o, "group");
                q.filter.text = optionalString(root, o, "text");
                if (const json::Node a = json::field(o, root, "after"); !a.isNull()) {
                    const QJsonObject c = a.object({QStringLiteral("startedMs"), QStringLiteral("contact")});
                    q.after = store::JourneyCursor{static_cast<qint64>(json::field(c, a, "startedMs").number()),
                                                   static_cast<qint64>(json::field(c, a, "contact").number())};
                }
                if (const json::Node l = json::field(o, root, "limit"); !l.isNull())
                    q.limit = l.integer(1, 500);
                return q;
            },
            json::keys({"from", "to", "outcome", "group", "text", "after", "limit"}));
        if (!r)
            return bad(r.error());
        // Open journeys are stored a minute at a time: store them now, so the list is current.
        saveJourneys(m_journeys.takeChanged());
        auto page = journeys.find(r->filter, r->after, r->limit);
        if (!page)
            return bad(page.error());
        QJsonArray items;
        for (const store::ContactJourney &j : page->items)
            items.append(withNames(journeyJson(j)));
        QJsonObject body{{QStringLiteral("items"), items}};
        if (page->next)
            body.insert(QStringLiteral("next"), QJsonObject{{QStringLiteral("startedMs"), page->next->startedMs},
                                                            {QStringLiteral("contact"), page->next->contact}});
        return reply(session, request, {}, body);
    }

    if (request.type == QLatin1String("journey.get")) {
        auto contact = readBody<qint64>(
            request.body, [](const json::Node &root, const QJsonObject &o) { return static_cast<qint64>(contactField(root, o).value()); },
            json::keys({"contact"}));
        if (!contact)
            return bad(contact.error());
        std::optional<store::ContactJourney> j = m_journeys.current(ContactId(static_cast<std::uint64_t>(*contact)));
        if (!j) {
            auto stored = journeys.get(*contact);
            if (!stored)
                return bad(stored.error());
            j = *stored;
        }
        if (!j)
            return bad(Error{ErrorCode::NotFound, QStringLiteral("no journey of contact %1").arg(*contact), QStringLiteral("contact")});
        auto parts = store::InteractionRepository(*m_db).forContact(*contact);
        if (!parts)
            return bad(parts.error());
        QJsonArray agents;
        for (const store::Interaction &i : *parts) {
            QJsonObject p = interactionJson(i);
            if (const AgentConfig *a = m_config.agent(i.agent))
                p.insert(QStringLiteral("agentName"), a->name);
            agents.append(p);
        }
        QJsonObject body = withNames(journeyJson(*j));
        body.insert(QStringLiteral("parts"), agents);
        return reply(session, request, {}, body);
    }
    return bad(Error{ErrorCode::NotFound, QStringLiteral("unknown request type '%1'").arg(request.type), QStringLiteral("type")});
}

void RoutingService::intervalsRequest(Session *session, const Message &request)
{
    auto bad = [&](const Error &e) { reply(session, request, e); };
    struct Req {
        QString group;
        QDate day;
    };
    auto r = readBody<Req>(
        request.body,
        [](const json::Node &root, const QJsonObject &o) {
            Req q;
            q.group = optionalString(root, o, "group");
            if (!json::field(o, root, "day").isNull())
                q.day = dayField(root, o, "day");
            return q;
        },
        json::keys({"group", "day"}));
    if (!r)
        return bad(r.error());
    if (!r->group.isEmpty() && !m_config.group(GroupId(r->group)))
        return bad(Error{ErrorCode::NotFound, QStringLiteral("no skill group '%1'").arg(r->group), QStringLiteral("group")});
    const QDate today = m_router->day().isValid() ? m_router->day() : m_clock.utcNow().toTimeZone(m_config.timeZone).date();
    const QDate day = r->day.isValid() ? r->day : today;
    QList<store::QueueInterval> intervals;
    if (day == today) {
        sampleIntervals(m_clock.utcNow());  // up to this moment
        for (const GroupId &g : m_router->groups()) {
            if (r->group.isEmpty() || r->group == g.value())
                intervals += m_intervals.intervals(g.value());
        }
    } else if (m_db) {
        auto stored = store::QueueIntervalRepository(*m_db).day(day, r->group);
        if (!stored)
            return bad(stored.error());
        intervals = *stored;
    }
    QMap<QString, QJsonArray> byGroup;
    for (const store::QueueInterval &i : std::as_const(intervals)) {
        const QDateTime start(day, QTime(0, 0).addSecs(i.slot * store::QueueInterval::kMinutes * 60), m_config.timeZone);
        QJsonObject o{{QStringLiteral("slot"), i.slot},
                      {QStringLiteral("start"), start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)},
                      {QStringLiteral("maxWaiting"), i.maxWaiting},
                      {QStringLiteral("entered"), i.entered},
                      {QStringLiteral("answered"), i.answered},
                      {QStringLiteral("answeredWithinThreshold"), i.answeredWithinThreshold},
                      {QStringLiteral("abandoned"), i.abandoned}};
        if (const auto sl = i.serviceLevel())
            o.insert(QStringLiteral("serviceLevel"), *sl);
        byGroup[i.group].append(o);
    }
    QJsonArray groups;
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it)
        groups.append(QJsonObject{{QStringLiteral("group"), it.key()}, {QStringLiteral("intervals"), it.value()}});
    return reply(session, request, {},
                 {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                  {QStringLiteral("intervalMinutes"), store::QueueInterval::kMinutes},
                  {QStringLiteral("groups"), groups}});
}

}  // namespace baton::net
