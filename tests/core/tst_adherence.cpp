// Script adherence on fixture transcripts: which stages were heard, in which order, which were
// missed, with Chinese text, full-width letters and case folded.
#include "adherence.h"

#include <QTest>

using namespace baton::store;

namespace {

ScriptStage stage(const QString &key, QStringList cues)
{
    ScriptStage s;
    s.key = key;
    s.title = key;
    s.cues = std::move(cues);
    return s;
}

QList<ScriptStage> bankScript()
{
    return {stage(QStringLiteral("greet"), {QStringLiteral("您好"), QStringLiteral("很高兴为您服务")}),
            stage(QStringLiteral("verify"), {QStringLiteral("核实"), QStringLiteral("身份证后四位")}),
            stage(QStringLiteral("diagnose"), {QStringLiteral("什么问题"), QStringLiteral("请问您遇到")}),
            stage(QStringLiteral("recap"), {QStringLiteral("总结一下"), QStringLiteral("我确认一下")}),
            stage(QStringLiteral("upsell"), {QStringLiteral("推荐"), QStringLiteral("优惠")}),
            stage(QStringLiteral("close"), {})};
}

QStringList keys(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList stagesOf(const Adherence &a)
{
    QStringList keys;
    for (const AdherenceMark &m : a.marks)
        keys << m.stage;
    return keys;
}

}  // namespace

class TestAdherence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStageInOrder()
    {
        const QString transcript = QStringLiteral(
            "坐席：您好，很高兴为您服务。\n客户：我的信用卡丢了。\n坐席：先帮您核实一下身份，请报一下身份证后四位。\n"
            "客户：1234。\n坐席：请问您遇到的是卡片遗失还是被盗？\n坐席：我确认一下，已为您挂失并补卡。\n"
            "坐席：另外推荐您开通交易提醒，现在有优惠。");
        const Adherence a = checkAdherence(transcript, bankScript());
        QCOMPARE(stagesOf(a), keys("greet verify diagnose recap upsell"));
        QVERIFY(a.missing.isEmpty());
        QVERIFY(a.outOfOrder.isEmpty());
        QCOMPARE(a.checkable, 5);  // "close" has no cue words
        QCOMPARE(a.ratio(), 1.0);
        // The first of a stage's cues that occurs marks it, at its position.
        QCOMPARE(a.marks.first().cue, QStringLiteral("您好"));
        QCOMPARE(a.marks.first().position, transcript.indexOf(QStringLiteral("您好")));
        QCOMPARE(a.marks.at(1).cue, QStringLiteral("核实"));
        QCOMPARE(a.marks.at(2).cue, QStringLiteral("请问您遇到"));
        QCOMPARE(a.marks.at(2).position, transcript.indexOf(QStringLiteral("请问您遇到")));
    }

    void aSkippedStageAndOneOutOfOrder()
    {
        // No identity check, and the recap came before the question.
        const QString transcript = QStringLiteral(
            "坐席：您好！\n坐席：我确认一下您的诉求是补卡。\n坐席：请问您遇到什么问题？\n坐席：给您推荐分期优惠。");
        const Adherence a = checkAdherence(transcript, bankScript());
        QCOMPARE(stagesOf(a), keys("greet recap diagnose upsell"));
        QCOMPARE(a.missing, QStringList{QStringLiteral("verify")});
        QCOMPARE(a.outOfOrder, QStringList{QStringLiteral("diagnose")});
        QCOMPARE(a.ratio(), 3.0 / 5.0);
    }

    void widthAndCaseAreFolded()
    {
        const QList<ScriptStage> stages{stage(QStringLiteral("greet"), {QStringLiteral("Hello")}),
                                        stage(QStringLiteral("verify"), {QStringLiteral("ID号")})};
        const Adherence a = checkAdherence(QStringLiteral("HELLO，请提供ｉｄ号。"), stages);
        QCOMPARE(stagesOf(a), keys("greet verify"));
        QCOMPARE(a.marks.at(1).position, 9);
    }

    void traditionalChineseScript()
    {
        const QList<ScriptStage> stages{stage(QStringLiteral("greet"), {QStringLiteral("您好")}),
                                        stage(QStringLiteral("verify"), {QStringLiteral("核對身分")})};
        const Adherence a = checkAdherence(QStringLiteral("客服：您好，這裡是客服中心。先為您核對身分。"), stages);
        QCOMPARE(stagesOf(a), keys("greet verify"));
        QVERIFY(a.missing.isEmpty());
    }

    void onlyTheAgentsLinesCount()
    {
        // The bot and the customer say the cue words too; only what the agent says is adherence.
        const QString transcript = QStringLiteral("机器人：您好，我是智能客服。\n客户：我想问一下分期。\n"
                                                  "坐席（吴婷）：请提供身份证后四位。\n客户：您好，是1234。\n坐席（吴婷）：推荐您办理分期优惠。");
        const Adherence a = checkAdherence(transcript, bankScript());
        QCOMPARE(stagesOf(a), keys("verify upsell"));
        QCOMPARE(a.missing, keys("greet diagnose recap"));
        QCOMPARE(a.marks.first().position, transcript.indexOf(QStringLiteral("身份证后四位")));
        // "Agent:" in English, a colon of either width.
        const Adherence en = checkAdherence(QStringLiteral("Customer: hello\nAgent: Hello, how can I help?"),
                                            {stage(QStringLiteral("greet"), {QStringLiteral("hello")})});
        QCOMPARE(en.marks.size(), 1);
        QCOMPARE(en.marks.first().position, 23);
    }

    void nothingHeard()
    {
        const Adherence a = checkAdherence(QString(), bankScript());
        QVERIFY(a.marks.isEmpty());
        QCOMPARE(a.missing, keys("greet verify diagnose recap upsell"));
        QCOMPARE(a.ratio(), 0.0);
    }

    void aScriptWithoutCueWordsCannotBeChecked()
    {
        const QList<ScriptStage> stages{stage(QStringLiteral("greet"), {}), stage(QStringLiteral("recap"), {QStringLiteral("  ")})};
        const Adherence a = checkAdherence(QStringLiteral("您好"), stages);
        QCOMPARE(a.checkable, 0);
        QVERIFY(a.marks.isEmpty() && a.missing.isEmpty());
        QCOMPARE(a.ratio(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAdherence)
#include "tst_adherence.moc"
