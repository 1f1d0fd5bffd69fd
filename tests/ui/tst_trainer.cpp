// The trainer's workspace on an embedded site: create a script, write its stages, preview them
// with a sample customer, publish, publish again, roll back, make a version live — and an agent
// then reads that version; the roles hold (an agent may not edit scripts).
#include "uisupport.h"

#include "trainerworkspace.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace baton;
using namespace baton::test;

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writePublishRollBackAndGoLive()
    {
        UiFixture f;
        net::LocalClient coachClient(*f.service);
        models::AgentSession coach(coachClient);
        coach.signIn(QStringLiteral("coach"), QStringLiteral("pw"));
        QTRY_VERIFY(coach.isSignedIn() && !coach.directoryGroups().isEmpty());
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
