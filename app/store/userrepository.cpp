#include "userrepository.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <mutex>

namespace baton::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Role;
using core::Status;

namespace {

const QString kCredentialsField = QStringLiteral("credentials");
const QString kDisabledField = QStringLiteral("account.disabled");
const QString kLockedField = QStringLiteral("account.locked");

// libsodium must be initialised once per process before use; sodium_init() itself is
// thread-safe, call_once keeps the answer.
Status sodiumReady()
{
    static std::once_flag once;
    static int rc = -1;
    std::call_once(once, [] { rc = sodium_init(); });
    if (rc < 0)
        return Error{ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"), {}};
    return {};
}

// A hash at the interactive cost of a password nobody knows. Checking an unknown name against it
// costs what checking a real account costs. (Made from 32 random bytes that were then thrown away.)
const char kInteractiveDummyHash[] = "$argon2id$v=19$m=65536,t=2,p=1$iykLEKd9x1dBEj81FYh4bg$CXmSJxcVXTc5SS9Ionim8dkYfEIFpvwLM0L3lJbZ3jE";

Error badCredentials() { return Error::invalid(kCredentialsField, QStringLiteral("the user name or password is wrong")); }

Error disabledAccount()
{
    return {ErrorCode::Conflict, QStringLiteral("this account is disabled; ask an administrator to enable it"), kDisabledField};
}

Error lockedAccount(const QDateTime &now, const QDateTime &until)
{
    const qint64 minutes = std::max<qint64>(1, (now.msecsTo(until) + 59999) / 60000);
    return {ErrorCode::Conflict,
            QStringLiteral("%1 failed sign-ins in a row: the account is locked until %2 UTC (%3 min); try again then, or ask an "
                           "administrator to enable it or reset the password")
                .arg(UserRepository::kMaxFailedLogins)
                .arg(until.toString(QStringLiteral("HH:mm:ss")))
                .arg(minutes),
            kLockedField};
}

QDateTime utc(const QVariant &ms) { return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC); }
QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString objectOf(const QString &user) { return QStringLiteral("user:") + user; }

QJsonObject roleJson(Role role, const core::AgentId &agent)
{
    return {{QStringLiteral("role"), core::roleName(role)},
            {QStringLiteral("agentId"), agent.isEmpty() ? QJsonValue() : QJsonValue(agent.value())}};
}

Status requireActor(const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("actor"), QStringLiteral("say who makes the change"));
    return {};
}

Status checkAgent(Role role, const core::AgentId &agent)
{
    if (agent.isEmpty())
        return {};
    if (!core::roleMayBeAgent(role))
        return Error::invalid(QStringLiteral("agentId"), QStringLiteral("only agents and supervisors sign in as a routing agent, not a %1")
                                                             .arg(core::roleName(role)));
    if (agent.value().size() > 64 || agent.value().trimmed() != agent.value())
        return Error::invalid(QStringLiteral("agentId"), QStringLiteral("an agent id is at most 64 characters, without surrounding spaces"));
    return {};
}

// The password as UTF-8, wiped when done.
class Secret {
public:
    explicit Secret(const QString &text) : m_bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

bool verify(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();  // NUL-terminated, as libsodium wants
    const Secret p(password);
    return crypto_pwhash_str_verify(h.constData(), p.data(), p.size()) == 0;
}

}  // namespace

std::optional<LoginRefusal> loginRefusal(const Error &error)
{
    if (error.field == kCredentialsField)
        return LoginRefusal::BadCredentials;
    if (error.field == kDisabledField)
        return LoginRefusal::Disabled;
    if (error.field == kLockedField)
        return LoginRefusal::Locked;
    return std::nullopt;
}

PasswordCost PasswordCost::interactive() { return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}; }
PasswordCost PasswordCost::minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

struct UserRepository::Stored {
    User user;
    QString hash;
};

UserRepository::UserRepository(Database &db, const core::Clock &clock, AuditLog *audit, PasswordCost cost)
    : m_db(db), m_clock(clock), m_audit(audit), m_cost(cost)
{
    const PasswordCost i = PasswordCost::interactive();
    if (cost.opsLimit == i.opsLimit && cost.memLimit == i.memLimit)
        m_dummyHash = QString::fromLatin1(kInteractiveDummyHash);
}

Status UserRepository::checkUserName(const QString &user)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (!kName.match(user).hasMatch())
        return Error::invalid(QStringLiteral("user"), QStringLiteral("a login name is 1–64 letters (a–z), digits and . _ - @, starting "
                                                                     "with a letter or digit; put a Chinese name in the display name"));
    return {};
}

Status UserRepository::checkPasswordPolicy(const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinPasswordLength)
        return Error::invalid(QStringLiteral("password"), QStringLiteral("a password needs at least %1 characters").arg(kMinPasswordLength));
    if (length > kMaxPasswordLength)
        return Error::invalid(QStringLiteral("password"), QStringLiteral("a password has at most %1 characters").arg(kMaxPasswordLength));
    return {};
}

Result<QString> UserRepository::hash(const QString &password) const
{
    if (auto s = sodiumReady(); !s)
        return s.error();
    char out[crypto_pwhash_STRBYTES];
    const Secret p(password);
    if (crypto_pwhash_str_alg(out, p.data(), p.size(), m_cost.opsLimit, m_cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{ErrorCode::Internal, QStringLiteral("hashing the password failed (out of memory?)"), {}};
    return QString::fromLatin1(out);
}

Status UserRepository::audit(const QString &actor, const QString &action, const QString &user, const QString &before, const QString &after)
{
    if (!m_audit)
        return {};
    // Inside the caller's transaction: a change that cannot be audited is not made.
    auto r = m_audit->append(actor, action, objectOf(user), before, after);
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<UserRepository::Stored>> UserRepository::find(const QString &user)
{
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT id, display_name, role, agent_id, password_hash, disabled, created_ms, updated_ms,"
                                                 " last_login_ms, failed_logins, locked_until_ms FROM users WHERE id = ?"),
                               {user});
        !s)
        return s.error();
    if (!q.next())
        return std::optional<Stored>();
    Stored s;
    s.user.id = q.value(0).toString();
    s.user.displayName = q.value(1).toString();
    const auto role = core::roleFromName(q.value(2).toString());
    if (!role)
        return Error{ErrorCode::Internal, QStringLiteral("user %1 has an unknown role '%2'").arg(s.user.id, q.value(2).toString()), {}};
    s.user.role = *role;
    s.user.agentId = core::AgentId(q.value(3).toString());
    s.hash = q.value(4).toString();
    s.user.disabled = q.value(5).toInt() != 0;
    s.user.created = utc(q.value(6));
    s.user.updated = utc(q.value(7));
    s.user.lastLogin = utc(q.value(8));
    s.user.failedLogins = q.value(9).toInt();
    s.user.lockedUntil = utc(q.value(10));
    return std::optional<Stored>(std::move(s));
}

Result<UserRepository::Stored> UserRepository::require(const QString &user)
{
    auto found = find(user);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(QStringLiteral("there is no user '%1'").arg(user));
    return std::move(**found);
}

Result<User> UserRepository::add(const QString &user, const QString &displayName, Role role, const core::AgentId &agentId,
                                 const QString &password, const QString &actor)
{
    if (auto s = checkUserName(user); !s)
        return s.error();
    if (displayName.size() > 200)
        return Error::invalid(QStringLiteral("displayName"), QStringLiteral("a display name has at most 200 characters"));
    if (auto s = checkAgent(role, agentId); !s)
        return s.error();
    if (auto s = checkPasswordPolicy(password); !s)
        return s.error();
    if (auto s = requireActor(actor); !s)
        return s.error();
    auto existing = find(user);  // before spending the hashing time
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::conflict(QStringLiteral("there is already a user '%1'").arg((*existing)->user.id));
    auto hashed = hash(password);  // outside the transaction: no write lock held while hashing
    if (!hashed)
        return hashed.error();
    return inTransaction(m_db, [&]() -> Result<User> {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("SELECT id FROM users WHERE id = ?"), {user}); !s)
            return s.error();
        if (q.next())
            return Error::conflict(QStringLiteral("there is already a user '%1'").arg(q.value(0).toString()));
        if (!agentId.isEmpty()) {
            if (auto s = Database::run(q, QStringLiteral("SELECT id FROM users WHERE agent_id = ?"), {agentId.value()}); !s)
                return s.error();
            if (q.next())
                return Error::conflict(QStringLiteral("agent %1 is already user '%2'").arg(agentId.value(), q.value(0).toString()));
        }
        const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
        if (auto s = Database::run(q, QStringLiteral("INSERT INTO users (id, display_name, role, agent_id, password_hash, created_ms, updated_ms)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {user, displayName.trimmed(), core::roleName(role), orNull(agentId.value()), *hashed, now, now});
            !s)
            return s.error();
        QJsonObject after = roleJson(role, agentId);
        after.insert(QStringLiteral("displayName"), displayName.trimmed());
        if (auto s = audit(actor, QStringLiteral("user.add"), user, {}, compact(after)); !s)
            return s.error();
        auto added = require(user);
        if (!added)
            return added.error();
        return added->user;
    });
}

Status UserRepository::setPassword(const QString &user, const QString &password, const QString &actor)
{
    if (auto s = checkPasswordPolicy(password); !s)
        return s;
    if (auto s = requireActor(actor); !s)
        return s;
    auto stored = require(user);
    if (!stored)
        return stored.error();
    auto hashed = hash(password);
    if (!hashed)
        return hashed.error();
    const QString id = stored->user.id;
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until_ms = NULL, updated_ms = ?"
                                                     " WHERE id = ?"),
                                   {*hashed, m_clock.utcNow().toMSecsSinceEpoch(), id});
            !s)
            return s;
        // A new password ends every sign-in made with the old one.
        if (auto s = revokeTokensOf(id); !s)
            return s;
        // Never the hash: it would let anyone who reads the log guess offline.
        return audit(actor, QStringLiteral("user.password"), id, {}, compact({{QStringLiteral("password"), QStringLiteral("changed")}}));
    });
}

Status UserRepository::setDisabled(const QString &user, bool disabled, const QString &actor)
{
    if (auto s = requireActor(actor); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        auto stored = require(user);
        if (!stored)
            return stored.error();
        const User &u = stored->user;
        const bool locked = u.lockedUntil.isValid() && u.lockedUntil > m_clock.utcNow();
        if (u.disabled == disabled && (disabled || (!locked && u.failedLogins == 0)))
            return {};  // nothing to change
        QSqlQuery q = m_db.query();
        const QString sql = disabled ? QStringLiteral("UPDATE users SET disabled = 1, updated_ms = ? WHERE id = ?")
                                     : QStringLiteral("UPDATE users SET disabled = 0, failed_logins = 0, locked_until_ms = NULL, updated_ms = ? WHERE id = ?");
        if (auto s = Database::run(q, sql, {m_clock.utcNow().toMSecsSinceEpoch(), u.id}); !s)
            return s;
        if (disabled) {
            if (auto s = revokeTokensOf(u.id); !s)
                return s;
        }
        QJsonObject before{{QStringLiteral("disabled"), u.disabled}};
        if (locked)
            before.insert(QStringLiteral("lockedUntil"), u.lockedUntil.toString(Qt::ISODateWithMs));
        return audit(actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), u.id, compact(before),
                     compact({{QStringLiteral("disabled"), disabled}}));
    });
}

namespace {

QString tokenHash(const QString &token)
{
    const QByteArray bytes = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

}  // namespace

Result<QString> UserRepository::issueToken(const QString &user)
{
    if (auto s = sodiumReady(); !s)
        return s.error();
    auto stored = require(user);
    if (!stored)
        return stored.error();
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<std::size_t>(random.size()));
    const QString token = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
    const auto s = inTransaction(m_db, [&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto s = Database::run(q, QStringLiteral("DELETE FROM user_tokens WHERE expires_ms <= ?"), {now}); !s)
            return s;
        return Database::run(q, QStringLiteral("INSERT INTO user_tokens (token_hash, user_id, created_ms, expires_ms) VALUES (?, ?, ?, ?)"),
                             {tokenHash(token), stored->user.id, now,
                              now + std::chrono::duration_cast<std::chrono::milliseconds>(kTokenLifetime).count()});
    });
    if (!s)
        return s.error();
    return token;
}

Result<User> UserRepository::authenticateToken(const QString &user, const QString &token)
{
    const Error refused = Error::invalid(kCredentialsField, QStringLiteral("the sign-in has expired: sign in with your password"));
    if (token.size() < 16 || token.size() > 128)
        return refused;
    QSqlQuery q = m_db.query();
    if (auto s = Database::run(q, QStringLiteral("SELECT user_id FROM user_tokens WHERE token_hash = ? AND expires_ms > ?"),
                               {tokenHash(token), m_clock.utcNow().toMSecsSinceEpoch()});
        !s)
        return s.error();
    if (!q.next())
        return refused;
    const QString owner = q.value(0).toString();
    q.finish();
    if (owner.compare(user, Qt::CaseInsensitive) != 0)
        return refused;
    auto stored = require(owner);
    if (!stored)
        return refused;
    if (stored->user.disabled)
        return disabledAccount();
    // Audited like a password sign-in, so the log shows everyone who came back after a failover.
    const QDateTime now = m_clock.utcNow();
    return inTransaction(m_db, [&]() -> Result<User> {
        QSqlQuery u = m_db.query();
        if (auto st = Database::run(u, QStringLiteral("UPDATE users SET last_login_ms = ? WHERE id = ?"), {now.toMSecsSinceEpoch(), owner}); !st)
            return st.error();
        if (auto st = audit(owner, QStringLiteral("user.login"), owner, {},
                            compact({{QStringLiteral("result"), QStringLiteral("ok")}, {QStringLiteral("with"), QStringLiteral("token")}}));
            !st)
            return st.error();
        stored->user.lastLogin = now;
        return stored->user;
    });
}

Status UserRepository::revokeToken(const QString &token)
{
    QSqlQuery q = m_db.query();
    return Database::run(q, QStringLiteral("DELETE FROM user_tokens WHERE token_hash = ?"), {tokenHash(token)});
}

Status UserRepository::revokeTokensOf(const QString &id)
{
    QSqlQuery q = m_db.query();
    return Database::run(q, QStringLiteral("DELETE FROM user_tokens WHERE user_id = ?"), {id});
}

Status UserRepository::setRole(const QString &user, Role role, const core::AgentId &agentId, const QString &actor)
{
    if (auto s = checkAgent(role, agentId); !s)
        return s;
    if (auto s = requireActor(actor); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        auto stored = require(user);
        if (!stored)
            return stored.error();
        const User &u = stored->user;
        if (u.role == role && u.agentId == agentId)
            return {};
        QSqlQuery q = m_db.query();
        if (!agentId.isEmpty()) {
            if (auto s = Database::run(q, QStringLiteral("SELECT id FROM users WHERE agent_id = ? AND id <> ?"), {agentId.value(), u.id}); !s)
                return s;
            if (q.next())
                return Error::conflict(QStringLiteral("agent %1 is already user '%2'").arg(agentId.value(), q.value(0).toString()));
        }
        if (auto s = Database::run(q, QStringLiteral("UPDATE users SET role = ?, agent_id = ?, updated_ms = ? WHERE id = ?"),
                                   {core::roleName(role), orNull(agentId.value()), m_clock.utcNow().toMSecsSinceEpoch(), u.id});
            !s)
            return s;
        return audit(actor, QStringLiteral("user.role"), u.id, compact(roleJson(u.role, u.agentId)), compact(roleJson(role, agentId)));
    });
}

Result<User> UserRepository::get(const QString &user)
{
    auto stored = require(user);
    if (!stored)
        return stored.error();
    return stored->user;
}

Result<QList<User>> UserRepository::list()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Database::run(q, QStringLiteral("SELECT id FROM users ORDER BY id")); !s)  // the column's NOCASE order
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<User> users;
    for (const QString &id : ids) {
        auto u = get(id);
        if (!u)
            return u.error();
        users.append(*u);
    }
    return users;
}

void UserRepository::equalizeWork(const QString &password)
{
    if (m_dummyHash.isEmpty()) {
        auto h = hash(QStringLiteral("baton: no such user %1").arg(randombytes_random()));
        m_dummyHash = h ? *h : QString::fromLatin1(kInteractiveDummyHash);
    }
    (void)verify(m_dummyHash, password);
}

Status UserRepository::recordFailure(const Stored &s, const QString &reason)
{
    const QDateTime now = m_clock.utcNow();
    const qint64 until = now.addMSecs(std::chrono::duration_cast<std::chrono::milliseconds>(kLockout).count()).toMSecsSinceEpoch();
    int failures = 0;
    QDateTime lockedUntil;
    auto written = inTransaction(m_db, [&]() -> Status {
        QSqlQuery q = m_db.query();
        // One statement, so that failures arriving together each count. A lock starts the count
        // afresh: after it runs out, another kMaxFailedLogins failures lock again.
        if (auto st = Database::run(q, QStringLiteral("UPDATE users SET"
                                                      " failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END,"
                                                      " locked_until_ms = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until_ms END"
                                                      " WHERE id = ? RETURNING failed_logins, locked_until_ms"),
                                    {kMaxFailedLogins, kMaxFailedLogins, until, s.user.id});
            !st)
            return st;
        if (!q.next())
            return {};  // removed meanwhile: nothing to count
        const QVariant lockEnd = q.value(1);
        if (!lockEnd.isNull() && lockEnd.toLongLong() > now.toMSecsSinceEpoch())
            lockedUntil = utc(lockEnd);
        failures = lockEnd.toLongLong() == until ? kMaxFailedLogins : q.value(0).toInt();
        q.finish();
        QJsonObject after{{QStringLiteral("result"), reason}, {QStringLiteral("failures"), failures}};
        if (lockedUntil.isValid())
            after.insert(QStringLiteral("lockedUntil"), lockedUntil.toString(Qt::ISODateWithMs));
        return audit(s.user.id, QStringLiteral("user.login"), s.user.id, {}, compact(after));
    });
    if (!written)
        return written;
    return lockedUntil.isValid() ? Status(lockedAccount(now, lockedUntil)) : Status(badCredentials());
}

Result<User> UserRepository::recordSuccess(Stored s, const QString &password)
{
    const int needs = crypto_pwhash_str_needs_rehash(s.hash.toLatin1().constData(), m_cost.opsLimit, m_cost.memLimit);
    QString newHash;
    if (needs != 0) {  // 1: other parameters; -1: not an argon2id string this build makes
        auto h = hash(password);
        if (!h)
            return h.error();
        newHash = *h;
    }
    const QDateTime now = m_clock.utcNow();
    return inTransaction(m_db, [&]() -> Result<User> {
        QSqlQuery q = m_db.query();
        if (auto st = Database::run(q, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until_ms = NULL, last_login_ms = ?,"
                                                      " password_hash = coalesce(?, password_hash) WHERE id = ?"),
                                    {now.toMSecsSinceEpoch(), newHash.isEmpty() ? QVariant() : QVariant(newHash), s.user.id});
            !st)
            return st.error();
        QJsonObject after{{QStringLiteral("result"), QStringLiteral("ok")}};
        if (!newHash.isEmpty())
            after.insert(QStringLiteral("rehashed"), true);
        if (auto st = audit(s.user.id, QStringLiteral("user.login"), s.user.id, {}, compact(after)); !st)
            return st.error();
        s.user.failedLogins = 0;
        s.user.lockedUntil = QDateTime();
        s.user.lastLogin = now;
        return s.user;
    });
}

Result<User> UserRepository::authenticate(const QString &user, const QString &password)
{
    if (auto s = sodiumReady(); !s)
        return s.error();
    const bool wellFormed = checkUserName(user).ok();
    std::optional<Stored> stored;
    if (wellFormed) {
        auto found = find(user);
        if (!found)
            return found.error();
        stored = std::move(*found);
    }
    if (!stored) {
        equalizeWork(password);
        if (wellFormed) {
            if (auto s = audit(user, QStringLiteral("user.login"), user, {}, compact({{QStringLiteral("result"), QStringLiteral("unknown user")}})); !s)
                return s.error();
        }
        return badCredentials();
    }
    const QDateTime now = m_clock.utcNow();
    if (stored->user.lockedUntil.isValid() && now < stored->user.lockedUntil) {
        // No password is checked while locked: guessing gains nothing.
        if (auto s = audit(stored->user.id, QStringLiteral("user.login"), stored->user.id, {},
                           compact({{QStringLiteral("result"), QStringLiteral("locked")}}));
            !s)
            return s.error();
        return lockedAccount(now, stored->user.lockedUntil);
    }
    if (!verify(stored->hash, password))
        return recordFailure(*stored, QStringLiteral("wrong password")).error();
    if (stored->user.disabled) {
        // Said only to someone who knows the password; a failure neither counted nor cleared.
        if (auto s = audit(stored->user.id, QStringLiteral("user.login"), stored->user.id, {},
                           compact({{QStringLiteral("result"), QStringLiteral("disabled")}}));
            !s)
            return s.error();
        return disabledAccount();
    }
    return recordSuccess(std::move(*stored), password);
}

}  // namespace baton::store
