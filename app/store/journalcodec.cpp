#include "journalcodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace baton::store {
namespace {

using namespace baton::core;

// Keys stay short: a busy router writes tens of thousands of records a second.
QCborValue str(const QString &s) { return s.isEmpty() ? QCborValue() : QCborValue(s); }

QCborMap encodeHash(const QHash<QString, QString> &h)
{
    QCborMap m;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

QHash<QString, QString> decodeHash(const QCborValue &v)
{
    QHash<QString, QString> h;
    const QCborMap m = v.toMap();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        h.insert(it.key().toString(), it.value().toString());
    return h;
}

QCborMap encodeRequest(const ContactRequest &r)
{
    QCborMap m;
    m.insert(QLatin1String("ref"), str(r.externalRef));
    m.insert(QLatin1String("src"), str(r.source));
    m.insert(QLatin1String("ch"), static_cast<int>(r.channel));
    m.insert(QLatin1String("biz"), str(r.business));
    m.insert(QLatin1String("entry"), str(r.entryPoint));
    if (!r.entryParameters.isEmpty())
        m.insert(QLatin1String("params"), encodeHash(r.entryParameters));
    m.insert(QLatin1String("region"), str(r.region));
    if (r.handedOverFromBot)
        m.insert(QLatin1String("bot"), true);
    QCborMap c;
    c.insert(QLatin1String("id"), str(r.customer.id.value()));
    c.insert(QLatin1String("name"), str(r.customer.name));
    if (!r.customer.attributes.isEmpty())
        c.insert(QLatin1String("attrs"), encodeHash(r.customer.attributes));
    if (!r.customer.tags.isEmpty())
        c.insert(QLatin1String("tags"), QCborArray::fromStringList(r.customer.tags));
    c.insert(QLatin1String("dedicated"), str(r.customer.dedicatedAgent.value()));
    m.insert(QLatin1String("cust"), c);
    QCborMap h;
    h.insert(QLatin1String("last"), str(r.history.lastAgent.value()));
    if (r.history.lastServedUtc.isValid())
        h.insert(QLatin1String("lastMs"), r.history.lastServedUtc.toMSecsSinceEpoch());
    if (!r.history.worstRatings.isEmpty()) {
        QCborMap w;
        for (auto it = r.history.worstRatings.cbegin(); it != r.history.worstRatings.cend(); ++it)
            w.insert(it.key().value(), it.value());
        h.insert(QLatin1String("worst"), w);
    }
    m.insert(QLatin1String("hist"), h);
    const HandOver &o = r.handOver;
    if (o != HandOver{}) {
        QCborMap ho;
        ho.insert(QLatin1String("caller"), str(o.callerNumber));
        ho.insert(QLatin1String("ident"), str(o.identityGiven));
        if (o.identityVerified)
            ho.insert(QLatin1String("verified"), true);
        ho.insert(QLatin1String("callback"), str(o.callbackNumber));
        if (!o.menuPath.isEmpty())
            ho.insert(QLatin1String("menu"), QCborArray::fromStringList(o.menuPath));
        if (!o.keywords.isEmpty())
            ho.insert(QLatin1String("kw"), QCborArray::fromStringList(o.keywords));
        if (!o.transcript.isEmpty())
            ho.insert(QLatin1String("said"), QCborArray::fromStringList(o.transcript));
        ho.insert(QLatin1String("why"), str(o.reason));
        m.insert(QLatin1String("ho"), ho);
    }
    return m;
}


QStringList decodeStrings(const QCborValue &v)
{
    QStringList out;
    for (const QCborValue &s : v.toArray())
        out << s.toString();
    return out;
}

ContactRequest decodeRequest(const QCborMap &m)
{
    ContactRequest r;
    r.externalRef = m.value(QLatin1String("ref")).toString();
    r.source = m.value(QLatin1String("src")).toString();
    r.channel = static_cast<Channel>(m.value(QLatin1String("ch")).toInteger());
    r.business = m.value(QLatin1String("biz")).toString();
    r.entryPoint = m.value(QLatin1String("entry")).toString();
    r.entryParameters = decodeHash(m.value(QLatin1String("params")));
    r.region = m.value(QLatin1String("region")).toString();
    r.handedOverFromBot = m.value(QLatin1String("bot")).toBool();
    const QCborMap c = m.value(QLatin1String("cust")).toMap();
    r.customer.id = CustomerId(c.value(QLatin1String("id")).toString());
    r.customer.name = c.value(QLatin1String("name")).toString();
    r.customer.attributes = decodeHash(c.value(QLatin1String("attrs")));
    for (const QCborValue &t : c.value(QLatin1String("tags")).toArray())
        r.customer.tags << t.toString();
    r.customer.dedicatedAgent = AgentId(c.value(QLatin1String("dedicated")).toString());
    const QCborMap h = m.value(QLatin1String("hist")).toMap();
    r.history.lastAgent = AgentId(h.value(QLatin1String("last")).toString());
    if (h.contains(QLatin1String("lastMs")))
        r.history.lastServedUtc = QDateTime::fromMSecsSinceEpoch(h.value(QLatin1String("lastMs")).toInteger(), Qt::UTC);
    const QCborMap w = h.value(QLatin1String("worst")).toMap();
    for (auto it = w.cbegin(); it != w.cend(); ++it)
        r.history.worstRatings.insert(AgentId(it.key().toString()), static_cast<int>(it.value().toInteger()));
    const QCborMap ho = m.value(QLatin1String("ho")).toMap();
    r.handOver.callerNumber = ho.value(QLatin1String("caller")).toString();
    r.handOver.identityGiven = ho.value(QLatin1String("ident")).toString();
    r.handOver.identityVerified = ho.value(QLatin1String("verified")).toBool();
    r.handOver.callbackNumber = ho.value(QLatin1String("callback")).toString();
    r.handOver.menuPath = decodeStrings(ho.value(QLatin1String("menu")));
    r.handOver.keywords = decodeStrings(ho.value(QLatin1String("kw")));
    r.handOver.transcript = decodeStrings(ho.value(QLatin1String("said")));
    r.handOver.reason = ho.value(QLatin1String("why")).toString();
    return r;
}

// An experiment's variant: {"x": experiment, "v": variant, "k": key}; absent when none.
void encodeVariant(QCborMap &m, const std::optional<VariantAssignment> &v)
{
    if (!v)
        return;
    QCborMap a;
    a.insert(QLatin1String("x"), v->experiment);
    a.insert(QLatin1String("v"), v->variant);
    a.insert(QLatin1String("k"), static_cast<int>(v->key));
    m.insert(QLatin1String("var"), a);
}

// Bodies written before variants existed have none.
Result<std::optional<VariantAssignment>> decodeVariant(const QCborMap &m, const QString &field)
{
    const QCborValue v = m.value(QLatin1String("var"));
    if (v.isUndefined() || v.isNull())
        return std::optional<VariantAssignment>();
    const QCborMap a = v.toMap();
    const qint64 key = a.value(QLatin1String("k")).toInteger(-1);
    VariantAssignment out{a.value(QLatin1String("x")).toString(), a.value(QLatin1String("v")).toString(), ExperimentKey::Customer};
    if (!v.isMap() || out.experiment.isEmpty() || out.variant.isEmpty() || key < 0 || key > static_cast<int>(ExperimentKey::Contact))
        return Error::invalid(field, QStringLiteral("malformed experiment variant"));
    out.key = static_cast<ExperimentKey>(key);
    return std::optional<VariantAssignment>(out);
}

QCborArray encodeGroups(const QList<Membership> &groups)
{
    QCborArray a;
    for (const auto &m : groups)
        a.append(QCborArray{m.group.value(), m.proficiency});
    return a;
}

QList<Membership> decodeGroups(const QCborArray &a)
{
    QList<Membership> out;
    for (const QCborValue &v : a) {
        const QCborArray pair = v.toArray();
        out.append(Membership{GroupId(pair.at(0).toString()), static_cast<int>(pair.at(1).toInteger())});
    }
    return out;
}

bool validChannel(qint64 c) { return c >= 0 && c < kChannelCount; }
bool validPresence(qint64 p) { return p >= 0 && p <= static_cast<int>(Presence::NotReady); }

Error bad(const QString &field, const QString &what) { return Error::invalid(field, what); }

Result<QCborMap> parseMap(const QByteArray &bytes, const QString &what)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError)
        return bad({}, QStringLiteral("%1 is not valid CBOR at byte %2: %3").arg(what).arg(error.offset).arg(error.errorString()));
    if (!v.isMap())
        return bad({}, QStringLiteral("%1 is not a CBOR map").arg(what));
    return v.toMap();
}

}  // namespace

QByteArray encodeRecord(const JournalRecord &r)
{
    QCborMap m;
    m.insert(QLatin1String("k"), static_cast<int>(r.kind));
    m.insert(QLatin1String("t"), r.atMs);
    if (r.contact.isValid())
        m.insert(QLatin1String("c"), static_cast<qint64>(r.contact.value()));
    if (!r.agent.isEmpty())
        m.insert(QLatin1String("a"), r.agent.value());
    if (!r.group.isEmpty())
        m.insert(QLatin1String("g"), r.group.value());
    switch (r.kind) {
    case JournalRecord::Kind::Arrived:
        m.insert(QLatin1String("ch"), static_cast<int>(r.channel));
        m.insert(QLatin1String("l"), r.level);
        if (r.request)
            m.insert(QLatin1String("r"), encodeRequest(*r.request));
        encodeVariant(m, r.variant);
        break;
    case JournalRecord::Kind::Level: m.insert(QLatin1String("l"), r.level); break;
    case JournalRecord::Kind::Rechanneled: m.insert(QLatin1String("ch"), static_cast<int>(r.channel)); break;
    case JournalRecord::Kind::Chat:
    case JournalRecord::Kind::Hop: m.insert(QLatin1String("why"), str(r.reason)); break;
    case JournalRecord::Kind::Presence:
        m.insert(QLatin1String("p"), static_cast<int>(r.presence));
        m.insert(QLatin1String("why"), str(r.reason));
        break;
    case JournalRecord::Kind::Memberships: m.insert(QLatin1String("gs"), encodeGroups(r.groups)); break;
    default: break;
    }
    return m.toCborValue().toCbor();
}

Result<JournalRecord> decodeRecord(const QByteArray &bytes)
{
    auto parsed = parseMap(bytes, QStringLiteral("journal record"));
    if (!parsed)
        return parsed.error();
    const QCborMap &m = parsed.value();
    JournalRecord r;
    const qint64 kind = m.value(QLatin1String("k")).toInteger(-1);
    if (kind < static_cast<int>(JournalRecord::Kind::Arrived) || kind > static_cast<int>(JournalRecord::Kind::Hop))
        return bad(QStringLiteral("k"), QStringLiteral("unknown journal record kind %1").arg(kind));
    r.kind = static_cast<JournalRecord::Kind>(kind);
    r.atMs = m.value(QLatin1String("t")).toInteger();
    r.contact = ContactId(static_cast<std::uint64_t>(m.value(QLatin1String("c")).toInteger()));
    r.agent = AgentId(m.value(QLatin1String("a")).toString());
    r.group = GroupId(m.value(QLatin1String("g")).toString());
    const bool needsContact = r.kind != JournalRecord::Kind::Presence && r.kind != JournalRecord::Kind::Memberships;
    if (needsContact && !r.contact.isValid())
        return bad(QStringLiteral("c"), QStringLiteral("journal record without a contact id"));
    if (!needsContact && r.agent.isEmpty())
        return bad(QStringLiteral("a"), QStringLiteral("journal record without an agent id"));
    switch (r.kind) {
    case JournalRecord::Kind::Arrived: {
        const qint64 ch = m.value(QLatin1String("ch")).toInteger(-1);
        if (!validChannel(ch))
            return bad(QStringLiteral("ch"), QStringLiteral("unknown channel %1").arg(ch));
        r.channel = static_cast<Channel>(ch);
        r.level = static_cast<int>(m.value(QLatin1String("l")).toInteger());
        if (!m.value(QLatin1String("r")).isMap())
            return bad(QStringLiteral("r"), QStringLiteral("arrival record without its request"));
        r.request = decodeRequest(m.value(QLatin1String("r")).toMap());
        if (!validChannel(static_cast<qint64>(r.request->channel)))
            return bad(QStringLiteral("r.ch"), QStringLiteral("unknown channel"));
        auto variant = decodeVariant(m, QStringLiteral("var"));
        if (!variant)
            return variant.error();
        r.variant = *variant;
        break;
    }
    case JournalRecord::Kind::Level: r.level = static_cast<int>(m.value(QLatin1String("l")).toInteger()); break;
    case JournalRecord::Kind::Chat:
    case JournalRecord::Kind::Hop: r.reason = m.value(QLatin1String("why")).toString(); break;
    case JournalRecord::Kind::Rechanneled: {
        const qint64 ch = m.value(QLatin1String("ch")).toInteger(-1);
        if (!validChannel(ch))
            return bad(QStringLiteral("ch"), QStringLiteral("unknown channel %1").arg(ch));
        r.channel = static_cast<Channel>(ch);
        break;
    }
    case JournalRecord::Kind::Presence: {
        const qint64 p = m.value(QLatin1String("p")).toInteger(-1);
        if (!validPresence(p))
            return bad(QStringLiteral("p"), QStringLiteral("unknown presence %1").arg(p));
        r.presence = static_cast<Presence>(p);
        r.reason = m.value(QLatin1String("why")).toString();
        break;
    }
    case JournalRecord::Kind::Memberships: r.groups = decodeGroups(m.value(QLatin1String("gs")).toArray()); break;
    default: break;
    }
    return r;
}

QByteArray encodeSnapshot(const RouterSnapshot &s)
{
    QCborMap m;
    m.insert(QLatin1String("v"), 1);
    m.insert(QLatin1String("seq"), static_cast<qint64>(s.seq));
    m.insert(QLatin1String("next"), static_cast<qint64>(s.nextContactId));
    QCborArray contacts;
    for (const auto &[id, e] : s.contacts) {
        QCborMap c;
        c.insert(QLatin1String("id"), static_cast<qint64>(id.value()));
        c.insert(QLatin1String("r"), encodeRequest(e.request));
        c.insert(QLatin1String("home"), e.home.value());
        c.insert(QLatin1String("ch"), static_cast<int>(e.channel));
        c.insert(QLatin1String("l"), e.level);
        if (e.levelSet)
            c.insert(QLatin1String("lset"), true);
        c.insert(QLatin1String("q"), e.queuedMs);
        c.insert(QLatin1String("ph"), static_cast<int>(e.phase));
        c.insert(QLatin1String("a"), str(e.agent.value()));
        c.insert(QLatin1String("via"), str(e.via.value()));
        c.insert(QLatin1String("ans"), e.answeredMs);
        if (e.transferred)
            c.insert(QLatin1String("xfer"), true);
        encodeVariant(c, e.variant);
        if (!e.chat.isEmpty())
            c.insert(QLatin1String("chat"), QCborArray::fromStringList(e.chat));
        if (!e.hops.isEmpty())
            c.insert(QLatin1String("hops"), QCborArray::fromStringList(e.hops));
        contacts.append(c);
    }
    m.insert(QLatin1String("contacts"), contacts);
    QCborArray wraps;
    for (const auto &w : s.wraps) {
        QCborMap c;
        c.insert(QLatin1String("c"), static_cast<qint64>(w.contact.value()));
        c.insert(QLatin1String("a"), w.agent.value());
        c.insert(QLatin1String("home"), w.home.value());
        c.insert(QLatin1String("via"), w.via.value());
        c.insert(QLatin1String("ch"), static_cast<int>(w.channel));
        c.insert(QLatin1String("t"), w.startedMs);
        c.insert(QLatin1String("h"), w.handledMs);
        wraps.append(c);
    }
    m.insert(QLatin1String("wraps"), wraps);
    QCborArray agents;
    for (const auto &[id, a] : s.agents) {
        QCborMap c;
        c.insert(QLatin1String("id"), id.value());
        c.insert(QLatin1String("p"), static_cast<int>(a.presence));
        c.insert(QLatin1String("why"), str(a.reason));
        if (a.groups)
            c.insert(QLatin1String("gs"), encodeGroups(*a.groups));
        agents.append(c);
    }
    m.insert(QLatin1String("agents"), agents);
    return m.toCborValue().toCbor();
}

Result<RouterSnapshot> decodeSnapshot(const QByteArray &bytes)
{
    auto parsed = parseMap(bytes, QStringLiteral("router snapshot"));
    if (!parsed)
        return parsed.error();
    const QCborMap &m = parsed.value();
    if (m.value(QLatin1String("v")).toInteger() != 1)
        return bad(QStringLiteral("v"), QStringLiteral("router snapshot format %1 is not known to this version")
                                            .arg(m.value(QLatin1String("v")).toInteger()));
    RouterSnapshot s;
    s.seq = static_cast<std::uint64_t>(m.value(QLatin1String("seq")).toInteger());
    s.nextContactId = static_cast<std::uint64_t>(std::max<qint64>(1, m.value(QLatin1String("next")).toInteger()));
    const QCborArray contacts = m.value(QLatin1String("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QCborMap c = contacts.at(i).toMap();
        RouterSnapshot::ContactEntry e;
        e.id = ContactId(static_cast<std::uint64_t>(c.value(QLatin1String("id")).toInteger()));
        const qint64 ch = c.value(QLatin1String("ch")).toInteger(-1);
        const qint64 phase = c.value(QLatin1String("ph")).toInteger(-1);
        if (!e.id.isValid() || !validChannel(ch) || phase < 0 || phase > 1)
            return bad(QStringLiteral("contacts[%1]").arg(i), QStringLiteral("malformed contact in the router snapshot"));
        e.request = decodeRequest(c.value(QLatin1String("r")).toMap());
        e.home = GroupId(c.value(QLatin1String("home")).toString());
        e.channel = static_cast<Channel>(ch);
        e.level = static_cast<int>(c.value(QLatin1String("l")).toInteger());
        e.levelSet = c.value(QLatin1String("lset")).toBool();
        e.queuedMs = c.value(QLatin1String("q")).toInteger();
        e.phase = static_cast<RouterSnapshot::Phase>(phase);
        e.agent = AgentId(c.value(QLatin1String("a")).toString());
        e.via = GroupId(c.value(QLatin1String("via")).toString());
        e.answeredMs = c.value(QLatin1String("ans")).toInteger();
        e.transferred = c.value(QLatin1String("xfer")).toBool();
        auto variant = decodeVariant(c, QStringLiteral("contacts[%1].var").arg(i));
        if (!variant)
            return variant.error();
        e.variant = *variant;
        for (const QCborValue &line : c.value(QLatin1String("chat")).toArray())
            e.chat << line.toString();
        for (const QCborValue &hop : c.value(QLatin1String("hops")).toArray())
            e.hops << hop.toString();
        s.contacts.emplace(e.id, std::move(e));
    }
    const QCborArray wraps = m.value(QLatin1String("wraps")).toArray();
    for (qsizetype i = 0; i < wraps.size(); ++i) {
        const QCborMap c = wraps.at(i).toMap();
        RouterSnapshot::WrapEntry w;
        w.contact = ContactId(static_cast<std::uint64_t>(c.value(QLatin1String("c")).toInteger()));
        w.agent = AgentId(c.value(QLatin1String("a")).toString());
        w.home = GroupId(c.value(QLatin1String("home")).toString());
        w.via = GroupId(c.value(QLatin1String("via")).toString());
        const qint64 ch = c.value(QLatin1String("ch")).toInteger(-1);
        if (!w.contact.isValid() || w.agent.isEmpty() || !validChannel(ch))
            return bad(QStringLiteral("wraps[%1]").arg(i), QStringLiteral("malformed wrap-up in the router snapshot"));
        w.channel = static_cast<Channel>(ch);
        w.startedMs = c.value(QLatin1String("t")).toInteger();
        w.handledMs = c.value(QLatin1String("h")).toInteger();
        s.wraps.push_back(std::move(w));
    }
    const QCborArray agents = m.value(QLatin1String("agents")).toArray();
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QCborMap c = agents.at(i).toMap();
        const AgentId id(c.value(QLatin1String("id")).toString());
        const qint64 p = c.value(QLatin1String("p")).toInteger(-1);
        if (id.isEmpty() || !validPresence(p))
            return bad(QStringLiteral("agents[%1]").arg(i), QStringLiteral("malformed agent in the router snapshot"));
        RouterSnapshot::AgentEntry a;
        a.presence = static_cast<Presence>(p);
        a.reason = c.value(QLatin1String("why")).toString();
        if (c.contains(QLatin1String("gs")))
            a.groups = decodeGroups(c.value(QLatin1String("gs")).toArray());
        s.agents.emplace(id, std::move(a));
    }
    return s;
}

}  // namespace baton::store
