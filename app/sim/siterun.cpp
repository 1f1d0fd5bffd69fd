#include "siterun.h"

#include "router.h"
#include "virtualtime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <cmath>

namespace baton::sim {

using namespace baton::core;

namespace {

Duration seconds(double s) { return Duration(static_cast<Duration::rep>(std::llround(s * 1000.0))); }
double toSeconds(Duration d) { return static_cast<double>(d.count()) / 1000.0; }

constexpr int kCustomers = 5000;       // the population contacts are drawn from: some return
constexpr double kBadRatingRate = 0.03;  // of answered contacts, the customer rates the agent 1★

struct GroupTally {
    long long offered = 0, answered = 0, answeredInTime = 0, abandoned = 0, overflowedOut = 0;
    double waitAnswered = 0, longestWait = 0, worstLevel0 = 0;
    double errN = 0, errActual = 0, errBaton = 0, errBaseline = 0;

    WaitAccuracy accuracy() const
    {
        if (errN == 0 || errActual <= 0)
            return {};
        const double mean = errActual / errN;
        return {static_cast<long long>(errN), std::sqrt(errBaton / errN) / mean, std::sqrt(errBaseline / errN) / mean};
    }
};

class SiteRun final : public EventSink {
public:
    SiteRun(const SiteConfig &site, const Scenario &scenario, const SiteRunOptions &options, ManualClock &clock, Router &router)
        : m_site(site), m_scenario(scenario), m_clock(clock), m_router(router), m_time(clock), m_rng(options.seed)
        , m_end(clock.now() + seconds(options.hours * 3600)), m_groups(site.groups.size()), m_agentTime(router.agents().size())
    {
        m_time.setRouter(&router);
        router.setEventSink(this);
        const auto ids = router.agents();
        for (int i = 0; i < ids.size(); ++i)
            m_agentIndex.insert(ids[i], i);
        for (int i = 0; i < site.groups.size(); ++i)
            m_groupIndex.insert(site.groups[i].id, i);
    }

    void run()
    {
        const auto agents = m_router.agents();
        for (const AgentId &a : agents)
            (void)m_router.setPresence(a, Presence::Ready);
        const AgentBehaviour &b = m_scenario.agents;
        if (b.breakEveryMinutes > 0) {
            for (const AgentId &a : agents)
                scheduleBreak(a, seconds(m_rng.generateDouble() * b.breakEveryMinutes * 60));
        }
        for (int e = 0; e < m_scenario.entries.size(); ++e)
            scheduleArrival(e);
        m_time.runUntil(m_end);
        for (std::size_t i = 0; i < m_agentTime.size(); ++i)
            account(static_cast<int>(i), m_end);
    }

    SiteRunResult result() const
    {
        SiteRunResult r;
        r.contacts = m_contacts;
        r.toBot = m_toBot;
        r.afterHours = m_afterHours;
        r.worstLevel0WaitSeconds = m_worstLevel0;
        GroupTally all;
        for (int g = 0; g < m_site.groups.size(); ++g) {
            const GroupTally &t = m_groups[static_cast<std::size_t>(g)];
            GroupFigures f;
            f.id = m_site.groups[g].id;
            f.name = m_site.groups[g].name;
            f.offered = t.offered;
            f.answered = t.answered;
            f.abandoned = t.abandoned;
            f.overflowedOut = t.overflowedOut;
            const long long finished = t.answered + t.abandoned + t.overflowedOut;
            f.serviceLevel = finished ? static_cast<double>(t.answeredInTime) / static_cast<double>(finished) : 0;
            f.asaSeconds = t.answered ? t.waitAnswered / static_cast<double>(t.answered) : 0;
            f.longestWaitSeconds = t.longestWait;
            f.worstLevel0WaitSeconds = t.worstLevel0;
            f.accuracy = t.accuracy();
            double busy = 0;
            double staffed = 0;
            for (const auto &a : m_site.agents) {
                if (std::any_of(a.groups.begin(), a.groups.end(), [&](const Membership &m) { return m.group == f.id; })) {
                    const auto &time = m_agentTime[static_cast<std::size_t>(m_agentIndex.value(a.id))];
                    busy += time.busy;
                    staffed += time.staffed;
                }
            }
            f.occupancy = staffed > 0 ? busy / staffed : 0;
            r.groups.append(f);
            all.errN += t.errN;
            all.errActual += t.errActual;
            all.errBaton += t.errBaton;
            all.errBaseline += t.errBaseline;
        }
        r.accuracy = all.accuracy();
        return r;
    }

    void onEvent(const Event &e) override
    {
        if (const auto *q = std::get_if<ContactQueued>(&e)) {
            Waiting w{groupOf(q->group), q->vipLevel, m_clock.now(), {}, {}};
            const auto status = m_router.queueStatus(q->contact);
            if (q->estimatedWait && status && status->baselineWait) {
                w.told = *q->estimatedWait;
                w.baseline = *status->baselineWait;
            }
            ++m_groups[static_cast<std::size_t>(w.group)].offered;
            m_waiting.insert(q->contact.value(), w);
        } else if (const auto *o = std::get_if<OfferMade>(&e)) {
            onOffer(o->agent, o->contact);
        } else if (const auto *r = std::get_if<ContactRouted>(&e)) {
            finishWaiting(r->contact, r->waited, Outcome::Answered);
            m_servedBy.insert(r->contact.value(), r->agent);
            const ContactId contact = r->contact;
            m_time.after(m_handle.take(contact.value()), [this, contact] { (void)m_router.endContact(contact); });
        } else if (const auto *a = std::get_if<ContactAbandoned>(&e)) {
            finishWaiting(a->contact, a->waited, Outcome::Abandoned);
            m_handle.remove(a->contact.value());
        } else if (const auto *o = std::get_if<ContactOverflowed>(&e)) {
            if (o->action) {
                finishWaiting(o->contact, o->waited, Outcome::Out);
                m_handle.remove(o->contact.value());
            }
        } else if (const auto *w = std::get_if<WrapUpFinished>(&e)) {
            rememberService(w->contact, w->agent);
        } else if (std::holds_alternative<ContactSentToBot>(e)) {
            ++m_toBot;
        } else if (std::holds_alternative<ContactAfterHours>(e)) {
            ++m_afterHours;
        } else if (const auto *s = std::get_if<AgentStateChanged>(&e)) {
            onStateChanged(*s);
        }
    }

private:
    enum class Outcome { Answered, Abandoned, Out };
    struct Waiting {
        int group;
        int level;
        TimePoint arrival;
        std::optional<Duration> told;
        std::optional<Duration> baseline;
    };
    struct AgentTime {
        AgentState state = AgentState::Offline;
        TimePoint since{};
        double busy = 0;
        double staffed = 0;
    };
    struct History {
        AgentId lastAgent;
        QDateTime lastServed;
        QHash<AgentId, int> worst;
    };

    int groupOf(const GroupId &id) const { return m_groupIndex.value(id, 0); }

    Duration draw(const Distribution &d)
    {
        switch (d.kind) {
        case Distribution::Kind::Fixed: return seconds(d.meanSeconds);
        case Distribution::Kind::Exponential: return seconds(-std::log(1.0 - m_rng.generateDouble()) * d.meanSeconds);
        case Distribution::Kind::LogNormal: {
            const double sigma2 = std::log(1 + d.sdSeconds * d.sdSeconds / (d.meanSeconds * d.meanSeconds));
            const double mu = std::log(d.meanSeconds) - sigma2 / 2;
            const double u1 = 1.0 - m_rng.generateDouble();
            const double u2 = m_rng.generateDouble();
            const double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
            return seconds(std::exp(mu + std::sqrt(sigma2) * z));
        }
        }
        return Duration::zero();
    }

        int localHour(TimePoint t) const
    {
        const QDateTime utc = m_clock.utcNow().addMSecs((t - m_clock.now()).count());
        return utc.toTimeZone(m_site.timeZone).time().hour();
    }

    // Piecewise-constant Poisson arrivals: draw a gap at the current hour's rate; if it crosses
    // into the next hour, restart there (the exponential forgets).
    void scheduleArrival(int e)
    {
        TimePoint t = m_clock.now();
        const Entry &entry = m_scenario.entries[e];
        while (t < m_end) {
            const double rate = entry.hourlyRate[static_cast<std::size_t>(localHour(t))];
            const TimePoint hourEnd = nextHour(t);
            if (rate > 0) {
                const TimePoint at = t + draw(Distribution{Distribution::Kind::Exponential, 3600.0 / rate, 0});
                if (at < hourEnd) {
                    if (at < m_end)
                        m_time.at(at, [this, e] { arrive(e); });
                    return;
                }
            }
            t = hourEnd;
        }
    }

    TimePoint nextHour(TimePoint t) const
    {
        const QDateTime utc = m_clock.utcNow().addMSecs((t - m_clock.now()).count());
        const QDateTime local = utc.toTimeZone(m_site.timeZone);
        const QDateTime next = QDateTime(local.date(), QTime(local.time().hour(), 0), m_site.timeZone).addSecs(3600);
        return t + Duration(utc.msecsTo(next));
    }

    void arrive(int e)
    {
        const Entry &entry = m_scenario.entries[e];
        ContactRequest r = entry.draw(m_rng);
        const int customer = static_cast<int>(m_rng.bounded(kCustomers));
        r.customer.id = CustomerId(QString::number(customer));
        if (const auto it = m_history.constFind(customer); it != m_history.cend()) {
            r.history.lastAgent = it->lastAgent;
            r.history.lastServedUtc = it->lastServed;
            r.history.worstRatings = it->worst;
        }
        const Duration handle = draw(entry.handle);
        const std::optional<Duration> patience = entry.patience ? std::optional(draw(*entry.patience)) : std::nullopt;
        ++m_contacts;
        const auto outcome = m_router.contactArrived(std::move(r));
        if (outcome && outcome->outcome == RoutingPlan::Outcome::Queue) {
            const ContactId id = outcome->contact;
            m_customerOf.insert(id.value(), customer);
            m_handle.insert(id.value(), handle);  // offers are answered later, never within the arrival
            if (patience) {
                m_time.after(*patience, [this, id] {
                    if (m_waiting.contains(id.value()))
                        (void)m_router.abandon(id);
                });
            }
        }
        scheduleArrival(e);
    }

    void onOffer(const AgentId &agent, ContactId contact)
    {
        const AgentBehaviour &b = m_scenario.agents;
        const double dice = m_rng.generateDouble();
        if (dice < b.noAnswerRate)
            return;  // the offer times out
        const Duration delay = seconds(b.answerMinSeconds + m_rng.generateDouble() * (b.answerMaxSeconds - b.answerMinSeconds));
        const bool decline = dice < b.noAnswerRate + b.declineRate;
        m_time.after(delay, [this, agent, contact, decline] {
            if (decline)
                (void)m_router.decline(agent, contact, QStringLiteral("simulated"));
            else
                (void)m_router.accept(agent, contact);
        });
    }

    void onStateChanged(const AgentStateChanged &s)
    {
        const int i = m_agentIndex.value(s.agent, -1);
        if (i < 0)
            return;
        account(i, m_clock.now());
        m_agentTime[static_cast<std::size_t>(i)].state = s.to;
        if (s.to == AgentState::NotReady && s.reason == QLatin1String("missed offer")) {
            const AgentId agent = s.agent;
            m_time.after(seconds(m_scenario.agents.backFromNotReadySeconds), [this, agent] {
                const auto st = m_router.agentStatus(agent);
                if (st && st->presence == Presence::NotReady && st->reason == QLatin1String("missed offer"))
                    (void)m_router.setPresence(agent, Presence::Ready);
            });
        }
    }

    void account(int i, TimePoint now)
    {
        AgentTime &t = m_agentTime[static_cast<std::size_t>(i)];
        const double span = toSeconds(now - t.since);
        if (t.state == AgentState::Offered || t.state == AgentState::Busy || t.state == AgentState::WrapUp)
            t.busy += span;
        if (t.state != AgentState::Offline && t.state != AgentState::NotReady)
            t.staffed += span;
        t.since = now;
    }

    void scheduleBreak(const AgentId &agent, Duration in)
    {
        const AgentBehaviour &b = m_scenario.agents;
        m_time.after(in, [this, agent, b] {
            (void)m_router.setPresence(agent, Presence::NotReady, QStringLiteral("break"));
            m_time.after(seconds(b.breakMinutes * 60), [this, agent, b] {
                const auto st = m_router.agentStatus(agent);
                if (st && st->presence == Presence::NotReady && st->reason == QLatin1String("break"))
                    (void)m_router.setPresence(agent, Presence::Ready);
                scheduleBreak(agent, seconds((b.breakEveryMinutes - b.breakMinutes) * 60));
            });
        });
    }

    void finishWaiting(ContactId id, Duration waited, Outcome outcome)
    {
        const auto it = m_waiting.find(id.value());
        if (it == m_waiting.end())
            return;
        const Waiting w = it.value();
        m_waiting.erase(it);
        GroupTally &t = m_groups[static_cast<std::size_t>(w.group)];
        const double secs = toSeconds(waited);
        t.longestWait = std::max(t.longestWait, secs);
        if (w.level == 0) {
            m_worstLevel0 = std::max(m_worstLevel0, secs);
            t.worstLevel0 = std::max(t.worstLevel0, secs);
        }
        switch (outcome) {
        case Outcome::Answered:
            ++t.answered;
            t.waitAnswered += secs;
            if (waited <= m_site.groups[w.group].serviceLevelThreshold)
                ++t.answeredInTime;
            if (waited > Duration::zero() && w.told && w.baseline) {
                t.errN += 1;
                t.errActual += secs;
                t.errBaton += std::pow(toSeconds(*w.told) - secs, 2);
                t.errBaseline += std::pow(toSeconds(*w.baseline) - secs, 2);
            }
            break;
        case Outcome::Abandoned: ++t.abandoned; break;
        case Outcome::Out: ++t.overflowedOut; break;
        }
    }

    // The customer remembers who served them, and now and then rates them badly.
    void rememberService(ContactId contact, const AgentId &agent)
    {
        const int customer = m_customerOf.take(contact.value());
        m_servedBy.remove(contact.value());
        History &h = m_history[customer];
        h.lastAgent = agent;
        h.lastServed = m_clock.utcNow();
        if (m_rng.generateDouble() < kBadRatingRate)
            h.worst.insert(agent, 1);
    }

    const SiteConfig &m_site;
    const Scenario &m_scenario;
    ManualClock &m_clock;
    Router &m_router;
    VirtualTime m_time;
    QRandomGenerator m_rng;
    const TimePoint m_end;
    std::vector<GroupTally> m_groups;
    std::vector<AgentTime> m_agentTime;
    QHash<AgentId, int> m_agentIndex;
    QHash<GroupId, int> m_groupIndex;
    QHash<std::uint64_t, Waiting> m_waiting;
    QHash<std::uint64_t, Duration> m_handle;
    QHash<std::uint64_t, int> m_customerOf;
    QHash<std::uint64_t, AgentId> m_servedBy;
    QHash<int, History> m_history;
    long long m_contacts = 0;
    long long m_toBot = 0;
    long long m_afterHours = 0;
    double m_worstLevel0 = 0;
};

}  // namespace

Result<SiteRunResult> SiteSimulation::run(const SiteConfig &site, const Scenario &scenario, const SiteRunOptions &options)
{
    if (!(options.hours > 0) || options.hours > 100000)
        return Error::invalid(QStringLiteral("hours"), QStringLiteral("hours must be above 0 and at most 100,000"));
    const QDateTime localStart = scenario.localStart.isValid() ? scenario.localStart : QDateTime(QDate(2026, 11, 23), QTime(0, 0));
    ManualClock clock(QDateTime(localStart.date(), localStart.time(), site.timeZone).toUTC());
    auto router = Router::create(clock, site);
    if (!router)
        return router.error();
    SiteRun run(site, scenario, options, clock, *router.value());
    QElapsedTimer wall;
    wall.start();
    run.run();
    SiteRunResult result = run.result();
    result.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    return result;
}

}  // namespace baton::sim
