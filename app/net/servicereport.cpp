// RoutingService: the supervisor's reports — KPIs per skill group, agent, day or A/B variant over
// a range of days (docs/PROTOCOL.md, "Supervisors: reports").
#include "service.h"

#include "database.h"
#include "reportrepository.h"
#include "servicejson.h"

#include <QJsonArray>

namespace baton::net {

using namespace baton::core;
namespace json = baton::core::json;
using namespace baton::net::detail;

namespace {

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

}  // namespace

void RoutingService::reportRequest(Session *session, const Message &request)
{
    auto bad = [&](const Error &e) { reply(session, request, e); };
    if (!m_db)
        return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router keeps no reports"), {}});
    auto q = readBody<store::KpiQuery>(
        request.body,
        [](const json::Node &root, const QJsonObject &o) {
            store::KpiQuery k;
            k.from = dayField(root, o, "from");
            k.to = dayField(root, o, "to");
            if (const json::Node b = json::field(o, root, "by"); !b.isNull()) {
                const QString by = b.string();
                if (by == QLatin1String("agent"))
                    k.by = store::KpiGrouping::Agent;
                else if (by == QLatin1String("day"))
                    k.by = store::KpiGrouping::Day;
                else if (by == QLatin1String("variant"))
                    k.by = store::KpiGrouping::Variant;
                else if (by != QLatin1String("group"))
                    json::fail(b.path(), QStringLiteral("must be group, agent, day or variant"));
            }
            if (const json::Node f = json::field(o, root, "fcrDays"); !f.isNull())
                k.fcrDays = f.integer(1, 90);
            if (const json::Node x = json::field(o, root, "experiment"); !x.isNull())
                k.experiment = x.nonEmptyString();
            return k;
        },
        json::keys({"from", "to", "by", "fcrDays", "experiment"}));
    if (!q)
        return bad(q.error());
    q->zone = m_config.timeZone;  // a day is the site's day
    saveToday();  // today's queue counts as they stand now
    auto rows = store::ReportRepository(*m_db, m_clock).kpis(*q);
    if (!rows)
        return bad(rows.error());
    QJsonArray out;
    for (const store::KpiRow &r : *rows) {
        QString name = r.key;
        if (q->by == store::KpiGrouping::Group) {
            if (const SkillGroupConfig *g = m_config.group(GroupId(r.key)))
                name = g->name;
        } else if (q->by == store::KpiGrouping::Agent) {
            if (const AgentConfig *a = m_config.agent(AgentId(r.key)))
                name = a->name;
        }
        QJsonObject o{{QStringLiteral("key"), r.key},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("contacts"), r.contacts},
                      {QStringLiteral("handleSeconds"), optional(r.handleSeconds)},
                      {QStringLiteral("csat"), optional(r.csat)},
                      {QStringLiteral("rated"), r.rated},
                      {QStringLiteral("transferred"), r.transferred},
                      {QStringLiteral("transferRate"), optional(r.transferRate())},
                      {QStringLiteral("resolvedFirstTime"), r.resolvedFirstTime},
                      {QStringLiteral("fcrRate"), optional(r.fcrRate())},
                      {QStringLiteral("waitSeconds"), optional(r.waitSeconds)}};
        if (q->by == store::KpiGrouping::Variant)
            o.insert(QStringLiteral("experiment"), r.experiment);
        if (r.hasQueue) {
            o.insert(QStringLiteral("entered"), r.entered);
            o.insert(QStringLiteral("answered"), r.answered);
            o.insert(QStringLiteral("abandoned"), r.abandoned);
            o.insert(QStringLiteral("serviceLevel"), optional(r.serviceLevel()));
            o.insert(QStringLiteral("abandonmentRate"), optional(r.abandonmentRate()));
            o.insert(QStringLiteral("speedOfAnswerSeconds"), optional(r.speedOfAnswerSeconds()));
        }
        out.append(o);
    }
    QJsonObject body{{QStringLiteral("from"), q->from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), q->to.toString(Qt::ISODate)},
                     {QStringLiteral("fcrDays"), q->fcrDays},
                     {QStringLiteral("rows"), out}};
    if (!q->experiment.isEmpty())
        body.insert(QStringLiteral("experiment"), q->experiment);
    return reply(session, request, {}, body);
}

}  // namespace baton::net
