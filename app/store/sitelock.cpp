#include "sitelock.h"

#include "database.h"
#include "migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace baton::store {

using core::Error;

core::Result<std::unique_ptr<SiteLock>> SiteLock::open(const QString &uri, QString holder)
{
    if (!Database::isPostgres(uri))
        return Error::invalid(QStringLiteral("db"), QStringLiteral("active and standby routers share a PostgreSQL database; %1 is a file").arg(uri));
    // Inspect: a standby does not migrate under a running active router (an older one would
    // then refuse the schema); the router that takes the lock migrates (tryAcquire).
    auto db = Database::open(uri, Database::Mode::Inspect);
    if (!db)
        return db.error();
    return std::unique_ptr<SiteLock>(new SiteLock(std::move(db.value()), std::move(holder)));
}

SiteLock::SiteLock(std::unique_ptr<Database> db, QString holder)
    : m_db(std::move(db))
    , m_holder(std::move(holder))
{
}

SiteLock::~SiteLock() = default;  // closing the connection lets the lock go

core::Result<bool> SiteLock::tryAcquire()
{
    if (m_epoch != 0)
        return true;
    QSqlQuery q = m_db->query();
    if (auto s = Database::run(q, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(QLatin1String(kKeyExpression))); !s)
        return s.error();
    if (!q.next() || !q.value(0).toBool())
        return false;
    q.finish();
    const auto release = [&] { (void)m_db->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(QLatin1String(kKeyExpression))); };
    // Ours: bring the schema up to date first (router_lease is in it).
    if (auto s = Migrations::apply(*m_db); !s) {
        release();
        return s.error();
    }
    // Ours. Raising the epoch waits for a journal transaction of the previous holder that is
    // still running (it holds the row FOR SHARE); after this commits, that router can write no more.
    const auto raised = Database::run(q,
                                      QStringLiteral("INSERT INTO router_lease (id, epoch, holder, since_ms) VALUES (1, 1, ?, ?)"
                                                     " ON CONFLICT (id) DO UPDATE SET epoch = router_lease.epoch + 1,"
                                                     " holder = excluded.holder, since_ms = excluded.since_ms RETURNING epoch"),
                                      {m_holder, QDateTime::currentMSecsSinceEpoch()});
    if (!raised || !q.next()) {
        release();
        return raised ? Error{core::ErrorCode::Internal, QStringLiteral("the lease epoch was not raised"), {}} : raised.error();
    }
    m_epoch = q.value(0).toLongLong();
    q.finish();
    return true;
}

core::Status SiteLock::check()
{
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return Error{core::ErrorCode::Internal, QStringLiteral("the connection that holds the site lock is gone: %1").arg(q.lastError().text()), {}};
    return {};
}

core::Result<LeaseHolder> SiteLock::lease()
{
    QSqlQuery q = m_db->query();
    if (auto s = Database::run(q, QStringLiteral("SELECT epoch, holder, since_ms FROM router_lease WHERE id = 1")); !s)
        return s.error();
    LeaseHolder h;
    if (q.next()) {
        h.epoch = q.value(0).toLongLong();
        h.holder = q.value(1).toString();
        h.sinceMs = q.value(2).toLongLong();
    }
    return h;
}

}  // namespace baton::store
