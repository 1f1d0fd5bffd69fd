#pragma once
// baton-sim load: thousands of simulated agents and IVR sessions against a live baton-router,
// in real time, over the real protocol (docs/SIMULATION.md, docs/PERFORMANCE.md).

#include <QString>
#include <QUrl>

namespace baton::simulator {

struct LoadOptions {
    QList<QUrl> urls;         // empty: start a router (routerBinary) on a generated site; several: one site's routers
    QString routerBinary;
    QString database;         // for a started router: empty (a temporary SQLite file) or postgresql://…
    int standbys = 0;         // started routers standing by for the first (PostgreSQL only)
    double killActiveAt = -1; // seconds into the run: SIGKILL the active router, then check the failover
    bool interactivePasswords = false;  // the users' passwords hashed at the real cost (~150 ms a check), not the minimum
    qint64 routerPid = 0;     // for CPU and memory figures when the router was started elsewhere
    int agents = 5000;
    int groups = 0;           // 0: agents / 25
    int ivrSessions = 20;
    double contactsPerSecond = 200;
    double seconds = 60;
    double handleSeconds = 15;  // mean conversation length (exponential)
    bool fsync = true;
    bool tls = false;         // the started router serves wss:// with a certificate made for the run
    quint32 seed = 1;
    int clientThreads = 0;    // threads the simulated agents' sockets are spread over (0: one per core, at least 2)
    int routerIoThreads = 0;  // the started router's --io-threads (0: its default)
};

// Runs the load and prints the figures; returns the process exit code.
int runLoad(const LoadOptions &options);

}  // namespace baton::simulator
