#pragma once
// UserRepository: the people and systems that sign in to Baton — login name, role, the routing
// agent they sign in as, an argon2id password hash — and the sign-in check itself, with a
// lockout after repeated failures. Every change and every sign-in attempt is audited.

#include "clock.h"
#include "ids.h"
#include "result.h"
#include "roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <cstddef>
#include <optional>

namespace baton::store {

class AuditLog;
class Database;

struct User {
    QString id;           // the login name as first written; compared without regard to case
    QString displayName;  // any text: "王芳"
    core::Role role = core::Role::Agent;
    core::AgentId agentId;  // the routing agent this user signs in as; only agents and supervisors
    bool disabled = false;
    QDateTime created;    // UTC
    QDateTime updated;    // UTC
    QDateTime lastLogin;  // UTC; invalid when never signed in
    int failedLogins = 0;     // failures in a row since the last success or lockout
    QDateTime lockedUntil;    // UTC; invalid when never locked or since cleared; a past time is a lock that has run out
};

// How authenticate() refused, for callers that answer differently (the protocol layer). Carried
// in Error::field: "credentials", "account.disabled", "account.locked".
enum class LoginRefusal { BadCredentials, Disabled, Locked };
std::optional<LoginRefusal> loginRefusal(const core::Error &error);

// The argon2id cost of new hashes. interactive() (libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE:
// 2 passes over 64 MiB, about 150 ms per hash or check on the build server, docs/OPERATIONS.md)
// is the one to use; minimum() exists so tests do not spend seconds hashing. A stored hash made
// at another cost is still checked, and is re-hashed at this cost on the next good sign-in.
struct PasswordCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
    static PasswordCost interactive();
    static PasswordCost minimum();
};

class UserRepository {
public:
    static constexpr int kMaxFailedLogins = 5;  // failures in a row that lock the account…
    static constexpr std::chrono::minutes kLockout{5};  // …for this long
    static constexpr int kMinPasswordLength = 8;        // characters (code points)
    static constexpr int kMaxPasswordLength = 1024;

    UserRepository(Database &db, const core::Clock &clock, AuditLog *audit = nullptr, PasswordCost cost = PasswordCost::interactive());

    // Login names: 1–64 ASCII letters, digits and . _ - @, starting with a letter or digit.
    // Errors name the field: "user", "displayName", "agentId", "password", "actor".
    core::Result<User> add(const QString &user, const QString &displayName, core::Role role, const core::AgentId &agentId,
                           const QString &password, const QString &actor);
    // A new password also clears a lockout.
    core::Status setPassword(const QString &user, const QString &password, const QString &actor);
    // Enabling also clears a lockout and the failure count.
    core::Status setDisabled(const QString &user, bool disabled, const QString &actor);
    // Role and agent id change together: only agents and supervisors sign in as an agent.
    core::Status setRole(const QString &user, core::Role role, const core::AgentId &agentId, const QString &actor);

    core::Result<User> get(const QString &user);  // NotFound for an unknown name
    core::Result<QList<User>> list();             // by login name

    // Checks a sign-in. An unknown name and a wrong password are refused with the same error
    // (code, message and field), after the same amount of hashing, so names cannot be probed.
    // A disabled account is named only to someone who knows its password. After
    // kMaxFailedLogins failures in a row the account refuses every password for kLockout.
    // Success records the time and clears the count. Attempts are audited as "user.login".
    core::Result<User> authenticate(const QString &user, const QString &password);

    // Sign-in tokens. After a password sign-in the router gives the client a token, and the
    // client signs in with it again when its connection drops or a standby router takes over,
    // without a password check: argon2id costs ~150 ms, so 5,000 agents coming back at once
    // would wait many minutes for theirs. A token is 256 random bits, stored only as its
    // SHA-256; it lasts kTokenLifetime, ends with its session (revokeToken at sign-out), and all
    // of a user's tokens end when the user is disabled or gets a new password.
    static constexpr std::chrono::hours kTokenLifetime{12};
    core::Result<QString> issueToken(const QString &user);
    // The user the token was issued to, if it is still good and the user may still sign in.
    // Refused like a wrong password (field "credentials"), or "account.disabled".
    core::Result<User> authenticateToken(const QString &user, const QString &token);
    core::Status revokeToken(const QString &token);

    static core::Status checkPasswordPolicy(const QString &password);
    static core::Status checkUserName(const QString &user);

private:
    struct Stored;
    core::Result<std::optional<Stored>> find(const QString &user);
    core::Result<Stored> require(const QString &user);
    core::Result<QString> hash(const QString &password) const;
    core::Status audit(const QString &actor, const QString &action, const QString &user, const QString &before, const QString &after);
    core::Status recordFailure(const Stored &s, const QString &reason);
    core::Status revokeTokensOf(const QString &id);
    core::Result<User> recordSuccess(Stored s, const QString &password);
    void equalizeWork(const QString &password);

    Database &m_db;
    const core::Clock &m_clock;
    AuditLog *m_audit;
    PasswordCost m_cost;
    QString m_dummyHash;  // verified against for unknown names, so they cost what a real check costs
};

}  // namespace baton::store
