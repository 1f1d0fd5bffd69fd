#include "protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace baton::net {

QString wireErrorName(WireError e)
{
    switch (e) {
    case WireError::InvalidArgument: return QStringLiteral("invalid_argument");
    case WireError::NotFound: return QStringLiteral("not_found");
    case WireError::Conflict: return QStringLiteral("conflict");
    case WireError::Unsupported: return QStringLiteral("unsupported");
    case WireError::Internal: return QStringLiteral("internal");
    case WireError::Unauthenticated: return QStringLiteral("unauthenticated");
    case WireError::Forbidden: return QStringLiteral("forbidden");
    case WireError::RateLimited: return QStringLiteral("rate_limited");
    case WireError::VersionMismatch: return QStringLiteral("version_mismatch");
    case WireError::TooLarge: return QStringLiteral("too_large");
    case WireError::Malformed: return QStringLiteral("malformed");
    case WireError::Unavailable: return QStringLiteral("unavailable");
    }
    return QStringLiteral("internal");
}

WireError wireErrorFrom(core::ErrorCode c)
{
    switch (c) {
    case core::ErrorCode::InvalidArgument: return WireError::InvalidArgument;
    case core::ErrorCode::NotFound: return WireError::NotFound;
    case core::ErrorCode::Conflict: return WireError::Conflict;
    case core::ErrorCode::Unsupported: return WireError::Unsupported;
    case core::ErrorCode::Internal: return WireError::Internal;
    }
    return WireError::Internal;
}

Message response(const Message &request, QJsonObject body)
{
    Message m;
    m.type = request.type + QStringLiteral(".ok");
    m.id = request.id;
    m.body = std::move(body);
    return m;
}

Message errorFor(const Message &request, WireFailure failure)
{
    Message m;
    m.type = QStringLiteral("error");
    m.id = request.id;
    m.error = std::move(failure);
    return m;
}

Message errorFor(const Message &request, const core::Error &error)
{
    return errorFor(request, WireFailure{wireErrorFrom(error.code), error.message, error.field});
}

Message push(const QString &type, QJsonObject body)
{
    Message m;
    m.type = type;
    m.body = std::move(body);
    return m;
}

QByteArray encode(const Message &m)
{
    QJsonObject o;
    o.insert(QLatin1String("v"), kProtocolVersion);
    o.insert(QLatin1String("type"), m.type);
    if (m.id != 0)
        o.insert(QLatin1String("id"), m.id);
    if (m.seq != 0)
        o.insert(QLatin1String("seq"), m.seq);
    if (m.error) {
        QJsonObject e{{QLatin1String("code"), wireErrorName(m.error->code)}, {QLatin1String("message"), m.error->message}};
        if (!m.error->field.isEmpty())
            e.insert(QLatin1String("field"), m.error->field);
        o.insert(QLatin1String("error"), e);
    } else {
        o.insert(QLatin1String("body"), m.body);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Message> decode(const QByteArray &bytes, WireFailure *failure)
{
    auto fail = [&](WireError code, const QString &message, const QString &field = {}) -> std::optional<Message> {
        if (failure)
            *failure = {code, message, field};
        return std::nullopt;
    };
    if (bytes.size() > kMaxMessageBytes)
        return fail(WireError::TooLarge, QStringLiteral("a message may be at most %1 bytes").arg(kMaxMessageBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(WireError::Malformed, QStringLiteral("not JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return fail(WireError::Malformed, QStringLiteral("a message is a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue v = o.value(QLatin1String("v"));
    if (!v.isDouble())
        return fail(WireError::Malformed, QStringLiteral("the protocol version \"v\" is missing"), QStringLiteral("v"));
    if (v.toInt() != kProtocolVersion)
        return fail(WireError::VersionMismatch,
                    QStringLiteral("protocol version %1 is not spoken here; this server speaks %2").arg(v.toInt()).arg(kProtocolVersion),
                    QStringLiteral("v"));
    Message m;
    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 64)
        return fail(WireError::Malformed, QStringLiteral("\"type\" must be a short string"), QStringLiteral("type"));
    m.type = type.toString();
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isUndefined()) {
        const double d = id.toDouble(-1);
        if (!id.isDouble() || d < 1 || d > 9007199254740991.0 || d != static_cast<double>(static_cast<qint64>(d)))
            return fail(WireError::Malformed, QStringLiteral("\"id\" must be a positive whole number"), QStringLiteral("id"));
        m.id = static_cast<qint64>(d);
    }
    m.seq = static_cast<qint64>(o.value(QLatin1String("seq")).toDouble(0));
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isUndefined() && !body.isObject())
        return fail(WireError::Malformed, QStringLiteral("\"body\" must be an object"), QStringLiteral("body"));
    m.body = body.toObject();
    if (m.type == QLatin1String("error")) {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        WireFailure f;
        f.message = e.value(QLatin1String("message")).toString();
        f.field = e.value(QLatin1String("field")).toString();
        const QString code = e.value(QLatin1String("code")).toString();
        f.code = WireError::Internal;
        for (int c = 0; c <= static_cast<int>(WireError::Unavailable); ++c) {
            if (wireErrorName(static_cast<WireError>(c)) == code)
                f.code = static_cast<WireError>(c);
        }
        m.error = f;
    }
    return m;
}

}  // namespace baton::net
