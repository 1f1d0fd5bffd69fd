#include "routerclient.h"

#include "service.h"

#include <QAbstractSocket>

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebSocket>

namespace baton::net {

Q_LOGGING_CATEGORY(lcClient, "baton.client")

void RouterClient::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

// ---------------------------------------------------------------- LocalClient

LocalClient::LocalClient(RoutingService &service, QObject *parent)
    : RouterClient(parent)
    , m_service(service)
{
    // Every message goes through the codec, as over the wire: one behaviour for both clients.
    // Delivered from the event loop, never from inside the service: a client's reply handler
    // may send the next request (sign in another session, accept an offer) and the service
    // must not be re-entered while it is delivering.
    m_session = m_service.open([this](const Message &m) {
        QMetaObject::invokeMethod(this, [this, bytes = encode(m)] { receive(bytes); }, Qt::QueuedConnection);
    });
    setState(State::SigningIn);
}

LocalClient::~LocalClient()
{
    if (m_session)
        m_service.close(m_session);
}

void LocalClient::receive(const QByteArray &bytes)
{
    WireFailure failure;
    const auto m = decode(bytes, &failure);
    if (!m) {
        qCWarning(lcClient) << "undecodable message from the service:" << failure.message;
        return;
    }
    if (m->id != 0) {
        if (const Reply done = m_waiting.take(m->id))
            done(*m);
        return;
    }
    Q_EMIT pushed(*m);
}

void LocalClient::signIn(const QString &user, const QString &password, Reply done)
{
    request(QStringLiteral("hello"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}},
            [this, done](const Message &reply) {
                if (!reply.isError()) {
                    setState(State::Ready);
                    Q_EMIT signedIn(reply.body);
                }
                if (done)
                    done(reply);
            });
}

qint64 LocalClient::request(const QString &type, QJsonObject body, Reply done)
{
    Message m;
    m.type = type;
    m.id = ++m_nextId;
    m.body = std::move(body);
    if (done)
        m_waiting.insert(m.id, std::move(done));
    WireFailure failure;
    const auto decoded = decode(encode(m), &failure);
    if (!decoded) {
        if (const Reply d = m_waiting.take(m.id))
            d(errorFor(m, failure));
        return m.id;
    }
    if (m_session)
        m_service.receive(m_session, *decoded);
    return m.id;
}

void LocalClient::signOut()
{
    if (m_session) {
        m_service.close(m_session);
        m_session = nullptr;
    }
    setState(State::Disconnected);
}

// ---------------------------------------------------------------- RemoteClient

RemoteClient::RemoteClient(QUrl url, QObject *parent)
    : RemoteClient(QList<QUrl>{std::move(url)}, parent)
{
}

RemoteClient::RemoteClient(QList<QUrl> urls, QObject *parent)
    : RouterClient(parent)
    , m_urls(std::move(urls))
{
    Q_ASSERT(!m_urls.isEmpty());
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteClient::open);
}

RemoteClient::~RemoteClient()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
}

void RemoteClient::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater();
    }
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(kMaxMessageBytes));
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(kMaxMessageBytes));
    connect(m_socket.get(), &QWebSocket::connected, this, &RemoteClient::onConnected);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &RemoteClient::onDisconnected);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RemoteClient::onText);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_ignoreTls) {
            m_socket->ignoreSslErrors();
            return;
        }
        qCWarning(lcClient) << "TLS errors:" << errors;
        QStringList what;
        for (const QSslError &e : errors)
            what << e.errorString();
        m_lastError = QStringLiteral("TLS: %1").arg(what.join(QStringLiteral("; ")));
        m_tlsFailed = true;
    });
    connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (!m_tlsFailed)
            m_lastError = m_socket->errorString();
    });
    m_tlsFailed = false;
    setState(m_session != 0 ? State::Reconnecting : State::Connecting);
    m_socket->open(m_urls.value(m_current));
}

core::Result<QList<QUrl>> RemoteClient::parseUrls(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<QUrl> urls;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url(part, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")) || url.host().isEmpty())
            return core::Error::invalid(QStringLiteral("server"), QStringLiteral("'%1' is not a ws:// or wss:// address with a host").arg(part));
        if (!urls.contains(url))
            urls.append(url);
    }
    if (urls.isEmpty())
        return core::Error::invalid(QStringLiteral("server"), QStringLiteral("give the router's address, e.g. wss://router:8443"));
    return urls;
}

void RemoteClient::signIn(const QString &user, const QString &password, Reply done)
{
    m_user = user;
    m_password = password;
    m_helloDone = std::move(done);
    m_wanted = true;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        sendHello();
    else
        open();
}

void setLowDelay(QWebSocket &socket)
{
    // QWebSocket keeps its TCP (or TLS) socket as a child and offers no option for it.
    if (auto *tcp = socket.findChild<QAbstractSocket *>())
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void RemoteClient::onConnected()
{
    m_backoffMs = 250;
    m_failedInARow = 0;
    setLowDelay(*m_socket);
    sendHello();
}

void RemoteClient::sendHello()
{
    setState(State::SigningIn);
    // Back after a drop (or at another router of the site): the token of the last sign-in, so
    // the router need not check the password again; the password when there is none.
    m_helloByToken = m_session != 0 && !m_token.isEmpty();
    QJsonObject body{{QStringLiteral("user"), m_user}};
    if (m_helloByToken)
        body.insert(QStringLiteral("token"), m_token);
    else
        body.insert(QStringLiteral("password"), m_password);
    if (m_session != 0)
        body.insert(QStringLiteral("resume"), QJsonObject{{QStringLiteral("session"), m_session}, {QStringLiteral("seq"), m_lastSeq}});
    Message m;
    m.type = QStringLiteral("hello");
    m.id = m_helloId = ++m_nextId;
    m.body = body;
    m_socket->sendTextMessage(QString::fromUtf8(encode(m)));
}

void RemoteClient::onText(const QString &text)
{
    WireFailure failure;
    const auto m = decode(text.toUtf8(), &failure);
    if (!m) {
        qCWarning(lcClient) << "undecodable message from the router:" << failure.message;
        return;
    }
    if (m->id != 0 && m->id == m_helloId) {
        m_helloId = 0;
        if (m->isError() && m_helloByToken && m->error->code == WireError::Unauthenticated) {
            // The token has run out (or this router does not know it): the password, once.
            m_token.clear();
            sendHello();
            return;
        }
        if (m->isError()) {
            m_wanted = m->error->code != WireError::Unauthenticated && m_wanted;
            if (!m_wanted)
                setState(State::Disconnected);
        } else {
            const bool resumed = m->body.value(QStringLiteral("resumed")).toBool();
            if (!resumed)
                m_lastSeq = 0;  // a new session: its pushes count from 1
            m_session = m->body.value(QStringLiteral("session")).toInteger();
            m_token = m->body.value(QStringLiteral("token")).toString();
            setState(State::Ready);
            Q_EMIT signedIn(m->body);
        }
        if (const Reply done = std::exchange(m_helloDone, {}))
            done(*m);
        return;
    }
    if (m->id != 0) {
        if (const Reply done = m_waiting.take(m->id))
            done(*m);
        return;
    }
    if (m->seq != 0) {
        if (m->seq <= m_lastSeq)
            return;  // seen before the connection dropped
        m_lastSeq = m->seq;
    }
    Q_EMIT pushed(*m);
}

void RemoteClient::fail(qint64 id, WireFailure failure)
{
    if (const Reply done = m_waiting.take(id)) {
        Message none;
        none.id = id;
        done(errorFor(none, std::move(failure)));
    }
}

qint64 RemoteClient::request(const QString &type, QJsonObject body, Reply done)
{
    Message m;
    m.type = type;
    m.id = ++m_nextId;
    m.body = std::move(body);
    if (done)
        m_waiting.insert(m.id, std::move(done));
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || state() != State::Ready) {
        fail(m.id, WireFailure{WireError::Unavailable, QStringLiteral("not connected to the router"), {}});
        return m.id;
    }
    m_socket->sendTextMessage(QString::fromUtf8(encode(m)));
    return m.id;
}

void RemoteClient::onDisconnected()
{
    // Requests in flight have no answer coming: say so rather than leave them hanging.
    const QList<qint64> ids = m_waiting.keys();
    for (qint64 id : ids)
        fail(id, WireFailure{WireError::Unavailable, QStringLiteral("the connection to the router was lost"), {}});
    // A standby router closes before the WebSocket handshake, a dead one refuses: both leave
    // the state at Connecting or Reconnecting.
    const bool wasConnected = state() == State::SigningIn || state() == State::Ready;
    if (!wasConnected)
        ++m_failedInARow;
    // Several routers: a standby closes every connection, a dead one refuses; try the next.
    const bool anotherToTry = m_urls.size() > 1 && m_failedInARow < m_urls.size() && !m_tlsFailed;
    if (m_urls.size() > 1 && m_wanted)
        m_current = (m_current + 1) % m_urls.size();
    if (m_wanted && anotherToTry && (m_session != 0 || m_helloDone)) {
        ++m_reconnects;
        setState(m_session != 0 ? State::Reconnecting : State::Connecting);
        m_retry.start(wasConnected ? 50 : 0);
        return;
    }
    if (m_wanted && m_session == 0 && m_helloDone) {
        // The first sign-in could not reach the router: say why at once instead of retrying
        // behind the user's back (a TLS failure is not retried at all).
        m_wanted = false;
        Message hello;
        hello.id = std::exchange(m_helloId, 0);
        const QString why = m_lastError.isEmpty() ? QStringLiteral("the connection was closed") : m_lastError;
        QStringList where;
        for (const QUrl &u : std::as_const(m_urls))
            where.append(u.toDisplayString());
        m_failedInARow = 0;
        WireFailure failure{WireError::Unavailable, QStringLiteral("cannot reach the router at %1: %2").arg(where.join(QStringLiteral(", ")), why),
                            m_tlsFailed ? QStringLiteral("tls") : QStringLiteral("connection")};
        setState(State::Disconnected);
        if (const Reply done = std::exchange(m_helloDone, {}))
            done(errorFor(hello, std::move(failure)));
        return;
    }
    if (!m_wanted) {
        setState(State::Disconnected);
        return;
    }
    // Back off exponentially with jitter, so a restarted router is not stormed (with several
    // routers: once each has been tried).
    m_failedInARow = 0;
    ++m_reconnects;
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(static_cast<quint32>(m_backoffMs / 2 + 1)));
    m_retry.start(m_backoffMs + jitter);
    m_backoffMs = std::min(m_backoffMs * 2, 30000);
    setState(State::Reconnecting);
}

void RemoteClient::dropConnection()
{
    if (m_socket)
        m_socket->abort();
}

void RemoteClient::signOut()
{
    m_wanted = false;
    m_session = 0;
    m_token.clear();  // bye ends it on the router too
    if (m_socket && state() == State::Ready) {
        // Say goodbye first (an agent goes offline as "signed out"), then close.
        request(QStringLiteral("bye"), {}, [this](const Message &) {
            if (m_socket)
                m_socket->close();
        });
    } else if (m_socket) {
        m_socket->close();
    }
    setState(State::Disconnected);
}

}  // namespace baton::net
