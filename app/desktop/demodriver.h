#pragma once
// DemoDriver: live traffic for the desktop's demo mode. An IVR integration session creates
// contacts that look like real hand-overs (the demo corpus: IVR path, bot transcript, keywords)
// for customers taken from the demo database, so their history shows; chat customers write
// now and then; simulated colleagues sign in as the site's other agents and take, talk, wrap
// up — so queues move and the signed-in user sees calls arrive at once. Everything goes through
// LocalClient and the protocol, exactly as remote desktops and IVRs would.

#include "demotraffic.h"
#include "routerclient.h"
#include "scenario.h"
#include "siteconfig.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace baton::models {
class AgentSession;
}

namespace baton::desktop {

struct DemoOptions {
    double contactsPerMinute = 6;   // arrivals across the site
    int colleagues = 6;             // simulated agents besides the user (0: the user alone)
    QStringList phones;             // known customers' numbers, from the demo database
    quint32 seed = 1;
};

class DemoDriver : public QObject {
    Q_OBJECT

public:
    DemoDriver(net::RoutingService &service, const core::SiteConfig &site, sim::Scenario scenario, sim::Corpus corpus,
               DemoOptions options, const QString &userAgent, QObject *parent = nullptr);
    ~DemoDriver() override;

    void start();
    int created() const { return m_created; }
    // Autopilot: the signed-in user's desk takes its calls by itself (accept, talk, wrap up), for
    // an unattended demo screen and for measuring the desktop over hours of traffic.
    void drive(models::AgentSession &session);

private:
    struct Colleague;
    void arrive();
    void scheduleArrival();
    void customerWrites(qint64 contact);
    void colleagueOffer(Colleague &c, const net::Message &push);

    net::RoutingService &m_service;
    const core::SiteConfig &m_site;
    sim::Scenario m_scenario;
    sim::Corpus m_corpus;
    sim::DemoTraffic m_traffic;
    DemoOptions m_options;
    QString m_userAgent;
    QRandomGenerator m_rng;
    std::unique_ptr<net::LocalClient> m_ivr;
    std::vector<std::unique_ptr<Colleague>> m_colleagues;
    QTimer m_arrivals;
    QHash<qint64, QStringList> m_chatLines;  // what each chat customer may still say
    QSet<qint64> m_chatting;
    int m_created = 0;
};

}  // namespace baton::desktop
