#pragma once
// `baton-admin user …`: adds, disables, enables and lists the users who sign in to Baton, and
// resets their passwords. Passwords are read from stdin, never from the command line.

#include "result.h"
#include "ids.h"
#include "roles.h"

#include <QString>

class QCommandLineParser;

namespace baton::store {
class Database;
}

namespace baton::admin {

struct UserCommand {
    enum class Kind { Add, Disable, Enable, Reset, List };
    Kind kind = Kind::List;
    QString name;
    core::Role role = core::Role::Agent;
    QString displayName;
    core::AgentId agentId;
    bool json = false;
};

// The options `user` takes, for its parser.
void addUserOptions(QCommandLineParser &parser);
// The command line as a UserCommand; an error is a usage error (exit 2).
core::Result<UserCommand> parseUserCommand(const QCommandLineParser &parser);
int runUserCommand(store::Database &db, const UserCommand &command);

// A new password from stdin: at a terminal, typed twice without echo; otherwise one line (its
// line ending removed, nothing else). The error says what went wrong (field "password").
core::Result<QString> readNewPassword(const QString &user);

}  // namespace baton::admin
