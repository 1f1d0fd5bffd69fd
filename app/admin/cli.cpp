#include "cli.h"

#include <QTextStream>

#include <pwd.h>
#include <unistd.h>

namespace baton::admin {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "baton-admin: " << message << "\n";
    return code;
}

QString actor()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (const passwd *pw = getpwuid(getuid()); user.isEmpty() && pw)
        user = QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("baton-admin:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

}  // namespace baton::admin
