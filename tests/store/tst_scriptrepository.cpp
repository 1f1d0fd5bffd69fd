// Call scripts: drafts and immutable published versions, rollback, live assignment with
// fallbacks, audit rows, content JSON, placeholder rendering and the per-stage diff.
#include "auditlog.h"
#include "database.h"
#include "migrations.h"
#include "scriptrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace baton::core;
using namespace baton::store;

class TestScriptRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draftPublishEditPublishRollback();
    void publishedVersionsAreImmutable();
    void publishWithoutDraftIsAnError();
    void aDraftOverTakenByARollbackMustBeSavedAgain();
    void openDraftStartsFromTheLatestVersion();
    void liveResolutionFallsBack();
    void onlyPublishedVersionsCanBeLive();
    void usageListsScopes();
    void auditRowsAreWritten();
    void chineseTextAndEmojiRoundTrip();
    void rendersPlaceholders_data();
    void rendersPlaceholders();
    void listsPlaceholdersAndMatchesUpsellRules();
    void malformedContentIsAClearError();
    void rejectsBadStages();
    void diffReportsPerStage();
    void migratesFromVersion3();

private:
    ScriptId newScriptWithVersion(const QString &name, const QString &business = {});
    static QList<ScriptStage> basicStages(const QString &greeting);

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

const QString kTrainer = QStringLiteral("trainer.li");

void TestScriptRepository::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("s-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
}

void TestScriptRepository::cleanup() { m_db.reset(); }

QList<ScriptStage> TestScriptRepository::basicStages(const QString &greeting)
{
    ScriptStage greet{QStringLiteral("greet"), QStringLiteral("问候"), greeting, {QStringLiteral("您好"), QStringLiteral("hello")}, {}};
    ScriptStage verify{QStringLiteral("verify"), QStringLiteral("核实身份"), QStringLiteral("请问是{customer.name}本人吗？"),
                       {QStringLiteral("本人")}, {}};
    ScriptStage upsell{QStringLiteral("upsell"), QStringLiteral("推荐"), QStringLiteral("您的等级是{customer.level}"), {QStringLiteral("优惠")},
                       {UpsellRule{QStringLiteral("attr.product"), UpsellRule::Match::Equals, QStringLiteral("宽带"), QStringLiteral("推荐千兆套餐")},
                        UpsellRule{QStringLiteral("customer.level"), UpsellRule::Match::Contains, QStringLiteral("VIP"),
                                   QStringLiteral("{customer.name}可享专属折扣")}}};
    return {greet, verify, upsell};
}

ScriptId TestScriptRepository::newScriptWithVersion(const QString &name, const QString &business)
{
    ScriptRepository repo(*m_db, m_clock);
    auto id = repo.createScript(name, business, kTrainer);
    if (!id)
        return {};
    if (!repo.saveDraft(*id, basicStages(name), kTrainer) || !repo.publish(*id, QStringLiteral("first"), kTrainer))
        return {};
    return *id;
}

void TestScriptRepository::draftPublishEditPublishRollback()
{
    ScriptRepository repo(*m_db, m_clock);
    auto id = repo.createScript(QStringLiteral("宽带报修"), QStringLiteral("repair"), kTrainer);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    const auto v1Stages = basicStages(QStringLiteral("您好，这里是宽带报修"));
    QVERIFY(repo.saveDraft(*id, v1Stages, kTrainer).ok());
    QCOMPARE(repo.draft(*id)->number, 1);
    QCOMPARE(repo.script(*id)->hasDraft, true);
    m_clock.advance(std::chrono::minutes(1));
    auto v1 = repo.publish(*id, QStringLiteral("初版"), QStringLiteral("lead.wang"));
    QVERIFY(v1.ok());
    QCOMPARE(*v1, 1);
    QCOMPARE(repo.draft(*id).error().code, ErrorCode::NotFound);  // the draft became v1
    const auto stored1 = repo.version(*id, 1);
    QVERIFY(stored1.ok());
    QCOMPARE(stored1->status, ScriptVersionStatus::Published);
    QCOMPARE(stored1->stages, v1Stages);
    QCOMPARE(stored1->comment, QStringLiteral("初版"));
    QCOMPARE(stored1->author, kTrainer);
    QCOMPARE(stored1->publishedBy, QStringLiteral("lead.wang"));
    QCOMPARE(stored1->published, m_clock.utcNow());

    // Editing a new draft leaves v1 alone.
    auto v2Stages = v1Stages;
    v2Stages[0].text = QStringLiteral("您好，很高兴为您服务");
    QVERIFY(repo.saveDraft(*id, v2Stages, kTrainer).ok());
    v2Stages[1].cues.append(QStringLiteral("确认"));
    QVERIFY(repo.saveDraft(*id, v2Stages, kTrainer).ok());  // replaces the draft
    QCOMPARE(repo.draft(*id)->stages, v2Stages);
    QCOMPARE(repo.draft(*id)->basedOn, 1);
    QCOMPARE(repo.draft(*id)->number, 2);
    QCOMPARE(repo.version(*id, 1)->stages, v1Stages);
    QCOMPARE(repo.publish(*id, QStringLiteral("更亲切"), kTrainer).value(), 2);
    QCOMPARE(repo.version(*id, 2)->stages, v2Stages);

    // Rollback publishes a new version with v1's content; history is kept.
    auto v3 = repo.rollback(*id, 1, QStringLiteral("lead.wang"));
    QVERIFY(v3.ok());
    QCOMPARE(*v3, 3);
    const auto stored3 = repo.version(*id, 3);
    QCOMPARE(stored3->stages, v1Stages);
    QCOMPARE(stored3->copiedFrom, 1);
    const auto all = repo.versions(*id);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).number, 1);
    QCOMPARE(all->at(1).stages, v2Stages);
    QCOMPARE(all->at(2).number, 3);
    QCOMPARE(repo.script(*id)->latestVersion, 3);
    QCOMPARE(repo.rollback(*id, 9, kTrainer).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.version(*id, 4).error().code, ErrorCode::NotFound);
}

void TestScriptRepository::publishedVersionsAreImmutable()
{
    const ScriptId id = newScriptWithVersion(QStringLiteral("售前"));
    QVERIFY(id.isValid());
    QSqlQuery q = m_db->query();
    QVERIFY(!q.exec(QStringLiteral("UPDATE script_versions SET content = '{\"stages\":[]}'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM script_versions")));
    ScriptRepository repo(*m_db, m_clock);
    QCOMPARE(repo.version(id, 1)->stages, basicStages(QStringLiteral("售前")));
}

void TestScriptRepository::publishWithoutDraftIsAnError()
{
    ScriptRepository repo(*m_db, m_clock);
    auto id = repo.createScript(QStringLiteral("空"), {}, kTrainer);
    QVERIFY(id.ok());
    const auto r = repo.publish(*id, {}, kTrainer);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY(r.error().message.contains(QStringLiteral("no draft")));
    QCOMPARE(repo.publish(ScriptId(999), {}, kTrainer).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.publish(*id, {}, QStringLiteral(" ")).error().field, QStringLiteral("actor"));
    QCOMPARE(repo.discardDraft(*id).error().code, ErrorCode::NotFound);
}

void TestScriptRepository::aDraftOverTakenByARollbackMustBeSavedAgain()
{
    const ScriptId id = newScriptWithVersion(QStringLiteral("投诉"));
    ScriptRepository repo(*m_db, m_clock);
    QVERIFY(repo.saveDraft(id, basicStages(QStringLiteral("v2")), kTrainer).ok());
    QCOMPARE(repo.publish(id, {}, kTrainer).value(), 2);
    QVERIFY(repo.saveDraft(id, basicStages(QStringLiteral("v3 draft")), kTrainer).ok());
    QCOMPARE(repo.rollback(id, 1, QStringLiteral("lead.wang")).value(), 3);  // while the draft is open
    const auto stale = repo.publish(id, {}, kTrainer);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY(repo.draft(id).ok());  // kept for review
    QVERIFY(repo.saveDraft(id, repo.draft(id)->stages, kTrainer).ok());
    QCOMPARE(repo.publish(id, {}, kTrainer).value(), 4);
    QCOMPARE(repo.version(id, 4)->basedOn, 3);
}

void TestScriptRepository::openDraftStartsFromTheLatestVersion()
{
    ScriptRepository repo(*m_db, m_clock);
    auto fresh = repo.createScript(QStringLiteral("新"), {}, kTrainer);
    const auto empty = repo.openDraft(*fresh, kTrainer);
    QVERIFY(empty.ok());
    QVERIFY(empty->stages.isEmpty());
    QCOMPARE(empty->basedOn, 0);

    const ScriptId id = newScriptWithVersion(QStringLiteral("旧"));
    const auto d = repo.openDraft(id, kTrainer);
    QVERIFY(d.ok());
    QCOMPARE(d->stages, repo.version(id, 1)->stages);
    QCOMPARE(d->basedOn, 1);
    QCOMPARE(d->status, ScriptVersionStatus::Draft);
    auto edited = d->stages;
    edited.removeLast();
    QVERIFY(repo.saveDraft(id, edited, kTrainer).ok());
    QCOMPARE(repo.openDraft(id, QStringLiteral("someone.else"))->stages, edited);  // the existing draft
    QVERIFY(repo.discardDraft(id).ok());
    QCOMPARE(repo.draft(id).error().code, ErrorCode::NotFound);
}

void TestScriptRepository::liveResolutionFallsBack()
{
    ScriptRepository repo(*m_db, m_clock);
    const ScriptId siteAny = newScriptWithVersion(QStringLiteral("site any"));
    const ScriptId siteBilling = newScriptWithVersion(QStringLiteral("site billing"), QStringLiteral("billing"));
    const ScriptId groupAny = newScriptWithVersion(QStringLiteral("group any"));
    const ScriptId exact = newScriptWithVersion(QStringLiteral("exact"), QStringLiteral("billing"));
    const GroupId presales(QStringLiteral("presales"));
    const GroupId aftersales(QStringLiteral("aftersales"));
    const QString billing = QStringLiteral("billing");

    QCOMPARE(repo.liveFor(presales, billing).error().code, ErrorCode::NotFound);
    QVERIFY(repo.setLive({GroupId(), QString()}, siteAny, 1, kTrainer).ok());
    QCOMPARE(repo.liveFor(presales, billing)->script, siteAny);
    QVERIFY(repo.setLive({GroupId(), billing}, siteBilling, 1, kTrainer).ok());
    QCOMPARE(repo.liveFor(presales, billing)->script, siteBilling);
    QVERIFY(repo.setLive({presales, QString()}, groupAny, 1, kTrainer).ok());
    QCOMPARE(repo.liveFor(presales, billing)->script, groupAny);
    QVERIFY(repo.setLive({presales, billing}, exact, 1, kTrainer).ok());
    QCOMPARE(repo.liveFor(presales, billing)->script, exact);

    // Other scopes fall back as far as they must.
    QCOMPARE(repo.liveFor(presales, QStringLiteral("sales"))->script, groupAny);
    QCOMPARE(repo.liveFor(aftersales, billing)->script, siteBilling);
    QCOMPARE(repo.liveFor(aftersales, QStringLiteral("sales"))->script, siteAny);
    QCOMPARE(repo.liveFor(GroupId(), QString())->script, siteAny);

    // Exactly one live version per scope: setting again replaces.
    QVERIFY(repo.saveDraft(exact, basicStages(QStringLiteral("exact v2")), kTrainer).ok());
    QCOMPARE(repo.publish(exact, {}, kTrainer).value(), 2);
    QVERIFY(repo.setLive({presales, billing}, exact, 2, kTrainer).ok());
    const auto live = repo.liveFor(presales, billing);
    QCOMPARE(live->number, 2);
    QCOMPARE(live->stages.first().text, QStringLiteral("exact v2"));
    QVERIFY(repo.clearLive({presales, billing}, kTrainer).ok());
    QCOMPARE(repo.liveFor(presales, billing)->script, groupAny);
    QCOMPARE(repo.clearLive({presales, billing}, kTrainer).error().code, ErrorCode::NotFound);
}

void TestScriptRepository::onlyPublishedVersionsCanBeLive()
{
    ScriptRepository repo(*m_db, m_clock);
    const ScriptId id = newScriptWithVersion(QStringLiteral("催收"), QStringLiteral("collections"));
    QVERIFY(repo.saveDraft(id, basicStages(QStringLiteral("draft")), kTrainer).ok());
    const LiveScope scope{GroupId(QStringLiteral("collections")), QStringLiteral("collections")};
    const auto draft = repo.setLive(scope, id, 2, kTrainer);
    QCOMPARE(draft.error().code, ErrorCode::Conflict);
    QVERIFY(draft.error().message.contains(QStringLiteral("draft")));
    QCOMPARE(repo.setLive(scope, id, 7, kTrainer).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.setLive(scope, ScriptId(42), 1, kTrainer).error().code, ErrorCode::NotFound);
    // A script for one business is not live for another.
    QCOMPARE(repo.setLive({GroupId(), QStringLiteral("sales")}, id, 1, kTrainer).error().field, QStringLiteral("scope.business"));
    QCOMPARE(repo.liveFor(scope.group, scope.business).error().code, ErrorCode::NotFound);
    QVERIFY(repo.setLive(scope, id, 1, kTrainer).ok());
    // The database holds the rule too.
    QSqlQuery q = m_db->query();
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO script_live VALUES ('x', '', 1, 99, 0, 'sql')")));
}

void TestScriptRepository::usageListsScopes()
{
    ScriptRepository repo(*m_db, m_clock);
    const ScriptId id = newScriptWithVersion(QStringLiteral("通用"));
    QVERIFY(repo.saveDraft(id, basicStages(QStringLiteral("v2")), kTrainer).ok());
    QVERIFY(repo.publish(id, {}, kTrainer).ok());
    QVERIFY(repo.usage(id)->isEmpty());
    QVERIFY(repo.setLive({GroupId(QStringLiteral("presales")), QString()}, id, 2, kTrainer).ok());
    m_clock.advance(std::chrono::hours(1));
    QVERIFY(repo.setLive({GroupId(), QStringLiteral("sales")}, id, 1, QStringLiteral("lead.wang")).ok());
    const auto used = repo.usage(id);
    QVERIFY(used.ok());
    QCOMPARE(used->size(), 2);
    QCOMPARE(used->at(0).scope, (LiveScope{GroupId(), QStringLiteral("sales")}));
    QCOMPARE(used->at(0).version, 1);
    QCOMPARE(used->at(0).setBy, QStringLiteral("lead.wang"));
    QCOMPARE(used->at(0).since, m_clock.utcNow());
    QCOMPARE(used->at(1).scope.group, GroupId(QStringLiteral("presales")));
    QCOMPARE(used->at(1).version, 2);
}

void TestScriptRepository::auditRowsAreWritten()
{
    AuditLog log(*m_db, m_clock);
    ScriptRepository repo(*m_db, m_clock, &log);
    auto id = repo.createScript(QStringLiteral("审计"), {}, kTrainer);
    QVERIFY(id.ok());
    QVERIFY(repo.saveDraft(*id, basicStages(QStringLiteral("a")), kTrainer).ok());
    QVERIFY(repo.publish(*id, QStringLiteral("note"), QStringLiteral("lead.wang")).ok());
    QVERIFY(repo.rollback(*id, 1, QStringLiteral("lead.wang")).ok());
    QVERIFY(repo.setLive({GroupId(), QString()}, *id, 2, QStringLiteral("lead.wang")).ok());
    QVERIFY(!repo.setLive({GroupId(), QString()}, *id, 5, QStringLiteral("lead.wang")).ok());  // refused: not audited

    AuditQuery query;
    query.object = QStringLiteral("script:%1").arg(id->value());
    const auto rows = log.find(query);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    QStringList actions;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        actions.append(it->action);
    QCOMPARE(actions, (QStringList{QStringLiteral("script.create"), QStringLiteral("script.publish"), QStringLiteral("script.rollback"),
                                   QStringLiteral("script.live")}));
    const AuditEntry &publish = rows->at(2);
    QCOMPARE(publish.actor, QStringLiteral("lead.wang"));
    QCOMPARE(publish.after, QStringLiteral(R"({"comment":"note","version":1})"));
    QVERIFY(rows->at(1).before.contains(QStringLiteral("\"version\":1")));
    QVERIFY(rows->at(1).after.contains(QStringLiteral("\"copiedFrom\":1")));
    QVERIFY(rows->at(0).before.isEmpty());
    QVERIFY(rows->at(0).after.contains(QStringLiteral("\"version\":2")));
}

void TestScriptRepository::chineseTextAndEmojiRoundTrip()
{
    ScriptRepository repo(*m_db, m_clock);
    auto id = repo.createScript(QStringLiteral("话术·售后 🎧"), QStringLiteral("售后"), QStringLiteral("培训师李"));
    QVERIFY(id.ok());
    const QList<ScriptStage> stages{
        {QStringLiteral("greet"), QStringLiteral("开场白 👋"), QStringLiteral("您好{customer.name}，欢迎致电😊「客服中心」\n第二行"),
         {QStringLiteral("您好"), QStringLiteral("欢迎"), QStringLiteral("🙂")}, {}},
        {QStringLiteral("安抚"), QStringLiteral("自定义阶段"), QStringLiteral("非常抱歉给您带来不便…\"引号\" \\ 反斜杠"), {QStringLiteral("抱歉")}, {}},
    };
    QVERIFY(repo.saveDraft(*id, stages, QStringLiteral("培训师李")).ok());
    QVERIFY(repo.publish(*id, QStringLiteral("发布说明：修正错别字 ✅"), QStringLiteral("培训师李")).ok());
    const auto v = repo.version(*id, 1);
    QVERIFY(v.ok());
    QCOMPARE(v->stages, stages);
    QCOMPARE(v->comment, QStringLiteral("发布说明：修正错别字 ✅"));
    QCOMPARE(repo.script(*id)->name, QStringLiteral("话术·售后 🎧"));
    QCOMPARE(repo.scripts()->first().business, QStringLiteral("售后"));
    // Stored as UTF-8 JSON text, not as \u escapes.
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("SELECT content FROM script_versions")) && q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("欢迎致电😊")));
    QCOMPARE(ScriptRepository::parseStages(ScriptRepository::serializeStages(stages)).value(), stages);
}

void TestScriptRepository::rendersPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("known") << QStringLiteral("您好{customer.name}，您是{customer.level}会员") << QStringLiteral("您好张敏，您是VIP3会员");
    QTest::newRow("unknown stays visible") << QStringLiteral("产品：{attr.x}") << QStringLiteral("产品：{attr.x}");
    QTest::newRow("attribute") << QStringLiteral("{attr.product}") << QStringLiteral("宽带");
    QTest::newRow("adjacent") << QStringLiteral("{customer.name}{attr.product}") << QStringLiteral("张敏宽带");
    QTest::newRow("unclosed") << QStringLiteral("您好{customer.name") << QStringLiteral("您好{customer.name");
    QTest::newRow("unopened") << QStringLiteral("customer.name}好") << QStringLiteral("customer.name}好");
    QTest::newRow("lone braces") << QStringLiteral("{ } {} }{ {") << QStringLiteral("{ } {} }{ {");
    QTest::newRow("doubled") << QStringLiteral("{{customer.name}}") << QStringLiteral("{张敏}");
    QTest::newRow("space inside") << QStringLiteral("{customer name}") << QStringLiteral("{customer name}");
    QTest::newRow("value not expanded again") << QStringLiteral("{attr.tricky}") << QStringLiteral("{customer.name}");
    QTest::newRow("emoji around") << QStringLiteral("😀{customer.name}😀") << QStringLiteral("😀张敏😀");
    QTest::newRow("brace at end") << QStringLiteral("abc{") << QStringLiteral("abc{");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("empty value") << QStringLiteral("[{attr.empty}]") << QStringLiteral("[]");
}

void TestScriptRepository::rendersPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> values{{QStringLiteral("customer.name"), QStringLiteral("张敏")},
                                         {QStringLiteral("customer.level"), QStringLiteral("VIP3")},
                                         {QStringLiteral("attr.product"), QStringLiteral("宽带")},
                                         {QStringLiteral("attr.tricky"), QStringLiteral("{customer.name}")},
                                         {QStringLiteral("attr.empty"), QString()}};
    QCOMPARE(renderScriptText(text, values), expected);
}

void TestScriptRepository::listsPlaceholdersAndMatchesUpsellRules()
{
    QCOMPARE(scriptPlaceholders(QStringLiteral("{a.b} x {c} {a.b} {bad {d-1}")),
             (QStringList{QStringLiteral("a.b"), QStringLiteral("c"), QStringLiteral("d-1")}));
    const ScriptStage upsell = basicStages(QString()).last();
    QCOMPARE(upsellSuggestions(upsell, {{QStringLiteral("attr.product"), QStringLiteral("宽带")}}), QStringList{QStringLiteral("推荐千兆套餐")});
    QCOMPARE(upsellSuggestions(upsell, {{QStringLiteral("attr.product"), QStringLiteral("宽带套餐")}}), QStringList());  // equals, not contains
    QCOMPARE(upsellSuggestions(upsell, {{QStringLiteral("customer.level"), QStringLiteral("svip2")}, {QStringLiteral("customer.name"), QStringLiteral("张敏")}}),
             QStringList{QStringLiteral("张敏可享专属折扣")});
    QVERIFY(upsellSuggestions(upsell, {}).isEmpty());
}

void TestScriptRepository::malformedContentIsAClearError()
{
    const auto broken = ScriptRepository::parseStages(QStringLiteral("{\"stages\": [ {\"key\": \"greet\", }"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(broken.error().field, QStringLiteral("content"));
    QVERIFY(broken.error().message.contains(QStringLiteral("malformed")));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral("[]")).error().field, QStringLiteral("content"));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral("{}")).error().field, QStringLiteral("stages"));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral(R"({"stages":[{"key":"a","cues":["x",3]}]})")).error().field,
             QStringLiteral("stages[0].cues[1]"));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral(R"({"stages":[{"key":"a"},{"title":"t"}]})")).error().field,
             QStringLiteral("stages[1].key"));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral(R"({"stages":[{"key":"u","upsell":[{"when":"a","equals":"1","contains":"2","suggest":"s"}]}]})"))
                 .error()
                 .field,
             QStringLiteral("stages[0].upsell[0]"));
    QCOMPARE(ScriptRepository::parseStages(QStringLiteral(R"({"stages":[]})"))->size(), 0);

    // Damaged stored content is reported with the script and version, never skipped.
    const ScriptId id = newScriptWithVersion(QStringLiteral("损坏"));
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO script_versions (script_id, version, author, content, created_ms, published_ms, published_by)"
                                  " VALUES (%1, 2, 'sql', '{not json', 0, 0, 'sql')")
                       .arg(id.value())));
    ScriptRepository repo(*m_db, m_clock);
    const auto bad = repo.version(id, 2);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("content"));
    QVERIFY(bad.error().message.contains(QStringLiteral("version 2")));
    QVERIFY(!repo.versions(id).ok());
    QVERIFY(repo.version(id, 1).ok());
}

void TestScriptRepository::rejectsBadStages()
{
    ScriptRepository repo(*m_db, m_clock);
    auto id = repo.createScript(QStringLiteral("校验"), {}, kTrainer);
    auto stages = basicStages(QStringLiteral("x"));
    stages[2].key = QStringLiteral("greet");
    QCOMPARE(repo.saveDraft(*id, stages, kTrainer).error().field, QStringLiteral("stages[2].key"));
    stages[2].key = QStringLiteral("up sell");
    QCOMPARE(repo.saveDraft(*id, stages, kTrainer).error().field, QStringLiteral("stages[2].key"));
    stages[2].key = QStringLiteral("upsell");
    stages[2].upsell[1].suggest.clear();
    QCOMPARE(repo.saveDraft(*id, stages, kTrainer).error().field, QStringLiteral("stages[2].upsell[1].suggest"));
    stages = basicStages(QStringLiteral("x"));
    stages[0].cues.append(QStringLiteral("  "));
    QCOMPARE(repo.saveDraft(*id, stages, kTrainer).error().field, QStringLiteral("stages[0].cues[2]"));
    QVERIFY(!repo.draft(*id).ok());
    QCOMPARE(repo.createScript(QStringLiteral(" "), {}, kTrainer).error().field, QStringLiteral("name"));
    QCOMPARE(repo.createScript(QStringLiteral("校验"), {}, kTrainer).error().code, ErrorCode::Conflict);
    QVERIFY(repo.createScript(QStringLiteral("校验"), QStringLiteral("sales"), kTrainer).ok());  // same name, other business
}

void TestScriptRepository::diffReportsPerStage()
{
    ScriptVersion a;
    a.stages = basicStages(QStringLiteral("hello"));
    ScriptVersion b = a;
    const auto same = diffStages(a, b);
    QCOMPARE(same.size(), 3);
    QVERIFY(std::all_of(same.cbegin(), same.cend(), [](const StageDiff &d) { return d.kind == StageDiff::Kind::Unchanged && !d.moved; }));
    b.stages[0].text = QStringLiteral("hi");                     // greet: text
    b.stages[1].cues = QStringList{QStringLiteral("确认身份")};   // verify: cues
    b.stages.removeLast();                                       // upsell: removed
    b.stages.prepend({QStringLiteral("recap"), QStringLiteral("总结"), QStringLiteral("还有别的问题吗"), {}, {}});
    std::swap(b.stages[1], b.stages[2]);                         // verify before greet now
    const auto diff = diffStages(a, b);
    QCOMPARE(diff.size(), 4);
    QCOMPARE(diff[0].key, QStringLiteral("recap"));
    QCOMPARE(diff[0].kind, StageDiff::Kind::Added);
    QCOMPARE(diff[1].key, QStringLiteral("verify"));
    QCOMPARE(diff[1].kind, StageDiff::Kind::Changed);
    QVERIFY(diff[1].cuesChanged && !diff[1].textChanged && diff[1].moved);
    QCOMPARE(diff[2].key, QStringLiteral("greet"));
    QCOMPARE(diff[2].kind, StageDiff::Kind::Changed);
    QVERIFY(diff[2].textChanged && !diff[2].cuesChanged && !diff[2].titleChanged);
    QCOMPARE(diff[3].key, QStringLiteral("upsell"));
    QCOMPARE(diff[3].kind, StageDiff::Kind::Removed);

    // An inserted stage moves nothing else.
    ScriptVersion c = a;
    c.stages.insert(1, {QStringLiteral("diagnose"), QStringLiteral("诊断"), QStringLiteral("请描述问题"), {}, {}});
    for (const StageDiff &d : diffStages(a, c))
        QVERIFY(!d.moved);
}

void TestScriptRepository::migratesFromVersion3()
{
    const QString path = m_dir.location(QStringLiteral("v3"));
    m_db.reset();
    {
        m_dir.touch(path);
        auto db = Database::open(path, Database::Mode::Inspect);
        QVERIFY(db.ok());
        QVERIFY(Migrations::apply(**db, 3).ok());
        QCOMPARE((*db)->schemaVersion(), 3);
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (name, created_ms, updated_ms) VALUES ('张敏', 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions (customer_id, started_ms, channel, agent_id) VALUES (1, 0, 'voice', 'a1')")));
        QVERIFY(Migrations::apply(**db, 4).ok());
        QCOMPARE((*db)->schemaVersion(), 4);
        QCOMPARE((baton::test::TestDatabases::tables(**db, QStringLiteral("qa%")) + baton::test::TestDatabases::tables(**db, QStringLiteral("script%")))
                     .join(QLatin1Char(',')),
                 QStringLiteral("qa_reviews,script_drafts,script_live,script_versions,scripts"));
        QVERIFY((*db)->check()->isEmpty());
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);  // and on to the latest
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Migrations::latest());
    ScriptRepository repo(**db, m_clock);
    QVERIFY(repo.createScript(QStringLiteral("迁移后"), {}, kTrainer).ok());
    QSqlQuery q = (*db)->query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestScriptRepository)
#include "tst_scriptrepository.moc"
