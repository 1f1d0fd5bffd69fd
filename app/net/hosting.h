#pragma once
// What a process needs to serve the protocol to other computers, shared by baton-router and a
// desktop that hosts its embedded site: users checked against the store's users table
// (StoreAuthenticator), a TLS identity read from PEM files, and "host:port" addresses.

#include "result.h"
#include "service.h"

#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace baton::store {
class AuditLog;
class Database;
class UserRepository;
struct PasswordCost;
}

namespace baton::net {

class Gateway;

// Users from the store's users table, with their argon2id passwords. Checking one costs
// ~150 ms of hashing, so the service calls this on its sign-in thread, where the connection to
// the database is opened (a connection belongs to the thread that opened it).
class StoreAuthenticator final : public Authenticator {
public:
    StoreAuthenticator(QString databasePath, const core::Clock &clock, const store::PasswordCost &cost);
    ~StoreAuthenticator() override;

    core::Result<Identity> authenticate(const QString &user, const QString &password) override;
    core::Result<Identity> authenticateToken(const QString &user, const QString &token) override;
    void revokeToken(const QString &token) override;

private:
    core::Status ensureOpen();
    void dropBrokenConnection(const core::Error &error);
    QString m_path;
    const core::Clock &m_clock;
    std::unique_ptr<store::PasswordCost> m_cost;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<store::UserRepository> m_users;
};

// A server's TLS identity: the certificate chain and its unencrypted RSA or EC private key, in
// PEM. Errors name the file and what is wrong with it.
core::Result<QSslConfiguration> loadServerTls(const QString &certificatePath, const QString &keyPath);

// "127.0.0.1:8765", "[::1]:0", "0.0.0.0:8765"; nullopt when it is not an address and a port.
std::optional<std::pair<QHostAddress, quint16>> parseHostPort(const QString &text);

struct HostSettings {
    bool enabled = false;                          // off by default: a desktop serves itself only
    QString listen = QStringLiteral("0.0.0.0:8765");
    QString certificate;                           // PEM; with `key`, other desktops connect with wss://
    QString key;
};

// SiteHost: a desktop that runs its site embedded opens the same WebSocket gateway as
// baton-router, so the other desktops of a small site connect to it in remote mode. Remote
// sign-ins are checked against the users of the site's database (baton-admin user add), as on
// the router; the desktop's own sign-in is unchanged.
class SiteHost : public QObject {
    Q_OBJECT

public:
    SiteHost(RoutingService &service, QString databasePath, const core::Clock &clock, QObject *parent = nullptr);
    ~SiteHost() override;

    // Starts (or restarts with new settings) serving; the address others connect to, or an error
    // that names what is wrong (address, certificate, key, port in use). Disabled settings stop.
    core::Result<QString> apply(const HostSettings &settings);
    void stop();
    bool isRunning() const { return m_gateway != nullptr; }
    QString url() const;
    int connectedDesktops() const;

    // The cheaper password hashing for tests (the interactive cost otherwise).
    void setPasswordCost(const store::PasswordCost &cost);

private:
    RoutingService &m_service;
    QString m_databasePath;
    const core::Clock &m_clock;
    std::unique_ptr<store::PasswordCost> m_cost;
    // Made once and shared with the service, which lets go of it only after its sign-in thread
    // ends: a check in flight never outlives it, whenever hosting stops.
    std::shared_ptr<StoreAuthenticator> m_authenticator;
    std::unique_ptr<Gateway> m_gateway;
};

}  // namespace baton::net
