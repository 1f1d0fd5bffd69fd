// EpollDispatcher: posted events, timers and socket notifiers behave as under Qt's own
// dispatchers, on a thread that runs it.
#include "epolldispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

using namespace baton::net;

namespace {

// A thread running the dispatcher, and a way to run code on it and wait for the result.
class EpollThread {
public:
    EpollThread()
    {
        m_thread.setEventDispatcher(makeSocketThreadDispatcher());
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    ~EpollThread()
    {
        run([this] { delete m_context; });
        m_thread.quit();
        m_thread.wait();
    }
    void run(const std::function<void()> &f) { QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection); }
    void post(std::function<void()> f) { QMetaObject::invokeMethod(m_context, std::move(f), Qt::QueuedConnection); }
    QThread &thread() { return m_thread; }
    QObject *context() { return m_context; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

// Counts the timer events it gets, and can kill another timer or nest an event loop from one.
class TimerTarget : public QObject {
public:
    std::atomic<int> fired{0};
    std::atomic<int> depth{0}, maxDepth{0};
    int killOnFire = 0;
    bool nestOnce = false;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        ++fired;
        const int d = ++depth;
        maxDepth = std::max(maxDepth.load(), d);
        if (killOnFire) {
            killTimer(killOnFire);
            killOnFire = 0;
        }
        if (nestOnce) {
            nestOnce = false;
            QEventLoop nested;
            QTimer::singleShot(30, &nested, &QEventLoop::quit);
            nested.exec();
        }
        --depth;
        Q_UNUSED(event);
    }
};

}  // namespace

class TestEpollDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void installsOnThread()
    {
        EpollThread t;
        QAbstractEventDispatcher *d = nullptr;
        t.run([&] { d = QAbstractEventDispatcher::instance(); });
        QVERIFY(dynamic_cast<EpollDispatcher *>(d) != nullptr);
    }

    void postedEventsArriveInOrder()
    {
        EpollThread t;
        std::vector<int> seen;
        for (int i = 0; i < 5000; ++i)
            t.post([&seen, i] { seen.push_back(i); });
        t.run([] {});  // after every queued call
        QCOMPARE(seen.size(), std::size_t(5000));
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(seen[static_cast<std::size_t>(i)], i);
    }

    void singleShotAndRepeatingTimers()
    {
        EpollThread t;
        std::atomic<qint64> singleAfter{-1};
        std::atomic<int> ticks{0};
        std::unique_ptr<QTimer> repeating;
        t.run([&] {
            auto *clock = new QElapsedTimer;
            clock->start();
            QTimer::singleShot(40, t.context(), [&, clock] {
                singleAfter = clock->elapsed();
                delete clock;
            });
            repeating = std::make_unique<QTimer>();
            repeating->setInterval(5);
            QObject::connect(repeating.get(), &QTimer::timeout, repeating.get(), [&] { ++ticks; });
            repeating->start();
        });
        QTRY_VERIFY(singleAfter.load() >= 0);
        QVERIFY2(singleAfter.load() >= 40, "a timer fired early");
        QTRY_VERIFY(ticks.load() >= 5);
        t.run([&] { repeating.reset(); });
        const int stopped = ticks.load();
        QTest::qWait(30);
        QCOMPARE(ticks.load(), stopped);
    }

    void aTimerKilledByAnotherDoesNotFire()
    {
        EpollThread t;
        TimerTarget *target = nullptr;
        t.run([&] {
            target = new TimerTarget;
            target->startTimer(10);
            // Both are due at the same pass; whichever fires first kills the second.
            target->killOnFire = target->startTimer(10);
        });
        QTRY_VERIFY(target->fired.load() >= 3);
        int registered = 0;
        t.run([&] { registered = static_cast<int>(QAbstractEventDispatcher::instance()->registeredTimers(target).size()); });
        QCOMPARE(registered, 1);
        t.run([&] { delete target; });
    }

    // Two timers due in one pass; the first restarts the second (Qt hands the freed id out again),
    // which must then wait its new interval, not fire in the same pass.
    void aTimerRestartedByAnotherWaitsItsInterval()
    {
        EpollThread t;
        std::atomic<qint64> restartedAt{-1}, firedAt{-1};
        std::unique_ptr<QTimer> a, b;
        QElapsedTimer clock;
        clock.start();
        t.run([&] {
            a = std::make_unique<QTimer>();
            b = std::make_unique<QTimer>();
            a->setSingleShot(true);
            b->setSingleShot(true);
            QObject::connect(a.get(), &QTimer::timeout, a.get(), [&] {
                restartedAt = clock.elapsed();
                b->start(150);
            });
            QObject::connect(b.get(), &QTimer::timeout, b.get(), [&] { firedAt = clock.elapsed(); });
            a->start(10);
            b->start(10);
        });
        QTRY_VERIFY(firedAt.load() >= 0);
        QVERIFY2(firedAt.load() - restartedAt.load() >= 150, "a restarted timer fired before its new interval");
        t.run([&] {
            a.reset();
            b.reset();
        });
    }

    void remainingTimeAndMovingThreads()
    {
        EpollThread a, b;
        TimerTarget *target = nullptr;
        int remaining = -1;
        a.run([&] {
            target = new TimerTarget;
            const int id = target->startTimer(10000);
            remaining = QAbstractEventDispatcher::instance()->remainingTime(id);
        });
        QVERIFY(remaining > 0 && remaining <= 10000);
        // Moving an object takes its timers along (Qt asks registeredTimers): a fast one then
        // fires on the other thread.
        a.run([&] {
            target->startTimer(5);
            target->moveToThread(&b.thread());
        });
        QTRY_VERIFY(target->fired.load() >= 3);
        int onB = 0;
        b.run([&] { onB = static_cast<int>(QAbstractEventDispatcher::instance()->registeredTimers(target).size()); });
        QCOMPARE(onB, 2);
        b.run([&] { delete target; });
    }

    void aTimerIsNotReenteredFromANestedLoop()
    {
        EpollThread t;
        TimerTarget *target = nullptr;
        t.run([&] {
            target = new TimerTarget;
            target->nestOnce = true;
            target->startTimer(1);
        });
        QTRY_VERIFY(target->fired.load() >= 5);
        QCOMPARE(target->maxDepth.load(), 1);
        t.run([&] { delete target; });
    }

    // Hundreds of sockets on one thread; half of them closed and replaced, so descriptor numbers
    // are reused while the others keep talking.
    void manySocketsEcho()
    {
        EpollThread t;
        constexpr int kClients = 300;
        std::atomic<int> echoed{0};
        QTcpServer *server = nullptr;
        std::vector<QTcpSocket *> clients;
        auto connectClient = [&](int i) {
            auto *c = new QTcpSocket;
            QObject::connect(c, &QTcpSocket::connected, c, [c, i] { c->write(QByteArray::number(i) + '\n'); });
            QObject::connect(c, &QTcpSocket::readyRead, c, [c, i, &echoed] {
                while (c->canReadLine())
                    if (c->readLine().trimmed() == QByteArray::number(i))
                        ++echoed;
            });
            c->connectToHost(QHostAddress::LocalHost, server->serverPort());
            return c;
        };
        t.run([&] {
            server = new QTcpServer;
            QVERIFY(server->listen(QHostAddress::LocalHost, 0));
            QObject::connect(server, &QTcpServer::newConnection, server, [server] {
                while (QTcpSocket *s = server->nextPendingConnection()) {
                    QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                }
            });
            for (int i = 0; i < kClients; ++i)
                clients.push_back(connectClient(i));
        });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.load(), kClients, 20000);
        t.run([&] {
            for (int i = 0; i < kClients; i += 2) {
                delete clients[static_cast<std::size_t>(i)];
                clients[static_cast<std::size_t>(i)] = connectClient(kClients + i);
            }
            for (int i = 1; i < kClients; i += 2)
                clients[static_cast<std::size_t>(i)]->write(QByteArray::number(i) + '\n');
        });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.load(), 2 * kClients, 20000);
        t.run([&] {
            qDeleteAll(clients);
            delete server;
        });
    }

    void excludingSocketsStillRunsTimers()
    {
        EpollThread t;
        bool readyReadDuring = false, timerFired = false, readyReadAfter = false;
        t.run([&] {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, server.serverPort());
            QVERIFY(client.waitForConnected(5000));
            QVERIFY(server.waitForNewConnection(5000));
            QTcpSocket *peer = server.nextPendingConnection();
            QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] {
                if (!timerFired)
                    readyReadDuring = true;
                else
                    readyReadAfter = true;
            });
            peer->write("x");
            QVERIFY(peer->waitForBytesWritten(5000));
            QTimer::singleShot(20, &client, [&] { timerFired = true; });
            QElapsedTimer waited;
            waited.start();
            while (!timerFired && waited.elapsed() < 5000)
                QAbstractEventDispatcher::instance()->processEvents(QEventLoop::ExcludeSocketNotifiers | QEventLoop::WaitForMoreEvents);
            QElapsedTimer after;
            after.start();
            while (!readyReadAfter && after.elapsed() < 5000)
                QAbstractEventDispatcher::instance()->processEvents(QEventLoop::WaitForMoreEvents);
        });
        QVERIFY(timerFired);
        QVERIFY(!readyReadDuring);
        QVERIFY(readyReadAfter);
    }

    void quitEndsTheThread()
    {
        QThread thread;
        thread.setEventDispatcher(makeSocketThreadDispatcher());
        thread.start();
        QTest::qWait(10);
        thread.quit();
        QVERIFY(thread.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
