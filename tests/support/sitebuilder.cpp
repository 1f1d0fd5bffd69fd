#include "sitebuilder.h"

#include <QTest>

namespace baton::test {

using namespace baton::core;

SiteBuilder::SiteBuilder()
{
    m_config.name = QStringLiteral("test site");
    m_config.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    m_config.offers.acceptTimeout = std::chrono::seconds(15);
}

SiteBuilder &SiteBuilder::group(const QString &id, SelectionStrategy strategy)
{
    SkillGroupConfig g;
    g.id = GroupId(id);
    g.name = id;
    g.strategy = strategy;
    g.wrapUp = Duration::zero();
    m_config.groups.append(g);
    if (m_config.defaultRoute.targets.isEmpty())
        m_config.defaultRoute.targets = {g.id};
    return *this;
}

SiteBuilder &SiteBuilder::overflow(const QString &to, int afterSeconds)
{
    m_config.groups.last().overflow.append(OverflowStep{GroupId(to), std::chrono::seconds(afterSeconds)});
    return *this;
}

SiteBuilder &SiteBuilder::maxWait(int seconds, FallbackAction action)
{
    m_config.groups.last().maxWait = std::chrono::seconds(seconds);
    m_config.groups.last().maxWaitAction = action;
    return *this;
}

SiteBuilder &SiteBuilder::wrapUp(int seconds)
{
    m_config.groups.last().wrapUp = std::chrono::seconds(seconds);
    return *this;
}

SiteBuilder &SiteBuilder::alertAfter(int seconds)
{
    m_config.groups.last().alertWait = std::chrono::seconds(seconds);
    return *this;
}

SiteBuilder &SiteBuilder::serviceLevel(int seconds, double target)
{
    m_config.groups.last().serviceLevelThreshold = std::chrono::seconds(seconds);
    m_config.groups.last().serviceLevelTarget = target;
    return *this;
}

SiteBuilder &SiteBuilder::agent(const QString &id, std::initializer_list<const char *> groups, int voice, int chat)
{
    AgentConfig a;
    a.id = AgentId(id);
    a.name = id;
    for (const char *g : groups) {
        const QString spec = QString::fromUtf8(g);
        const auto parts = spec.split(QLatin1Char(':'));
        a.groups.append(Membership{GroupId(parts[0]), parts.size() > 1 ? parts[1].toInt() : 5});
    }
    a.capacity[static_cast<std::size_t>(Channel::Voice)] = voice;
    a.capacity[static_cast<std::size_t>(Channel::Chat)] = chat;
    m_config.agents.append(a);
    return *this;
}

SiteBuilder &SiteBuilder::rule(Rule rule)
{
    m_config.rules.append(std::move(rule));
    return *this;
}

SiteBuilder &SiteBuilder::aging(int stepSeconds, int maxLevel)
{
    m_config.vip.aging = AgingPolicy{true, std::chrono::seconds(stepSeconds), maxLevel};
    return *this;
}

SiteBuilder &SiteBuilder::acceptTimeout(int seconds, bool notReadyOnTimeout, bool notReadyOnDecline)
{
    m_config.offers = OfferPolicy{std::chrono::seconds(seconds), notReadyOnTimeout, notReadyOnDecline};
    return *this;
}

SiteBuilder &SiteBuilder::precedence(int dedicatedWait, int lastAgentWait, int badRatingMax)
{
    m_config.precedence.dedicatedWait = std::chrono::seconds(dedicatedWait);
    m_config.precedence.lastAgentWait = std::chrono::seconds(lastAgentWait);
    m_config.precedence.badRatingMax = badRatingMax;
    return *this;
}

RouterHarness::RouterHarness(SiteConfig config)
{
    auto created = Router::create(clock, std::move(config));
    if (!created)
        qFatal("test site is invalid: %s", qPrintable(created.error().toString()));
    router = std::move(created.value());
    router->setEventSink(&events);
}

void RouterHarness::advance(int seconds) { advanceMs(qint64(seconds) * 1000); }

void RouterHarness::advanceMs(qint64 ms) { advanceRouter(*router, clock, Duration(ms)); }

void advanceRouter(Router &router, ManualClock &clock, Duration by)
{
    // Step through every deadline so timers fire at their own time, as a host would.
    const TimePoint end = clock.now() + by;
    while (true) {
        const auto next = router.nextDeadline();
        if (!next || *next > end)
            break;
        clock.setNow(std::max(clock.now(), *next));
        router.advance();
    }
    clock.setNow(end);
    router.advance();
}

void RouterHarness::login(const QString &agent, bool ready)
{
    const auto s = router->setPresence(AgentId(agent), ready ? Presence::Ready : Presence::NotReady, QStringLiteral("login"));
    if (!s)
        qFatal("login failed: %s", qPrintable(s.error().toString()));
}

ContactId RouterHarness::arrive(const QString &business, Channel channel, const QHash<QString, QString> &attributes)
{
    ContactRequest r;
    r.business = business;
    r.channel = channel;
    r.customer.attributes = attributes;
    return arrive(std::move(r));
}

ContactId RouterHarness::arrive(ContactRequest request)
{
    auto outcome = router->contactArrived(std::move(request));
    if (!outcome)
        qFatal("arrival failed: %s", qPrintable(outcome.error().toString()));
    return outcome->contact;
}

ContactId RouterHarness::offeredTo(const QString &agent) const
{
    const auto s = router->agentStatus(AgentId(agent));
    return s ? s->offered : ContactId();
}

AgentState RouterHarness::stateOf(const QString &agent) const
{
    const auto s = router->agentStatus(AgentId(agent));
    return s ? s->state : AgentState::Offline;
}

QString RouterHarness::lastOfferAgent() const
{
    const auto o = events.last<OfferMade>();
    return o ? o->agent.value() : QString();
}

ContactRequest requestAtLevel(int level, Channel channel)
{
    ContactRequest r;
    r.channel = channel;
    r.customer.attributes.insert(QStringLiteral("level"), QString::number(level));
    return r;
}

}  // namespace baton::test
