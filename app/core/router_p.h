#pragma once
// Private state of the Router, shared by its implementation files only.

#include "router.h"

#include <QSet>

#include <tuple>

namespace baton::core {

// An agent's place in a group's index of available agents: smaller sorts first.
struct Router::AgentKey {
    std::int64_t primary = 0;
    std::int64_t secondary = 0;
    int agent = 0;

    friend bool operator==(const AgentKey &, const AgentKey &) = default;
    friend auto operator<=>(const AgentKey &, const AgentKey &) = default;
};

struct Router::Agent {
    AgentConfig config;
    std::vector<int> groupIdx;                 // parallel to config.groups
    std::vector<std::uint64_t> roundRobinTurn; // parallel to config.groups: last offer's turn
    Presence presence = Presence::Offline;
    QString reason;
    AgentState state = AgentState::Offline;
    TimePoint stateSince{};
    TimePoint idleSince{};
    int contactsToday = 0;
    std::array<int, kChannelCount> load{};     // active + wrapping contacts per channel

    ContactId offered;
    std::vector<ContactId> active;
    struct Wrap {
        ContactId contact;
        Channel channel;
        int group;
        TimePoint started;
        Duration handled;
        std::uint64_t timer;
    };
    std::vector<Wrap> wrapping;

    // Contacts waiting for this agent in person (dedicated, last agent, transfer to agent),
    // best first: higher level, then earlier arrival.
    std::set<std::tuple<int, QueueKey, ContactId>> personal;

    struct Indexed {
        int group;
        AgentKey key;
        std::uint8_t channels;  // bit per channel the agent is indexed under
    };
    std::vector<Indexed> indexed;
    bool counted = false;  // included in its groups' agentsByState / serving slots

    int totalLoad() const
    {
        int n = 0;
        for (int l : load)
            n += l;
        return n;
    }
    bool hasRoom(Channel ch) const
    {
        const auto i = static_cast<std::size_t>(ch);
        return load[i] < config.capacity[i];
    }
};

struct Router::Contact {
    enum class Phase { Waiting, Offered, Active };
    enum class Stage { Personal, Group };
    enum class NextPersonal { Dedicated, LastAgent, None };

    ContactId id;
    ContactRequest request;
    Channel channel = Channel::Voice;
    int level = 0;
    ReceptionMode mode = ReceptionMode::HumanFirst;
    int home = 0;
    TimePoint arrival{};
    std::uint64_t seq = 0;
    Phase phase = Phase::Waiting;
    Stage stage = Stage::Group;
    NextPersonal nextPersonal = NextPersonal::Dedicated;
    int personalAgent = -1;
    PersonalReason personalReason = PersonalReason::Dedicated;

    struct Expansion {
        int group;
        Duration after;
        bool active;
    };
    std::vector<Expansion> expansions;  // [0] is the home group

    QSet<int> excluded;        // agents this customer rated badly
    // Agents who declined or let an offer time out, and until when they are passed over.
    std::vector<std::pair<int, TimePoint>> tried;
    int agent = -1;            // offered to, or handling
    OfferId offer;
    int offerGroup = -1;
    TimePoint offeredAt{};
    TimePoint answeredAt{};
    bool maxWaitDue = false;
    bool alertRaised = false;

    std::uint64_t personalTimer = 0;
    std::uint64_t overflowTimer = 0;
    std::uint64_t offerTimer = 0;
    std::uint64_t alertTimer = 0;
    std::uint64_t maxWaitTimer = 0;

    DecisionTrace trace;
    std::optional<VariantAssignment> variant;  // decided on arrival, kept through transfers and restarts

    bool waiting() const { return phase != Phase::Active; }
    bool triedBy(int a, TimePoint now) const
    {
        return std::any_of(tried.begin(), tried.end(), [&](const auto &t) { return t.first == a && t.second > now; });
    }
};

struct Router::Group {
    SkillGroupConfig config;
    GroupQueue queue;
    std::array<std::set<AgentKey>, kChannelCount> available;
    std::uint64_t roundRobinTurn = 0;

    // statistics, maintained incrementally
    std::array<int, kAgentStateCount> agentsByState{};
    std::array<int, kChannelCount> servingSlots{};
    long long entered = 0;
    long long answered = 0;
    long long answeredWithinThreshold = 0;
    long long abandoned = 0;
    long long overflowedOut = 0;
    long long handled = 0;
    Duration totalAnswerWait{0};
    Duration totalHandleTime{0};

    // Created on first use: most groups serve one or two channels.
    mutable std::array<std::unique_ptr<QueueLengthEstimator>, kChannelCount> estimators;
    mutable std::array<std::unique_ptr<RunningAverageEstimator>, kChannelCount> baselines;

    void resetDaily()
    {
        entered = answered = answeredWithinThreshold = abandoned = overflowedOut = handled = 0;
        totalAnswerWait = totalHandleTime = Duration::zero();
    }
};

inline bool isServing(AgentState s)
{
    return s == AgentState::Available || s == AgentState::Offered || s == AgentState::Busy || s == AgentState::WrapUp;
}

}  // namespace baton::core
