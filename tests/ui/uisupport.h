#pragma once
// A small embedded site for the desktop's tests: a routing service on a temporary database with
// one known customer (history, attributes), a live call script, an IVR client that creates
// contacts, and an agent's AgentSession — all through LocalClient, as the embedded desktop runs.

#include "../net/netsupport.h"
#include "agentsession.h"
#include "auditlog.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "routerclient.h"
#include "scriptrepository.h"
#include "sitebuilder.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace baton::test {

inline core::SiteConfig uiSite(int wrapUpSeconds = 30)
{
    core::SiteConfig s = SiteBuilder()
                             .group(QStringLiteral("aftersales"))
                             .wrapUp(wrapUpSeconds)
                             .alertAfter(60)
                             .group(QStringLiteral("complaints"))
                             .agent(QStringLiteral("a1"), {"aftersales:9"}, 1, 3)
                             .agent(QStringLiteral("a2"), {"complaints"}, 1, 3)
                             .acceptTimeout(15)
                             .build();
    s.name = QStringLiteral("测试银行");
    s.groups[0].name = QStringLiteral("售后");
    s.groups[1].name = QStringLiteral("投诉");
    s.agents[0].name = QStringLiteral("李强");
    s.agents[1].name = QStringLiteral("王芳");
    s.dispositions = {QStringLiteral("已解决"), QStringLiteral("需回访")};
    return s;
}

struct UiFixture {
    explicit UiFixture(int wrapUpSeconds = 30)
        : config(uiSite(wrapUpSeconds))
    {
        dbPath = dir.filePath(QStringLiteral("ui.db"));
        seed();
        users.add(QStringLiteral("ivr"), QStringLiteral("ivr-secret"), core::Role::Integration);
        users.add(QStringLiteral("liqiang"), QStringLiteral("pw"), core::Role::Agent, QStringLiteral("a1"));
        users.add(QStringLiteral("wangfang"), QStringLiteral("pw"), core::Role::Agent, QStringLiteral("a2"));
        users.add(QStringLiteral("coach"), QStringLiteral("pw"), core::Role::Trainer);
        users.add(QStringLiteral("boss"), QStringLiteral("pw"), core::Role::Supervisor);
        net::ServiceOptions options;
        options.databasePath = dbPath;
        options.fsync = false;
        options.positionInterval = std::chrono::milliseconds(20);
        options.resumeGrace = std::chrono::milliseconds(100);
        service = std::make_unique<net::RoutingService>(clock, config, options, &users);
        if (const auto started = service->start(); !started)
            qFatal("start failed: %s", qPrintable(started.error().toString()));
        ivr = std::make_unique<net::LocalClient>(*service);
        ivr->signIn(QStringLiteral("ivr"), QStringLiteral("ivr-secret"));
        agentClient = std::make_unique<net::LocalClient>(*service);
        session = std::make_unique<models::AgentSession>(*agentClient);
    }

    // A customer with 30 interactions over every channel, and a live script with cue words.
    void seed()
    {
        auto db = store::Database::open(dbPath, store::Database::Mode::Create);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        store::AuditLog audit(*db.value(), clock);
        store::CustomerRepository customers(*db.value(), clock, &audit);
        store::Customer c;
        c.name = QStringLiteral("王小明");
        c.phones = {QStringLiteral("+8613800138000")};
        c.attributes = {{QStringLiteral("level"), QStringLiteral("gold")}, {QStringLiteral("product"), QStringLiteral("白金信用卡")}};
        c.tags = {QStringLiteral("信用卡")};
        auto created = customers.create(c);
        QVERIFY(created);
        customerId = created->id.value();
        store::InteractionRepository interactions(*db.value());
        const core::Channel channels[] = {core::Channel::Voice, core::Channel::Chat, core::Channel::Sms, core::Channel::Email};
        for (int i = 0; i < 30; ++i) {
            store::Interaction x;
            x.customer = created->id;
            x.started = clock.utcNow().addDays(-30 + i);
            x.ended = x.started.addSecs(300);
            x.channel = channels[i % 4];
            x.agent = core::AgentId(QStringLiteral("a2"));
            x.business = i % 3 == 0 ? QStringLiteral("账单查询") : QStringLiteral("额度调整");
            x.summary = QStringLiteral("第%1次来电：%2").arg(i).arg(i % 5 == 0 ? QStringLiteral("年费争议") : QStringLiteral("查询"));
            x.disposition = QStringLiteral("已解决");
            QVERIFY(interactions.add(x));
        }
        store::ScriptRepository scripts(*db.value(), clock, &audit);
        auto id = scripts.createScript(QStringLiteral("挂失"), QStringLiteral("信用卡挂失"), QStringLiteral("coach"));
        QVERIFY(id);
        QList<store::ScriptStage> stages{
            {QStringLiteral("greet"), QStringLiteral("问候"), QStringLiteral("您好，{customer.name}，我是{agent.name}。"), {QStringLiteral("您好")}, {}},
            {QStringLiteral("verify"), QStringLiteral("核实身份"), QStringLiteral("请提供身份证后四位。"), {QStringLiteral("身份证"), QStringLiteral("后四位")}, {}},
            {QStringLiteral("diagnose"), QStringLiteral("处理"), QStringLiteral("已为您冻结{customer.product}。"), {QStringLiteral("冻结")}, {}},
            {QStringLiteral("recap"), QStringLiteral("复述"), QStringLiteral("新卡 7 个工作日寄达。"), {QStringLiteral("寄达")}, {}},
            {QStringLiteral("upsell"), QStringLiteral("推荐"), QStringLiteral("还有什么可以帮您？"), {QStringLiteral("还有")},
             {{QStringLiteral("customer.level"), store::UpsellRule::Match::Equals, QStringLiteral("gold"), QStringLiteral("推荐免费加急补卡")},
              {QStringLiteral("customer.level"), store::UpsellRule::Match::Equals, QStringLiteral("normal"), QStringLiteral("推荐升级金卡")}}},
        };
        QVERIFY(scripts.saveDraft(*id, stages, QStringLiteral("coach")));
        QVERIFY(scripts.publish(*id, QStringLiteral("first"), QStringLiteral("coach")));
        QVERIFY(scripts.setLive({core::GroupId(QStringLiteral("aftersales")), QStringLiteral("信用卡挂失")}, *id, 1, QStringLiteral("coach")));
    }

    QJsonObject contactBody(const QString &channel = QStringLiteral("voice"), const QString &phone = QStringLiteral("+8613800138000")) const
    {
        return QJsonObject{
            {QStringLiteral("channel"), channel},
            {QStringLiteral("business"), QStringLiteral("信用卡挂失")},
            {QStringLiteral("handOver"),
             QJsonObject{{QStringLiteral("callerNumber"), phone},
                         {QStringLiteral("identityGiven"), QStringLiteral("110101********1234")},
                         {QStringLiteral("identityVerified"), false},
                         {QStringLiteral("menuPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                         {QStringLiteral("keywords"), QJsonArray{QStringLiteral("丢了")}},
                         {QStringLiteral("transcript"), QJsonArray{QStringLiteral("客户：我的信用卡丢了，太慢了，我要投诉"),
                                                                   QStringLiteral("机器人：正在为您转接人工")}},
                         {QStringLiteral("reason"), QStringLiteral("信用卡丢失")}}}};
    }

    // The IVR creates a contact; returns its id.
    qint64 createContact(const QString &channel = QStringLiteral("voice"), const QString &phone = QStringLiteral("+8613800138000"))
    {
        qint64 id = 0;
        ivr->request(QStringLiteral("contact.create"), contactBody(channel, phone), [&id](const net::Message &r) {
            if (!r.isError())
                id = r.body.value(QStringLiteral("contact")).toInteger();
        });
        if (!QTest::qWaitFor([&id] { return id != 0; }, 5000))
            qWarning("contact.create got no answer");
        return id;
    }

    void signInAgent()
    {
        session->signIn(QStringLiteral("liqiang"), QStringLiteral("pw"));
        if (!QTest::qWaitFor([this] { return session->isSignedIn() && !session->directoryGroups().isEmpty(); }, 5000))
            qWarning("the agent did not sign in");
    }

    // Moves the router's clock and lets its timers run.
    void advance(int seconds)
    {
        clock.advance(std::chrono::seconds(seconds));
        bool done = false;
        ivr->request(QStringLiteral("ping"), {}, [&done](const net::Message &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 2000))
            qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
        QTest::qWait(30);
    }

    QTemporaryDir dir;
    QString dbPath;
    core::ManualClock clock;
    core::SiteConfig config;
    FixedUsers users;
    QString customerId;
    std::unique_ptr<net::RoutingService> service;
    std::unique_ptr<net::LocalClient> ivr;
    std::unique_ptr<net::LocalClient> agentClient;
    std::unique_ptr<models::AgentSession> session;
};

}  // namespace baton::test
