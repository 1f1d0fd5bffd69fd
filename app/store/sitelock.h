#pragma once
// SiteLock: which of several baton-routers sharing one PostgreSQL database is the active one.
//
// Liveness comes from a PostgreSQL advisory lock: it belongs to one server session and is let
// go the moment that session ends, however its process died, so a standby that polls for it
// takes over within a poll of the active router's death.
//
// Safety comes from a fencing token. On taking the lock the new active router raises the lease
// epoch in router_lease (one row). Every journal transaction first reads that row FOR SHARE and
// gives up if the epoch is no longer its own (Journal, JournalOptions::leaseEpoch). Raising the
// epoch waits for any journal transaction still holding the row, and the new router reads the
// journal only after that, so a router that lost the lock but has not noticed yet can neither
// slip in a record the new one misses nor acknowledge anything afterwards.
//
// SQLite sites run one router per file and need none of this.

#include "result.h"

#include <QString>

#include <memory>

namespace baton::store {

class Database;

struct LeaseHolder {
    qint64 epoch = 0;   // 0: no router has ever been active
    QString holder;     // as the active router named itself ("host:pid")
    qint64 sinceMs = 0;
};

class SiteLock {
public:
    // A connection of its own to `uri` (PostgreSQL only). It does not migrate the schema: the
    // router that takes the lock does, so a newer standby leaves a running older router alone.
    static core::Result<std::unique_ptr<SiteLock>> open(const QString &uri, QString holder);
    ~SiteLock();
    SiteLock(const SiteLock &) = delete;
    SiteLock &operator=(const SiteLock &) = delete;

    // Takes the lock if no other router holds it, then raises the epoch. false: another holds it.
    core::Result<bool> tryAcquire();
    bool held() const { return m_epoch != 0; }
    // The epoch this router raised (its fencing token); 0 before tryAcquire() succeeded.
    qint64 epoch() const { return m_epoch; }
    // Whether the lock is still ours: fails when the connection (and with it the lock) is gone.
    core::Status check();
    // Who is (or was last) active.
    core::Result<LeaseHolder> lease();

    // The advisory lock's key, as SQL: one per schema (advisory locks are per database, and a
    // database may hold several sites in schemas of their own).
    static constexpr const char *kKeyExpression = "hashtextextended(current_schema() || '.baton-site-lock', 0)";

private:
    explicit SiteLock(std::unique_ptr<Database> db, QString holder);

    std::unique_ptr<Database> m_db;
    QString m_holder;
    qint64 m_epoch = 0;
};

}  // namespace baton::store
