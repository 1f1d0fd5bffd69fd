#pragma once
// Helpers for the protocol tests: a fixed list of users, and a client end of a Session that
// records what the service sent.

#include "service.h"

#include <QHash>
#include <QList>

namespace baton::test {

class FixedUsers final : public net::Authenticator {
public:
    void add(const QString &user, const QString &password, core::Role role, const QString &agent = {})
    {
        m_users.insert(user, {password, net::Identity{user, role, core::AgentId(agent), user, {}}});
    }
    core::Result<net::Identity> authenticate(const QString &user, const QString &password) override
    {
        const auto it = m_users.constFind(user);
        if (it == m_users.constEnd() || it->first != password)
            return core::Error::invalid(QStringLiteral("credentials"), QStringLiteral("wrong user name or password"));
        return it->second;
    }

private:
    QHash<QString, std::pair<QString, net::Identity>> m_users;
};

// What one session received, with look-ups for assertions.
struct Inbox {
    QList<net::Message> messages;

    net::Session::Sink sink()
    {
        return [this](const net::Message &m) { messages.append(m); };
    }
    std::optional<net::Message> reply(qint64 id) const
    {
        for (const auto &m : messages) {
            if (m.id == id)
                return m;
        }
        return std::nullopt;
    }
    QList<net::Message> pushes(const QString &type) const
    {
        QList<net::Message> out;
        for (const auto &m : messages) {
            if (m.id == 0 && m.type == type)
                out.append(m);
        }
        return out;
    }
    qint64 lastSeq() const
    {
        qint64 s = 0;
        for (const auto &m : messages)
            s = std::max(s, m.seq);
        return s;
    }
};

inline net::Message request(qint64 id, const QString &type, QJsonObject body = {})
{
    net::Message m;
    m.id = id;
    m.type = type;
    m.body = std::move(body);
    return m;
}

}  // namespace baton::test
