// The router journal: CBOR records and snapshots, group commit, compaction by snapshot, and
// recovery that folds a snapshot and its tail into the state the router had.
#include "database.h"
#include "journal.h"
#include "journalcodec.h"
#include "sitebuilder.h"
#include "sitelock.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace baton::core;
using namespace baton::store;
using namespace std::chrono_literals;

namespace {

ContactRequest richRequest()
{
    ContactRequest r;
    r.externalRef = QStringLiteral("call-88");
    r.channel = Channel::Chat;
    r.business = QStringLiteral("信用卡挂失");
    r.entryPoint = QStringLiteral("95588");
    r.entryParameters.insert(QStringLiteral("utm"), QStringLiteral("app 🎉"));
    r.region = QStringLiteral("上海");
    r.handedOverFromBot = true;
    r.customer.id = CustomerId(QStringLiteral("42"));
    r.customer.name = QStringLiteral("王小明");
    r.customer.attributes.insert(QStringLiteral("level"), QStringLiteral("8"));
    r.customer.tags = {QStringLiteral("高净值"), QStringLiteral("שלום")};
    r.customer.dedicatedAgent = AgentId(QStringLiteral("zhangmin"));
    r.history.lastAgent = AgentId(QStringLiteral("lihua"));
    r.history.lastServedUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    r.history.worstRatings.insert(AgentId(QStringLiteral("wanggang")), 1);
    r.handOver.callerNumber = QStringLiteral("+8613800138000");
    r.handOver.identityGiven = QStringLiteral("110101********1234");
    r.handOver.identityVerified = true;
    r.handOver.menuPath = {QStringLiteral("信用卡"), QStringLiteral("挂失")};
    r.handOver.keywords = {QStringLiteral("丢卡")};
    r.handOver.transcript = {QStringLiteral("客户：我的卡丢了"), QStringLiteral("机器人：请问是哪张卡？")};
    r.handOver.reason = QStringLiteral("信用卡丢失");
    return r;
}

JournalRecord arrival(std::uint64_t id, qint64 atMs, const QString &group = QStringLiteral("g"))
{
    JournalRecord r;
    r.kind = JournalRecord::Kind::Arrived;
    r.contact = ContactId(id);
    r.atMs = atMs;
    r.group = GroupId(group);
    r.level = static_cast<int>(id % 4);
    r.request = richRequest();
    r.request->channel = Channel::Voice;
    return r;
}

JournalRecord simple(JournalRecord::Kind kind, std::uint64_t id, qint64 atMs, const QString &agent = {})
{
    JournalRecord r;
    r.kind = kind;
    r.contact = ContactId(id);
    r.atMs = atMs;
    r.agent = AgentId(agent);
    return r;
}

}  // namespace

class TestJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsRoundTripThroughCbor();
    void snapshotRoundTrips();
    void malformedBytesAreNamedErrors();
    void experimentVariantsRoundTrip();
    void appendsBecomeDurableInOrderAndInBatches();
    void recoveryFoldsSnapshotAndTail();
    void snapshotDeletesTheRecordsItCovers();
    void sequenceContinuesAfterReopen();
    void aSnapshotWithNothingNewDoesNotWedgeTheJournal();
    void corruptRecordStopsRecoveryWithItsNumber();
    void aRouterThatLostTheSiteLockIsFenced();

    void init() { BATON_REQUIRE_DATABASES(m_dir); }

private:
    baton::test::TestDatabases m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.location(QStringLiteral("j%1").arg(++m_n)); }
};

void TestJournal::recordsRoundTripThroughCbor()
{
    const JournalRecord a = arrival(7, 1'700'000'000'123);
    const auto back = decodeRecord(encodeRecord(a));
    QVERIFY(back.ok());
    QCOMPARE(back->kind, JournalRecord::Kind::Arrived);
    QCOMPARE(back->contact, ContactId(7));
    QCOMPARE(back->atMs, a.atMs);
    QCOMPARE(back->level, a.level);
    QVERIFY(back->request);
    const ContactRequest &r = *back->request;
    QCOMPARE(r.business, QStringLiteral("信用卡挂失"));
    QCOMPARE(r.entryParameters.value(QStringLiteral("utm")), QStringLiteral("app 🎉"));
    QCOMPARE(r.customer.tags, (QStringList{QStringLiteral("高净值"), QStringLiteral("שלום")}));
    QCOMPARE(r.customer.dedicatedAgent, AgentId(QStringLiteral("zhangmin")));
    QCOMPARE(r.history.lastServedUtc, a.request->history.lastServedUtc);
    QCOMPARE(r.history.worstRatings.value(AgentId(QStringLiteral("wanggang"))), 1);
    QVERIFY(r.handedOverFromBot);
    QCOMPARE(r.handOver, a.request->handOver);

    JournalRecord p = RouterStateTracker::presenceRecord(AgentId(QStringLiteral("a1")), Presence::NotReady,
                                                         QStringLiteral("午餐"), 5);
    auto pb = decodeRecord(encodeRecord(p));
    QVERIFY(pb.ok());
    QCOMPARE(pb->presence, Presence::NotReady);
    QCOMPARE(pb->reason, QStringLiteral("午餐"));

    JournalRecord m;
    m.kind = JournalRecord::Kind::Memberships;
    m.agent = AgentId(QStringLiteral("a1"));
    m.groups = {Membership{GroupId(QStringLiteral("售后")), 9}};
    auto mb = decodeRecord(encodeRecord(m));
    QVERIFY(mb.ok());
    QCOMPARE(mb->groups, m.groups);

    JournalRecord c;
    c.kind = JournalRecord::Kind::Rechanneled;
    c.contact = ContactId(7);
    c.channel = Channel::Voice;
    auto cb = decodeRecord(encodeRecord(c));
    QVERIFY(cb.ok());
    QCOMPARE(cb->kind, JournalRecord::Kind::Rechanneled);
    QCOMPARE(cb->channel, Channel::Voice);
    QCborMap noChannel = QCborValue::fromCbor(encodeRecord(c)).toMap();
    noChannel.remove(QLatin1String("ch"));
    QCOMPARE(decodeRecord(noChannel.toCborValue().toCbor()).error().field, QStringLiteral("ch"));
}

void TestJournal::snapshotRoundTrips()
{
    RouterStateTracker t;
    t.apply(arrival(1, 1000));
    t.apply(arrival(2, 2000, QStringLiteral("售前")));
    JournalRecord routed = simple(JournalRecord::Kind::Routed, 1, 3000, QStringLiteral("a1"));
    routed.group = GroupId(QStringLiteral("g"));
    t.apply(routed);
    t.apply(simple(JournalRecord::Kind::Ended, 1, 4000, QStringLiteral("a1")));
    t.apply(RouterStateTracker::presenceRecord(AgentId(QStringLiteral("a1")), Presence::Ready, {}, 10));
    // What the host keeps with contact 2: a chat line and a transfer's note.
    JournalRecord line = simple(JournalRecord::Kind::Chat, 2, 5000, QString());
    line.reason = QStringLiteral(R"({"from":"customer","text":"在吗"})");
    JournalRecord hop = simple(JournalRecord::Kind::Hop, 2, 5100, QString());
    hop.reason = QStringLiteral(R"({"fromAgent":"a1","note":"需补卡"})");
    for (const JournalRecord &r : {line, hop}) {
        const auto rb = decodeRecord(encodeRecord(r));
        QVERIFY(rb.ok());
        QCOMPARE(rb->reason, r.reason);
        t.apply(*rb);
    }
    RouterSnapshot s = t.state();
    s.seq = 99;

    const auto back = decodeSnapshot(encodeSnapshot(s));
    QVERIFY(back.ok());
    QCOMPARE(back->seq, std::uint64_t(99));
    QCOMPARE(back->nextContactId, std::uint64_t(3));
    QCOMPARE(back->contacts.size(), std::size_t(1));
    QCOMPARE(back->contacts.at(ContactId(2)).home, GroupId(QStringLiteral("售前")));
    QCOMPARE(back->contacts.at(ContactId(2)).chat, QStringList{line.reason});
    QCOMPARE(back->contacts.at(ContactId(2)).hops, QStringList{hop.reason});
    QCOMPARE(back->contacts.at(ContactId(2)).request.customer.name, QStringLiteral("王小明"));
    QCOMPARE(back->wraps.size(), std::size_t(1));
    QCOMPARE(back->wraps.front().handledMs, qint64(1000));
    QCOMPARE(back->agents.at(AgentId(QStringLiteral("a1"))).presence, Presence::Ready);
}

void TestJournal::malformedBytesAreNamedErrors()
{
    QVERIFY(!decodeRecord(QByteArray("\xff\x00garbage", 9)).ok());
    QCborMap unknownKind;
    unknownKind.insert(QLatin1String("k"), 77);
    const auto e = decodeRecord(unknownKind.toCborValue().toCbor());
    QVERIFY(!e.ok());
    QCOMPARE(e.error().field, QStringLiteral("k"));
    QCborMap noContact;
    noContact.insert(QLatin1String("k"), static_cast<int>(JournalRecord::Kind::Routed));
    QCOMPARE(decodeRecord(noContact.toCborValue().toCbor()).error().field, QStringLiteral("c"));
    QCborMap future;
    future.insert(QLatin1String("v"), 9);
    QVERIFY(decodeSnapshot(future.toCborValue().toCbor()).error().message.contains(QStringLiteral("not known")));
}

// The variant a contact was routed under is in its arrival record and in snapshots; bodies
// written before variants existed read as "none".
void TestJournal::experimentVariantsRoundTrip()
{
    const VariantAssignment v{QStringLiteral("vip-overflow-2026q4"), QStringLiteral("B"), ExperimentKey::Caller};
    JournalRecord a = arrival(7, 1'000);
    QVERIFY(!decodeRecord(encodeRecord(a))->variant);
    a.variant = v;
    const auto back = decodeRecord(encodeRecord(a));
    QVERIFY(back.ok());
    QCOMPARE(back->variant, std::optional<VariantAssignment>(v));

    RouterStateTracker t;
    t.apply(a);
    t.apply(arrival(8, 2'000));
    const auto snap = decodeSnapshot(encodeSnapshot(t.state()));
    QVERIFY(snap.ok());
    QCOMPARE(snap->contacts.at(ContactId(7)).variant, std::optional<VariantAssignment>(v));
    QVERIFY(!snap->contacts.at(ContactId(8)).variant);

    // A damaged variant is named, not taken for "none".
    QCborMap m = QCborValue::fromCbor(encodeRecord(a)).toMap();
    m.insert(QLatin1String("var"), QCborMap{{QLatin1String("x"), QStringLiteral("x")}, {QLatin1String("k"), 9}});
    const auto bad = decodeRecord(m.toCborValue().toCbor());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("var"));
}

void TestJournal::appendsBecomeDurableInOrderAndInBatches()
{
    auto journal = Journal::open({freshPath(), false, 4096});
    QVERIFY(journal.ok());
    Journal &j = *journal.value();
    std::atomic<std::uint64_t> lastCallback{0};
    std::atomic<bool> ordered{true};
    j.setDurableCallback([&](std::uint64_t seq) {
        if (seq < lastCallback.load())
            ordered = false;
        lastCallback = seq;
    });
    std::uint64_t last = 0;
    for (int i = 1; i <= 5000; ++i) {
        const std::uint64_t seq = j.append(arrival(static_cast<std::uint64_t>(i), i));
        QCOMPARE(seq, last + 1);
        last = seq;
    }
    QVERIFY(j.waitDurable(last));
    QCOMPARE(j.durable(), last);
    QVERIFY(ordered);
    QTRY_COMPARE(lastCallback.load(), last);  // the callback runs just after waiters are woken
    const JournalStats stats = j.stats();
    QCOMPARE(stats.records, std::uint64_t(5000));
    QVERIFY2(stats.commits < 5000, "records were not grouped into transactions");
    QVERIFY(!j.failure());
}

void TestJournal::recoveryFoldsSnapshotAndTail()
{
    const QString path = freshPath();
    {
        auto journal = Journal::open({path, false, 4096});
        QVERIFY(journal.ok());
        Journal &j = *journal.value();
        RouterStateTracker t;
        auto write = [&](const JournalRecord &r) {
            t.apply(r);
            j.append(r);
        };
        for (std::uint64_t id = 1; id <= 10; ++id)
            write(arrival(id, static_cast<qint64>(id)));
        write(simple(JournalRecord::Kind::Left, 3, 20));
        j.snapshot(t.state());
        for (std::uint64_t id = 11; id <= 15; ++id)
            write(arrival(id, static_cast<qint64>(id)));
        write(simple(JournalRecord::Kind::Left, 4, 30));
        QVERIFY(j.waitDurable(j.lastAppended()));
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    RecoveryStats stats;
    const auto recovered = Journal::recover(*db.value(), &stats);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered->contacts.size(), std::size_t(13));
    QVERIFY(!recovered->contacts.contains(ContactId(3)));
    QVERIFY(!recovered->contacts.contains(ContactId(4)));
    QCOMPARE(recovered->nextContactId, std::uint64_t(16));
    QCOMPARE(stats.snapshotSeq, std::uint64_t(11));
    QCOMPARE(stats.tailRecords, std::size_t(6));
    QCOMPARE(recovered->seq, std::uint64_t(17));
}

void TestJournal::snapshotDeletesTheRecordsItCovers()
{
    const QString path = freshPath();
    auto journal = Journal::open({path, false, 4096});
    QVERIFY(journal.ok());
    Journal &j = *journal.value();
    RouterStateTracker t;
    for (int round = 0; round < 3; ++round) {
        for (std::uint64_t i = 1; i <= 100; ++i) {
            const JournalRecord r = arrival(static_cast<std::uint64_t>(round) * 100 + i, 1);
            t.apply(r);
            j.append(r);
        }
        j.snapshot(t.state());
    }
    j.append(simple(JournalRecord::Kind::Left, 1, 2));
    QVERIFY(j.waitDurable(j.lastAppended()));
    QCOMPARE(j.stats().snapshots, std::uint64_t(3));

    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    QSqlQuery q = db.value()->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM router_journal")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);  // only the tail after the last snapshot
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM router_snapshots")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestJournal::sequenceContinuesAfterReopen()
{
    const QString path = freshPath();
    std::uint64_t last = 0;
    {
        auto journal = Journal::open({path, false, 4096});
        QVERIFY(journal.ok());
        for (int i = 1; i <= 10; ++i)
            last = journal.value()->append(arrival(static_cast<std::uint64_t>(i), i));
    }  // the destructor commits what is pending
    auto journal = Journal::open({path, false, 4096});
    QVERIFY(journal.ok());
    QCOMPARE(journal.value()->durable(), last);
    QCOMPARE(journal.value()->append(arrival(11, 11)), last + 1);
}

// A snapshot at the same sequence as the one before (nothing happened in between: a shutdown right
// after a start, or after a periodic snapshot) used to fail its insert for ever, and every record
// after it waited behind it.
void TestJournal::aSnapshotWithNothingNewDoesNotWedgeTheJournal()
{
    const QString path = freshPath();
    RouterStateTracker t;
    {
        auto journal = Journal::open({path, false, 4096});
        QVERIFY(journal.ok());
        const JournalRecord r = arrival(1, 1);
        t.apply(r);
        journal.value()->append(r);
        journal.value()->snapshot(t.state());
        QVERIFY(journal.value()->waitDurable(journal.value()->lastAppended()));
    }
    auto journal = Journal::open({path, false, 4096});
    QVERIFY(journal.ok());
    Journal &j = *journal.value();
    j.snapshot(t.state());  // the same sequence as the stored one
    j.snapshot(t.state());
    const std::uint64_t next = j.append(simple(JournalRecord::Kind::Left, 1, 2));
    QVERIFY2(j.waitDurable(next, std::chrono::seconds(5)), qPrintable(j.failure() ? j.failure()->toString() : QString()));
    QVERIFY(!j.failure());
}

void TestJournal::corruptRecordStopsRecoveryWithItsNumber()
{
    const QString path = freshPath();
    {
        auto journal = Journal::open({path, false, 4096});
        QVERIFY(journal.ok());
        journal.value()->append(arrival(1, 1));
        journal.value()->append(arrival(2, 2));
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    QSqlQuery corrupt = db.value()->query();
    QVERIFY(Database::run(corrupt, QStringLiteral("UPDATE router_journal SET body = ? WHERE seq = 2"), {QByteArray::fromHex("ff00")}).ok());
    const auto recovered = Journal::recover(*db.value());
    QVERIFY(!recovered.ok());
    QCOMPARE(recovered.error().field, QStringLiteral("router_journal[2]"));
}

void TestJournal::aRouterThatLostTheSiteLockIsFenced()
{
    if (!m_dir.postgres()) {
        // Refused on a file, with the reason.
        const auto refused = SiteLock::open(freshPath(), QStringLiteral("a"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("PostgreSQL")));
        QSKIP("the site lock is for routers sharing PostgreSQL: see tst_journal_pg");
    }
    const QString path = freshPath();
    QVERIFY(Database::open(path, Database::Mode::Create).ok());
    auto a = SiteLock::open(path, QStringLiteral("host-a:1"));
    auto b = SiteLock::open(path, QStringLiteral("host-b:2"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value()->tryAcquire().value(), true);
    QCOMPARE(a.value()->epoch(), 1);
    QCOMPARE(b.value()->tryAcquire().value(), false);  // one active router
    QCOMPARE(b.value()->lease()->holder, QStringLiteral("host-a:1"));
    QVERIFY(a.value()->check().ok());

    JournalOptions options{path, false, 4096};
    options.leaseEpoch = a.value()->epoch();
    auto journalA = Journal::open(options);
    QVERIFY(journalA.ok());
    for (int i = 1; i <= 3; ++i)
        journalA.value()->append(arrival(static_cast<std::uint64_t>(i), i));
    QVERIFY(journalA.value()->waitDurable(3));

    // A's server session ends (its process died, say): the lock is free, B takes it.
    a.value().reset();
    QTRY_VERIFY_WITH_TIMEOUT(b.value()->tryAcquire().value(), 5000);
    QCOMPARE(b.value()->epoch(), 2);

    // A's journal, still running, can make nothing durable any more.
    journalA.value()->append(arrival(4, 4));
    QVERIFY(!journalA.value()->waitDurable(4, std::chrono::seconds(5)));
    QVERIFY(journalA.value()->fenced());
    QVERIFY2(journalA.value()->failure()->message.contains(QStringLiteral("taken over")), qPrintable(journalA.value()->failure()->message));

    // B recovers exactly what A acknowledged, and goes on from there.
    auto db = Database::open(path, Database::Mode::OpenExisting);
    const auto state = Journal::recover(*db.value());
    QVERIFY(state.ok());
    QCOMPARE(state->seq, 3u);
    QCOMPARE(state->contacts.size(), std::size_t(3));
    options.leaseEpoch = b.value()->epoch();
    auto journalB = Journal::open(options);
    QVERIFY(journalB.ok());
    QCOMPARE(journalB.value()->append(arrival(5, 5)), 4u);
    QVERIFY(journalB.value()->waitDurable(4));
    QVERIFY(!journalB.value()->fenced());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
