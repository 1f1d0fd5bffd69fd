#include "seedvocabulary.h"

#include <QHash>

#include <iterator>

namespace baton::sim {

namespace {

// Lists are written as one literal with '|' between the items, to keep this file readable.
QStringList items(const char16_t *text)
{
    return QString::fromUtf16(text).split(u'|', Qt::SkipEmptyParts);
}

}  // namespace

const QList<Surname> &SeedVocabulary::surnames()
{
    // The most common surnames with their approximate share (per 10,000), and a few compound ones.
    static const QList<Surname> kSurnames = [] {
        const QStringList hanzi = items(
            u"王|李|张|刘|陈|杨|赵|黄|周|吴|徐|孙|胡|朱|高|林|何|郭|马|罗|梁|宋|郑|谢|韩|唐|冯|于|董|肖|程|曹|袁|邓|许|傅|沈|曾|彭|吕|"
            u"苏|卢|蒋|蔡|贾|丁|魏|薛|叶|阎|余|潘|杜|戴|夏|钟|汪|田|任|姜|范|方|石|姚|谭|廖|邹|熊|金|陆|郝|孔|白|崔|康|毛|邱|秦|江|史|"
            u"顾|侯|邵|孟|龙|万|段|雷|钱|汤|尹|黎|易|常|武|乔|贺|赖|龚|文|欧阳|司马|上官|诸葛");
        const QStringList pinyin = items(
            u"Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Hu|Zhu|Gao|Lin|He|Guo|Ma|Luo|Liang|Song|Zheng|Xie|Han|Tang|"
            u"Feng|Yu|Dong|Xiao|Cheng|Cao|Yuan|Deng|Xu|Fu|Shen|Zeng|Peng|Lyu|Su|Lu|Jiang|Cai|Jia|Ding|Wei|Xue|Ye|Yan|Yu|Pan|Du|"
            u"Dai|Xia|Zhong|Wang|Tian|Ren|Jiang|Fan|Fang|Shi|Yao|Tan|Liao|Zou|Xiong|Jin|Lu|Hao|Kong|Bai|Cui|Kang|Mao|Qiu|Qin|"
            u"Jiang|Shi|Gu|Hou|Shao|Meng|Long|Wan|Duan|Lei|Qian|Tang|Yin|Li|Yi|Chang|Wu|Qiao|He|Lai|Gong|Wen|Ouyang|Sima|"
            u"Shangguan|Zhuge");
        const int weights[] = {710, 700, 670, 540, 450, 310, 230, 220, 210, 200, 170, 150, 130, 130, 120, 120, 120, 120, 110, 90,
                               90,  80,  80,  70,  70,  60,  60,  60,  60,  50,  50,  50,  50,  50,  50,  40,  40,  40,  40,  40,
                               40,  40,  40,  40,  30,  30,  30,  30,  30,  30,  30,  30,  30,  30,  20,  30,  20,  20,  20,  20,
                               20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,  20,
                               20,  20,  20,  20,  20,  20,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,
                               2,   1,   1,   1};
        static_assert(std::size(weights) == 104);
        QList<Surname> list;
        for (qsizetype i = 0; i < hanzi.size() && i < pinyin.size(); ++i)
            list.append({hanzi[i], pinyin[i], weights[i]});
        return list;
    }();
    return kSurnames;
}

const QStringList &SeedVocabulary::maleGivenCharacters()
{
    static const QStringList k = items(u"伟|强|磊|军|勇|杰|涛|明|超|刚|平|辉|鹏|华|飞|鑫|波|斌|宇|浩|凯|健|俊|帆|旭|宁|龙|峰|建|国|志|"
                                       u"文|博|轩|然|睿|晨|阳|泽|子|一|梓|思|嘉|海|东|永|振|成|亮");
    return k;
}

const QStringList &SeedVocabulary::femaleGivenCharacters()
{
    static const QStringList k = items(u"芳|娜|敏|静|丽|艳|娟|霞|燕|玲|婷|雪|颖|琳|晶|欣|怡|萱|涵|悦|璐|蕾|倩|佳|慧|梅|兰|秀|莉|红|"
                                       u"月|洁|薇|琪|雨|桐|彤|诗|瑶|思|晓|梦");
    return k;
}

const QStringList &SeedVocabulary::maleEnglishNames()
{
    static const QStringList k = items(u"Kevin|David|Jason|Eric|Tony|Jack|Leo|Michael|Vincent|Peter|Frank|Steven");
    return k;
}

const QStringList &SeedVocabulary::femaleEnglishNames()
{
    static const QStringList k = items(u"Amy|Linda|Grace|Cherry|Vivian|Emily|Sophia|Fiona|Iris|Coco|Joyce|Helen");
    return k;
}

const QList<Region> &SeedVocabulary::regions()
{
    static const QList<Region> k = {
        {QStringLiteral("GD"), QStringLiteral("广东"), items(u"广州|深圳|东莞|佛山|珠海"), 14, 55},
        {QStringLiteral("BJ"), QStringLiteral("北京"), items(u"北京"), 6, 0},
        {QStringLiteral("SH"), QStringLiteral("上海"), items(u"上海"), 6, 0},
        {QStringLiteral("JS"), QStringLiteral("江苏"), items(u"南京|苏州|无锡|常州"), 8, 0},
        {QStringLiteral("ZJ"), QStringLiteral("浙江"), items(u"杭州|宁波|温州|绍兴"), 7, 0},
        {QStringLiteral("SD"), QStringLiteral("山东"), items(u"济南|青岛|烟台|潍坊"), 7, 0},
        {QStringLiteral("HA"), QStringLiteral("河南"), items(u"郑州|洛阳|新乡"), 6, 0},
        {QStringLiteral("SC"), QStringLiteral("四川"), items(u"成都|绵阳|宜宾"), 6, 0},
        {QStringLiteral("HB"), QStringLiteral("湖北"), items(u"武汉|宜昌|襄阳"), 4, 0},
        {QStringLiteral("HN"), QStringLiteral("湖南"), items(u"长沙|株洲|岳阳"), 4, 0},
        {QStringLiteral("FJ"), QStringLiteral("福建"), items(u"福州|厦门|泉州"), 4, 0},
        {QStringLiteral("HE"), QStringLiteral("河北"), items(u"石家庄|唐山|保定"), 5, 0},
        {QStringLiteral("AH"), QStringLiteral("安徽"), items(u"合肥|芜湖"), 4, 0},
        {QStringLiteral("SN"), QStringLiteral("陕西"), items(u"西安|宝鸡"), 3, 0},
        {QStringLiteral("LN"), QStringLiteral("辽宁"), items(u"沈阳|大连"), 3, 0},
        {QStringLiteral("CQ"), QStringLiteral("重庆"), items(u"重庆"), 3, 0},
        {QStringLiteral("TJ"), QStringLiteral("天津"), items(u"天津"), 2, 0},
        {QStringLiteral("GX"), QStringLiteral("广西"), items(u"南宁|桂林|梧州"), 3, 20},
        {QStringLiteral("YN"), QStringLiteral("云南"), items(u"昆明|大理"), 2, 0},
        {QStringLiteral("HK"), QStringLiteral("香港"), items(u"香港"), 1, 85},
    };
    return k;
}

const QStringList &SeedVocabulary::mobilePrefixes()
{
    // Mainland mobile number blocks of the three carriers (and their virtual operators).
    static const QStringList k = items(u"130|131|132|133|135|136|137|138|139|150|151|152|155|156|158|159|166|176|177|180|181|183|186|"
                                       u"187|188|189|191|198|199");
    return k;
}

QString SeedVocabulary::idCardPrefix(const QString &region)
{
    static const QHash<QString, QString> k = {
        {QStringLiteral("BJ"), QStringLiteral("11")}, {QStringLiteral("TJ"), QStringLiteral("12")}, {QStringLiteral("HE"), QStringLiteral("13")},
        {QStringLiteral("LN"), QStringLiteral("21")}, {QStringLiteral("SH"), QStringLiteral("31")}, {QStringLiteral("JS"), QStringLiteral("32")},
        {QStringLiteral("ZJ"), QStringLiteral("33")}, {QStringLiteral("AH"), QStringLiteral("34")}, {QStringLiteral("FJ"), QStringLiteral("35")},
        {QStringLiteral("SD"), QStringLiteral("37")}, {QStringLiteral("HA"), QStringLiteral("41")}, {QStringLiteral("HB"), QStringLiteral("42")},
        {QStringLiteral("HN"), QStringLiteral("43")}, {QStringLiteral("GD"), QStringLiteral("44")}, {QStringLiteral("GX"), QStringLiteral("45")},
        {QStringLiteral("CQ"), QStringLiteral("50")}, {QStringLiteral("SC"), QStringLiteral("51")}, {QStringLiteral("YN"), QStringLiteral("53")},
        {QStringLiteral("SN"), QStringLiteral("61")}, {QStringLiteral("HK"), QStringLiteral("81")}};
    return k.value(region, QStringLiteral("11"));
}

QString SeedVocabulary::areaCode(const QString &city)
{
    static const QHash<QString, QString> k = {
        {QStringLiteral("北京"), QStringLiteral("010")}, {QStringLiteral("上海"), QStringLiteral("021")}, {QStringLiteral("广州"), QStringLiteral("020")},
        {QStringLiteral("深圳"), QStringLiteral("0755")}, {QStringLiteral("天津"), QStringLiteral("022")}, {QStringLiteral("重庆"), QStringLiteral("023")},
        {QStringLiteral("南京"), QStringLiteral("025")}, {QStringLiteral("武汉"), QStringLiteral("027")}, {QStringLiteral("成都"), QStringLiteral("028")},
        {QStringLiteral("西安"), QStringLiteral("029")}, {QStringLiteral("杭州"), QStringLiteral("0571")}};
    return k.value(city);
}

const QStringList &SeedVocabulary::subBranches()
{
    static const QStringList k = items(u"营业部|中山路支行|人民路支行|高新区支行|开发区支行|城东支行|解放路支行|建设路支行|滨江支行|"
                                       u"科技园支行|新城支行|火车站支行");
    return k;
}

const QStringList &SeedVocabulary::products()
{
    static const QStringList k = items(u"借记卡|信用卡|理财|基金|大额存单|房贷|车贷");
    return k;
}

const QList<int> &SeedVocabulary::productShares()
{
    static const QList<int> k = {75, 55, 25, 12, 8, 12, 5};
    return k;
}

const QStringList &SeedVocabulary::dispositions()
{
    static const QStringList k = items(u"已解决|需回访|转二线|客户挂断|已发送资料|已升级处理|无效来电");
    return k;
}

const QStringList &SeedVocabulary::closingLines()
{
    static const QStringList k = items(u"请问还有其他可以帮您的吗？|感谢您的耐心等待，祝您生活愉快！|稍后会有一条满意度短信，麻烦您给个评价。|"
                                       u"如有问题可以随时联系我们，再见。");
    return k;
}

const QList<BusinessText> &SeedVocabulary::businessTexts()
{
    static const QList<BusinessText> k = {
        {QStringLiteral("card_loss"),
         items(u"先帮您把卡做临时挂失，挂失后卡片立即停止使用。|请您核对一下，最近一笔交易是在什么时间？|"
               u"正式挂失需要您本人带身份证到网点办理，补卡工本费免收。|如确认被盗刷，我们会为您提交争议交易调查。"),
         items(u"已办理临时挂失，客户将到网点补卡|已挂失并提交盗刷调查|客户找到卡片，已解除挂失|已挂失，新卡七个工作日内寄出"),
         items(u"【{brand}】您尾号{last4}的银行卡已办理临时挂失，如非本人操作请立即致电客服。|"
               u"【{brand}】您申请的补卡已寄出，运单号{ticket}，请注意查收。"),
         items(u"关于银行卡丢失挂失的咨询|补卡进度查询|盗刷交易争议申请"),
         items(u"客户情绪紧张，已安抚|提醒客户开通交易短信提醒|已核实近三笔交易")},
        {QStringLiteral("sales"),
         items(u"我们最近有一款稳健型理财，业绩比较基准是年化2.8%到3.2%。|这张信用卡首年免年费，刷满六次次年也免。|"
               u"房贷利率目前执行LPR减20个基点，具体以审批为准。|我把产品说明书通过短信发给您，您可以仔细看一下。"),
         items(u"已介绍理财产品，客户考虑中|客户预约网点面签|已发送产品资料|客户申请信用卡，已提交审批|客户暂无需求"),
         items(u"【{brand}】您关注的{product}今日开放认购，详情请咨询您的客户经理。|【{brand}】您的信用卡申请已受理，申请编号{ticket}。"),
         items(u"理财产品咨询|信用卡申请进度|房贷利率咨询"),
         items(u"客户对收益率敏感|客户偏好线上办理|已约网点周六面谈")},
        {QStringLiteral("billing"),
         items(u"我帮您查一下，本期账单金额包含一笔分期手续费。|年费可以为您申请减免，预计三个工作日内退回。|"
               u"您的最低还款额是账单金额的10%，全额还款可以免息。|这笔交易的入账日期是上个月28号，所以计入了本期账单。"),
         items(u"已解释账单明细，客户认可|已申请年费减免|已调整还款日|已为客户办理账单分期|账单争议已提交核查"),
         items(u"【{brand}】您尾号{last4}的信用卡本期账单已出，应还金额{amount}元。|【{brand}】您申请的年费减免已办理，{amount}元将退回原卡。"),
         items(u"账单金额疑问|年费扣款争议|分期手续费说明"),
         items(u"客户要求书面账单|已发送电子账单|客户对分期手续费有异议")},
        {QStringLiteral("repair"),
         items(u"请您先把手机银行升级到最新版本再试一下。|密码连续输错五次会被锁定，我帮您重置登录密码。|"
               u"转账失败是因为超过了当日限额，可以在App里调整限额。|系统繁忙的提示已经恢复，请您再试一次。"),
         items(u"已重置登录密码|指导客户升级App后恢复正常|已调整转账限额|系统故障已报修，待回电|已解锁账户"),
         items(u"【{brand}】您的手机银行登录密码已重置，如非本人操作请致电客服。|【{brand}】您反映的转账问题已处理，工单号{ticket}。"),
         items(u"手机银行无法登录|转账失败报错|交易密码重置"),
         items(u"客户使用旧版App|已远程指导操作|需技术部门跟进")},
        {QStringLiteral("complaint"),
         items(u"非常抱歉给您带来不便，您反映的问题我已经详细记录。|我会把您的投诉升级给主管，二十四小时内给您回复。|"
               u"关于多扣的费用，核实后会全额退还。|我理解您的心情，这次确实是我们的服务没做好。"),
         items(u"已受理投诉并升级主管|已道歉并退还费用|投诉工单已建，约定回电|客户不接受处理方案，转二线"),
         items(u"【{brand}】您反映的问题（工单号{ticket}）已受理，我们将在3个工作日内给您答复。|【{brand}】您的投诉已处理完毕，感谢您的监督。"),
         items(u"投诉：网点服务态度|投诉：重复扣费|投诉：承诺回电未兑现"),
         items(u"客户情绪激动，已安抚|涉及网点服务，已转网点主任|客户要求书面答复|客户表示会向监管投诉")},
        {QStringLiteral("faq"),
         items(u"网点工作日营业时间是上午九点到下午五点，部分网点周六也营业。|短信提醒可以在手机银行“设置”里开通。|"
               u"外币兑换需要带本人身份证，部分币种需要提前预约。|退款一般三到七个工作日原路退回。"),
         items(u"已解答，客户满意|已发送网点地址|已指导开通短信提醒|已告知退款时效"),
         items(u"【{brand}】您查询的网点地址已发送，营业时间9:00-17:00。|【{brand}】短信提醒服务已开通，每月服务费{amount}元。"),
         items(u"营业时间咨询|短信提醒开通|外币兑换预约"),
         items(u"客户询问周末营业|已推荐使用App自助办理")},
    };
    return k;
}

const BusinessText &SeedVocabulary::genericText()
{
    static const BusinessText k{
        QString(),
        items(u"好的，我帮您查询一下，请稍等。|我已经帮您记录下来了。|这个问题需要相关部门核实，我会尽快给您回复。"),
        items(u"已解答客户疑问|已记录，待后续处理|已转相关部门"),
        items(u"【{brand}】感谢您的来电，如对本次服务满意请回复1，不满意请回复2。"),
        items(u"业务咨询"),
        items(u"客户表示满意")};
    return k;
}

const BusinessText &SeedVocabulary::textFor(const QString &business)
{
    for (const BusinessText &t : businessTexts()) {
        if (t.business == business)
            return t;
    }
    return genericText();
}

const QList<ArticleTopic> &SeedVocabulary::articleTopics()
{
    static const QList<ArticleTopic> k = {
        {QStringLiteral("card_loss"), items(u"{card}挂失流程说明|{card}丢失后如何紧急挂失|{card}临时挂失与正式挂失的区别"),
         items(u"{card}丢失或被盗后，客户可通过{app}、客服热线{hotline}或任一网点办理挂失，挂失后卡片立即停止交易。|"
               u"临时挂失有效期为{days}天，到期前需本人持有效身份证件到网点办理正式挂失，否则自动解除。"),
         items(u"核实客户身份（姓名、身份证号后四位、预留手机号）|查询最近交易，确认是否有可疑交易|办理临时挂失并告知有效期|"
               u"提醒客户{days}天内到网点办理正式挂失和补卡|如有盗刷，登记争议交易并告知报警流程"),
         items(u"挂失|丢失|补卡|盗刷")},
        {QStringLiteral("card_loss"), items(u"{card}补卡与换卡办理指南|{card}被盗刷的处理办法"),
         items(u"补卡需在正式挂失后办理，新卡卡号会变更，原卡绑定的自动扣款需重新签约。|"
               u"发现盗刷时应立即挂失并保留短信凭证，{brand}将在{days}个工作日内完成调查。"),
         items(u"确认卡片已正式挂失|收取工本费{fee}元（{card}可免收）|新卡寄送或网点领取|提醒客户重新绑定第三方支付"),
         items(u"补卡|挂失|盗刷|换卡")},
        {QStringLiteral("billing"), items(u"{card}账单查询方式|{card}账单日与还款日说明|如何看懂{card}对账单"),
         items(u"{card}每月固定账单日出账，账单可通过{app}、微信公众号或电子邮件查看。|"
               u"还款日为账单日后第{days}天，全额还款享受免息期，最低还款额为账单金额的10%。"),
         items(u"登录{app}，进入“信用卡”页面|选择“账单查询”，查看已出账单和未出账单|点击交易明细核对每一笔消费|"
               u"如有疑问交易，可在线发起账单争议"),
         items(u"账单|还款|账单日|免息期")},
        {QStringLiteral("billing"), items(u"{card}年费减免政策|{card}分期手续费计算方法|{card}逾期还款的影响"),
         items(u"{card}年费为{fee}元，首年免年费，当年刷卡满六次可免次年年费。|"
               u"账单分期按期收取手续费，每期费率0.6%，提前还款已收手续费不退。"),
         items(u"查询客户年费收取记录|核对是否满足免年费条件|符合条件的提交年费减免申请|告知退费时效为{days}个工作日"),
         items(u"年费|分期|手续费|逾期")},
        {QStringLiteral("repair"), items(u"{app}无法登录的处理方法|{app}登录密码重置流程|{app}闪退问题排查"),
         items(u"客户反映{app}无法登录时，先确认版本是否为最新，再检查网络和设备时间设置。|"
               u"登录密码连续输错5次将锁定24小时，可通过“忘记密码”验证身份后重置。"),
         items(u"确认客户{app}版本号|引导客户卸载重装或清除缓存|验证身份后重置登录密码|仍无法解决的记录设备型号并提交技术工单"),
         items(u"手机银行|登录|密码|闪退|App")},
        {QStringLiteral("repair"), items(u"转账失败常见原因及处理|{app}转账限额调整说明|跨行转账到账时间说明"),
         items(u"转账失败常见原因包括超过单笔或单日限额、收款账户信息有误、账户状态异常或系统维护。|"
               u"{app}单日转账限额默认为{limit}元，可凭U盾或短信验证提高。"),
         items(u"查询失败交易的返回码|核对收款人姓名、账号和开户行|检查当日已用额度|如系统原因，告知客户稍后重试并登记工单"),
         items(u"转账|转账失败|限额|到账")},
        {QStringLiteral("sales"), items(u"{product}产品介绍|{product}购买与赎回规则|{product}风险等级说明"),
         items(u"{product}起购金额{minimum}元，业绩比较基准年化2.6%-3.4%，不代表实际收益。|"
               u"购买前需完成风险测评，产品风险等级须与客户风险承受能力相匹配。"),
         items(u"了解客户资金期限和风险偏好|确认客户风险测评结果在有效期内|介绍产品期限、起购金额和费率|"
               u"提示理财非存款、产品有风险、投资须谨慎|通过{app}或网点完成购买"),
         items(u"理财|产品|风险测评|收益")},
        {QStringLiteral("sales"), items(u"{card}申请条件与办理流程|{card}权益介绍|首套房贷款申请指南"),
         items(u"年满18周岁、有稳定收入的客户可申请{card}，审批结果一般在{days}个工作日内以短信通知。|"
               u"房贷申请需提供身份证、收入证明、购房合同和首付款证明，利率以审批结果为准。"),
         items(u"确认客户基本条件|介绍卡片权益和年费政策|引导客户通过{app}在线申请|告知审批进度查询方式"),
         items(u"信用卡|申请|房贷|贷款")},
        {QStringLiteral("complaint"), items(u"客户投诉受理规范|重复扣费投诉处理流程|服务态度投诉处理指引"),
         items(u"受理投诉时先致歉、后核实，记录客户诉求和期望的处理结果，不与客户争辩。|"
               u"投诉须在24小时内首次回复，{days}个工作日内办结，涉及资金的须由二线核实后处理。"),
         items(u"倾听并复述客户诉求|记录投诉要素：时间、地点、涉及人员和金额|告知投诉工单号和处理时限|"
               u"超出权限的升级至投诉专席或值班主管|结案后回访客户满意度"),
         items(u"投诉|升级|回访|工单")},
        {QStringLiteral("faq"), items(u"{city}地区网点营业时间|外币兑换预约说明|短信提醒服务开通与收费"),
         items(u"{city}地区网点工作日营业时间为9:00-17:00，部分网点周六营业，法定节假日以公告为准。|"
               u"短信提醒服务月费{fee}元，可在{app}“设置—消息提醒”中开通或关闭。"),
         items(u"通过{app}“网点查询”查看附近网点|确认网点营业时间和可办理业务|如需外币现钞，提前一个工作日预约"),
         items(u"网点|营业时间|短信提醒|外币")},
        {QStringLiteral("faq"), items(u"退款到账时间说明|5G套餐联名信用卡优惠说明|国际漫游期间境外用卡提示"),
         items(u"消费退款一般在{days}个工作日内原路退回，信用卡退款将冲抵账单金额。|"
               u"与运营商合作的5G套餐联名卡，绑定自动缴话费每月可享立减优惠，境外刷卡免货币转换费。"),
         items(u"确认退款发起时间和商户名称|在交易明细中查询退款入账|超过时限未到账的登记查询工单"),
         items(u"退款|到账|5G套餐|境外")},
    };
    return k;
}

const QStringList &SeedVocabulary::articleCautions()
{
    static const QStringList k = items(u"注意：坐席不得索要客户的完整密码或短信验证码。|注意：涉及资金变动的操作需二次核实身份。|"
                                       u"注意：客户为老年人时应放慢语速，必要时建议家属陪同到网点办理。|"
                                       u"注意：如客户提及诈骗，应立即提醒客户停止转账并报警。");
    return k;
}

const QStringList &SeedVocabulary::articleFees()
{
    static const QStringList k = items(u"本业务不收取手续费。|工本费{fee}元，白金卡客户免收。|相关费用以{brand}官网公布的收费标准为准。|"
                                       u"VIP客户可享受费用减免，具体以系统显示为准。");
    return k;
}

const QStringList &SeedVocabulary::cards()
{
    static const QStringList k = items(u"借记卡|信用卡|白金信用卡|金卡|联名信用卡|公务卡|社保卡");
    return k;
}

const QStringList &SeedVocabulary::apps()
{
    static const QStringList k = items(u"手机银行App|网上银行|微信银行|自助终端");
    return k;
}

const QStringList &SeedVocabulary::wealthProducts()
{
    static const QStringList k = items(u"稳健理财|大额存单|定期存款|货币基金|养老理财|外币理财");
    return k;
}

}  // namespace baton::sim
