#include "configparser.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <functional>

namespace baton::core {
namespace {

using json::fail;
using json::field;
using json::forEach;
using json::keys;
using json::Node;

constexpr const char *kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int weekday(const Node &n)
{
    if (n.raw().isDouble())
        return n.integer(1, 7);
    const QString s = n.string();
    for (int d = 0; d < 7; ++d) {
        if (s == QLatin1String(kDayNames[d]))
            return d + 1;
    }
    fail(n.path(), QStringLiteral("'%1' is not a weekday (mon … sun, or 1–7)").arg(s));
}

TimeWindow window(const Node &n)
{
    auto w = TimeWindow::parse(n.string());
    if (!w)
        fail(n.path(), w.error().message);
    return *w;
}

QList<TimeWindow> windows(const Node &n)
{
    QList<TimeWindow> out;
    forEach<TimeWindow>(n, window, out);
    return out;
}

QDate date(const Node &n)
{
    const QDate d = QDate::fromString(n.string(), Qt::ISODate);
    if (!d.isValid())
        fail(n.path(), QStringLiteral("'%1' is not a date like 2026-10-01").arg(n.string()));
    return d;
}

Calendar calendar(const Node &n, const QTimeZone &zone)
{
    const auto o = n.object(keys({"id", "weekly", "exceptions"}));
    Calendar c;
    c.id = field(o, n, "id").nonEmptyString();
    c.zone = zone;
    if (const Node weekly = field(o, n, "weekly"); !weekly.isNull()) {
        const QJsonObject w = weekly.object(keys({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}));
        for (int d = 0; d < 7; ++d) {
            if (const Node day = field(w, weekly, kDayNames[d]); !day.isNull())
                c.weekly[d] = windows(day);
        }
    }
    if (const Node ex = field(o, n, "exceptions"); !ex.isNull()) {
        forEach<CalendarException>(ex, [](const Node &e) {
            const auto eo = e.object(keys({"date", "from", "to", "name", "holiday", "hours"}));
            CalendarException x;
            const Node single = field(eo, e, "date");
            if (!single.isNull() && (!field(eo, e, "from").isNull() || !field(eo, e, "to").isNull()))
                fail(e.path(), QStringLiteral("give a date or from/to, not both"));
            if (!single.isNull()) {
                x.from = x.to = date(single);
            } else {
                x.from = date(field(eo, e, "from"));
                x.to = date(field(eo, e, "to"));
            }
            if (const Node name = field(eo, e, "name"); !name.isNull())
                x.name = name.string();
            if (const Node h = field(eo, e, "holiday"); !h.isNull())
                x.holiday = h.boolean();
            if (const Node h = field(eo, e, "hours"); !h.isNull())
                x.hours = windows(h);
            return x;
        }, c.exceptions);
    }
    return c;
}

QList<OverflowStep> overflow(const Node &n)
{
    QList<OverflowStep> out;
    forEach<OverflowStep>(n, [](const Node &s) {
        const auto o = s.object(keys({"group", "afterSeconds"}));
        return OverflowStep{GroupId(field(o, s, "group").nonEmptyString()), field(o, s, "afterSeconds").seconds()};
    }, out);
    return out;
}

SkillGroupConfig group(const Node &n)
{
    const auto o = n.object(keys({"id", "name", "strategy", "overflow", "serviceLevel", "alertWaitSeconds", "maxWaitSeconds",
                                  "maxWaitAction", "wrapUpSeconds", "expectedHandleSeconds", "calendar"}));
    SkillGroupConfig g;
    g.id = GroupId(field(o, n, "id").nonEmptyString());
    const Node name = field(o, n, "name");
    g.name = name.isNull() ? g.id.value() : name.nonEmptyString();
    if (const Node s = field(o, n, "strategy"); !s.isNull())
        g.strategy = s.enumeration<SelectionStrategy>(strategyFromName, "longestIdle, fewestContactsToday, roundRobin, highestProficiency");
    if (const Node s = field(o, n, "overflow"); !s.isNull())
        g.overflow = overflow(s);
    if (const Node sl = field(o, n, "serviceLevel"); !sl.isNull()) {
        const auto so = sl.object(keys({"seconds", "target"}));
        if (const Node s = field(so, sl, "seconds"); !s.isNull())
            g.serviceLevelThreshold = s.seconds(1);
        if (const Node t = field(so, sl, "target"); !t.isNull())
            g.serviceLevelTarget = t.number();
    }
    if (const Node s = field(o, n, "alertWaitSeconds"); !s.isNull())
        g.alertWait = s.seconds(1);
    if (const Node s = field(o, n, "maxWaitSeconds"); !s.isNull())
        g.maxWait = s.seconds(1);
    if (const Node s = field(o, n, "maxWaitAction"); !s.isNull())
        g.maxWaitAction = s.enumeration<FallbackAction>(fallbackActionFromName, "callback, message, bot");
    if (const Node s = field(o, n, "wrapUpSeconds"); !s.isNull())
        g.wrapUp = s.seconds();
    if (const Node s = field(o, n, "expectedHandleSeconds"); !s.isNull())
        g.expectedHandleTime = s.seconds(1);
    if (const Node s = field(o, n, "calendar"); !s.isNull())
        g.calendar = s.nonEmptyString();
    return g;
}

AgentConfig agent(const Node &n)
{
    const auto o = n.object(keys({"id", "name", "groups", "capacity"}));
    AgentConfig a;
    a.id = AgentId(field(o, n, "id").nonEmptyString());
    const Node name = field(o, n, "name");
    a.name = name.isNull() ? a.id.value() : name.nonEmptyString();
    if (const Node gs = field(o, n, "groups"); !gs.isNull()) {
        forEach<Membership>(gs, [](const Node &m) {
            if (m.raw().isString())
                return Membership{GroupId(m.nonEmptyString()), 5};
            const auto mo = m.object(keys({"group", "proficiency"}));
            Membership ms{GroupId(field(mo, m, "group").nonEmptyString()), 5};
            if (const Node p = field(mo, m, "proficiency"); !p.isNull())
                ms.proficiency = p.integer(1, 10);
            return ms;
        }, a.groups);
    }
    const Node cap = field(o, n, "capacity");
    if (cap.isNull()) {
        a.capacity[static_cast<std::size_t>(Channel::Voice)] = 1;
    } else {
        QStringList names;
        for (Channel c : kAllChannels)
            names.append(channelName(c));
        const auto co = cap.object(names);
        for (Channel c : kAllChannels) {
            if (const Node v = Node(co.value(channelName(c)), cap.child(channelName(c))); !v.isNull())
                a.capacity[static_cast<std::size_t>(c)] = v.integer(0, 100);
        }
    }
    return a;
}

AttributeCondition attributeCondition(const Node &n)
{
    const auto o = n.object(keys({"key", "op", "value", "values"}));
    AttributeCondition c;
    c.key = field(o, n, "key").nonEmptyString();
    static const QHash<QString, AttributeCondition::Op> kOps{
        {QStringLiteral("equals"), AttributeCondition::Op::Equals}, {QStringLiteral("notEquals"), AttributeCondition::Op::NotEquals},
        {QStringLiteral("in"), AttributeCondition::Op::In},         {QStringLiteral("notIn"), AttributeCondition::Op::NotIn},
        {QStringLiteral("exists"), AttributeCondition::Op::Exists}, {QStringLiteral("missing"), AttributeCondition::Op::Missing},
        {QStringLiteral("atLeast"), AttributeCondition::Op::AtLeast}, {QStringLiteral("atMost"), AttributeCondition::Op::AtMost},
        {QStringLiteral("contains"), AttributeCondition::Op::Contains},
    };
    const Node op = field(o, n, "op");
    if (!op.isNull()) {
        const auto it = kOps.constFind(op.string());
        if (it == kOps.cend())
            fail(op.path(), QStringLiteral("'%1' is not one of: equals, notEquals, in, notIn, exists, missing, atLeast, atMost, contains").arg(op.string()));
        c.op = *it;
    }
    using Op = AttributeCondition::Op;
    const Node value = field(o, n, "value");
    const Node values = field(o, n, "values");
    switch (c.op) {
    case Op::Exists:
    case Op::Missing: break;
    case Op::In:
    case Op::NotIn:
        c.values = values.strings();
        if (c.values.isEmpty())
            fail(values.path(), QStringLiteral("needs at least one value"));
        break;
    case Op::AtLeast:
    case Op::AtMost: c.number = value.number(); break;
    default: c.values = {value.string()}; break;
    }
    return c;
}

RuleMatch ruleMatch(const Node &n)
{
    RuleMatch m;
    if (n.isNull())
        return m;
    const auto o = n.object(keys({"attributes", "tagsAny", "businesses", "channels", "entryPoints", "parameters", "regions", "when"}));
    if (const Node a = field(o, n, "attributes"); !a.isNull())
        forEach<AttributeCondition>(a, attributeCondition, m.attributes);
    if (const Node a = field(o, n, "tagsAny"); !a.isNull())
        m.tagsAny = a.strings();
    if (const Node a = field(o, n, "businesses"); !a.isNull())
        m.businesses = a.strings();
    if (const Node a = field(o, n, "channels"); !a.isNull()) {
        forEach<Channel>(a, [](const Node &c) {
            return c.enumeration<Channel>(channelFromName, "voice, chat, email, sms, video, app, web");
        }, m.channels);
    }
    if (const Node a = field(o, n, "entryPoints"); !a.isNull())
        m.entryPoints = a.strings();
    if (const Node a = field(o, n, "regions"); !a.isNull())
        m.regions = a.strings();
    if (const Node p = field(o, n, "parameters"); !p.isNull()) {
        const QJsonObject po = p.object(p.raw().toObject().keys());
        for (auto it = po.begin(); it != po.end(); ++it)
            m.parameters.insert(it.key(), Node(it.value(), p.child(it.key())).string());
    }
    if (const Node w = field(o, n, "when"); !w.isNull()) {
        const auto wo = w.object(keys({"calendar", "open", "holiday", "weekdays", "time"}));
        TimeCondition t;
        if (const Node x = field(wo, w, "calendar"); !x.isNull())
            t.calendar = x.nonEmptyString();
        if (const Node x = field(wo, w, "open"); !x.isNull())
            t.open = x.boolean();
        if (const Node x = field(wo, w, "holiday"); !x.isNull())
            t.holiday = x.boolean();
        if (const Node x = field(wo, w, "weekdays"); !x.isNull())
            forEach<int>(x, weekday, t.weekdays);
        if (const Node x = field(wo, w, "time"); !x.isNull())
            t.windows = windows(x);
        m.when = t;
    }
    return m;
}

Rule rule(const Node &n)
{
    const auto o = n.object(keys({"id", "name", "enabled", "variant", "match", "action"}));
    Rule r;
    r.id = field(o, n, "id").nonEmptyString();
    if (const Node x = field(o, n, "name"); !x.isNull())
        r.name = x.string();
    if (const Node x = field(o, n, "enabled"); !x.isNull())
        r.enabled = x.boolean();
    if (const Node x = field(o, n, "variant"); !x.isNull())
        r.variant = x.nonEmptyString();
    r.match = ruleMatch(field(o, n, "match"));
    const Node an = field(o, n, "action");
    const auto ao = an.object(keys({"targets", "mode", "vipLevel", "vipMinimum", "overflow"}));
    if (const Node x = field(ao, an, "targets"); !x.isNull()) {
        for (const QString &t : x.strings())
            r.action.targets.append(GroupId(t));
    }
    if (const Node x = field(ao, an, "mode"); !x.isNull())
        r.action.mode = x.enumeration<ReceptionMode>(receptionModeFromName, "botFirst, humanFirst, botOnly, humanOnly");
    if (const Node x = field(ao, an, "vipLevel"); !x.isNull())
        r.action.vipLevel = x.integer(kMinVipLevel, kMaxVipLevel);
    if (const Node x = field(ao, an, "vipMinimum"); !x.isNull())
        r.action.vipMinimum = x.integer(kMinVipLevel, kMaxVipLevel);
    if (const Node x = field(ao, an, "overflow"); !x.isNull())
        r.action.overflow = overflow(x);
    return r;
}

Experiment experiment(const Node &n)
{
    const auto o = n.object(keys({"id", "key", "variants"}));
    Experiment x;
    x.id = field(o, n, "id").nonEmptyString();
    if (const Node k = field(o, n, "key"); !k.isNull())
        x.key = k.enumeration<ExperimentKey>(experimentKeyFromName, "customer, caller, contact");
    forEach<ExperimentVariant>(field(o, n, "variants"), [](const Node &v) {
        const auto vo = v.object(keys({"id", "share"}));
        return ExperimentVariant{field(vo, v, "id").nonEmptyString(), field(vo, v, "share").integer(0, 100)};
    }, x.variants);
    return x;
}

SiteConfig site(const Node &root)
{
    const auto o = root.object(keys({"version", "site", "calendars", "groups", "agents", "rules", "defaultRoute", "afterHours",
                                     "vip", "precedence", "offers", "estimator", "experiment",
                                     "dispositions", "notReadyReasons", "businesses"}));
    SiteConfig s;
    if (const Node v = field(o, root, "version"); !v.isNull()) {
        s.version = v.integer(1, 1000);
        if (s.version != 1)
            fail(v.path(), QStringLiteral("version %1 is newer than this Baton understands (1)").arg(s.version));
    }
    const Node siteNode = field(o, root, "site");
    if (!siteNode.isNull()) {
        const auto so = siteNode.object(keys({"name", "timeZone", "defaultCalendar"}));
        if (const Node x = field(so, siteNode, "name"); !x.isNull())
            s.name = x.string();
        if (const Node x = field(so, siteNode, "timeZone"); !x.isNull()) {
            s.timeZone = QTimeZone(x.nonEmptyString().toUtf8());
            if (!s.timeZone.isValid())
                fail(x.path(), QStringLiteral("unknown time zone '%1' (use an IANA name like Asia/Shanghai)").arg(x.string()));
        }
        if (const Node x = field(so, siteNode, "defaultCalendar"); !x.isNull())
            s.defaultCalendar = x.nonEmptyString();
    }
    if (const Node x = field(o, root, "calendars"); !x.isNull())
        forEach<Calendar>(x, [&](const Node &c) { return calendar(c, s.timeZone); }, s.calendars);
    forEach<SkillGroupConfig>(field(o, root, "groups"), group, s.groups);
    if (const Node x = field(o, root, "agents"); !x.isNull())
        forEach<AgentConfig>(x, agent, s.agents);
    if (const Node x = field(o, root, "rules"); !x.isNull())
        forEach<Rule>(x, rule, s.rules);
    if (const Node x = field(o, root, "experiment"); !x.isNull())
        s.experiment = experiment(x);
    if (const Node x = field(o, root, "dispositions"); !x.isNull()) {
        for (const QString &d : x.strings()) {
            if (d.trimmed().isEmpty())
                fail(x.path(), QStringLiteral("a disposition cannot be empty"));
            if (s.dispositions.contains(d))
                fail(x.path(), QStringLiteral("disposition '%1' is listed twice").arg(d));
            s.dispositions.append(d);
        }
    }
    if (const Node b = field(o, root, "businesses"); !b.isNull()) {
        const QJsonObject names = b.object(b.raw().toObject().keys());
        for (auto it = names.begin(); it != names.end(); ++it) {
            const Node name = field(names, b, it.key().toUtf8().constData());
            s.businessNames.insert(it.key(), name.nonEmptyString());
        }
    }
    if (const Node x = field(o, root, "notReadyReasons"); !x.isNull()) {
        for (const QString &r : x.strings()) {
            if (r.trimmed().isEmpty())
                fail(x.path(), QStringLiteral("a not-ready reason cannot be empty"));
            if (s.notReadyReasons.contains(r))
                fail(x.path(), QStringLiteral("not-ready reason '%1' is listed twice").arg(r));
            s.notReadyReasons.append(r);
        }
    }

    if (const Node d = field(o, root, "defaultRoute"); !d.isNull()) {
        const auto dobj = d.object(keys({"targets", "mode"}));
        if (const Node x = field(dobj, d, "targets"); !x.isNull()) {
            for (const QString &t : x.strings())
                s.defaultRoute.targets.append(GroupId(t));
        }
        if (const Node x = field(dobj, d, "mode"); !x.isNull())
            s.defaultRoute.mode = x.enumeration<ReceptionMode>(receptionModeFromName, "botFirst, humanFirst, botOnly, humanOnly");
    } else if (!s.groups.isEmpty()) {
        s.defaultRoute.targets = {s.groups.first().id};
    }
    if (const Node a = field(o, root, "afterHours"); !a.isNull()) {
        const auto ao = a.object(keys({"action", "message"}));
        if (const Node x = field(ao, a, "action"); !x.isNull())
            s.afterHours.action = x.enumeration<FallbackAction>(fallbackActionFromName, "callback, message, bot");
        if (const Node x = field(ao, a, "message"); !x.isNull())
            s.afterHours.message = x.string();
    }
    if (const Node v = field(o, root, "vip"); !v.isNull()) {
        const auto vo = v.object(keys({"source", "attribute", "attributeLevels", "parameter", "aging"}));
        if (const Node x = field(vo, v, "source"); !x.isNull())
            s.vip.source = x.enumeration<VipSource>(vipSourceFromName, "attribute, parameter, combined");
        if (const Node x = field(vo, v, "attribute"); !x.isNull())
            s.vip.attribute = x.nonEmptyString();
        if (const Node x = field(vo, v, "parameter"); !x.isNull())
            s.vip.parameter = x.nonEmptyString();
        if (const Node x = field(vo, v, "attributeLevels"); !x.isNull()) {
            const QJsonObject lo = x.object(x.raw().toObject().keys());
            for (auto it = lo.begin(); it != lo.end(); ++it)
                s.vip.attributeLevels.insert(it.key(), Node(it.value(), x.child(it.key())).integer(kMinVipLevel, kMaxVipLevel));
        }
        if (const Node ag = field(vo, v, "aging"); !ag.isNull()) {
            const auto ago = ag.object(keys({"enabled", "stepSeconds", "maxLevel"}));
            if (const Node x = field(ago, ag, "enabled"); !x.isNull())
                s.vip.aging.enabled = x.boolean();
            if (const Node x = field(ago, ag, "stepSeconds"); !x.isNull())
                s.vip.aging.step = x.seconds(1);
            if (const Node x = field(ago, ag, "maxLevel"); !x.isNull())
                s.vip.aging.maxLevel = x.integer(1, kMaxVipLevel);
        }
    }
    if (const Node p = field(o, root, "precedence"); !p.isNull()) {
        const auto po = p.object(keys({"dedicatedWaitSeconds", "lastAgentWaitSeconds", "lastAgentLookbackDays", "preferLastAgent", "badRatingMax"}));
        if (const Node x = field(po, p, "dedicatedWaitSeconds"); !x.isNull())
            s.precedence.dedicatedWait = x.seconds();
        if (const Node x = field(po, p, "lastAgentWaitSeconds"); !x.isNull())
            s.precedence.lastAgentWait = x.seconds();
        if (const Node x = field(po, p, "lastAgentLookbackDays"); !x.isNull())
            s.precedence.lastAgentLookback = std::chrono::days(x.integer(0, 3650));
        if (const Node x = field(po, p, "preferLastAgent"); !x.isNull())
            s.precedence.preferLastAgent = x.boolean();
        if (const Node x = field(po, p, "badRatingMax"); !x.isNull())
            s.precedence.badRatingMax = x.integer(0, 5);
    }
    if (const Node p = field(o, root, "offers"); !p.isNull()) {
        const auto po = p.object(keys({"acceptTimeoutSeconds", "notReadyOnTimeout", "notReadyOnDecline", "retryAfterSeconds"}));
        if (const Node x = field(po, p, "acceptTimeoutSeconds"); !x.isNull())
            s.offers.acceptTimeout = x.seconds(1);
        if (const Node x = field(po, p, "notReadyOnTimeout"); !x.isNull())
            s.offers.notReadyOnTimeout = x.boolean();
        if (const Node x = field(po, p, "notReadyOnDecline"); !x.isNull())
            s.offers.notReadyOnDecline = x.boolean();
        if (const Node x = field(po, p, "retryAfterSeconds"); !x.isNull())
            s.offers.retryAfter = x.seconds();
    }
    if (const Node p = field(o, root, "estimator"); !p.isNull()) {
        const auto po = p.object(keys({"runningAverageWindow", "abandonmentWindow", "handleTimeWindow"}));
        if (const Node x = field(po, p, "runningAverageWindow"); !x.isNull())
            s.estimator.runningAverageWindow = x.integer(1, 100000);
        if (const Node x = field(po, p, "abandonmentWindow"); !x.isNull())
            s.estimator.abandonmentWindow = x.integer(1, 100000);
        if (const Node x = field(po, p, "handleTimeWindow"); !x.isNull())
            s.estimator.handleTimeWindow = x.integer(1, 100000);
    }
    return s;
}

}  // namespace

Result<SiteConfig> ConfigParser::parse(const QByteArray &bytes)
{
    auto config = json::read<SiteConfig>(bytes, site);
    if (!config)
        return config;
    if (auto s = config->validate(); !s)
        return s.error();
    return config;
}

}  // namespace baton::core
