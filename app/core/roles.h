#pragma once
// Role: what a signed-in user may do. Shared by the store (users) and the protocol layer (which
// checks a session's role before a command), so it lives in the core with stable wire names.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace baton::core {

enum class Role {
    Agent,        // takes contacts
    Supervisor,   // watches and steers groups; may also take contacts
    Trainer,      // edits call scripts, reviews quality
    Integration,  // another system (CRM, IVR, reporting) connecting with its own account
    Admin,        // users, configuration, the audit log
};

inline constexpr std::array kRoles{Role::Agent, Role::Supervisor, Role::Trainer, Role::Integration, Role::Admin};

// The stable name stored and sent on the wire: "agent", "supervisor", …
inline QString roleName(Role role)
{
    switch (role) {
    case Role::Agent: return QStringLiteral("agent");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Integration: return QStringLiteral("integration");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

// The role with this wire name (exact, lower case); nullopt for anything else.
inline std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : kRoles) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

inline QStringList roleNames()
{
    QStringList names;
    for (Role r : kRoles)
        names.append(roleName(r));
    return names;
}

// Only people who take contacts sign in as a routing agent.
inline bool roleMayBeAgent(Role role) { return role == Role::Agent || role == Role::Supervisor; }

}  // namespace baton::core
