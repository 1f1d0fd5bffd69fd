#include "usercommands.h"

#include "auditlog.h"
#include "cli.h"
#include "database.h"
#include "userrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace baton::admin {

using core::Error;
using core::Result;

namespace {

// Turns terminal echo off for its lifetime (the newline still echoes, so the cursor moves on).
class EchoOff {
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

// One line of stdin without its line ending; nullopt at the end of input.
std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

std::optional<QString> prompt(const QString &text)
{
    QTextStream(stderr) << text << Qt::flush;
    const EchoOff quiet;
    return readLine();
}

QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QString state(const store::User &u, const QDateTime &now)
{
    if (u.disabled)
        return QStringLiteral("disabled");
    if (u.lockedUntil.isValid() && u.lockedUntil > now)
        return QStringLiteral("locked until %1 UTC").arg(u.lockedUntil.toString(QStringLiteral("HH:mm")));
    return QStringLiteral("active");
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

int printUsers(const QList<store::User> &users, bool json, const QDateTime &now)
{
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const store::User &u : users) {
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("role"), core::roleName(u.role)},
                                     {QStringLiteral("agentId"), orNull(u.agentId.value())},
                                     {QStringLiteral("disabled"), u.disabled},
                                     {QStringLiteral("created"), iso(u.created)},
                                     {QStringLiteral("updated"), iso(u.updated)},
                                     {QStringLiteral("lastLogin"), orNull(iso(u.lastLogin))},
                                     {QStringLiteral("failedLogins"), u.failedLogins},
                                     {QStringLiteral("lockedUntil"), u.lockedUntil > now ? QJsonValue(iso(u.lockedUntil)) : QJsonValue()}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    if (users.isEmpty()) {
        out << "no users yet: add one with `baton-admin user add NAME --role admin --db PATH`\n";
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("NAME").leftJustified(20), QStringLiteral("ROLE").leftJustified(12), QStringLiteral("AGENT").leftJustified(16),
                    QStringLiteral("STATE").leftJustified(22), QStringLiteral("LAST SIGN-IN (UTC)").leftJustified(20), QStringLiteral("DISPLAY NAME"));
    for (const store::User &u : users) {
        const QString last = u.lastLogin.isValid() ? u.lastLogin.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("never");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(u.id.leftJustified(20), core::roleName(u.role).leftJustified(12),
                        (u.agentId.isEmpty() ? QStringLiteral("-") : u.agentId.value()).leftJustified(16), state(u, now).leftJustified(22),
                        last.leftJustified(20), u.displayName);
    }
    return 0;
}

int repositoryFailure(const Error &e) { return fail(e.toString()); }

}  // namespace

void addUserOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("add, disable, enable, reset or list."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The login name (not for list)."));
    parser.addOption({QStringLiteral("role"), QStringLiteral("For add: %1.").arg(core::roleNames().join(QStringLiteral(", "))),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("display"), QStringLiteral("For add: the name people see, e.g. 王芳."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("agent"), QStringLiteral("For add: the routing agent id an agent or supervisor signs in as."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("For list: print a JSON array.")});
}

Result<UserCommand> parseUserCommand(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString usage = QStringLiteral("user add NAME --role ROLE [--display TEXT] [--agent ID] | user disable|enable|reset NAME | user list [--json]");
    if (args.isEmpty())
        return Error::invalid({}, QStringLiteral("say what to do: %1").arg(usage));
    UserCommand c;
    const QString sub = args.first();
    if (sub == QLatin1String("add"))
        c.kind = UserCommand::Kind::Add;
    else if (sub == QLatin1String("disable"))
        c.kind = UserCommand::Kind::Disable;
    else if (sub == QLatin1String("enable"))
        c.kind = UserCommand::Kind::Enable;
    else if (sub == QLatin1String("reset"))
        c.kind = UserCommand::Kind::Reset;
    else if (sub == QLatin1String("list"))
        c.kind = UserCommand::Kind::List;
    else
        return Error::invalid({}, QStringLiteral("unknown user command '%1'; use %2").arg(sub, usage));

    const bool forAdd = c.kind == UserCommand::Kind::Add;
    for (const char *option : {"role", "display", "agent"}) {
        if (!forAdd && parser.isSet(QLatin1String(option)))
            return Error::invalid({}, QStringLiteral("--%1 is only for `user add`").arg(QLatin1String(option)));
    }
    if (parser.isSet(QStringLiteral("json")) && c.kind != UserCommand::Kind::List)
        return Error::invalid({}, QStringLiteral("--json is only for `user list`"));
    if (c.kind == UserCommand::Kind::List) {
        if (args.size() != 1)
            return Error::invalid({}, QStringLiteral("user list takes no name"));
        c.json = parser.isSet(QStringLiteral("json"));
        return c;
    }
    if (args.size() != 2)
        return Error::invalid({}, QStringLiteral("user %1 needs exactly one NAME").arg(sub));
    c.name = args[1];
    if (auto s = store::UserRepository::checkUserName(c.name); !s)
        return Error::invalid({}, QStringLiteral("'%1': %2").arg(c.name, s.error().message));
    if (!forAdd)
        return c;
    if (!parser.isSet(QStringLiteral("role")))
        return Error::invalid({}, QStringLiteral("user add needs --role ROLE (%1)").arg(core::roleNames().join(QStringLiteral(", "))));
    const auto role = core::roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return Error::invalid({}, QStringLiteral("unknown role '%1'; --role is one of %2")
                                      .arg(parser.value(QStringLiteral("role")), core::roleNames().join(QStringLiteral(", "))));
    c.role = *role;
    c.displayName = parser.value(QStringLiteral("display"));
    c.agentId = core::AgentId(parser.value(QStringLiteral("agent")));
    if (!c.agentId.isEmpty() && !core::roleMayBeAgent(c.role))
        return Error::invalid({}, QStringLiteral("--agent is only for agents and supervisors, not a %1").arg(core::roleName(c.role)));
    return c;
}

Result<QString> readNewPassword(const QString &user)
{
    if (!isatty(STDIN_FILENO)) {
        auto line = readLine();
        if (!line)
            return Error::invalid(QStringLiteral("password"), QStringLiteral("no password on stdin: pipe one line, or run at a terminal to be asked"));
        return *line;
    }
    const auto first = prompt(QStringLiteral("New password for %1: ").arg(user));
    if (!first)
        return Error::invalid(QStringLiteral("password"), QStringLiteral("no password given"));
    if (auto s = store::UserRepository::checkPasswordPolicy(*first); !s)
        return s.error();  // say so before asking again
    const auto second = prompt(QStringLiteral("Again: "));
    if (!second || *second != *first)
        return Error::invalid(QStringLiteral("password"), QStringLiteral("the two passwords differ; nothing was changed"));
    return *first;
}

int runUserCommand(store::Database &db, const UserCommand &c)
{
    const core::SystemClock clock;
    store::AuditLog audit(db, clock);
    store::UserRepository users(db, clock, &audit);
    QTextStream out(stdout);
    switch (c.kind) {
    case UserCommand::Kind::List: {
        const auto all = users.list();
        if (!all)
            return repositoryFailure(all.error());
        return printUsers(*all, c.json, clock.utcNow());
    }
    case UserCommand::Kind::Add: {
        // Refuse a taken name before asking for a password.
        if (const auto existing = users.get(c.name); existing)
            return fail(QStringLiteral("there is already a user '%1'").arg(existing->id));
        const auto password = readNewPassword(c.name);
        if (!password)
            return fail(password.error().toString());
        const auto added = users.add(c.name, c.displayName, c.role, c.agentId, *password, actor());
        if (!added)
            return repositoryFailure(added.error());
        out << "added user " << added->id << " (" << core::roleName(added->role);
        if (!added->agentId.isEmpty())
            out << ", signs in as agent " << added->agentId.value();
        out << ")\n";
        return 0;
    }
    case UserCommand::Kind::Reset: {
        const auto existing = users.get(c.name);
        if (!existing)
            return repositoryFailure(existing.error());
        const auto password = readNewPassword(existing->id);
        if (!password)
            return fail(password.error().toString());
        if (auto s = users.setPassword(existing->id, *password, actor()); !s)
            return repositoryFailure(s.error());
        out << "new password set for " << existing->id << "\n";
        return 0;
    }
    case UserCommand::Kind::Disable:
    case UserCommand::Kind::Enable: {
        const bool disable = c.kind == UserCommand::Kind::Disable;
        if (auto s = users.setDisabled(c.name, disable, actor()); !s)
            return repositoryFailure(s.error());
        out << (disable ? "disabled " : "enabled ") << users.get(c.name)->id << "\n";
        return 0;
    }
    }
    return fail(QStringLiteral("unhandled user command"));
}

}  // namespace baton::admin
