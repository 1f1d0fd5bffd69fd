// The trainer's workspace on an embedded site: create a script, write its stages, preview them
// with a sample customer, publish, publish again, roll back, make a version live — and an agent
// then reads that version; the roles hold (an agent may not edit scripts).
#include "uisupport.h"

#include "mainwindow.h"
#include "keywordsummary.h"
#include "qatrendchart.h"
#include "reviewpanel.h"
#include "trainerworkspace.h"
#include "translator.h"
#include "upselldialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace baton;
using namespace baton::test;

namespace {

// The fixture's trainer, signed in on a client of their own, with the site's directory loaded.
struct Coach {
    explicit Coach(UiFixture &f)
        : client(*f.service)
        , session(client)
    {
        session.signIn(QStringLiteral("coach"), QStringLiteral("pw"));
        if (!QTest::qWaitFor([this] { return session.isSignedIn() && !session.directoryAgents().isEmpty(); }, 5000))
            qWarning("the trainer did not sign in");
    }
    net::LocalClient client;
    models::AgentSession session;
};

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writePublishRollBackAndGoLive()
    {
        UiFixture f;
        Coach c(f);
        models::AgentSession &coach = c.session;
        [[maybe_unused]] net::LocalClient &coachClient = c.client;
        ui::TrainerWorkspace w(coach);
        w.show();
        QTRY_COMPARE(w.scriptList()->count(), 1);  // the fixture's script

        QSignalSpy opened(&w.editor(), &models::ScriptEditor::opened);
        w.editor().create(QStringLiteral("投诉处理"), QString());
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(w.scriptList()->count(), 2);
        w.addStage(QStringLiteral("greet"), QStringLiteral("问候"), QStringLiteral("{customer.name}您好，我是{agent.name}。"), {QStringLiteral("您好")});
        w.addStage(QStringLiteral("verify"), QStringLiteral("核实"), QStringLiteral("请提供{customer.product}卡号后四位。"),
                   {QStringLiteral("后四位"), QStringLiteral("卡号")});
        QVERIFY2(w.previewText().contains(QStringLiteral("王小明您好")), qPrintable(w.previewText()));
        QVERIFY(w.previewText().contains(QStringLiteral("白金信用卡")));
        QCOMPARE(w.editedStages().at(1).cues, (QStringList{QStringLiteral("后四位"), QStringLiteral("卡号")}));

        QSignalSpy published(&w.editor(), &models::ScriptEditor::published);
        w.editor().publish(w.editedStages(), QStringLiteral("首版"));
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(published.at(0).at(0).toInt(), 1);
        QTRY_COMPARE(w.versionList()->count(), 1);
        QVERIFY(w.versionList()->item(0)->text().contains(QStringLiteral("首版")));

        // A second version changes the greeting.
        w.stagesTable()->item(0, 2)->setText(QStringLiteral("您好，欢迎致电。"));
        w.editor().publish(w.editedStages(), QStringLiteral("改问候"));
        QTRY_COMPARE(published.size(), 2);
        QCOMPARE(published.at(1).at(0).toInt(), 2);
        QTRY_COMPARE(w.versionList()->count(), 2);

        // Roll back: version 3 has version 1's content.
        w.editor().rollback(1, QStringLiteral("回到首版"));
        QTRY_COMPARE(published.size(), 3);
        QCOMPARE(published.at(2).at(0).toInt(), 3);
        QTRY_COMPARE(w.versionList()->count(), 3);
        QCOMPARE(w.editor().versions().last().copiedFrom, 1);
        QCOMPARE(w.editor().versions().last().stages.first().text, QStringLiteral("{customer.name}您好，我是{agent.name}。"));
        // What each version changed: v2 the greeting's text (old struck out, new beside it), the
        // rollback (v3) the same back; v1 brought both stages.
        const QString v2 = w.comparisonHtml(2);
        QVERIFY2(v2.contains(QStringLiteral("Changed <b>问候</b> (greet): text")), qPrintable(v2));
        QVERIFY(v2.contains(QStringLiteral("line-through\">{customer.name}您好，我是{agent.name}。</span>")));
        QVERIFY(v2.contains(QStringLiteral("您好，欢迎致电。")));
        QVERIFY(!v2.contains(QStringLiteral("verify")));
        QVERIFY(w.comparisonHtml(3).contains(QStringLiteral("Changed <b>问候</b> (greet): text")));
        QVERIFY(w.comparisonHtml(1).contains(QStringLiteral("Added: <b>核实</b> (verify)")));

        // Live for complaints (any business): an agent reads version 3.
        QSignalSpy live(&w.editor(), &models::ScriptEditor::liveSet);
        w.editor().setLive(QStringLiteral("complaints"), QString(), 3);
        QTRY_COMPARE(live.size(), 1);
        f.signInAgent();
        int version = 0;
        f.agentClient->request(QStringLiteral("script.live"), {{QStringLiteral("group"), QStringLiteral("complaints")}},
                               [&version](const net::Message &r) { version = r.isError() ? -1 : r.body.value(QStringLiteral("version")).toInt(); });
        QTRY_COMPARE(version, 3);
    }

    void reviewAFinishedChatAgainstTheLiveScript()
    {
        // An agent serves a chat: greets, acts, then verifies (out of the script's order).
        UiFixture f;
        f.signInAgent();
        f.session->setReady();
        QTRY_COMPARE(f.session->state(), QStringLiteral("available"));
        const qint64 contact = f.createContact(QStringLiteral("chat"));
        QTRY_VERIFY(f.session->offer().has_value());
        f.session->accept();
        QTRY_VERIFY(f.session->conversation(contact));
        for (const QString &line : {QStringLiteral("您好，我是李强。"), QStringLiteral("已为您冻结白金信用卡。"), QStringLiteral("请提供身份证后四位。")})
            f.session->sendChat(contact, line);
        QTest::qWait(50);
        f.session->endContact(contact);
        QTRY_COMPARE(f.session->state(), QStringLiteral("wrapUp"));
        f.session->finishWrapUp(contact, QStringLiteral("已解决"), QStringLiteral("冻结并补卡"));
        QTRY_COMPARE(f.session->state(), QStringLiteral("available"));

        Coach c(f);
        models::AgentSession &coach = c.session;
        [[maybe_unused]] net::LocalClient &coachClient = c.client;
        ui::TrainerWorkspace w(coach);
        w.show();
        ui::ReviewPanel *p = w.review();
        QAbstractItemModelTester tester(&p->list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The site's day (the fixture's clock), and only 李强's interactions.
        const QDate day = f.clock.utcNow().toLocalTime().date();
        p->findChild<QDateEdit *>(QStringLiteral("reviewTo"))->setDate(day.addDays(1));
        p->findChild<QDateEdit *>(QStringLiteral("reviewFrom"))->setDate(day.addDays(-1));
        auto *agent = p->findChild<QComboBox *>(QStringLiteral("reviewAgent"));
        QTRY_VERIFY(agent->findData(QStringLiteral("a1")) > 0);
        agent->setCurrentIndex(agent->findData(QStringLiteral("a1")));
        Q_EMIT agent->activated(agent->currentIndex());
        QTRY_COMPARE(p->list().rowCount(), 1);
        QCOMPARE(p->list().row(0).group, QStringLiteral("aftersales"));
        QCOMPARE(p->list().index(0, models::ReviewListModel::Group).data().toString(), QStringLiteral("售后"));
        QCOMPARE(p->list().index(0, models::ReviewListModel::Customer).data().toString(), QStringLiteral("王小明"));
        QVERIFY(p->list().index(0, models::ReviewListModel::Reviewed).data().toString().isEmpty());

        // Opened beside the live script: greet and diagnose heard in order, verify out of order,
        // recap and upsell not heard; the adherence score suggested from that (2 of 5 → 3).
        p->table()->selectRow(0);
        QTRY_COMPARE(p->stageMarks()->topLevelItemCount(), 6);
        QCOMPARE(p->stageMarks()->topLevelItem(0)->text(0), QStringLiteral("问候"));
        QVERIFY(p->stageMarks()->topLevelItem(0)->text(1).startsWith(QStringLiteral("✓")));
        QVERIFY2(p->stageMarks()->topLevelItem(1)->text(1).startsWith(QStringLiteral("⚠")), qPrintable(p->stageMarks()->topLevelItem(1)->text(1)));
        QVERIFY(p->stageMarks()->topLevelItem(2)->text(1).startsWith(QStringLiteral("✓")));
        QVERIFY(p->stageMarks()->topLevelItem(3)->text(1).startsWith(QStringLiteral("✗")));
        QCOMPARE(p->score(3)->value(), 3);
        QVERIFY(p->transcript()->toHtml().contains(QStringLiteral("您好")));
        QVERIFY(p->transcript()->toPlainText().contains(QStringLiteral("坐席：请提供身份证后四位。")));

        // The QA form: saved, counted in the list, and in the agent's trend.
        p->score(0)->setValue(5);
        p->score(1)->setValue(4);
        p->score(2)->setValue(4);
        p->coachingNote()->setPlainText(QStringLiteral("先核实身份，再办理业务"));
        QSignalSpy saved(&p->desk(), &models::ReviewDesk::saved);
        p->saveButton()->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(p->list().index(0, models::ReviewListModel::Reviewed).data().toString(), QStringLiteral("Reviewed"));
        p->desk().loadTrend(QStringLiteral("a1"), day);
        QTRY_COMPARE(p->trendChart()->pointCount(), 1);

        // Only what is not reviewed yet: it leaves the list.
        p->findChild<QCheckBox *>(QStringLiteral("reviewUnreviewed"))->setChecked(true);
        QTRY_VERIFY(!p->list().isLoading());
        QCOMPARE(p->list().rowCount(), 0);

        // The agent reads the coaching note from the Agent menu.
        text::KeywordSummarizer summarizer;
        ui::Translator translator;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("baton.ini")), QSettings::IniFormat);
        ui::MainWindow window(*f.session, summarizer, translator, settings);
        auto *action = window.findChild<QAction *>(QStringLiteral("coachingNotes"));
        QVERIFY(action);
        action->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("coachingDialog"))));
        QVERIFY2(box->text().contains(QStringLiteral("先核实身份，再办理业务")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("coach")));
    }

    void upsellRulesAreEditedAndKept()
    {
        UiFixture f;
        Coach c(f);
        models::AgentSession &coach = c.session;
        [[maybe_unused]] net::LocalClient &coachClient = c.client;
        ui::TrainerWorkspace w(coach);
        w.show();
        QTRY_COMPARE(w.scriptList()->count(), 1);  // the fixture's script, opened first
        QTRY_VERIFY(w.editor().current() != 0);
        const qint64 fixtureScript = w.editor().current();
        QSignalSpy opened(&w.editor(), &models::ScriptEditor::opened);
        w.editor().create(QStringLiteral("推荐"), QString());
        QTRY_VERIFY(w.editor().current() != fixtureScript && !opened.isEmpty());
        w.addStage(QStringLiteral("offer"), QStringLiteral("推荐"), QStringLiteral("还有什么可以帮您？"), {QStringLiteral("还有")});
        const int row = w.stagesTable()->rowCount() - 1;

        w.editUpsell(row);
        ui::UpsellDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ui::UpsellDialog *>(QStringLiteral("upsellDialog"))));
        dialog->addRule({QStringLiteral("customer.level"), store::UpsellRule::Match::Equals, QStringLiteral("gold"), QStringLiteral("推荐免费加急补卡")});
        dialog->addRule({QStringLiteral("customer.level"), store::UpsellRule::Match::Equals, QStringLiteral("normal"), QString()});  // no suggestion
        dialog->accept();
        QVERIFY(dialog->isVisible());  // refused: the second rule is incomplete
        QVERIFY(w.upsellRules(row).isEmpty());
        dialog->table()->removeRow(1);
        dialog->accept();
        QTRY_COMPARE(w.upsellRules(row).size(), 1);
        QCOMPARE(w.upsellRules(row).first().suggest, QStringLiteral("推荐免费加急补卡"));
        QVERIFY2(w.previewText().contains(QStringLiteral("推荐免费加急补卡")), qPrintable(w.previewText()));  // the sample customer is gold

        // Saved with the draft, and there when the script is opened again.
        QSignalSpy saved(&w.editor(), &models::ScriptEditor::saved);
        QSignalSpy failed(&w.editor(), &models::ScriptEditor::failed);
        w.editor().saveDraft(w.editedStages());
        QTRY_VERIFY2(saved.size() == 1, qPrintable(failed.isEmpty() ? QStringLiteral("no answer") : failed.first().first().toString()));
        QJsonArray stored;
        QString problem;
        coachClient.request(QStringLiteral("script.draft"), {{QStringLiteral("script"), w.editor().current()}},
                            [&stored, &problem](const net::Message &r) {
                                stored = r.body.value(QStringLiteral("stages")).toArray();
                                problem = r.isError() ? r.error->message : QStringLiteral("answered");
                            });
        QTRY_VERIFY2(!stored.isEmpty(), qPrintable(problem + QString::number(w.editor().current())));
        const QJsonArray rules = stored.last().toObject().value(QStringLiteral("upsell")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().toObject().value(QStringLiteral("equals")).toString(), QStringLiteral("gold"));
        QCOMPARE(rules.first().toObject().value(QStringLiteral("suggest")).toString(), QStringLiteral("推荐免费加急补卡"));
    }

    void agentsMayNotEditScripts()
    {
        UiFixture f;
        f.signInAgent();
        QString refused;
        f.agentClient->request(QStringLiteral("script.create"), {{QStringLiteral("name"), QStringLiteral("x")}},
                               [&refused](const net::Message &r) { refused = r.isError() ? net::wireErrorName(r.error->code) : QStringLiteral("answered"); });
        QTRY_COMPARE(refused, QStringLiteral("forbidden"));
    }
};

QTEST_MAIN(TestTrainer)
#include "tst_trainer.moc"
