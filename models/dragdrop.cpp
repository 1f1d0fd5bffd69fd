#include "dragdrop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::models::dragdrop {

QMimeData *encodeAgents(const QStringList &agents)
{
    auto *mime = new QMimeData;
    mime->setData(agentsMime(), QJsonDocument(QJsonArray::fromStringList(agents)).toJson(QJsonDocument::Compact));
    return mime;
}

QStringList decodeAgents(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasFormat(agentsMime()))
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(mime->data(agentsMime())).array()) {
        if (v.isString() && !v.toString().isEmpty() && !out.contains(v.toString()))
            out << v.toString();
    }
    return out;
}

QMimeData *encodeContact(const DraggedContact &contact)
{
    auto *mime = new QMimeData;
    mime->setData(contactMime(), QJsonDocument(QJsonObject{{QStringLiteral("contact"), contact.contact}, {QStringLiteral("group"), contact.group}})
                                     .toJson(QJsonDocument::Compact));
    return mime;
}

std::optional<DraggedContact> decodeContact(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(contactMime()))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(mime->data(contactMime())).object();
    const qint64 id = o.value(QStringLiteral("contact")).toInteger();
    if (id <= 0)
        return std::nullopt;
    return DraggedContact{id, o.value(QStringLiteral("group")).toString()};
}

}  // namespace baton::models::dragdrop
