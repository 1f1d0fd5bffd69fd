#include "trace.h"

#include "types.h"

#include <QCoreApplication>


namespace baton::core {
namespace {

// For DecisionTrace::describe's phrases; lupdate files them under the class it is in.
QString tr(const char *text) { return QCoreApplication::translate("baton::core::DecisionTrace", text); }

QString strategyText(long long strategy)
{
    switch (static_cast<SelectionStrategy>(strategy)) {
    case SelectionStrategy::LongestIdle: return QCoreApplication::translate("baton::core::DecisionTrace", "longest idle");
    case SelectionStrategy::FewestContactsToday: return QCoreApplication::translate("baton::core::DecisionTrace", "fewest contacts today");
    case SelectionStrategy::RoundRobin: return QCoreApplication::translate("baton::core::DecisionTrace", "round robin");
    case SelectionStrategy::HighestProficiency: return QCoreApplication::translate("baton::core::DecisionTrace", "highest proficiency");
    }
    return {};
}

QString actionText(const QString &action)
{
    if (action == QLatin1String("callback"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "callback request");
    if (action == QLatin1String("message"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "leave a message");
    if (action == QLatin1String("bot"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "bot only");
    return action;
}

// The trace keeps stable codes (they are journaled); they are put into words only here.
QString channelText(const QString &channel)
{
    static const std::pair<const char *, const char *> names[] = {
        {"voice", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "voice")}, {"chat", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "chat")},
        {"email", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "email")}, {"sms", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "SMS")},
        {"video", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "video")}, {"app", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "app")},
        {"web", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "web")},
    };
    for (const auto &[code, text] : names) {
        if (channel == QLatin1String(code))
            return tr(text);
    }
    return channel;
}

// Why a dedicated or last agent was passed over, or an offer withdrawn.
QString reasonText(const QString &detail)
{
    static const std::pair<const char *, const char *> reasons[] = {
        {"busy", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "is busy")},
        {"offline", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "is offline")},
        {"unknown", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "is not an agent of this site")},
        {"agent logged out", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "the agent signed out")},
        {"agent not ready", QT_TRANSLATE_NOOP("baton::core::DecisionTrace", "the agent went not ready")},
    };
    for (const auto &[code, text] : reasons) {
        if (detail == QLatin1String(code))
            return tr(text);
    }
    if (detail.startsWith(QLatin1String("does not serve ")))
        return QCoreApplication::translate("baton::core::DecisionTrace", "does not serve %1").arg(channelText(detail.mid(15)));
    return detail;
}

QString receptionText(const QString &mode)
{
    if (mode == QLatin1String("botFirst"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "bot first");
    if (mode == QLatin1String("humanFirst"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "human first");
    if (mode == QLatin1String("botOnly"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "bot only");
    if (mode == QLatin1String("humanOnly"))
        return QCoreApplication::translate("baton::core::DecisionTrace", "human only");
    return mode;
}

// What an experiment's split hashed for this contact.
QString experimentKeyText(long long key)
{
    switch (static_cast<ExperimentKey>(key)) {
    case ExperimentKey::Customer: return QCoreApplication::translate("baton::core::DecisionTrace", "by customer");
    case ExperimentKey::Caller: return QCoreApplication::translate("baton::core::DecisionTrace", "by caller number");
    case ExperimentKey::Contact: return QCoreApplication::translate("baton::core::DecisionTrace", "by contact");
    }
    return {};
}

}  // namespace

QString DecisionTrace::describe(const TraceStep &s)
{
    using K = TraceStep::Kind;
    const QString n = QString::number(s.number);
    switch (s.kind) {
    case K::RuleMatched: return tr("rule \"%1\" matched").arg(s.subject);
    case K::NoRuleMatched: return tr("no rule matched, default route");
    case K::VipFromAttribute: return tr("VIP %1 from attribute %2=%3").arg(n, s.subject, s.detail);
    case K::VipFromParameter: return tr("VIP %1 from entry parameter %2=%3").arg(n, s.subject, s.detail);
    case K::VipParameterIgnored: return tr("entry parameter %1=%2 is not a level 0–10, ignored").arg(s.subject, s.detail);
    case K::VipSetByRule: return tr("VIP %1 set by rule \"%2\"").arg(n, s.subject);
    case K::VipRaisedByRule: return tr("VIP raised to %1 by rule \"%2\"").arg(n, s.subject);
    case K::VipDefault: return tr("VIP %1 (no level given)").arg(n);
    case K::Reception: return tr("reception: %1").arg(receptionText(s.subject));
    case K::SentToBot: return tr("sent to the bot (%1)").arg(s.subject);
    case K::AfterHours: return tr("outside business hours of %1: %2").arg(s.detail, actionText(s.subject));
    case K::ExcludedBadRating: return tr("%1 rated %2★ by this customer, excluded").arg(s.subject, n);
    case K::DedicatedUnavailable: return tr("dedicated agent %1 %2, skipped").arg(s.subject, reasonText(s.detail));
    case K::DedicatedWaiting: return tr("dedicated agent %1 busy, waiting up to %2 s").arg(s.subject, n);
    case K::DedicatedTimedOut: return tr("dedicated agent %1 busy, waited %2 s").arg(s.subject, n);
    case K::LastAgentUnavailable: return tr("last agent %1 %2, skipped").arg(s.subject, reasonText(s.detail));
    case K::LastAgentWaiting: return tr("last agent %1 busy, waiting up to %2 s").arg(s.subject, n);
    case K::LastAgentTimedOut: return tr("last agent %1 busy, waited %2 s").arg(s.subject, n);
    case K::LastAgentTooLongAgo: return tr("last agent %1 served %2 days ago, beyond the look-back").arg(s.subject, n);
    case K::QueuedInGroup: return tr("queued in skill group %1").arg(s.subject);
    case K::Overflowed: return tr("overflowed to %1 after %2 s").arg(s.subject, n);
    case K::MaxWaitReached: return tr("maximum wait reached after %1 s: %2").arg(n, actionText(s.subject));
    case K::OfferedTo: return tr("offered to %1 in %2 by %3").arg(s.subject, s.detail, strategyText(s.number));
    case K::OfferedInPerson:
        if (s.detail == QLatin1String("dedicated"))
            return tr("offered to dedicated agent %1").arg(s.subject);
        if (s.detail == QLatin1String("last"))
            return tr("offered to last agent %1").arg(s.subject);
        return tr("offered to %1, to whom it was transferred").arg(s.subject);
    case K::OfferDeclined: return tr("%1 declined").arg(s.subject);
    case K::OfferTimedOut: return tr("%1 did not answer in time").arg(s.subject);
    case K::OfferWithdrawn: return tr("offer to %1 withdrawn (%2)").arg(s.subject, reasonText(s.detail));
    case K::Routed: return tr("routed to %1 in skill group %2 after %3 s").arg(s.subject, s.detail, n);
    case K::Transferred: return tr("transferred by %1 to %2").arg(s.subject, s.detail);
    case K::LevelChanged: return tr("level set to %1 by %2").arg(n, s.subject);
    case K::MovedToGroup: return tr("moved to %1 by %2").arg(s.detail, s.subject);
    case K::Restored: return tr("the router restarted; waiting since %1 s, offered again").arg(n);
    case K::VariantAssigned: return tr("variant %1 of experiment %2 (%3)").arg(s.subject, s.detail, experimentKeyText(s.number));
    case K::ChannelChanged: return tr("moved to %1 by %2").arg(channelText(s.detail), s.subject);
    }
    return {};
}

QString DecisionTrace::toText() const
{
    QStringList parts;
    parts.reserve(m_steps.size());
    for (const auto &s : m_steps)
        parts.append(describe(s));
    return parts.join(QStringLiteral("; "));
}

}  // namespace baton::core
