// baton-bench-journal: the router journal's throughput and the router's recovery time.
//
//   baton-bench-journal throughput [--records N] [--no-fsync] [--db PATH|postgresql://…]
//   baton-bench-journal recovery [--agents A] [--tail N] [--runs R] [--db PATH]
//
// throughput: one router thread appends N arrival records (with a realistic request: customer,
// attributes, history) as fast as it can, as the router does under load; the writer thread
// commits in groups. Prints acknowledged records per second (appended → durable) and the
// latency from append to durable (p50/p99), which is what an IVR waits for its acknowledgement.
//
// recovery: drives the benchmark site (A agents, every agent busy, 2 × A contacts waiting — so
// 5,000 agents give 10,000 waiting) through a JournalingSink into the journal, snapshots, adds a
// tail of N records of further traffic, and then times what a restarting router does: read the
// snapshot and tail, fold them, create the router from the configuration and restore it.
// Prints each run and the median.
#include "benchsite.h"
#include "database.h"
#include "journal.h"
#include "router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <mutex>
#include <vector>

using namespace baton;
using namespace baton::core;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "baton-bench-journal: " << message << "\n";
    return 1;
}

ContactRequest sampleRequest(std::uint64_t i)
{
    ContactRequest r;
    r.externalRef = QStringLiteral("call-%1").arg(i);
    r.business = QStringLiteral("信用卡挂失");
    r.entryPoint = QStringLiteral("95588");
    r.region = QStringLiteral("上海");
    r.customer.id = CustomerId(QString::number(100000 + i % 50000));
    r.customer.name = QStringLiteral("王小明");
    r.customer.attributes.insert(QStringLiteral("level"), QString::number(i % 11));
    r.customer.attributes.insert(QStringLiteral("product"), QStringLiteral("白金信用卡"));
    r.customer.tags = {QStringLiteral("高净值")};
    r.history.lastAgent = AgentId(QStringLiteral("a%1").arg(i % 5000));
    r.history.lastServedUtc = QDateTime::currentDateTimeUtc().addDays(-3);
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

int throughput(const QString &path, int records, bool fsync)
{
    auto opened = store::Journal::open({path, fsync, 4096});
    if (!opened)
        return fail(opened.error().toString());
    store::Journal &journal = *opened.value();

    std::vector<qint64> appendedNs(static_cast<std::size_t>(records) + 1);
    std::vector<double> latencyUs;
    latencyUs.reserve(static_cast<std::size_t>(records));
    std::mutex mutex;
    std::uint64_t acked = journal.durable();
    const std::uint64_t base = acked;
    QElapsedTimer clock;
    clock.start();
    journal.setDurableCallback([&](std::uint64_t durable) {
        const qint64 now = clock.nsecsElapsed();
        std::lock_guard lock(mutex);
        for (std::uint64_t s = acked + 1; s <= durable; ++s)
            latencyUs.push_back(static_cast<double>(now - appendedNs[s - base]) / 1000.0);
        acked = durable;
    });

    std::uint64_t last = 0;
    for (int i = 1; i <= records; ++i) {
        JournalRecord r;
        r.kind = JournalRecord::Kind::Arrived;
        r.atMs = QDateTime::currentMSecsSinceEpoch();
        r.contact = ContactId(static_cast<std::uint64_t>(i));
        r.group = GroupId(QStringLiteral("g%1").arg(i % 200));
        r.level = i % 11;
        r.request = sampleRequest(static_cast<std::uint64_t>(i));
        {
            std::lock_guard lock(mutex);  // the slot must be set before the callback reads it
            appendedNs[static_cast<std::size_t>(i)] = clock.nsecsElapsed();
            last = journal.append(r);
        }
    }
    if (!journal.waitDurable(last, std::chrono::minutes(5)))
        return fail(QStringLiteral("the journal did not catch up"));
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const store::JournalStats stats = journal.stats();
    std::lock_guard lock(mutex);
    out() << QStringLiteral("records %1, fsync %2: %3 s, %4 acknowledged records/s, %5 commits (%6 records each on average), "
                            "append→durable p50 %7 ms, p99 %8 ms\n")
                 .arg(records)
                 .arg(fsync ? QStringLiteral("on") : QStringLiteral("off"))
                 .arg(seconds, 0, 'f', 2)
                 .arg(static_cast<double>(records) / seconds, 0, 'f', 0)
                 .arg(stats.commits)
                 .arg(static_cast<double>(stats.records) / static_cast<double>(std::max<std::uint64_t>(1, stats.commits)), 0, 'f', 0)
                 .arg(percentile(latencyUs, 0.5) / 1000.0, 0, 'f', 2)
                 .arg(percentile(latencyUs, 0.99) / 1000.0, 0, 'f', 2);
    return 0;
}

class NullSink final : public EventSink {
public:
    void onEvent(const Event &) override {}
};

// Fills the journal at `path` with the benchmark site's state and a tail of traffic.
int prepareRecovery(const QString &path, int agents, int tail, int *waiting)
{
    auto opened = store::Journal::open({path, false, 4096});
    if (!opened)
        return fail(opened.error().toString());
    store::Journal &journal = *opened.value();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto router = Router::create(clock, benchSiteConfig(agents));
    if (!router)
        return fail(router.error().toString());
    Router &r = *router.value();
    RouterStateTracker tracker;
    JournalingSink sink(clock, tracker, [&](const JournalRecord &rec) { journal.append(rec); });
    r.setEventSink(&sink);
    const int groups = std::max(2, agents / 25);
    std::uint64_t n = 0;
    auto arrive = [&](int group) {
        ContactRequest req = sampleRequest(++n);
        req.business = QStringLiteral("g%1").arg(group);
        auto a = r.contactArrived(req);
        if (a)
            sink.arrived(a->contact, req);
    };
    for (const AgentId &a : r.agents()) {
        (void)r.setPresence(a, Presence::Ready);
        sink.presenceSet(a, Presence::Ready, {});
    }
    // Every agent busy…
    for (int round = 0; round < 20; ++round) {
        for (const AgentId &a : r.agents()) {
            if (r.agentStatus(a)->state == AgentState::Available)
                arrive(static_cast<int>(n % static_cast<std::uint64_t>(groups)));
        }
        for (const AgentId &a : r.agents()) {
            if (const auto s = r.agentStatus(a); s->offered.isValid())
                (void)r.accept(a, s->offered);
        }
        clock.advance(std::chrono::milliseconds(10));
    }
    // …then 2 × agents waiting.
    for (int i = 0; i < 2 * agents; ++i)
        arrive(static_cast<int>(n % static_cast<std::uint64_t>(groups)));
    journal.snapshot(tracker.state());
    // The tail: conversations end and waiting contacts are answered.
    int written = 0;
    const QList<AgentId> ids = r.agents();
    QRandomGenerator rng(11);
    for (int i = 0; written < tail && i < 100 * tail; ++i) {
        const AgentId &a = ids[static_cast<qsizetype>(rng.bounded(static_cast<quint32>(ids.size())))];
        const auto s = r.agentStatus(a);
        const std::uint64_t before = journal.lastAppended();
        if (!s->active.isEmpty())
            (void)r.endContact(s->active.first());
        else if (!s->wrapping.isEmpty())
            (void)r.finishWrapUp(a, s->wrapping.first());
        else if (s->offered.isValid())
            (void)r.accept(a, s->offered);
        arrive(i % groups);
        written += static_cast<int>(journal.lastAppended() - before);
    }
    *waiting = r.waitingCount();
    journal.waitDurable(journal.lastAppended(), std::chrono::minutes(5));
    return 0;
}

int recovery(const QString &path, int agents, int tail, int runs)
{
    int waiting = 0;
    if (int rc = prepareRecovery(path, agents, tail, &waiting); rc != 0)
        return rc;
    const SiteConfig config = benchSiteConfig(agents);
    std::vector<double> totals;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = store::Database::open(path, store::Database::Mode::OpenExisting);
        if (!db)
            return fail(db.error().toString());
        store::RecoveryStats stats;
        auto state = store::Journal::recover(*db.value(), &stats);
        if (!state)
            return fail(state.error().toString());
        const double readMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        SystemClock clock;
        auto router = Router::create(clock, config);
        NullSink sink;
        router.value()->setEventSink(&sink);
        auto report = router.value()->restore(state.value());
        if (!report)
            return fail(report.error().toString());
        const double totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        totals.push_back(totalMs);
        out() << QStringLiteral("run %1: %2 waiting, %3 in conversation, %4 agents; snapshot %5 KiB + %6 tail records; "
                                "read+fold %7 ms, total with restore %8 ms\n")
                     .arg(run + 1)
                     .arg(report->waiting)
                     .arg(QStringLiteral("%1 (+%2 wrapping up)").arg(report->active).arg(report->wrapping))
                     .arg(agents)
                     .arg(stats.snapshotBytes / 1024)
                     .arg(stats.tailRecords)
                     .arg(readMs, 0, 'f', 1)
                     .arg(totalMs, 0, 'f', 1);
    }
    out() << QStringLiteral("median recovery %1 ms (%2 waiting before the restart)\n")
                 .arg(percentile(totals, 0.5), 0, 'f', 1)
                 .arg(waiting);
    return 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The router journal's throughput and recovery time (docs/PERFORMANCE.md).\n"
        "  throughput  append records as fast as the router would; acknowledged records/s\n"
        "  recovery    time a restart over a journal of the benchmark site"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("throughput or recovery"));
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records to append (default 200000)."), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("no-fsync"), QStringLiteral("synchronous=NORMAL: survives a crash, not a power cut.")});
    parser.addOption({QStringLiteral("agents"), QStringLiteral("Agents in the site (default 5000)."), QStringLiteral("A"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("tail"), QStringLiteral("Records after the snapshot (default 10000)."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Recovery runs (default 5)."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file to use (default: a temporary one; must not exist), or an empty "
                                                           "PostgreSQL database as postgresql://…"), QStringLiteral("PATH|URI")});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args[0] != QLatin1String("throughput") && args[0] != QLatin1String("recovery")))
        return fail(QStringLiteral("say what to measure: throughput or recovery (see --help)"));
    bool ok[4] = {};
    const int records = parser.value(QStringLiteral("records")).toInt(&ok[0]);
    const int agents = parser.value(QStringLiteral("agents")).toInt(&ok[1]);
    const int tail = parser.value(QStringLiteral("tail")).toInt(&ok[2]);
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || records < 1 || agents < 2 || tail < 0 || runs < 1)
        return fail(QStringLiteral("--records, --agents, --tail and --runs take positive whole numbers"));

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("journal.db"));
    else if (!store::Database::isPostgres(path) && QFile::exists(path))
        return fail(QStringLiteral("%1 exists; give a new file").arg(path));
    if (args[0] == QLatin1String("throughput"))
        return throughput(path, records, !parser.isSet(QStringLiteral("no-fsync")));
    return recovery(path, agents, tail, runs);
}
