// Routing-core benchmarks at 50 and 5,000 agents. The argument is the number of agents; the
// site scales with it: max(2, agents/25) groups and 2 × agents waiting contacts, so the 5,000
// case is 200 groups and 10,000 waiting contacts. Each benchmark times one operation with
// manual timing; the work that keeps the queue at a steady size is not counted. Counters p50_us
// and p99_us are the median and 99th percentile of the single-operation times.
#include "benchsite.h"
#include "router.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace baton::core;

namespace {

class NullSink final : public EventSink {
public:
    void onEvent(const Event &e) override { benchmark::DoNotOptimize(&e); }
};

struct Site {
    explicit Site(int agents)
    {
        const int groups = std::max(2, agents / 25);
        const SiteConfig config = benchSiteConfig(agents);
        groupCount = groups;
        router = std::move(Router::create(clock, config).value());
        router->setEventSink(&sink);
        for (const AgentId &a : router->agents())
            (void)router->setPresence(a, Presence::Ready);
        // Every agent busy, then 2 × agents contacts waiting.
        for (int round = 0; round < 20 && busy.size() < static_cast<std::size_t>(agents); ++round) {
            for (const AgentId &a : router->agents()) {
                if (router->agentStatus(a)->state == AgentState::Available)
                    arrive(router->agentStatus(a)->groups.first().group.value());
            }
            for (const AgentId &a : router->agents()) {
                const auto s = router->agentStatus(a);
                if (s->offered.isValid() && router->accept(a, s->offered).ok())
                    busy.push_back({a, s->offered});
                tick();
            }
        }
        for (int i = 0; i < 2 * agents; ++i)
            waiting.push_back(arrive());
    }

    ContactId arrive(const QString &group = {})
    {
        ContactRequest r;
        r.business = group.isEmpty() ? QStringLiteral("g%1").arg(rng.bounded(groupCount)) : group;
        r.customer.attributes.insert(QStringLiteral("level"), QString::number(rng.bounded(11)));
        return router->contactArrived(std::move(r))->contact;
    }
    void tick() { clock.advance(std::chrono::milliseconds(1)); }

    ManualClock clock;
    NullSink sink;
    std::unique_ptr<Router> router;
    QRandomGenerator rng{7};
    int groupCount = 0;
    std::vector<std::pair<AgentId, ContactId>> busy;  // each agent and the contact it handles
    std::vector<ContactId> waiting;
};

template <typename F>
double timeIt(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void report(benchmark::State &state, std::vector<double> &samples)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    state.counters["p50_us"] = samples[samples.size() / 2] * 1e6;
    state.counters["p99_us"] = samples[samples.size() * 99 / 100] * 1e6;
}

// A busy agent ends its call (not timed) and leaves wrap-up (timed): the router picks the best
// waiting contact for it across its groups and offers it. Then accept (timed) and a new arrival
// (not timed) keep the queue's size.
enum class Measure { FinishWrapUp, Accept };

void cycle(benchmark::State &state, Measure measure)
{
    Site site(static_cast<int>(state.range(0)));
    std::vector<double> samples;
    std::size_t next = 0;
    for (auto _ : state) {
        auto &[agent, contact] = site.busy[next++ % site.busy.size()];
        site.tick();
        (void)site.router->endContact(contact);
        const double wrap = timeIt([&] { benchmark::DoNotOptimize(site.router->finishWrapUp(agent, contact)); });
        ContactId offered = site.router->agentStatus(agent)->offered;
        if (!offered.isValid()) {  // its groups ran dry: give it one (the arrival is offered at once)
            site.arrive(site.router->agentStatus(agent)->groups.first().group.value());
            offered = site.router->agentStatus(agent)->offered;
        }
        const double accept = timeIt([&] { benchmark::DoNotOptimize(site.router->accept(agent, offered)); });
        contact = offered;
        site.arrive(site.router->agentStatus(agent)->groups.first().group.value());
        const double t = measure == Measure::FinishWrapUp ? wrap : accept;
        state.SetIterationTime(t);
        samples.push_back(t);
    }
    report(state, samples);
}

void BM_FinishWrapUp(benchmark::State &state) { cycle(state, Measure::FinishWrapUp); }
void BM_Accept(benchmark::State &state) { cycle(state, Measure::Accept); }

// A new contact arrives while every agent is busy: rules, VIP level, queue insertion, told
// position and estimated wait. It then abandons (not timed) to keep the queue's size.
void BM_RouteContact(benchmark::State &state)
{
    Site site(static_cast<int>(state.range(0)));
    std::vector<double> samples;
    for (auto _ : state) {
        site.tick();
        ContactId c;
        const double t = timeIt([&] { c = site.arrive(); });
        (void)site.router->abandon(c);
        state.SetIterationTime(t);
        samples.push_back(t);
    }
    report(state, samples);
}

// The told position, true position and estimated wait of a random waiting contact.
void BM_QueuePosition(benchmark::State &state)
{
    Site site(static_cast<int>(state.range(0)));
    std::vector<double> samples;
    QRandomGenerator rng(3);
    for (auto _ : state) {
        const ContactId c = site.waiting[rng.bounded(static_cast<quint32>(site.waiting.size()))];
        const double t = timeIt([&] { benchmark::DoNotOptimize(site.router->queueStatus(c)); });
        state.SetIterationTime(t);
        samples.push_back(t);
    }
    report(state, samples);
}

}  // namespace

BENCHMARK(BM_RouteContact)->Arg(50)->Arg(5000)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Accept)->Arg(50)->Arg(5000)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FinishWrapUp)->Arg(50)->Arg(5000)->UseManualTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QueuePosition)->Arg(50)->Arg(5000)->UseManualTime()->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
