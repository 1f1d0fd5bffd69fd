// Knowledge search for Chinese: bigram tokens, 2-, 3- and 4-character words, mixed
// Chinese/Latin/digit queries, relevance, highlighted snippets, and the common-term path.
#include "database.h"
#include "knowledgebase.h"
#include "searchtokens.h"
#include "testdatabases.h"

#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestKnowledgeBase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokens_data();
    void tokens();
    void matchExpressions();
    void findsChineseWords_data();
    void findsChineseWords();
    void titleMatchesRankFirst();
    void snippetsHighlightMatches();
    void veryCommonTermsStayFastNewestFirst();
    void removedArticlesAreGone();
    void rejectsBadInput();

private:
    QStringList titles(const SearchResult &r) const
    {
        QStringList out;
        for (const auto &h : r.hits)
            out.append(h.title);
        return out;
    }

    baton::test::TestDatabases m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestKnowledgeBase::initTestCase()
{
    BATON_REQUIRE_DATABASES(m_dir);
    auto db = Database::open(m_dir.location(QStringLiteral("kb")), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_kb = std::make_unique<KnowledgeBase>(*m_db, m_clock);
    const QList<Article> articles{
        {0, QStringLiteral("银行卡挂失流程"), QStringLiteral("客户银行卡丢失后，可通过手机银行或致电客服办理挂失。挂失后请尽快补卡。"), {QStringLiteral("挂失"), QStringLiteral("银行卡")}, QStringLiteral("card_loss")},
        {0, QStringLiteral("退款到账时间说明"), QStringLiteral("退款一般在3至7个工作日内原路退回，信用卡退款以账单为准。"), {QStringLiteral("退款")}, QStringLiteral("billing")},
        {0, QStringLiteral("5G套餐介绍"), QStringLiteral("5G畅享套餐每月包含100GB流量，可叠加信用卡优惠。"), {QStringLiteral("5G"), QStringLiteral("套餐")}, QStringLiteral("sales")},
        {0, QStringLiteral("iPhone 退货政策"), QStringLiteral("七天无理由退货适用于未激活的iPhone设备，需保留完整包装。"), {QStringLiteral("退货")}, QStringLiteral("sales")},
        {0, QStringLiteral("信用卡分期手续费"), QStringLiteral("分期手续费按期收取，提前还款需结清剩余手续费。"), {QStringLiteral("信用卡"), QStringLiteral("分期")}, QStringLiteral("billing")},
        {0, QStringLiteral("手机银行登录问题"), QStringLiteral("如提示密码错误，请使用忘记密码重置；连续五次错误将锁定账户。"), {QStringLiteral("手机银行")}, QStringLiteral("repair")},
        {0, QStringLiteral("外币兑换须知"), QStringLiteral("兑换外币需携带本人有效身份证件，部分网点需提前预约。"), {}, QStringLiteral("faq")},
        {0, QStringLiteral("投诉处理时限"), QStringLiteral("我们会在24小时内回电，复杂投诉在5个工作日内给出处理结果。"), {QStringLiteral("投诉")}, QStringLiteral("complaint")},
    };
    const auto added = m_kb->addAll(articles);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
}

void TestKnowledgeBase::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bigrams") << QStringLiteral("挂失银行卡") << QStringList{QStringLiteral("挂失"), QStringLiteral("失银"), QStringLiteral("银行"), QStringLiteral("行卡")};
    QTest::newRow("mixed") << QStringLiteral("5G套餐") << QStringList{QStringLiteral("5g"), QStringLiteral("套餐")};
    QTest::newRow("words and CJK") << QStringLiteral("iPhone 退货!") << QStringList{QStringLiteral("iphone"), QStringLiteral("退货")};
    QTest::newRow("full width") << QStringLiteral("ＩＰＨＯＮＥ１５") << QStringList{QStringLiteral("iphone15")};
    QTest::newRow("lone character") << QStringLiteral("卡") << QStringList{QStringLiteral("卡")};
    QTest::newRow("punctuation splits") << QStringLiteral("退款，到账。") << QStringList{QStringLiteral("退款"), QStringLiteral("到账")};
    QTest::newRow("traditional") << QStringLiteral("掛失") << QStringList{QStringLiteral("掛失")};
    QTest::newRow("emoji ignored") << QStringLiteral("好评👍") << QStringList{QStringLiteral("好评")};
}

void TestKnowledgeBase::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchTokens::tokens(text), expected);
}

void TestKnowledgeBase::matchExpressions()
{
    QCOMPARE(SearchTokens::matchExpression(SearchTokens::queryPhrases(QStringLiteral("信用卡"))), QStringLiteral("\"信用 用卡\""));
    QCOMPARE(SearchTokens::matchExpression(SearchTokens::queryPhrases(QStringLiteral("iPhone 退货"))), QStringLiteral("\"iphone\" AND \"退货\""));
    QCOMPARE(SearchTokens::matchExpression(SearchTokens::queryPhrases(QStringLiteral("卡"))), QStringLiteral("\"卡\"*"));
    QVERIFY(SearchTokens::matchExpression(SearchTokens::queryPhrases(QStringLiteral("，。！"))).isEmpty());
}

void TestKnowledgeBase::findsChineseWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    QTest::newRow("2 chars: 挂失") << QStringLiteral("挂失") << QStringLiteral("银行卡挂失流程");
    QTest::newRow("2 chars: 退款") << QStringLiteral("退款") << QStringLiteral("退款到账时间说明");
    QTest::newRow("3 chars: 信用卡") << QStringLiteral("信用卡") << QStringLiteral("信用卡分期手续费");
    QTest::newRow("4 chars: 手机银行") << QStringLiteral("手机银行") << QStringLiteral("手机银行登录问题");
    QTest::newRow("4 chars: 外币兑换") << QStringLiteral("外币兑换") << QStringLiteral("外币兑换须知");
    QTest::newRow("mixed: 5G套餐") << QStringLiteral("5G套餐") << QStringLiteral("5G套餐介绍");
    QTest::newRow("mixed: iPhone 退货") << QStringLiteral("iPhone 退货") << QStringLiteral("iPhone 退货政策");
    QTest::newRow("digits: 24小时") << QStringLiteral("24小时") << QStringLiteral("投诉处理时限");
    QTest::newRow("full width query") << QStringLiteral("ｉｐｈｏｎｅ") << QStringLiteral("iPhone 退货政策");
}

void TestKnowledgeBase::findsChineseWords()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    const auto r = m_kb->search(query);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY2(!r->hits.isEmpty(), qPrintable(query));
    QCOMPARE(r->hits.first().title, title);
    QVERIFY(r->rankedByRelevance);
}

void TestKnowledgeBase::titleMatchesRankFirst()
{
    // 退款 is in the title of one article and only in the body of none else; 信用卡 is in a
    // title once and in two bodies: the title match comes first.
    const auto r = m_kb->search(QStringLiteral("信用卡"));
    QVERIFY(r->hits.size() >= 2);
    QCOMPARE(r->hits.first().title, QStringLiteral("信用卡分期手续费"));
    QVERIFY(r->hits[0].score > r->hits[1].score);
    // Not a substring trap: 银行 does not match 行银.
    QVERIFY(!titles(m_kb->search(QStringLiteral("行银")).value()).contains(QStringLiteral("外币兑换须知")));
}

void TestKnowledgeBase::snippetsHighlightMatches()
{
    const auto r = m_kb->search(QStringLiteral("补卡"));
    QCOMPARE(r->hits.size(), 1);
    QVERIFY2(r->hits.first().snippet.contains(QStringLiteral("【补卡】")), qPrintable(r->hits.first().snippet));
    const auto mixed = m_kb->search(QStringLiteral("iPhone 包装"));
    QVERIFY2(mixed->hits.first().snippet.contains(QStringLiteral("【iPhone】")), qPrintable(mixed->hits.first().snippet));
    QVERIFY(mixed->hits.first().snippet.contains(QStringLiteral("【包装】")));
}

void TestKnowledgeBase::veryCommonTermsStayFastNewestFirst()
{
    baton::test::TestDatabases dir;
    BATON_REQUIRE_DATABASES(dir);
    auto db = Database::open(dir.location(QStringLiteral("common")), Database::Mode::Create);
    KnowledgeBase kb(**db, m_clock);
    QList<Article> many;
    for (int i = 0; i < KnowledgeBase::kRankedLimit + 200; ++i)
        many.append({0, QStringLiteral("客服常见问题 %1").arg(i), QStringLiteral("联系客服处理第%1号问题").arg(i), {}, {}});
    many.prepend({0, QStringLiteral("量子通信简介"), QStringLiteral("量子加密与信息安全"), {}, {}});
    many.append({0, QStringLiteral("罕见的客服问题"), QStringLiteral("只有这一篇提到量子加密"), {}, {}});
    QVERIFY(kb.addAll(many).ok());
    const auto common = kb.search(QStringLiteral("客服"), 5);
    QVERIFY(common.ok());
    QVERIFY(!common->rankedByRelevance);
    QVERIFY(common->estimatedMatches > KnowledgeBase::kRankedLimit);
    QCOMPARE(common->hits.size(), 5);
    QCOMPARE(common->hits.first().title, QStringLiteral("罕见的客服问题"));  // newest first
    // A rare term alongside keeps relevance ranking; the very common one then only orders the
    // results (it would cost a walk over most of the index to require it): articles with both
    // come first, then those with the rare term alone.
    const auto rare = kb.search(QStringLiteral("客服 量子"));
    QVERIFY(rare.ok());
    QVERIFY(rare->rankedByRelevance);
    QCOMPARE(rare->commonWords, QStringList{QStringLiteral("客服")});
    QCOMPARE(rare->hits.size(), 2);
    QCOMPARE(rare->hits[0].title, QStringLiteral("罕见的客服问题"));
    QCOMPARE(rare->hits[1].title, QStringLiteral("量子通信简介"));
    QCOMPARE(rare->estimatedMatches, 2);
    // Words that are all selective are all required.
    QVERIFY(kb.search(QStringLiteral("量子 信息安全"))->commonWords.isEmpty());
    QCOMPARE(kb.search(QStringLiteral("量子 信息安全"))->hits.size(), 1);
}

void TestKnowledgeBase::removedArticlesAreGone()
{
    const auto id = m_kb->add({0, QStringLiteral("临时公告"), QStringLiteral("系统升级期间暂停转账"), {}, {}});
    QVERIFY(id.ok());
    QCOMPARE(m_kb->search(QStringLiteral("系统升级"))->hits.size(), 1);
    QVERIFY(m_kb->remove(*id).ok());
    QCOMPARE(m_kb->search(QStringLiteral("系统升级"))->hits.size(), 0);
    QCOMPARE(m_kb->remove(*id).error().code, ErrorCode::NotFound);
}

void TestKnowledgeBase::rejectsBadInput()
{
    QCOMPARE(m_kb->add({0, QStringLiteral("  "), QStringLiteral("x"), {}, {}}).error().field, QStringLiteral("title"));
    const auto bad = m_kb->addAll({{0, QStringLiteral("ok"), {}, {}, {}}, {0, QString(), {}, {}, {}}});
    QCOMPARE(bad.error().field, QStringLiteral("articles[1].title"));
    QCOMPARE(m_kb->search(QStringLiteral("ok"))->hits.size(), 0);  // nothing half-stored
    QCOMPARE(m_kb->search(QStringLiteral("x"), 0).error().field, QStringLiteral("limit"));
    QVERIFY(m_kb->search(QStringLiteral("！？"))->hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
