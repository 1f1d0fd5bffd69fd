#include "scenario.h"

#include "jsonreader.h"

namespace baton::sim {

using namespace baton::core;
using json::fail;
using json::field;
using json::keys;
using json::Node;

namespace {

Distribution distribution(const Node &n)
{
    const auto o = n.object(keys({"distribution", "meanSeconds", "sdSeconds"}));
    Distribution d;
    if (const Node k = field(o, n, "distribution"); !k.isNull()) {
        const QString kind = k.string();
        if (kind == QLatin1String("exponential"))
            d.kind = Distribution::Kind::Exponential;
        else if (kind == QLatin1String("lognormal"))
            d.kind = Distribution::Kind::LogNormal;
        else if (kind == QLatin1String("fixed"))
            d.kind = Distribution::Kind::Fixed;
        else
            fail(k.path(), QStringLiteral("'%1' is not one of: exponential, lognormal, fixed").arg(kind));
    }
    const Node mean = field(o, n, "meanSeconds");
    d.meanSeconds = mean.number();
    if (!(d.meanSeconds > 0) || d.meanSeconds > 1e6)
        fail(mean.path(), QStringLiteral("must be a number of seconds above 0"));
    if (d.kind == Distribution::Kind::LogNormal) {
        const Node sd = field(o, n, "sdSeconds");
        d.sdSeconds = sd.number();
        if (!(d.sdSeconds > 0))
            fail(sd.path(), QStringLiteral("a log-normal needs a standard deviation above 0"));
    }
    return d;
}

template <typename T, typename F>
QList<Weighted<T>> mix(const Node &n, F value)
{
    QList<Weighted<T>> out;
    const QJsonObject o = n.object(n.raw().toObject().keys());
    double total = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Node w(it.value(), n.child(it.key()));
        const double weight = w.number();
        if (!(weight >= 0))
            fail(w.path(), QStringLiteral("a weight cannot be negative"));
        total += weight;
        out.append({value(it.key()), weight});
    }
    if (!out.isEmpty() && !(total > 0))
        fail(n.path(), QStringLiteral("the weights add up to nothing"));
    return out;
}

double probability(const Node &n)
{
    const double p = n.number();
    if (!(p >= 0 && p <= 1))
        fail(n.path(), QStringLiteral("must be a probability from 0 to 1"));
    return p;
}

Entry entry(const Node &n)
{
    const auto o = n.object(keys({"name", "channel", "entryPoint", "ratePerHour", "hourlyRates", "businesses", "levels",
                                  "regions", "handle", "patience", "handedOverFromBot"}));
    Entry e;
    e.name = field(o, n, "name").nonEmptyString();
    if (const Node c = field(o, n, "channel"); !c.isNull())
        e.channel = c.enumeration<Channel>(channelFromName, "voice, chat, email, sms, video, app, web");
    if (const Node x = field(o, n, "entryPoint"); !x.isNull())
        e.entryPoint = x.string();
    const Node rate = field(o, n, "ratePerHour");
    const Node hourly = field(o, n, "hourlyRates");
    if (rate.isNull() == hourly.isNull())
        fail(n.path(), QStringLiteral("give either ratePerHour or hourlyRates (24 values)"));
    if (!rate.isNull()) {
        const double r = rate.number();
        if (!(r >= 0) || r > 1e7)
            fail(rate.path(), QStringLiteral("must be a number of arrivals per hour, 0 or more"));
        e.hourlyRate.fill(r);
    } else {
        const QJsonArray a = hourly.array();
        if (a.size() != 24)
            fail(hourly.path(), QStringLiteral("needs 24 values, one per local hour from 00:00 (has %1)").arg(a.size()));
        for (qsizetype h = 0; h < 24; ++h) {
            const double r = hourly.at(h).number();
            if (!(r >= 0) || r > 1e7)
                fail(hourly.at(h).path(), QStringLiteral("must be a number of arrivals per hour, 0 or more"));
            e.hourlyRate[static_cast<std::size_t>(h)] = r;
        }
    }
    auto text = [](const QString &k) { return k; };
    if (const Node x = field(o, n, "businesses"); !x.isNull())
        e.businesses = mix<QString>(x, text);
    if (const Node x = field(o, n, "levels"); !x.isNull())
        e.levels = mix<QString>(x, text);
    if (const Node x = field(o, n, "regions"); !x.isNull())
        e.regions = mix<QString>(x, text);
    e.handle = distribution(field(o, n, "handle"));
    if (const Node x = field(o, n, "patience"); !x.isNull())
        e.patience = distribution(x);
    if (const Node x = field(o, n, "handedOverFromBot"); !x.isNull())
        e.handedOverFromBot = probability(x);
    return e;
}

AgentBehaviour behaviour(const Node &n)
{
    AgentBehaviour b;
    if (n.isNull())
        return b;
    const auto o = n.object(keys({"answerSeconds", "declineRate", "noAnswerRate", "backFromNotReadySeconds", "breakEveryMinutes",
                                  "breakMinutes"}));
    if (const Node x = field(o, n, "answerSeconds"); !x.isNull()) {
        const QJsonArray a = x.array();
        if (a.size() != 2)
            fail(x.path(), QStringLiteral("needs [shortest, longest] in seconds"));
        b.answerMinSeconds = x.at(0).number();
        b.answerMaxSeconds = x.at(1).number();
        if (!(b.answerMinSeconds >= 0) || b.answerMaxSeconds < b.answerMinSeconds)
            fail(x.path(), QStringLiteral("needs 0 ≤ shortest ≤ longest"));
    }
    if (const Node x = field(o, n, "declineRate"); !x.isNull())
        b.declineRate = probability(x);
    if (const Node x = field(o, n, "noAnswerRate"); !x.isNull())
        b.noAnswerRate = probability(x);
    if (b.declineRate + b.noAnswerRate > 1)
        fail(n.path(), QStringLiteral("declineRate and noAnswerRate add up to more than 1"));
    if (const Node x = field(o, n, "backFromNotReadySeconds"); !x.isNull())
        b.backFromNotReadySeconds = x.seconds().count() / 1000.0;
    if (const Node x = field(o, n, "breakEveryMinutes"); !x.isNull())
        b.breakEveryMinutes = x.number();
    if (const Node x = field(o, n, "breakMinutes"); !x.isNull())
        b.breakMinutes = x.number();
    if (b.breakEveryMinutes < 0 || b.breakMinutes < 0 || (b.breakEveryMinutes > 0 && b.breakMinutes >= b.breakEveryMinutes))
        fail(n.path(), QStringLiteral("breaks need 0 ≤ breakMinutes < breakEveryMinutes"));
    return b;
}

}  // namespace

ContactRequest Entry::draw(QRandomGenerator &rng) const
{
    ContactRequest r;
    r.channel = channel;
    r.entryPoint = entryPoint;
    if (const QString *b = pickWeighted(businesses, rng))
        r.business = *b;
    if (const QString *level = pickWeighted(levels, rng))
        r.customer.attributes.insert(QStringLiteral("level"), *level);
    if (const QString *region = pickWeighted(regions, rng))
        r.region = *region;
    r.handedOverFromBot = rng.generateDouble() < handedOverFromBot;
    return r;
}

Result<Scenario> Scenario::parse(const QByteArray &bytes, const QDir &baseDir)
{
    return json::read<Scenario>(bytes, [&](const Node &root) {
        const auto o = root.object(keys({"version", "site", "start", "entries", "agents"}));
        Scenario s;
        if (const Node v = field(o, root, "version"); !v.isNull() && v.integer(1, 1000) != 1)
            fail(v.path(), QStringLiteral("version %1 is newer than this Baton understands (1)").arg(v.integer(1, 1000)));
        if (const Node site = field(o, root, "site"); !site.isNull())
            s.siteFile = QDir::cleanPath(baseDir.absoluteFilePath(site.nonEmptyString()));
        if (const Node start = field(o, root, "start"); !start.isNull()) {
            s.localStart = QDateTime::fromString(start.string(), Qt::ISODate);
            if (!s.localStart.isValid())
                fail(start.path(), QStringLiteral("'%1' is not a local date and time like 2026-11-23T00:00").arg(start.string()));
        }
        const Node entries = field(o, root, "entries");
        json::forEach<Entry>(entries, entry, s.entries);
        if (s.entries.isEmpty())
            fail(entries.path(), QStringLiteral("a scenario needs at least one entry"));
        s.agents = behaviour(field(o, root, "agents"));
        return s;
    });
}

}  // namespace baton::sim
