#include "types.h"

#include <utility>

namespace baton::core {
namespace {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char *>, N>;

template <typename E, std::size_t N>
QString nameOf(const NameTable<E, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1StringView(n))
            return e;
    }
    return std::nullopt;
}

constexpr NameTable<Channel, kChannelCount> kChannels{{
    {Channel::Voice, "voice"}, {Channel::Chat, "chat"}, {Channel::Email, "email"}, {Channel::Sms, "sms"},
    {Channel::Video, "video"}, {Channel::App, "app"}, {Channel::Web, "web"},
}};
constexpr NameTable<AgentState, kAgentStateCount> kStates{{
    {AgentState::Offline, "offline"}, {AgentState::Available, "available"}, {AgentState::Offered, "offered"},
    {AgentState::Busy, "busy"}, {AgentState::WrapUp, "wrapUp"}, {AgentState::NotReady, "notReady"},
}};
constexpr NameTable<ReceptionMode, 4> kModes{{
    {ReceptionMode::BotFirst, "botFirst"}, {ReceptionMode::HumanFirst, "humanFirst"},
    {ReceptionMode::BotOnly, "botOnly"}, {ReceptionMode::HumanOnly, "humanOnly"},
}};
constexpr NameTable<SelectionStrategy, 4> kStrategies{{
    {SelectionStrategy::LongestIdle, "longestIdle"},
    {SelectionStrategy::FewestContactsToday, "fewestContactsToday"},
    {SelectionStrategy::RoundRobin, "roundRobin"},
    {SelectionStrategy::HighestProficiency, "highestProficiency"},
}};
constexpr NameTable<FallbackAction, 3> kActions{{
    {FallbackAction::Callback, "callback"}, {FallbackAction::Message, "message"}, {FallbackAction::Bot, "bot"},
}};
constexpr NameTable<VipSource, 3> kVipSources{{
    {VipSource::Attribute, "attribute"}, {VipSource::Parameter, "parameter"}, {VipSource::Combined, "combined"},
}};
constexpr NameTable<ExperimentKey, 3> kExperimentKeys{{
    {ExperimentKey::Customer, "customer"}, {ExperimentKey::Caller, "caller"}, {ExperimentKey::Contact, "contact"},
}};

}  // namespace

QString channelName(Channel c) { return nameOf(kChannels, c); }
std::optional<Channel> channelFromName(const QString &name) { return valueOf(kChannels, name); }
QString agentStateName(AgentState s) { return nameOf(kStates, s); }
std::optional<AgentState> agentStateFromName(const QString &name) { return valueOf(kStates, name); }
QString receptionModeName(ReceptionMode m) { return nameOf(kModes, m); }
std::optional<ReceptionMode> receptionModeFromName(const QString &name) { return valueOf(kModes, name); }
QString strategyName(SelectionStrategy s) { return nameOf(kStrategies, s); }
std::optional<SelectionStrategy> strategyFromName(const QString &name) { return valueOf(kStrategies, name); }
QString fallbackActionName(FallbackAction a) { return nameOf(kActions, a); }
std::optional<FallbackAction> fallbackActionFromName(const QString &name) { return valueOf(kActions, name); }
QString vipSourceName(VipSource s) { return nameOf(kVipSources, s); }
std::optional<VipSource> vipSourceFromName(const QString &name) { return valueOf(kVipSources, name); }
QString experimentKeyName(ExperimentKey k) { return nameOf(kExperimentKeys, k); }
std::optional<ExperimentKey> experimentKeyFromName(const QString &name) { return valueOf(kExperimentKeys, name); }

}  // namespace baton::core
