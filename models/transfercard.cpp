#include "transfercard.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace baton::models {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

}  // namespace

QString maskPhone(const QString &e164)
{
    QString digits = e164;
    if (digits.startsWith(QLatin1String("+86")))
        digits = digits.mid(3);
    else if (digits.startsWith(QLatin1Char('+')))
        digits = digits.mid(1);
    if (digits.size() < 8)
        return digits.isEmpty() ? QString() : QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

QString gapText(TransferCard::Gap gap)
{
    switch (gap) {
    case TransferCard::Gap::IdentityNotVerified:
        return QCoreApplication::translate("TransferCard", "Identity given but not verified");
    case TransferCard::Gap::NoIdentity:
        return QCoreApplication::translate("TransferCard", "No identity given");
    case TransferCard::Gap::NoReason:
        return QCoreApplication::translate("TransferCard", "No reason given");
    case TransferCard::Gap::NoCallbackNumber:
        return QCoreApplication::translate("TransferCard", "No callback number");
    case TransferCard::Gap::UnknownCustomer:
        return QCoreApplication::translate("TransferCard", "Caller not found in the customer records");
    }
    return {};
}

TransferCard TransferCard::fromJson(const QJsonObject &card)
{
    TransferCard c;
    c.contact = card.value(QStringLiteral("contact")).toInteger();
    c.group = card.value(QStringLiteral("group")).toString();
    c.channel = card.value(QStringLiteral("channel")).toString();
    c.business = card.value(QStringLiteral("business")).toString();
    c.businessName = c.business;
    c.entryPoint = card.value(QStringLiteral("entryPoint")).toString();
    c.externalRef = card.value(QStringLiteral("externalRef")).toString();
    c.vipLevel = card.value(QStringLiteral("vipLevel")).toInt();
    c.waitedSeconds = card.value(QStringLiteral("waitedSeconds")).toDouble();
    c.fromBot = card.value(QStringLiteral("handedOverFromBot")).toBool();
    c.trace = strings(card.value(QStringLiteral("trace")));
    for (const QString &line : std::as_const(c.trace)) {
        if (line.contains(QLatin1String("VIP")))
            c.vipWhy << line;
    }
    const QJsonObject customer = card.value(QStringLiteral("customer")).toObject();
    c.customerId = customer.value(QStringLiteral("id")).toString();
    c.customerName = customer.value(QStringLiteral("name")).toString();
    const QJsonObject attrs = customer.value(QStringLiteral("attributes")).toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        c.attributes.insert(it.key(), it.value().toString());
    c.tags = strings(customer.value(QStringLiteral("tags")));
    c.dedicatedAgent = customer.value(QStringLiteral("dedicatedAgent")).toString();
    const QJsonObject h = card.value(QStringLiteral("handOver")).toObject();
    c.callerNumber = h.value(QStringLiteral("callerNumber")).toString();
    c.identityGiven = h.value(QStringLiteral("identityGiven")).toString();
    c.identityVerified = h.value(QStringLiteral("identityVerified")).toBool();
    c.callbackNumber = h.value(QStringLiteral("callbackNumber")).toString();
    c.menuPath = strings(h.value(QStringLiteral("menuPath")));
    c.keywords = strings(h.value(QStringLiteral("keywords")));
    c.transcript = strings(h.value(QStringLiteral("transcript")));
    c.reason = h.value(QStringLiteral("reason")).toString();

    for (const QJsonValue &v : card.value(QStringLiteral("transfers")).toArray()) {
        const QJsonObject hop = v.toObject();
        c.transfers.append({hop.value(QStringLiteral("fromName")).toString(), hop.value(QStringLiteral("note")).toString()});
    }

    if (c.identityGiven.isEmpty() && !c.identityVerified)
        c.gaps << Gap::NoIdentity;
    else if (!c.identityVerified)
        c.gaps << Gap::IdentityNotVerified;
    if (c.reason.trimmed().isEmpty() && c.business.isEmpty())
        c.gaps << Gap::NoReason;
    // A callback number matters where the line can drop: voice, or a chat that may go to a call.
    if (c.callbackNumber.isEmpty() && c.callerNumber.isEmpty())
        c.gaps << Gap::NoCallbackNumber;
    if (c.customerId.isEmpty())
        c.gaps << Gap::UnknownCustomer;
    return c;
}

QHash<QString, QString> TransferCard::scriptValues(const QString &agentName) const
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("customer.name"), customerName);
    v.insert(QStringLiteral("customer.id"), customerId);
    v.insert(QStringLiteral("customer.vip"), QString::number(vipLevel));
    v.insert(QStringLiteral("customer.phone"), maskPhone(callbackNumber.isEmpty() ? callerNumber : callbackNumber));
    v.insert(QStringLiteral("customer.tags"), tags.join(QStringLiteral("、")));
    if (attributes.contains(QStringLiteral("level")))
        v.insert(QStringLiteral("customer.level"), attributes.value(QStringLiteral("level")));
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        v.insert(QStringLiteral("attr.") + it.key(), it.value());
    if (attributes.contains(QStringLiteral("product")))
        v.insert(QStringLiteral("customer.product"), attributes.value(QStringLiteral("product")));
    else if (!tags.isEmpty())
        v.insert(QStringLiteral("customer.product"), tags.first());
    v.insert(QStringLiteral("contact.business"), businessName);
    v.insert(QStringLiteral("contact.reason"), reason);
    v.insert(QStringLiteral("contact.channel"), channel);
    v.insert(QStringLiteral("agent.name"), agentName);
    return v;
}

}  // namespace baton::models
