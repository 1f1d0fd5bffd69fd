#include "journal.h"

#include "database.h"
#include "journalcodec.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QVariant>

namespace baton::store {

using core::Error;
using core::Result;
using core::Status;

Result<std::unique_ptr<Journal>> Journal::open(JournalOptions options)
{
    std::uint64_t last = 0;
    {
        auto db = Database::open(options.path, Database::Mode::Create);
        if (!db)
            return db.error();
        QSqlQuery q = db.value()->query();
        for (const char *table : {"router_journal", "router_snapshots"}) {
            if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1").arg(QLatin1String(table))) || !q.next())
                return Error{core::ErrorCode::Internal, QStringLiteral("cannot read the journal: %1").arg(q.lastError().text()), {}};
            last = std::max<std::uint64_t>(last, q.value(0).toULongLong());
        }
    }
    std::unique_ptr<Journal> journal(new Journal(std::move(options), last));
    journal->m_writer = std::thread([j = journal.get()] { j->run(); });
    return journal;
}

Journal::Journal(JournalOptions options, std::uint64_t lastSeq)
    : m_options(std::move(options))
    , m_lastSeq(lastSeq)
    , m_durable(lastSeq)
{
}

Journal::~Journal()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

std::uint64_t Journal::append(const core::JournalRecord &record)
{
    Item item{0, record.atMs, static_cast<int>(record.kind), encodeRecord(record)};
    std::uint64_t seq = 0;
    {
        std::lock_guard lock(m_mutex);
        seq = item.seq = ++m_lastSeq;
        if (!m_fenced)  // a fenced journal writes nothing more: this can never become durable
            m_pending.push_back(std::move(item));
    }
    m_wake.notify_one();
    return seq;
}

void Journal::snapshot(core::RouterSnapshot state)
{
    std::unique_lock lock(m_mutex);
    state.seq = m_lastSeq;
    lock.unlock();
    // Encoding can take milliseconds for a big site: not under the lock.
    QByteArray body = encodeSnapshot(state);
    lock.lock();
    m_pending.push_back(Item{state.seq, QDateTime::currentMSecsSinceEpoch(), 0, std::move(body)});
    lock.unlock();
    m_wake.notify_one();
}

std::uint64_t Journal::lastAppended() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

std::uint64_t Journal::durable() const
{
    std::lock_guard lock(m_mutex);
    return m_durable;
}

bool Journal::waitDurable(std::uint64_t seq, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_durableCv.wait_for(lock, timeout, [&] { return m_durable >= seq || m_fenced; });
    return m_durable >= seq;
}

void Journal::setDurableCallback(std::function<void(std::uint64_t)> callback)
{
    std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

std::optional<Error> Journal::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

bool Journal::fenced() const
{
    std::lock_guard lock(m_mutex);
    return m_fenced;
}

JournalStats Journal::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void Journal::run()
{
    auto opened = Database::open(m_options.path, Database::Mode::OpenExisting);
    if (!opened) {
        std::lock_guard lock(m_mutex);
        m_failure = opened.error();
        m_durableCv.notify_all();
        return;
    }
    std::unique_ptr<Database> connection = std::move(opened.value());
    const auto configure = [this](Database &db) {
        db.setSerializedWrites(false);  // appends only; the lease row orders it against a takeover
        // fsync off keeps a crash of this process safe but not a power cut (SQLite: synchronous
        // NORMAL in WAL mode; PostgreSQL: synchronous_commit off loses at most the last moments).
        if (db.isPostgres())
            (void)db.exec(m_options.fsync ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off"));
        else
            (void)db.exec(m_options.fsync ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL"));
    };
    configure(*connection);

    std::vector<Item> batch;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_pending.empty() || m_stopping; });
            if (m_pending.empty() && m_stopping)
                break;
            const std::size_t n = std::min<std::size_t>(m_pending.size(), static_cast<std::size_t>(std::max(1, m_options.maxBatch)));
            batch.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.begin() + static_cast<std::ptrdiff_t>(n)));
            m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(n));
        }

        Status done = commit(*connection, batch);
        std::function<void(std::uint64_t)> callback;
        std::uint64_t durable = 0;
        {
            std::lock_guard lock(m_mutex);
            if (!done && done.error().code == core::ErrorCode::Conflict && m_options.leaseEpoch != 0) {
                // Fenced: another router owns the site now. Nothing here may become durable.
                m_fenced = true;
                m_failure = done.error();
                m_pending.clear();
                m_durableCv.notify_all();
                return;
            }
            if (!done) {
                // Keep the records, in order, and try again: nothing after them may be acknowledged.
                m_failure = done.error();
                m_pending.insert(m_pending.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
            } else {
                m_failure.reset();
                m_durable = std::max(m_durable, batch.back().seq);
                ++m_stats.commits;
                m_stats.largestBatch = std::max(m_stats.largestBatch, batch.size());
                for (const Item &i : batch) {
                    if (i.kind == 0)
                        ++m_stats.snapshots;
                    else
                        ++m_stats.records;
                }
            }
            durable = m_durable;
            callback = m_callback;
        }
        m_durableCv.notify_all();
        if (!done && connection->isPostgres() && !connection->exec(QStringLiteral("SELECT 1"))) {
            // The server connection is gone (a restart, a network cut, an idle timeout): a new
            // one. Safe with a lease: the epoch check still fences every transaction.
            if (auto again = Database::open(m_options.path, Database::Mode::OpenExisting)) {
                connection = std::move(again.value());
                configure(*connection);
            }
        }
        if (!done) {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(200), [&] { return m_stopping; });
            if (m_stopping)
                break;
            continue;
        }
        if (callback)
            callback(durable);
        batch.clear();
    }
}

Status Journal::commit(Database &db, const std::vector<Item> &batch)
{
    if (auto s = db.begin(); !s)
        return s;
    if (m_options.leaseEpoch != 0) {
        // The fence: this transaction holds the lease row, so a router taking over waits for it,
        // and once one has, this finds the epoch moved on and writes nothing.
        QSqlQuery lease = db.query();
        if (auto s = Database::run(lease, QStringLiteral("SELECT epoch FROM router_lease WHERE id = 1 FOR SHARE")); !s) {
            db.rollback();
            return s;
        }
        const qint64 epoch = lease.next() ? lease.value(0).toLongLong() : 0;
        lease.finish();
        if (epoch != m_options.leaseEpoch) {
            db.rollback();
            return Error::conflict(QStringLiteral("another router has taken over the site (lease epoch %1, this router's %2): this one must stop")
                                       .arg(epoch).arg(m_options.leaseEpoch));
        }
    }
    QSqlQuery insert = db.query();
    if (!db.isPostgres())  // PostgreSQL takes the records in many-row INSERTs below
        insert.prepare(QStringLiteral("INSERT INTO router_journal (seq, at_ms, kind, body) VALUES (?, ?, ?, ?)"));
    // PostgreSQL: each statement is a round trip to the server, so records go in many-row
    // INSERTs (in order; a snapshot ends the run before it). SQLite runs in this process: one
    // prepared row at a time costs nothing there.
    std::vector<const Item *> run;
    QSqlQuery many = db.query();
    int manyRows = 0;
    const auto flush = [&]() -> Status {
        if (run.empty())
            return {};
        const int n = static_cast<int>(run.size());
        if (n != manyRows) {
            QStringList rows;
            for (int i = 0; i < n; ++i)
                rows.append(QStringLiteral("(?, ?, ?, ?)"));
            if (!many.prepare(QStringLiteral("INSERT INTO router_journal (seq, at_ms, kind, body) VALUES ") + rows.join(QStringLiteral(", "))))
                return Error{core::ErrorCode::Internal, QStringLiteral("journal write failed: %1").arg(many.lastError().text()), {}};
            manyRows = n;
        }
        int at = 0;
        for (const Item *item : run) {
            many.bindValue(at++, static_cast<qint64>(item->seq));
            many.bindValue(at++, item->atMs);
            many.bindValue(at++, item->kind);
            many.bindValue(at++, item->body);
        }
        run.clear();
        if (!many.exec())
            return Error{core::ErrorCode::Internal, QStringLiteral("journal write failed: %1").arg(many.lastError().text()), {}};
        return {};
    };
    constexpr std::size_t kRowsPerInsert = 256;
    for (const Item &item : batch) {
        if (db.isPostgres() && item.kind != 0) {
            run.push_back(&item);
            if (run.size() < kRowsPerInsert)
                continue;
        }
        if (auto s = flush(); !s) {
            db.rollback();
            return s;
        }
        if (db.isPostgres() && item.kind != 0)
            continue;
        if (item.kind == 0) {
            QSqlQuery q = db.query();
            auto s = Database::run(q, QStringLiteral("INSERT INTO router_snapshots (seq, at_ms, body) VALUES (?, ?, ?)"
                                                  " ON CONFLICT (seq) DO UPDATE SET at_ms = excluded.at_ms, body = excluded.body"),
                                   {QVariant::fromValue(static_cast<qint64>(item.seq)), item.atMs, item.body});
            if (s)
                s = Database::run(q, QStringLiteral("DELETE FROM router_journal WHERE seq <= ?"),
                                  {QVariant::fromValue(static_cast<qint64>(item.seq))});
            if (s)
                s = Database::run(q, QStringLiteral("DELETE FROM router_snapshots WHERE seq < ?"),
                                  {QVariant::fromValue(static_cast<qint64>(item.seq))});
            if (!s) {
                db.rollback();
                return s;
            }
            continue;
        }
        insert.bindValue(0, static_cast<qint64>(item.seq));
        insert.bindValue(1, item.atMs);
        insert.bindValue(2, item.kind);
        insert.bindValue(3, item.body);
        if (!insert.exec()) {
            const QString why = insert.lastError().text();
            db.rollback();
            return Error{core::ErrorCode::Internal, QStringLiteral("journal write failed: %1").arg(why), {}};
        }
    }
    if (auto s = flush(); !s) {
        db.rollback();
        return s;
    }
    return db.commit();
}

Result<core::RouterSnapshot> Journal::recover(Database &db, RecoveryStats *stats)
{
    QElapsedTimer timer;
    timer.start();
    RecoveryStats local;
    core::RouterSnapshot start;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, body FROM router_snapshots ORDER BY seq DESC LIMIT 1")))
        return Error{core::ErrorCode::Internal, QStringLiteral("cannot read the router snapshot: %1").arg(q.lastError().text()), {}};
    if (q.next()) {
        const QByteArray body = q.value(1).toByteArray();
        auto decoded = decodeSnapshot(body);
        if (!decoded)
            return Error::invalid(QStringLiteral("router_snapshots[%1]").arg(q.value(0).toLongLong()), decoded.error().toString());
        start = std::move(decoded.value());
        local.snapshotSeq = start.seq;
        local.snapshotBytes = static_cast<std::size_t>(body.size());
    }
    q.finish();

    core::RouterStateTracker tracker(std::move(start));
    QSqlQuery tail = db.query();
    tail.setForwardOnly(true);
    if (!tail.prepare(QStringLiteral("SELECT seq, body FROM router_journal WHERE seq > ? ORDER BY seq")))
        return Error{core::ErrorCode::Internal, tail.lastError().text(), {}};
    tail.addBindValue(static_cast<qint64>(local.snapshotSeq));
    if (!tail.exec())
        return Error{core::ErrorCode::Internal, QStringLiteral("cannot read the journal: %1").arg(tail.lastError().text()), {}};
    std::uint64_t last = local.snapshotSeq;
    while (tail.next()) {
        const auto seq = static_cast<std::uint64_t>(tail.value(0).toLongLong());
        auto record = decodeRecord(tail.value(1).toByteArray());
        if (!record)
            return Error::invalid(QStringLiteral("router_journal[%1]").arg(seq), record.error().toString());
        tracker.apply(record.value());
        last = seq;
        ++local.tailRecords;
    }
    core::RouterSnapshot out = tracker.state();
    out.seq = last;
    local.elapsed = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
    if (stats)
        *stats = local;
    return out;
}

}  // namespace baton::store
