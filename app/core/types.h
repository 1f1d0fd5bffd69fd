#pragma once
// The routing core's small vocabulary: channels, agent states, reception modes, strategies.
// Each enum has a stable wire/config name (fromName/name) used by JSON and the protocol.

#include <QString>

#include <array>
#include <optional>

namespace baton::core {

enum class Channel { Voice, Chat, Email, Sms, Video, App, Web };
inline constexpr int kChannelCount = 7;
inline constexpr std::array<Channel, kChannelCount> kAllChannels{
    Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms, Channel::Video, Channel::App, Channel::Web};

// The state an agent is seen in. Derived from presence and current work (see Agent::state()).
enum class AgentState { Offline, Available, Offered, Busy, WrapUp, NotReady };
inline constexpr int kAgentStateCount = 6;

// What the agent has asked for; the visible state also depends on the work in hand.
enum class Presence { Offline, Ready, NotReady };

enum class ReceptionMode { BotFirst, HumanFirst, BotOnly, HumanOnly };

enum class SelectionStrategy { LongestIdle, FewestContactsToday, RoundRobin, HighestProficiency };

// What happens to a contact that cannot reach a person: outside business hours, or after the
// maximum wait of its group.
enum class FallbackAction { Callback, Message, Bot };

enum class VipSource { Attribute, Parameter, Combined };

// What an A/B experiment's traffic split hashes (docs/ROUTING.md §10): the customer (their id
// when known, else the caller number), the caller number, or each contact on its own.
enum class ExperimentKey { Customer, Caller, Contact };

inline constexpr int kMinVipLevel = 0;
inline constexpr int kMaxVipLevel = 10;
inline constexpr int kVipLevelCount = kMaxVipLevel + 1;

QString channelName(Channel c);
std::optional<Channel> channelFromName(const QString &name);

QString agentStateName(AgentState s);
std::optional<AgentState> agentStateFromName(const QString &name);

QString receptionModeName(ReceptionMode m);
std::optional<ReceptionMode> receptionModeFromName(const QString &name);

QString strategyName(SelectionStrategy s);
std::optional<SelectionStrategy> strategyFromName(const QString &name);

QString fallbackActionName(FallbackAction a);
std::optional<FallbackAction> fallbackActionFromName(const QString &name);

QString vipSourceName(VipSource s);
std::optional<VipSource> vipSourceFromName(const QString &name);

QString experimentKeyName(ExperimentKey k);
std::optional<ExperimentKey> experimentKeyFromName(const QString &name);

}  // namespace baton::core
