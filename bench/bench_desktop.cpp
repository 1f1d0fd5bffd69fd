// baton-bench-desktop: how fast the agent's desktop answers (docs/PERFORMANCE.md).
//
//   baton-bench-desktop history [--rows 100000]   one-row updates and per-keystroke filtering
//   baton-bench-desktop offer [--offers 200]      an offer event → the transfer card painted,
//                                                 embedded, on the real workspace (offscreen)
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). Prints medians and p99 in ms.
#include "agentsession.h"
#include "agentworkspace.h"
#include "contactpage.h"
#include "historymodel.h"
#include "keywordsummary.h"
#include "routerclient.h"
#include "service.h"
#include "siteconfig.h"
#include "transfercardwidget.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace baton;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString stats(std::vector<double> v)
{
    if (v.empty())
        return QStringLiteral("(none)");
    std::sort(v.begin(), v.end());
    auto at = [&v](double p) { return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))]; };
    return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms over %4")
        .arg(at(0.5), 0, 'f', 3)
        .arg(at(0.99), 0, 'f', 3)
        .arg(v.back(), 0, 'f', 3)
        .arg(v.size());
}

double msSince(const QElapsedTimer &t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

int history(int rows)
{
    const QStringList business{QStringLiteral("账单查询"), QStringLiteral("额度调整"), QStringLiteral("信用卡挂失"), QStringLiteral("积分兑换"),
                               QStringLiteral("投诉"), QStringLiteral("分期")};
    const QStringList summary{QStringLiteral("查询 11 月账单"), QStringLiteral("申请临时额度"), QStringLiteral("卡片丢失，已冻结"),
                              QStringLiteral("年费争议，要求退还"), QStringLiteral("积分到期提醒"), QStringLiteral("分期手续费咨询")};
    const char *channels[] = {"voice", "chat", "sms", "email", "web", "app"};
    QList<models::HistoryItem> items;
    items.reserve(rows);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < rows; ++i) {
        models::HistoryItem h;
        h.id = i + 1;
        h.started = start.addSecs(-60LL * i);
        h.ended = h.started.addSecs(240);
        h.channel = QLatin1String(channels[i % 6]);
        h.agent = QStringLiteral("agent%1").arg(i % 50);
        h.business = business[i % business.size()];
        h.summary = summary[(i / 7) % summary.size()] + QStringLiteral(" #%1").arg(i);
        h.disposition = i % 3 ? QStringLiteral("已解决") : QStringLiteral("需回访");
        items.append(h);
    }
    models::HistoryModel model;
    QElapsedTimer t;
    t.start();
    model.setItems(items);
    out() << QStringLiteral("history: %1 rows loaded in %2 ms\n").arg(rows).arg(msSince(t), 0, 'f', 1);
    models::HistoryFilter filter;
    filter.setSourceModel(&model);

    std::vector<double> updates;
    for (int i = 0; i < 2000; ++i) {
        models::HistoryItem h = items.at((i * 7919) % rows);
        h.notes = QStringLiteral("回访 %1").arg(i);
        t.restart();
        model.updateItem(h);
        updates.push_back(msSince(t));
    }
    out() << QStringLiteral("  one-row update (through the filter proxy): %1\n").arg(stats(updates));

    // Typing a query one character at a time, then deleting it, as an agent does; each
    // keystroke filters every row.
    const QStringList typed{QStringLiteral("年"), QStringLiteral("年费"), QStringLiteral("年费争"), QStringLiteral("年费争议"),
                            QStringLiteral("年费争"), QStringLiteral("年费"), QStringLiteral("年"), QString(),
                            QStringLiteral("额"), QStringLiteral("额度"), QStringLiteral("额度 临时"), QString(),
                            QStringLiteral("#9"), QStringLiteral("#99"), QStringLiteral("#999"), QString()};
    std::vector<double> keystrokes;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : typed) {
            t.restart();
            filter.setText(q);
            keystrokes.push_back(msSince(t));
        }
    }
    out() << QStringLiteral("  filter per keystroke: %1\n").arg(stats(keystrokes));
    std::vector<double> channelSwitch;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        filter.setChannels(i % 2 ? QSet<QString>{} : QSet<QString>{QLatin1String(channels[i % 6])});
        channelSwitch.push_back(msSince(t));
    }
    out() << QStringLiteral("  channel filter switch: %1\n").arg(stats(channelSwitch));
    return 0;
}

// Counts paints of one widget.
class PaintProbe : public QObject {
public:
    QElapsedTimer *clock = nullptr;
    double paintedAt = -1;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && paintedAt < 0)
            paintedAt = msSince(*clock);
        return QObject::eventFilter(o, e);
    }
};

class FixedAgents final : public net::Authenticator {
public:
    core::Result<net::Identity> authenticate(const QString &user, const QString &) override
    {
        if (user == QLatin1String("ivr"))
            return net::Identity{user, core::Role::Integration, {}, user, {}};
        return net::Identity{user, core::Role::Agent, core::AgentId(user), user, {}};
    }
};

int offer(int offers)
{
    core::SiteConfig site;
    site.name = QStringLiteral("bench");
    core::SkillGroupConfig g;
    g.id = core::GroupId(QStringLiteral("g"));
    g.name = QStringLiteral("售后");
    g.wrapUp = core::Duration(0);
    site.groups = {g};
    core::AgentConfig a;
    a.id = core::AgentId(QStringLiteral("a1"));
    a.name = QStringLiteral("李强");
    a.groups = {{g.id, 5}};
    a.capacity[static_cast<int>(core::Channel::Voice)] = 1;
    site.agents = {a};
    site.defaultRoute.targets = {g.id};
    core::SystemClock clock;
    FixedAgents auth;
    net::ServiceOptions options;  // no database: the card's own content is what is measured
    net::RoutingService service(clock, site, options, &auth);
    if (!service.start())
        return 1;
    net::LocalClient ivr(service), agentClient(service);
    ivr.signIn(QStringLiteral("ivr"), {});
    models::AgentSession session(agentClient);
    session.signIn(QStringLiteral("a1"), {});
    if (!QTest::qWaitFor([&session] { return session.isSignedIn(); }, 5000))
        qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
    text::KeywordSummarizer summarizer;
    ui::AgentWorkspace w(session, summarizer);
    w.resize(1366, 768);
    w.show();
    session.setReady();
    if (!QTest::qWaitFor([&session] { return session.state() == QLatin1String("available"); }, 5000))
        qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);

    const QJsonArray transcript{QStringLiteral("机器人：您好，请问有什么可以帮您？"), QStringLiteral("客户：我的信用卡昨天在商场丢了，想马上挂失"),
                                QStringLiteral("机器人：请问您的卡号后四位是？"), QStringLiteral("客户：后四位是1234，太慢了，快点帮我冻结"),
                                QStringLiteral("机器人：正在为您转接人工客服")};
    std::vector<double> fromPush, fromCreate;
    QElapsedTimer clockMs;
    PaintProbe probe;
    probe.clock = &clockMs;
    double pushAt = -1;
    QObject::connect(&session, &models::AgentSession::offerArrived, &w, [&] {
        pushAt = msSince(clockMs);
        // The page is created on the same signal; watch its card for its first paint.
        QMetaObject::invokeMethod(&w, [&] {
            if (ui::ContactPage *p = w.currentPage())
                p->card()->installEventFilter(&probe);
        }, Qt::DirectConnection);
    });
    for (int i = 0; i < offers; ++i) {
        probe.paintedAt = -1;
        pushAt = -1;
        clockMs.restart();
        ivr.request(QStringLiteral("contact.create"),
                    {{QStringLiteral("business"), QStringLiteral("信用卡挂失")},
                     {QStringLiteral("handOver"), QJsonObject{{QStringLiteral("callerNumber"), QStringLiteral("+8613800138000")},
                                                              {QStringLiteral("menuPath"), QJsonArray{QStringLiteral("信用卡"), QStringLiteral("挂失")}},
                                                              {QStringLiteral("transcript"), transcript},
                                                              {QStringLiteral("reason"), QStringLiteral("信用卡丢失")}}},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("王小明")}}}});
        if (!QTest::qWaitFor([&probe] { return probe.paintedAt >= 0; }, 5000)) {
            out() << "offer " << i << ": the card was not painted\n";
            return 1;
        }
        fromCreate.push_back(probe.paintedAt);
        fromPush.push_back(probe.paintedAt - pushAt);
        // Take it and end it, so the next offer starts from an idle agent.
        w.acceptAction()->trigger();
        if (!QTest::qWaitFor([&session] { return !session.conversations().isEmpty(); }, 5000))
            qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
        session.endContact(session.conversations().first().contact);
        if (!QTest::qWaitFor([&session] { return session.conversations().isEmpty() && session.state() == QLatin1String("available"); }, 5000))
            qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
    }
    out() << QStringLiteral("offer: %1 offers on the embedded workspace (offscreen)\n").arg(offers);
    out() << QStringLiteral("  offer push → card painted: %1\n").arg(stats(fromPush));
    out() << QStringLiteral("  contact.create sent → card painted: %1\n").arg(stats(fromCreate));
    return 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto value = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        out() << "usage: baton-bench-desktop history [--rows N] | offer [--offers N]\n";
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("history"))
        return history(std::max(1, value(QStringLiteral("--rows"), 100000)));
    if (args.first() == QLatin1String("offer"))
        return offer(std::max(1, value(QStringLiteral("--offers"), 200)));
    out() << "baton-bench-desktop: unknown benchmark '" << args.first() << "' (history or offer)\n";
    return 2;
}
