#pragma once
// SiteSimulation: a whole site — its configuration, rules, groups and agents — under a
// scenario's traffic, through the real routing core on virtual time.

#include "mmcsimulation.h"
#include "scenario.h"
#include "siteconfig.h"

#include <QList>

namespace baton::sim {

struct GroupFigures {
    core::GroupId id;
    QString name;
    long long offered = 0;         // contacts that queued with this home group
    long long answered = 0;
    long long abandoned = 0;
    long long overflowedOut = 0;   // left at maximum wait
    double serviceLevel = 0;       // answered within the group's threshold ÷ offered (finished)
    double asaSeconds = 0;         // mean wait of the answered
    double occupancy = 0;          // members' busy (offered, talking, wrap-up) time ÷ their staffed time
    double longestWaitSeconds = 0;
    double worstLevel0WaitSeconds = 0;  // the longest any level-0 contact waited (starvation)
    WaitAccuracy accuracy;
};

struct SiteRunResult {
    long long contacts = 0;
    long long toBot = 0;
    long long afterHours = 0;
    QList<GroupFigures> groups;
    double worstLevel0WaitSeconds = 0;  // the longest any level-0 contact waited (starvation)
    WaitAccuracy accuracy;              // all groups together
    double wallSeconds = 0;
};

struct SiteRunOptions {
    double hours = 24;
    quint32 seed = 1;
};

class SiteSimulation {
public:
    static core::Result<SiteRunResult> run(const core::SiteConfig &site, const Scenario &scenario, const SiteRunOptions &options);
};

}  // namespace baton::sim
