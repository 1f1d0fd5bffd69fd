#pragma once
// DesktopNotifier: notifications through the desktop's notification service
// (org.freedesktop.Notifications on the session bus: GNOME, KDE, Xfce, …), with a tag per
// notification so a newer one replaces the older ("offer") and a finished matter withdraws it.
// A click on a notification is reported so the window can come forward.

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;

namespace baton::platform {

class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };

    // `appId` names the desktop entry (and icon) the notifications belong to.
    explicit DesktopNotifier(QString appId, QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // The label of a click on the notification, for services that show it (translated by the caller).
    void setOpenLabel(const QString &label) { m_openLabel = label; }

    // The bus is there and a notification service is registered on it.
    bool isAvailable() const;
    // Shows a notification, replacing the one with the same tag. False when no service is there
    // (the caller falls back to the tray icon).
    bool notify(const QString &tag, const QString &title, const QString &body, Urgency urgency = Urgency::Normal);
    // Takes down the notification with this tag, if it is still shown.
    void withdraw(const QString &tag);

Q_SIGNALS:
    // The user clicked the notification with this tag.
    void activated(const QString &tag);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QString m_appId;
    QString m_openLabel;
    QDBusConnection m_bus;
    QHash<QString, uint> m_ids;  // tag → the service's id of its notification
    QHash<QString, QDBusPendingCallWatcher *> m_pending;
    QHash<QString, bool> m_withdrawWhenShown;
};

}  // namespace baton::platform
