#pragma once
// LocalAuthenticator: who may sign in to the routing service inside this desktop (embedded
// mode). The site's agents sign in by picking themselves — the computer is the site, and the
// operating system's login already says who sits at it — and fixed local identities (the demo's
// IVR, supervisor and trainer) by name. Only LocalClient reaches this service; a desktop that
// served other desktops would check passwords against the store's users instead.

#include "service.h"
#include "siteconfig.h"

#include <QHash>

namespace baton::desktop {

class LocalAuthenticator final : public net::Authenticator {
public:
    explicit LocalAuthenticator(const core::SiteConfig &site) : m_site(site) {}

    void addIdentity(const net::Identity &identity) { m_extra.insert(identity.user, identity); }

    core::Result<net::Identity> authenticate(const QString &user, const QString &) override
    {
        if (const auto it = m_extra.constFind(user); it != m_extra.constEnd())
            return *it;
        if (const core::AgentConfig *a = m_site.agent(core::AgentId(user)))
            return net::Identity{user, core::Role::Agent, a->id, a->name, {}};
        return core::Error::invalid(QStringLiteral("credentials"), QStringLiteral("'%1' is not an agent of this site").arg(user));
    }

private:
    const core::SiteConfig &m_site;
    QHash<QString, net::Identity> m_extra;
};

}  // namespace baton::desktop
