#pragma once
// EpollDispatcher: a Qt event dispatcher for threads that watch thousands of sockets.
//
// Qt's own dispatchers (glib's and the Unix one) hand every watched socket to poll() on every pass
// of the event loop, so a thread with N connections pays O(N) in the kernel for each message it
// handles; with 5,000 connections that was most of baton-router's time. This one keeps the sockets
// in an epoll set, so a pass costs what is ready, not what is watched. Timers and posted events
// behave as in Qt's Unix dispatcher. It is installed on the gateway's I/O threads and on the load
// tool's client threads (QThread::setEventDispatcher before start()), never on a GUI thread.
//
// One difference from Qt's: a notifier's handler that runs a nested event loop may see the outer
// pass deliver an activation the nested one already handled; Qt's sockets take that as a read or
// write that would block, which is harmless.
//
// Linux only: makeSocketThreadDispatcher() returns nullptr elsewhere, and the thread keeps Qt's.

#include <QAbstractEventDispatcher>

#include <atomic>
#include <chrono>
#include <map>
#include <unordered_map>

namespace baton::net {

class EpollDispatcher final : public QAbstractEventDispatcher {
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    // The notifiers of one descriptor (read, write, exception) and the generation of its
    // registration: an event for a descriptor that was closed and reused since is dropped.
    struct Watched {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        quint32 generation = 0;
        quint32 events = 0;  // the epoll mask last given to the kernel
    };
    struct Timer {
        QObject *object = nullptr;
        qint64 interval = 0;  // ms
        Qt::TimerType type = Qt::CoarseTimer;
        std::multimap<Clock::time_point, int>::iterator slot;  // when it is due (slot->first); valid when scheduled
        bool scheduled = false;
        bool inEvent = false;  // its timerEvent is running (a nested loop must not fire it again)
    };

    void updateEpoll(int fd, Watched &w);
    int activateTimers();
    int timeoutMs(bool canWait) const;
    void schedule(int timerId, Timer &t, Clock::time_point due);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupt{false};
    std::unordered_map<int, Watched> m_watched;
    quint32 m_nextGeneration = 0;
    std::unordered_map<int, Timer> m_timers;
    std::multimap<Clock::time_point, int> m_due;  // timer ids by when they are due
};

// A new EpollDispatcher where the platform has epoll, else nullptr (keep Qt's).
QAbstractEventDispatcher *makeSocketThreadDispatcher();

constexpr bool haveSocketThreadDispatcher()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

}  // namespace baton::net
