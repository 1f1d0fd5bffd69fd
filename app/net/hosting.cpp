#include "hosting.h"

#include "auditlog.h"
#include "database.h"
#include "gateway.h"
#include "userrepository.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace baton::net {

StoreAuthenticator::StoreAuthenticator(QString databasePath, const core::Clock &clock, const store::PasswordCost &cost)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_cost(std::make_unique<store::PasswordCost>(cost))
{
}

StoreAuthenticator::~StoreAuthenticator() = default;

core::Status StoreAuthenticator::ensureOpen()
{
    if (m_db)
        return {};
    auto db = store::Database::open(m_path, store::Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_audit = std::make_unique<store::AuditLog>(*m_db, m_clock);
    m_users = std::make_unique<store::UserRepository>(*m_db, m_clock, m_audit.get(), *m_cost);
    return {};
}

core::Result<Identity> StoreAuthenticator::authenticate(const QString &user, const QString &password)
{
    if (auto s = ensureOpen(); !s)
        return s.error();
    auto u = m_users->authenticate(user, password);
    if (!u) {
        dropBrokenConnection(u.error());
        return u.error();
    }
    Identity who{u->id, u->role, u->agentId, u->displayName, {}};
    // For signing in again without the password (another router, a dropped connection).
    if (auto token = m_users->issueToken(u->id))
        who.token = token.value();
    else
        qWarning("baton: no sign-in token for %s: %s", qPrintable(u->id), qPrintable(token.error().message));
    return who;
}

core::Result<Identity> StoreAuthenticator::authenticateToken(const QString &user, const QString &token)
{
    if (auto s = ensureOpen(); !s)
        return s.error();
    auto u = m_users->authenticateToken(user, token);
    if (!u) {
        dropBrokenConnection(u.error());
        return u.error();
    }
    return Identity{u->id, u->role, u->agentId, u->displayName, token};
}

void StoreAuthenticator::dropBrokenConnection(const core::Error &error)
{
    // Not a refusal but a failure of the database (its server restarted, the connection was
    // cut): open a new connection at the next sign-in rather than fail every one from now on.
    if (!store::loginRefusal(error)) {
        m_users.reset();
        m_audit.reset();
        m_db.reset();
    }
}

void StoreAuthenticator::revokeToken(const QString &token)
{
    if (ensureOpen())
        (void)m_users->revokeToken(token);
}

core::Result<QSslConfiguration> loadServerTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return core::Error::invalid(QStringLiteral("tls-cert"), QStringLiteral("cannot read the certificate %1: %2").arg(certificatePath, certFile.errorString()));
    if (!keyFile.open(QIODevice::ReadOnly))
        return core::Error::invalid(QStringLiteral("tls-key"), QStringLiteral("cannot read the key %1: %2").arg(keyPath, keyFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty())
        return core::Error::invalid(QStringLiteral("tls-cert"), QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    if (key.isNull())
        return core::Error::invalid(QStringLiteral("tls-key"), QStringLiteral("%1 holds no PEM RSA or EC private key (or it is encrypted)").arg(keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // Clients are not verified, so the system's certificate authorities are not needed; Qt
    // would otherwise copy all of them into a new TLS context for every connection, which made
    // 5,000 agents signing in at once time out their handshakes.
    tls.setCaCertificates({});
    return tls;
}

std::optional<std::pair<QHostAddress, quint16>> parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (!ok || port > 65535 || !address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, static_cast<quint16>(port));
}

SiteHost::SiteHost(RoutingService &service, QString databasePath, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_cost(std::make_unique<store::PasswordCost>(store::PasswordCost::interactive()))
{
}

SiteHost::~SiteHost()
{
    stop();
}

void SiteHost::setPasswordCost(const store::PasswordCost &cost)
{
    *m_cost = cost;
}

core::Result<QString> SiteHost::apply(const HostSettings &settings)
{
    stop();
    if (!settings.enabled)
        return QString();
    const auto address = parseHostPort(settings.listen);
    if (!address)
        return core::Error::invalid(QStringLiteral("listen"),
                                    QStringLiteral("'%1' is not an address and port, e.g. 0.0.0.0:8765").arg(settings.listen));
    GatewayOptions options;
    options.maxConnections = 500;  // a small site's desktops and integrations
    options.ioThreads = 2;
    if (!settings.certificate.isEmpty() || !settings.key.isEmpty()) {
        auto tls = loadServerTls(settings.certificate, settings.key);
        if (!tls)
            return tls.error();
        options.tls = tls.value();
    }
    if (!m_authenticator) {
        m_authenticator = std::make_shared<StoreAuthenticator>(m_databasePath, m_clock, *m_cost);
        m_service.setRemoteAuthenticator(m_authenticator);
    }
    auto gateway = std::make_unique<Gateway>(m_service, options);
    if (auto s = gateway->listen(address->first, address->second); !s)
        return s.error();
    m_gateway = std::move(gateway);
    return m_gateway->url();
}

void SiteHost::stop()
{
    if (!m_gateway)
        return;
    m_gateway->close();
    m_gateway.reset();
}

QString SiteHost::url() const
{
    return m_gateway ? m_gateway->url() : QString();
}

int SiteHost::connectedDesktops() const
{
    return m_service.remoteSessions();
}

}  // namespace baton::net
