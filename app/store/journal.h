#pragma once
// Journal: the router's write-ahead log on SQLite, with group commit and snapshots.
//
// The router thread appends records (cheap: encode and enqueue); one writer thread with its own
// connection commits whatever has gathered in one transaction, then reports the highest sequence
// number that is now durable. A host acknowledges a command (to an IVR, an agent) only once the
// records it produced are durable, so a crash at any point loses nothing acknowledged.
//
// Every so often the host hands over a snapshot of the whole state (RouterStateTracker): it is
// written in the same order as the records, and the records it covers are deleted, so recovery
// reads one snapshot plus a short tail however long the router has run.

#include "result.h"
#include "routerstate.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace baton::store {

class Database;

struct JournalOptions {
    QString path;                // the SQLite database file (migrated to the current schema)
    bool fsync = true;           // synchronous=FULL: survives power loss, not only a crash
    int maxBatch = 4096;         // records per transaction at most
    // PostgreSQL with active and standby routers: the epoch of this router's SiteLock. Each
    // transaction first checks the lease still has it; once it has not, the journal is fenced:
    // it writes nothing more and reports the failure for good (sitelock.h). 0: no lease.
    qint64 leaseEpoch = 0;
};

struct JournalStats {
    std::uint64_t records = 0;   // committed
    std::uint64_t commits = 0;
    std::uint64_t snapshots = 0;
    std::size_t largestBatch = 0;
};

struct RecoveryStats {
    std::uint64_t snapshotSeq = 0;  // 0: no snapshot
    std::size_t snapshotBytes = 0;
    std::size_t tailRecords = 0;
    std::chrono::microseconds elapsed{0};
};

class Journal {
public:
    // Opens (and migrates) the database and starts the writer thread. The sequence continues
    // after the highest one in the file.
    static core::Result<std::unique_ptr<Journal>> open(JournalOptions options);
    // Commits what is pending, then stops the writer.
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Queues a record and returns its sequence number. Thread-safe; never waits for the disk.
    std::uint64_t append(const core::JournalRecord &record);
    // Queues a snapshot of the state after every record appended so far (its seq is set here);
    // once committed, the records it covers are deleted.
    void snapshot(core::RouterSnapshot state);

    std::uint64_t lastAppended() const;
    std::uint64_t durable() const;
    // Blocks until `seq` is durable, the timeout passes, or the writer has failed.
    bool waitDurable(std::uint64_t seq, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Called on the writer thread after each commit with the highest durable sequence.
    void setDurableCallback(std::function<void(std::uint64_t)> callback);
    // The writer's last error (disk full, file removed…), while it keeps retrying; nullopt when healthy.
    std::optional<core::Error> failure() const;
    // Another router took over the site (leaseEpoch): nothing more will be written.
    bool fenced() const;
    JournalStats stats() const;

    // Reads the newest snapshot and the records after it and folds them. For a host at start,
    // before open() or with the journal idle; a record that cannot be read is an error naming it.
    static core::Result<core::RouterSnapshot> recover(Database &db, RecoveryStats *stats = nullptr);

private:
    struct Item {
        std::uint64_t seq = 0;
        qint64 atMs = 0;
        int kind = 0;       // 0: snapshot
        QByteArray body;
    };

    explicit Journal(JournalOptions options, std::uint64_t lastSeq);
    void run();
    core::Status commit(Database &db, const std::vector<Item> &batch);

    JournalOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;      // the writer: work or stop
    std::condition_variable m_durableCv; // waiters: durable moved
    std::vector<Item> m_pending;
    std::uint64_t m_lastSeq = 0;
    std::uint64_t m_durable = 0;
    bool m_stopping = false;
    bool m_fenced = false;
    std::optional<core::Error> m_failure;
    JournalStats m_stats;
    std::function<void(std::uint64_t)> m_callback;
    std::thread m_writer;
};

}  // namespace baton::store
