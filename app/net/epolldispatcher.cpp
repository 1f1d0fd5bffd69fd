#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#endif

namespace baton::net {

Q_LOGGING_CATEGORY(lcDispatcher, "baton.net.dispatcher")

#ifdef Q_OS_LINUX

namespace {

constexpr int kMaxEvents = 256;

// An event's data: the descriptor in the low half, its registration's generation in the high
// half (0 for the wake-up descriptor).
quint64 tag(int fd, quint32 generation)
{
    return (static_cast<quint64>(generation) << 32) | static_cast<quint32>(fd);
}

// What an epoll event means for each kind of notifier, as Qt's Unix dispatcher reads poll():
// a hang-up or an error wakes every notifier of the descriptor, so whichever is there finds out.
constexpr quint32 kWakes[3] = {
    EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR,  // QSocketNotifier::Read
    EPOLLOUT | EPOLLHUP | EPOLLERR,              // QSocketNotifier::Write
    EPOLLPRI | EPOLLHUP | EPOLLERR,              // QSocketNotifier::Exception
};
constexpr quint32 kWants[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

}  // namespace

EpollDispatcher::EpollDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollDispatcher: cannot create an epoll set or an eventfd: %s", std::strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = tag(m_wakeFd, 0);
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0)
        qFatal("EpollDispatcher: cannot watch the eventfd: %s", std::strerror(errno));
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeSockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // Events posted while the ones above were sent have written to the eventfd (postEvent wakes
    // the dispatcher), so waiting cannot sleep through them.
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.load();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupt.load())
        return false;

    const int timeout = includeTimers ? timeoutMs(canWait) : (canWait ? -1 : 0);
    int handled = 0;
    if (includeSockets) {
        epoll_event events[kMaxEvents];
        const int ready = epoll_wait(m_epoll, events, kMaxEvents, timeout);
        if (ready < 0 && errno != EINTR)
            qCWarning(lcDispatcher) << "epoll_wait:" << std::strerror(errno);
        for (int i = 0; i < ready; ++i) {
            const int fd = static_cast<int>(events[i].data.u64 & 0xffffffffu);
            const auto generation = static_cast<quint32>(events[i].data.u64 >> 32);
            if (generation == 0 && fd == m_wakeFd) {
                drainWakeUps();
                ++handled;
                continue;
            }
            for (int type = 0; type < 3; ++type) {
                if (!(events[i].events & kWakes[type]))
                    continue;
                // Looked up again for each notifier: the one before may have removed this one,
                // or closed the descriptor and opened another under the same number.
                const auto it = m_watched.find(fd);
                if (it == m_watched.end() || it->second.generation != generation)
                    break;
                if (QSocketNotifier *n = it->second.notifiers[type]) {
                    QEvent activated(QEvent::SockAct);
                    QCoreApplication::sendEvent(n, &activated);
                    ++handled;
                }
            }
        }
    } else {
        // Sockets are not wanted this pass: wait for a wake-up or a timer only.
        pollfd wake{m_wakeFd, POLLIN, 0};
        if (::poll(&wake, 1, timeout) > 0) {
            drainWakeUps();
            ++handled;
        }
    }
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const int type = static_cast<int>(notifier->type());
    Watched &w = m_watched[fd];
    if (w.notifiers[type] && w.notifiers[type] != notifier)
        qCWarning(lcDispatcher) << "two socket notifiers of one type for descriptor" << fd;
    w.notifiers[type] = notifier;
    updateEpoll(fd, w);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    const int type = static_cast<int>(notifier->type());
    if (it->second.notifiers[type] != notifier)
        return;
    it->second.notifiers[type] = nullptr;
    updateEpoll(fd, it->second);  // may erase the entry
}

// Gives the kernel the mask the notifiers want; a descriptor with none leaves the set.
void EpollDispatcher::updateEpoll(int fd, Watched &w)
{
    quint32 mask = 0;
    for (int type = 0; type < 3; ++type)
        if (w.notifiers[type])
            mask |= kWants[type];
    if (mask == w.events)
        return;
    if (mask == 0) {
        // EBADF or ENOENT: the descriptor was closed first, and the kernel already forgot it.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_watched.erase(fd);
        return;
    }
    const bool adding = w.events == 0;
    if (adding) {
        if (++m_nextGeneration == 0)
            ++m_nextGeneration;
        w.generation = m_nextGeneration;
    }
    epoll_event ev{};
    ev.events = mask;
    ev.data.u64 = tag(fd, w.generation);
    int rc = epoll_ctl(m_epoll, adding ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev);
    if (rc != 0 && adding && errno == EEXIST)
        rc = epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    else if (rc != 0 && !adding && errno == ENOENT)  // closed and reopened under the same number
        rc = epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    if (rc != 0) {
        qCWarning(lcDispatcher) << "cannot watch descriptor" << fd << ":" << std::strerror(errno);
        m_watched.erase(fd);
        return;
    }
    w.events = mask;
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer &t = m_timers[timerId];  // a new one, unless Qt reuses an id it did not unregister
    t.object = object;
    t.interval = std::max<qint64>(0, interval);
    t.type = timerType;
    t.inEvent = false;
    schedule(timerId, t, Clock::now() + std::chrono::milliseconds(t.interval));
}

void EpollDispatcher::schedule(int timerId, Timer &t, Clock::time_point due)
{
    if (t.scheduled)
        m_due.erase(t.slot);
    t.slot = m_due.emplace(due, timerId);
    t.scheduled = true;
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_due.erase(it->second.slot);
    m_timers.erase(it);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_due.erase(it->second.slot);
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, t] : m_timers)
        if (t.object == object)
            timers.append(TimerInfo(id, static_cast<int>(t.interval), t.type));
    return timers;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(it->second.slot->first - Clock::now());
    return static_cast<int>(std::max<qint64>(0, left.count()));
}

// Milliseconds epoll may sleep: until the next timer that can fire (rounded up, so a timer is
// never woken for early), 0 when one is due or waiting is not allowed, -1 for no timer at all.
int EpollDispatcher::timeoutMs(bool canWait) const
{
    if (!canWait)
        return 0;
    for (const auto &[due, id] : m_due) {
        if (m_timers.at(id).inEvent)
            continue;  // running in a nested loop; it is not fired again until it returns
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(due - Clock::now()).count();
        return static_cast<int>(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max()));
    }
    return -1;
}

int EpollDispatcher::activateTimers()
{
    if (m_due.empty())
        return 0;
    const auto now = Clock::now();
    std::vector<int> dueIds;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        dueIds.push_back(it->second);
    int fired = 0;
    for (const int id : dueIds) {
        // Looked up again: an earlier timer's event may have removed this one, restarted it
        // (Qt hands a freed id out again) or fired it from a nested loop; or it is running in a
        // nested loop of its own.
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.inEvent || it->second.slot->first > now)
            continue;
        Timer &t = it->second;
        // The next time is set before the event: the handler may kill or restart the timer.
        // A late timer does not fire twice to catch up (as Qt's own timers).
        auto next = t.slot->first + std::chrono::milliseconds(t.interval);
        if (next <= now)
            next = now + std::chrono::milliseconds(t.interval);
        schedule(id, t, next);
        t.inEvent = true;
        QObject *object = t.object;
        const bool counts = t.interval > 0;  // as Qt: a zero timer (idle work) does not end processEvents(maxtime)
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);  // `t` may be gone after this
        if (counts)
            ++fired;
        if (const auto again = m_timers.find(id); again != m_timers.end())
            again->second.inEvent = false;
    }
    return fired;
}

void EpollDispatcher::wakeUp()
{
    const quint64 one = 1;
    // EAGAIN only when the counter is full, and then a wake-up is pending anyway.
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollDispatcher::interrupt()
{
    m_interrupt.store(true);
    wakeUp();
}

void EpollDispatcher::drainWakeUps()
{
    quint64 count = 0;
    [[maybe_unused]] const auto read = ::read(m_wakeFd, &count, sizeof count);
}

QAbstractEventDispatcher *makeSocketThreadDispatcher()
{
    return new EpollDispatcher;
}

#else

QAbstractEventDispatcher *makeSocketThreadDispatcher()
{
    return nullptr;
}

#endif

}  // namespace baton::net
