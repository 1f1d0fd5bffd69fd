#pragma once
// DemoRun: a short, readable day at the demo site on virtual time. Customers arrive with
// businesses, levels and histories; simulated agents accept, decline, talk and wrap up; every
// routing decision is printed with its trace.

#include "clock.h"
#include "events.h"
#include "router.h"
#include "demotraffic.h"
#include "scenario.h"
#include "virtualtime.h"

#include <QRandomGenerator>
#include <QTextStream>

#include <map>
#include <memory>

namespace baton::simulator {

struct DemoOptions {
    int contacts = 24;
    quint32 seed = 1;
    QDateTime startUtc;  // the virtual clock's start
    double speed = 0;    // virtual seconds per real second; 0 = as fast as possible
};

class DemoRun final : public core::EventSink {
public:
    DemoRun(core::SiteConfig config, sim::Scenario scenario, sim::Corpus corpus, DemoOptions options, QTextStream &out);
    ~DemoRun() override;

    // Runs until every contact is gone; returns the process exit code.
    int run();

    void onEvent(const core::Event &event) override;

private:
    struct Caller {
        QString name;
        QString level;
        QString business;
        core::Channel channel;
    };
    void runPaced();
    void schedule(core::Duration after, sim::VirtualTime::Action action) { m_time.after(after, std::move(action)); }
    void arrive(int index);
    void printStatistics();
    QString stamp() const;
    QString agentName(const core::AgentId &id) const;
    QString groupName(const core::GroupId &id) const;
    QString callerOf(core::ContactId id) const;

    core::SiteConfig m_config;
    sim::Scenario m_scenario;
    DemoOptions m_options;
    sim::DemoTraffic m_traffic;
    QTextStream &m_out;
    core::ManualClock m_clock;
    std::unique_ptr<core::Router> m_router;
    QRandomGenerator m_rng;
    std::map<core::ContactId, Caller> m_callers;
    sim::VirtualTime m_time;
};

}  // namespace baton::simulator
