#include "agentsession.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cmath>

namespace baton::models {

Q_LOGGING_CATEGORY(lcSession, "baton.desktop.session")

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

}  // namespace

AgentSession::AgentSession(net::RouterClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_client, &net::RouterClient::pushed, this, &AgentSession::onPush);
    connect(&m_client, &net::RouterClient::stateChanged, this, &AgentSession::connectionChanged);
    connect(&m_client, &net::RouterClient::signedIn, this, [this](const QJsonObject &hello) {
        // A resumed session after a dropped connection: the pushes missed are replayed by the
        // client; the state is asked again in case it moved while we were away.
        if (m_signedIn && hello.value(QStringLiteral("resumed")).toBool() && !m_agent.isEmpty())
            command(QStringLiteral("agent.status"), {}, [this](const net::Message &r) {
                applyStatus(r.body);
                reconcile(r.body);
            });
    });
}

QString AgentSession::describe(const net::WireFailure &failure)
{
    using net::WireError;
    switch (failure.code) {
    case WireError::Unauthenticated:
        if (failure.field == QLatin1String("account.disabled"))
            return tr("This account is disabled. Ask your administrator to enable it.");
        if (failure.field == QLatin1String("account.locked"))
            return tr("This account is locked after too many failed sign-ins (%1).").arg(failure.message);
        if (failure.field == QLatin1String("credentials"))
            return tr("Wrong user name or password.");
        return tr("You are signed out: %1").arg(failure.message);
    case WireError::VersionMismatch:
        return tr("This desktop and the router speak different protocol versions. Update the desktop to match the router.");
    case WireError::Unavailable:
        if (failure.field == QLatin1String("tls"))
            return tr("The router's certificate is not trusted (%1). Ask your administrator to install the site's certificate.")
                .arg(failure.message);
        if (failure.field == QLatin1String("connection"))
            return tr("Cannot reach the router. Check the address and your network. (%1)").arg(failure.message);
        return tr("The router is not available right now: %1").arg(failure.message);
    case WireError::Forbidden:
        return tr("Your role does not allow this: %1").arg(failure.message);
    case WireError::Conflict:
        return tr("That is no longer possible: %1").arg(failure.message);
    case WireError::NotFound:
        return tr("Not found: %1").arg(failure.message);
    case WireError::InvalidArgument:
        return tr("Please check your input: %1").arg(failure.message);
    case WireError::RateLimited:
        return tr("Too many requests; wait a moment and try again.");
    default:
        return tr("The router reported a problem: %1").arg(failure.message);
    }
}

void AgentSession::signIn(const QString &user, const QString &password)
{
    m_client.signIn(user, password, [this](const net::Message &reply) {
        if (reply.isError()) {
            Q_EMIT signInFailed(describe(*reply.error));
            return;
        }
        const QJsonObject &b = reply.body;
        m_signedIn = true;
        m_user = str(b, "user");
        m_displayName = str(b, "displayName");
        if (m_displayName.isEmpty())
            m_displayName = m_user;
        m_role = str(b, "role");
        m_agent = str(b, "agent");
        m_site = str(b, "site");
        if (b.contains(QStringLiteral("agentStatus"))) {
            applyStatus(b.value(QStringLiteral("agentStatus")).toObject());
            reconcile(b.value(QStringLiteral("agentStatus")).toObject());
        }
        loadDirectory();
        Q_EMIT signedIn();
    });
}

void AgentSession::signOut()
{
    if (!m_signedIn)
        return;
    m_signedIn = false;
    m_client.signOut();
    m_offer.reset();
    m_conversations.clear();
    Q_EMIT signedOut(QString());
}

void AgentSession::loadDirectory()
{
    command(QStringLiteral("site.directory"), {}, [this](const net::Message &r) {
        m_dirGroups.clear();
        m_dirAgents.clear();
        const QJsonArray groups = r.body.value(QStringLiteral("groups")).toArray();
        for (const QJsonValue &v : groups) {
            const QJsonObject g = v.toObject();
            m_dirGroups.append({str(g, "group"), str(g, "name"), g.value(QStringLiteral("wrapUpSeconds")).toInt()});
        }
        const QJsonArray agents = r.body.value(QStringLiteral("agents")).toArray();
        for (const QJsonValue &v : agents) {
            const QJsonObject a = v.toObject();
            QStringList memberOf;
            for (const QJsonValue &g : a.value(QStringLiteral("groups")).toArray())
                memberOf << g.toString();
            m_dirAgents.append({str(a, "agent"), str(a, "name"), memberOf});
        }
        m_dispositions.clear();
        for (const QJsonValue &d : r.body.value(QStringLiteral("dispositions")).toArray())
            m_dispositions << d.toString();
        m_businesses.clear();
        const QJsonObject names = r.body.value(QStringLiteral("businesses")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            m_businesses.insert(it.key(), it.value().toString());
        m_notReadyReasons.clear();
        for (const QJsonValue &d : r.body.value(QStringLiteral("notReadyReasons")).toArray())
            m_notReadyReasons << d.toString();
        if (m_site.isEmpty())
            m_site = str(r.body, "site");
        Q_EMIT directoryChanged();
    });
}

QString AgentSession::groupName(const QString &id) const
{
    for (const auto &g : m_dirGroups) {
        if (g.id == id)
            return g.name.isEmpty() ? g.id : g.name;
    }
    return id;
}

void AgentSession::applyStatus(const QJsonObject &status)
{
    if (status.isEmpty())
        return;
    m_state = str(status, "state");
    m_reason = str(status, "reason");
    m_groups = status.value(QStringLiteral("groups")).toArray();
    const int today = status.value(QStringLiteral("contactsToday")).toInt();
    const bool countsMoved = today != m_contactsToday;
    m_contactsToday = today;
    if (m_displayName.isEmpty() || m_displayName == m_user) {
        const QString name = str(status, "name");
        if (!name.isEmpty())
            m_displayName = name;
    }
    Q_EMIT stateChanged();
    if (countsMoved)
        Q_EMIT countsChanged();
}

void AgentSession::reconcile(const QJsonObject &status)
{
    QList<qint64> held;
    for (const char *list : {"active", "wrapping"}) {
        for (const QJsonValue &v : status.value(QLatin1String(list)).toArray())
            held << v.toInteger();
    }
    const qsizetype before = m_conversations.size();
    m_conversations.removeIf([&held](const Conversation &c) { return !held.contains(c.contact); });
    if (m_conversations.size() != before)
        Q_EMIT conversationsChanged();
    for (qint64 id : std::as_const(held)) {
        if (conversation(id))
            continue;
        command(QStringLiteral("contact.card"), {{QStringLiteral("contact"), id}}, [this, id](const net::Message &r) {
            if (conversation(id))
                return;
            Conversation c;
            c.contact = id;
            c.card = r.body;
            c.chat = c.card.value(QStringLiteral("chat")).toArray();
            c.since.start();
            c.wrapDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
            if (r.body.value(QStringLiteral("phase")).toString() == QLatin1String("wrapUp")) {
                c.phase = Conversation::Phase::WrapUp;
                const double left = r.body.value(QStringLiteral("wrapUpSecondsLeft")).toDouble();
                if (left > 0) {
                    c.wrapSeconds = static_cast<int>(std::ceil(left));
                    c.wrapDeadline = QDeadlineTimer(std::chrono::milliseconds(static_cast<qint64>(left * 1000)));
                }
            }
            m_conversations.append(c);
            qCInfo(lcSession) << "picked up contact" << id << "the agent already held";
            Q_EMIT conversationsChanged();
            Q_EMIT conversationStarted(id);
        });
    }
}

void AgentSession::command(const QString &type, QJsonObject body, std::function<void(const net::Message &)> then)
{
    m_client.request(type, std::move(body), [this, type, then = std::move(then)](const net::Message &reply) {
        if (reply.isError()) {
            qCInfo(lcSession) << type << "refused:" << net::wireErrorName(reply.error->code) << reply.error->message;
            Q_EMIT requestFailed(describe(*reply.error));
            return;
        }
        if (then)
            then(reply);
    });
}

void AgentSession::setReady()
{
    command(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}},
            [this](const net::Message &r) { applyStatus(r.body); });
}

void AgentSession::setNotReady(const QString &reason)
{
    QJsonObject body{{QStringLiteral("state"), QStringLiteral("notReady")}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    command(QStringLiteral("agent.state"), body, [this](const net::Message &r) { applyStatus(r.body); });
}

void AgentSession::setOffline()
{
    command(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("offline")}},
            [this](const net::Message &r) { applyStatus(r.body); });
}

void AgentSession::accept()
{
    if (!m_offer)
        return;
    // Keep the card now: the router may push the next offer (another chat, within capacity)
    // before this reply arrives.
    const Offer taken = *m_offer;
    command(QStringLiteral("offer.accept"), {{QStringLiteral("contact"), taken.contact}}, [this, taken](const net::Message &) {
        QJsonObject card = taken.card;
        if (m_offer && m_offer->contact == taken.contact) {
            card = m_offer->card;  // with any chat lines that came meanwhile
            m_offer.reset();
        }
        if (!conversation(taken.contact)) {
            Conversation c;
            c.contact = taken.contact;
            c.card = card;
            c.chat = c.card.value(QStringLiteral("chat")).toArray();
            c.since.start();
            c.wrapDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
            m_conversations.append(c);
        }
        Q_EMIT conversationsChanged();
        Q_EMIT conversationStarted(taken.contact);
        // contactsToday moved: ask rather than guess (it counts since local midnight at the site).
        command(QStringLiteral("agent.status"), {}, [this](const net::Message &r) { applyStatus(r.body); });
    });
}

void AgentSession::decline(const QString &reason)
{
    if (!m_offer)
        return;
    QJsonObject body{{QStringLiteral("contact"), m_offer->contact}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    command(QStringLiteral("offer.decline"), body);
}

void AgentSession::endContact(qint64 contact)
{
    command(QStringLiteral("contact.end"), {{QStringLiteral("contact"), contact}});
}

void AgentSession::transfer(qint64 contact, const QString &group, const QString &agent, const QString &note)
{
    QJsonObject body{{QStringLiteral("contact"), contact}};
    if (!group.isEmpty())
        body.insert(QStringLiteral("group"), group);
    if (!agent.isEmpty())
        body.insert(QStringLiteral("agent"), agent);
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    command(QStringLiteral("contact.transfer"), body);
}

void AgentSession::changeChannel(qint64 contact, const QString &channel)
{
    command(QStringLiteral("contact.channel"), {{QStringLiteral("contact"), contact}, {QStringLiteral("channel"), channel}});
}

void AgentSession::finishWrapUp(qint64 contact, const QString &disposition, const QString &notes)
{
    QJsonObject body{{QStringLiteral("contact"), contact}};
    if (!disposition.isEmpty())
        body.insert(QStringLiteral("disposition"), disposition);
    if (!notes.isEmpty())
        body.insert(QStringLiteral("notes"), notes);
    command(QStringLiteral("wrapup.finish"), body);
}

void AgentSession::sendChat(qint64 contact, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    command(QStringLiteral("chat.send"), {{QStringLiteral("contact"), contact}, {QStringLiteral("text"), trimmed}},
            [this, contact, trimmed](const net::Message &) {
                // The router sends our own line only to the customer's side; keep it here.
                if (Conversation *c = find(contact)) {
                    c->chat.append(QJsonObject{{QStringLiteral("contact"), contact},
                                               {QStringLiteral("from"), QStringLiteral("agent")},
                                               {QStringLiteral("agent"), m_agent},
                                               {QStringLiteral("text"), trimmed},
                                               {QStringLiteral("atUtc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
                    Q_EMIT chatMessage(contact, c->chat.last().toObject());
                }
            });
}

const Conversation *AgentSession::conversation(qint64 contact) const
{
    for (const auto &c : m_conversations) {
        if (c.contact == contact)
            return &c;
    }
    return nullptr;
}

Conversation *AgentSession::find(qint64 contact)
{
    for (auto &c : m_conversations) {
        if (c.contact == contact)
            return &c;
    }
    return nullptr;
}

void AgentSession::markRead(qint64 contact)
{
    if (Conversation *c = find(contact); c && c->unread != 0) {
        c->unread = 0;
        Q_EMIT conversationsChanged();
    }
}

void AgentSession::removeConversation(qint64 contact)
{
    m_conversations.removeIf([contact](const Conversation &c) { return c.contact == contact; });
}

void AgentSession::onPush(const net::Message &push)
{
    const QJsonObject &b = push.body;
    const QString &type = push.type;
    if (type == QLatin1String("offer")) {
        Offer o;
        o.offer = num(b, "offer");
        o.contact = num(b, "contact");
        o.card = b;
        o.acceptSeconds = static_cast<int>(b.value(QStringLiteral("acceptWithinSeconds")).toDouble());
        o.deadline = QDeadlineTimer(std::chrono::milliseconds(static_cast<qint64>(b.value(QStringLiteral("acceptWithinSeconds")).toDouble() * 1000)));
        m_offer = o;
        qCInfo(lcSession) << "offer of contact" << o.contact << "for" << o.acceptSeconds << "s";
        Q_EMIT offerArrived(o.contact);
    } else if (type == QLatin1String("offer.ended")) {
        const qint64 contact = num(b, "contact");
        if (m_offer && m_offer->contact == contact)
            m_offer.reset();
        Q_EMIT offerEnded(contact, str(b, "how"), str(b, "reason"));
    } else if (type == QLatin1String("agent.state")) {
        qCDebug(lcSession) << "agent state" << str(b, "state") << str(b, "reason");
        m_state = str(b, "state");
        m_reason = str(b, "reason");
        Q_EMIT stateChanged();
    } else if (type == QLatin1String("contact.ended")) {
        const qint64 contact = num(b, "contact");
        const bool transferred = b.value(QStringLiteral("transferred")).toBool();
        ++m_handled;
        m_handledSeconds += b.value(QStringLiteral("handledSeconds")).toDouble();
        if (Conversation *c = find(contact)) {
            c->phase = Conversation::Phase::WrapUp;
            c->transferred = transferred;
            c->since.start();
            c->wrapSeconds = static_cast<int>(b.value(QStringLiteral("wrapUpSeconds")).toDouble());
            c->wrapDeadline = c->wrapSeconds > 0 ? QDeadlineTimer(std::chrono::seconds(c->wrapSeconds))
                                                 : QDeadlineTimer(QDeadlineTimer::Forever);
        }
        Q_EMIT countsChanged();
        Q_EMIT conversationsChanged();
        Q_EMIT conversationEnded(contact, transferred);
    } else if (type == QLatin1String("contact.channel")) {
        // The conversation goes on in another channel (a chat became a call, or back).
        if (Conversation *c = find(num(b, "contact"))) {
            c->card.insert(QStringLiteral("channel"), str(b, "channel"));
            Q_EMIT conversationsChanged();
        }
    } else if (type == QLatin1String("wrapup.ended")) {
        const qint64 contact = num(b, "contact");
        removeConversation(contact);
        Q_EMIT conversationsChanged();
        Q_EMIT wrapUpEnded(contact, b.value(QStringLiteral("timedOut")).toBool());
    } else if (type == QLatin1String("chat.message")) {
        const qint64 contact = num(b, "contact");
        if (Conversation *c = find(contact)) {
            c->chat.append(b);
            if (str(b, "from") == QLatin1String("customer"))
                ++c->unread;
            Q_EMIT conversationsChanged();
        } else if (m_offer && m_offer->contact == contact) {
            QJsonArray lines = m_offer->card.value(QStringLiteral("chat")).toArray();
            lines.append(b);
            m_offer->card.insert(QStringLiteral("chat"), lines);
        }
        Q_EMIT chatMessage(contact, b);
    } else if (type == QLatin1String("session.replaced")) {
        m_signedIn = false;
        m_offer.reset();
        m_conversations.clear();
        Q_EMIT signedOut(tr("You signed in on another desktop, so this one was signed out."));
    } else if (type == QLatin1String("shutdown")) {
        qCInfo(lcSession) << "the router is shutting down; the client reconnects";
    }
}

}  // namespace baton::models
