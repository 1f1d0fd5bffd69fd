#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace baton::platform {

Autostart::Autostart(QString appId, QString configHome, QStringList applicationsDirs)
    : m_appId(std::move(appId))
    , m_configHome(configHome.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) : std::move(configHome))
    , m_applicationsDirs(applicationsDirs.isEmpty() ? QStandardPaths::standardLocations(QStandardPaths::ApplicationsLocation)
                                                    : std::move(applicationsDirs))
{
}

QString Autostart::entryPath() const
{
    return QDir(m_configHome).filePath(QStringLiteral("autostart/%1.desktop").arg(m_appId));
}

bool Autostart::isEnabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            continue;
        }
        if (!inEntry)
            continue;
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

QString Autostart::installedEntry() const
{
    for (const QString &dir : m_applicationsDirs) {
        const QString path = QDir(dir).filePath(m_appId + QStringLiteral(".desktop"));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString Autostart::quoteExec(const QString &program)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (QChar c : program)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped;
    for (QChar c : program) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // A literal percent sign is written twice (field codes start with %).
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return needsQuotes ? QLatin1Char('"') + escaped + QLatin1Char('"') : escaped;
}

QString Autostart::setEnabled(bool enabled, const QString &program)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QStringLiteral("cannot remove %1").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));

    QByteArray entry;
    if (const QString installed = installedEntry(); !installed.isEmpty()) {
        QFile file(installed);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(installed), file.errorString());
        // The main group only: the menu's actions (other workspaces) mean nothing at log-in.
        bool inEntry = false;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith('['))
                inEntry = trimmed == "[Desktop Entry]";
            if (inEntry && !trimmed.startsWith("Actions=") && !trimmed.startsWith("X-GNOME-Autostart-enabled=")
                && !trimmed.startsWith("Hidden="))
                entry += line;
        }
        if (!entry.endsWith('\n'))
            entry += '\n';
    } else {
        entry = "[Desktop Entry]\nType=Application\nName=Baton\nIcon=" + m_appId.toUtf8() + "\nExec=" + quoteExec(program).toUtf8()
            + "\nTerminal=false\n";
    }
    entry += "X-GNOME-Autostart-enabled=true\n";

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(entry) != entry.size() || !out.commit())
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    return {};
}

}  // namespace baton::platform
