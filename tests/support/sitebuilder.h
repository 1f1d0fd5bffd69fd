#pragma once
// SiteBuilder: small, readable site configurations for tests, plus a RouterHarness that owns a
// manual clock, a router and an event recorder.

#include "clock.h"
#include "eventrecorder.h"
#include "router.h"
#include "siteconfig.h"

#include <QString>

#include <initializer_list>
#include <memory>

namespace baton::test {

class SiteBuilder {
public:
    SiteBuilder();

    SiteBuilder &group(const QString &id, core::SelectionStrategy strategy = core::SelectionStrategy::LongestIdle);
    // Modify the last group added.
    SiteBuilder &overflow(const QString &to, int afterSeconds);
    SiteBuilder &maxWait(int seconds, core::FallbackAction action = core::FallbackAction::Callback);
    SiteBuilder &wrapUp(int seconds);
    SiteBuilder &alertAfter(int seconds);
    SiteBuilder &serviceLevel(int seconds, double target = 0.8);

    // groups: "presales:8" (group:proficiency) or "presales" (proficiency 5).
    SiteBuilder &agent(const QString &id, std::initializer_list<const char *> groups, int voice = 1, int chat = 0);

    SiteBuilder &rule(core::Rule rule);
    SiteBuilder &aging(int stepSeconds, int maxLevel = 10);
    SiteBuilder &acceptTimeout(int seconds, bool notReadyOnTimeout = true, bool notReadyOnDecline = false);
    SiteBuilder &precedence(int dedicatedWait, int lastAgentWait, int badRatingMax = 2);

    core::SiteConfig &config() { return m_config; }
    core::SiteConfig build() const { return m_config; }

private:
    core::SiteConfig m_config;
};

struct RouterHarness {
    explicit RouterHarness(core::SiteConfig config);

    core::ManualClock clock;
    std::unique_ptr<core::Router> router;
    EventRecorder events;

    void advance(int seconds);
    void advanceMs(qint64 ms);
    void login(const QString &agent, bool ready = true);
    core::ContactId arrive(const QString &business = {}, core::Channel channel = core::Channel::Voice,
                           const QHash<QString, QString> &attributes = {});
    core::ContactId arrive(core::ContactRequest request);
    // The contact currently offered to an agent (invalid when none).
    core::ContactId offeredTo(const QString &agent) const;
    core::AgentState stateOf(const QString &agent) const;
    QString lastOfferAgent() const;
};

// Moves the clock `by` ahead, letting the router's timers fire each at its own time.
void advanceRouter(core::Router &router, core::ManualClock &clock, core::Duration by);

// A contact request for a customer at a given VIP level (via the "level" attribute).
core::ContactRequest requestAtLevel(int level, core::Channel channel = core::Channel::Voice);

}  // namespace baton::test
