#include "demodriver.h"

#include "agentsession.h"
#include "service.h"
#include "wire.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cmath>

namespace baton::desktop {

Q_LOGGING_CATEGORY(lcDemo, "baton.desktop.demo")

struct DemoDriver::Colleague {
    QString agent;
    std::unique_ptr<net::LocalClient> client;
    qint64 offered = 0;
};

DemoDriver::DemoDriver(net::RoutingService &service, const core::SiteConfig &site, sim::Scenario scenario, sim::Corpus corpus,
                       DemoOptions options, const QString &userAgent, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_site(site)
    , m_scenario(std::move(scenario))
    , m_corpus(corpus)
    , m_traffic(std::move(corpus), options.seed)
    , m_options(std::move(options))
    , m_userAgent(userAgent)
    , m_rng(m_options.seed)
{
    m_arrivals.setSingleShot(true);
    connect(&m_arrivals, &QTimer::timeout, this, &DemoDriver::arrive);
}

DemoDriver::~DemoDriver() = default;

void DemoDriver::start()
{
    if (m_ivr)
        return;  // already running (the user signed out and in again)
    m_ivr = std::make_unique<net::LocalClient>(m_service);
    m_ivr->signIn(QStringLiteral("demo-ivr"), {}, [](const net::Message &r) {
        if (r.isError())
            qCWarning(lcDemo) << "the demo IVR could not sign in:" << r.error->message;
        else
            qCDebug(lcDemo) << "the demo IVR signed in";
    });
    connect(m_ivr.get(), &net::RouterClient::pushed, this, [this](const net::Message &push) {
        const qint64 contact = push.body.value(QStringLiteral("contact")).toInteger();
        if (push.type == QLatin1String("contact.routed") && m_chatLines.contains(contact) && !m_chatting.contains(contact)) {
            m_chatting.insert(contact);
            QTimer::singleShot(std::chrono::milliseconds(2000 + m_rng.bounded(4000)), this, [this, contact] { customerWrites(contact); });
        } else if (push.type == QLatin1String("contact.ended") || push.type == QLatin1String("contact.left")) {
            m_chatLines.remove(contact);
            m_chatting.remove(contact);
        }
    });

    // Colleagues: the site's other agents, each with a simple, believable routine.
    int n = 0;
    for (const auto &a : m_site.agents) {
        if (a.id.value() == m_userAgent || n >= m_options.colleagues)
            continue;
        ++n;
        auto c = std::make_unique<Colleague>();
        c->agent = a.id.value();
        c->client = std::make_unique<net::LocalClient>(m_service);
        Colleague *raw = c.get();
        connect(c->client.get(), &net::RouterClient::pushed, this, [this, raw](const net::Message &push) { colleagueOffer(*raw, push); });
        c->client->signIn(c->agent, {}, [raw](const net::Message &r) {
            if (r.isError()) {
                qCWarning(lcDemo) << "demo colleague" << raw->agent << "could not sign in:" << r.error->message;
                return;
            }
            raw->client->request(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}});
        });
        m_colleagues.push_back(std::move(c));
    }
    // The first caller comes at once, so a newcomer sees the card straight away.
    QTimer::singleShot(std::chrono::milliseconds(800), this, &DemoDriver::arrive);
}

void DemoDriver::scheduleArrival()
{
    // Poisson arrivals: exponential gaps with the configured mean.
    const double mean = 60.0 / std::max(0.1, m_options.contactsPerMinute);
    const double gap = -std::log(1.0 - m_rng.generateDouble()) * mean;
    m_arrivals.start(std::chrono::milliseconds(static_cast<qint64>(std::clamp(gap, 0.5, 120.0) * 1000)));
}

void DemoDriver::arrive()
{
    scheduleArrival();
    qCDebug(lcDemo) << "a demo caller arrives;" << m_scenario.entries.size() << "entries";
    if (m_scenario.entries.isEmpty())
        return;
    double total = 0;
    for (const auto &e : m_scenario.entries)
        total += std::accumulate(e.hourlyRate.begin(), e.hourlyRate.end(), 0.0);
    double pick = m_rng.generateDouble() * total;
    const sim::Entry *entry = &m_scenario.entries.first();
    for (const auto &e : m_scenario.entries) {
        pick -= std::accumulate(e.hourlyRate.begin(), e.hourlyRate.end(), 0.0);
        if (pick <= 0) {
            entry = &e;
            break;
        }
    }
    sim::DemoContact d = m_traffic.next(*entry);
    if (!m_options.phones.isEmpty())
        d.phone = m_options.phones.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_options.phones.size()))));
    const core::ContactRequest &r = d.request;
    QJsonObject attributes;
    for (auto it = r.customer.attributes.begin(); it != r.customer.attributes.end(); ++it)
        attributes.insert(it.key(), it.value());
    QJsonObject handOver = net::toJson(r.handOver);
    handOver.insert(QStringLiteral("callerNumber"), d.phone);
    handOver.insert(QStringLiteral("menuPath"), QJsonArray::fromStringList(d.ivrPath));
    handOver.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(d.keywords));
    handOver.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(d.transcript));
    handOver.insert(QStringLiteral("identityVerified"), d.identityVerified);
    handOver.insert(QStringLiteral("callbackNumber"), d.callbackNumber.isEmpty() ? QString() : d.phone);
    // What the bot understood, in words: the corpus's name of the business.
    if (r.handOver.reason.isEmpty() && !r.business.isEmpty()) {
        const auto b = m_corpus.businesses.constFind(r.business);
        handOver.insert(QStringLiteral("reason"), b != m_corpus.businesses.constEnd() && !b->label.isEmpty() ? b->label : r.business);
    }
    QJsonObject body{{QStringLiteral("channel"), core::channelName(r.channel)},
                     {QStringLiteral("business"), r.business},
                     {QStringLiteral("entryPoint"), r.entryPoint},
                     {QStringLiteral("handedOverFromBot"), r.handedOverFromBot},
                     {QStringLiteral("handOver"), handOver},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phone"), d.phone}, {QStringLiteral("attributes"), attributes}}}};
    if (!r.region.isEmpty())
        body.insert(QStringLiteral("region"), r.region);
    const bool chat = r.channel == core::Channel::Chat;
    QStringList lines;
    if (chat) {
        const auto b = m_corpus.businesses.constFind(r.business);
        if (b != m_corpus.businesses.constEnd())
            lines = b->utterances;
    }
    m_ivr->request(QStringLiteral("contact.create"), body, [this, chat, lines](const net::Message &reply) {
        if (reply.isError()) {
            qCInfo(lcDemo) << "demo contact refused:" << reply.error->message;
            return;
        }
        ++m_created;
        qCDebug(lcDemo) << "demo contact" << reply.body.value(QStringLiteral("contact")).toInteger()
                        << reply.body.value(QStringLiteral("outcome")).toString() << reply.body.value(QStringLiteral("group")).toString();
        const qint64 contact = reply.body.value(QStringLiteral("contact")).toInteger();
        if (reply.body.value(QStringLiteral("outcome")).toString() != QLatin1String("queued"))
            return;
        if (chat)
            m_chatLines.insert(contact, lines);
        // Callers do not wait for ever: each has a patience (exponential, 3 minutes on average on
        // the phone, 7 in a chat window) and hangs up if nobody has answered by then. The router
        // refuses the hang-up of a contact already answered.
        const double patienceSeconds = -(chat ? 420.0 : 180.0) * std::log(1.0 - m_rng.generateDouble());
        QTimer::singleShot(std::chrono::milliseconds(static_cast<qint64>(patienceSeconds * 1000.0)), this, [this, contact] {
            QPointer<DemoDriver> self(this);
            m_ivr->request(QStringLiteral("contact.abandon"), {{QStringLiteral("contact"), contact}}, [self, contact](const net::Message &r) {
                if (r.isError() || !self)
                    return;
                self->m_chatLines.remove(contact);
                qCDebug(lcDemo) << "demo caller of contact" << contact << "hung up waiting";
            });
        });
    });
}

void DemoDriver::drive(models::AgentSession &session)
{
    models::AgentSession *s = &session;
    connect(s, &models::AgentSession::offerArrived, this, [this, s](qint64 contact) {
        QTimer::singleShot(std::chrono::milliseconds(1500 + m_rng.bounded(2000)), s, [s, contact] {
            if (s->offer() && s->offer()->contact == contact)
                s->accept();
        });
    });
    connect(s, &models::AgentSession::conversationStarted, this, [this, s](qint64 contact) {
        QTimer::singleShot(std::chrono::milliseconds(15000 + m_rng.bounded(30000)), s, [s, contact] {
            const models::Conversation *c = s->conversation(contact);
            if (c && c->phase == models::Conversation::Phase::Talking)
                s->endContact(contact);
        });
    });
    connect(s, &models::AgentSession::conversationEnded, this, [this, s](qint64 contact) {
        const QStringList outcomes = s->dispositions();
        const QString outcome = outcomes.isEmpty() ? QString() : outcomes.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(outcomes.size()))));
        QTimer::singleShot(std::chrono::milliseconds(2000 + m_rng.bounded(3000)), s, [s, contact, outcome] {
            s->finishWrapUp(contact, outcome, {});
        });
    });
    connect(s, &models::AgentSession::stateChanged, this, [s] {
        if (s->state() == QLatin1String("notReady"))
            QTimer::singleShot(std::chrono::seconds(5), s, [s] { s->setReady(); });
    });
}

void DemoDriver::customerWrites(qint64 contact)
{
    auto it = m_chatLines.find(contact);
    if (it == m_chatLines.end() || it->isEmpty() || !m_chatting.contains(contact))
        return;
    const QString line = it->takeAt(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(it->size()))));
    m_ivr->request(QStringLiteral("chat.send"), {{QStringLiteral("contact"), contact}, {QStringLiteral("text"), line}});
    QTimer::singleShot(std::chrono::milliseconds(8000 + m_rng.bounded(12000)), this, [this, contact] { customerWrites(contact); });
}

void DemoDriver::colleagueOffer(Colleague &c, const net::Message &push)
{
    net::LocalClient *client = c.client.get();
    if (push.type == QLatin1String("offer")) {
        const qint64 contact = push.body.value(QStringLiteral("contact")).toInteger();
        // Answer in 1–4 s; talk 20–70 s; wrap up in 2–6 s (a demo runs faster than a real day).
        QTimer::singleShot(std::chrono::milliseconds(1000 + m_rng.bounded(3000)), this, [this, client, contact] {
            client->request(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), contact}}, [this, client, contact](const net::Message &r) {
                if (r.isError())
                    return;
                QTimer::singleShot(std::chrono::milliseconds(20000 + m_rng.bounded(50000)), this, [client, contact] {
                    client->request(QStringLiteral("contact.end"), {{QStringLiteral("contact"), contact}});
                });
            });
        });
    } else if (push.type == QLatin1String("contact.ended")) {
        const qint64 contact = push.body.value(QStringLiteral("contact")).toInteger();
        const QStringList outcomes = m_site.dispositions;
        const QString outcome = outcomes.isEmpty() ? QString() : outcomes.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(outcomes.size()))));
        QTimer::singleShot(std::chrono::milliseconds(2000 + m_rng.bounded(4000)), this, [client, contact, outcome] {
            client->request(QStringLiteral("wrapup.finish"), {{QStringLiteral("contact"), contact}, {QStringLiteral("disposition"), outcome}});
        });
    } else if (push.type == QLatin1String("agent.state") && push.body.value(QStringLiteral("state")).toString() == QLatin1String("notReady")) {
        QTimer::singleShot(std::chrono::milliseconds(10000), this, [client] {
            client->request(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}});
        });
    }
}

}  // namespace baton::desktop
