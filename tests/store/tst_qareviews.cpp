// QA reviews: one per interaction and reviewer, validated scores, an agent's reviews newest
// first in pages, per-day trends, and the automatic adherence marks.
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "qareviewrepository.h"
#include "scriptrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace baton::core;
using namespace baton::store;

Q_DECLARE_METATYPE(baton::store::QaScores)

class TestQaReviews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAndUpdatesOneReviewPerReviewer();
    void validatesScores_data();
    void validatesScores();
    void refusesUnknownInteractionsAndScripts();
    void recordsTheLiveScriptAndAdherenceMarks();
    void detectsAdherenceInOrder();
    void listsAnAgentsReviewsNewestFirstInPages();
    void trendsPerDayAndWeek();

private:
    qint64 newInteraction(const QString &agent, const QDateTime &started);
    QaReview review(qint64 interaction, const QString &reviewer, QaScores scores) const;

    baton::test::TestDatabases m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    CustomerId m_customer;
};

const QDateTime kMonday(QDate(2026, 2, 2), QTime(2, 0), Qt::UTC);  // 10:00 in Shanghai

void TestQaReviews::init()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("qa-%1").arg(QLatin1String(QTest::currentTestFunction()))), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    CustomerRepository customers(*m_db, m_clock);
    Customer c;
    c.name = QStringLiteral("张敏");
    auto created = customers.create(c);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_customer = created->id;
}

void TestQaReviews::cleanup() { m_db.reset(); }

qint64 TestQaReviews::newInteraction(const QString &agent, const QDateTime &started)
{
    Interaction i;
    i.customer = m_customer;
    i.started = started;
    i.ended = started.addSecs(300);
    i.agent = AgentId(agent);
    i.transcript = QStringLiteral("您好，请问是张敏本人吗？");
    auto id = InteractionRepository(*m_db).add(i);
    return id ? *id : 0;
}

QaReview TestQaReviews::review(qint64 interaction, const QString &reviewer, QaScores scores) const
{
    QaReview r;
    r.interaction = interaction;
    r.reviewer = reviewer;
    r.scores = scores;
    return r;
}

void TestQaReviews::savesAndUpdatesOneReviewPerReviewer()
{
    QaReviewRepository repo(*m_db, m_clock);
    const qint64 call = newInteraction(QStringLiteral("zhangmin"), kMonday);
    QaReview r = review(call, QStringLiteral("trainer.li"), {4, 3, 5, 2});
    r.comments = QStringLiteral("语速偏快");
    r.coachingNote = QStringLiteral("核实身份后再说明方案 👍");
    const auto first = repo.save(r);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
    QVERIFY(first->id > 0);
    QCOMPARE(first->reviewed, m_clock.utcNow());
    QCOMPARE(first->agent, AgentId(QStringLiteral("zhangmin")));
    QCOMPARE(first->interactionStarted, kMonday);
    QCOMPARE(first->coachingNote, QStringLiteral("核实身份后再说明方案 👍"));
    QCOMPARE(first->scores, (QaScores{4, 3, 5, 2}));

    // The same reviewer again: an update of the same review.
    m_clock.advance(std::chrono::hours(2));
    r.scores.scriptAdherence = 4;
    r.coachingNote = QStringLiteral("有进步");
    const auto second = repo.save(r);
    QVERIFY(second.ok());
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->scores.scriptAdherence, 4);
    QCOMPARE(second->coachingNote, QStringLiteral("有进步"));
    QCOMPARE(second->reviewed, m_clock.utcNow());

    // Another reviewer: a second review.
    m_clock.advance(std::chrono::hours(1));
    const auto other = repo.save(review(call, QStringLiteral("lead.wang"), {5, 5, 5, 5}));
    QVERIFY(other.ok());
    QVERIFY(other->id != first->id);
    const auto both = repo.forInteraction(call);
    QVERIFY(both.ok());
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->at(0).reviewer, QStringLiteral("trainer.li"));
    QCOMPARE(both->at(1).reviewer, QStringLiteral("lead.wang"));
    QCOMPARE(repo.review(first->id)->comments, QStringLiteral("语速偏快"));
    QCOMPARE(repo.review(9999).error().code, ErrorCode::NotFound);
    QVERIFY(repo.forInteraction(9999)->isEmpty());
}

void TestQaReviews::validatesScores_data()
{
    QTest::addColumn<QaScores>("scores");
    QTest::addColumn<QString>("field");
    QTest::newRow("attitude 0") << QaScores{0, 3, 3, 3} << QStringLiteral("scores.attitude");
    QTest::newRow("knowledge 6") << QaScores{3, 6, 3, 3} << QStringLiteral("scores.knowledge");
    QTest::newRow("efficiency -1") << QaScores{3, 3, -1, 3} << QStringLiteral("scores.efficiency");
    QTest::newRow("adherence 9") << QaScores{3, 3, 3, 9} << QStringLiteral("scores.scriptAdherence");
    QTest::newRow("all valid") << QaScores{1, 5, 1, 5} << QString();
}

void TestQaReviews::validatesScores()
{
    QFETCH(QaScores, scores);
    QFETCH(QString, field);
    QaReviewRepository repo(*m_db, m_clock);
    const qint64 call = newInteraction(QStringLiteral("zhangmin"), kMonday);
    const auto saved = repo.save(review(call, QStringLiteral("trainer.li"), scores));
    if (field.isEmpty()) {
        QVERIFY(saved.ok());
        return;
    }
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(saved.error().field, field);
    QVERIFY(repo.forInteraction(call)->isEmpty());
    // The table holds the rule as well.
    QSqlQuery q = m_db->query();
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO qa_reviews (interaction_id, reviewer, reviewed_ms, attitude, knowledge, efficiency, adherence)"
                                   " VALUES (%1, 'sql', 0, 0, 3, 3, 3)")
                        .arg(call)));
}

void TestQaReviews::refusesUnknownInteractionsAndScripts()
{
    QaReviewRepository repo(*m_db, m_clock);
    QCOMPARE(repo.save(review(4242, QStringLiteral("trainer.li"), {3, 3, 3, 3})).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.save(review(0, QStringLiteral("trainer.li"), {3, 3, 3, 3})).error().field, QStringLiteral("interaction"));
    const qint64 call = newInteraction(QStringLiteral("zhangmin"), kMonday);
    QCOMPARE(repo.save(review(call, QStringLiteral(" "), {3, 3, 3, 3})).error().field, QStringLiteral("reviewer"));
    QaReview r = review(call, QStringLiteral("trainer.li"), {3, 3, 3, 3});
    r.script = ScriptId(7);
    QCOMPARE(repo.save(r).error().field, QStringLiteral("scriptVersion"));
    r.scriptVersion = 1;
    QCOMPARE(repo.save(r).error().code, ErrorCode::NotFound);
    r.script = ScriptId();
    r.scriptVersion = 0;
    r.adherence = {AdherenceMark{QString(), QStringLiteral("您好"), 0}};
    QCOMPARE(repo.save(r).error().field, QStringLiteral("adherence[0].stage"));
}

void TestQaReviews::recordsTheLiveScriptAndAdherenceMarks()
{
    ScriptRepository scripts(*m_db, m_clock);
    auto sid = scripts.createScript(QStringLiteral("售后话术"), {}, QStringLiteral("trainer.li"));
    QVERIFY(sid.ok());
    const QList<ScriptStage> stages{{QStringLiteral("greet"), QStringLiteral("问候"), QStringLiteral("您好"), {QStringLiteral("您好")}, {}},
                                    {QStringLiteral("verify"), QStringLiteral("核实"), QStringLiteral("本人吗"), {QStringLiteral("本人")}, {}},
                                    {QStringLiteral("recap"), QStringLiteral("总结"), QStringLiteral("还有吗"), {QStringLiteral("还有别的")}, {}}};
    QVERIFY(scripts.saveDraft(*sid, stages, QStringLiteral("trainer.li")).ok());
    QVERIFY(scripts.publish(*sid, {}, QStringLiteral("trainer.li")).ok());
    QVERIFY(scripts.setLive({}, *sid, 1, QStringLiteral("trainer.li")).ok());
    const auto live = scripts.liveFor(GroupId(QStringLiteral("aftersales")), QStringLiteral("repair"));
    QVERIFY(live.ok());

    const qint64 call = newInteraction(QStringLiteral("zhangmin"), kMonday);
    QaReview r = review(call, QStringLiteral("trainer.li"), {4, 4, 4, 3});
    r.script = live->script;
    r.scriptVersion = live->number;
    r.adherence = detectAdherence(*live, QStringLiteral("您好，请问是张敏本人吗？"));
    const auto saved = QaReviewRepository(*m_db, m_clock).save(r);
    QVERIFY(saved.ok());
    QCOMPARE(saved->script, *sid);
    QCOMPARE(saved->scriptVersion, 1);
    QCOMPARE(saved->adherence, (QList<AdherenceMark>{{QStringLiteral("greet"), QStringLiteral("您好"), 0},
                                                     {QStringLiteral("verify"), QStringLiteral("本人"), 8}}));
    QCOMPARE(QaReviewRepository::parseMarks(QaReviewRepository::serializeMarks(saved->adherence)).value(), saved->adherence);
    QCOMPARE(QaReviewRepository::parseMarks(QStringLiteral("{oops")).error().field, QStringLiteral("adherence"));
}

void TestQaReviews::detectsAdherenceInOrder()
{
    ScriptVersion v;
    v.stages = {{QStringLiteral("greet"), {}, {}, {QStringLiteral("Hello"), QStringLiteral("您好")}, {}},
                {QStringLiteral("verify"), {}, {}, {QStringLiteral("本人")}, {}},
                {QStringLiteral("upsell"), {}, {}, {QStringLiteral("优惠")}, {}},
                {QStringLiteral("recap"), {}, {}, {}, {}}};
    // Heard out of order; the earliest cue of a stage counts; case does not matter.
    const auto marks = detectAdherence(v, QStringLiteral("本月有优惠……hello 您好，本人吗"));
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks[0].stage, QStringLiteral("upsell"));
    QCOMPARE(marks[0].position, 3);
    QCOMPARE(marks[1].stage, QStringLiteral("greet"));
    QCOMPARE(marks[1].cue, QStringLiteral("Hello"));
    QCOMPARE(marks[2].stage, QStringLiteral("verify"));
    QVERIFY(detectAdherence(v, QString()).isEmpty());
}

void TestQaReviews::listsAnAgentsReviewsNewestFirstInPages()
{
    QaReviewRepository repo(*m_db, m_clock);
    QList<qint64> calls;
    for (int day = 0; day < 5; ++day)
        calls.append(newInteraction(QStringLiteral("zhangmin"), kMonday.addDays(day)));
    const qint64 otherAgent = newInteraction(QStringLiteral("liqiang"), kMonday.addDays(1));
    const qint64 unreviewed = newInteraction(QStringLiteral("zhangmin"), kMonday.addDays(6));
    QVERIFY(unreviewed > 0);
    for (qint64 call : calls)
        QVERIFY(repo.save(review(call, QStringLiteral("trainer.li"), {3, 3, 3, 3})).ok());
    QVERIFY(repo.save(review(calls[2], QStringLiteral("lead.wang"), {5, 5, 5, 5})).ok());  // two reviews of one call
    QVERIFY(repo.save(review(otherAgent, QStringLiteral("trainer.li"), {1, 1, 1, 1})).ok());

    const AgentId agent(QStringLiteral("zhangmin"));
    QList<qint64> seen;
    std::optional<QaCursor> cursor;
    int pages = 0;
    do {
        const auto page = repo.forAgent(agent, QDateTime(), QDateTime(), 2, cursor);
        QVERIFY(page.ok());
        for (const QaReview &r : page->items) {
            QCOMPARE(r.agent, agent);
            seen.append(r.interaction);
        }
        cursor = page->next;
        ++pages;
    } while (cursor && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QList<qint64>{calls[4], calls[3], calls[2], calls[2], calls[1], calls[0]}));

    // [from, to) on the interaction's start.
    const auto window = repo.forAgent(agent, kMonday.addDays(1), kMonday.addDays(3), 100);
    QCOMPARE(window->items.size(), 3);
    QVERIFY(!window->next);
    QCOMPARE(repo.forAgent(agent, {}, {}, 0).error().field, QStringLiteral("limit"));
    QVERIFY(repo.forAgent(AgentId(QStringLiteral("nobody")), {}, {}, 10)->items.isEmpty());
}

void TestQaReviews::trendsPerDayAndWeek()
{
    QaReviewRepository repo(*m_db, m_clock);
    const AgentId agent(QStringLiteral("zhangmin"));
    // Monday 2 Feb (UTC): two calls; Tuesday: one; the next Monday: one, at 23:30 UTC, which is
    // already Tuesday in Shanghai.
    const qint64 mon1 = newInteraction(agent.value(), kMonday);
    const qint64 mon2 = newInteraction(agent.value(), kMonday.addSecs(3600));
    const qint64 tue = newInteraction(agent.value(), kMonday.addDays(1));
    const qint64 late = newInteraction(agent.value(), QDateTime(QDate(2026, 2, 9), QTime(23, 30), Qt::UTC));
    QVERIFY(repo.save(review(mon1, QStringLiteral("trainer.li"), {4, 2, 3, 1})).ok());
    QVERIFY(repo.save(review(mon2, QStringLiteral("trainer.li"), {5, 3, 4, 2})).ok());
    QVERIFY(repo.save(review(tue, QStringLiteral("trainer.li"), {3, 3, 3, 3})).ok());
    QVERIFY(repo.save(review(late, QStringLiteral("trainer.li"), {5, 5, 5, 5})).ok());
    QVERIFY(repo.save(review(newInteraction(QStringLiteral("liqiang"), kMonday), QStringLiteral("trainer.li"), {1, 1, 1, 1})).ok());

    const auto days = repo.agentTrend(agent, kMonday.addDays(-1), kMonday.addDays(30));
    QVERIFY(days.ok());
    QCOMPARE(days->size(), 3);
    QCOMPARE(days->at(0).start, QDate(2026, 2, 2));
    QCOMPARE(days->at(0).count, 2);
    QCOMPARE(days->at(0).attitude, 4.5);
    QCOMPARE(days->at(0).knowledge, 2.5);
    QCOMPARE(days->at(0).efficiency, 3.5);
    QCOMPARE(days->at(0).scriptAdherence, 1.5);
    QCOMPARE(days->at(1).start, QDate(2026, 2, 3));
    QCOMPARE(days->at(1).count, 1);
    QCOMPARE(days->at(2).start, QDate(2026, 2, 9));

    const QTimeZone shanghai("Asia/Shanghai");
    QVERIFY(shanghai.isValid());
    const auto local = repo.agentTrend(agent, {}, {}, TrendBucket::Day, shanghai);
    QCOMPARE(local->at(2).start, QDate(2026, 2, 10));

    const auto weeks = repo.agentTrend(agent, {}, {}, TrendBucket::Week);
    QCOMPARE(weeks->size(), 2);
    QCOMPARE(weeks->at(0).start, QDate(2026, 2, 2));
    QCOMPARE(weeks->at(0).count, 3);
    QCOMPARE(weeks->at(0).attitude, 4.0);
    QCOMPARE(weeks->at(1).start, QDate(2026, 2, 9));

    // The window is on the interaction's start, [from, to).
    const auto tuesdayOnly = repo.agentTrend(agent, kMonday.addDays(1), kMonday.addDays(2));
    QCOMPARE(tuesdayOnly->size(), 1);
    QCOMPARE(tuesdayOnly->first().attitude, 3.0);
    QVERIFY(repo.agentTrend(AgentId(QStringLiteral("nobody")), {}, {})->isEmpty());
}

QTEST_GUILESS_MAIN(TestQaReviews)
#include "tst_qareviews.moc"
