#pragma once
// Gateway: the WebSocket edge in front of a RoutingService (baton-router, or a desktop that
// hosts). It turns frames into Messages and back, and enforces the limits an open port needs:
// frame and message size (1 MiB), handshake time-out, messages per second per connection,
// the number of connections, heartbeats (a connection silent for 30 s is closed), and a few
// malformed messages before a connection is dropped. Nothing a client sends crashes or blocks it.

#include "protocol.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace baton::net {

class RoutingService;
class Session;

struct GatewayOptions {
    int maxConnections = 20000;
    std::chrono::milliseconds handshakeTimeout{5000};
    std::chrono::milliseconds heartbeat{5000};    // ping interval
    std::chrono::milliseconds deadAfter{20000};   // silence before a connection is closed
    double messagesPerSecond = 50;                // sustained, per connection
    int burst = 200;
    int malformedLimit = 20;                      // malformed messages before the connection closes
    std::optional<QSslConfiguration> tls;         // wss:// when set
};

struct GatewayStats {
    long long connections = 0;
    long long accepted = 0;
    long long refused = 0;       // over the connection limit
    long long malformed = 0;
    long long rateLimited = 0;
    long long closedDead = 0;
    long long messagesIn = 0;
    long long messagesOut = 0;
};

class Gateway final : public QObject {
    Q_OBJECT

public:
    Gateway(RoutingService &service, GatewayOptions options, QObject *parent = nullptr);
    ~Gateway() override;

    core::Status listen(const QHostAddress &address, quint16 port);
    QString url() const;  // ws://host:port or wss://…
    // Stops accepting and closes every connection with "going away" after the service said so.
    void close();
    GatewayStats stats() const { return m_stats; }

private:
    struct Connection;
    void onNewConnection();
    void onText(Connection *c, const QString &text);
    void onHeartbeat();
    void drop(Connection *c, bool detachSession);

    RoutingService &m_service;
    GatewayOptions m_options;
    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_heartbeat;
    GatewayStats m_stats;
};

}  // namespace baton::net
