// The audit log: append-only, queryable by time, actor and object.
#include "auditlog.h"
#include "database.h"
#include "testdatabases.h"

#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsAndFinds();
    void rejectsIncompleteEntries();
};

void TestAuditLog::appendsAndFinds()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    auto db = Database::open(dir.location(QStringLiteral("a")), Database::Mode::Create);
    QVERIFY(db.ok());
    ManualClock clock;
    AuditLog log(**db, clock);
    const QDateTime start = clock.utcNow();
    QVERIFY(log.append(QStringLiteral("主管王"), QStringLiteral("agent.groups"), QStringLiteral("agent:zhangmin"),
                       QStringLiteral(R"([{"group":"presales","proficiency":7}])"), QStringLiteral(R"([{"group":"aftersales","proficiency":7}])")).ok());
    clock.advance(std::chrono::minutes(5));
    QVERIFY(log.append(QStringLiteral("admin"), QStringLiteral("rules.replace"), QStringLiteral("site"), {}, QStringLiteral("8 rules")).ok());
    clock.advance(std::chrono::minutes(5));
    QVERIFY(log.append(QStringLiteral("主管王"), QStringLiteral("agent.state"), QStringLiteral("agent:liqiang"), QStringLiteral("busy"),
                       QStringLiteral("notReady")).ok());

    const auto all = log.find({});
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().action, QStringLiteral("agent.state"));  // newest first
    AuditQuery byActor;
    byActor.actor = QStringLiteral("主管王");
    QCOMPARE(log.find(byActor)->size(), 2);
    AuditQuery byObject;
    byObject.object = QStringLiteral("agent:zhangmin");
    const auto moved = log.find(byObject);
    QCOMPARE(moved->size(), 1);
    QVERIFY(moved->first().before.contains(QStringLiteral("presales")));
    QCOMPARE(moved->first().at, start);
    AuditQuery window;
    window.from = start.addSecs(60);
    window.to = start.addSecs(9 * 60);
    QCOMPARE(log.find(window)->size(), 1);
    QCOMPARE(log.find(window)->first().actor, QStringLiteral("admin"));
}

void TestAuditLog::rejectsIncompleteEntries()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    auto db = Database::open(dir.location(QStringLiteral("a")), Database::Mode::Create);
    ManualClock clock;
    AuditLog log(**db, clock);
    QVERIFY(!log.append(QString(), QStringLiteral("x"), QStringLiteral("y")));
    AuditQuery q;
    q.limit = 0;
    QCOMPARE(log.find(q).error().field, QStringLiteral("limit"));
    QCOMPARE(log.find({})->size(), 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
