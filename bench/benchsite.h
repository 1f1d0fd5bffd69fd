#pragma once
// The benchmark site, shared by baton-bench and baton-bench-journal: `agents` agents in
// max(2, agents/25) groups (so 5,000 agents make 200 groups), one rule per group by business
// "g<k>", each agent in two neighbouring groups with a random proficiency, voice capacity 1.

#include "siteconfig.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

inline baton::core::SiteConfig benchSiteConfig(int agents)
{
    using namespace baton::core;
    const int groups = std::max(2, agents / 25);
    SiteConfig config;
    config.name = QStringLiteral("bench");
    config.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    for (int g = 0; g < groups; ++g) {
        SkillGroupConfig gc;
        gc.id = GroupId(QStringLiteral("g%1").arg(g));
        gc.name = gc.id.value();
        gc.strategy = static_cast<SelectionStrategy>(g % 4);
        gc.overflow = {OverflowStep{GroupId(QStringLiteral("g%1").arg((g + 1) % groups)), std::chrono::seconds(600)}};
        gc.alertWait = std::chrono::hours(10);
        config.groups.append(gc);
        Rule r;
        r.id = QStringLiteral("r%1").arg(g);
        r.match.businesses = {gc.id.value()};
        r.action.targets = {gc.id};
        config.rules.append(r);
    }
    config.defaultRoute.targets = {config.groups.first().id};
    QRandomGenerator rng(42);
    for (int a = 0; a < agents; ++a) {
        AgentConfig ac;
        ac.id = AgentId(QStringLiteral("a%1").arg(a));
        ac.name = ac.id.value();
        ac.groups = {Membership{GroupId(QStringLiteral("g%1").arg(a % groups)), 1 + int(rng.bounded(10))},
                     Membership{GroupId(QStringLiteral("g%1").arg((a + 1) % groups)), 1 + int(rng.bounded(10))}};
        ac.capacity[static_cast<std::size_t>(Channel::Voice)] = 1;
        config.agents.append(ac);
    }
    return config;
}
