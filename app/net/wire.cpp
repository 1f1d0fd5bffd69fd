#include "wire.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace baton::net {

using namespace baton::core;
namespace json = baton::core::json;

namespace {

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

QString optionalString(const QJsonObject &o, const json::Node &parent, const char *key)
{
    const json::Node n = json::field(o, parent, key);
    return n.isNull() ? QString() : n.string();
}

QStringList optionalStrings(const QJsonObject &o, const json::Node &parent, const char *key)
{
    const json::Node n = json::field(o, parent, key);
    return n.isNull() ? QStringList() : n.strings();
}

QHash<QString, QString> stringMap(const json::Node &n)
{
    QHash<QString, QString> out;
    if (n.isNull())
        return out;
    if (!n.raw().isObject())
        json::fail(n.path(), QStringLiteral("must be an object of strings"));
    const QJsonObject o = n.raw().toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), json::Node(it.value(), n.child(it.key())).string());
    return out;
}

}  // namespace

double seconds(Duration d) { return std::round(static_cast<double>(d.count()) / 100.0) / 10.0; }

Result<ContactCreate> readContactCreate(const QJsonObject &body)
{
    try {
        const json::Node root(body, QString());
        const QJsonObject o = root.object(json::keys({"channel", "business", "entryPoint", "entryParameters", "region", "externalRef",
                                                      "handedOverFromBot", "handOver", "customer"}));
        ContactCreate c;
        ContactRequest &r = c.request;
        const json::Node channel = json::field(o, root, "channel");
        r.channel = channel.isNull() ? Channel::Voice
                                     : channel.enumeration<Channel>(channelFromName, "voice, chat, sms, email, web, app, video");
        r.business = optionalString(o, root, "business");
        r.entryPoint = optionalString(o, root, "entryPoint");
        r.entryParameters = stringMap(json::field(o, root, "entryParameters"));
        r.region = optionalString(o, root, "region");
        r.externalRef = optionalString(o, root, "externalRef");
        if (const json::Node bot = json::field(o, root, "handedOverFromBot"); !bot.isNull())
            r.handedOverFromBot = bot.boolean();
        if (const json::Node ho = json::field(o, root, "handOver"); !ho.isNull()) {
            const QJsonObject h = ho.object(json::keys({"callerNumber", "identityGiven", "identityVerified", "callbackNumber",
                                                         "menuPath", "keywords", "transcript", "reason"}));
            r.handOver.callerNumber = optionalString(h, ho, "callerNumber");
            r.handOver.identityGiven = optionalString(h, ho, "identityGiven");
            if (const json::Node v = json::field(h, ho, "identityVerified"); !v.isNull())
                r.handOver.identityVerified = v.boolean();
            r.handOver.callbackNumber = optionalString(h, ho, "callbackNumber");
            r.handOver.menuPath = optionalStrings(h, ho, "menuPath");
            r.handOver.keywords = optionalStrings(h, ho, "keywords");
            r.handOver.transcript = optionalStrings(h, ho, "transcript");
            r.handOver.reason = optionalString(h, ho, "reason");
        }
        if (const json::Node cu = json::field(o, root, "customer"); !cu.isNull()) {
            const QJsonObject co = cu.object(json::keys({"phone", "externalSystem", "externalId", "name", "attributes"}));
            c.customerPhone = optionalString(co, cu, "phone");
            c.externalSystem = optionalString(co, cu, "externalSystem");
            c.externalId = optionalString(co, cu, "externalId");
            if (c.externalSystem.isEmpty() != c.externalId.isEmpty())
                json::fail(cu.child(QStringLiteral("externalId")), QStringLiteral("give externalSystem and externalId together"));
            r.customer.name = optionalString(co, cu, "name");
            r.customer.attributes = stringMap(json::field(co, cu, "attributes"));
        }
        if (c.customerPhone.isEmpty())
            c.customerPhone = r.handOver.callerNumber;
        return c;
    } catch (const json::JsonFailure &f) {
        return f.error;
    }
}

QJsonArray traceToJson(const DecisionTrace &trace)
{
    QJsonArray out;
    for (const TraceStep &s : trace.steps())
        out.append(DecisionTrace::describe(s));
    return out;
}

QJsonObject toJson(const QueueStatus &s)
{
    QJsonObject o{{QStringLiteral("contact"), static_cast<qint64>(s.contact.value())},
                  {QStringLiteral("group"), s.group.value()},
                  {QStringLiteral("channel"), channelName(s.channel)},
                  {QStringLiteral("vipLevel"), s.vipLevel},
                  {QStringLiteral("effectiveLevel"), s.effectiveLevel},
                  {QStringLiteral("position"), s.position},
                  {QStringLiteral("waitedSeconds"), seconds(s.waited)},
                  {QStringLiteral("offered"), s.offered}};
    if (s.estimatedWait)
        o.insert(QStringLiteral("estimatedWaitSeconds"), seconds(*s.estimatedWait));
    return o;
}

QJsonObject toJson(const AgentStatus &s)
{
    QJsonArray groups;
    for (const Membership &m : s.groups)
        groups.append(QJsonObject{{QStringLiteral("group"), m.group.value()}, {QStringLiteral("proficiency"), m.proficiency}});
    QJsonArray active;
    for (ContactId c : s.active)
        active.append(static_cast<qint64>(c.value()));
    QJsonArray wrapping;
    for (ContactId c : s.wrapping)
        wrapping.append(static_cast<qint64>(c.value()));
    QJsonObject o{{QStringLiteral("agent"), s.id.value()},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("state"), agentStateName(s.state)},
                  {QStringLiteral("reason"), s.reason},
                  {QStringLiteral("groups"), groups},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("wrapping"), wrapping},
                  {QStringLiteral("contactsToday"), s.contactsToday}};
    if (s.offered.isValid())
        o.insert(QStringLiteral("offered"), static_cast<qint64>(s.offered.value()));
    return o;
}

QJsonObject toJson(const GroupStatistics &g)
{
    QJsonObject byState;
    for (int i = 0; i < kAgentStateCount; ++i)
        byState.insert(agentStateName(static_cast<AgentState>(i)), g.agentsByState[static_cast<std::size_t>(i)]);
    QJsonObject o{{QStringLiteral("group"), g.group.value()},
                  {QStringLiteral("name"), g.name},
                  {QStringLiteral("waiting"), g.waiting},
                  {QStringLiteral("longestWaitSeconds"), seconds(g.longestWait)},
                  {QStringLiteral("entered"), g.entered},
                  {QStringLiteral("answered"), g.answered},
                  {QStringLiteral("answeredWithinThreshold"), g.answeredWithinThreshold},
                  {QStringLiteral("abandoned"), g.abandoned},
                  {QStringLiteral("handled"), g.handled},
                  {QStringLiteral("agentsByState"), byState},
                  {QStringLiteral("serviceLevelThresholdSeconds"), seconds(g.serviceLevelThreshold)},
                  {QStringLiteral("serviceLevelTarget"), g.serviceLevelTarget}};
    if (const auto sl = g.serviceLevel())
        o.insert(QStringLiteral("serviceLevel"), *sl);
    if (const auto ab = g.abandonmentRate())
        o.insert(QStringLiteral("abandonmentRate"), *ab);
    if (const auto asa = g.averageSpeedOfAnswer())
        o.insert(QStringLiteral("averageSpeedOfAnswerSeconds"), seconds(*asa));
    if (const auto aht = g.averageHandleTime())
        o.insert(QStringLiteral("averageHandleTimeSeconds"), seconds(*aht));
    if (const auto ewt = g.estimatedWaitNew[static_cast<std::size_t>(Channel::Voice)])
        o.insert(QStringLiteral("estimatedWaitNewSeconds"), seconds(*ewt));
    if (g.meanPatience)
        o.insert(QStringLiteral("meanPatienceSeconds"), seconds(*g.meanPatience));
    QJsonObject byChannel;
    for (Channel ch : kAllChannels) {
        if (const int n = g.availableFor[static_cast<std::size_t>(ch)]; n > 0)
            byChannel.insert(channelName(ch), n);
    }
    o.insert(QStringLiteral("availableByChannel"), byChannel);
    return o;
}

QJsonObject toJson(const HandOver &h)
{
    return QJsonObject{{QStringLiteral("callerNumber"), h.callerNumber},
                       {QStringLiteral("identityGiven"), h.identityGiven},
                       {QStringLiteral("identityVerified"), h.identityVerified},
                       {QStringLiteral("callbackNumber"), h.callbackNumber},
                       {QStringLiteral("menuPath"), strings(h.menuPath)},
                       {QStringLiteral("keywords"), strings(h.keywords)},
                       {QStringLiteral("transcript"), strings(h.transcript)},
                       {QStringLiteral("reason"), h.reason}};
}

QJsonObject toJson(const CustomerProfile &c)
{
    QJsonObject attributes;
    for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("id"), c.id.value()},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("tags"), strings(c.tags)},
                       {QStringLiteral("dedicatedAgent"), c.dedicatedAgent.value()}};
}

}  // namespace baton::net
