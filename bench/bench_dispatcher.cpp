// baton-bench-dispatcher: what a thread's event loop pays for the sockets it watches but that are
// idle — Qt's own dispatcher against the gateway's EpollDispatcher.
//
//   baton-bench-dispatcher [--idle 0,1000,5000] [--round-trips N]
//
// A thread runs an event loop watching `idle` socket pairs that never speak, and one that does:
// the main thread writes a byte, the loop's notifier reads it and writes one back, and the main
// thread times the round trip (blocking reads, no event loop of its own). Prints, per dispatcher
// and idle count, the round trip's p50 and p99 and the loop thread's CPU time per round trip.
#include "epolldispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Pair {
    int fds[2] = {-1, -1};
    Pair()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
            qFatal("socketpair: out of descriptors? raise ulimit -n");
    }
    ~Pair()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    Pair(const Pair &) = delete;
    Pair &operator=(const Pair &) = delete;
};

// CPU time of the calling thread, in microseconds.
double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

struct Result {
    double p50 = 0, p99 = 0, cpuPerTrip = 0;
};

Result measure(bool epoll, int idle, int trips)
{
    std::vector<std::unique_ptr<Pair>> idlePairs;
    for (int i = 0; i < idle; ++i)
        idlePairs.push_back(std::make_unique<Pair>());
    Pair active;

    QThread loop;
    if (epoll)
        loop.setEventDispatcher(baton::net::makeSocketThreadDispatcher());
    auto *context = new QObject;
    context->moveToThread(&loop);
    loop.start();
    std::vector<QSocketNotifier *> notifiers;
    double cpuBefore = 0, cpuAfter = 0;
    QMetaObject::invokeMethod(context, [&] {
        for (const auto &p : idlePairs)
            notifiers.push_back(new QSocketNotifier(p->fds[0], QSocketNotifier::Read, context));
        auto *echo = new QSocketNotifier(active.fds[0], QSocketNotifier::Read, context);
        QObject::connect(echo, &QSocketNotifier::activated, context, [fd = active.fds[0]] {
            char byte = 0;
            if (::read(fd, &byte, 1) == 1)
                (void)!::write(fd, &byte, 1);
        });
        cpuBefore = threadCpuMicros();
    }, Qt::BlockingQueuedConnection);

    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(trips));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < trips; ++i) {
        char byte = 'x';
        const qint64 sent = clock.nsecsElapsed();
        if (::write(active.fds[1], &byte, 1) != 1 || ::read(active.fds[1], &byte, 1) != 1)
            qFatal("the round trip failed");
        micros.push_back(static_cast<double>(clock.nsecsElapsed() - sent) / 1e3);
    }
    QMetaObject::invokeMethod(context, [&] { cpuAfter = threadCpuMicros(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    loop.quit();
    loop.wait();

    std::sort(micros.begin(), micros.end());
    Result r;
    r.p50 = micros[micros.size() / 2];
    r.p99 = micros[std::min(micros.size() - 1, micros.size() * 99 / 100)];
    r.cpuPerTrip = (cpuAfter - cpuBefore) / trips;
    return r;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton-bench-dispatcher"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Round trips through an event loop that also watches idle sockets: Qt's dispatcher against Baton's epoll one."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("idle"), QStringLiteral("Idle socket pairs the loop watches, comma-separated (default 0,1000,5000)."),
                      QStringLiteral("N,…"), QStringLiteral("0,1000,5000")});
    parser.addOption({QStringLiteral("round-trips"), QStringLiteral("Round trips per measurement (default 20000)."), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.process(app);

    std::vector<int> idleCounts;
    for (const QString &part : parser.value(QStringLiteral("idle")).split(QLatin1Char(','))) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 100000) {
            QTextStream(stderr) << "baton-bench-dispatcher: --idle takes counts from 0 to 100000, comma-separated\n";
            return 2;
        }
        idleCounts.push_back(n);
    }
    bool ok = false;
    const int trips = parser.value(QStringLiteral("round-trips")).toInt(&ok);
    if (!ok || trips < 100) {
        QTextStream(stderr) << "baton-bench-dispatcher: --round-trips takes a number of at least 100\n";
        return 2;
    }
    if (!baton::net::haveSocketThreadDispatcher()) {
        QTextStream(stderr) << "baton-bench-dispatcher: this platform has no epoll\n";
        return 1;
    }

    out() << "dispatcher  idle sockets  round trip p50 (µs)  p99 (µs)  loop CPU per round trip (µs)\n";
    for (const int idle : idleCounts) {
        for (const bool epoll : {false, true}) {
            const Result r = measure(epoll, idle, trips);
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(epoll ? QStringLiteral("epoll     ") : QStringLiteral("Qt default"))
                         .arg(idle, 12)
                         .arg(r.p50, 19, 'f', 1)
                         .arg(r.p99, 8, 'f', 1)
                         .arg(r.cpuPerTrip, 28, 'f', 1);
            out().flush();
        }
    }
    return 0;
}
