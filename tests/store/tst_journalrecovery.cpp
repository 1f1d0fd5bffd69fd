// Crash recovery: the routing core runs over the journal in a child process, which is killed
// with SIGKILL at a random moment, again and again. After every kill the journal is recovered
// and checked, and the next child carries on from it:
//   - every contact acknowledged to its "IVR" is in the recovered state, unless its departure
//     (abandon, end, fallback) had at least begun — nothing acknowledged is lost;
//   - no contact whose departure was durable comes back;
//   - no contact is both waiting and connected, and no agent holds more than its capacity.
//
// The child is this executable started with `child DB SEED`; it prints what it acknowledges.
#include "database.h"
#include "journal.h"
#include "sitebuilder.h"
#include "testdatabases.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <deque>
#include <mutex>

using namespace baton::core;
using namespace baton::store;
using namespace baton::test;
using namespace std::chrono_literals;

namespace {

SiteConfig crashSite()
{
    SiteBuilder b;
    b.group(QStringLiteral("g")).wrapUp(1).maxWait(3).group(QStringLiteral("g2")).wrapUp(1);
    for (int i = 1; i <= 6; ++i)
        b.agent(QStringLiteral("a%1").arg(i), {i <= 4 ? "g" : "g2"});
    return b.build();
}

void say(const char *what, std::uint64_t id)
{
    std::printf("%s %llu\n", what, static_cast<unsigned long long>(id));
    std::fflush(stdout);
}

// The child: recover, restore, then run random traffic until killed (or 20 s pass).
int runChild(const QString &path, quint32 seed)
{
    const SystemClock clock;
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "child: %s\n", qPrintable(db.error().toString()));
        return 2;
    }
    auto recovered = Journal::recover(*db.value());
    if (!recovered) {
        std::fprintf(stderr, "child: %s\n", qPrintable(recovered.error().toString()));
        return 2;
    }
    auto journal = Journal::open({path, true, 4096});
    if (!journal)
        return 2;
    Journal &j = *journal.value();
    auto created = Router::create(clock, crashSite());
    Router &router = *created.value();
    RouterStateTracker tracker(recovered.value());
    // Departures are announced when they start (LEAVING) and when they are on disk (GONE).
    std::mutex departuresMutex;
    std::deque<std::pair<std::uint64_t, std::uint64_t>> departures;  // seq, contact
    j.setDurableCallback([&](std::uint64_t durable) {
        std::lock_guard lock(departuresMutex);
        while (!departures.empty() && departures.front().first <= durable) {
            say("GONE", departures.front().second);
            departures.pop_front();
        }
    });
    JournalingSink sink(clock, tracker, [&](const JournalRecord &r) {
        const bool leaves = r.kind == JournalRecord::Kind::Left || r.kind == JournalRecord::Kind::Ended;
        if (leaves)
            say("LEAVING", r.contact.value());
        std::lock_guard lock(departuresMutex);
        const std::uint64_t seq = j.append(r);
        if (r.kind == JournalRecord::Kind::Left)
            departures.emplace_back(seq, r.contact.value());
    });
    router.setEventSink(&sink);
    if (!router.restore(tracker.state())) {
        std::fprintf(stderr, "child: restore failed\n");
        return 2;
    }

    QRandomGenerator rng(seed);
    const QStringList agents{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                             QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("a6")};
    std::uint64_t records = 0;
    const auto stopAt = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < stopAt) {
        router.advance();
        const AgentId a(agents[rng.bounded(agents.size())]);
        switch (rng.bounded(8)) {
        case 0:
        case 1: {
            ContactRequest r;
            r.customer.attributes.insert(QStringLiteral("level"), QString::number(rng.bounded(5)));
            if (rng.bounded(4) == 0)
                r.business = QStringLiteral("售后");
            auto out = router.contactArrived(r);
            if (out && out->outcome == RoutingPlan::Outcome::Queue) {
                sink.arrived(out->contact, r);
                // Acknowledged only once the arrival is on disk.
                if (j.waitDurable(j.lastAppended()))
                    say("ACK", out->contact.value());
            }
            break;
        }
        case 2: {
            const Presence p = rng.bounded(5) == 0 ? Presence::NotReady : Presence::Ready;
            if (router.setPresence(a, p, QStringLiteral("test")))
                sink.presenceSet(a, p, QStringLiteral("test"));
            break;
        }
        case 3:
            if (const auto st = router.agentStatus(a); st && st->offered.isValid())
                (void)router.accept(a, st->offered);
            break;
        case 4:
            if (const auto st = router.agentStatus(a); st && !st->active.isEmpty()) {
                if (rng.bounded(3) == 0)
                    (void)router.transfer(a, st->active.first(), TransferTarget{GroupId(QStringLiteral("g2")), std::nullopt}, {});
                else
                    (void)router.endContact(st->active.first());
            }
            break;
        case 5:
            if (const auto w = router.waitingContacts(GroupId(QStringLiteral("g"))); !w.isEmpty())
                (void)router.abandon(w.last().contact);
            break;
        case 6:
            if (++records % 50 == 0)
                j.snapshot(tracker.state());
            break;
        case 7: QThread::usleep(200); break;
        }
    }
    return 0;
}

}  // namespace

class TestJournalRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void survivesRepeatedSigkill();
};

void TestJournalRecovery::survivesRepeatedSigkill()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    const QString path = dir.location(QStringLiteral("crash"));
    QSet<std::uint64_t> acked;
    QSet<std::uint64_t> leaving;
    QSet<std::uint64_t> gone;
    QRandomGenerator rng(20261126);
    const SiteConfig site = crashSite();
    int kills = 0;
    long long checked = 0;

    for (int run = 0; run < 25; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("child"), path, QString::number(rng.bounded(1u << 30))});
        QVERIFY(child.waitForStarted());
        // Let it recover and work for a random while, then kill it without warning.
        QTest::qWait(150 + static_cast<int>(rng.bounded(400)));
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();  // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        ++kills;
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue;
            const std::uint64_t id = parts[1].toULongLong();
            if (parts[0] == "ACK")
                acked.insert(id);
            else if (parts[0] == "LEAVING")
                leaving.insert(id);
            else if (parts[0] == "GONE")
                gone.insert(id);
        }

        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        auto recovered = Journal::recover(*db.value());
        QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().toString()));
        const RouterSnapshot &s = recovered.value();

        QSet<std::uint64_t> present;
        for (const auto &[id, e] : s.contacts)
            present.insert(id.value());
        QHash<QString, int> held;
        for (const auto &[id, e] : s.contacts) {
            if (e.phase == RouterSnapshot::Phase::Active)
                ++held[e.agent.value()];
        }
        for (const auto &w : s.wraps) {
            ++held[w.agent.value()];
            present.insert(w.contact.value());
        }
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            QVERIFY2(it.value() <= 1, qPrintable(QStringLiteral("agent %1 holds %2 contacts").arg(it.key()).arg(it.value())));
        for (std::uint64_t id : std::as_const(acked)) {
            ++checked;
            QVERIFY2(present.contains(id) || leaving.contains(id),
                     qPrintable(QStringLiteral("acknowledged contact %1 was lost").arg(id)));
        }
        for (std::uint64_t id : std::as_const(gone))
            QVERIFY2(!s.contacts.contains(ContactId(id)), qPrintable(QStringLiteral("contact %1 left, durably, and came back").arg(id)));
        QVERIFY(s.nextContactId > (acked.isEmpty() ? 0 : *std::max_element(acked.begin(), acked.end())));

        // The state restores into a router without conflict.
        ManualClock clock;
        auto router = Router::create(clock, site);
        QVERIFY(router.ok());
        const auto restored = router.value()->restore(s);
        QVERIFY(restored.ok());
        QVERIFY(restored->skipped.isEmpty());
    }
    QCOMPARE(kills, 25);
    QVERIFY2(acked.size() > 50, "the children acknowledged too little to prove anything");
    qInfo("%d kills, %lld acknowledged contacts, %lld checks", kills, static_cast<long long>(acked.size()), checked);
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), static_cast<quint32>(QByteArray(argv[3]).toUInt()));
    }
    QCoreApplication app(argc, argv);
    TestJournalRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journalrecovery.moc"
