// Keyword summaries for the transfer card: realistic hand-overs from tests/data/keywords, the
// segmentation (site dictionary terms never split), negation, the lexicon's JSON errors, masked
// ids and deterministic order.
#include "keywordsummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace baton::text;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &s : a)
        out.append(s.toString());
    return out;
}

QStringList termsOf(const Summary &s)
{
    QStringList out;
    for (const KeyTerm &t : s.terms)
        out.append(t.term);
    return out;
}

SummaryLexicon sourceLexicon()
{
    const auto lexicon = SummaryLexicon::parse(readFile(QStringLiteral(BATON_SOURCE_DIR "/resources/text/lexicon.json")));
    if (!lexicon)
        qFatal("resources/text/lexicon.json: %s", qPrintable(lexicon.error().toString()));
    return lexicon.value();
}

// A 30-line hand-over: the size the summary must handle in well under 5 ms.
SummaryInput longHandOver()
{
    SummaryInput in;
    const QStringList customer = {
        u"客户：我的信用卡昨天在地铁上丢了，里面还有两万的额度"_s,
        u"客户：我怕被人盗刷，能不能先帮我挂失"_s,
        u"客户：上个月的账单还没还款，会不会逾期"_s,
        u"客户：还有年费的问题，我记得是免年费的"_s,
        u"客户：补卡需要多久？能寄到公司吗"_s,
    };
    for (int i = 0; i < 15; ++i) {
        in.transcript.append(customer.at(i % customer.size()));
        in.transcript.append(u"机器人：请问还有什么可以帮您？"_s);
    }
    in.menuPath = {u"信用卡服务"_s, u"挂失"_s};
    in.keywords = {u"挂失"_s, u"盗刷"_s};
    in.reason = u"客户要求转人工"_s;
    return in;
}

}  // namespace

class TestKeywordSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsAreTheResourceFile();
    void handOvers_data();
    void handOvers();
    void dictionaryTermsAreNeverSplit();
    void segment_data();
    void segment();
    void maskedNumbersDropped();
    void negation_data();
    void negation();
    void negatedPhrasesAreNoKeyTerms();
    void laterUtterancesAndContextWeighMore();
    void deterministicOrder();
    void maxTerms();
    void lexiconErrorsNameTheField_data();
    void lexiconErrorsNameTheField();
    void siteLexiconAddsToDefaults();
    void speakerLabels();
    void summarizeThirtyLines();

private:
    std::unique_ptr<KeywordSummarizer> m_summarizer;
};

void TestKeywordSummary::initTestCase()
{
    m_summarizer = std::make_unique<KeywordSummarizer>(sourceLexicon());
}

void TestKeywordSummary::defaultsAreTheResourceFile()
{
    const SummaryLexicon defaults = SummaryLexicon::defaults();
    QVERIFY(!defaults.dictionary.isEmpty());
    QVERIFY(defaults.dictionary.contains(u"信用卡"_s));
    QVERIFY(defaults.stopWords.contains(u"请问"_s));
    QVERIFY(defaults.negative.contains(u"12315"_s));
    QCOMPARE(defaults, sourceLexicon());
}

void TestKeywordSummary::handOvers_data()
{
    QTest::addColumn<QJsonObject>("fixture");
    const QDir dir(QStringLiteral(BATON_SOURCE_DIR "/tests/data/keywords"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(dir.filePath(name)), &error);
        QVERIFY2(doc.isObject(), qPrintable(name + u": "_s + error.errorString()));
        QTest::newRow(qPrintable(name)) << doc.object();
    }
}

void TestKeywordSummary::handOvers()
{
    QFETCH(QJsonObject, fixture);
    const QJsonObject in = fixture.value(u"input"_s).toObject();
    const QJsonObject expect = fixture.value(u"expect"_s).toObject();
    SummaryInput input;
    input.transcript = strings(in.value(u"transcript"_s));
    input.menuPath = strings(in.value(u"menuPath"_s));
    input.keywords = strings(in.value(u"keywords"_s));
    input.reason = in.value(u"reason"_s).toString();
    input.business = in.value(u"business"_s).toString();

    const Summary summary = m_summarizer->summarize(input);
    const QStringList terms = termsOf(summary);
    const QString shown = terms.join(u", "_s);
    QVERIFY(terms.size() <= 8);
    for (const QString &term : strings(expect.value(u"terms"_s)))
        QVERIFY2(terms.contains(term), qPrintable(u"missing '%1' in: %2"_s.arg(term, shown)));
    for (const QString &term : strings(expect.value(u"absent"_s)))
        QVERIFY2(!terms.contains(term), qPrintable(u"unexpected '%1' in: %2"_s.arg(term, shown)));
    if (expect.contains(u"maxTermCount"_s))
        QVERIFY2(terms.size() <= expect.value(u"maxTermCount"_s).toInt(), qPrintable(shown));

    QCOMPARE(summary.intent, expect.value(u"intent"_s).toString());
    for (const QString &trigger : strings(expect.value(u"evidence"_s)))
        QVERIFY2(summary.intentEvidence.contains(trigger), qPrintable(summary.intentEvidence.join(u", "_s)));
    if (summary.intent.isEmpty())
        QVERIFY(summary.intentEvidence.isEmpty());

    QCOMPARE(summary.negative, expect.value(u"negative"_s).toBool());
    QCOMPARE(summary.negative, summary.negativeIntensity > 0);
    QCOMPARE(summary.negative, !summary.negativePhrases.isEmpty());
    for (const QString &phrase : strings(expect.value(u"negativePhrases"_s)))
        QVERIFY2(summary.negativePhrases.contains(phrase), qPrintable(summary.negativePhrases.join(u", "_s)));

    // Scores never rise down the list; dictionary terms are flagged as such.
    for (qsizetype i = 1; i < summary.terms.size(); ++i)
        QVERIFY(summary.terms.at(i - 1).score >= summary.terms.at(i).score);
    qInfo().noquote() << shown << "|" << summary.intent << summary.intentEvidence << "| negative"
                      << summary.negativeIntensity << summary.negativePhrases;
}

void TestKeywordSummary::dictionaryTermsAreNeverSplit()
{
    const QStringList words = m_summarizer->segment(u"我的信用卡丢了，想挂失一下，宽带也断网了，年费和额度怎么算"_s);
    for (const QString &term : {u"信用卡"_s, u"挂失"_s, u"宽带"_s, u"断网"_s, u"年费"_s, u"额度"_s})
        QVERIFY2(words.contains(term), qPrintable(words.join(u'|')));
    for (const QString &piece : {u"信用"_s, u"挂"_s, u"失"_s, u"宽"_s, u"带"_s, u"年"_s, u"费"_s, u"额"_s})
        QVERIFY2(!words.contains(piece), qPrintable(words.join(u'|')));

    // Without the dictionary, ICU alone cuts 挂失 and 宽带 into single characters.
    SummaryLexicon bare = sourceLexicon();
    bare.dictionary.clear();
    const QStringList icuOnly = KeywordSummarizer(bare).segment(u"想挂失，宽带断了"_s);
    QVERIFY2(!icuOnly.contains(u"挂失"_s) && !icuOnly.contains(u"宽带"_s), qPrintable(icuOnly.join(u'|')));

    const Summary s = m_summarizer->summarize({{u"客户：信用卡信用卡，我的信用卡"_s}, {}, {}, {}, {}});
    QCOMPARE(termsOf(s), QStringList{u"信用卡"_s});
    QCOMPARE(s.terms.first().count, 3);
    QVERIFY(s.terms.first().fromDictionary);
}

void TestKeywordSummary::segment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // Latin and dictionary terms do not depend on ICU's CJK dictionary: exact.
    QTest::newRow("latin") << u"My Credit-Card was declined, error 5003!"_s
                           << QStringList{u"My"_s, u"Credit"_s, u"Card"_s, u"was"_s, u"declined"_s, u"error"_s, u"5003"_s};
    QTest::newRow("dictionary run") << u"信用卡挂失补卡"_s << QStringList{u"信用卡"_s, u"挂失"_s, u"补卡"_s};
    QTest::newRow("masked id") << u"身份证110101********1234，手机138****5678"_s
                               << QStringList{u"身份证"_s, u"手机"_s};
    QTest::newRow("traditional kept as written") << u"我要掛失補卡"_s
                                                 << QStringList{u"我要"_s, u"掛失"_s, u"補卡"_s};
    QTest::newRow("full width") << u"ＶＩＰ客户的５Ｇ套餐"_s
                                << QStringList{u"VIP"_s, u"客户"_s, u"的"_s, u"5G"_s, u"套餐"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestKeywordSummary::segment()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(m_summarizer->segment(text), expected);
}

void TestKeywordSummary::maskedNumbersDropped()
{
    const Summary s = m_summarizer->summarize({{
        u"客户：我的身份证是110101********1234，手机138****5678"_s,
        u"客户：卡号6222 **** **** 1234，还有6222xxxxxxxx1234"_s,
        u"客户：身份证号11010119900101123X，验证码是 853921"_s,
        u"Customer: card ending 4321, ref A1B2C3D4E5F6G7"_s,
    }, {}, {}, {}, {}}, 50);
    for (const KeyTerm &t : s.terms) {
        QVERIFY2(!t.term.contains(u'*'), qPrintable(t.term));
        QVERIFY2(std::none_of(t.term.begin(), t.term.end(), [](QChar c) { return c.isDigit(); }), qPrintable(t.term));
        QVERIFY2(t.term.size() > 1, qPrintable(t.term));
    }
    QVERIFY(termsOf(s).contains(u"验证码"_s));
    QVERIFY(termsOf(s).contains(u"card"_s));
}

void TestKeywordSummary::negation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("negative");
    QTest::newRow("plain") << u"我要投诉"_s << true;
    QTest::newRow("not angry") << u"我不生气"_s << false;
    QTest::newRow("no intention") << u"没有要投诉的意思"_s << false;
    QTest::newRow("not wanting to") << u"我不是要投诉"_s << false;
    QTest::newRow("do not") << u"别投诉了，算了"_s << false;
    QTest::newRow("will not") << u"放心，我不会投诉的"_s << false;
    QTest::newRow("spans words") << u"你们处理得太慢了"_s << true;
    QTest::newRow("not too slow") << u"其实也不太慢"_s << false;
    QTest::newRow("negator inside the phrase") << u"我对处理结果很不满意"_s << true;
    QTest::newRow("once negated, once not") << u"我不生气，但我要投诉"_s << true;
    QTest::newRow("traditional") << u"我要投訴你們"_s << true;
    QTest::newRow("traditional negated") << u"我沒有要投訴"_s << false;
    QTest::newRow("12315") << u"我要打12315"_s << true;
    QTest::newRow("12315 inside a number") << u"我的电话是0123156789"_s << false;
    QTest::newRow("english") << u"This is ridiculous"_s << true;
    QTest::newRow("english suffix") << u"I already complained twice"_s << true;
    QTest::newRow("english negated") << u"I'm not angry, just asking"_s << false;
    QTest::newRow("english bridge") << u"I don't want to complain"_s << false;
    QTest::newRow("english word boundary") << u"the piano angry bird"_s << true;
    QTest::newRow("calm") << u"请帮我查一下账单"_s << false;
}

void TestKeywordSummary::negation()
{
    QFETCH(QString, line);
    QFETCH(bool, negative);
    const Summary s = m_summarizer->summarize({{line}, {}, {}, {}, {}});
    QVERIFY2(s.negative == negative, qPrintable(s.negativePhrases.join(u", "_s)));
}

void TestKeywordSummary::negatedPhrasesAreNoKeyTerms()
{
    const Summary s = m_summarizer->summarize({{u"客户：我不是要投诉，我的宽带断了"_s}, {}, {}, {}, {}});
    QVERIFY(!termsOf(s).contains(u"投诉"_s));
    QVERIFY(termsOf(s).contains(u"宽带"_s));
    const Summary angry = m_summarizer->summarize({{u"客户：我要投诉，我的宽带断了"_s}, {}, {}, {}, {}});
    QVERIFY(termsOf(angry).contains(u"投诉"_s));
    QCOMPARE(angry.negativePhrases, QStringList{u"投诉"_s});
    QCOMPARE(angry.negativeIntensity, 1);
}

void TestKeywordSummary::laterUtterancesAndContextWeighMore()
{
    // Once each: the later line wins.
    Summary s = m_summarizer->summarize({{u"apple"_s, u"banana"_s}, {}, {}, {}, {}});
    QCOMPARE(termsOf(s), (QStringList{u"banana"_s, u"apple"_s}));
    QCOMPARE(s.terms.at(0).score, 1.25);
    QCOMPARE(s.terms.at(1).score, 1.0);
    // Said twice beats said once late.
    s = m_summarizer->summarize({{u"apple apple"_s, u"banana"_s}, {}, {}, {}, {}});
    QCOMPARE(termsOf(s), (QStringList{u"apple"_s, u"banana"_s}));
    // The bot's keyword lifts an early term; a term only in the keywords still shows.
    s = m_summarizer->summarize({{u"apple"_s, u"banana"_s}, {}, {u"apple"_s, u"cherry"_s}, {}, {}});
    QCOMPARE(termsOf(s), (QStringList{u"apple"_s, u"cherry"_s, u"banana"_s}));
    QCOMPARE(s.terms.at(0).count, 1);
    QCOMPARE(s.terms.at(1).count, 0);
    // Dictionary terms outrank ordinary words said as often.
    s = m_summarizer->summarize({{u"客户：商场 分期"_s}, {}, {}, {}, {}});
    QCOMPARE(termsOf(s), (QStringList{u"分期"_s, u"商场"_s}));
    QVERIFY(s.terms.at(0).fromDictionary);
    QVERIFY(!s.terms.at(1).fromDictionary);
}

void TestKeywordSummary::deterministicOrder()
{
    // Equal scores keep the order of first appearance, whatever the hash order.
    const SummaryInput in{{u"Customer: zebra yak xylophone walrus vulture"_s}, {}, {}, {}, {}};
    const Summary s = m_summarizer->summarize(in);
    QCOMPARE(termsOf(s), (QStringList{u"zebra"_s, u"yak"_s, u"xylophone"_s, u"walrus"_s, u"vulture"_s}));

    const SummaryInput handOver = longHandOver();
    const Summary first = m_summarizer->summarize(handOver);
    QCOMPARE(m_summarizer->summarize(handOver), first);
    QCOMPARE(KeywordSummarizer(sourceLexicon()).summarize(handOver), first);
    QCOMPARE(KeywordSummarizer().summarize(handOver), first);  // the compiled-in defaults
    QCOMPARE(first.intent, u"信用卡挂失"_s);
}

void TestKeywordSummary::maxTerms()
{
    const SummaryInput in{{u"alpha bravo charlie delta echo foxtrot golf hotel india juliet"_s}, {}, {}, {}, {}};
    QCOMPARE(m_summarizer->summarize(in).terms.size(), 8);
    QCOMPARE(m_summarizer->summarize(in, 3).terms.size(), 3);
    QCOMPARE(m_summarizer->summarize(in, 0).terms.size(), 0);
    QCOMPARE(m_summarizer->summarize(in, -1).terms.size(), 0);
    QCOMPARE(m_summarizer->summarize({}).terms.size(), 0);
}

void TestKeywordSummary::lexiconErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArrayLiteral("{\"dictionary\": [") << QString() << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArrayLiteral("[]") << QString() << u"JSON object"_s;
    QTest::newRow("unknown field") << QByteArrayLiteral(R"({"stopwords": []})") << u"stopwords"_s << u"unknown field"_s;
    QTest::newRow("dictionary not a list") << QByteArrayLiteral(R"({"dictionary": "信用卡"})") << u"dictionary"_s << u"must be a list"_s;
    QTest::newRow("empty term") << QByteArrayLiteral(R"({"dictionary": ["信用卡", " "]})") << u"dictionary[1]"_s << u"must not be empty"_s;
    QTest::newRow("stop-word number") << QByteArrayLiteral(R"({"stopWords": ["的", 1]})") << u"stopWords[1]"_s << u"must be a string"_s;
    QTest::newRow("intent without name") << QByteArrayLiteral(R"({"intents": [{"triggers": ["丢了"]}]})") << u"intents[0].intent"_s << u"must be a string"_s;
    QTest::newRow("intent trigger") << QByteArrayLiteral(R"({"intents": [{"intent": "挂失", "triggers": ["丢了"]}, {"intent": "账单", "triggers": [true]}]})")
                                    << u"intents[1].triggers[0]"_s << u"must be a string"_s;
    QTest::newRow("no triggers") << QByteArrayLiteral(R"({"intents": [{"intent": "挂失", "triggers": []}]})") << u"intents[0].triggers"_s << u"at least one"_s;
    QTest::newRow("intent extra key") << QByteArrayLiteral(R"({"intents": [{"intent": "挂失", "triggers": ["丢了"], "weight": 2}]})")
                                      << u"intents[0].weight"_s << u"unknown field"_s;
    QTest::newRow("negative") << QByteArrayLiteral(R"({"negative": {"投诉": 1}})") << u"negative"_s << u"must be a list"_s;
    QTest::newRow("speakers") << QByteArrayLiteral(R"({"speakers": {"customer": ["客户"], "bot": []}})") << u"speakers.bot"_s << u"unknown field"_s;
}

void TestKeywordSummary::lexiconErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto lexicon = SummaryLexicon::parse(json);
    QVERIFY(!lexicon.ok());
    QCOMPARE(lexicon.error().field, field);
    QVERIFY2(lexicon.error().message.contains(message), qPrintable(lexicon.error().toString()));
}

void TestKeywordSummary::siteLexiconAddsToDefaults()
{
    const auto site = SummaryLexicon::parse(R"({
        "dictionary": ["亲情号", "信用卡"],
        "stopWords": ["那个啥"],
        "intents": [{"intent": "信用卡挂失", "triggers": ["卡没了"]}, {"intent": "亲情号办理", "triggers": ["亲情号"]}],
        "negative": ["忽悠"]
    })");
    QVERIFY2(site.ok(), site.ok() ? "" : qPrintable(site.error().toString()));
    const SummaryLexicon base = sourceLexicon();
    const SummaryLexicon merged = base.merged(site.value());
    QCOMPARE(merged.dictionary.size(), base.dictionary.size() + 1);
    QCOMPARE(merged.dictionary.last(), u"亲情号"_s);
    QCOMPARE(merged.intents.size(), base.intents.size() + 1);
    QCOMPARE(merged.intents.first().triggers.last(), u"卡没了"_s);
    QCOMPARE(merged.intents.last().intent, u"亲情号办理"_s);

    const KeywordSummarizer summarizer(merged);
    const Summary s = summarizer.summarize({{u"客户：我想开通亲情号，你们就会忽悠人"_s}, {}, {}, {}, {}});
    QVERIFY(termsOf(s).contains(u"亲情号"_s));
    QCOMPARE(s.intent, u"亲情号办理"_s);
    QCOMPARE(s.intentEvidence, QStringList{u"亲情号"_s});
    QVERIFY(s.negative);
    QCOMPARE(summarizer.summarize({{u"卡没了"_s}, {}, {}, {}, {}}).intent, u"信用卡挂失"_s);
}

void TestKeywordSummary::speakerLabels()
{
    const Summary s = m_summarizer->summarize({{
        u"[10:02:11] 机器人：请问是办理信用卡挂失吗？您可以投诉"_s,
        u"Bot : you may complain here"_s,
        u"IVR: 宽带业务请按1"_s,
        u"客户 : 不是，我问账单\n机器人：好的\n客戶：還款日是哪天"_s,
    }, {}, {}, {}, {}});
    QCOMPARE(termsOf(s), (QStringList{u"還款日"_s, u"账单"_s}));
    QCOMPARE(s.intent, u"账单查询"_s);
    QVERIFY(!s.negative);
    // A colon after something that is no speaker label is part of what the customer said.
    const QStringList terms = termsOf(m_summarizer->summarize({{u"时间：昨天晚上，宽带断了"_s}, {}, {}, {}, {}}));
    QCOMPARE(terms.first(), u"宽带"_s);
    QVERIFY2(terms.contains(u"时间"_s), qPrintable(terms.join(u'|')));
}

void TestKeywordSummary::summarizeThirtyLines()
{
    const SummaryInput in = longHandOver();
    QCOMPARE(in.transcript.size(), 30);
    Summary s;
    QBENCHMARK {
        s = m_summarizer->summarize(in);
    }
    QVERIFY(termsOf(s).contains(u"挂失"_s));
}

QTEST_GUILESS_MAIN(TestKeywordSummary)
#include "tst_keywordsummary.moc"
