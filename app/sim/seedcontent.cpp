#include "seedcontent.h"

#include "seedvocabulary.h"

#include "types.h"

#include <QSet>

namespace baton::sim {

using store::Article;
using store::ScriptStage;
using store::UpsellRule;

namespace {

// The values one article's slots take: drawn once, so that title and body agree.
struct Slots {
    QString card, app, product, city, days, fee, minimum, limit, brand;

    QString fill(QString text) const
    {
        text.replace(QStringLiteral("{card}"), card);
        text.replace(QStringLiteral("{app}"), app);
        text.replace(QStringLiteral("{product}"), product);
        text.replace(QStringLiteral("{city}"), city);
        text.replace(QStringLiteral("{days}"), days);
        text.replace(QStringLiteral("{fee}"), fee);
        text.replace(QStringLiteral("{minimum}"), minimum);
        text.replace(QStringLiteral("{limit}"), limit);
        text.replace(QStringLiteral("{hotline}"), QStringLiteral("95588"));
        text.replace(QStringLiteral("{brand}"), brand);
        return text;
    }
};

Slots drawSlots(SeedRandom &rng, const QString &brand)
{
    Slots s;
    s.card = rng.pick(SeedVocabulary::cards());
    s.app = rng.pick(SeedVocabulary::apps());
    s.product = rng.pick(SeedVocabulary::wealthProducts());
    s.city = rng.pick(rng.pick(SeedVocabulary::regions()).cities);
    s.days = QString::number(QList<int>{3, 5, 7, 10, 15}[rng.below(5)]);
    s.fee = QString::number(QList<int>{5, 10, 20, 50, 100, 200}[rng.below(6)]);
    s.minimum = QString::number(QList<int>{1000, 10000, 50000, 100000}[rng.below(4)]);
    s.limit = QString::number(QList<int>{50000, 200000, 500000, 1000000}[rng.below(4)]);
    s.brand = brand;
    return s;
}

Article article(const ArticleTopic &topic, int titleIndex, const Slots &s, SeedRandom &rng)
{
    Article a;
    a.business = topic.business;
    const QString titleTemplate = topic.titles[titleIndex];
    a.title = s.fill(titleTemplate);
    QStringList paragraphs;
    paragraphs.append(s.fill(topic.intros[rng.below(static_cast<int>(topic.intros.size()))]));
    if (rng.chance(50))
        paragraphs.append(s.fill(topic.intros[rng.below(static_cast<int>(topic.intros.size()))]));
    paragraphs.removeDuplicates();
    // The steps in order; longer articles keep them all, shorter ones drop one from the middle.
    QStringList steps = topic.steps;
    if (steps.size() > 3 && rng.chance(40))
        steps.removeAt(1 + rng.below(static_cast<int>(steps.size()) - 2));
    const QString numerals = QStringLiteral("一二三四五六七八");
    QString procedure = QStringLiteral("办理步骤：");
    for (qsizetype i = 0; i < steps.size() && i < numerals.size(); ++i)
        procedure += QStringLiteral("\n%1、%2。").arg(numerals[i]).arg(s.fill(steps[i]));
    paragraphs.append(procedure);
    paragraphs.append(s.fill(rng.pick(SeedVocabulary::articleFees())));
    if (rng.chance(60))
        paragraphs.append(rng.pick(SeedVocabulary::articleCautions()));
    paragraphs.append(s.fill(QStringLiteral("如有疑问，请致电{brand}客服热线{hotline}，或咨询附近网点。")));
    a.body = paragraphs.join(QStringLiteral("\n\n"));
    a.tags = topic.tags;
    if (titleTemplate.contains(QStringLiteral("{card}")))
        a.tags.append(s.card);
    if (titleTemplate.contains(QStringLiteral("{app}")))
        a.tags.append(s.app);
    if (titleTemplate.contains(QStringLiteral("{product}")))
        a.tags.append(s.product);
    a.tags.removeDuplicates();
    return a;
}

}  // namespace

QList<Article> SeedContent::articles(int count, SeedRandom &rng, const QString &brand)
{
    const QList<ArticleTopic> &topics = SeedVocabulary::articleTopics();
    QList<Article> out;
    out.reserve(count);
    QSet<QString> titles;
    for (int i = 0; i < count; ++i) {
        // First every topic once, then at random.
        const ArticleTopic &topic = i < topics.size() ? topics[i] : rng.pick(topics);
        const int titleIndex = rng.below(static_cast<int>(topic.titles.size()));
        const Slots s = drawSlots(rng, brand);
        Article a = article(topic, titleIndex, s, rng);
        // Distinct titles, as an editor would keep them: a regional or yearly edition.
        if (titles.contains(a.title)) {
            const QString base = a.title;
            a.title = base + QStringLiteral("（%1地区适用）").arg(s.city);
            for (int edition = 2; titles.contains(a.title); ++edition)
                a.title = base + QStringLiteral("（%1地区，第%2版）").arg(s.city).arg(edition);
        }
        titles.insert(a.title);
        out.append(a);
    }
    return out;
}

void SeedContent::converse(store::Interaction &i, const Corpus &corpus, const QString &brand, const QString &customerName,
                           const QString &agentName, SeedRandom &r)
{
    using core::Channel;
    const Corpus::Business business = corpus.businesses.value(i.business);
    const BusinessText &text = SeedVocabulary::textFor(i.business);
    const QString label = business.label.isEmpty() ? i.business : business.label;
    const QString utterance = business.utterances.isEmpty() ? label : r.pick(business.utterances);
    // The outcome agrees with the disposition where the disposition says it all.
    QString resolution = r.pick(text.resolutions);
    if (i.disposition == QLatin1String("客户挂断"))
        resolution = QStringLiteral("客户中途挂断，未完成办理");
    else if (i.disposition == QLatin1String("无效来电"))
        resolution = QStringLiteral("无效来电（静默或误拨）");
    else if (i.disposition == QLatin1String("转二线"))
        resolution += QStringLiteral("（转二线跟进）");
    const QString agent = agentName.isEmpty() ? QStringLiteral("坐席") : agentName;
    if (i.channel == Channel::Sms) {
        QString sms = r.pick(text.sms);
        sms.replace(QStringLiteral("{brand}"), brand).replace(QStringLiteral("{last4}"), r.digits(4));
        sms.replace(QStringLiteral("{amount}"), QStringLiteral("%1.%2").arg(r.between(50, 9999)).arg(r.digits(2)));
        sms.replace(QStringLiteral("{ticket}"), QStringLiteral("GD") + r.digits(10));
        sms.replace(QStringLiteral("{product}"), r.pick(SeedVocabulary::wealthProducts()));
        i.transcript = sms;
        i.summary = (agentName.isEmpty() ? QStringLiteral("短信通知：") : QStringLiteral("坐席短信：")) + label;
        return;
    }
    if (i.channel == Channel::Email) {
        const QString subject = r.pick(text.emailSubjects);
        const QString surname = customerName.left(customerName.size() > 3 ? 2 : 1);
        i.transcript = QStringLiteral("主题：%1\n\n客户来信：\n%2。麻烦尽快处理，谢谢。\n%3\n\n回复：\n尊敬的%4先生/女士：\n您好！%5\n%6客服中心 %7")
                           .arg(subject, utterance, customerName, surname, r.pick(text.agentLines), brand, agent);
        i.summary = QStringLiteral("【邮件】%1。处理结果：%2").arg(subject, resolution);
        return;
    }
    const bool online = i.channel == Channel::Chat || i.channel == Channel::App || i.channel == Channel::Web;
    QStringList lines;
    const bool transferred = i.transferChain.size() > 1;
    const QString first = transferred ? QStringLiteral("坐席：") : QStringLiteral("坐席（%1）：").arg(agent);
    const QString last = QStringLiteral("坐席（%1）：").arg(agent);
    if (online && r.chance(40)) {
        // The bot had the customer first: the agent picks up what was said.
        lines << QStringLiteral("机器人：") + corpus.botGreeting << QStringLiteral("客户：") + utterance << QStringLiteral("机器人：") + corpus.botHandover;
        lines << first + QStringLiteral("您好，我是人工客服，您刚才反映的问题我已经看到了。");
    } else {
        lines << first + QStringLiteral("您好，%1客服中心，很高兴为您服务，请问有什么可以帮您？").arg(brand);
        lines << QStringLiteral("客户：") + utterance;
    }
    if (transferred) {
        lines << first + QStringLiteral("这个问题需要专业同事处理，我为您转接，请稍候。");
        lines << last + QStringLiteral("您好，我是%1，您的情况我已经了解。").arg(agent);
    }
    lines << last + r.pick(text.agentLines);
    static const QStringList kFollowUps = {QStringLiteral("好的，那大概需要多久？"), QStringLiteral("需要我提供什么材料吗？"),
                                           QStringLiteral("那我现在该怎么做？"), QStringLiteral("明白了。")};
    lines << QStringLiteral("客户：") + (r.chance(40) && !business.utterances.isEmpty() ? r.pick(business.utterances) : r.pick(kFollowUps));
    lines << last + r.pick(text.agentLines);
    lines << QStringLiteral("客户：好的，谢谢。") << last + r.pick(SeedVocabulary::closingLines());
    i.transcript = lines.join(QLatin1Char('\n'));
    i.summary = QStringLiteral("客户反映：%1。处理结果：%2").arg(utterance, resolution);
}

namespace {

struct BusinessScript {
    QString business;
    QString diagnose;
    QString recap;
};

const QList<BusinessScript> &businessScripts()
{
    static const QList<BusinessScript> k = {
        {QStringLiteral("card_loss"),
         QStringLiteral("请问您的卡是什么时候发现丢失的？最近一笔交易是在哪里？我先为您办理临时挂失，避免资金损失。"),
         QStringLiteral("您的卡已办理临时挂失，请在五天内携带身份证到网点办理正式挂失和补卡")},
        {QStringLiteral("sales"), QStringLiteral("请问您更关注收益还是流动性？这笔资金大概可以放多久？我根据您的情况为您推荐合适的产品。"),
         QStringLiteral("我已把产品说明书发送到您的手机，理财非存款，产品有风险，投资须谨慎")},
        {QStringLiteral("billing"), QStringLiteral("我来帮您核对本期账单，请问是哪一笔交易或费用有疑问？"),
         QStringLiteral("本期账单的明细已为您核对，相关费用的处理结果会以短信通知您")},
        {QStringLiteral("repair"), QStringLiteral("请问您使用的是手机银行还是网上银行？出现问题时页面提示的是什么？"),
         QStringLiteral("问题已为您处理，如再次出现请记下页面提示并联系我们")},
        {QStringLiteral("complaint"), QStringLiteral("请您详细说一下事情的经过，我会完整记录，并给您一个明确的处理时限。"),
         QStringLiteral("您的投诉已登记，工单会在二十四小时内首次回复，三个工作日内办结")},
        {QStringLiteral("faq"), QStringLiteral("请问您想了解哪方面的信息？我可以为您查询网点、营业时间和办理业务所需的材料。"),
         QStringLiteral("您需要的信息已经通过短信发送给您")},
    };
    return k;
}

ScriptStage greet(int revision)
{
    return {QStringLiteral("greet"), QStringLiteral("问候"),
            revision > 1 ? QStringLiteral("{customer.name}您好，我是{agent.name}，很高兴为您服务，请问有什么可以帮您？")
                         : QStringLiteral("您好，{customer.name}，我是{agent.name}，很高兴为您服务。"),
            {QStringLiteral("您好"), QStringLiteral("你好"), QStringLiteral("喂")},
            {}};
}

ScriptStage verify(int revision)
{
    return {QStringLiteral("verify"), QStringLiteral("核实身份"),
            revision > 1 ? QStringLiteral("为了保障您的账户安全，请您提供身份证号码后四位，并确认一下预留手机号。")
                         : QStringLiteral("为了保障您的账户安全，请问您的身份证号码后四位是多少？"),
            {QStringLiteral("身份证"), QStringLiteral("本人"), QStringLiteral("核实"), QStringLiteral("手机号")},
            {}};
}

QList<UpsellRule> upsellRules(const QStringList &premiumLevels)
{
    QList<UpsellRule> rules{
        {QStringLiteral("attr.product"), UpsellRule::Match::Contains, QStringLiteral("信用卡"),
         QStringLiteral("信用卡账单分期：本月办理手续费八折")},
        {QStringLiteral("attr.product"), UpsellRule::Match::Contains, QStringLiteral("理财"),
         QStringLiteral("新发行稳健理财：业绩比较基准年化3.0%，起购一万元")},
        {QStringLiteral("attr.product"), UpsellRule::Match::Contains, QStringLiteral("房贷"),
         QStringLiteral("房贷客户专享：白金信用卡首年免年费")},
    };
    for (const QString &level : premiumLevels)
        rules.append({QStringLiteral("customer.level"), UpsellRule::Match::Equals, level,
                      QStringLiteral("{customer.name}可受邀参加私人银行客户专属活动")});
    return rules;
}

}  // namespace

QList<ScriptStage> SeedContent::stages(const QString &business, const QStringList &cues, const QStringList &soothe,
                                       const QStringList &premiumLevels, int revision)
{
    QString diagnose = QStringLiteral("请问您需要办理什么业务？我来为您查询。");
    QString recap = QStringLiteral("您的问题已为您处理");
    for (const BusinessScript &b : businessScripts()) {
        if (b.business == business) {
            diagnose = b.diagnose;
            recap = b.recap;
        }
    }
    QStringList diagnoseCues;
    for (const QString &c : cues) {
        if (!c.trimmed().isEmpty())
            diagnoseCues.append(c);
    }
    QList<ScriptStage> stages{greet(revision), verify(revision)};
    const bool complaint = business == QLatin1String("complaint");
    QStringList sootheCues;
    for (const QString &c : soothe) {
        if (!c.trimmed().isEmpty())
            sootheCues.append(c);
    }
    if (complaint)
        stages.append({QStringLiteral("soothe"), QStringLiteral("安抚情绪"),
                       QStringLiteral("非常理解您的心情，{customer.name}，这件事给您添麻烦了，我一定跟进到底。"), sootheCues, {}});
    stages.append({QStringLiteral("diagnose"), QStringLiteral("了解问题"), diagnose, diagnoseCues, {}});
    stages.append({QStringLiteral("recap"), QStringLiteral("确认与总结"),
                   QStringLiteral("好的，{customer.name}，跟您确认一下：%1。请问还有其他可以帮您的吗？").arg(recap),
                   {QStringLiteral("确认"), QStringLiteral("就这些"), QStringLiteral("没有了")},
                   {}});
    if (!complaint)
        stages.append({QStringLiteral("upsell"), QStringLiteral("推荐"),
                       QStringLiteral("另外，您名下的{attr.product}目前有专属优惠活动，我简单为您介绍一下好吗？"),
                       {QStringLiteral("优惠"), QStringLiteral("活动"), QStringLiteral("推荐")},
                       upsellRules(premiumLevels)});
    return stages;
}

QList<ScriptStage> SeedContent::vipStages(const QStringList &premiumLevels)
{
    QList<ScriptStage> stages{
        {QStringLiteral("greet"), QStringLiteral("问候"),
         QStringLiteral("尊敬的{customer.name}，您好！我是您的专属客户经理{agent.name}，很高兴再次为您服务。"),
         {QStringLiteral("您好"), QStringLiteral("你好")},
         {}},
        verify(2),
        {QStringLiteral("diagnose"), QStringLiteral("了解需求"), QStringLiteral("请问今天有什么可以为您效劳的？您的业务我会全程跟进。"),
         {QStringLiteral("办理"), QStringLiteral("咨询"), QStringLiteral("问一下")},
         {}},
        {QStringLiteral("recap"), QStringLiteral("确认与总结"),
         QStringLiteral("好的，{customer.name}，您的业务我已记录，办理结果会第一时间通知您。"),
         {QStringLiteral("确认"), QStringLiteral("就这些")},
         {}},
        {QStringLiteral("upsell"), QStringLiteral("专属权益"), QStringLiteral("作为{customer.level}客户，您本季度还可享受机场贵宾厅和专属理财额度。"),
         {QStringLiteral("权益"), QStringLiteral("贵宾")},
         upsellRules(premiumLevels)},
    };
    return stages;
}

}  // namespace baton::sim
