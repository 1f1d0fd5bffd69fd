#include "service.h"

#include "auditlog.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "jsonreader.h"
#include "journal.h"
#include "knowledgebase.h"
#include "qareviewrepository.h"
#include "reportrepository.h"
#include "scriptrepository.h"
#include "servicejson.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <limits>

namespace baton::net {

using namespace baton::core;
namespace json = baton::core::json;
using namespace baton::net::detail;

Q_LOGGING_CATEGORY(lcService, "baton.service")

namespace {

using Roles = std::initializer_list<Role>;

// Who may send what. Everything not listed is unknown.
const QHash<QString, QList<Role>> &permissions()
{
    static const QHash<QString, QList<Role>> table{
        {QStringLiteral("contact.create"), {Role::Integration, Role::Admin}},
        {QStringLiteral("contact.abandon"), {Role::Integration, Role::Admin}},
        {QStringLiteral("contact.status"), {Role::Integration, Role::Supervisor, Role::Admin}},
        {QStringLiteral("contact.end"), {Role::Integration, Role::Agent, Role::Supervisor, Role::Admin}},
        {QStringLiteral("agent.state"), {Role::Agent, Role::Supervisor}},
        {QStringLiteral("offer.accept"), {Role::Agent, Role::Supervisor}},
        {QStringLiteral("offer.decline"), {Role::Agent, Role::Supervisor}},
        {QStringLiteral("contact.transfer"), {Role::Agent, Role::Supervisor}},
        {QStringLiteral("wrapup.finish"), {Role::Agent, Role::Supervisor}},
        {QStringLiteral("agent.status"), {Role::Agent, Role::Supervisor, Role::Trainer, Role::Admin}},
        {QStringLiteral("group.stats"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("stats.subscribe"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("group.waiting"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("agent.force"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("agent.groups"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("contact.level"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("contact.move"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("contact.channel"), {Role::Integration, Role::Agent, Role::Supervisor, Role::Admin}},
        {QStringLiteral("kb.search"), {Role::Agent, Role::Supervisor, Role::Trainer}},
        {QStringLiteral("history.page"), {Role::Agent, Role::Supervisor, Role::Trainer}},
        {QStringLiteral("script.live"), {Role::Agent, Role::Supervisor, Role::Trainer}},
        {QStringLiteral("bye"), {Role::Agent, Role::Supervisor, Role::Trainer, Role::Integration, Role::Admin}},
        {QStringLiteral("contact.card"), {Role::Agent, Role::Supervisor, Role::Admin}},
        {QStringLiteral("agents.list"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("site.directory"), {Role::Agent, Role::Supervisor, Role::Trainer, Role::Admin}},
        {QStringLiteral("ping"), {Role::Agent, Role::Supervisor, Role::Trainer, Role::Integration, Role::Admin}},
        {QStringLiteral("chat.send"), {Role::Agent, Role::Supervisor, Role::Integration}},
        {QStringLiteral("script.list"), {Role::Trainer, Role::Supervisor, Role::Admin}},
        {QStringLiteral("script.create"), {Role::Trainer, Role::Admin}},
        {QStringLiteral("script.versions"), {Role::Trainer, Role::Supervisor, Role::Admin}},
        {QStringLiteral("script.draft"), {Role::Trainer, Role::Admin}},
        {QStringLiteral("script.saveDraft"), {Role::Trainer, Role::Admin}},
        {QStringLiteral("script.publish"), {Role::Trainer, Role::Admin}},
        {QStringLiteral("script.rollback"), {Role::Trainer, Role::Admin}},
        {QStringLiteral("script.setLive"), {Role::Trainer, Role::Supervisor, Role::Admin}},
        {QStringLiteral("qa.save"), {Role::Trainer, Role::Supervisor}},
        {QStringLiteral("qa.list"), {Role::Trainer, Role::Supervisor}},
        {QStringLiteral("qa.trend"), {Role::Trainer, Role::Supervisor}},
        {QStringLiteral("review.list"), {Role::Trainer, Role::Supervisor}},
        {QStringLiteral("review.get"), {Role::Trainer, Role::Supervisor}},
        {QStringLiteral("coaching.list"), {Role::Agent, Role::Supervisor, Role::Trainer}},
        {QStringLiteral("report.kpis"), {Role::Supervisor, Role::Admin}},
        {QStringLiteral("journey.list"), {Role::Supervisor, Role::Trainer, Role::Admin}},
        {QStringLiteral("journey.get"), {Role::Supervisor, Role::Trainer, Role::Admin}},
        {QStringLiteral("stats.intervals"), {Role::Supervisor, Role::Admin}},
    };
    return table;
}


QString queueKey(const GroupId &group, Channel channel) { return group.value() + QLatin1Char('/') + channelName(channel); }

// A group's daily counts as the reports store them.
GroupDayTotals dayTotals(const GroupStatistics &s)
{
    return {s.group, s.entered, s.answered, s.answeredWithinThreshold, s.abandoned, s.overflowedOut, s.handled, s.totalAnswerWait.count(),
            s.totalHandleTime.count()};
}

}  // namespace

RoutingService::RoutingService(const Clock &clock, SiteConfig config, ServiceOptions options, Authenticator *authenticator,
                               QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_options(std::move(options))
    , m_authenticator(authenticator)
    , m_journeys([this](ContactId c) -> const ContactRequest * {
        const auto &contacts = m_tracker.state().contacts;
        const auto it = contacts.find(c);
        return it == contacts.end() ? nullptr : &it->second.request;
    })
{
    // Session ids are not reused across restarts: a client resuming an old id finds nothing.
    m_nextSession = (QRandomGenerator::system()->generate64() & 0xFFFFFFFFFFull) << 8 | 1;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RoutingService::onTimer);
    if (m_options.authenticateOnThread)
        startAuthThread();
    m_positionTimer.setInterval(m_options.positionInterval);
    connect(&m_positionTimer, &QTimer::timeout, this, &RoutingService::publishPositions);
    m_statsTimer.setInterval(m_options.statsInterval);
    connect(&m_statsTimer, &QTimer::timeout, this, &RoutingService::publishStats);
    m_journeyTimer.setInterval(m_options.journeySaveInterval);
    connect(&m_journeyTimer, &QTimer::timeout, this, [this] { saveJourneys(m_journeys.takeChanged()); });
    m_queueDayTimer.setInterval(std::chrono::seconds(60));
    connect(&m_queueDayTimer, &QTimer::timeout, this, [this] {
        // A quiet night has no command to roll the router's day: this does, then writes the counts.
        sampleIntervalsIfLater();
        m_inCommand = true;
        m_router->advance();
        afterCommand();
        saveToday();
        // A contact a bot kept and nobody ended: its journey is stored as it stands.
        saveJourneys(m_journeys.forgetStartedBefore(m_clock.utcNow().addDays(-1)));
    });
}

RoutingService::~RoutingService()
{
    if (m_authThread) {
        m_authThread->quit();
        m_authThread->wait();
    }
    if (m_router)
        m_router->setEventSink(nullptr);
}

Result<RestoreReport> RoutingService::start()
{
    auto created = Router::create(m_clock, m_config);
    if (!created)
        return created.error();
    m_router = std::move(created.value());

    RouterSnapshot recovered;
    if (!m_options.databasePath.isEmpty()) {
        auto db = store::Database::open(m_options.databasePath, store::Database::Mode::Create);
        if (!db)
            return db.error();
        m_db = std::move(db.value());
        if (m_options.journal && m_db->isPostgres() && m_options.leaseEpoch == 0) {
            // Routers on PostgreSQL journal only under the site lock: a second writer without
            // it would clash with the router serving the site (docs/OPERATIONS.md).
            return Error{ErrorCode::Conflict,
                         QStringLiteral("a site on PostgreSQL is served by baton-router, which takes the site lock; run it there, "
                                        "or give this one a SQLite file"),
                         QStringLiteral("db")};
        }
        if (m_options.journal) {
            auto state = store::Journal::recover(*m_db);
            if (!state)
                return state.error();
            recovered = std::move(state.value());
            store::JournalOptions journalOptions{m_options.databasePath, m_options.fsync, 4096};
            journalOptions.leaseEpoch = m_options.leaseEpoch;
            auto journal = store::Journal::open(journalOptions);
            if (!journal)
                return journal.error();
            m_journal = std::move(journal.value());
            m_journal->setDurableCallback([this](std::uint64_t durable) {
                QMetaObject::invokeMethod(this, "onDurable", Qt::QueuedConnection, Q_ARG(quint64, durable));
            });
        }
    }
    if (m_db) {
        // Contacts sent to a bot or handled after hours are not journaled, so their ids are not
        // in the snapshot: a restarted router must not hand them out again (their journeys and
        // interactions are keyed by them).
        if (auto highest = store::JourneyRepository(*m_db).highestContact(); highest && *highest > 0)
            recovered.nextContactId = std::max<std::uint64_t>(recovered.nextContactId, static_cast<std::uint64_t>(*highest) + 1);
    }
    m_tracker = RouterStateTracker(recovered);
    m_journalSink = std::make_unique<JournalingSink>(
        m_clock, m_tracker,
        [this](const JournalRecord &r) {
            if (m_journal) {
                m_journal->append(r);
                ++m_recordsSinceSnapshot;
            }
        },
        this);
    m_router->setEventSink(m_journalSink.get());
    auto report = m_router->restore(m_tracker.state());
    if (!report)
        return report.error();
    for (const QString &s : report->skipped)
        qCWarning(lcService) << "recovery skipped" << s;
    if (m_journal)
        m_journal->snapshot(m_tracker.state());  // the next start reads this, not the old tail
    // Chat lines and transfer notes came back with their contacts.
    for (const auto &[id, entry] : m_tracker.state().contacts) {
        for (const QString &line : entry.chat)
            m_chats[id.value()].append(QJsonDocument::fromJson(line.toUtf8()).object());
        for (const QString &hop : entry.hops)
            m_transfers[id.value()].append(QJsonDocument::fromJson(hop.toUtf8()).object());
    }
    // Agents were restored as they were; those whose desktops do not come back go offline, so
    // no contact waits for them.
    if (report->agents > 0) {
        QTimer::singleShot(m_options.restartGrace, this, [this] {
            m_inCommand = true;
            for (const AgentId &a : m_router->agents()) {
                const auto st = m_router->agentStatus(a);
                if (st && st->presence != Presence::Offline && !m_agents.contains(a)) {
                    if (m_router->setPresence(a, Presence::Offline, QStringLiteral("not back after a restart")))
                        m_journalSink->presenceSet(a, Presence::Offline, QStringLiteral("not back after a restart"));
                }
            }
            afterCommand();
        });
    }
    // The day's queue counts so far (an earlier run of the router wrote them): this run adds to
    // them. Contacts the restore put back in their queues were counted by that run already, so
    // what the restore counted again is taken off.
    if (m_db) {
        m_queueBaseDay = m_clock.utcNow().toTimeZone(m_config.timeZone).date();
        store::ReportRepository reports(*m_db, m_clock);
        for (const GroupId &g : m_router->groups()) {
            GroupDayTotals base{g};
            if (auto stored = reports.queueDay(g.value(), m_queueBaseDay); stored && *stored)
                base = **stored;
            base += dayTotals(*m_router->groupStatistics(g)).negated();
            m_queueBase.insert(g.value(), base);
        }
        QHash<QString, GroupDayTotals> totalsNow;
        for (const GroupId &g : m_router->groups())
            totalsNow.insert(g.value(), todayTotals(*m_router->groupStatistics(g)));
        auto stored = store::QueueIntervalRepository(*m_db).day(m_queueBaseDay);
        if (!stored)
            qCWarning(lcService) << "today's queue intervals not read:" << stored.error().message;
        m_intervals.startDay(m_queueBaseDay, totalsNow, stored ? *stored : QList<store::QueueInterval>());
        // Journeys of contacts still in the centre carry on; one the router no longer has
        // (its end was not stored) is closed as unknown.
        if (auto open = store::JourneyRepository(*m_db).open()) {
            QList<store::ContactJourney> carryOn, lost;
            for (store::ContactJourney &j : *open) {
                if (m_tracker.state().contacts.contains(ContactId(static_cast<std::uint64_t>(j.contact)))) {
                    carryOn.append(j);
                } else {
                    j.ended = m_clock.utcNow();
                    j.outcome = QStringLiteral("unknown");
                    lost.append(j);
                }
            }
            m_journeys.restore(carryOn);
            saveJourneys(lost);
        } else {
            qCWarning(lcService) << "open journeys not read:" << open.error().message;
        }
        m_queueDayTimer.start();
        m_journeyTimer.start();
    }
    m_positionTimer.start();
    m_statsTimer.start();
    afterCommand();
    return report;
}

bool RoutingService::fenced() const { return m_journal && m_journal->fenced(); }

bool RoutingService::ready() const { return m_router && !m_stopping && (!m_journal || !m_journal->failure()); }

void RoutingService::shutdown(std::chrono::milliseconds reconnectIn)
{
    m_stopping = true;
    for (const auto &s : m_sessions)
        refreshEdgePing(s.get());
    m_timer.stop();
    m_positionTimer.stop();
    m_statsTimer.stop();
    m_queueDayTimer.stop();
    m_journeyTimer.stop();
    saveToday();
    saveJourneys(m_journeys.openJourneys());  // as they stand; the next run carries on with them
    if (m_journal) {
        m_journal->snapshot(m_tracker.state());
        if (!m_journal->waitDurable(m_journal->lastAppended(), std::chrono::seconds(10))) {
            const auto failure = m_journal->failure();
            qCWarning(lcService) << "the journal did not finish writing before shutdown:"
                                 << (failure ? failure->toString() : QStringLiteral("still writing after 10 s"));
        }
        onDurable(m_journal->durable());
    }
    for (const auto &s : m_sessions) {
        if (s->m_sink)
            pushTo(s.get(), QStringLiteral("shutdown"), {{QStringLiteral("reconnectInSeconds"), seconds(reconnectIn)}});
    }
}

ServiceMetrics RoutingService::takeMetrics()
{
    ServiceMetrics m = m_metrics;
    m.sessions = static_cast<long long>(m_sessions.size());
    m.authenticated = std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return s->authenticated(); });
    if (m_journal) {
        m.journalAppended = m_journal->lastAppended();
        m.journalDurable = m_journal->durable();
    }
    m_metrics.offerLatencyMs.clear();
    return m;
}

// ---------------------------------------------------------------- sessions

void RoutingService::startAuthThread()
{
    if (m_authThread)
        return;
    m_authThread = std::make_unique<QThread>();
    m_authThread->setObjectName(QStringLiteral("baton-auth"));
    m_authContext = new QObject;
    m_authContext->moveToThread(m_authThread.get());
    connect(m_authThread.get(), &QThread::finished, m_authContext, &QObject::deleteLater);
    m_authThread->start();
}

void RoutingService::setRemoteAuthenticator(std::shared_ptr<Authenticator> authenticator)
{
    m_remoteAuthenticator = std::move(authenticator);
    if (m_remoteAuthenticator)
        startAuthThread();
}

int RoutingService::remoteSessions() const
{
    return static_cast<int>(std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &s) {
        return s->m_origin == Origin::Remote && s->m_sink && s->authenticated();
    }));
}

Session *RoutingService::open(Session::Sink sink, Origin origin, std::shared_ptr<std::atomic<bool>> edgePing)
{
    auto s = std::make_unique<Session>();
    s->m_id = m_nextSession++;
    s->m_origin = origin;
    s->m_sink = std::move(sink);
    s->m_edgePing = std::move(edgePing);
    m_sessions.push_back(std::move(s));
    return m_sessions.back().get();
}

void RoutingService::detach(Session *session)
{
    session->m_sink = nullptr;
    if (!session->authenticated()) {
        dropSession(session);
        return;
    }
    session->m_graceTimer = std::make_unique<QTimer>();
    session->m_graceTimer->setSingleShot(true);
    connect(session->m_graceTimer.get(), &QTimer::timeout, this, [this, session] {
        if (!session->m_identity) {  // signed out meanwhile (replaced at another desk, or bye)
            dropSession(session);
            return;
        }
        const Identity &who = *session->m_identity;
        if (!who.agent.isEmpty() && m_agents.value(who.agent) == session) {
            // Gone for good: nobody should wait for an agent who is not there.
            m_inCommand = true;
            if (m_router->setPresence(who.agent, Presence::Offline, QStringLiteral("connection lost")))
                m_journalSink->presenceSet(who.agent, Presence::Offline, QStringLiteral("connection lost"));
            afterCommand();
        }
        dropSession(session);
    });
    session->m_graceTimer->start(m_options.resumeGrace);
}

void RoutingService::close(Session *session) { dropSession(session); }

void RoutingService::dropSession(Session *session)
{
    if (session->m_identity && m_agents.value(session->m_identity->agent) == session)
        m_agents.remove(session->m_identity->agent);
    for (quint64 c : std::as_const(session->m_contacts))
        m_contactOwner.remove(c);
    std::erase(m_touched, session);
    std::erase(m_holding, session);
    std::erase_if(m_sessions, [session](const auto &s) { return s.get() == session; });
}

Session *RoutingService::agentSession(const AgentId &agent) const { return m_agents.value(agent); }

bool RoutingService::createdBy(ContactId contact, const QString &user) const
{
    const auto &contacts = m_tracker.state().contacts;
    const auto it = contacts.find(contact);
    return it != contacts.end() && it->second.request.source == user;
}

// ---------------------------------------------------------------- output

void RoutingService::send(Session *session, const Message &message)
{
    if (session->m_sink)
        session->m_sink(message);
}

void RoutingService::deliver(Session *session, Message message)
{
    // Nothing a command caused may leave before the records behind it are on disk. Which records
    // those are is known only when the command is over (an arrival is journaled after the offer
    // it caused), so messages are sealed with the journal position in afterCommand().
    if (m_journal) {
        if (session->m_held.empty())
            m_holding.push_back(session);
        session->m_held.emplace_back(kUnsealed, std::move(message));
        if (session->m_held.size() == 1)
            refreshEdgePing(session);
        if (!session->m_touched) {
            session->m_touched = true;
            m_touched.push_back(session);
        }
        if (!m_inCommand)
            seal();
        return;
    }
    send(session, message);
}

void RoutingService::seal()
{
    const std::uint64_t appended = m_journal->lastAppended();
    for (Session *s : std::exchange(m_touched, {})) {
        s->m_touched = false;
        for (auto it = s->m_held.rbegin(); it != s->m_held.rend() && it->first == kUnsealed; ++it)
            it->first = appended;
    }
    onDurable(m_journal->durable());
}

void RoutingService::pushTo(Session *session, const QString &type, QJsonObject body)
{
    Message m = push(type, std::move(body));
    m.seq = session->m_nextSeq++;
    session->m_kept.push_back(m);
    while (static_cast<int>(session->m_kept.size()) > m_options.keptPushes)
        session->m_kept.pop_front();
    deliver(session, std::move(m));
}

void RoutingService::onDurable(quint64 durable)
{
    // Only the sessions that hold something: a router with thousands of idle sessions gets
    // hundreds of these a second.
    std::erase_if(m_holding, [&](Session *s) {
        while (!s->m_held.empty() && s->m_held.front().first <= durable) {
            send(s, s->m_held.front().second);
            s->m_held.pop_front();
        }
        if (s->m_held.empty())
            refreshEdgePing(s);
        return s->m_held.empty();
    });
}

void RoutingService::reply(Session *session, const Message &request, const Status &status, QJsonObject body)
{
    if (!status) {
        ++m_metrics.errors;
        deliver(session, errorFor(request, status.error()));
    } else {
        deliver(session, response(request, std::move(body)));
    }
}

void RoutingService::afterCommand()
{
    m_inCommand = false;
    if (!m_intervalsDirtyAt.isValid())
        m_intervalsDirtyAt = m_clock.utcNow();
    if (m_journal && !m_touched.empty())
        seal();
    if (m_journal && m_recordsSinceSnapshot >= static_cast<std::uint64_t>(m_options.snapshotEvery)) {
        m_journal->snapshot(m_tracker.state());
        m_recordsSinceSnapshot = 0;
    }
    if (const auto next = m_router->nextDeadline()) {
        const auto wait = std::max(Duration::zero(), *next - m_clock.now());
        m_timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(wait) + std::chrono::milliseconds(1));
    } else {
        m_timer.stop();
    }
}

void RoutingService::onTimer()
{
    sampleIntervalsIfLater();
    m_inCommand = true;
    m_router->advance();
    afterCommand();
}

// ---------------------------------------------------------------- events → pushes

void RoutingService::onEvent(const Event &event)
{
    if (auto over = m_journeys.observe(event, m_clock.utcNow()))
        saveJourneys({*over});
    std::visit(
        [this](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, OfferMade>) {
                if (Session *s = agentSession(e.agent)) {
                    pushTo(s, QStringLiteral("offer"), offerCard(e));
                    if (const auto it = m_createdAt.find(e.contact.value()); it != m_createdAt.end()) {
                        m_metrics.offerLatencyMs.push_back(static_cast<double>((m_clock.now() - *it).count()));
                        m_createdAt.erase(it);
                    }
                }
            } else if constexpr (std::is_same_v<T, OfferEnded>) {
                if (Session *s = agentSession(e.agent))
                    pushTo(s, QStringLiteral("offer.ended"),
                           {{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())},
                            {QStringLiteral("offer"), static_cast<qint64>(e.offer.value())},
                            {QStringLiteral("how"), e.how == OfferEnd::Declined ? QStringLiteral("declined")
                                                    : e.how == OfferEnd::TimedOut ? QStringLiteral("timedOut")
                                                                                  : QStringLiteral("withdrawn")},
                            {QStringLiteral("reason"), e.reason}});
            } else if constexpr (std::is_same_v<T, ContactRouted>) {
                const QJsonObject body{{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())},
                                       {QStringLiteral("agent"), e.agent.value()},
                                       {QStringLiteral("group"), e.group.value()},
                                       {QStringLiteral("waitedSeconds"), seconds(e.waited)}};
                if (Session *owner = m_contactOwner.value(e.contact.value()))
                    pushTo(owner, QStringLiteral("contact.routed"), body);
                startInteraction(e.contact, e.agent, e.group, e.waited);
                m_createdAt.remove(e.contact.value());
            } else if constexpr (std::is_same_v<T, DayEnded>) {
                // The day's final counts; the next day starts from nothing.
                saveQueueDays(e.day, e.groups);
                for (GroupDayTotals t : e.groups) {
                    if (e.day == m_queueBaseDay)
                        t += m_queueBase.value(t.group.value());
                    m_intervals.sample(e.day, QTime(23, 59, 59), t.group.value(), 0, t);
                }
                if (m_db) {
                    if (auto s = store::QueueIntervalRepository(*m_db).save(e.day, m_intervals.takeChanged()); !s)
                        qCWarning(lcService) << "queue intervals of" << e.day << "not stored:" << s.error().message;
                }
                if (e.day == m_queueBaseDay) {
                    m_queueBase.clear();
                    m_queueBaseDay = {};
                }
            } else if constexpr (std::is_same_v<T, ContactTransferred>) {
                m_transferring = e.contact;  // the ContactEnded that follows is this agent's part only
                // The note travels with the contact: every next offer's card carries the notes so far.
                const core::AgentConfig *from = m_config.agent(e.fromAgent);
                QJsonObject hop{{QStringLiteral("fromAgent"), e.fromAgent.value()},
                                {QStringLiteral("fromName"), from ? from->name : e.fromAgent.value()},
                                {QStringLiteral("note"), e.note},
                                {QStringLiteral("atUtc"), m_clock.utcNow().toString(Qt::ISODateWithMs)}};
                if (e.toAgent)
                    hop.insert(QStringLiteral("toAgent"), e.toAgent->value());
                else if (e.toGroup)
                    hop.insert(QStringLiteral("toGroup"), e.toGroup->value());
                // The transferring agent's part of the history ends with where it went: an agent,
                // or "@group" (reports count a part whose chain ends elsewhere as transferred out).
                if (const auto part = m_interactions.find({e.contact.value(), e.fromAgent}); part != m_interactions.end()) {
                    part->second.transferChain = transferChain(e.contact);
                    part->second.transferChain << e.fromAgent.value()
                                               << (e.toAgent ? e.toAgent->value() : QLatin1Char('@') + e.toGroup.value_or(e.queue).value());
                }
                m_transfers[e.contact.value()].append(hop);
                m_journalSink->noted(e.contact, JournalRecord::Kind::Hop, QString::fromUtf8(QJsonDocument(hop).toJson(QJsonDocument::Compact)));
            } else if constexpr (std::is_same_v<T, ContactAbandoned> || std::is_same_v<T, ContactOverflowed>) {
                bool gone = true;
                QJsonObject body{{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())}};
                if constexpr (std::is_same_v<T, ContactOverflowed>) {
                    gone = !e.toGroup.has_value();
                    if (e.action)
                        body.insert(QStringLiteral("action"), fallbackActionName(*e.action));
                } else {
                    body.insert(QStringLiteral("action"), QStringLiteral("abandoned"));
                }
                if (gone) {
                    if (Session *owner = m_contactOwner.value(e.contact.value())) {
                        pushTo(owner, QStringLiteral("contact.left"), body);
                        owner->m_contacts.remove(e.contact.value());
                        owner->m_lastPosition.remove(e.contact.value());
                    }
                    m_contactOwner.remove(e.contact.value());
                    m_createdAt.remove(e.contact.value());
                }
            } else if constexpr (std::is_same_v<T, ContactEnded>) {
                // A transfer ends this agent's part only: the contact queues again, its
                // integration keeps following it.
                const bool transferred = e.contact == std::exchange(m_transferring, ContactId());
                if (Session *owner = transferred ? nullptr : m_contactOwner.value(e.contact.value())) {
                    pushTo(owner, QStringLiteral("contact.ended"), {{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())}});
                    owner->m_contacts.remove(e.contact.value());
                    owner->m_lastPosition.remove(e.contact.value());
                }
                if (Session *s = agentSession(e.agent))
                    pushTo(s, QStringLiteral("contact.ended"), {{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())},
                                                                {QStringLiteral("handledSeconds"), seconds(e.handled)},
                                                                {QStringLiteral("wrapUpSeconds"), seconds(e.wrapUp)},
                                                                {QStringLiteral("transferred"), transferred}});
                if (!transferred)
                    m_contactOwner.remove(e.contact.value());
            } else if constexpr (std::is_same_v<T, WrapUpFinished>) {
                if (Session *s = agentSession(e.agent))
                    pushTo(s, QStringLiteral("wrapup.ended"), {{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())},
                                                               {QStringLiteral("timedOut"), e.timedOut}});
                m_statsDirty = true;
            } else if constexpr (std::is_same_v<T, ContactChannelChanged>) {
                const QJsonObject body{{QStringLiteral("contact"), static_cast<qint64>(e.contact.value())},
                                       {QStringLiteral("channel"), channelName(e.to)},
                                       {QStringLiteral("from"), channelName(e.from)},
                                       {QStringLiteral("by"), e.actor}};
                if (Session *owner = m_contactOwner.value(e.contact.value()))
                    pushTo(owner, QStringLiteral("contact.channel"), body);
                // Only the part of the agent who has it now goes on in the new channel; an earlier
                // agent's part (in wrap-up after a transfer) stays as it was.
                for (auto &[key, interaction] : m_interactions) {
                    if (key.first != e.contact.value())
                        continue;
                    const auto st = m_router->agentStatus(key.second);
                    if (!st || !st->active.contains(e.contact))
                        continue;
                    interaction.channel = e.to;
                    if (Session *s = agentSession(key.second))
                        pushTo(s, QStringLiteral("contact.channel"), body);
                }
                m_statsDirty = true;
            } else if constexpr (std::is_same_v<T, ContactAfterHours>) {
                m_lastOutcome = {{QStringLiteral("action"), fallbackActionName(e.action)},
                                 {QStringLiteral("message"), e.message},
                                 {QStringLiteral("trace"), traceToJson(e.trace)}};
            } else if constexpr (std::is_same_v<T, ContactSentToBot>) {
                m_lastOutcome = {{QStringLiteral("mode"), receptionModeName(e.mode)}, {QStringLiteral("trace"), traceToJson(e.trace)}};
            } else if constexpr (std::is_same_v<T, AgentStateChanged>) {
                if (Session *s = agentSession(e.agent))
                    pushTo(s, QStringLiteral("agent.state"), {{QStringLiteral("state"), agentStateName(e.to)},
                                                              {QStringLiteral("reason"), e.reason}});
                m_statsDirty = true;
            } else if constexpr (std::is_same_v<T, QueueChanged>) {
                m_dirtyQueues.insert(queueKey(e.group, e.channel));
                m_statsDirty = true;
            } else if constexpr (std::is_same_v<T, AlertRaised> || std::is_same_v<T, AlertCleared>) {
                const bool raised = std::is_same_v<T, AlertRaised>;
                for (const auto &s : m_sessions) {
                    if (s->m_stats)
                        pushTo(s.get(), raised ? QStringLiteral("alert.raised") : QStringLiteral("alert.cleared"),
                               {{QStringLiteral("kind"), QStringLiteral("longWait")},
                                {QStringLiteral("group"), e.group.value()},
                                {QStringLiteral("contact"), static_cast<qint64>(e.contact.value())}});
                }
            } else if constexpr (std::is_same_v<T, AgentReassigned>) {
                m_statsDirty = true;
                audit(e.actor, QStringLiteral("agent.groups"), QStringLiteral("agent:") + e.agent.value(), membershipsJson(e.before),
                      membershipsJson(e.after));
            } else {
                m_statsDirty = true;
            }
            if constexpr (std::is_same_v<T, ContactEnded>) {
                if (auto it = m_interactions.find({e.contact.value(), e.agent}); it != m_interactions.end())
                    it->second.ended = m_clock.utcNow();
            }
            if constexpr (std::is_same_v<T, WrapUpFinished>) {
                finishInteraction(e.contact, e.agent);
                if (!m_tracker.state().contacts.contains(e.contact)) {
                    m_chats.remove(e.contact.value());  // not transferred on: the conversation is over
                    m_transfers.remove(e.contact.value());
                }
            }
            if constexpr (std::is_same_v<T, ContactAbandoned>) {
                m_chats.remove(e.contact.value());
                m_transfers.remove(e.contact.value());
            }
        },
        event);
}

void RoutingService::audit(const QString &actor, const QString &action, const QString &object, const QString &before, const QString &after)
{
    if (!m_db)
        return;
    if (auto a = store::AuditLog(*m_db, m_clock).append(actor, action, object, before, after); !a)
        qCWarning(lcService) << "audit row not written:" << a.error().message;
}

QString RoutingService::membershipsJson(const QList<Membership> &groups)
{
    QJsonArray a;
    for (const Membership &m : groups)
        a.append(QJsonObject{{QStringLiteral("group"), m.group.value()}, {QStringLiteral("proficiency"), m.proficiency}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The conversation goes into the customer's history when the agent's wrap-up ends, with the
// disposition and notes given in wrapup.finish (none when the wrap-up timed out).
void RoutingService::startInteraction(ContactId contact, const AgentId &agent, const GroupId &group, Duration waited)
{
    if (!m_db)
        return;
    const auto &contacts = m_tracker.state().contacts;
    const auto it = contacts.find(contact);
    if (it == contacts.end() || it->second.request.customer.id.isEmpty())
        return;  // an anonymous caller has no history to add to
    const ContactRequest &r = it->second.request;
    store::Interaction i;
    i.customer = r.customer.id;
    i.started = m_clock.utcNow();
    i.channel = r.channel;
    i.agent = agent;
    i.group = group.value();
    i.contact = static_cast<qint64>(contact.value());
    i.waited = waited;
    if (const auto &v = it->second.variant) {
        i.experiment = v->experiment;
        i.variant = v->variant;
    }
    i.business = r.business;
    i.ivrPath = r.handOver.menuPath;
    if (!m_transfers.value(contact.value()).isEmpty())
        i.transferChain = transferChain(contact) << agent.value();  // came by transfer: who had it, then this agent
    i.summary = r.handOver.reason;
    i.transcript = r.handOver.transcript.join(QLatin1Char('\n'));
    m_interactions.insert_or_assign({contact.value(), agent}, std::move(i));
}

void RoutingService::saveToday()
{
    if (!m_db || !m_router || !m_router->day().isValid())
        return;
    QList<GroupDayTotals> totals;
    for (const GroupId &g : m_router->groups())
        totals.append(dayTotals(*m_router->groupStatistics(g)));
    saveQueueDays(m_router->day(), totals);
    sampleIntervals(m_clock.utcNow());
    if (auto s = store::QueueIntervalRepository(*m_db).save(m_intervals.day(), m_intervals.takeChanged()); !s)
        qCWarning(lcService) << "queue intervals not stored:" << s.error().message;
}

GroupDayTotals RoutingService::todayTotals(const GroupStatistics &s) const
{
    GroupDayTotals t = dayTotals(s);
    if (m_router->day() == m_queueBaseDay)
        t += m_queueBase.value(s.group.value());
    return t;
}

void RoutingService::sampleIntervalsIfLater()
{
    if (!m_intervalsDirtyAt.isValid())
        return;
    const QDateTime was = m_intervalsDirtyAt.toTimeZone(m_config.timeZone);
    const QDateTime now = m_clock.utcNow().toTimeZone(m_config.timeZone);
    if (was.date() != now.date() || QueueIntervalRecorder::slotOf(was.time()) != QueueIntervalRecorder::slotOf(now.time()))
        sampleIntervals(m_intervalsDirtyAt);
}

void RoutingService::sampleIntervals(QDateTime atUtc)
{
    m_intervalsDirtyAt = {};
    if (!m_router || !m_router->day().isValid())
        return;
    const QTime at = atUtc.toTimeZone(m_config.timeZone).time();
    for (const GroupId &g : m_router->groups()) {
        const auto s = m_router->groupStatistics(g);
        m_intervals.sample(m_router->day(), at, g.value(), s->waiting, todayTotals(*s));
    }
}

void RoutingService::saveJourneys(const QList<store::ContactJourney> &journeys)
{
    if (!m_db || journeys.isEmpty())
        return;
    store::JourneyRepository repo(*m_db);
    if (journeys.size() == 1 && m_unsavedJourneys.isEmpty()) {
        // A contact just ended: one statement, no transaction around it.
        if (auto s = repo.save(journeys.front()); !s)
            qCWarning(lcService) << "journey of contact" << journeys.front().contact << "not stored:" << s.error().message;
        return;
    }
    const bool retrying = !m_unsavedJourneys.isEmpty();
    QList<store::ContactJourney> batch = std::exchange(m_unsavedJourneys, {});
    batch.append(journeys);  // later states after earlier ones: the last one written wins
    auto refused = repo.saveAll(batch);
    if (refused) {
        for (const qint64 contact : *refused)
            qCWarning(lcService) << "journey of contact" << contact << "not stored: it is not valid";
        return;
    }
    if (!retrying && batch.size() <= 100000) {
        // The batch failed as a whole (the database busy or away): try again next time.
        qCWarning(lcService) << batch.size() << "journeys not stored:" << refused.error().message << "- trying again in a few seconds";
        m_unsavedJourneys = std::move(batch);
        return;
    }
    // Failed twice: one at a time, so that a journey the database refuses costs only itself.
    qCWarning(lcService) << batch.size() << "journeys not stored together again:" << refused.error().message << "- storing them one by one";
    for (const store::ContactJourney &j : batch) {
        if (auto s = repo.save(j); !s)
            qCWarning(lcService) << "journey of contact" << j.contact << "not stored:" << s.error().message;
    }
}

void RoutingService::saveQueueDays(const QDate &day, const QList<GroupDayTotals> &totals)
{
    if (!m_db)
        return;
    store::ReportRepository reports(*m_db, m_clock);
    for (const GroupDayTotals &t : totals) {
        GroupDayTotals d = t;
        if (day == m_queueBaseDay)
            d += m_queueBase.value(t.group.value());
        if (auto s = reports.saveQueueDay(day, d); !s)
            qCWarning(lcService) << "queue counts for" << day << "not stored:" << s.error().message;
    }
}

QStringList RoutingService::transferChain(ContactId contact) const
{
    QStringList chain;
    for (const QJsonValue &hop : m_transfers.value(contact.value()))
        chain << hop.toObject().value(QStringLiteral("fromAgent")).toString();
    return chain;
}

void RoutingService::finishInteraction(ContactId contact, const AgentId &agent)
{
    const auto it = m_interactions.find({contact.value(), agent});
    if (it == m_interactions.end())
        return;
    store::Interaction i = std::move(it->second);
    m_interactions.erase(it);
    const auto details = m_wrapDetails.find({contact.value(), agent});
    if (details != m_wrapDetails.end()) {
        i.disposition = details->second.first;
        i.notes = details->second.second;
        m_wrapDetails.erase(details);
    }
    if (!i.ended.isValid())
        i.ended = m_clock.utcNow();
    if (const auto chat = m_chats.constFind(contact.value()); chat != m_chats.constEnd()) {
        QStringList lines;
        for (const QJsonValue &v : *chat) {
            const QJsonObject o = v.toObject();
            lines << (o.value(QStringLiteral("from")).toString() == QLatin1String("customer") ? QStringLiteral("客户：") : QStringLiteral("坐席："))
                    + o.value(QStringLiteral("text")).toString();
        }
        i.transcript = (i.transcript.isEmpty() ? QString() : i.transcript + QLatin1Char('\n')) + lines.join(QLatin1Char('\n'));
    }
    if (auto added = store::InteractionRepository(*m_db).add(i); !added)
        qCWarning(lcService) << "interaction not stored:" << added.error().message;
}

QJsonObject RoutingService::offerCard(const OfferMade &offer)
{
    QJsonObject card{{QStringLiteral("offer"), static_cast<qint64>(offer.offer.value())},
                     {QStringLiteral("contact"), static_cast<qint64>(offer.contact.value())},
                     {QStringLiteral("group"), offer.group.value()},
                     {QStringLiteral("vipLevel"), offer.vipLevel},
                     {QStringLiteral("waitedSeconds"), seconds(offer.waited)},
                     {QStringLiteral("acceptWithinSeconds"), seconds(offer.deadline - m_clock.now())},
                     {QStringLiteral("trace"), traceToJson(offer.trace)}};
    const ContactRequest *request = offer.contact == m_arriving.first ? m_arriving.second : nullptr;
    const auto &contacts = m_tracker.state().contacts;
    if (const auto it = contacts.find(offer.contact); !request && it != contacts.end())
        request = &it->second.request;
    if (request) {
        addRequest(card, *request);
        addConversation(card, offer.contact);
    }
    return card;
}

// What the IVR or bot handed over, as every card carries it.
void RoutingService::addRequest(QJsonObject &card, const ContactRequest &r)
{
    card.insert(QStringLiteral("channel"), channelName(r.channel));
    card.insert(QStringLiteral("business"), r.business);
    card.insert(QStringLiteral("entryPoint"), r.entryPoint);
    card.insert(QStringLiteral("externalRef"), r.externalRef);
    card.insert(QStringLiteral("customer"), toJson(r.customer));
    card.insert(QStringLiteral("handOver"), toJson(r.handOver));
    card.insert(QStringLiteral("handedOverFromBot"), r.handedOverFromBot);
}

// The chat so far and the notes of earlier agents: they travel with the contact.
void RoutingService::addConversation(QJsonObject &card, ContactId contact) const
{
    if (const auto chat = m_chats.constFind(contact.value()); chat != m_chats.constEnd())
        card.insert(QStringLiteral("chat"), *chat);
    if (const auto hops = m_transfers.constFind(contact.value()); hops != m_transfers.constEnd())
        card.insert(QStringLiteral("transfers"), *hops);
}

QJsonObject RoutingService::heldCard(ContactId contact) const
{
    QJsonObject card{{QStringLiteral("contact"), static_cast<qint64>(contact.value())}};
    const auto &state = m_tracker.state();
    if (const auto it = state.contacts.find(contact); it != state.contacts.end()) {
        const auto &c = it->second;
        card.insert(QStringLiteral("phase"), c.phase == RouterSnapshot::Phase::Active ? QStringLiteral("active") : QStringLiteral("waiting"));
        card.insert(QStringLiteral("group"), (c.via.isEmpty() ? c.home : c.via).value());
        card.insert(QStringLiteral("vipLevel"), c.level);
        addRequest(card, c.request);
        if (c.phase == RouterSnapshot::Phase::Active)
            card.insert(QStringLiteral("talkingSeconds"), std::max(0.0, static_cast<double>(m_clock.now().time_since_epoch().count() - c.answeredMs) / 1000.0));
    } else {
        for (const auto &w : state.wraps) {
            if (w.contact != contact)
                continue;
            card.insert(QStringLiteral("phase"), QStringLiteral("wrapUp"));
            card.insert(QStringLiteral("group"), w.via.value());
            card.insert(QStringLiteral("channel"), channelName(w.channel));
            if (const SkillGroupConfig *g = m_config.group(w.via)) {
                const double left = static_cast<double>(w.startedMs + g->wrapUp.count() - m_clock.now().time_since_epoch().count()) / 1000.0;
                card.insert(QStringLiteral("wrapUpSecondsLeft"), std::clamp(left, 0.0, seconds(g->wrapUp)));
            }
            // Who the customer was, from the conversation on its way into the history.
            for (const auto &[key, interaction] : m_interactions) {
                if (key.first == contact.value() && !interaction.customer.isEmpty())
                    card.insert(QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), interaction.customer.value()}});
            }
            break;
        }
    }
    addConversation(card, contact);
    return card;
}

void RoutingService::publishPositions()
{
    if (m_dirtyQueues.isEmpty())
        return;
    const QSet<QString> dirty = std::exchange(m_dirtyQueues, {});
    for (const auto &s : m_sessions) {
        for (quint64 c : std::as_const(s->m_contacts)) {
            const auto status = m_router->queueStatus(ContactId(c));
            if (!status || status->offered || !dirty.contains(queueKey(status->group, status->channel)))
                continue;
            QJsonObject body{{QStringLiteral("contact"), static_cast<qint64>(c)}, {QStringLiteral("position"), status->position}};
            if (status->estimatedWait)
                body.insert(QStringLiteral("estimatedWaitSeconds"), std::round(seconds(*status->estimatedWait)));
            if (s->m_lastPosition.value(c) == body)
                continue;
            s->m_lastPosition.insert(c, body);
            pushTo(s.get(), QStringLiteral("contact.position"), body);
        }
    }
}

void RoutingService::publishStats()
{
    sampleIntervalsIfLater();  // what an earlier interval did is counted there
    if (m_intervalsDirtyAt.isValid())
        sampleIntervals(m_clock.utcNow());
    if (!m_statsDirty || std::none_of(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return s->m_stats; }))
        return;
    m_statsDirty = false;
    QJsonArray groups;
    for (const GroupId &g : m_router->groups())
        groups.append(toJson(*m_router->groupStatistics(g)));
    for (const auto &s : m_sessions) {
        if (s->m_stats)
            pushTo(s.get(), QStringLiteral("stats"), {{QStringLiteral("groups"), groups}});
    }
}

// ---------------------------------------------------------------- requests

void RoutingService::refreshEdgePing(Session *session) const
{
    if (session->m_edgePing)
        session->m_edgePing->store(session->authenticated() && !session->m_resumed && !session->m_helloPending && session->m_held.empty()
                                       && !m_stopping,
                                   std::memory_order_relaxed);
}

void RoutingService::receive(Session *session, const Message &request)
{
    // Whatever the request did (signed in or out, held an answer), the gateway's view follows.
    const auto refresh = qScopeGuard([this, session] { refreshEdgePing(session); });
    ++m_metrics.requests;
    sampleIntervalsIfLater();
    if (m_stopping) {
        deliver(session, errorFor(request, WireFailure{WireError::Unavailable, QStringLiteral("the router is shutting down"), {}}));
        return;
    }
    if (request.id == 0) {
        deliver(session, errorFor(request, WireFailure{WireError::Malformed, QStringLiteral("a request needs an \"id\""), QStringLiteral("id")}));
        return;
    }
    if (session->m_helloPending) {
        session->m_queued.push_back(request);
        return;
    }
    if (request.type == QLatin1String("hello")) {
        if (auto m = hello(session, request))
            deliver(session, *m);
        return;
    }
    if (!session->authenticated()) {
        ++m_metrics.errors;
        deliver(session, errorFor(request, WireFailure{WireError::Unauthenticated, QStringLiteral("say hello (sign in) first"), {}}));
        return;
    }
    const auto allowed = permissions().constFind(request.type);
    if (allowed == permissions().constEnd()) {
        ++m_metrics.errors;
        deliver(session, errorFor(request, WireFailure{WireError::Unsupported, QStringLiteral("unknown request type '%1'").arg(request.type),
                                                       QStringLiteral("type")}));
        return;
    }
    if (!allowed->contains(session->m_identity->role)) {
        ++m_metrics.errors;
        deliver(session, errorFor(request, WireFailure{WireError::Forbidden,
                                                       QStringLiteral("a %1 may not %2").arg(roleName(session->m_identity->role), request.type),
                                                       {}}));
        return;
    }
    m_inCommand = true;
    dispatch(session, request);
    afterCommand();
}

std::optional<Message> RoutingService::hello(Session *session, const Message &request)
{
    struct Hello {
        QString user, password, token, client;
        quint64 resumeSession = 0;
        qint64 resumeSeq = 0;
    };
    auto h = readBody<Hello>(
        request.body,
        [](const json::Node &root, const QJsonObject &o) {
            Hello h;
            h.user = json::field(o, root, "user").nonEmptyString();
            // A password, or the token of an earlier sign-in (hello.ok's "token").
            h.token = optionalString(root, o, "token");
            h.password = h.token.isEmpty() ? json::field(o, root, "password").string() : optionalString(root, o, "password");
            h.client = optionalString(root, o, "client");
            if (const json::Node r = json::field(o, root, "resume"); !r.isNull()) {
                const QJsonObject ro = r.object(json::keys({"session", "seq"}));
                h.resumeSession = static_cast<quint64>(json::field(ro, r, "session").number());
                h.resumeSeq = static_cast<qint64>(json::field(ro, r, "seq").number());
            }
            return h;
        },
        json::keys({"user", "password", "token", "client", "resume"}));
    if (!h)
        return errorFor(request, h.error());
    if (!h->token.isEmpty() && !h->password.isEmpty())
        return errorFor(request, WireFailure{WireError::InvalidArgument, QStringLiteral("give a password or a token, not both"), QStringLiteral("token")});
    if (session->authenticated())
        return errorFor(request, WireFailure{WireError::Conflict, QStringLiteral("this session has already said hello"), {}});
    // Held for the check: a remote one may be replaced or let go of meanwhile.
    const std::shared_ptr<Authenticator> remote = session->m_origin == Origin::Remote ? m_remoteAuthenticator : nullptr;
    Authenticator *const authenticator = remote ? remote.get() : m_authenticator;
    if (!authenticator)
        return errorFor(request, WireFailure{WireError::Unavailable, QStringLiteral("sign-in is not configured"), {}});
    if (m_authThread && (m_options.authenticateOnThread || remote)) {
        // Checking a password costs ~150 ms of hashing: not on the thread that routes. Requests
        // that come meanwhile wait in the session, in order.
        session->m_helloPending = true;
        const quint64 id = session->m_id;
        const Resume resume{h->resumeSession, h->resumeSeq};
        QMetaObject::invokeMethod(m_authContext, [this, remote, authenticator, session, id, request, resume, user = h->user, password = h->password,
                                                  token = h->token] {
            auto who = token.isEmpty() ? authenticator->authenticate(user, password) : authenticator->authenticateToken(user, token);
            QMetaObject::invokeMethod(this, [this, session, id, request, resume, who = std::move(who)] {
                const bool alive = std::any_of(m_sessions.begin(), m_sessions.end(),
                                               [&](const auto &s) { return s.get() == session && s->m_id == id; });
                if (!alive)
                    return;
                session->m_helloPending = false;
                if (auto m = finishHello(session, request, resume, who))
                    deliver(session, *m);
                afterCommand();
                refreshEdgePing(session);
                for (const Message &queued : std::exchange(session->m_queued, {}))
                    receive(session, queued);
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
        return std::nullopt;
    }
    return finishHello(session, request, Resume{h->resumeSession, h->resumeSeq},
                       h->token.isEmpty() ? authenticator->authenticate(h->user, h->password) : authenticator->authenticateToken(h->user, h->token));
}

void RoutingService::revokeToken(Session *session, const QString &token)
{
    if (token.isEmpty())
        return;
    const std::shared_ptr<Authenticator> remote = session->m_origin == Origin::Remote ? m_remoteAuthenticator : nullptr;
    Authenticator *const authenticator = remote ? remote.get() : m_authenticator;
    if (authenticator && m_authThread)  // the store's connection belongs to the sign-in thread
        QMetaObject::invokeMethod(m_authContext, [remote, authenticator, token] { authenticator->revokeToken(token); }, Qt::QueuedConnection);
    else if (authenticator)
        authenticator->revokeToken(token);
}

core::Result<Identity> Authenticator::authenticateToken(const QString &, const QString &)
{
    return core::Error::invalid(QStringLiteral("credentials"), QStringLiteral("this router has no sign-in tokens: sign in with your password"));
}

std::optional<Message> RoutingService::finishHello(Session *session, const Message &request, Resume resume, const Result<Identity> &who)
{
    if (!who) {
        ++m_metrics.errors;
        return errorFor(request, WireFailure{WireError::Unauthenticated, who.error().message, who.error().field});
    }

    // Resume: the old session, with the pushes this client has not seen.
    if (resume.session != 0) {
        const auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const auto &s) {
            return s->m_id == resume.session && s.get() != session && !s->m_sink && s->m_identity && s->m_identity->user == who->user
                && s->m_origin == session->m_origin;  // a remote connection never takes over a local session
        });
        if (it != m_sessions.end()) {
            Session *old = it->get();
            // The client must not claim pushes it cannot have seen, and the ones it missed must be kept.
            const bool complete = resume.seq >= 0 && resume.seq < old->m_nextSeq
                && (resume.seq + 1 == old->m_nextSeq || (!old->m_kept.empty() && old->m_kept.front().seq <= resume.seq + 1));
            if (complete) {
                // This connection takes the old session over: its id, identity, pushes and contacts.
                session->m_id = old->m_id;
                session->m_identity = old->m_identity;
                if (!who->token.isEmpty() && who->token != session->m_identity->token) {
                    // Resumed with a password: the new token replaces the session's old one.
                    revokeToken(session, session->m_identity->token);
                    session->m_identity->token = who->token;
                }
                session->m_nextSeq = old->m_nextSeq;
                session->m_resumed = true;
                session->m_kept = std::move(old->m_kept);
                session->m_held = std::move(old->m_held);
                if (!session->m_held.empty() && std::find(m_holding.begin(), m_holding.end(), session) == m_holding.end())
                    m_holding.push_back(session);
                session->m_contacts = old->m_contacts;
                session->m_lastPosition = old->m_lastPosition;
                session->m_stats = old->m_stats;
                for (quint64 c : std::as_const(session->m_contacts))
                    m_contactOwner.insert(c, session);
                const bool wasAgentSession = !who->agent.isEmpty() && m_agents.value(who->agent) == old;
                old->m_contacts.clear();
                dropSession(old);
                if (wasAgentSession)
                    m_agents.insert(who->agent, session);
                QJsonObject resumed{{QStringLiteral("session"), static_cast<qint64>(session->m_id)},
                                    {QStringLiteral("resumed"), true},
                                    {QStringLiteral("role"), roleName(who->role)},
                                    {QStringLiteral("user"), who->user},
                                    {QStringLiteral("agent"), who->agent.value()}};
                if (!who->token.isEmpty())
                    resumed.insert(QStringLiteral("token"), who->token);
                send(session, response(request, resumed));
                // What it missed and what is already on disk now; the rest follows when it is.
                qint64 firstHeld = std::numeric_limits<qint64>::max();
                for (const auto &held : session->m_held) {
                    if (held.second.seq != 0)
                        firstHeld = std::min(firstHeld, held.second.seq);
                }
                for (const Message &m : session->m_kept) {
                    if (m.seq > resume.seq && m.seq < firstHeld)
                        send(session, m);
                }
                return std::nullopt;
            }
        }
    }

    session->m_identity = who.value();
    if (!who->agent.isEmpty()) {
        if (Session *previous = m_agents.value(who->agent); previous && previous != session) {
            // One desk per agent: the other session is signed out (it may say hello again).
            pushTo(previous, QStringLiteral("session.replaced"), {{QStringLiteral("reason"), QStringLiteral("signed in elsewhere")}});
            previous->m_identity.reset();
            refreshEdgePing(previous);
        }
        m_agents.insert(who->agent, session);
    }
    if (who->role == Role::Integration) {
        // Contacts its user handed over that no live session follows (after a restart, or a
        // session that was not resumed) are followed by this one.
        for (const auto &[id, entry] : m_tracker.state().contacts) {
            Session *owner = m_contactOwner.value(id.value());
            if (entry.request.source == who->user && (!owner || !owner->m_sink)) {
                if (owner)
                    owner->m_contacts.remove(id.value());
                m_contactOwner.insert(id.value(), session);
                session->m_contacts.insert(id.value());
            }
        }
    }
    QJsonObject body{{QStringLiteral("session"), static_cast<qint64>(session->m_id)},
                     {QStringLiteral("resumed"), false},
                     {QStringLiteral("role"), roleName(who->role)},
                     {QStringLiteral("user"), who->user},
                     {QStringLiteral("displayName"), who->displayName},
                     {QStringLiteral("agent"), who->agent.value()},
                     {QStringLiteral("site"), m_config.name}};
    if (!who->token.isEmpty())
        body.insert(QStringLiteral("token"), who->token);  // to sign in again without the password
    if (!who->agent.isEmpty()) {
        if (const auto st = m_router->agentStatus(who->agent))
            body.insert(QStringLiteral("agentStatus"), toJson(*st));
    }
    return response(request, body);
}

ContactRequest RoutingService::lookUpCustomer(ContactRequest request, const QString &phone, const QString &system,
                                              const QString &externalId)
{
    if (!m_db)
        return request;
    store::CustomerRepository customers(*m_db, m_clock);
    Result<std::optional<store::Customer>> found = std::optional<store::Customer>();
    if (!system.isEmpty())
        found = customers.findByExternalId(system, externalId);
    if (found && !found->has_value() && !phone.isEmpty())
        found = customers.findByPhone(phone);
    if (!found) {
        qCWarning(lcService) << "customer look-up failed:" << found.error().message;
        return request;
    }
    if (!found->has_value())
        return request;
    const store::Customer &c = **found;
    request.customer.id = c.id;
    if (request.customer.name.isEmpty())
        request.customer.name = c.name;
    for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it) {
        if (!request.customer.attributes.contains(it.key()))
            request.customer.attributes.insert(it.key(), it.value());
    }
    request.customer.tags = c.tags;
    request.customer.dedicatedAgent = c.dedicatedAgent;
    if (auto facts = store::InteractionRepository(*m_db).routingFacts(c.id))
        request.history = facts.value();
    return request;
}

void RoutingService::dispatch(Session *session, const Message &request)
{
    const Identity &who = *session->m_identity;
    const QString &type = request.type;
    auto bad = [&](const Error &e) { reply(session, request, e); };
    auto needAgent = [&]() -> bool {
        if (who.agent.isEmpty()) {
            reply(session, request, Error{ErrorCode::Conflict, QStringLiteral("user %1 is not an agent").arg(who.user), {}});
            return false;
        }
        return true;
    };

    if (type == QLatin1String("contact.create")) {
        auto create = readContactCreate(request.body);
        if (!create)
            return bad(create.error());
        ContactRequest r = lookUpCustomer(create->request, create->customerPhone, create->externalSystem, create->externalId);
        r.source = who.user;
        // An offer may go out inside contactArrived(), before the journal knows the request.
        const ContactId arriving(m_router->nextContactId());
        m_arriving = {arriving, &r};
        m_createdAt.insert(arriving.value(), m_clock.now());  // for the offer latency, even of an offer made at once
        m_journeys.begin(arriving, r, m_clock.utcNow());
        auto outcome = m_router->contactArrived(r);
        m_arriving = {};
        if (!outcome)
            m_journeys.discard(arriving);
        if (!outcome || outcome->outcome != RoutingPlan::Outcome::Queue)
            m_createdAt.remove(arriving.value());
        if (!outcome)
            return bad(outcome.error());
        m_journalSink->arrived(outcome->contact, r);
        ++m_metrics.contactsCreated;
        QJsonObject body{{QStringLiteral("contact"), static_cast<qint64>(outcome->contact.value())}};
        if (outcome->variant) {
            body.insert(QStringLiteral("experiment"), outcome->variant->experiment);
            body.insert(QStringLiteral("variant"), outcome->variant->variant);
        }
        switch (outcome->outcome) {
        case RoutingPlan::Outcome::Queue: {
            body.insert(QStringLiteral("outcome"), QStringLiteral("queued"));
            if (const auto st = m_router->queueStatus(outcome->contact)) {
                body.insert(QStringLiteral("group"), st->group.value());
                body.insert(QStringLiteral("position"), st->position);
                if (st->estimatedWait)
                    body.insert(QStringLiteral("estimatedWaitSeconds"), std::round(seconds(*st->estimatedWait)));
            }
            session->m_contacts.insert(outcome->contact.value());
            m_contactOwner.insert(outcome->contact.value(), session);
            break;
        }
        case RoutingPlan::Outcome::Bot:
            body.insert(QStringLiteral("outcome"), QStringLiteral("bot"));
            body.insert(QStringLiteral("bot"), std::exchange(m_lastOutcome, {}));
            break;
        case RoutingPlan::Outcome::AfterHours:
            body.insert(QStringLiteral("outcome"), QStringLiteral("afterHours"));
            body.insert(QStringLiteral("afterHours"), std::exchange(m_lastOutcome, {}));
            break;
        }
        return reply(session, request, {}, body);
    }

    if (type == QLatin1String("contact.abandon") || type == QLatin1String("contact.end") || type == QLatin1String("contact.status")) {
        auto id = readBody<ContactId>(request.body, contactField, json::keys({"contact"}));
        if (!id)
            return bad(id.error());
        // An integration acts on the contacts its user handed over (from any of its sessions,
        // and after a restart); an agent ends only a conversation it holds.
        if (who.role == Role::Integration && !createdBy(*id, who.user))
            return bad(Error::notFound(QStringLiteral("contact %1 is not one of yours").arg(id->value())));
        if (who.role == Role::Agent || (who.role == Role::Supervisor && type == QLatin1String("contact.end"))) {
            const auto st = m_router->agentStatus(who.agent);
            if (type == QLatin1String("contact.end") && (!st || !st->active.contains(*id)))
                return bad(Error::notFound(QStringLiteral("you are not in a conversation with contact %1").arg(id->value())));
        }
        if (type == QLatin1String("contact.status")) {
            const auto st = m_router->queueStatus(*id);
            if (!st)
                return bad(Error::notFound(QStringLiteral("contact %1 is not waiting").arg(id->value())));
            return reply(session, request, {}, toJson(*st));
        }
        if (type == QLatin1String("contact.abandon"))
            return reply(session, request, m_router->abandon(*id));
        return reply(session, request, m_router->endContact(*id));
    }

    if (type == QLatin1String("contact.channel")) {
        struct Req {
            ContactId contact;
            Channel channel;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                const json::Node ch = json::field(o, root, "channel");
                const auto channel = channelFromName(ch.string());
                if (!channel)
                    json::fail(ch.path(), QStringLiteral("unknown channel '%1'").arg(ch.string()));
                return Req{contactField(root, o), *channel};
            },
            json::keys({"contact", "channel"}));
        if (!r)
            return bad(r.error());
        // The integration that handed it over, the agent in the conversation, or a supervisor.
        if (who.role == Role::Integration && !createdBy(r->contact, who.user))
            return bad(Error::notFound(QStringLiteral("contact %1 is not one of yours").arg(r->contact.value())));
        if (who.role == Role::Agent) {
            const auto st = m_router->agentStatus(who.agent);
            if (!st || !st->active.contains(r->contact))
                return bad(Error::notFound(QStringLiteral("you are not in a conversation with contact %1").arg(r->contact.value())));
        }
        return reply(session, request, m_router->changeChannel(r->contact, r->channel, who.user));
    }

    if (type == QLatin1String("agent.state") || type == QLatin1String("agent.force")) {
        struct Req {
            AgentId agent;
            Presence presence;
            QString reason;
        };
        const bool force = type == QLatin1String("agent.force");
        auto r = readBody<Req>(
            request.body,
            [force](const json::Node &root, const QJsonObject &o) {
                Req q;
                if (force)
                    q.agent = AgentId(json::field(o, root, "agent").nonEmptyString());
                const QString state = json::field(o, root, "state").string();
                if (state == QLatin1String("ready"))
                    q.presence = Presence::Ready;
                else if (state == QLatin1String("notReady"))
                    q.presence = Presence::NotReady;
                else if (state == QLatin1String("offline"))
                    q.presence = Presence::Offline;
                else
                    json::fail(root.child(QStringLiteral("state")), QStringLiteral("'%1' is not one of: ready, notReady, offline").arg(state));
                q.reason = optionalString(root, o, "reason");
                return q;
            },
            force ? json::keys({"agent", "state", "reason"}) : json::keys({"state", "reason"}));
        if (!r)
            return bad(r.error());
        if (!force && !needAgent())
            return;
        const AgentId agent = force ? r->agent : who.agent;
        const QString reason = force && r->reason.isEmpty() ? QStringLiteral("set by %1").arg(who.user) : r->reason;
        const Status s = m_router->setPresence(agent, r->presence, reason);
        if (s)
            m_journalSink->presenceSet(agent, r->presence, reason);
        if (s && force)
            audit(who.user, QStringLiteral("agent.force"), QStringLiteral("agent:") + agent.value(), {},
                  QStringLiteral("%1 (%2)").arg(request.body.value(QStringLiteral("state")).toString(), reason));
        QJsonObject body;
        if (const auto st = m_router->agentStatus(agent))
            body = toJson(*st);
        return reply(session, request, s, body);
    }

    if (type == QLatin1String("offer.accept") || type == QLatin1String("offer.decline") || type == QLatin1String("wrapup.finish")) {
        struct Req {
            ContactId contact;
            QString reason, disposition, notes;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.contact = contactField(root, o);
                q.reason = optionalString(root, o, "reason");
                q.disposition = optionalString(root, o, "disposition");
                q.notes = optionalString(root, o, "notes");
                return q;
            },
            type == QLatin1String("offer.decline") ? json::keys({"contact", "reason"})
            : type == QLatin1String("wrapup.finish") ? json::keys({"contact", "disposition", "notes"})
                                                     : json::keys({"contact"}));
        if (!r)
            return bad(r.error());
        if (!needAgent())
            return;
        if (type == QLatin1String("offer.accept"))
            return reply(session, request, m_router->accept(who.agent, r->contact));
        if (type == QLatin1String("offer.decline"))
            return reply(session, request, m_router->decline(who.agent, r->contact, r->reason));
        m_wrapDetails.insert_or_assign({r->contact.value(), who.agent}, std::make_pair(r->disposition, r->notes));
        const Status done = m_router->finishWrapUp(who.agent, r->contact);
        if (!done)
            m_wrapDetails.erase({r->contact.value(), who.agent});
        return reply(session, request, done);
    }

    if (type == QLatin1String("contact.transfer")) {
        struct Req {
            ContactId contact;
            TransferTarget target;
            QString note;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.contact = contactField(root, o);
                const QString group = optionalString(root, o, "group");
                const QString agent = optionalString(root, o, "agent");
                if (group.isEmpty() == agent.isEmpty())
                    json::fail(root.child(QStringLiteral("group")), QStringLiteral("give exactly one of group and agent"));
                if (!group.isEmpty())
                    q.target.group = GroupId(group);
                else
                    q.target.agent = AgentId(agent);
                q.note = optionalString(root, o, "note");
                return q;
            },
            json::keys({"contact", "group", "agent", "note"}));
        if (!r)
            return bad(r.error());
        if (!needAgent())
            return;
        return reply(session, request, m_router->transfer(who.agent, r->contact, r->target, r->note));
    }

    if (type == QLatin1String("agent.status")) {
        auto r = readBody<QString>(
            request.body, [](const json::Node &root, const QJsonObject &o) { return optionalString(root, o, "agent"); },
            json::keys({"agent"}));
        if (!r)
            return bad(r.error());
        AgentId agent = r->isEmpty() ? who.agent : AgentId(*r);
        if (agent != who.agent && who.role != Role::Supervisor && who.role != Role::Admin)
        {
            ++m_metrics.errors;
            return deliver(session, errorFor(request, WireFailure{WireError::Forbidden, QStringLiteral("only a supervisor sees other agents"), QStringLiteral("agent")}));
        }
        const auto st = m_router->agentStatus(agent);
        if (!st)
            return bad(Error::notFound(QStringLiteral("unknown agent '%1'").arg(agent.value())));
        return reply(session, request, {}, toJson(*st));
    }

    if (type == QLatin1String("group.stats") || type == QLatin1String("stats.subscribe")) {
        if (type == QLatin1String("stats.subscribe")) {
            auto on = readBody<bool>(
                request.body,
                [](const json::Node &root, const QJsonObject &o) {
                    const json::Node n = json::field(o, root, "on");
                    return n.isNull() ? true : n.boolean();
                },
                json::keys({"on"}));
            if (!on)
                return bad(on.error());
            session->m_stats = *on;
            m_statsDirty = true;
        }
        QJsonArray groups;
        for (const GroupId &g : m_router->groups())
            groups.append(toJson(*m_router->groupStatistics(g)));
        return reply(session, request, {}, {{QStringLiteral("groups"), groups}});
    }

    if (type == QLatin1String("group.waiting")) {
        auto g = readBody<QString>(
            request.body, [](const json::Node &root, const QJsonObject &o) { return json::field(o, root, "group").nonEmptyString(); },
            json::keys({"group"}));
        if (!g)
            return bad(g.error());
        QJsonArray waiting;
        for (const QueueStatus &s : m_router->waitingContacts(GroupId(*g))) {
            QJsonObject o = toJson(s);
            o.insert(QStringLiteral("trace"), traceToJson(s.trace));
            waiting.append(o);
        }
        return reply(session, request, {}, {{QStringLiteral("group"), *g}, {QStringLiteral("waiting"), waiting}});
    }

    if (type == QLatin1String("agent.groups")) {
        struct Req {
            AgentId agent;
            QList<Membership> groups;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.agent = AgentId(json::field(o, root, "agent").nonEmptyString());
                const json::Node list = json::field(o, root, "groups");
                const QJsonArray a = list.array();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const json::Node item = list.at(i);
                    const QJsonObject m = item.object(json::keys({"group", "proficiency"}));
                    const json::Node p = json::field(m, item, "proficiency");
                    q.groups.append(Membership{GroupId(json::field(m, item, "group").nonEmptyString()), p.isNull() ? 5 : p.integer(1, 10)});
                }
                return q;
            },
            json::keys({"agent", "groups"}));
        if (!r)
            return bad(r.error());
        return reply(session, request, m_router->setMemberships(r->agent, r->groups, who.user));
    }

    if (type == QLatin1String("contact.level")) {
        struct Req {
            ContactId contact;
            int level;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                return Req{contactField(root, o), json::field(o, root, "level").integer(kMinVipLevel, kMaxVipLevel)};
            },
            json::keys({"contact", "level"}));
        if (!r)
            return bad(r.error());
        const auto before = m_router->queueStatus(r->contact);
        const Status done = m_router->setContactLevel(r->contact, r->level, who.user);
        if (done) {
            audit(who.user, QStringLiteral("contact.level"), QStringLiteral("contact:%1").arg(r->contact.value()),
                  before ? QString::number(before->vipLevel) : QString(), QString::number(r->level));
            m_journeys.note(r->contact, QStringLiteral("level"), {{QStringLiteral("level"), r->level}, {QStringLiteral("by"), who.user}},
                            m_clock.utcNow());
        }
        return reply(session, request, done);
    }

    if (type == QLatin1String("contact.move")) {
        struct Req {
            ContactId contact;
            GroupId group;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                return Req{contactField(root, o), GroupId(json::field(o, root, "group").nonEmptyString())};
            },
            json::keys({"contact", "group"}));
        if (!r)
            return bad(r.error());
        const auto before = m_router->queueStatus(r->contact);
        const Status done = m_router->moveContact(r->contact, r->group, who.user);
        if (done) {
            audit(who.user, QStringLiteral("contact.move"), QStringLiteral("contact:%1").arg(r->contact.value()),
                  before ? before->group.value() : QString(), r->group.value());
            m_journeys.note(r->contact, QStringLiteral("moved"),
                            {{QStringLiteral("fromGroup"), before ? before->group.value() : QString()},
                             {QStringLiteral("group"), r->group.value()},
                             {QStringLiteral("by"), who.user}},
                            m_clock.utcNow());
        }
        return reply(session, request, done);
    }

    if (type == QLatin1String("kb.search")) {
        struct Req {
            QString query;
            int limit;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                const json::Node l = json::field(o, root, "limit");
                return Req{json::field(o, root, "query").string(), l.isNull() ? 10 : l.integer(1, 200)};
            },
            json::keys({"query", "limit"}));
        if (!r)
            return bad(r.error());
        if (!m_db)
            return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router has no knowledge base"), {}});
        store::KnowledgeBase kb(*m_db, m_clock);
        auto found = kb.search(r->query, r->limit);
        if (!found)
            return bad(found.error());
        QJsonArray hits;
        for (const auto &h : found->hits)
            hits.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet}, {QStringLiteral("score"), h.score}});
        return reply(session, request, {},
                     {{QStringLiteral("hits"), hits},
                      {QStringLiteral("rankedByRelevance"), found->rankedByRelevance},
                      {QStringLiteral("estimatedMatches"), found->estimatedMatches},
                      {QStringLiteral("commonWords"), QJsonArray::fromStringList(found->commonWords)}});
    }

    if (type == QLatin1String("history.page")) {
        struct Req {
            QString customer;
            std::optional<store::HistoryCursor> after;
            int limit;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q;
                q.customer = json::field(o, root, "customer").nonEmptyString();
                const json::Node l = json::field(o, root, "limit");
                q.limit = l.isNull() ? 50 : l.integer(1, 1000);
                if (const json::Node a = json::field(o, root, "after"); !a.isNull()) {
                    const QJsonObject ao = a.object(json::keys({"startedMs", "id"}));
                    q.after = store::HistoryCursor{static_cast<qint64>(json::field(ao, a, "startedMs").number()),
                                                   static_cast<qint64>(json::field(ao, a, "id").number())};
                }
                return q;
            },
            json::keys({"customer", "after", "limit"}));
        if (!r)
            return bad(r.error());
        if (!m_db)
            return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router has no customer store"), {}});
        auto page = store::InteractionRepository(*m_db).page(CustomerId(r->customer), r->after, r->limit);
        if (!page)
            return bad(page.error());
        QJsonArray items;
        for (const store::Interaction &i : page->items)
            items.append(interactionJson(i));
        QJsonObject body{{QStringLiteral("items"), items}};
        if (page->next)
            body.insert(QStringLiteral("next"), cursorJson(*page->next));
        return reply(session, request, {}, body);
    }

    if (type == QLatin1String("script.live")) {
        struct Req {
            QString group, business;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                return Req{optionalString(root, o, "group"), optionalString(root, o, "business")};
            },
            json::keys({"group", "business"}));
        if (!r)
            return bad(r.error());
        if (!m_db)
            return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router has no scripts"), {}});
        auto live = store::ScriptRepository(*m_db, m_clock).liveFor(GroupId(r->group), r->business);
        if (!live)
            return bad(live.error());
        const auto content = QJsonDocument::fromJson(store::ScriptRepository::serializeStages(live->stages).toUtf8()).object();
        return reply(session, request, {},
                     {{QStringLiteral("script"), static_cast<qint64>(live->script.value())},
                      {QStringLiteral("version"), live->number},
                      {QStringLiteral("stages"), content.value(QStringLiteral("stages"))}});
    }

    if (type == QLatin1String("chat.send")) {
        struct Req {
            ContactId contact;
            QString text;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                Req q{contactField(root, o), json::field(o, root, "text").nonEmptyString()};
                if (q.text.size() > 4000)
                    json::fail(root.child(QStringLiteral("text")), QStringLiteral("a chat message is at most 4,000 characters"));
                return q;
            },
            json::keys({"contact", "text"}));
        if (!r)
            return bad(r.error());
        const bool fromCustomer = who.role == Role::Integration;
        AgentId holder;
        for (const AgentId &a : m_router->agents()) {
            if (m_router->agentStatus(a)->active.contains(r->contact)) {
                holder = a;
                break;
            }
        }
        if (fromCustomer ? !createdBy(r->contact, who.user) : holder != who.agent)
            return bad(Error::notFound(QStringLiteral("you are not in a chat with contact %1").arg(r->contact.value())));
        QJsonObject line{{QStringLiteral("contact"), static_cast<qint64>(r->contact.value())},
                         {QStringLiteral("from"), fromCustomer ? QStringLiteral("customer") : QStringLiteral("agent")},
                         {QStringLiteral("agent"), holder.value()},
                         {QStringLiteral("text"), r->text},
                         {QStringLiteral("atUtc"), m_clock.utcNow().toString(Qt::ISODateWithMs)}};
        QJsonArray &chat = m_chats[r->contact.value()];
        chat.append(line);
        while (chat.size() > RouterSnapshot::kMaxChatLines)
            chat.removeFirst();
        m_journalSink->noted(r->contact, JournalRecord::Kind::Chat, QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        if (fromCustomer) {
            if (Session *s = holder.isEmpty() ? nullptr : agentSession(holder))
                pushTo(s, QStringLiteral("chat.message"), line);
        } else if (Session *owner = m_contactOwner.value(r->contact.value())) {
            pushTo(owner, QStringLiteral("chat.message"), line);
        }
        return reply(session, request, {}, {{QStringLiteral("delivered"), !holder.isEmpty()}});
    }
    if (type.startsWith(QLatin1String("script.")) && type != QLatin1String("script.live"))
        return scriptRequest(session, request);
    if (type.startsWith(QLatin1String("qa.")) || type.startsWith(QLatin1String("review.")) || type == QLatin1String("coaching.list"))
        return qaRequest(session, request);
    if (type == QLatin1String("report.kpis"))
        return reportRequest(session, request);
    if (type.startsWith(QLatin1String("journey.")))
        return journeyRequest(session, request);
    if (type == QLatin1String("stats.intervals"))
        return intervalsRequest(session, request);
    if (type == QLatin1String("agents.list")) {
        // Every agent's status, for a supervisor's agents table (one request, not one per agent).
        if (auto r = readBody<bool>(request.body, [](const json::Node &, const QJsonObject &) { return true; }, json::keys({})); !r)
            return bad(r.error());
        QJsonArray agents;
        for (const AgentId &a : m_router->agents()) {
            if (const auto st = m_router->agentStatus(a))
                agents.append(toJson(*st));
        }
        return reply(session, request, {}, {{QStringLiteral("agents"), agents}});
    }
    if (type == QLatin1String("contact.card")) {
        // The card of a contact an agent already holds: for a desktop that starts (or restarts)
        // while its agent is in a conversation or wrap-up, so nothing is left without a card.
        auto id = readBody<ContactId>(request.body, contactField, json::keys({"contact"}));
        if (!id)
            return bad(id.error());
        if (who.role == Role::Agent) {
            const auto st = m_router->agentStatus(who.agent);
            if (!st || (!st->active.contains(*id) && !st->wrapping.contains(*id)))
                return bad(Error::notFound(QStringLiteral("you are not handling contact %1").arg(id->value())));
        }
        return reply(session, request, {}, heldCard(*id));
    }
    if (type == QLatin1String("site.directory")) {
        // Who and what a desktop may name: groups and agents to transfer to, the wrap-up outcomes.
        QJsonArray groups;
        for (const auto &g : m_config.groups)
            groups.append(QJsonObject{{QStringLiteral("group"), g.id.value()},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("wrapUpSeconds"), seconds(g.wrapUp)},
                                      {QStringLiteral("alertWaitSeconds"), seconds(g.alertWait)}});
        QJsonArray agents;
        for (const auto &a : m_config.agents) {
            QJsonArray memberOf;
            for (const auto &m : a.groups)
                memberOf.append(m.group.value());
            agents.append(QJsonObject{{QStringLiteral("agent"), a.id.value()}, {QStringLiteral("name"), a.name}, {QStringLiteral("groups"), memberOf}});
        }
        QJsonObject businesses;
        for (auto it = m_config.businessNames.cbegin(); it != m_config.businessNames.cend(); ++it)
            businesses.insert(it.key(), it.value());
        return reply(session, request, {},
                     {{QStringLiteral("site"), m_config.name},
                      {QStringLiteral("groups"), groups},
                      {QStringLiteral("agents"), agents},
                      {QStringLiteral("dispositions"), QJsonArray::fromStringList(m_config.dispositions)},
                      {QStringLiteral("notReadyReasons"), QJsonArray::fromStringList(m_config.notReadyReasons)},
                      {QStringLiteral("businesses"), businesses}});
    }
    if (type == QLatin1String("ping")) {
        // A ping tells nothing of the router's state: it need not wait for the journal, only for
        // what this session is owed before it (order per session is kept).
        if (m_journal && session->m_held.empty()) {
            send(session, response(request, {}));
            return;
        }
        return reply(session, request, {});
    }
    if (type == QLatin1String("bye")) {
        // Signed out: the connection stays (it may say hello again); an agent goes offline.
        if (!who.agent.isEmpty() && m_agents.value(who.agent) == session) {
            m_agents.remove(who.agent);
            if (m_router->setPresence(who.agent, Presence::Offline, QStringLiteral("signed out")))
                m_journalSink->presenceSet(who.agent, Presence::Offline, QStringLiteral("signed out"));
        }
        // The sign-in token ends with the session.
        revokeToken(session, who.token);
        reply(session, request, {});
        session->m_identity.reset();
        return;
    }
}

Status RoutingService::reload(SiteConfig config, const QString &actor)
{
    if (auto s = m_router->replaceConfiguration(config, actor); !s)
        return s;
    m_config = std::move(config);
    afterCommand();
    return {};
}

// ---------------------------------------------------------------- trainers: scripts (QA: servicereview.cpp)

ContactId detail::contactField(const json::Node &root, const QJsonObject &o)
{
    const json::Node n = json::field(o, root, "contact");
    const double d = n.number();
    if (d < 1 || d != std::floor(d))
        json::fail(n.path(), QStringLiteral("must be a contact id"));
    return ContactId(static_cast<std::uint64_t>(d));
}

QJsonObject detail::interactionJson(const store::Interaction &i)
{
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("startedUtc"), i.started.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("channel"), channelName(i.channel)},
                  {QStringLiteral("agent"), i.agent.value()},
                  {QStringLiteral("business"), i.business},
                  {QStringLiteral("ivrPath"), QJsonArray::fromStringList(i.ivrPath)},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("disposition"), i.disposition},
                  {QStringLiteral("notes"), i.notes}};
    if (i.ended.isValid())
        o.insert(QStringLiteral("endedUtc"), i.ended.toString(Qt::ISODateWithMs));
    if (i.csat)
        o.insert(QStringLiteral("csat"), *i.csat);
    if (!i.group.isEmpty())
        o.insert(QStringLiteral("group"), i.group);
    if (i.contact > 0)
        o.insert(QStringLiteral("contact"), i.contact);  // its journey: journey.get
    return o;
}

QJsonObject detail::cursorJson(const store::HistoryCursor &c)
{
    return QJsonObject{{QStringLiteral("startedMs"), c.startedMs}, {QStringLiteral("id"), c.id}};
}

QString detail::optionalString(const json::Node &root, const QJsonObject &o, const char *key)
{
    const json::Node n = json::field(o, root, key);
    return n.isNull() ? QString() : n.string();
}

QJsonObject detail::versionJson(const store::ScriptVersion &v)
{
    return QJsonObject{{QStringLiteral("script"), static_cast<qint64>(v.script.value())},
                       {QStringLiteral("version"), v.number},
                       {QStringLiteral("status"), v.status == store::ScriptVersionStatus::Draft ? QStringLiteral("draft") : QStringLiteral("published")},
                       {QStringLiteral("author"), v.author},
                       {QStringLiteral("comment"), v.comment},
                       {QStringLiteral("publishedUtc"), v.published.isValid() ? v.published.toString(Qt::ISODateWithMs) : QString()},
                       {QStringLiteral("basedOn"), v.basedOn},
                       {QStringLiteral("copiedFrom"), v.copiedFrom},
                       {QStringLiteral("stages"), QJsonDocument::fromJson(store::ScriptRepository::serializeStages(v.stages).toUtf8())
                                                      .object().value(QStringLiteral("stages"))}};
}

store::ScriptId detail::scriptField(const json::Node &root, const QJsonObject &o)
{
    const json::Node n = json::field(o, root, "script");
    const double d = n.number();
    if (d < 1 || d != std::floor(d))
        json::fail(n.path(), QStringLiteral("must be a script id"));
    return store::ScriptId(static_cast<std::uint64_t>(d));
}

void RoutingService::scriptRequest(Session *session, const Message &request)
{
    const Identity &who = *session->m_identity;
    const QString &type = request.type;
    auto bad = [&](const Error &e) { reply(session, request, e); };
    if (!m_db)
        return bad(Error{ErrorCode::Unsupported, QStringLiteral("this router has no script store"), {}});
    store::AuditLog auditLog(*m_db, m_clock);
    store::ScriptRepository scripts(*m_db, m_clock, &auditLog);

    if (type == QLatin1String("script.list")) {
        auto list = scripts.scripts();
        if (!list)
            return bad(list.error());
        QJsonArray out;
        for (const store::Script &sc : *list)
            out.append(QJsonObject{{QStringLiteral("script"), static_cast<qint64>(sc.id.value())},
                                   {QStringLiteral("name"), sc.name},
                                   {QStringLiteral("business"), sc.business},
                                   {QStringLiteral("latestVersion"), sc.latestVersion},
                                   {QStringLiteral("hasDraft"), sc.hasDraft}});
        return reply(session, request, {}, {{QStringLiteral("scripts"), out}});
    }
    if (type == QLatin1String("script.create")) {
        auto r = readBody<std::pair<QString, QString>>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                return std::make_pair(json::field(o, root, "name").nonEmptyString(), optionalString(root, o, "business"));
            },
            json::keys({"name", "business"}));
        if (!r)
            return bad(r.error());
        auto id = scripts.createScript(r->first, r->second, who.user);
        if (!id)
            return bad(id.error());
        return reply(session, request, {}, {{QStringLiteral("script"), static_cast<qint64>(id->value())}});
    }
    if (type == QLatin1String("script.versions") || type == QLatin1String("script.draft")) {
        auto id = readBody<store::ScriptId>(request.body, scriptField, json::keys({"script"}));
        if (!id)
            return bad(id.error());
        if (type == QLatin1String("script.draft")) {
            auto d = scripts.openDraft(*id, who.user);
            if (!d)
                return bad(d.error());
            return reply(session, request, {}, versionJson(*d));
        }
        auto list = scripts.versions(*id);
        if (!list)
            return bad(list.error());
        QJsonArray out;
        for (const auto &v : *list)
            out.append(versionJson(v));
        return reply(session, request, {}, {{QStringLiteral("versions"), out}});
    }
    if (type == QLatin1String("script.saveDraft")) {
        struct Req {
            store::ScriptId id;
            QJsonArray stages;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) { return Req{scriptField(root, o), json::field(o, root, "stages").array()}; },
            json::keys({"script", "stages"}));
        if (!r)
            return bad(r.error());
        auto stages = store::ScriptRepository::parseStages(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("stages"), r->stages}}).toJson(QJsonDocument::Compact)));
        if (!stages)
            return bad(stages.error());
        return reply(session, request, scripts.saveDraft(r->id, *stages, who.user));
    }
    if (type == QLatin1String("script.publish") || type == QLatin1String("script.rollback")) {
        struct Req {
            store::ScriptId id;
            QString comment;
            int version = 0;
        };
        const bool rollback = type == QLatin1String("script.rollback");
        auto r = readBody<Req>(
            request.body,
            [rollback](const json::Node &root, const QJsonObject &o) {
                Req q{scriptField(root, o), optionalString(root, o, "comment")};
                if (rollback)
                    q.version = json::field(o, root, "version").integer(1, 1000000);
                return q;
            },
            rollback ? json::keys({"script", "version", "comment"}) : json::keys({"script", "comment"}));
        if (!r)
            return bad(r.error());
        auto n = rollback ? scripts.rollback(r->id, r->version, who.user, r->comment) : scripts.publish(r->id, r->comment, who.user);
        if (!n)
            return bad(n.error());
        return reply(session, request, {}, {{QStringLiteral("version"), *n}});
    }
    if (type == QLatin1String("script.setLive")) {
        struct Req {
            store::LiveScope scope;
            store::ScriptId id;
            int version = 0;
        };
        auto r = readBody<Req>(
            request.body,
            [](const json::Node &root, const QJsonObject &o) {
                return Req{store::LiveScope{GroupId(optionalString(root, o, "group")), optionalString(root, o, "business")}, scriptField(root, o),
                           json::field(o, root, "version").integer(1, 1000000)};
            },
            json::keys({"group", "business", "script", "version"}));
        if (!r)
            return bad(r.error());
        return reply(session, request, scripts.setLive(r->scope, r->id, r->version, who.user));
    }
    return bad(Error{ErrorCode::Unsupported, QStringLiteral("unknown request type '%1'").arg(type), QStringLiteral("type")});
}

}  // namespace baton::net
