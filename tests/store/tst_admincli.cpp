// baton-admin as an administrator uses it: the built binary, run with QProcess — users with the
// password on stdin, usage errors, validate-config, audit export.
#include "auditlog.h"
#include "database.h"
#include "userrepository.h"
#include "testdatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace baton::core;
using namespace baton::store;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

}  // namespace

class TestAdminCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addsAUserWithThePasswordOnStdin();
    void refusesAWrongRoleAsAUsageError();
    void refusesAMissingOrShortPassword();
    void disablesEnablesAndResets();
    void validatesTheDemoConfiguration();
    void reportsTheFieldOfABrokenConfiguration();
    void exportsTheAuditLogAsCsv();
    void exportsTheAuditLogAsJson();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {});
    QString m_program;
    baton::test::TestDatabases m_dir;
    QString m_db;
};

Run TestAdminCli::run(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));  // the audit actor: baton-admin:tester
    p.setProcessEnvironment(env);
    p.start(m_program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(stdinData);
    p.closeWriteChannel();  // stdin is not a terminal: one line is read
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestAdminCli::initTestCase()
{
    m_program = QCoreApplication::applicationDirPath() + QStringLiteral("/baton-admin");
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
}

void TestAdminCli::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    m_db = m_dir.location(QStringLiteral("%1").arg(QLatin1String(QTest::currentTestFunction())));
    const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestAdminCli::addsAUserWithThePasswordOnStdin()
{
    const Run add = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wangfang"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                         QStringLiteral("--display"), QStringLiteral("王芳"), QStringLiteral("--agent"), QStringLiteral("a-wangfang"),
                         QStringLiteral("--db"), m_db},
                        QByteArrayLiteral("晚班 password\n"));
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(add.out.contains(QStringLiteral("added user wangfang")));

    const Run list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(users.size(), 1);
    const QJsonObject u = users.first().toObject();
    QCOMPARE(u.value(QStringLiteral("id")).toString(), QStringLiteral("wangfang"));
    QCOMPARE(u.value(QStringLiteral("displayName")).toString(), QStringLiteral("王芳"));
    QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(u.value(QStringLiteral("agentId")).toString(), QStringLiteral("a-wangfang"));
    QCOMPARE(u.value(QStringLiteral("disabled")).toBool(), false);
    QVERIFY(u.value(QStringLiteral("lastLogin")).isNull());

    const Run text = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    QVERIFY(text.out.contains(QStringLiteral("王芳")) && text.out.contains(QStringLiteral("active")));

    // The line read is the password, exactly (the newline aside), as stored by the repository.
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    ManualClock clock;
    UserRepository repo(**db, clock);
    QVERIFY(repo.authenticate(QStringLiteral("wangfang"), QStringLiteral("晚班 password")).ok());

    // The same name again, in any case, is refused before a password is read.
    const Run again = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("WangFang"), QStringLiteral("--role"), QStringLiteral("agent"),
                           QStringLiteral("--db"), m_db});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already a user 'wangfang'")), qPrintable(again.err));
}

void TestAdminCli::refusesAWrongRoleAsAUsageError()
{
    const Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangmin"), QStringLiteral("--role"), QStringLiteral("boss"),
                       QStringLiteral("--db"), m_db},
                      QByteArrayLiteral("a good password\n"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown role 'boss'")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("agent, supervisor, trainer, integration, admin")));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangmin"), QStringLiteral("--db"), m_db}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("promote"), QStringLiteral("zhangmin"), QStringLiteral("--db"), m_db}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_db}).out.contains(QStringLiteral("no users yet")), true);
}

void TestAdminCli::refusesAMissingOrShortPassword()
{
    const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangmin"), QStringLiteral("--role"), QStringLiteral("agent"),
                          QStringLiteral("--db"), m_db};
    const Run none = run(add);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QStringLiteral("no password on stdin")), qPrintable(none.err));
    const Run shortOne = run(add, QByteArrayLiteral("1234567\n"));
    QCOMPARE(shortOne.exitCode, 1);
    QVERIFY2(shortOne.err.contains(QStringLiteral("at least 8 characters")), qPrintable(shortOne.err));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_db}).out.startsWith(QStringLiteral("[]")));
}

void TestAdminCli::disablesEnablesAndResets()
{
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangmin"), QStringLiteral("--role"), QStringLiteral("agent"),
                  QStringLiteral("--db"), m_db},
                 QByteArrayLiteral("first password\r\n"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ZhangMin"), QStringLiteral("--db"), m_db}).exitCode, 0);
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_db}).out.contains(QStringLiteral("disabled")));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("zhangmin"), QStringLiteral("--db"), m_db}).exitCode, 0);
    const Run reset = run({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("zhangmin"), QStringLiteral("--db"), m_db},
                          QByteArrayLiteral("second password\n"));
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    const Run unknown = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody"), QStringLiteral("--db"), m_db});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no user 'nobody'")));

    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    ManualClock clock;
    UserRepository repo(**db, clock);
    QVERIFY(!repo.authenticate(QStringLiteral("zhangmin"), QStringLiteral("first password")).ok());  // "\r\n" was a line end
    QVERIFY(repo.authenticate(QStringLiteral("zhangmin"), QStringLiteral("second password")).ok());
}

void TestAdminCli::validatesTheDemoConfiguration()
{
    const Run r = run({QStringLiteral("validate-config"), QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("valid")) && r.out.contains(QStringLiteral(" groups, ")) && r.out.contains(QStringLiteral(" agents, "))
                 && r.out.contains(QStringLiteral(" rules")),
             qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("validate-config")}).exitCode, 2);
}

void TestAdminCli::reportsTheFieldOfABrokenConfiguration()
{
    QFile demo(QStringLiteral(BATON_SOURCE_DIR "/resources/demo/site.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject site = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray groups = site.value(QStringLiteral("groups")).toArray();
    QVERIFY(groups.size() >= 2);
    QJsonObject second = groups[1].toObject();
    second.insert(QStringLiteral("strategy"), QStringLiteral("whoeverIsNearest"));
    groups[1] = second;
    site.insert(QStringLiteral("groups"), groups);
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(site).toJson());
    out.close();

    const Run r = run({QStringLiteral("validate-config"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("groups[1].strategy")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("whoeverIsNearest")));
}

void TestAdminCli::exportsTheAuditLogAsCsv()
{
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangmin"), QStringLiteral("--role"), QStringLiteral("agent"),
                  QStringLiteral("--display"), QStringLiteral("张敏, 早班"), QStringLiteral("--db"), m_db},
                 QByteArrayLiteral("secret password\n"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhangmin"), QStringLiteral("--db"), m_db}).exitCode, 0);
    const Run r = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4);  // header, two entries, and the empty rest after the last CRLF
    QCOMPARE(lines[0], QStringLiteral("at,actor,action,object,before,after"));
    QVERIFY2(lines[1].contains(QStringLiteral(",baton-admin:tester,user.add,user:zhangmin,,\"{")), qPrintable(lines[1]));
    QVERIFY(lines[1].contains(QStringLiteral("\"\"displayName\"\":\"\"张敏, 早班\"\"")));  // quotes doubled inside a quoted field
    QVERIFY(lines[2].contains(QStringLiteral(",user.disable,")));  // oldest first
    QVERIFY(!r.out.contains(QStringLiteral("secret password")) && !r.out.contains(QStringLiteral("$argon2")));

    const Run filtered = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--actor"), QStringLiteral("someone else"),
                              QStringLiteral("--db"), m_db});
    QCOMPARE(filtered.out, QStringLiteral("at,actor,action,object,before,after\r\n"));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--db"), m_db})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--db"), m_db})
                 .exitCode,
             2);
}

void TestAdminCli::exportsTheAuditLogAsJson()
{
    auto db = Database::open(m_db, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    AuditLog audit(**db, clock);
    QVERIFY(audit.append(QStringLiteral("主管王"), QStringLiteral("agent.groups"), QStringLiteral("agent:zhangmin"), QStringLiteral("售前"),
                         QStringLiteral("售后"))
                .ok());
    clock.advance(std::chrono::hours(2));
    QVERIFY(audit.append(QStringLiteral("system"), QStringLiteral("rules.replace"), QStringLiteral("site")).ok());
    db->reset();

    const Run all = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonArray entries = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries[0].toObject();
    QCOMPARE(first.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-01T08:00:00.000Z"));
    QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("主管王"));
    QCOMPARE(first.value(QStringLiteral("before")).toString(), QStringLiteral("售前"));
    QVERIFY(entries[1].toObject().value(QStringLiteral("before")).isNull());

    // Times without an offset are UTC; with one, converted.
    const Run window = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--from"),
                            QStringLiteral("2026-03-01T17:00+08:00"), QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--db"), m_db});
    QCOMPARE(window.exitCode, 0);
    const QJsonArray late = QJsonDocument::fromJson(window.out.toUtf8()).array();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("rules.replace"));
    const Run byObject = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--object"), QStringLiteral("agent:zhangmin"), QStringLiteral("--to"), QStringLiteral("2026-03-01T09:00"),
                              QStringLiteral("--db"), m_db});
    QCOMPARE(QJsonDocument::fromJson(byObject.out.toUtf8()).array().size(), 1);
    const Run limited = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"),
                             QStringLiteral("1"), QStringLiteral("--db"), m_db});
    QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("rules.replace"));  // the newest
    QVERIFY(limited.err.contains(QStringLiteral("only the newest 1")));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
