#include "demorun.h"

#include <QRandomGenerator>
#include <QThread>

namespace baton::simulator {

using namespace baton::core;
using namespace std::chrono_literals;

namespace {

QString seconds(Duration d) { return QString::number(wholeSeconds(d)); }

// 138****5678: never print a whole phone number.
QString masked(const QString &e164)
{
    const QString national = e164.startsWith(QLatin1String("+86")) ? e164.mid(3) : e164;
    if (national.size() < 8)
        return QStringLiteral("****");
    return national.left(3) + QStringLiteral("****") + national.right(4);
}

}  // namespace

DemoRun::DemoRun(SiteConfig config, sim::Scenario scenario, sim::Corpus corpus, DemoOptions options, QTextStream &out)
    : m_config(std::move(config))
    , m_scenario(std::move(scenario))
    , m_options(std::move(options))
    , m_traffic(std::move(corpus), m_options.seed)
    , m_out(out)
    , m_clock(m_options.startUtc)
    , m_rng(m_options.seed)
    , m_time(m_clock)
{
    m_router = std::move(Router::create(m_clock, m_config).value());
    m_router->setEventSink(this);
    m_time.setRouter(m_router.get());
}

DemoRun::~DemoRun() = default;

QString DemoRun::stamp() const
{
    return m_clock.utcNow().toTimeZone(m_config.timeZone).toString(QStringLiteral("HH:mm:ss"));
}

QString DemoRun::agentName(const AgentId &id) const
{
    const auto *a = m_config.agent(id);
    return a ? a->name : id.value();
}

QString DemoRun::groupName(const GroupId &id) const
{
    const auto *g = m_config.group(id);
    return g ? g->name : id.value();
}

QString DemoRun::callerOf(ContactId id) const
{
    const auto it = m_callers.find(id);
    return it == m_callers.end() ? QStringLiteral("#%1").arg(id.value())
                                 : QStringLiteral("#%1 %2").arg(id.value()).arg(it->second.name);
}

void DemoRun::arrive(int index)
{
    // An entry in proportion to its arrival rate at this local hour.
    const int hour = m_clock.utcNow().toTimeZone(m_config.timeZone).time().hour();
    double total = 0;
    for (const auto &e : m_scenario.entries)
        total += e.hourlyRate[static_cast<std::size_t>(hour)];
    double x = m_rng.generateDouble() * total;
    const sim::Entry *entry = &m_scenario.entries.first();
    for (const auto &e : m_scenario.entries) {
        if (x < e.hourlyRate[static_cast<std::size_t>(hour)]) {
            entry = &e;
            break;
        }
        x -= e.hourlyRate[static_cast<std::size_t>(hour)];
    }
    sim::DemoContact d = m_traffic.next(*entry);
    ContactRequest &r = d.request;
    const auto agents = m_router->agents();
    const QString level = r.customer.attributes.value(QStringLiteral("level"));
    if (level == QLatin1String("diamond") || level == QLatin1String("platinum"))
        r.customer.dedicatedAgent = agents[static_cast<qsizetype>(qHash(r.customer.id) % static_cast<size_t>(agents.size()))];
    if (m_rng.bounded(3) == 0) {
        r.history.lastAgent = agents[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(agents.size())))];
        r.history.lastServedUtc = m_clock.utcNow().addDays(-static_cast<int>(m_rng.bounded(40)));
    }

    const ContactId id(static_cast<std::uint64_t>(index + 1));
    m_callers[id] = Caller{r.customer.name, level, r.business, r.channel};
    m_out << QStringLiteral("[%1] %2 %3 %4 (%5) · %6 · %7%8\n")
                 .arg(stamp(), r.channel == Channel::Voice ? QStringLiteral("☎") : QStringLiteral("💬"), r.customer.name,
                      masked(d.phone), level, entry->name, channelName(r.channel),
                      d.identityVerified ? QStringLiteral(" · identity verified") : QStringLiteral(" · identity not verified"));
    if (!d.ivrPath.isEmpty())
        m_out << QStringLiteral("           IVR: %1\n").arg(d.ivrPath.join(QStringLiteral(" → ")));
    if (d.transcript.size() > 1)
        m_out << QStringLiteral("           said: %1\n").arg(d.transcript[1]);
    if (!d.keywords.isEmpty())
        m_out << QStringLiteral("           keywords: %1\n").arg(d.keywords.join(QStringLiteral("、")));
    const auto outcome = m_router->contactArrived(std::move(r));
    if (outcome && outcome->outcome == RoutingPlan::Outcome::Queue) {
        // Patience: most wait, some give up.
        const Duration patience = std::chrono::seconds(40 + m_rng.bounded(400));
        schedule(patience, [this, id] {
            if (m_router->queueStatus(id))
                (void)m_router->abandon(id);
        });
    }
}

void DemoRun::onEvent(const Event &event)
{
    const QString t = stamp();
    if (const auto *e = std::get_if<ContactQueued>(&event)) {
        m_out << QStringLiteral("           → %1 queued in %2 at VIP %3, told position %4, estimated wait %5\n"
                                "             trace: %6\n")
                     .arg(callerOf(e->contact), groupName(e->group)).arg(e->vipLevel).arg(e->position)
                     .arg(e->estimatedWait ? seconds(*e->estimatedWait) + QStringLiteral(" s") : QStringLiteral("unknown"),
                          e->trace.toText());
    } else if (const auto *e = std::get_if<ContactSentToBot>(&event)) {
        m_out << QStringLiteral("           → %1 to the bot: %2\n").arg(callerOf(e->contact), e->trace.toText());
    } else if (const auto *e = std::get_if<ContactAfterHours>(&event)) {
        m_out << QStringLiteral("           → %1 after hours (%2): %3\n").arg(callerOf(e->contact), fallbackActionName(e->action), e->message);
    } else if (const auto *e = std::get_if<OfferMade>(&event)) {
        m_out << QStringLiteral("[%1]   offer %2 → %3 (%4), waited %5 s\n")
                     .arg(t, callerOf(e->contact), agentName(e->agent), groupName(e->group), seconds(e->waited));
        const AgentId agent = e->agent;
        const ContactId contact = e->contact;
        const int dice = static_cast<int>(m_rng.bounded(20));
        if (dice == 0) {
            schedule(3s, [this, agent, contact] { (void)m_router->decline(agent, contact, QStringLiteral("busy with a callback")); });
        } else if (dice > 1) {  // dice == 1: the agent lets it time out
            schedule(std::chrono::seconds(2 + m_rng.bounded(6)), [this, agent, contact] { (void)m_router->accept(agent, contact); });
        }
    } else if (const auto *e = std::get_if<OfferEnded>(&event)) {
        static const char *const kHow[] = {"declined", "timed out", "withdrawn"};
        m_out << QStringLiteral("[%1]   %2 %3 the offer of %4%5\n")
                     .arg(t, agentName(e->agent), QLatin1String(kHow[static_cast<int>(e->how)]), callerOf(e->contact),
                          e->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e->reason));
    } else if (const auto *e = std::get_if<ContactRouted>(&event)) {
        m_out << QStringLiteral("[%1] ✔ %2 connected to %3 after %4 s\n             decision: %5\n")
                     .arg(t, callerOf(e->contact), agentName(e->agent), seconds(e->waited), e->trace.toText());
        const ContactId contact = e->contact;
        schedule(std::chrono::seconds(60 + m_rng.bounded(240)), [this, contact] { (void)m_router->endContact(contact); });
    } else if (const auto *e = std::get_if<ContactAbandoned>(&event)) {
        m_out << QStringLiteral("[%1] ✘ %2 hung up after %3 s in %4\n").arg(t, callerOf(e->contact), seconds(e->waited), groupName(e->group));
    } else if (const auto *e = std::get_if<ContactOverflowed>(&event)) {
        m_out << QStringLiteral("[%1]   %2 overflowed from %3 to %4 after %5 s\n")
                     .arg(t, callerOf(e->contact), groupName(e->fromGroup),
                          e->toGroup ? groupName(*e->toGroup) : fallbackActionName(*e->action), seconds(e->waited));
    } else if (const auto *e = std::get_if<AgentStateChanged>(&event)) {
        if (e->to == AgentState::NotReady && e->reason == QLatin1String("missed offer")) {
            m_out << QStringLiteral("[%1]   %2 is now not ready (missed offer)\n").arg(t, agentName(e->agent));
            const AgentId agent = e->agent;
            schedule(30s, [this, agent] { (void)m_router->setPresence(agent, Presence::Ready); });
        }
    } else if (const auto *e = std::get_if<AlertRaised>(&event)) {
        m_out << QStringLiteral("[%1] ⚠ alert: %2 has waited %3 s in %4\n").arg(t, callerOf(e->contact), seconds(e->waited), groupName(e->group));
    }
}

int DemoRun::run()
{
    m_out << QStringLiteral("Baton routing demo — %1, %2 contacts, seed %3\n\n")
                 .arg(m_config.name).arg(m_options.contacts).arg(m_options.seed);
    // Most agents start ready; a few are on a break or not in yet.
    int i = 0;
    for (const AgentId &a : m_router->agents()) {
        if (i % 5 == 4)
            (void)m_router->setPresence(a, Presence::NotReady, QStringLiteral("break"));
        else if (i % 7 != 6)
            (void)m_router->setPresence(a, Presence::Ready);
        ++i;
    }
    Duration at{0};
    for (int c = 0; c < m_options.contacts; ++c) {
        at += std::chrono::seconds(2 + m_rng.bounded(20));
        schedule(at, [this, c] { arrive(c); });
    }
    // Until every contact has gone (the router's own timers, such as alerts far ahead, are
    // not waited for once nothing else is pending).
    if (m_options.speed > 0) {
        runPaced();
    } else {
        while (!m_time.idle())
            m_time.runUntil(m_clock.now() + std::chrono::hours(1));
    }
    printStatistics();
    return 0;
}

void DemoRun::runPaced()
{
    constexpr int kTickMs = 100;
    const Duration perTick(static_cast<Duration::rep>(kTickMs * m_options.speed));
    while (!m_time.idle()) {
        m_time.runUntil(m_clock.now() + perTick);
        m_out.flush();
        QThread::msleep(kTickMs);
    }
}

void DemoRun::printStatistics()
{
    m_out << QStringLiteral("\nGroup statistics\n%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("group"), -12).arg(QStringLiteral("entered"), 8).arg(QStringLiteral("answered"), 9)
                 .arg(QStringLiteral("abandoned"), 10).arg(QStringLiteral("SL"), 6).arg(QStringLiteral("ASA s"), 6);
    for (const GroupId &g : m_router->groups()) {
        const auto s = m_router->groupStatistics(g);
        const QString sl = s->serviceLevel() ? QString::number(*s->serviceLevel() * 100, 'f', 0) + QLatin1Char('%') : QStringLiteral("–");
        const QString asa = s->averageSpeedOfAnswer() ? seconds(*s->averageSpeedOfAnswer()) : QStringLiteral("–");
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(s->name, -12).arg(s->entered, 8).arg(s->answered, 9)
                     .arg(s->abandoned, 10).arg(sl, 6).arg(asa, 6);
    }
    m_out.flush();
}

}  // namespace baton::simulator
