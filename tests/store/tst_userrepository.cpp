// Users and roles: adding, changing, listing, and signing in with lockout — all audited, no secrets.
#include "auditlog.h"
#include "database.h"
#include "migrations.h"
#include "userrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace baton::core;
using namespace baton::store;

namespace {
const QString kAdmin = QStringLiteral("admin-li");
const QString kPassword = QStringLiteral("correct horse");
}  // namespace

class TestUserRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsGetsAndLists();
    void namesAreCaseInsensitive();
    void refusesDuplicatesAndBadInput();
    void enforcesThePasswordPolicy();
    void authenticates();
    void unknownUserAndWrongPasswordLookTheSame();
    void disabledAccountsAreRefused();
    void locksAfterFiveFailuresForFiveMinutes();
    void successResetsTheFailureCount();
    void changesPasswordAndRole();
    void rehashesAnOlderHash();
    void auditsWithoutSecrets();
    void keepsChineseDisplayNames();
    void signInTokens();
    void migratesFromVersion5();
    void roleNamesRoundTrip();

private:
    QString storedHash(const QString &user);

    baton::test::TestDatabases m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserRepository> m_users;
};

void TestUserRepository::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("users-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    // The minimum cost keeps the suite fast; rehashesAnOlderHash covers the interactive cost.
    m_users = std::make_unique<UserRepository>(*m_db, m_clock, m_audit.get(), PasswordCost::minimum());
}

void TestUserRepository::cleanup()
{
    m_users.reset();
    m_audit.reset();
    m_db.reset();
}

QString TestUserRepository::storedHash(const QString &user)
{
    QSqlQuery q = m_db->query();
    if (!Database::run(q, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user}) || !q.next())
        return {};
    return q.value(0).toString();
}

void TestUserRepository::addsGetsAndLists()
{
    const auto added = m_users->add(QStringLiteral("zhangmin"), QStringLiteral("张敏"), Role::Agent, AgentId(QStringLiteral("a-zhangmin")),
                                    kPassword, kAdmin);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    QCOMPARE(added->id, QStringLiteral("zhangmin"));
    QCOMPARE(added->role, Role::Agent);
    QCOMPARE(added->agentId, AgentId(QStringLiteral("a-zhangmin")));
    QCOMPARE(added->created, m_clock.utcNow());
    QVERIFY(!added->lastLogin.isValid());
    QVERIFY(!added->disabled);
    QVERIFY(m_users->add(QStringLiteral("admin"), {}, Role::Admin, {}, kPassword, kAdmin).ok());
    QVERIFY(m_users->add(QStringLiteral("Crm-Bridge"), {}, Role::Integration, {}, kPassword, kAdmin).ok());

    const auto all = m_users->list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, QStringLiteral("admin"));  // by name, case aside
    QCOMPARE(all->at(1).id, QStringLiteral("Crm-Bridge"));
    QCOMPARE(all->at(2).id, QStringLiteral("zhangmin"));
    QCOMPARE(m_users->get(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);

    // The hash is argon2id, never the password.
    const QString hash = storedHash(QStringLiteral("zhangmin"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash.contains(kPassword));
}

void TestUserRepository::namesAreCaseInsensitive()
{
    QVERIFY(m_users->add(QStringLiteral("WangFang"), {}, Role::Supervisor, {}, kPassword, kAdmin).ok());
    const auto u = m_users->get(QStringLiteral("wangfang"));
    QVERIFY(u.ok());
    QCOMPARE(u->id, QStringLiteral("WangFang"));  // as first written
    QVERIFY(m_users->authenticate(QStringLiteral("WANGFANG"), kPassword).ok());
    const auto dup = m_users->add(QStringLiteral("wangFANG"), {}, Role::Agent, {}, kPassword, kAdmin);
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QVERIFY(dup.error().message.contains(QStringLiteral("WangFang")));
}

void TestUserRepository::refusesDuplicatesAndBadInput()
{
    QVERIFY(m_users->add(QStringLiteral("liqiang"), {}, Role::Agent, AgentId(QStringLiteral("a1")), kPassword, kAdmin).ok());
    QCOMPARE(m_users->add(QStringLiteral("liqiang"), {}, Role::Agent, {}, kPassword, kAdmin).error().code, ErrorCode::Conflict);
    // One user per routing agent.
    const auto sameAgent = m_users->add(QStringLiteral("other"), {}, Role::Agent, AgentId(QStringLiteral("a1")), kPassword, kAdmin);
    QCOMPARE(sameAgent.error().code, ErrorCode::Conflict);
    QVERIFY(sameAgent.error().message.contains(QStringLiteral("liqiang")));
    // Only agents and supervisors sign in as an agent.
    QCOMPARE(m_users->add(QStringLiteral("trainer1"), {}, Role::Trainer, AgentId(QStringLiteral("a2")), kPassword, kAdmin).error().field,
             QStringLiteral("agentId"));
    for (const QString &bad : {QString(), QStringLiteral("李强"), QStringLiteral("has space"), QStringLiteral("-dash"), QString(65, u'x')})
        QCOMPARE(m_users->add(bad, {}, Role::Agent, {}, kPassword, kAdmin).error().field, QStringLiteral("user"));
    QCOMPARE(m_users->add(QStringLiteral("ok.name@site"), {}, Role::Agent, {}, kPassword, QString()).error().field, QStringLiteral("actor"));
    QVERIFY(m_users->add(QStringLiteral("ok.name@site_2-x"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
}

void TestUserRepository::enforcesThePasswordPolicy()
{
    const auto shortOne = m_users->add(QStringLiteral("u1"), {}, Role::Agent, {}, QStringLiteral("1234567"), kAdmin);
    QCOMPARE(shortOne.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(shortOne.error().field, QStringLiteral("password"));
    QVERIFY(shortOne.error().message.contains(QStringLiteral("8")));
    QVERIFY(m_users->add(QStringLiteral("u1"), {}, Role::Agent, {}, QStringLiteral("12345678"), kAdmin).ok());
    // Characters, not bytes or UTF-16 units: eight Chinese characters are enough, seven are not.
    QVERIFY(m_users->add(QStringLiteral("u2"), {}, Role::Agent, {}, QStringLiteral("春眠不觉晓处处"), kAdmin).error().field == QStringLiteral("password"));
    QVERIFY(m_users->add(QStringLiteral("u2"), {}, Role::Agent, {}, QStringLiteral("春眠不觉晓处处闻"), kAdmin).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("u2"), QStringLiteral("春眠不觉晓处处闻")).ok());
    QCOMPARE(m_users->setPassword(QStringLiteral("u1"), QStringLiteral("short"), kAdmin).error().field, QStringLiteral("password"));
}

void TestUserRepository::authenticates()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, AgentId(QStringLiteral("a1")), kPassword, kAdmin).ok());
    m_clock.advance(std::chrono::minutes(3));
    const auto u = m_users->authenticate(QStringLiteral("zhangmin"), kPassword);
    QVERIFY(u.ok());
    QCOMPARE(u->role, Role::Agent);
    QCOMPARE(u->agentId, AgentId(QStringLiteral("a1")));
    QCOMPARE(u->lastLogin, m_clock.utcNow());
    QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->lastLogin, m_clock.utcNow());
    // Exact: no trimming, no case folding of passwords.
    QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), kPassword + QStringLiteral(" ")).ok());
    QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), kPassword.toUpper()).ok());
}

void TestUserRepository::unknownUserAndWrongPasswordLookTheSame()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
    const auto wrong = m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("not the password"));
    const auto unknown = m_users->authenticate(QStringLiteral("nobody"), QStringLiteral("not the password"));
    const auto malformed = m_users->authenticate(QStringLiteral("no body"), kPassword);
    QVERIFY(!wrong && !unknown && !malformed);
    for (const auto *r : {&unknown, &malformed}) {
        QCOMPARE(r->error().code, wrong.error().code);
        QCOMPARE(r->error().message, wrong.error().message);
        QCOMPARE(r->error().field, wrong.error().field);
    }
    QCOMPARE(loginRefusal(wrong.error()), LoginRefusal::BadCredentials);
    QVERIFY(!loginRefusal(Error::notFound(QStringLiteral("x"))));
}

void TestUserRepository::disabledAccountsAreRefused()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), true, kAdmin).ok());
    QVERIFY(m_users->get(QStringLiteral("zhangmin"))->disabled);
    const auto refused = m_users->authenticate(QStringLiteral("zhangmin"), kPassword);
    QVERIFY(!refused);
    QCOMPARE(loginRefusal(refused.error()), LoginRefusal::Disabled);
    QVERIFY(refused.error().message.contains(QStringLiteral("disabled")));
    // Only someone with the password learns that the account exists and is disabled.
    QCOMPARE(loginRefusal(m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("wrong password")).error()),
             LoginRefusal::BadCredentials);
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), false, kAdmin).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("zhangmin"), kPassword).ok());
    QCOMPARE(m_users->setDisabled(QStringLiteral("nobody"), true, kAdmin).error().code, ErrorCode::NotFound);
}

void TestUserRepository::locksAfterFiveFailuresForFiveMinutes()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
    for (int i = 1; i < UserRepository::kMaxFailedLogins; ++i) {
        const auto r = m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("guess %1").arg(i));
        QCOMPARE(loginRefusal(r.error()), LoginRefusal::BadCredentials);
        QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->failedLogins, i);
        m_clock.advance(std::chrono::seconds(10));
    }
    const QDateTime fifth = m_clock.utcNow();
    const auto locking = m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("guess 5"));
    QCOMPARE(loginRefusal(locking.error()), LoginRefusal::Locked);
    QVERIFY2(locking.error().message.contains(QStringLiteral("locked")), qPrintable(locking.error().message));
    QVERIFY(locking.error().message.contains(QStringLiteral("5 min")));
    QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->lockedUntil, fifth.addSecs(5 * 60));

    // While locked even the right password is refused…
    m_clock.advance(std::chrono::seconds(4 * 60 + 59));
    const auto stillLocked = m_users->authenticate(QStringLiteral("zhangmin"), kPassword);
    QCOMPARE(loginRefusal(stillLocked.error()), LoginRefusal::Locked);
    QVERIFY(stillLocked.error().message.contains(QStringLiteral("1 min")));
    // …and after five minutes it is accepted.
    m_clock.advance(std::chrono::seconds(1));
    const auto unlocked = m_users->authenticate(QStringLiteral("zhangmin"), kPassword);
    QVERIFY(unlocked.ok());
    QCOMPARE(unlocked->failedLogins, 0);
    QVERIFY(!m_users->get(QStringLiteral("zhangmin"))->lockedUntil.isValid());

    // An administrator can lift a lock at once by enabling the account.
    for (int i = 0; i < UserRepository::kMaxFailedLogins; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("guess again")).ok());
    QCOMPARE(loginRefusal(m_users->authenticate(QStringLiteral("zhangmin"), kPassword).error()), LoginRefusal::Locked);
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), false, kAdmin).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("zhangmin"), kPassword).ok());
}

void TestUserRepository::successResetsTheFailureCount()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < UserRepository::kMaxFailedLogins - 1; ++i)
            QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("typo typo")).ok());
        QVERIFY(m_users->authenticate(QStringLiteral("zhangmin"), kPassword).ok());  // never five in a row
        QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->failedLogins, 0);
    }
}

void TestUserRepository::changesPasswordAndRole()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, AgentId(QStringLiteral("a1")), kPassword, kAdmin).ok());
    QVERIFY(m_users->setPassword(QStringLiteral("ZHANGMIN"), QStringLiteral("new password 2"), kAdmin).ok());
    QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), kPassword).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("new password 2")).ok());
    QCOMPARE(m_users->setPassword(QStringLiteral("nobody"), kPassword, kAdmin).error().code, ErrorCode::NotFound);

    QCOMPARE(m_users->setRole(QStringLiteral("zhangmin"), Role::Trainer, AgentId(QStringLiteral("a1")), kAdmin).error().field,
             QStringLiteral("agentId"));
    QVERIFY(m_users->setRole(QStringLiteral("zhangmin"), Role::Trainer, {}, kAdmin).ok());
    QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->role, Role::Trainer);
    QVERIFY(m_users->get(QStringLiteral("zhangmin"))->agentId.isEmpty());
    QVERIFY(m_users->add(QStringLiteral("liqiang"), {}, Role::Agent, AgentId(QStringLiteral("a2")), kPassword, kAdmin).ok());
    QCOMPARE(m_users->setRole(QStringLiteral("zhangmin"), Role::Supervisor, AgentId(QStringLiteral("a2")), kAdmin).error().code, ErrorCode::Conflict);
    QVERIFY(m_users->setRole(QStringLiteral("zhangmin"), Role::Supervisor, AgentId(QStringLiteral("a1")), kAdmin).ok());
    QCOMPARE(m_users->get(QStringLiteral("zhangmin"))->agentId, AgentId(QStringLiteral("a1")));
}

void TestUserRepository::rehashesAnOlderHash()
{
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), {}, Role::Agent, {}, kPassword, kAdmin).ok());
    const QString cheap = storedHash(QStringLiteral("zhangmin"));
    QVERIFY2(cheap.startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,")), qPrintable(cheap));

    // A build with a higher cost accepts the old hash, then stores one at its own cost.
    UserRepository stronger(*m_db, m_clock, m_audit.get(), PasswordCost::interactive());
    QVERIFY(!stronger.authenticate(QStringLiteral("zhangmin"), QStringLiteral("wrong password")).ok());
    QCOMPARE(storedHash(QStringLiteral("zhangmin")), cheap);  // only a good sign-in re-hashes
    QVERIFY(stronger.authenticate(QStringLiteral("zhangmin"), kPassword).ok());
    const QString strong = storedHash(QStringLiteral("zhangmin"));
    QVERIFY2(strong.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,")), qPrintable(strong));
    QVERIFY(stronger.authenticate(QStringLiteral("zhangmin"), kPassword).ok());
    QCOMPARE(storedHash(QStringLiteral("zhangmin")), strong);  // once only
    AuditQuery q;
    q.object = QStringLiteral("user:zhangmin");
    QVERIFY(m_audit->find(q)->at(1).after.contains(QStringLiteral("\"rehashed\":true")));
    // An unknown name costs a check at the interactive cost too (a fixed dummy hash).
    QVERIFY(!stronger.authenticate(QStringLiteral("nobody"), kPassword).ok());
}

void TestUserRepository::auditsWithoutSecrets()
{
    const QString password = QStringLiteral("s3cret-Passw0rd");
    QVERIFY(m_users->add(QStringLiteral("zhangmin"), QStringLiteral("张敏"), Role::Agent, {}, password, kAdmin).ok());
    QVERIFY(m_users->setPassword(QStringLiteral("zhangmin"), QStringLiteral("an0ther-Secret"), kAdmin).ok());
    QVERIFY(m_users->setRole(QStringLiteral("zhangmin"), Role::Supervisor, {}, kAdmin).ok());
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), true, kAdmin).ok());
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), true, kAdmin).ok());  // no change, no entry
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), false, kAdmin).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("zhangmin"), QStringLiteral("an0ther-Secret")).ok());
    QVERIFY(!m_users->authenticate(QStringLiteral("zhangmin"), password).ok());
    QVERIFY(!m_users->authenticate(QStringLiteral("ghost"), password).ok());

    AuditQuery all;
    const auto entries = m_audit->find(all);
    QVERIFY(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : *entries) {
        actions.prepend(e.action);
        for (const QString &text : {e.before, e.after}) {
            QVERIFY2(!text.contains(password) && !text.contains(QStringLiteral("an0ther")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("$argon2")), qPrintable(text));
        }
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("user.add"), QStringLiteral("user.password"), QStringLiteral("user.role"),
                                   QStringLiteral("user.disable"), QStringLiteral("user.enable"), QStringLiteral("user.login"),
                                   QStringLiteral("user.login"), QStringLiteral("user.login")}));
    QCOMPARE(entries->at(7).actor, kAdmin);
    QCOMPARE(entries->at(7).object, QStringLiteral("user:zhangmin"));
    QVERIFY(entries->at(5).before.contains(QStringLiteral("\"role\":\"agent\"")));
    QVERIFY(entries->at(5).after.contains(QStringLiteral("\"role\":\"supervisor\"")));
    QCOMPARE(entries->at(2).actor, QStringLiteral("zhangmin"));  // who tried to sign in
    QVERIFY(entries->at(2).after.contains(QStringLiteral("\"result\":\"ok\"")));
    QVERIFY(entries->at(1).after.contains(QStringLiteral("wrong password")));
    QCOMPARE(entries->at(0).object, QStringLiteral("user:ghost"));
    QVERIFY(entries->at(0).after.contains(QStringLiteral("unknown user")));
}

void TestUserRepository::keepsChineseDisplayNames()
{
    QVERIFY(m_users->add(QStringLiteral("wangfang"), QStringLiteral("王芳（夜班）"), Role::Supervisor, AgentId(QStringLiteral("王芳")), kPassword,
                         QStringLiteral("主管王"))
                .ok());
    const auto u = m_users->get(QStringLiteral("wangfang"));
    QCOMPARE(u->displayName, QStringLiteral("王芳（夜班）"));
    QCOMPARE(u->agentId, AgentId(QStringLiteral("王芳")));
    AuditQuery q;
    q.actor = QStringLiteral("主管王");
    QVERIFY(m_audit->find(q)->first().after.contains(QStringLiteral("王芳（夜班）")));
}

void TestUserRepository::signInTokens()
{
    QVERIFY(m_users->add(QStringLiteral("ZhangMin"), QStringLiteral("张敏"), Role::Agent, AgentId(QStringLiteral("a1")), QStringLiteral("correct horse 1"),
                         QStringLiteral("admin"))
                .ok());
    QVERIFY(m_users->add(QStringLiteral("li"), {}, Role::Agent, AgentId(QStringLiteral("a2")), QStringLiteral("correct horse 2"), QStringLiteral("admin")).ok());
    auto token = m_users->issueToken(QStringLiteral("zhangmin"));
    QVERIFY(token.ok());
    QVERIFY(token->size() >= 40);
    QVERIFY(m_users->issueToken(QStringLiteral("zhangmin")).value() != *token);  // random each time
    // Good for its user (any case), and no one else; audited as a sign-in.
    const auto back = m_users->authenticateToken(QStringLiteral("zhangMIN"), *token);
    QCOMPARE(back->id, QStringLiteral("ZhangMin"));
    QCOMPARE(back->lastLogin, m_clock.utcNow());
    AuditQuery logins;
    logins.actor = QStringLiteral("ZhangMin");
    QCOMPARE(m_audit->find(logins)->first().action, QStringLiteral("user.login"));
    QVERIFY(m_audit->find(logins)->first().after.contains(QStringLiteral("token")));
    QCOMPARE(m_users->authenticateToken(QStringLiteral("li"), *token).error().field, QStringLiteral("credentials"));
    QCOMPARE(m_users->authenticateToken(QStringLiteral("zhangmin"), QStringLiteral("x")).error().field, QStringLiteral("credentials"));
    QCOMPARE(m_users->authenticateToken(QStringLiteral("zhangmin"), QString(*token).replace(0, 1, QLatin1Char(token->at(0) == QLatin1Char('A') ? 'B' : 'A')))
                 .error().field,
             QStringLiteral("credentials"));
    // Only its hash is stored.
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM user_tokens")));
    while (q.next())
        QVERIFY(q.value(0).toString() != *token && q.value(0).toString().size() == 64);
    // Revoked at sign-out.
    QVERIFY(m_users->revokeToken(*token).ok());
    QVERIFY(!m_users->authenticateToken(QStringLiteral("zhangmin"), *token).ok());
    // Ends after its lifetime.
    token = m_users->issueToken(QStringLiteral("zhangmin"));
    m_clock.advance(UserRepository::kTokenLifetime - std::chrono::minutes(1));
    QVERIFY(m_users->authenticateToken(QStringLiteral("zhangmin"), *token).ok());
    m_clock.advance(std::chrono::minutes(2));
    QVERIFY(!m_users->authenticateToken(QStringLiteral("zhangmin"), *token).ok());
    // Every token of a user ends when the user is disabled or gets a new password.
    token = m_users->issueToken(QStringLiteral("zhangmin"));
    const auto other = m_users->issueToken(QStringLiteral("li"));
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), true, QStringLiteral("admin")).ok());
    QVERIFY(!m_users->authenticateToken(QStringLiteral("zhangmin"), *token).ok());
    QVERIFY(m_users->setDisabled(QStringLiteral("zhangmin"), false, QStringLiteral("admin")).ok());
    QVERIFY(!m_users->authenticateToken(QStringLiteral("zhangmin"), *token).ok());  // not back with the account
    QVERIFY(m_users->authenticateToken(QStringLiteral("li"), *other).ok());
    QVERIFY(m_users->setPassword(QStringLiteral("li"), QStringLiteral("a new horse 22"), QStringLiteral("admin")).ok());
    QVERIFY(!m_users->authenticateToken(QStringLiteral("li"), *other).ok());
    QCOMPARE(m_users->issueToken(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
}

void TestUserRepository::migratesFromVersion5()
{
    const QString path = m_dir.location(QStringLiteral("v5"));
    {
        m_dir.touch(path);
        auto db = Database::open(path, Database::Mode::Inspect);
        QVERIFY(db.ok());
        QVERIFY(Migrations::apply(**db, 5).ok());
        QCOMPARE((*db)->schemaVersion(), 5);
        QSqlQuery q = (*db)->query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO router_journal (seq, at_ms, kind, body) VALUES (1, 0, 1, ?)")));
        q.addBindValue(QByteArray(1, '\0'));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, object) VALUES (0, 'system', 'x', 'y')")));
        QVERIFY(!baton::test::TestDatabases::tables(**db).contains(QStringLiteral("users")));
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    QVERIFY((*db)->check()->isEmpty());
    QSqlQuery q = (*db)->query();
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM router_journal), (SELECT COUNT(*) FROM audit_log)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 1);
    // The constraints hold even for hand-written SQL.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (id, role, password_hash, created_ms, updated_ms) VALUES ('x', 'boss', 'h', 0, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (id, role, agent_id, password_hash, created_ms, updated_ms)"
                                   " VALUES ('x', 'admin', 'a1', 'h', 0, 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, role, password_hash, created_ms, updated_ms) VALUES ('Abc', 'admin', 'h', 0, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (id, role, password_hash, created_ms, updated_ms) VALUES ('aBC', 'admin', 'h', 0, 0)")));
    AuditLog audit(**db, m_clock);
    UserRepository users(**db, m_clock, &audit, PasswordCost::minimum());
    QVERIFY(users.add(QStringLiteral("first"), QStringLiteral("第一位"), Role::Admin, {}, kPassword, kAdmin).ok());
    QVERIFY(users.authenticate(QStringLiteral("FIRST"), kPassword).ok());
}

void TestUserRepository::roleNamesRoundTrip()
{
    QCOMPARE(roleNames(), (QStringList{QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("trainer"),
                                       QStringLiteral("integration"), QStringLiteral("admin")}));
    for (Role r : kRoles)
        QCOMPARE(roleFromName(roleName(r)), r);
    QVERIFY(!roleFromName(u"Admin"));
    QVERIFY(!roleFromName(u""));
    QVERIFY(roleMayBeAgent(Role::Supervisor) && !roleMayBeAgent(Role::Integration));
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
