#pragma once
// RouterClient: how a desktop (or a load generator) talks to routing, without knowing where it
// runs. LocalClient drives a RoutingService in this process; RemoteClient speaks the WebSocket
// protocol to baton-router (or to a desktop that hosts). Both pass the same Messages through the
// same codec, so one test suite covers both and they behave the same.

#include "protocol.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

namespace baton::net {

class RoutingService;
class Session;

// Sends small messages at once on a connected WebSocket (TCP_NODELAY): without it Nagle's
// algorithm holds a request behind an unacknowledged one until the peer's delayed ACK (40 ms).
void setLowDelay(QWebSocket &socket);

class RouterClient : public QObject {
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, SigningIn, Ready, Reconnecting };
    Q_ENUM(State)
    using Reply = std::function<void(const Message &reply)>;

    using QObject::QObject;

    // Signs in (the hello request); the reply comes to `done` and, when it succeeds, signedIn().
    virtual void signIn(const QString &user, const QString &password, Reply done = {}) = 0;
    // Sends a request; its reply — "TYPE.ok" or "error" — comes to `done`. Returns the id.
    virtual qint64 request(const QString &type, QJsonObject body = {}, Reply done = {}) = 0;
    virtual void signOut() = 0;
    State state() const { return m_state; }

Q_SIGNALS:
    void signedIn(const QJsonObject &hello);
    void pushed(const baton::net::Message &push);  // in sequence order, none missed after a resume
    void stateChanged(baton::net::RouterClient::State state);

protected:
    void setState(State s);

private:
    State m_state = State::Disconnected;
};

class LocalClient final : public RouterClient {
    Q_OBJECT

public:
    explicit LocalClient(RoutingService &service, QObject *parent = nullptr);
    ~LocalClient() override;

    void signIn(const QString &user, const QString &password, Reply done = {}) override;
    qint64 request(const QString &type, QJsonObject body = {}, Reply done = {}) override;
    void signOut() override;

private:
    void receive(const QByteArray &bytes);

    RoutingService &m_service;
    Session *m_session = nullptr;
    qint64 m_nextId = 0;
    QHash<qint64, Reply> m_waiting;
};

class RemoteClient final : public RouterClient {
    Q_OBJECT

public:
    explicit RemoteClient(QUrl url, QObject *parent = nullptr);
    // Several routers of one site (active and standby): connects to whichever serves, moving on
    // to the next address when one refuses or drops, and resumes there.
    explicit RemoteClient(QList<QUrl> urls, QObject *parent = nullptr);
    // "wss://a:8443, wss://b:8443": the addresses in a list separated by commas or spaces; an
    // error names the one that is not a ws:// or wss:// address with a host.
    static core::Result<QList<QUrl>> parseUrls(const QString &text);
    ~RemoteClient() override;

    void signIn(const QString &user, const QString &password, Reply done = {}) override;
    qint64 request(const QString &type, QJsonObject body = {}, Reply done = {}) override;
    void signOut() override;
    // For tests: drop the connection as a network failure would.
    void dropConnection();
    void setIgnoreTlsErrors(bool ignore) { m_ignoreTls = ignore; }
    int reconnects() const { return m_reconnects; }
    // The address connected to (or being tried).
    QUrl url() const { return m_urls.value(m_current); }

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void sendHello();
    void fail(qint64 id, WireFailure failure);

    QList<QUrl> m_urls;
    qsizetype m_current = 0;
    qsizetype m_failedInARow = 0;  // connections that failed since the last good one
    std::unique_ptr<QWebSocket> m_socket;
    QString m_user;
    QString m_password;
    QString m_token;        // from hello.ok: signs in again without the password check
    bool m_helloByToken = false;
    Reply m_helloDone;
    qint64 m_session = 0;
    qint64 m_lastSeq = 0;
    qint64 m_nextId = 0;
    qint64 m_helloId = 0;
    QHash<qint64, Reply> m_waiting;
    QTimer m_retry;
    int m_backoffMs = 250;
    int m_reconnects = 0;
    bool m_wanted = false;
    bool m_ignoreTls = false;
    bool m_tlsFailed = false;
    QString m_lastError;  // the socket's last error, for a sign-in that cannot connect
};

}  // namespace baton::net
