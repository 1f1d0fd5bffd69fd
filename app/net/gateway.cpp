#include "gateway.h"

#include "epolldispatcher.h"
#include "service.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <unordered_map>

namespace baton::net {

Q_LOGGING_CATEGORY(lcGateway, "baton.gateway")

namespace {

// Milliseconds of a steady clock: the service's pulse and the I/O threads' reading of it.
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Hands accepted descriptors to the gateway instead of making sockets on this thread.
class DescriptorServer final : public QTcpServer {
public:
    std::function<void(qintptr)> onDescriptor;

protected:
    void incomingConnection(qintptr descriptor) override { onDescriptor(descriptor); }
};

}  // namespace

// The connections of one thread. Everything here runs on that thread; the service is reached
// with queued calls, in order, so a connection's messages reach it in the order they came.
class IoWorker final : public QObject {
public:
    IoWorker(RoutingService &service, const GatewayOptions &options, GatewayCounters &counters)
        : m_service(service)
        , m_options(options)
        , m_counters(counters)
    {
    }

    // On the worker's thread, before any connection.
    void start()
    {
        m_upgrader = std::make_unique<QWebSocketServer>(QStringLiteral("baton-router"), QWebSocketServer::NonSecureMode);
        // No setHandshakeTimeout: Qt applies it only to its own listening socket's connections,
        // not to those handed over; expireHandshakes() keeps the time-out for all of them.
        connect(m_upgrader.get(), &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_upgrader->nextPendingConnection())
                adopt(s);
        });
        // Heartbeats are checked often and sent to each connection on its own schedule: pinging
        // every connection of a thread at one tick sends thousands of pings (and gets thousands of
        // pongs) in one burst, which held offers behind it every few seconds.
        m_heartbeat = std::make_unique<QTimer>();
        m_heartbeat->setInterval(std::max<std::chrono::milliseconds>(std::chrono::milliseconds(10), m_options.heartbeat / 20));
        connect(m_heartbeat.get(), &QTimer::timeout, this, [this] { beat(); });
        m_heartbeat->start();
    }

    void adoptDescriptor(qintptr descriptor)
    {
        if (m_options.tls) {
            adoptTls(descriptor);
            return;
        }
        auto *tcp = new QTcpSocket;
        if (!tcp->setSocketDescriptor(descriptor)) {
            delete tcp;
            return;
        }
        // Small messages, sent as they come: without this, Nagle's algorithm holds an offer
        // behind an unacknowledged heartbeat until the client's delayed ACK (40 ms on Linux).
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_handshakes.push_back(Handshake{tcp, tcp->peerAddress(), tcp->peerPort(), {}, false});
        m_handshakes.back().since.start();
        m_upgrader->handleConnection(tcp);  // the upgraded socket arrives through newConnection
    }

    // wss://: the TLS handshake runs here too, then the WebSocket upgrade reads the decrypted
    // stream as it reads a plain one. The two handshakes together get the handshake time-out.
    void adoptTls(qintptr descriptor)
    {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ssl->setSslConfiguration(*m_options.tls);
        m_handshakes.push_back(Handshake{ssl, ssl->peerAddress(), ssl->peerPort(), {}, true});
        m_handshakes.back().since.start();
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            ssl->disconnect(this);  // the upgrader owns it from here
            for (Handshake &h : m_handshakes)
                if (h.socket == ssl)
                    h.ours = false;
            m_upgrader->handleConnection(ssl);
        });
        connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &errors) {
            qCInfo(lcGateway) << "TLS handshake with" << ssl->peerAddress().toString() << "failed:" << errors;
        });
        connect(ssl, &QSslSocket::disconnected, this, [ssl] { ssl->deleteLater(); });
        ssl->startServerEncryption();
    }

    // Qt's upgrader times out only the handshakes of its own listening socket, not those handed
    // to it: every connection not upgraded (TLS included) within the time-out is closed here.
    void expireHandshakes()
    {
        std::erase_if(m_handshakes, [this](Handshake &h) {
            if (!h.socket)
                return true;  // gone: it closed, or failed its TLS handshake
            if (h.since.elapsed() < m_options.handshakeTimeout.count())
                return false;
            qCInfo(lcGateway) << "closing a connection from" << h.address.toString() << "that did not finish its handshake within"
                              << m_options.handshakeTimeout.count() << "ms";
            h.socket->abort();  // the upgrader, or our own connection above, deletes it when it disconnects
            if (h.ours)
                h.socket->deleteLater();
            return true;
        });
    }

    void adopt(QWebSocket *raw)
    {
        std::erase_if(m_handshakes, [raw](const Handshake &h) { return h.port == raw->peerPort() && h.address == raw->peerAddress(); });
        auto c = std::make_unique<Connection>();
        Connection *conn = c.get();
        conn->id = ++m_nextId;
        conn->socket.reset(raw);
        conn->socket->setParent(nullptr);
        conn->socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(kMaxMessageBytes));
        conn->socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(kMaxMessageBytes));
        conn->lastHeard.start();
        conn->lastPinged.start();
        // The first ping comes between half an interval and an interval and a half from now, which
        // spreads a thread's connections over time even when they all came at once.
        conn->pingAfter = m_options.heartbeat.count() / 2 + static_cast<qint64>(m_nextId * 7919 % 1000) * m_options.heartbeat.count() / 1000;
        conn->refill.start();
        conn->tokens = m_options.burst;
        conn->session = std::make_shared<Session *>(nullptr);
        connect(conn->socket.get(), &QWebSocket::textMessageReceived, this, [this, conn](const QString &text) { onText(conn, text); });
        connect(conn->socket.get(), &QWebSocket::binaryMessageReceived, this, [this, conn](const QByteArray &) {
            conn->lastHeard.restart();
            ++m_counters.malformed;
            sendError(conn, WireFailure{WireError::Malformed, QStringLiteral("Baton speaks JSON in text frames"), {}});
            if (++conn->malformed >= m_options.malformedLimit)
                conn->socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text frames only"));
        });
        connect(conn->socket.get(), &QWebSocket::pong, this, [conn](quint64, const QByteArray &) { conn->lastHeard.restart(); });
        connect(conn->socket.get(), &QWebSocket::disconnected, this, [this, id = conn->id] { drop(id); });
        m_conns.emplace(conn->id, std::move(c));
        ++m_counters.connections;  // upgraded: handshakes in progress are bounded by their time-out

        // The session is made on the service's thread; the calls that follow run after it.
        const quint64 id = conn->id;
        auto holder = conn->session;
        QMetaObject::invokeMethod(&m_service, [this, id, holder, edgePing = conn->edgePing, queued = conn->queuedOut] {
            *holder = m_service.open([this, id, queued](const Message &m) {
                if (QThread::currentThread() == thread()) {
                    sendTo(id, m);
                } else {
                    ++*queued;  // on its way to this thread: a ping at the edge must not overtake it
                    QMetaObject::invokeMethod(this, [this, id, m, queued] {
                        --*queued;
                        sendTo(id, m);
                    }, Qt::QueuedConnection);
                }
            }, Origin::Remote, edgePing);
        }, Qt::QueuedConnection);
    }

    void sendTo(quint64 id, const Message &m)
    {
        const auto it = m_conns.find(id);
        if (it == m_conns.end() || it->second->closing)
            return;
        Connection &c = *it->second;
        // An answer (pushes are numbered): the service answers each request exactly once. (A
        // resumed session may also get answers owed to its old connection; it never answers
        // pings here, see RoutingService::refreshEdgePing.)
        if (m.seq == 0)
            c.unanswered = std::max(0, c.unanswered - 1);
        ++m_counters.messagesOut;
        c.socket->sendTextMessage(QString::fromUtf8(encode(m)));
    }

    void closeAll()
    {
        m_heartbeat->stop();
        for (Handshake &h : std::exchange(m_handshakes, {})) {
            if (h.socket) {
                h.socket->abort();
                if (h.ours)
                    h.socket->deleteLater();
            }
        }
        // Closing may drop a connection at once (erasing it from m_conns): collect first.
        std::vector<QWebSocket *> sockets;
        for (auto &[id, c] : m_conns)
            sockets.push_back(c->socket.get());
        for (QWebSocket *s : sockets) {
            s->flush();
            s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the router is restarting; reconnect"));
        }
    }

    // Sockets die on this thread.
    ~IoWorker() override
    {
        for (auto &[id, c] : m_conns)
            c->socket->disconnect(this);
        for (Handshake &h : m_handshakes) {
            if (h.socket && h.ours) {
                h.socket->disconnect(this);
                delete h.socket.data();
            }
        }
    }

private:
    struct Connection {
        quint64 id = 0;
        std::unique_ptr<QWebSocket> socket;
        std::shared_ptr<Session *> session;  // read and written on the service's thread only
        QElapsedTimer lastHeard;
        QElapsedTimer lastPinged;
        qint64 pingAfter = 0;  // ms after lastPinged for the next ping
        double tokens = 0;
        QElapsedTimer refill;
        int malformed = 0;
        int unanswered = 0;  // requests handed to the service and not answered yet
        std::shared_ptr<std::atomic<bool>> edgePing = std::make_shared<std::atomic<bool>>(false);  // the service's word
        std::shared_ptr<std::atomic<int>> queuedOut = std::make_shared<std::atomic<int>>(0);       // sent by the service, not yet here
        bool closing = false;
    };

    // See gateway.h: a ping the service would answer at once anyway.
    bool answerAtEdge(const Connection &c, const Message &m) const
    {
        if (m.type != QLatin1String("ping") || m.id == 0 || c.unanswered > 0 || !c.edgePing->load(std::memory_order_relaxed)
            || c.queuedOut->load() > 0)
            return false;
        return steadyMs() - m_counters.serviceAliveAt.load(std::memory_order_relaxed) < 1000;
    }

    void sendError(Connection *c, WireFailure failure)
    {
        Message none;
        ++m_counters.messagesOut;
        c->socket->sendTextMessage(QString::fromUtf8(encode(errorFor(none, std::move(failure)))));
    }

    void onText(Connection *c, const QString &text)
    {
        c->lastHeard.restart();
        ++m_counters.messagesIn;
        // A token bucket: `burst` at once, then `messagesPerSecond`.
        c->tokens = std::min<double>(m_options.burst,
                                     c->tokens + m_options.messagesPerSecond * static_cast<double>(c->refill.restart()) / 1000.0);
        if (c->tokens < 1) {
            ++m_counters.rateLimited;
            sendError(c, WireFailure{WireError::RateLimited, QStringLiteral("more than %1 messages a second").arg(m_options.messagesPerSecond), {}});
            return;
        }
        c->tokens -= 1;
        WireFailure failure;
        auto message = decode(text.toUtf8(), &failure);
        if (!message) {
            ++m_counters.malformed;
            sendError(c, failure);
            if (++c->malformed >= m_options.malformedLimit) {
                qCWarning(lcGateway) << "closing a connection after" << c->malformed << "malformed messages from"
                                     << c->socket->peerAddress().toString();
                c->socket->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("too many malformed messages"));
            }
            return;
        }
        if (answerAtEdge(*c, *message)) {
            ++m_counters.pingsAtEdge;
            ++m_counters.messagesOut;
            c->socket->sendTextMessage(QString::fromUtf8(encode(response(*message))));
            return;
        }
        ++c->unanswered;
        QMetaObject::invokeMethod(&m_service, [this, holder = c->session, m = std::move(*message)] {
            if (*holder)
                m_service.receive(*holder, m);
        }, Qt::QueuedConnection);
    }

    void beat()
    {
        expireHandshakes();
        const auto dead = m_options.deadAfter.count();
        std::vector<QWebSocket *> silent;
        for (auto &[id, c] : m_conns) {
            const qint64 heard = c->lastHeard.elapsed();
            if (heard > dead) {
                silent.push_back(c->socket.get());
            } else if (c->lastPinged.elapsed() >= c->pingAfter) {
                c->socket->ping();
                c->lastPinged.restart();
                c->pingAfter = m_options.heartbeat.count();
            }
        }
        for (QWebSocket *s : silent) {
            ++m_counters.closedDead;
            qCInfo(lcGateway) << "closing a silent connection from" << s->peerAddress().toString();
            s->abort();  // emits disconnected → drop()
        }
    }

    void drop(quint64 id)
    {
        const auto it = m_conns.find(id);
        if (it == m_conns.end())
            return;
        Connection &c = *it->second;
        c.closing = true;
        QMetaObject::invokeMethod(&m_service, [this, holder = c.session] {
            if (*holder) {
                m_service.detach(*holder);
                *holder = nullptr;
            }
        }, Qt::QueuedConnection);
        c.socket->disconnect(this);
        c.socket.release()->deleteLater();
        m_conns.erase(it);
        --m_counters.connections;
    }

    RoutingService &m_service;
    const GatewayOptions &m_options;
    GatewayCounters &m_counters;
    std::unique_ptr<QWebSocketServer> m_upgrader;
    std::unique_ptr<QTimer> m_heartbeat;
    std::unordered_map<quint64, std::unique_ptr<Connection>> m_conns;
    // Connections accepted and not yet upgraded (TLS and WebSocket handshakes), oldest first.
    struct Handshake {
        QPointer<QTcpSocket> socket;
        QHostAddress address;
        quint16 port = 0;
        QElapsedTimer since;
        bool ours = false;  // still ours to delete (TLS not done); else the upgrader's
    };
    std::vector<Handshake> m_handshakes;
    quint64 m_nextId = 0;
};

Gateway::Gateway(RoutingService &service, GatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
{
    // The service's pulse, for answering pings at the edge. Only where the service shares this
    // thread (as in baton-router and a hosting desktop); elsewhere every ping goes to it.
    if (m_service.thread() == thread()) {
        const auto stamp = [this] {
            m_counters.serviceAliveAt.store(steadyMs());
        };
        stamp();
        m_serviceAlive = std::make_unique<QTimer>();
        m_serviceAlive->setInterval(250);
        connect(m_serviceAlive.get(), &QTimer::timeout, this, stamp);
        m_serviceAlive->start();
    }
}

Gateway::~Gateway()
{
    for (std::size_t i = 0; i < m_threads.size(); ++i) {
        IoWorker *w = m_workers[i];
        QMetaObject::invokeMethod(w, [w] { delete w; }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
}

core::Status Gateway::listen(const QHostAddress &address, quint16 port)
{
    const int threads = m_options.ioThreads > 0                 ? m_options.ioThreads
                        : haveSocketThreadDispatcher()            ? std::clamp(QThread::idealThreadCount(), 2, 16)
                                                                  : 16;
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("baton-io-%1").arg(i));
        if (QAbstractEventDispatcher *epoll = makeSocketThreadDispatcher())
            thread->setEventDispatcher(epoll);
        auto *worker = new IoWorker(m_service, m_options, m_counters);
        worker->moveToThread(thread.get());
        thread->start();
        QMetaObject::invokeMethod(worker, [worker] { worker->start(); }, Qt::BlockingQueuedConnection);
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
    auto server = std::make_unique<DescriptorServer>();
    server->onDescriptor = [this](qintptr d) { accept(d); };
    server->setMaxPendingConnections(1024);
    server->setListenBacklogSize(1024);  // a shift's agents signing in at once
    if (!server->listen(address, port))
        return core::Error{core::ErrorCode::Unsupported,
                           QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString()),
                           QStringLiteral("listen")};
    m_address = server->serverAddress();
    m_port = server->serverPort();
    m_tcpServer = std::move(server);
    return {};
}

void Gateway::accept(qintptr descriptor)
{
    if (m_counters.connections.load() >= m_options.maxConnections) {
        ++m_counters.refused;
        qCWarning(lcGateway) << "connection refused: at the limit of" << m_options.maxConnections;
        // Say why where the client can read it (plain HTTP; a TLS client only sees it close).
        auto *tcp = new QTcpSocket(this);
        if (!tcp->setSocketDescriptor(descriptor) || m_options.tls) {
            delete tcp;  // closes it; a TLS client sees its handshake fail
            return;
        }
        connect(tcp, &QTcpSocket::disconnected, tcp, &QObject::deleteLater);  // before: it may disconnect at once
        tcp->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        tcp->disconnectFromHost();
        return;
    }
    ++m_counters.accepted;
    IoWorker *w = m_workers[m_nextWorker++ % m_workers.size()];
    QMetaObject::invokeMethod(w, [w, descriptor] { w->adoptDescriptor(descriptor); }, Qt::QueuedConnection);
}

QString Gateway::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(m_address.toString()) : m_address.toString();
    return QStringLiteral("%1://%2:%3").arg(m_options.tls ? QStringLiteral("wss") : QStringLiteral("ws"), host).arg(m_port);
}

GatewayStats Gateway::stats() const
{
    GatewayStats s;
    s.connections = m_counters.connections.load();
    s.accepted = m_counters.accepted.load();
    s.refused = m_counters.refused.load();
    s.malformed = m_counters.malformed.load();
    s.rateLimited = m_counters.rateLimited.load();
    s.closedDead = m_counters.closedDead.load();
    s.messagesIn = m_counters.messagesIn.load();
    s.messagesOut = m_counters.messagesOut.load();
    s.pingsAtEdge = m_counters.pingsAtEdge.load();
    return s;
}

void Gateway::close()
{
    // Every ping goes to the service from now on (it answers `unavailable` while stopping).
    if (m_serviceAlive)
        m_serviceAlive->stop();
    m_counters.serviceAliveAt.store(0);
    if (m_tcpServer)
        m_tcpServer->close();
    for (IoWorker *w : m_workers)
        QMetaObject::invokeMethod(w, [w] { w->closeAll(); }, Qt::QueuedConnection);
}

}  // namespace baton::net
