#pragma once
// TransferCard: the `offer` card of a hand-over (docs/PROTOCOL.md §7), read into the fields the
// agent's transfer card shows — who, VIP level and why, channel, wait, what the IVR or bot
// gathered — plus what the hand-over lacks, so the agent asks only for that, and the script
// values ("customer.name", "attr.product" …) that fill the call script's placeholders.

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace baton::models {

struct TransferCard {
    qint64 contact = 0;
    QString group;
    QString channel;
    QString business;
    QString businessName;      // what people call it (the site's `businesses`); the id by default
    QString entryPoint;
    QString externalRef;
    int vipLevel = 0;
    QStringList vipWhy;        // the trace lines that set or raised the level
    double waitedSeconds = 0;
    QString customerId;        // "" when the store did not know the caller
    QString customerName;
    QHash<QString, QString> attributes;
    QStringList tags;
    QString dedicatedAgent;
    QString callerNumber;      // E.164 as received
    QString identityGiven;
    bool identityVerified = false;
    QString callbackNumber;
    QStringList menuPath;
    QStringList keywords;      // what the bot recognised
    QStringList transcript;    // "机器人：…" / "客户：…" lines
    QString reason;
    bool fromBot = false;
    QStringList trace;
    struct Hop {
        QString fromName;
        QString note;
    };
    QList<Hop> transfers;      // earlier agents who passed it on, with their notes, oldest first

    enum class Gap { IdentityNotVerified, NoIdentity, NoReason, NoCallbackNumber, UnknownCustomer };
    QList<Gap> gaps;           // what the hand-over lacks

    static TransferCard fromJson(const QJsonObject &card);
    // Placeholder values for the call script.
    QHash<QString, QString> scriptValues(const QString &agentName) const;
};

// "+8613800138000" → "138****8000"; other numbers keep their first 3 and last 4 digits.
QString maskPhone(const QString &e164);
QString gapText(TransferCard::Gap gap);

}  // namespace baton::models
