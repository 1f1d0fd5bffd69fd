// RoutingService: quality review — the trainer's list of finished interactions, one interaction
// with the script that was live and its adherence marks, QA reviews and trends, and the
// coaching notes an agent reads (docs/PROTOCOL.md, "Trainers: scripts and quality reviews").
#include "service.h"

#include "adherence.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "qareviewrepository.h"
#include "scriptrepository.h"
#include "servicejson.h"
#include "wire.h"

#include <QJsonArray>
#include <QTimeZone>

namespace baton::net {

using namespace baton::core;
namespace json = baton::core::json;
using namespace baton::net::detail;

namespace {

QJsonObject scoresJson(const store::QaScores &s)
{
    return QJsonObject{{QStringLiteral("attitude"), s.attitude},
                       {QStringLiteral("knowledge"), s.knowledge},
                       {QStringLiteral("efficiency"), s.efficiency},
                       {QStringLiteral("scriptAdherence"), s.scriptAdherence}};
}

QJsonObject reviewJson(const store::QaReview &q)
{
    QJsonArray marks;
    for (const store::AdherenceMark &m : q.adherence)
        marks.append(QJsonObject{{QStringLiteral("stage"), m.stage}, {QStringLiteral("cue"), m.cue}, {QStringLiteral("position"), m.position}});
    QJsonObject o{{QStringLiteral("id"), q.id},
                  {QStringLiteral("interaction"), q.interaction},
                  {QStringLiteral("reviewer"), q.reviewer},
                  {QStringLiteral("reviewedUtc"), q.reviewed.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("agent"), q.agent.value()},
                  {QStringLiteral("scores"), scoresJson(q.scores)},
                  {QStringLiteral("comments"), q.comments},
                  {QStringLiteral("coachingNote"), q.coachingNote},
                  {QStringLiteral("adherence"), marks}};
    if (q.script.isValid()) {
        o.insert(QStringLiteral("script"), static_cast<qint64>(q.script.value()));
        o.insert(QStringLiteral("scriptVersion"), q.scriptVersion);
    }
    if (q.interactionStarted.isValid())
        o.insert(QStringLiteral("interactionStartedUtc"), q.interactionStarted.toString(Qt::ISODateWithMs));
    return o;
}

QJsonObject adherenceJson(const store::Adherence &a)
{
    QJsonArray marks;
    for (const store::AdherenceMark &m : a.marks)
        marks.append(QJsonObject{{QStringLiteral("stage"), m.stage}, {QStringLiteral("cue"), m.cue}, {QStringLiteral("position"), m.position}});
    return QJsonObject{{QStringLiteral("marks"), marks},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(a.missing)},
                       {QStringLiteral("outOfOrder"), QJsonArray::fromStringList(a.outOfOrder)},
                       {QStringLiteral("checkable"), a.checkable},
                       {QStringLiteral("ratio"), a.ratio()}};
}

qint64 interactionField(const json::Node &root, const QJsonObject &o)
{
    const json::Node n = json::field(o, root, "interaction");
    const double d = n.number();
    if (d < 1 || d != std::floor(d))
        json::fail(n.path(), QStringLiteral("must be an interaction id"));
    return static_cast<qint64>(d);
}

}  // namespace

namespace detail {

QDate dayField(const json::Node &root, const QJsonObject &o, const char *key)
{
    const json::Node n = json::field(o, root, key);
    const QDate d = QDate::fromString(n.string(), Qt::ISODate);
    if (!d.isValid())
        json::fail(n.path(), QStringLiteral("must be a day, e.g. 2026-11-24"));
    return d;
}

// An ISO 8601 time ("2026-11-24T00:00:00+08:00", or UTC without an offset); null = open.
QDateTime timeField(const json::Node &root, const QJsonObject &o, const char *key)
{
    const json::Node n = json::field(o, root, key);
    if (n.isNull())
        return {};
    QDateTime t = QDateTime::fromString(n.string(), Qt::ISODateWithMs);
    if (!t.isValid())
        json::fail(n.path(), QStringLiteral("must be an ISO 8601 time, e.g. 2026-11-24T08:00:00+08:00"));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

}  // namespace detail

void RoutingService::qaRequest(Session *session, const Message &request)
{
    const Identity &who = *session->m_identity;
    const QString &type = request.type;
    auto bad = [&](const Error &e) { reply(session, request, e); };
    if (!m_db)
        return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router has no review store"), {}});
    store::QaReviewRepository reviews(*m_db, m_clock);
    store::InteractionRepository interactions(*m_db);
    store::ScriptRepository scripts(*m_db, m_clock);
    auto agentName = [this](const QString &id) {
        const AgentConfig *a = m_config.agent(AgentId(id));
        return a ? a->name : id;
    };
    auto customerName = [this](const CustomerId &id) {
        auto c = store::CustomerRepository(*m_db, m_clock).get(id);
        return c ? c->name : QString();
    };
    // The script version a review is held against: the one named, else the one live now for
    // the interaction's group and business.
    auto scriptFor = [&scripts](const store::Interaction &i, store::ScriptId id, int version) -> std::optional<store::ScriptVersion> {
        auto v = id.isValid() ? scripts.version(id, version) : scripts.liveFor(GroupId(i.group), i.business);
        return v ? std::optional<store::ScriptVersion>(*v) : std::nullopt;
    };

    if (type == QLatin1String("review.list")) {
        struct Req {
            store::InteractionFilter filter;
            std::optional<store::HistoryCursor> after;
            int limit = 50;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.filter.from = timeField(root, o, "from");
                q.filter.to = timeField(root, o, "to");
                if (const QString a = optionalString(root, o, "agent"); !a.isEmpty())
                    q.filter.agent = AgentId(a);
                q.filter.group = optionalString(root, o, "group");
                q.filter.disposition = optionalString(root, o, "disposition");
                if (const json::Node c = json::field(o, root, "csatAtMost"); !c.isNull())
                    q.filter.csatAtMost = c.integer(1, 5);
                if (const json::Node c = json::field(o, root, "channel"); !c.isNull()) {
                    q.filter.channel = channelFromName(c.string());
                    if (!q.filter.channel)
                        json::fail(c.path(), QStringLiteral("unknown channel '%1'").arg(c.string()));
                }
                if (const json::Node u = json::field(o, root, "unreviewedOnly"); !u.isNull())
                    q.filter.unreviewedOnly = u.boolean();
                if (const json::Node l = json::field(o, root, "limit"); !l.isNull())
                    q.limit = l.integer(1, 200);
                if (const json::Node a = json::field(o, root, "after"); !a.isNull()) {
                    const QJsonObject ao = a.object(json::keys({"startedMs", "id"}));
                    q.after = store::HistoryCursor{static_cast<qint64>(json::field(ao, a, "startedMs").number()),
                                                   static_cast<qint64>(json::field(ao, a, "id").number())};
                }
                return q;
            },
            json::keys({"from", "to", "agent", "group", "disposition", "csatAtMost", "channel", "unreviewedOnly", "limit", "after"}));
        if (!r)
            return bad(r.error());
        auto page = interactions.find(r->filter, r->after, r->limit);
        if (!page)
            return bad(page.error());
        QJsonArray items;
        for (const store::Interaction &i : page->items) {
            QJsonObject o = interactionJson(i);
            o.insert(QStringLiteral("customer"), i.customer.value());
            o.insert(QStringLiteral("customerName"), customerName(i.customer));
            o.insert(QStringLiteral("agentName"), agentName(i.agent.value()));
            o.insert(QStringLiteral("reviews"), i.reviews);
            items.append(o);
        }
        QJsonObject body{{QStringLiteral("items"), items}};
        if (page->next)
            body.insert(QStringLiteral("next"), cursorJson(*page->next));
        return reply(session, request, {}, body);
    }

    if (type == QLatin1String("review.get")) {
        auto id = readBody<qint64>(request.body, interactionField, json::keys({"interaction"}));
        if (!id)
            return bad(id.error());
        auto i = interactions.get(*id);
        if (!i)
            return bad(i.error());
        auto list = reviews.forInteraction(*id);
        if (!list)
            return bad(list.error());
        QJsonObject o = interactionJson(*i);
        o.insert(QStringLiteral("customer"), i->customer.value());
        o.insert(QStringLiteral("customerName"), customerName(i->customer));
        o.insert(QStringLiteral("agentName"), agentName(i->agent.value()));
        o.insert(QStringLiteral("transcript"), i->transcript);
        o.insert(QStringLiteral("transferChain"), QJsonArray::fromStringList(i->transferChain));
        QJsonArray out;
        for (const auto &q : *list)
            out.append(reviewJson(q));
        QJsonObject body{{QStringLiteral("interaction"), o}, {QStringLiteral("reviews"), out}};
        if (const auto script = scriptFor(*i, {}, 0)) {
            body.insert(QStringLiteral("script"), versionJson(*script));
            body.insert(QStringLiteral("adherence"), adherenceJson(store::checkAdherence(i->transcript, script->stages)));
        } else {
            body.insert(QStringLiteral("script"), QJsonValue::Null);
            body.insert(QStringLiteral("adherence"), QJsonValue::Null);
        }
        return reply(session, request, {}, body);
    }

    if (type == QLatin1String("qa.list")) {
        auto id = readBody<qint64>(request.body, interactionField, json::keys({"interaction"}));
        if (!id)
            return bad(id.error());
        auto list = reviews.forInteraction(*id);
        if (!list)
            return bad(list.error());
        QJsonArray out;
        for (const auto &q : *list)
            out.append(reviewJson(q));
        return reply(session, request, {}, {{QStringLiteral("reviews"), out}});
    }

    if (type == QLatin1String("qa.trend")) {
        struct Req {
            AgentId agent;
            QDateTime from, to;
            store::TrendBucket bucket = store::TrendBucket::Day;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q{AgentId(json::field(o, root, "agent").nonEmptyString()), timeField(root, o, "from"), timeField(root, o, "to")};
                if (const json::Node b = json::field(o, root, "bucket"); !b.isNull()) {
                    if (b.string() == QLatin1String("week"))
                        q.bucket = store::TrendBucket::Week;
                    else if (b.string() != QLatin1String("day"))
                        json::fail(b.path(), QStringLiteral("must be day or week"));
                }
                return q;
            },
            json::keys({"agent", "from", "to", "bucket"}));
        if (!r)
            return bad(r.error());
        // Days are the site's days (its time zone), as the dashboards count them.
        auto points = reviews.agentTrend(r->agent, r->from, r->to, r->bucket, m_config.timeZone);
        if (!points)
            return bad(points.error());
        QJsonArray out;
        for (const store::QaTrendPoint &p : *points)
            out.append(QJsonObject{{QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                                   {QStringLiteral("attitude"), p.attitude},
                                   {QStringLiteral("knowledge"), p.knowledge},
                                   {QStringLiteral("efficiency"), p.efficiency},
                                   {QStringLiteral("scriptAdherence"), p.scriptAdherence},
                                   {QStringLiteral("count"), p.count}});
        return reply(session, request, {}, {{QStringLiteral("agent"), r->agent.value()}, {QStringLiteral("points"), out}});
    }

    if (type == QLatin1String("coaching.list")) {
        struct Req {
            AgentId agent;
            int limit = 20;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q{AgentId(optionalString(root, o, "agent"))};
                if (const json::Node l = json::field(o, root, "limit"); !l.isNull())
                    q.limit = l.integer(1, 200);
                return q;
            },
            json::keys({"agent", "limit"}));
        if (!r)
            return bad(r.error());
        // An agent reads their own notes; trainers and supervisors name the agent.
        AgentId agent = r->agent;
        if (who.role == Role::Agent) {
            if (!agent.isEmpty() && agent != who.agent)
                return deliver(session, errorFor(request, WireFailure{WireError::Forbidden, QStringLiteral("an agent reads only their own coaching notes"),
                                                                      QStringLiteral("agent")}));
            agent = who.agent;
        }
        if (agent.isEmpty())
            return bad(Error::invalid(QStringLiteral("agent"), QStringLiteral("name the agent")));
        QJsonArray out;
        std::optional<store::QaCursor> cursor;
        // Reviews without a note are skipped; read on until the page is full or none are left.
        while (out.size() < r->limit) {
            auto page = reviews.forAgent(agent, {}, {}, 100, cursor);
            if (!page)
                return bad(page.error());
            for (const store::QaReview &q : page->items) {
                if (!q.coachingNote.trimmed().isEmpty() && out.size() < r->limit)
                    out.append(reviewJson(q));
            }
            if (!page->next)
                break;
            cursor = page->next;
        }
        return reply(session, request, {}, {{QStringLiteral("agent"), agent.value()}, {QStringLiteral("notes"), out}});
    }

    // qa.save
    auto q = readBody<store::QaReview>(
        request.body,
        [](const json::Node &root, const QJsonObject &o) {
            store::QaReview r;
            r.interaction = interactionField(root, o);
            const json::Node sc = json::field(o, root, "scores");
            const QJsonObject so = sc.object(json::keys({"attitude", "knowledge", "efficiency", "scriptAdherence"}));
            // Range errors come from the repository, with its field names (scores.attitude…).
            r.scores.attitude = static_cast<int>(json::field(so, sc, "attitude").number());
            r.scores.knowledge = static_cast<int>(json::field(so, sc, "knowledge").number());
            r.scores.efficiency = static_cast<int>(json::field(so, sc, "efficiency").number());
            r.scores.scriptAdherence = static_cast<int>(json::field(so, sc, "scriptAdherence").number());
            r.comments = optionalString(root, o, "comments");
            r.coachingNote = optionalString(root, o, "coachingNote");
            if (const json::Node s = json::field(o, root, "script"); !s.isNull()) {
                r.script = scriptField(root, o);
                r.scriptVersion = json::field(o, root, "scriptVersion").integer(1, 1000000);
            }
            return r;
        },
        json::keys({"interaction", "scores", "comments", "coachingNote", "script", "scriptVersion"}));
    if (!q)
        return bad(q.error());
    q->reviewer = who.user;
    // The adherence marks are the router's: the stages of the script reviewed against, found in
    // the interaction's transcript.
    if (auto i = interactions.get(q->interaction); i) {
        if (const auto script = scriptFor(*i, q->script, q->scriptVersion)) {
            q->script = script->script;
            q->scriptVersion = script->number;
            q->adherence = store::checkAdherence(i->transcript, script->stages).marks;
        } else if (q->script.isValid()) {
            return bad(Error::notFound(QStringLiteral("script %1 has no version %2").arg(q->script.value()).arg(q->scriptVersion)));
        }
    }
    auto saved = reviews.save(*q);
    if (!saved)
        return bad(saved.error());
    return reply(session, request, {}, reviewJson(*saved));
}

}  // namespace baton::net
