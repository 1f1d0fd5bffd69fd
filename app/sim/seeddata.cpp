#include "seeddata.h"

#include "auditlog.h"
#include "clock.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "knowledgebase.h"
#include "phonenumbers.h"
#include "scriptrepository.h"
#include "seedcontent.h"
#include "seedrandom.h"
#include "seedvocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

namespace baton::sim {

using core::AgentId;
using core::Channel;
using core::Error;
using core::GroupId;
using core::Result;
using core::Status;

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr int kHistoryDays = 180;

// Streams of SeedRandom, one per part of the data.
enum Stream : quint32 { People = 1, History = 2, Articles = 3, Duplicates = 4 };

struct PlannedCustomer {
    store::Customer record;
    int level = 0;
    qint64 createdMs = 0;
    bool complainer = false;
    bool elderly = false;
    int interactions = 0;
    int survivor = -1;  // a duplicate: the index of the customer it is merged into
};

// Percent of people by VIP level 0–10: most are ordinary, very few are at the top.
const QList<double> kLevelShares = {40, 22, 14, 7, 5, 4, 3, 2, 1.5, 1, 0.5};

// Calls by local hour of day, per kind of channel.
const QList<double> kVoiceHours = {0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 4, 9, 10, 9, 5, 6, 9, 9, 8, 7, 5, 3, 1, 0.5, 0.3, 0.2};
const QList<double> kOnlineHours = {1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 5, 7, 8, 8, 6, 7, 8, 8, 7, 7, 7, 8, 8, 7, 5, 3};
const QList<double> kSmsHours = {0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 5, 5, 4, 4, 5, 5, 5, 5, 4, 3, 2, 1, 0, 0};

bool isOnline(Channel c) { return c == Channel::Chat || c == Channel::App || c == Channel::Web; }

class Seeder {
public:
    Seeder(store::Database &db, const core::SiteConfig &site, const Corpus &corpus, const SeedOptions &options)
        : m_db(db), m_site(site), m_corpus(corpus), m_options(options),
          m_origin(options.now.addYears(-12)), m_clock(m_origin),
          m_audit(db, m_clock), m_customers(db, m_clock, &m_audit), m_history(db),
          m_people(options.seed, People), m_historyRng(options.seed, History), m_articleRng(options.seed, Articles),
          m_duplicateRng(options.seed, Duplicates)
    {
        m_brand = site.name;
        m_brand.remove(QStringLiteral("客服中心"));
        if (m_brand.isEmpty())
            m_brand = site.name;
        m_businesses = corpus.businesses.keys();
        std::sort(m_businesses.begin(), m_businesses.end());
        for (qsizetype i = 0; i < site.agents.size(); ++i) {
            for (const core::Membership &m : site.agents[i].groups)
                m_members[m.group].append(static_cast<int>(i));
        }
        if (site.group(GroupId(QStringLiteral("vip"))))
            m_vipGroup = GroupId(QStringLiteral("vip"));
        for (const Surname &s : SeedVocabulary::surnames())
            m_surnameWeights.append(s.weight);
        for (const Region &r : SeedVocabulary::regions())
            m_regionWeights.append(r.weight);
    }

    Result<SeedSummary> run();

private:
    Status checkTarget();
    Status writeScripts();
    Status writeCustomers();
    Status writeHistory();
    Status writeMerges();
    Status writeArticles();
    Status writeAudit();

    PlannedCustomer planCustomer(int number);
    PlannedCustomer planDuplicate(int survivor, int number);
    QString uniqueId(const QString &system, const std::function<QString()> &draw);
    QString uniquePhone(const std::function<QString()> &draw);
    QString levelValue(int level) const;
    QStringList premiumLevels() const;
    GroupId ruleGroup(const QString &business) const;
    GroupId homeGroup(const QString &business) const;
    AgentId pickAgent(const GroupId &group, Channel channel, const AgentId &previous, const AgentId &dedicated);
    AgentId otherAgent(const AgentId &than);
    qint64 drawStart(qint64 fromMs, qint64 toMs, Channel channel);
    // An interaction in two steps: its business and channel, then (once its time is known, in
    // order) the agent, the conversation and the outcome.
    store::Interaction topic(const PlannedCustomer &c);
    void complete(store::Interaction &i, const PlannedCustomer &c, qint64 startMs, const AgentId &previous);
    void setClock(qint64 utcMs) { m_clock.setNow(core::TimePoint(core::Duration(utcMs - m_origin.toMSecsSinceEpoch()))); }

    store::Database &m_db;
    const core::SiteConfig &m_site;
    const Corpus &m_corpus;
    const SeedOptions &m_options;
    QDateTime m_origin;
    core::ManualClock m_clock;
    store::AuditLog m_audit;
    store::CustomerRepository m_customers;
    store::InteractionRepository m_history;
    SeedRandom m_people;
    SeedRandom m_historyRng;
    SeedRandom m_articleRng;
    SeedRandom m_duplicateRng;

    QString m_brand;
    QStringList m_businesses;           // the corpus's, sorted: never iterate a QHash into the data
    QHash<GroupId, QList<int>> m_members;  // group → agent indices in configuration order
    GroupId m_vipGroup;
    QList<int> m_surnameWeights;
    QList<int> m_regionWeights;
    qint64 m_nowMs = 0;
    int m_firstNumber = 1;              // customer numbers continue after those already stored
    QList<PlannedCustomer> m_planned;
    QSet<QString> m_usedPhones;
    QHash<QString, QSet<QString>> m_usedIds;
    SeedSummary m_summary;
};

Result<SeedSummary> Seeder::run()
{
    m_nowMs = m_options.now.toMSecsSinceEpoch();
    if (auto s = checkTarget(); !s)
        return s.error();
    if (auto s = m_db.begin(); !s)
        return s.error();
    for (auto step : {&Seeder::writeScripts, &Seeder::writeCustomers, &Seeder::writeHistory, &Seeder::writeMerges,
                      &Seeder::writeArticles, &Seeder::writeAudit}) {
        if (auto s = (this->*step)(); !s) {
            m_db.rollback();
            return s.error();
        }
    }
    if (auto s = m_db.commit(); !s) {
        m_db.rollback();
        return s.error();
    }
    return m_summary;
}

Status Seeder::checkTarget()
{
    QSqlQuery q = m_db.query();
    if (auto s = store::Database::run(q, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM customers")); !s)
        return s;
    q.next();
    const long long existing = q.value(0).toLongLong();
    if (existing > 0 && !m_options.append)
        return Error::conflict(QStringLiteral("%1 already has %2 customers; seed-db fills an empty database (give --append to add to it)")
                                   .arg(store::Database::redacted(m_db.path()))
                                   .arg(existing));
    m_firstNumber = static_cast<int>(q.value(1).toLongLong()) + 1;
    return {};
}

// ---- customers --------------------------------------------------------------------------------

QString Seeder::levelValue(int level) const
{
    // The site's own name for the level when it has one ("gold"), so its rules match; else the number.
    QString name;
    for (auto it = m_site.vip.attributeLevels.cbegin(); it != m_site.vip.attributeLevels.cend(); ++it) {
        if (it.value() == level && (name.isEmpty() || it.key() < name))
            name = it.key();
    }
    return name.isEmpty() ? QString::number(level) : name;
}

QStringList Seeder::premiumLevels() const
{
    QStringList names;
    for (auto it = m_site.vip.attributeLevels.cbegin(); it != m_site.vip.attributeLevels.cend(); ++it) {
        if (it.value() >= 8)
            names.append(it.key());
    }
    std::sort(names.begin(), names.end());
    return names.isEmpty() ? QStringList{QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10")} : names;
}

QString Seeder::uniqueId(const QString &system, const std::function<QString()> &draw)
{
    QSet<QString> &used = m_usedIds[system];
    for (int attempt = 0;; ++attempt) {
        // A drawing that keeps hitting ids in use (a sequential one, when appending) gets a suffix.
        const QString id = attempt < 20 ? draw() : draw() + QStringLiteral("-%1").arg(attempt);
        if (used.contains(id))
            continue;
        used.insert(id);
        if (m_options.append) {
            auto taken = m_customers.idByExternalId(system, id);
            if (taken && taken->has_value())
                continue;
        }
        return id;
    }
}

QString Seeder::uniquePhone(const std::function<QString()> &draw)
{
    for (int attempt = 0;; ++attempt) {
        const QString written = draw();
        auto e164 = store::PhoneNumbers::normalize(written);
        if (attempt < 50 && (!e164 || m_usedPhones.contains(*e164)))
            continue;
        if (e164)
            m_usedPhones.insert(*e164);
        return written;  // as a person typed it: the store normalises it (and reports what it cannot)
    }
}

PlannedCustomer Seeder::planCustomer(int number)
{
    SeedRandom &r = m_people;
    PlannedCustomer c;
    store::Customer &rec = c.record;
    const Surname &surname = SeedVocabulary::surnames()[r.weighted(m_surnameWeights)];
    const bool female = r.chance(50);
    const QStringList &chars = female ? SeedVocabulary::femaleGivenCharacters() : SeedVocabulary::maleGivenCharacters();
    QString given;
    switch (r.weighted({12, 22, 66})) {
    case 0: given = r.pick(m_corpus.givenNames); break;
    case 1: given = r.pick(chars); break;
    default: {
        given = r.pick(chars);
        QString second = r.pick(chars);
        while (second == given)
            second = r.pick(chars);
        given += second;
    }
    }
    rec.name = surname.hanzi + given;
    const Region &region = SeedVocabulary::regions()[r.weighted(m_regionWeights)];
    const QString city = r.pick(region.cities);
    c.level = r.weighted(kLevelShares);

    // Phones: a mobile, as people write it; some have a second mobile or a landline.
    const bool hongKong = region.code == QLatin1String("HK");
    auto mobile = [&r] {
        const QString n = r.pick(SeedVocabulary::mobilePrefixes()) + r.digits(8);
        switch (r.weighted({40, 25, 20, 10, 5})) {
        case 0: return n;
        case 1: return QStringLiteral("%1 %2 %3").arg(n.left(3), n.mid(3, 4), n.mid(7));
        case 2: return QStringLiteral("+86 %1-%2-%3").arg(n.left(3), n.mid(3, 4), n.mid(7));
        case 3: return QStringLiteral("+86") + n;
        default: return QStringLiteral("0086 ") + n;
        }
    };
    if (hongKong)
        rec.phones.append(uniquePhone([&r] { return QStringLiteral("+852 9%1 %2").arg(r.digits(3), r.digits(4)); }));
    if (!hongKong || r.chance(50))
        rec.phones.append(uniquePhone(mobile));
    if (r.chance(12))
        rec.phones.append(uniquePhone(mobile));
    if (const QString area = SeedVocabulary::areaCode(city); !area.isEmpty() && r.chance(10))
        rec.phones.append(uniquePhone([&r, area] { return QStringLiteral("%1-%2%3 %4").arg(area).arg(r.between(5, 8)).arg(r.digits(3), r.digits(4)); }));

    // Ids in other systems: the id card (masked, as the CRM shows it), the CRM, the app, WeChat.
    rec.externalIds.insert(QStringLiteral("IDCARD"), uniqueId(QStringLiteral("IDCARD"), [&r, &region] {
        const int check = r.below(11);
        return SeedVocabulary::idCardPrefix(region.code) + QStringLiteral("01%1").arg(r.between(1, 12), 2, 10, QLatin1Char('0')) + QStringLiteral("********")
             + r.digits(3) + (check == 10 ? QStringLiteral("X") : QString::number(check));
    }));
    rec.externalIds.insert(QStringLiteral("crm"), uniqueId(QStringLiteral("crm"), [number] { return QStringLiteral("C%1").arg(10000000 + number); }));
    if (r.chance(60))
        rec.externalIds.insert(QStringLiteral("app"), uniqueId(QStringLiteral("app"), [&r] { return QStringLiteral("U") + r.digits(9); }));
    if (r.chance(35)) {
        rec.externalIds.insert(QStringLiteral("wechat"), uniqueId(QStringLiteral("wechat"), [&r] {
            static const QString kAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
            QString id = QStringLiteral("o");
            for (int i = 0; i < 27; ++i)
                id.append(kAlphabet[r.below(static_cast<int>(kAlphabet.size()))]);
            return id;
        }));
    }

    // Attributes the site's rules and the scripts read.
    QStringList products;
    for (qsizetype i = 0; i < SeedVocabulary::products().size(); ++i) {
        int share = SeedVocabulary::productShares()[i];
        const QString &p = SeedVocabulary::products()[i];
        if (c.level >= 6 && (p == QLatin1String("理财") || p == QLatin1String("大额存单")))
            share = 70;
        if (r.chance(share))
            products.append(p);
    }
    if (products.isEmpty())
        products.append(SeedVocabulary::products().first());
    const int languageDraw = r.below(100);
    const QString language = languageDraw < region.cantonese ? QStringLiteral("yue")
                           : (hongKong && languageDraw < 95) || languageDraw >= 99 ? QStringLiteral("en") : QStringLiteral("zh");
    rec.attributes = {
        {QStringLiteral("level"), levelValue(c.level)},
        {QStringLiteral("region"), region.code},
        {QStringLiteral("province"), region.province},
        {QStringLiteral("city"), city},
        {QStringLiteral("language"), language},
        {QStringLiteral("product"), products.join(QStringLiteral("、"))},
        {QStringLiteral("branch"), city + QStringLiteral("分行") + r.pick(SeedVocabulary::subBranches())},
    };
    if (r.chance(hongKong ? 60 : 8)) {
        const QString first = r.pick(female ? SeedVocabulary::femaleEnglishNames() : SeedVocabulary::maleEnglishNames());
        rec.attributes.insert(QStringLiteral("english_name"), first + QLatin1Char(' ') + surname.pinyin);
    }

    // Tags, and who they are for the history that follows.
    const bool newCustomer = r.chance(8);
    c.complainer = r.chance(5);
    c.elderly = r.chance(8);
    if ((c.level >= 7 && r.chance(75)) || (c.level >= 5 && r.chance(15)))
        rec.tags.append(QStringLiteral("高净值"));
    if (c.complainer)
        rec.tags.append(QStringLiteral("投诉倾向"));
    if (newCustomer)
        rec.tags.append(QStringLiteral("新客户"));
    if (c.elderly)
        rec.tags.append(QStringLiteral("老年客户"));
    if (r.chance(20))
        rec.tags.append(QStringLiteral("代发工资"));
    if (r.chance(5))
        rec.tags.append(QStringLiteral("小微企业主"));
    if (hongKong || r.chance(4))
        rec.tags.append(QStringLiteral("跨境"));
    if (r.chance(4))
        rec.tags.append(QStringLiteral("营销免打扰"));

    // A dedicated agent for most of the top customers, from the VIP desk when the site has one.
    if (!m_site.agents.isEmpty() && r.chance(c.level >= 6 ? 60 : 0.5)) {
        const QList<int> vipAgents = m_members.value(m_vipGroup);
        const int agent = vipAgents.isEmpty() ? r.below(static_cast<int>(m_site.agents.size())) : r.pick(vipAgents);
        rec.dedicatedAgent = m_site.agents[agent].id;
    }
    c.createdMs = newCustomer ? m_nowMs - r.between(1, 89) * kDayMs - r.below(static_cast<int>(kDayMs))
                              : m_nowMs - r.between(90, 3650) * kDayMs - r.below(static_cast<int>(kDayMs));
    return c;
}

PlannedCustomer Seeder::planDuplicate(int survivor, int number)
{
    // The same person entered again in an old system: same name and phone, nothing else shared.
    SeedRandom &r = m_duplicateRng;
    const PlannedCustomer &s = m_planned[survivor];
    PlannedCustomer c;
    c.survivor = survivor;
    c.record.name = s.record.name;
    const QString phone = s.record.phones.isEmpty() ? QString() : store::PhoneNumbers::normalize(s.record.phones.first()).value();
    if (!phone.isEmpty())
        c.record.phones.append(phone);
    c.record.externalIds.insert(QStringLiteral("legacy"), uniqueId(QStringLiteral("legacy"), [&r] { return QStringLiteral("L-") + r.digits(7); }));
    c.record.externalIds.insert(QStringLiteral("crm"), uniqueId(QStringLiteral("crm"), [number] { return QStringLiteral("C%1").arg(10000000 + number); }));
    c.record.attributes = {{QStringLiteral("level"), levelValue(0)},
                           {QStringLiteral("city"), s.record.attributes.value(QStringLiteral("city"))},
                           {QStringLiteral("region"), s.record.attributes.value(QStringLiteral("region"))}};
    c.createdMs = m_nowMs - r.between(400, 2000) * kDayMs;
    c.interactions = r.between(1, 4);
    return c;
}

Status Seeder::writeCustomers()
{
    const int count = m_options.customers;
    // A few heavy customers with hundreds of contacts; 0–30 for everyone else, most near the low end.
    QSet<int> heavy;
    const int heavyCount = count > 0 ? std::max(1, count / 400) : 0;
    while (heavy.size() < heavyCount)
        heavy.insert(m_people.below(count));
    for (int i = 0; i < count; ++i) {
        PlannedCustomer c = planCustomer(m_firstNumber + i);
        c.interactions = heavy.contains(i) ? m_historyRng.between(100, 400)
                                           : std::min(30, static_cast<int>(31 * std::pow(m_historyRng.real(), 2.2)));
        m_planned.append(std::move(c));
    }
    const int duplicates = count >= 20 ? std::max(1, count / 100) : 0;
    QSet<int> survivors;
    while (survivors.size() < duplicates)
        survivors.insert(m_duplicateRng.below(count));
    QList<int> ordered(survivors.begin(), survivors.end());
    std::sort(ordered.begin(), ordered.end());
    for (int i = 0; i < ordered.size(); ++i)
        m_planned.append(planDuplicate(ordered[i], m_firstNumber + count + i));

    for (PlannedCustomer &c : m_planned) {
        setClock(c.createdMs);
        auto created = m_customers.create(c.record);
        if (!created)
            return Error{created.error().code, QStringLiteral("customer %1: %2").arg(c.record.name, created.error().toString()), {}};
        c.record.id = created->id;
        c.record.phones = created->phones;
        m_summary.phones += static_cast<int>(created->phones.size());
        ++m_summary.customers;
    }
    return {};
}

// ---- history ----------------------------------------------------------------------------------

GroupId Seeder::ruleGroup(const QString &business) const
{
    for (const core::Rule &rule : m_site.rules) {
        if (rule.enabled && rule.match.businesses.contains(business) && !rule.action.targets.isEmpty())
            return rule.action.targets.first();
    }
    return {};
}

GroupId Seeder::homeGroup(const QString &business) const
{
    const GroupId g = ruleGroup(business);
    return g.isEmpty() ? m_site.defaultRoute.targets.value(0) : g;
}

AgentId Seeder::pickAgent(const GroupId &group, Channel channel, const AgentId &previous, const AgentId &dedicated)
{
    SeedRandom &r = m_historyRng;
    if (m_site.agents.isEmpty() || (channel == Channel::Sms && r.chance(75)))
        return {};  // most SMS are the system's notifications
    // Video calls go to agents who take voice; an agent's text message to those who chat.
    const Channel served = channel == Channel::Video ? Channel::Voice : channel == Channel::Sms ? Channel::Chat : channel;
    auto serves = [&](const AgentId &id) {
        const core::AgentConfig *a = m_site.agent(id);
        return a && a->capacityFor(served) > 0;
    };
    if (!dedicated.isEmpty() && serves(dedicated) && r.chance(55))
        return dedicated;
    if (!previous.isEmpty() && serves(previous) && r.chance(30))
        return previous;
    QList<int> candidates;
    for (int i : m_members.value(group)) {
        if (m_site.agents[i].capacityFor(served) > 0)
            candidates.append(i);
    }
    if (candidates.isEmpty()) {
        for (qsizetype i = 0; i < m_site.agents.size(); ++i) {
            if (m_site.agents[i].capacityFor(served) > 0)
                candidates.append(static_cast<int>(i));
        }
    }
    if (candidates.isEmpty())
        candidates = m_members.value(group);
    if (candidates.isEmpty())
        return m_site.agents[r.below(static_cast<int>(m_site.agents.size()))].id;
    return m_site.agents[r.pick(candidates)].id;
}

AgentId Seeder::otherAgent(const AgentId &than)
{
    if (m_site.agents.size() < 2)
        return {};
    for (;;) {
        const AgentId id = m_site.agents[m_historyRng.below(static_cast<int>(m_site.agents.size()))].id;
        if (id != than)
            return id;
    }
}

qint64 Seeder::drawStart(qint64 fromMs, qint64 toMs, Channel channel)
{
    // A day in the window, then a local hour from the channel's daily profile.
    SeedRandom &r = m_historyRng;
    const qint64 offset = static_cast<qint64>(m_site.timeZone.offsetFromUtc(m_options.now)) * 1000;
    const qint64 firstDay = (fromMs + offset) / kDayMs;
    const int days = static_cast<int>((toMs + offset) / kDayMs - firstDay);
    const QList<double> &hours = channel == Channel::Voice || channel == Channel::Video ? kVoiceHours
                               : channel == Channel::Sms                                 ? kSmsHours
                                                                                         : kOnlineHours;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 day = firstDay + r.between(0, days);
        const qint64 ms = day * kDayMs + r.weighted(hours) * kHourMs + r.below(static_cast<int>(kHourMs)) - offset;
        if (ms >= fromMs && ms < toMs)
            return ms;
    }
    return fromMs + static_cast<qint64>(r.real() * static_cast<double>(toMs - fromMs));
}

store::Interaction Seeder::topic(const PlannedCustomer &c)
{
    SeedRandom &r = m_historyRng;
    store::Interaction i;
    i.customer = c.record.id;

    // What it was about.
    QList<double> businessWeights;
    for (const QString &b : m_businesses) {
        double w = b == QLatin1String("billing") ? 25 : b == QLatin1String("repair") ? 22 : b == QLatin1String("sales") ? 18
                 : b == QLatin1String("faq")     ? 15 : b == QLatin1String("card_loss") ? 10 : b == QLatin1String("complaint") ? 8 : 10;
        if (b == QLatin1String("complaint") && c.complainer)
            w *= 4;
        if (b == QLatin1String("sales") && c.level >= 6)
            w *= 1.5;
        businessWeights.append(w);
    }
    i.business = m_businesses.isEmpty() ? QString() : m_businesses[r.weighted(businessWeights)];
    const bool complaint = i.business == QLatin1String("complaint");

    // Over which channel (the enum's order: voice, chat, email, sms, video, app, web).
    QList<double> cw = {45, 16, 6, 10, 4, 12, 7};
    auto scale = [&cw](Channel ch, double f) { cw[static_cast<int>(ch)] *= f; };
    if (i.business == QLatin1String("faq")) {
        scale(Channel::Chat, 2);
        scale(Channel::App, 2);
        scale(Channel::Web, 2);
        scale(Channel::Voice, 0.6);
    } else if (complaint) {
        scale(Channel::Voice, 1.4);
        scale(Channel::Email, 2.5);
        scale(Channel::Video, 0.2);
    } else if (i.business == QLatin1String("sales")) {
        scale(Channel::Video, 2.5);
    } else if (i.business == QLatin1String("card_loss")) {
        scale(Channel::Voice, 1.6);
        scale(Channel::Sms, 1.5);
        scale(Channel::Web, 0.5);
    }
    if (c.elderly) {
        scale(Channel::Voice, 2.5);
        scale(Channel::App, 0.3);
        scale(Channel::Web, 0.3);
        scale(Channel::Chat, 0.5);
    }
    i.channel = core::kAllChannels[r.weighted(cw)];
    return i;
}

void Seeder::complete(store::Interaction &i, const PlannedCustomer &c, qint64 startMs, const AgentId &previous)
{
    SeedRandom &r = m_historyRng;
    const Corpus::Business business = m_corpus.businesses.value(i.business);
    const bool complaint = i.business == QLatin1String("complaint");
    i.started = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);

    // Who served it, and how it ended.
    GroupId group = homeGroup(i.business);
    if (c.level >= 6 && !m_vipGroup.isEmpty() && r.chance(60))
        group = m_vipGroup;
    i.agent = pickAgent(group, i.channel, previous, c.record.dedicatedAgent);
    i.group = group.value();
    const QStringList &dispositions = SeedVocabulary::dispositions();  // 已解决 需回访 转二线 客户挂断 已发送资料 已升级处理 无效来电
    if (i.channel == Channel::Sms)
        i.disposition = dispositions[4];
    else if (i.channel == Channel::Email)
        i.disposition = dispositions[QList<int>{0, 1, 5}[r.weighted({70, 20, 10})]];
    else if (complaint)
        i.disposition = dispositions[r.weighted({25, 35, 12, 5, 0, 23, 0})];
    else
        i.disposition = dispositions[r.weighted({70, 8, 5, 6, 7, 2, 2})];
    const bool transferred = i.disposition == dispositions[2] && !i.agent.isEmpty() && i.channel != Channel::Sms;
    if (transferred) {
        i.transferChain = {i.agent.value()};
        const AgentId second = otherAgent(i.agent);
        if (!second.isEmpty()) {
            i.transferChain.append(second.value());
            if (r.chance(20)) {
                const AgentId third = otherAgent(second);
                if (!third.isEmpty())
                    i.transferChain.append(third.value());
            }
            i.agent = AgentId(i.transferChain.last());
        }
    }
    double seconds = 0;
    switch (i.channel) {
    case Channel::Voice: seconds = 60 + r.exponential(240); break;
    case Channel::Video: seconds = 300 + r.exponential(600); break;
    case Channel::Email: seconds = 1800 + r.exponential(6 * 3600); break;
    case Channel::Sms: seconds = 0; break;
    default: seconds = 180 + r.exponential(600); break;
    }
    if (transferred)
        seconds += 120 + r.exponential(180);
    i.ended = QDateTime::fromMSecsSinceEpoch(std::min(m_nowMs, startMs + static_cast<qint64>(seconds * 1000)), Qt::UTC);
    if (i.channel == Channel::Voice && !business.ivrPaths.isEmpty())
        i.ivrPath = r.pick(business.ivrPaths);

    // What was said.
    const core::AgentConfig *agent = m_site.agent(i.agent);
    SeedContent::converse(i, m_corpus, m_brand, c.record.name, agent ? agent->name : QString(), r);
    const BusinessText &text = SeedVocabulary::textFor(i.business);
    if (r.chance(c.complainer ? 50 : 25))
        i.notes = r.pick(text.notes);

    // CSAT: most answer 4–5, an unhappy few 1–2; no survey for SMS, hang-ups or nobody served.
    const bool surveyed = !i.agent.isEmpty() && i.channel != Channel::Sms && i.disposition != dispositions[3]
                       && i.disposition != dispositions[6];
    const double response = i.channel == Channel::Email ? 25 : isOnline(i.channel) ? 70 : 60;
    if (surveyed && r.chance(response)) {
        const bool settled = i.disposition == dispositions[0] || i.disposition == dispositions[4];
        const int score = complaint || c.complainer ? r.weighted({15, 20, 25, 25, 15})
                        : settled                   ? r.weighted({2, 3, 8, 30, 57})
                                                    : r.weighted({8, 12, 25, 30, 25});
        i.csat = score + 1;
    }
}

Status Seeder::writeHistory()
{
    // Each customer's contacts in time order (so the last agent can be asked for again), then all
    // of them stored oldest first, as they would have been.
    const qint64 windowStart = m_nowMs - kHistoryDays * kDayMs;
    QList<store::Interaction> all;
    for (const PlannedCustomer &c : m_planned) {
        const qint64 from = std::max(windowStart, c.createdMs);
        if (from >= m_nowMs)
            continue;
        QList<std::pair<qint64, store::Interaction>> mine;  // the channel decides the hour of day
        for (int n = 0; n < c.interactions; ++n) {
            store::Interaction i = topic(c);
            const qint64 start = drawStart(from, m_nowMs, i.channel);
            mine.append({start, std::move(i)});
        }
        std::stable_sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        AgentId previous;
        for (auto &[start, i] : mine) {
            complete(i, c, start, previous);
            if (!i.agent.isEmpty())
                previous = i.agent;
            all.append(std::move(i));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const store::Interaction &a, const store::Interaction &b) { return a.started < b.started; });
    for (const store::Interaction &i : all) {
        auto id = m_history.add(i);
        if (!id)
            return Error{id.error().code, QStringLiteral("interaction of customer %1: %2").arg(i.customer.value(), id.error().toString()), {}};
        ++m_summary.interactions;
        ++m_summary.perChannel[static_cast<int>(i.channel)];
        if (i.csat)
            ++m_summary.rated;
    }
    return {};
}

Status Seeder::writeMerges()
{
    setClock(m_nowMs - kDayMs);
    for (const PlannedCustomer &c : m_planned) {
        if (c.survivor < 0)
            continue;
        auto merge = m_customers.merge(m_planned[c.survivor].record.id, c.record.id, m_options.actor);
        if (!merge)
            return merge.error();
        ++m_summary.merges;
    }
    return {};
}

// ---- scripts, knowledge base, audit -----------------------------------------------------------

Status Seeder::writeScripts()
{
    store::ScriptRepository repo(m_db, m_clock, &m_audit);
    if (m_options.append) {
        auto existing = repo.scripts();
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return {};  // the site has its scripts already
    }
    const QStringList premium = premiumLevels();
    // Published a month ago; two were revised last week after QA feedback.
    auto publish = [&](const QString &name, const QString &business, const QList<store::ScriptStage> &stages,
                       const QList<store::ScriptStage> &revised, const QList<store::LiveScope> &scopes) -> Status {
        setClock(m_nowMs - 30 * kDayMs);
        auto id = repo.createScript(name, business, m_options.actor);
        if (!id)
            return id.error();
        if (auto s = repo.saveDraft(*id, stages, m_options.actor); !s)
            return s;
        auto version = repo.publish(*id, QStringLiteral("首次发布"), m_options.actor);
        if (!version)
            return version.error();
        ++m_summary.scripts;
        ++m_summary.versions;
        if (!revised.isEmpty()) {
            setClock(m_nowMs - 7 * kDayMs);
            if (auto s = repo.saveDraft(*id, revised, m_options.actor); !s)
                return s;
            version = repo.publish(*id, QStringLiteral("根据质检反馈优化问候和核身话术"), m_options.actor);
            if (!version)
                return version.error();
            ++m_summary.versions;
        }
        for (const store::LiveScope &scope : scopes) {
            if (auto s = repo.setLive(scope, *id, *version, m_options.actor); !s)
                return s;
            ++m_summary.liveAssignments;
        }
        return {};
    };
    for (const QString &business : m_businesses) {
        const Corpus::Business b = m_corpus.businesses.value(business);
        const auto stages = SeedContent::stages(business, b.keywords, m_corpus.negativeWords, premium);
        const bool revise = business == QLatin1String("card_loss") || business == QLatin1String("complaint");
        const auto revised = revise ? SeedContent::stages(business, b.keywords, m_corpus.negativeWords, premium, 2) : QList<store::ScriptStage>();
        // Site-wide for the business, and for the group its rule sends it to.
        QList<store::LiveScope> scopes{{GroupId(), business}};
        if (const GroupId g = ruleGroup(business); !g.isEmpty())
            scopes.append({g, business});
        if (auto s = publish(b.label + QStringLiteral("服务脚本"), business, stages, revised, scopes); !s)
            return s;
    }
    if (auto s = publish(QStringLiteral("通用服务脚本"), QString(), SeedContent::stages(QString(), {}, m_corpus.negativeWords, premium), {},
                         {{GroupId(), QString()}});
        !s)
        return s;
    if (!m_vipGroup.isEmpty()) {
        if (auto s = publish(QStringLiteral("VIP专席服务脚本"), QString(), SeedContent::vipStages(premium), {}, {{m_vipGroup, QString()}}); !s)
            return s;
    }
    return {};
}

Status Seeder::writeArticles()
{
    if (m_options.articles <= 0)
        return {};
    setClock(m_nowMs - kDayMs);
    store::KnowledgeBase kb(m_db, m_clock);
    auto ids = kb.addAll(SeedContent::articles(m_options.articles, m_articleRng, m_brand));
    if (!ids)
        return ids.error();
    m_summary.articles = static_cast<int>(ids->size());
    return {};
}

Status Seeder::writeAudit()
{
    setClock(m_nowMs);
    const QJsonObject after{
        {QStringLiteral("seed"), static_cast<double>(m_options.seed)},
        {QStringLiteral("now"), m_options.now.toString(Qt::ISODate)},
        {QStringLiteral("append"), m_options.append},
        {QStringLiteral("customers"), m_summary.customers},
        {QStringLiteral("merges"), m_summary.merges},
        {QStringLiteral("interactions"), static_cast<double>(m_summary.interactions)},
        {QStringLiteral("scripts"), m_summary.scripts},
        {QStringLiteral("articles"), m_summary.articles},
    };
    auto id = m_audit.append(m_options.actor, QStringLiteral("seed-db"), QStringLiteral("database"), QString(),
                             QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    if (!id)
        return id.error();
    return {};
}

}  // namespace

Result<SeedSummary> SeedData::seed(store::Database &db, const core::SiteConfig &site, const Corpus &corpus, const SeedOptions &options)
{
    if (options.customers < 0 || options.customers > 1'000'000)
        return Error::invalid(QStringLiteral("customers"), QStringLiteral("give 0 to 1,000,000 customers"));
    if (options.articles < 0 || options.articles > 1'000'000)
        return Error::invalid(QStringLiteral("articles"), QStringLiteral("give 0 to 1,000,000 articles"));
    if (!options.now.isValid())
        return Error::invalid(QStringLiteral("now"), QStringLiteral("the history needs an end time"));
    Seeder seeder(db, site, corpus, options);
    return seeder.run();
}

}  // namespace baton::sim
