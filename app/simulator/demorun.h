#pragma once
// DemoRun: a short, readable day at the demo site on virtual time. Customers arrive with
// businesses, levels and histories; simulated agents accept, decline, talk and wrap up; every
// routing decision is printed with its trace.

#include "clock.h"
#include "events.h"
#include "router.h"

#include <QRandomGenerator>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>
#include <queue>

namespace baton::simulator {

struct DemoOptions {
    int contacts = 24;
    quint32 seed = 1;
    QDateTime startUtc;  // the virtual clock's start
};

class DemoRun final : public core::EventSink {
public:
    DemoRun(core::SiteConfig config, DemoOptions options, QTextStream &out);
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
    using Action = std::function<void()>;

    void schedule(core::Duration after, Action action);
    void arrive(int index);
    void printStatistics();
    QString stamp() const;
    QString agentName(const core::AgentId &id) const;
    QString groupName(const core::GroupId &id) const;
    QString callerOf(core::ContactId id) const;

    core::SiteConfig m_config;
    DemoOptions m_options;
    QTextStream &m_out;
    core::ManualClock m_clock;
    std::unique_ptr<core::Router> m_router;
    QRandomGenerator m_rng;
    std::map<core::ContactId, Caller> m_callers;
    struct Pending {
        core::TimePoint at;
        std::uint64_t seq;
        Action action;
    };
    struct Later {
        bool operator()(const Pending &a, const Pending &b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    };
    std::priority_queue<Pending, std::vector<Pending>, Later> m_pending;
    std::uint64_t m_seq = 0;
    int m_open = 0;
};

}  // namespace baton::simulator
