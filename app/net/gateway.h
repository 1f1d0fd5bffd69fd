#pragma once
// Gateway: the WebSocket edge in front of a RoutingService (baton-router, or a desktop that
// hosts). It turns frames into Messages and back, and enforces the limits an open port needs:
// frame and message size (1 MiB), handshake time-out, messages per second per connection,
// the number of connections, heartbeats (a connection silent for 20 s is closed), and a few
// malformed messages before a connection is dropped. Nothing a client sends crashes or blocks it.
//
// Threads: Qt's event loop polls every socket it watches on each pass, so one thread with
// thousands of connections spends its time polling. Connections are therefore spread over I/O
// threads that run an epoll event dispatcher (EpollDispatcher), accepted on the main thread and
// handed over as socket descriptors; each thread runs the TLS handshake (wss://), the WebSocket
// upgrade, decodes, checks limits and encodes for its own connections, and only Messages cross
// to the service's thread.
//
// A `ping` is answered by the I/O thread itself when the connection has no request waiting for an
// answer (so answers stay in order), the service says the session may (signed in, nothing held
// for the journal, not resumed, not stopping: RoutingService::refreshEdgePing) and the service's
// thread has run in the last second: it then says what the service would, without two hops.

#include "protocol.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

class QTcpServer;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace baton::net {

class RoutingService;
class IoWorker;

struct GatewayOptions {
    int maxConnections = 20000;
    std::chrono::milliseconds handshakeTimeout{5000};
    std::chrono::milliseconds heartbeat{5000};    // ping interval
    std::chrono::milliseconds deadAfter{20000};   // silence before a connection is closed
    double messagesPerSecond = 50;                // sustained, per connection
    int burst = 200;
    int malformedLimit = 20;                      // malformed messages before the connection closes
    int ioThreads = 0;                            // 0: one per core, at least 2 (16 where there is no epoll)
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
    long long pingsAtEdge = 0;  // `ping`s answered by an I/O thread (nothing owed, service alive)
};

// Counters shared by the I/O threads.
struct GatewayCounters {
    std::atomic<long long> connections{0}, accepted{0}, refused{0}, malformed{0}, rateLimited{0}, closedDead{0}, messagesIn{0},
        messagesOut{0}, pingsAtEdge{0};
    // When the service's thread last ran its event loop (ms of a steady clock); an I/O thread
    // answers a `ping` itself only while the service is seen alive.
    std::atomic<qint64> serviceAliveAt{0};
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
    GatewayStats stats() const;

private:
    void accept(qintptr descriptor);

    RoutingService &m_service;
    GatewayOptions m_options;
    GatewayCounters m_counters;
    std::unique_ptr<QTcpServer> m_tcpServer;  // accepts; the I/O threads run TLS and the upgrade
    std::vector<IoWorker *> m_workers;              // owned by their threads
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::size_t m_nextWorker = 0;
    std::unique_ptr<QTimer> m_serviceAlive;  // on the service's thread: stamps serviceAliveAt
    QHostAddress m_address;
    quint16 m_port = 0;
};

}  // namespace baton::net
