#pragma once
// Autostart: whether Baton starts when the user logs in to the desktop, as an XDG autostart
// entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop, which GNOME, KDE, Xfce and others honour).

#include <QString>
#include <QStringList>

namespace baton::platform {

class Autostart {
public:
    // `configHome`: $XDG_CONFIG_HOME by default (~/.config); `applicationsDirs`: where to look for
    // the installed desktop entry, by default the XDG data directories' applications/.
    explicit Autostart(QString appId, QString configHome = {}, QStringList applicationsDirs = {});

    QString entryPath() const;
    // The entry is there and not switched off (Hidden=true or X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    // Writes or removes the entry. The installed desktop entry is copied when there is one (its
    // names and icon in every language); otherwise a minimal one runs `program`. Returns an
    // error a person can read, or an empty string.
    QString setEnabled(bool enabled, const QString &program);

    // Quotes a program path for an Exec= line (the desktop entry specification's rules).
    static QString quoteExec(const QString &program);

private:
    QString installedEntry() const;

    QString m_appId;
    QString m_configHome;
    QStringList m_applicationsDirs;
};

}  // namespace baton::platform
