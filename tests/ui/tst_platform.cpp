// The desktop's place in the user's session: one instance per user, the XDG autostart entry, and
// notifications through org.freedesktop.Notifications (a fake service on a private session bus).
#include "autostart.h"
#include "desktopnotifier.h"
#include "singleinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace baton::platform;

namespace {

// A stand-in for the desktop's notification service, exported on its own bus connection.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown {
        QString app;
        uint replaces;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;
    QList<uint> closed;
    uint nextId = 41;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString & /*icon*/, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int /*timeout*/)
    {
        shown.append({app, replaces, summary, body, actions, hints});
        return replaces != 0 ? replaces : ++nextId;
    }
    void CloseNotification(uint id) { closed.append(id); }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

// Claims in another thread: the claim blocks while the primary, on this thread, has to answer.
SingleInstance::Role claimElsewhere(const QString &path)
{
    SingleInstance::Role role = SingleInstance::Role::Unavailable;
    QThread *thread = QThread::create([&] {
        SingleInstance other(path);
        role = other.claim();
    });
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    delete thread;
    return role;
}

}  // namespace

class TestPlatform : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverToTheFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baton.socket"));
        SingleInstance first(path);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::messageReceived);

        QCOMPARE(claimElsewhere(path), SingleInstance::Role::Secondary);
        QVERIFY(received.count() == 1 || received.wait(2000));
        QCOMPARE(received.first().first().toByteArray(), QByteArray("activate"));

        // And again: the primary keeps serving.
        QCOMPARE(claimElsewhere(path), SingleInstance::Role::Secondary);
        QTRY_COMPARE(received.count(), 2);
    }

    void aSocketLeftByACrashIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baton.socket"));
        {
            QFile leftover(path);
            QVERIFY(leftover.open(QIODevice::WriteOnly));
        }
        SingleInstance instance(path);
        QCOMPARE(instance.claim(), SingleInstance::Role::Primary);
        QCOMPARE(claimElsewhere(path), SingleInstance::Role::Secondary);
    }

    void aHungPrimaryDoesNotKeepBatonFromStarting()
    {
        // Something listens but never answers: the new launch takes the socket over.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baton.socket"));
        QLocalServer hung;
        QVERIFY(hung.listen(path));
        QCOMPARE(claimElsewhere(path), SingleInstance::Role::Primary);
    }

    void theFirstLaunchEndsWhenItsProcessDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baton.socket"));
        {
            SingleInstance first(path);
            QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        }
        SingleInstance next(path);
        QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    }

    void autostartWithoutAnInstalledEntry()
    {
        QTemporaryDir config, apps;
        Autostart autostart(QStringLiteral("cc.baton.Baton"), config.path(), {apps.path()});
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(true, QStringLiteral("/opt/my baton/bin/baton")), QString());
        QVERIFY(autostart.isEnabled());
        QCOMPARE(autostart.entryPath(), config.filePath(QStringLiteral("autostart/cc.baton.Baton.desktop")));
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("Exec=\"/opt/my baton/bin/baton\"\n"), text.constData());
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("X-GNOME-Autostart-enabled=true\n"));

        QCOMPARE(autostart.setEnabled(false, QString()), QString());
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.setEnabled(false, QString()), QString());  // already off
    }

    void autostartCopiesTheInstalledEntry()
    {
        QTemporaryDir config, apps;
        {
            QFile installed(apps.filePath(QStringLiteral("cc.baton.Baton.desktop")));
            QVERIFY(installed.open(QIODevice::WriteOnly));
            installed.write("[Desktop Entry]\nType=Application\nName=Baton\nName[zh_CN]=Baton 坐席工作台\nExec=baton\n"
                            "Icon=cc.baton.Baton\nActions=supervisor;\n\n[Desktop Action supervisor]\nName=Queues\n"
                            "Exec=baton --workspace supervisor\n");
        }
        Autostart autostart(QStringLiteral("cc.baton.Baton"), config.path(), {apps.path()});
        QCOMPARE(autostart.setEnabled(true, QStringLiteral("/unused")), QString());
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Name[zh_CN]=Baton 坐席工作台\n")));
        QVERIFY(text.contains(QStringLiteral("Exec=baton\n")));
        QVERIFY2(!text.contains(QStringLiteral("Actions=")) && !text.contains(QStringLiteral("Desktop Action")), qPrintable(text));
        QVERIFY(autostart.isEnabled());
    }

    void autostartSwitchedOffInTheSessionSettings()
    {
        // The desktop's own settings switch an entry off by rewriting it, not by deleting it.
        QTemporaryDir config;
        Autostart autostart(QStringLiteral("cc.baton.Baton"), config.path(), {config.path()});
        QCOMPARE(autostart.setEnabled(true, QStringLiteral("baton")), QString());
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
    }

    void autostartReportsWhatItCannotDo()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("autostart")));  // a file where the directory should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Autostart autostart(QStringLiteral("cc.baton.Baton"), dir.path(), {dir.path()});
        const QString error = autostart.setEnabled(true, QStringLiteral("baton"));
        QVERIFY2(error.startsWith(QStringLiteral("cannot create")), qPrintable(error));
        QVERIFY(!autostart.isEnabled());
    }

    void execQuoting()
    {
        QCOMPARE(Autostart::quoteExec(QStringLiteral("/usr/bin/baton")), QStringLiteral("/usr/bin/baton"));
        QCOMPARE(Autostart::quoteExec(QStringLiteral("/home/a b/baton")), QStringLiteral("\"/home/a b/baton\""));
        QCOMPARE(Autostart::quoteExec(QStringLiteral("/x/$HOME\"q")), QStringLiteral("\"/x/\\$HOME\\\"q\""));
        QCOMPARE(Autostart::quoteExec(QStringLiteral("/x/100%")), QStringLiteral("/x/100%%"));
    }

    void notificationsThroughTheDesktopsService()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no D-Bus session bus (install dbus-daemon: the test then runs in a private one)");
        QDBusConnection serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
        QVERIFY(serviceBus.isConnected());

        DesktopNotifier notifier(QStringLiteral("cc.baton.Baton"), bus);
        notifier.setOpenLabel(QStringLiteral("Show Baton"));
        QVERIFY(!notifier.isAvailable());
        QVERIFY(!notifier.notify(QStringLiteral("offer"), QStringLiteral("Incoming contact"), QStringLiteral("nobody listens")));

        FakeNotifications service;
        QVERIFY(serviceBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots));
        QVERIFY(serviceBus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(notifier.isAvailable());

        QVERIFY(notifier.notify(QStringLiteral("offer"), QStringLiteral("Incoming contact"), QStringLiteral("张伟 · VIP 5 · 账单疑问"),
                                DesktopNotifier::Urgency::Critical));
        QTRY_COMPARE(service.shown.size(), 1);
        const auto &first = service.shown.first();
        QCOMPARE(first.app, QStringLiteral("cc.baton.Baton"));
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(first.body, QStringLiteral("张伟 · VIP 5 · 账单疑问"));
        QCOMPARE(first.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show Baton")}));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("cc.baton.Baton"));
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 2);

        // A newer offer replaces the one on screen; an alert is a notification of its own.
        QTest::qWait(50);  // let the reply carrying the id arrive
        QVERIFY(notifier.notify(QStringLiteral("offer"), QStringLiteral("Incoming contact"), QStringLiteral("李娜")));
        QVERIFY(notifier.notify(QStringLiteral("alert"), QStringLiteral("Alert"), QStringLiteral("售后: 6 waiting")));
        QTRY_COMPARE(service.shown.size(), 3);
        QCOMPARE(service.shown.at(1).replaces, 42u);
        QCOMPARE(service.shown.at(2).replaces, 0u);

        // A click on the offer's notification.
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QDBusMessage click = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        click << 42u << QStringLiteral("default");
        QVERIFY(serviceBus.send(click));
        QVERIFY(activated.wait(2000));
        QCOMPARE(activated.first().first().toString(), QStringLiteral("offer"));

        // The offer was answered: its notification is taken down; the alert stays.
        notifier.withdraw(QStringLiteral("offer"));
        QTRY_COMPARE(service.closed, QList<uint>{42u});
        notifier.withdraw(QStringLiteral("offer"));  // nothing left to take down
        QTest::qWait(50);
        QCOMPARE(service.closed.size(), 1);

        // Withdrawn before the service said which id it gave: taken down once it does.
        QVERIFY(notifier.notify(QStringLiteral("offer"), QStringLiteral("Incoming contact"), QStringLiteral("王芳")));
        notifier.withdraw(QStringLiteral("offer"));
        QTRY_COMPARE(service.closed.size(), 2);
        QCOMPARE(service.closed.last(), 44u);

        serviceBus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
