#include "mmcsimulation.h"

#include "router.h"
#include "virtualtime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <cmath>
#include <unordered_map>

namespace baton::sim {

using namespace baton::core;

namespace {

Duration seconds(double s) { return Duration(static_cast<Duration::rep>(std::llround(s * 1000.0))); }
double toSeconds(Duration d) { return static_cast<double>(d.count()) / 1000.0; }

struct ErrorTally {
    long long n = 0;
    double actual = 0;
    double batonSquared = 0;
    double baselineSquared = 0;

    WaitAccuracy accuracy() const
    {
        if (n == 0 || actual <= 0)
            return {};
        const double mean = actual / static_cast<double>(n);
        return {n, std::sqrt(batonSquared / static_cast<double>(n)) / mean, std::sqrt(baselineSquared / static_cast<double>(n)) / mean};
    }
};

struct Tally {
    long long arrivals = 0;
    long long waited = 0;
    long long answeredInTime = 0;
    long long abandoned = 0;
    double waitSeconds = 0;
    double busySeconds = 0;

    QueueModelFigures figures(double load, int agents, double hours, bool withPatience) const
    {
        QueueModelFigures f;
        f.offeredLoad = load;
        const double n = static_cast<double>(std::max<long long>(arrivals, 1));
        f.probabilityOfWaiting = static_cast<double>(waited) / n;
        f.averageSpeedOfAnswer = waitSeconds / n;
        f.serviceLevel = static_cast<double>(answeredInTime) / n;
        f.occupancy = busySeconds / (agents * hours * 3600.0);
        if (withPatience)
            f.probabilityOfAbandoning = static_cast<double>(abandoned) / n;
        return f;
    }
};

SiteConfig singleGroup(const MmcParameters &p)
{
    SiteConfig config;
    config.name = QStringLiteral("M/M/c");
    SkillGroupConfig g;
    g.id = GroupId(QStringLiteral("g"));
    g.name = g.id.value();
    g.wrapUp = Duration::zero();
    g.alertWait = std::chrono::hours(24 * 365);
    g.serviceLevelThreshold = std::max(seconds(p.targetSeconds), Duration(1));
    g.expectedHandleTime = seconds(p.handleSeconds);
    config.groups = {g};
    config.defaultRoute.targets = {g.id};
    for (int i = 0; i < p.agents; ++i) {
        AgentConfig a;
        a.id = AgentId(QStringLiteral("a%1").arg(i));
        a.name = a.id.value();
        a.groups = {Membership{g.id, 5}};
        a.capacity[static_cast<std::size_t>(Channel::Voice)] = 1;
        config.agents.append(a);
    }
    return config;
}

// One run: Poisson arrivals, agents who answer at once, exponential handle times and patience.
// Every outcome is credited to the batch of the contact's arrival time.
class MmcRun final : public EventSink {
public:
    MmcRun(const MmcParameters &p, Router &router, ManualClock &clock)
        : m_p(p), m_router(router), m_clock(clock), m_time(clock), m_rng(p.seed)
        , m_warm(clock.now() + seconds(p.warmupHours * 3600)), m_end(clock.now() + seconds(p.hours * 3600))
        , m_batchLength(seconds((p.hours - p.warmupHours) * 3600 / p.batches))
        , m_target(seconds(p.targetSeconds)), m_batches(static_cast<std::size_t>(p.batches))
    {
        m_time.setRouter(&router);
        router.setEventSink(this);
    }

    void run()
    {
        for (const AgentId &a : m_router.agents())
            (void)m_router.setPresence(a, Presence::Ready);
        m_time.after(exponential(3600.0 / m_p.arrivalsPerHour), [this] { arrive(); });
        m_time.runUntil(m_end);
        for (auto it = m_busySince.cbegin(); it != m_busySince.cend(); ++it)
            m_total.busySeconds += clipped(it.value(), m_end);
    }

    const Tally &total() const { return m_total; }
    const ErrorTally &errors() const { return m_errors; }
    const std::vector<Tally> &batches() const { return m_batches; }

    void onEvent(const Event &e) override
    {
        if (const auto *queued = std::get_if<ContactQueued>(&e)) {
            // What the customer is told on arrival, by both estimators.
            const auto status = m_router.queueStatus(queued->contact);
            if (queued->estimatedWait && status && status->baselineWait)
                m_told.insert(queued->contact.value(), {*queued->estimatedWait, *status->baselineWait});
        } else if (const auto *offer = std::get_if<OfferMade>(&e)) {
            const AgentId agent = offer->agent;
            const ContactId contact = offer->contact;
            m_time.after(Duration::zero(), [this, agent, contact] { (void)m_router.accept(agent, contact); });
        } else if (const auto *routed = std::get_if<ContactRouted>(&e)) {
            credit(routed->contact, routed->waited, true);
            const ContactId contact = routed->contact;
            m_time.after(m_handle.take(contact.value()), [this, contact] { (void)m_router.endContact(contact); });
        } else if (const auto *gone = std::get_if<ContactAbandoned>(&e)) {
            credit(gone->contact, gone->waited, false);
            m_handle.remove(gone->contact.value());
        } else if (const auto *s = std::get_if<AgentStateChanged>(&e)) {
            if (s->to == AgentState::Busy)
                m_busySince.insert(s->agent.value(), m_clock.now());
            else if (s->from == AgentState::Busy)
                m_total.busySeconds += clipped(m_busySince.take(s->agent.value()), m_clock.now());
        }
    }

private:
    Duration exponential(double meanSeconds)
    {
        const double u = 1.0 - m_rng.generateDouble();  // (0, 1]
        return seconds(-std::log(u) * meanSeconds);
    }

    Tally *batchOf(TimePoint t)
    {
        if (t < m_warm || t >= m_end)
            return nullptr;
        const auto i = static_cast<std::size_t>((t - m_warm) / m_batchLength);
        return &m_batches[std::min(i, m_batches.size() - 1)];
    }

    double clipped(TimePoint from, TimePoint to) const
    {
        const TimePoint lo = std::max(from, m_warm);
        const TimePoint hi = std::min(to, m_end);
        return hi > lo ? toSeconds(hi - lo) : 0.0;
    }

    void arrive()
    {
        const TimePoint now = m_clock.now();
        const Duration handle = exponential(m_p.handleSeconds);
        const Duration patience = m_p.patienceSeconds ? exponential(*m_p.patienceSeconds) : Duration::zero();
        const ContactId id = m_router.contactArrived(ContactRequest{})->contact;
        m_arrivals.insert(id.value(), now);
        m_handle.insert(id.value(), handle);
        if (Tally *b = batchOf(now)) {
            ++b->arrivals;
            ++m_total.arrivals;
        }
        if (m_p.patienceSeconds) {
            m_time.after(patience, [this, id] {
                if (m_router.queueStatus(id))
                    (void)m_router.abandon(id);
            });
        }
        const Duration gap = exponential(3600.0 / m_p.arrivalsPerHour);
        if (now + gap < m_end)
            m_time.after(gap, [this] { arrive(); });
    }

    void credit(ContactId id, Duration waited, bool answered)
    {
        const auto it = m_arrivals.find(id.value());
        if (it == m_arrivals.end())
            return;
        const auto told = m_told.find(id.value());
        if (told != m_told.end()) {
            if (answered && waited > Duration::zero() && batchOf(it.value())) {
                const double actual = toSeconds(waited);
                ++m_errors.n;
                m_errors.actual += actual;
                m_errors.batonSquared += std::pow(toSeconds(told->first) - actual, 2);
                m_errors.baselineSquared += std::pow(toSeconds(told->second) - actual, 2);
            }
            m_told.erase(told);
        }
        if (Tally *b = batchOf(it.value())) {
            for (Tally *t : {b, &m_total}) {
                t->waitSeconds += toSeconds(waited);
                t->waited += waited > Duration::zero() ? 1 : 0;
                t->answeredInTime += answered && waited <= m_target ? 1 : 0;
                t->abandoned += answered ? 0 : 1;
            }
        }
        m_arrivals.erase(it);
    }

    const MmcParameters &m_p;
    Router &m_router;
    ManualClock &m_clock;
    VirtualTime m_time;
    QRandomGenerator m_rng;
    const TimePoint m_warm;
    const TimePoint m_end;
    const Duration m_batchLength;
    const Duration m_target;
    std::vector<Tally> m_batches;
    Tally m_total;
    QHash<std::uint64_t, TimePoint> m_arrivals;  // waiting contacts
    QHash<std::uint64_t, Duration> m_handle;     // drawn at arrival, used when answered
    QHash<QString, TimePoint> m_busySince;
    QHash<std::uint64_t, std::pair<Duration, Duration>> m_told;  // Baton's and the baseline's estimate
    ErrorTally m_errors;
};

}  // namespace

Result<MmcResult> MmcSimulation::run(const MmcParameters &p)
{
    const QueueModelInput check{p.arrivalsPerHour, p.handleSeconds, p.agents, p.targetSeconds, p.patienceSeconds};
    if (auto r = p.patienceSeconds ? Erlang::a(check) : Erlang::c(check); !r)
        return r.error();
    if (!(p.hours > 0) || p.hours > 1e6 || !(p.warmupHours >= 0) || p.warmupHours >= p.hours)
        return Error::invalid(QStringLiteral("hours"), QStringLiteral("hours must be positive (at most 1,000,000) and longer than the warm-up"));
    if (p.batches < 1 || p.batches > 1000)
        return Error::invalid(QStringLiteral("batches"), QStringLiteral("batches must be 1–1000"));

    ManualClock clock;
    auto router = Router::create(clock, singleGroup(p));
    if (!router)
        return router.error();
    MmcRun run(p, *router.value(), clock);
    QElapsedTimer wall;
    wall.start();
    run.run();

    MmcResult result;
    const double load = p.arrivalsPerHour / 3600.0 * p.handleSeconds;
    const double counted = p.hours - p.warmupHours;
    result.figures = run.total().figures(load, p.agents, counted, p.patienceSeconds.has_value());
    for (const Tally &b : run.batches())
        result.batches.push_back(b.figures(load, p.agents, counted / p.batches, p.patienceSeconds.has_value()));
    result.arrivals = run.total().arrivals;
    result.accuracy = run.errors().accuracy();
    result.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    return result;
}

}  // namespace baton::sim
