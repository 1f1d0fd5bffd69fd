#include "testdatabases.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace baton::test {

namespace {

bool serverBinariesPresent()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &v : versions) {
        if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v)))
            return true;
    }
    return false;
}

}  // namespace

TestDatabases::TestDatabases()
{
    m_postgres = qEnvironmentVariable("BATON_TEST_ENGINE") == QLatin1String("postgresql");
    if (!m_postgres)
        return;
    m_base = qEnvironmentVariable("BATON_TEST_PG");
    if (!serverBinariesPresent()) {
        m_unavailable = QStringLiteral("PostgreSQL's server binaries are not installed (Debian: postgresql-15): "
                                       "the PostgreSQL run of the store tests is skipped");
    } else if (m_base.isEmpty()) {
        m_unavailable = QStringLiteral("BATON_TEST_PG is not set: run the PostgreSQL tests through ctest, which starts the cluster");
    }
}

TestDatabases::~TestDatabases()
{
    if (!m_postgres || m_schemas.isEmpty() || !m_unavailable.isEmpty())
        return;
    // Leave the cluster as found, so a long run does not fill it.
    auto db = store::Database::open(m_base, store::Database::Mode::Inspect);
    if (!db)
        return;
    for (const QString &schema : std::as_const(m_schemas))
        (void)db.value()->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
}

QStringList TestDatabases::tables(store::Database &db, const QString &pattern)
{
    QSqlQuery q = db.query();
    q.prepare(db.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                               " WHERE table_schema = current_schema() AND table_name LIKE ? ORDER BY 1")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ORDER BY 1"));
    q.addBindValue(pattern);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void TestDatabases::touch(const QString &location) const
{
    if (!m_postgres)
        QFile(location).open(QIODevice::WriteOnly);
}

QString TestDatabases::location(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString clean = name;
    clean.remove(unsafe);
    if (!m_postgres)
        return m_dir.filePath(clean + QStringLiteral(".db"));
    if (!m_unavailable.isEmpty())
        return QStringLiteral("postgresql://unavailable/%1").arg(clean);

    // Identifiers: lower case, at most 63 bytes; a hash keeps long names apart.
    QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(clean.toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
    if (schema.size() > 50)
        schema = schema.left(40) + QString::fromLatin1(QCryptographicHash::hash(clean.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    if (!m_schemas.contains(schema)) {
        auto db = store::Database::open(m_base, store::Database::Mode::Inspect);
        if (!db) {
            m_unavailable = QStringLiteral("the PostgreSQL test cluster is not reachable at %1: %2").arg(m_base, db.error().message);
            return QStringLiteral("postgresql://unavailable/%1").arg(clean);
        }
        (void)db.value()->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        if (auto s = db.value()->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)); !s) {
            m_unavailable = QStringLiteral("cannot make a schema in the test cluster: %1").arg(s.error().message);
            return QStringLiteral("postgresql://unavailable/%1").arg(clean);
        }
        m_schemas.append(schema);
    }
    return m_base + (m_base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("options=-csearch_path=") + schema;
}

}  // namespace baton::test
