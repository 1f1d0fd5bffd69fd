#include "desktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace baton::platform {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kExpireMs = 10'000;
}  // namespace

DesktopNotifier::DesktopNotifier(QString appId, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_appId(std::move(appId))
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable() const
{
    return m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(kService).value();
}

bool DesktopNotifier::notify(const QString &tag, const QString &title, const QString &body, Urgency urgency)
{
    if (!isAvailable())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), m_appId);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)));
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    // "default" is the click on the notification itself.
    const QStringList actions{QStringLiteral("default"), m_openLabel};
    call << m_appId << m_ids.value(tag) << m_appId << title << body << actions << hints << kExpireMs;
    m_withdrawWhenShown.remove(tag);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    m_pending.insert(tag, watcher);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag, watcher] {
        watcher->deleteLater();
        if (m_pending.value(tag) == watcher)
            m_pending.remove(tag);
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            return;
        m_ids.insert(tag, reply.value());
        if (m_withdrawWhenShown.take(tag))
            withdraw(tag);
    });
    return true;
}

void DesktopNotifier::withdraw(const QString &tag)
{
    if (m_pending.contains(tag)) {
        // The service has not told us the id yet: take it down once it has.
        m_withdrawWhenShown.insert(tag, true);
        return;
    }
    const uint id = m_ids.take(tag);
    if (id == 0 || !m_bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != QLatin1String("default"))
        return;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id) {
            Q_EMIT activated(it.key());
            return;
        }
    }
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == id) {
            m_ids.erase(it);
            return;
        }
    }
}

}  // namespace baton::platform
