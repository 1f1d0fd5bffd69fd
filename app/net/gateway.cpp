#include "gateway.h"

#include "service.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QWebSocket>
#include <QWebSocketServer>

namespace baton::net {

Q_LOGGING_CATEGORY(lcGateway, "baton.gateway")

struct Gateway::Connection {
    std::unique_ptr<QWebSocket> socket;
    Session *session = nullptr;
    QElapsedTimer lastHeard;
    double tokens = 0;
    QElapsedTimer refill;
    int malformed = 0;
    bool closing = false;
};

Gateway::Gateway(RoutingService &service, GatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("baton-router"),
                                                  m_options.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode);
    if (m_options.tls)
        m_server->setSslConfiguration(*m_options.tls);
    m_server->setHandshakeTimeout(m_options.handshakeTimeout);
    m_server->setMaxPendingConnections(256);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &Gateway::onNewConnection);
    connect(m_server.get(), &QWebSocketServer::sslErrors, this,
            [](const QList<QSslError> &errors) { qCWarning(lcGateway) << "TLS errors:" << errors; });
    connect(m_server.get(), &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError e) { qCWarning(lcGateway) << "accept error" << e; });
    m_heartbeat.setInterval(m_options.heartbeat);
    connect(&m_heartbeat, &QTimer::timeout, this, &Gateway::onHeartbeat);
}

Gateway::~Gateway()
{
    for (auto &c : m_connections)
        c->socket->disconnect(this);
}

core::Status Gateway::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return core::Error{core::ErrorCode::Unsupported,
                           QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString()),
                           QStringLiteral("listen")};
    m_heartbeat.start();
    return {};
}

QString Gateway::url() const
{
    const QHostAddress a = m_server->serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    return QStringLiteral("%1://%2:%3").arg(m_options.tls ? QStringLiteral("wss") : QStringLiteral("ws"), host).arg(m_server->serverPort());
}

void Gateway::onNewConnection()
{
    while (QWebSocket *raw = m_server->nextPendingConnection()) {
        std::unique_ptr<QWebSocket> socket(raw);
        if (static_cast<int>(m_connections.size()) >= m_options.maxConnections) {
            ++m_stats.refused;
            qCWarning(lcGateway) << "connection refused: at the limit of" << m_options.maxConnections;
            socket->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too many connections"));
            socket.release()->deleteLater();
            continue;
        }
        auto c = std::make_unique<Connection>();
        Connection *conn = c.get();
        conn->socket = std::move(socket);
        conn->socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(kMaxMessageBytes));
        conn->socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(kMaxMessageBytes));
        conn->lastHeard.start();
        conn->refill.start();
        conn->tokens = m_options.burst;
        conn->session = m_service.open([this, conn](const Message &m) {
            if (conn->closing)
                return;
            ++m_stats.messagesOut;
            conn->socket->sendTextMessage(QString::fromUtf8(encode(m)));
        });
        connect(conn->socket.get(), &QWebSocket::textMessageReceived, this, [this, conn](const QString &text) { onText(conn, text); });
        connect(conn->socket.get(), &QWebSocket::binaryMessageReceived, this, [this, conn](const QByteArray &) {
            conn->lastHeard.restart();
            ++m_stats.malformed;
            Message none;
            conn->socket->sendTextMessage(QString::fromUtf8(encode(
                errorFor(none, WireFailure{WireError::Malformed, QStringLiteral("Baton speaks JSON in text frames"), {}}))));
            if (++conn->malformed >= m_options.malformedLimit)
                conn->socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text frames only"));
        });
        connect(conn->socket.get(), &QWebSocket::pong, this, [conn](quint64, const QByteArray &) { conn->lastHeard.restart(); });
        connect(conn->socket.get(), &QWebSocket::disconnected, this, [this, conn] { drop(conn, true); });
        ++m_stats.accepted;
        m_connections.push_back(std::move(c));
        m_stats.connections = static_cast<long long>(m_connections.size());
    }
}

void Gateway::onText(Connection *c, const QString &text)
{
    c->lastHeard.restart();
    ++m_stats.messagesIn;
    // A token bucket: `burst` at once, then `messagesPerSecond`.
    c->tokens = std::min<double>(m_options.burst, c->tokens + m_options.messagesPerSecond * static_cast<double>(c->refill.restart()) / 1000.0);
    if (c->tokens < 1) {
        ++m_stats.rateLimited;
        Message none;
        c->socket->sendTextMessage(QString::fromUtf8(encode(errorFor(
            none, WireFailure{WireError::RateLimited, QStringLiteral("more than %1 messages a second").arg(m_options.messagesPerSecond), {}}))));
        return;
    }
    c->tokens -= 1;
    WireFailure failure;
    const auto message = decode(text.toUtf8(), &failure);
    if (!message) {
        ++m_stats.malformed;
        Message none;
        c->socket->sendTextMessage(QString::fromUtf8(encode(errorFor(none, failure))));
        if (++c->malformed >= m_options.malformedLimit) {
            qCWarning(lcGateway) << "closing a connection after" << c->malformed << "malformed messages from"
                                 << c->socket->peerAddress().toString();
            c->socket->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("too many malformed messages"));
        }
        return;
    }
    m_service.receive(c->session, *message);
}

void Gateway::onHeartbeat()
{
    const auto dead = m_options.deadAfter.count();
    std::vector<Connection *> silent;
    for (const auto &c : m_connections) {
        if (c->lastHeard.elapsed() > dead)
            silent.push_back(c.get());
        else
            c->socket->ping();
    }
    for (Connection *c : silent) {
        ++m_stats.closedDead;
        qCInfo(lcGateway) << "closing a silent connection from" << c->socket->peerAddress().toString();
        c->socket->abort();  // emits disconnected → drop()
    }
}

void Gateway::drop(Connection *c, bool detachSession)
{
    const auto it = std::find_if(m_connections.begin(), m_connections.end(), [c](const auto &p) { return p.get() == c; });
    if (it == m_connections.end())
        return;
    c->closing = true;
    if (detachSession && c->session)
        m_service.detach(c->session);
    c->socket->disconnect(this);
    c->socket.release()->deleteLater();
    m_connections.erase(it);
    m_stats.connections = static_cast<long long>(m_connections.size());
}

void Gateway::close()
{
    m_server->close();
    m_heartbeat.stop();
    for (const auto &c : m_connections) {
        c->socket->flush();
        c->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the router is restarting; reconnect"));
    }
}

}  // namespace baton::net
