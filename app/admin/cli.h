#pragma once
// What every baton-admin command shares: how errors are reported and who is acting.

#include <QString>

namespace baton::admin {

// Prints "baton-admin: message" to stderr and returns the exit code: 1 the command failed,
// 2 a wrong command line.
int fail(const QString &message, int code = 1);

// Who is running the command, for the audit log: "baton-admin:" and the operating-system user.
QString actor();

}  // namespace baton::admin
