#pragma once
// The Baton protocol, version 1 (docs/PROTOCOL.md): JSON text messages over WebSocket.
//
// Every message is one JSON object with an envelope:
//   {"v":1, "type":"contact.create", "id":7, "body":{…}}        a request (id chosen by the client)
//   {"v":1, "type":"contact.create.ok", "id":7, "body":{…}}     its response
//   {"v":1, "type":"error", "id":7, "error":{"code":"…", "message":"…", "field":"…"}}
//   {"v":1, "type":"offer", "seq":42, "body":{…}}                a push, numbered per session
// The same Message values pass through LocalClient (in process) and the WebSocket gateway, so
// both speak exactly this.

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace baton::net {

constexpr int kProtocolVersion = 1;
constexpr qsizetype kMaxMessageBytes = 1024 * 1024;  // 1 MiB, frames and whole messages

// Wire error codes: the core's, plus the edge's own.
enum class WireError {
    InvalidArgument,   // a field is malformed or out of range (field names it)
    NotFound,
    Conflict,          // valid, but not in the current state (the offer timed out…)
    Unsupported,
    Internal,
    Unauthenticated,   // hello first, or wrong user or password
    Forbidden,         // this role may not do that
    RateLimited,
    VersionMismatch,
    TooLarge,
    Malformed,         // not JSON, not an object, no type…
    Unavailable,       // the server is shutting down or cannot journal
};

QString wireErrorName(WireError e);
WireError wireErrorFrom(core::ErrorCode c);

struct WireFailure {
    WireError code = WireError::Internal;
    QString message;
    QString field;
};

struct Message {
    QString type;
    qint64 id = 0;     // request/response pairing; 0 for pushes
    qint64 seq = 0;    // pushes only: per session, from 1, no gaps
    QJsonObject body;
    std::optional<WireFailure> error;  // type "error"

    bool isError() const { return error.has_value(); }
};

Message response(const Message &request, QJsonObject body = {});
Message errorFor(const Message &request, WireFailure failure);
Message errorFor(const Message &request, const core::Error &error);
Message push(const QString &type, QJsonObject body);

QByteArray encode(const Message &message);
// Checks the size, the JSON, the envelope and the version; the failure says which and why.
std::optional<Message> decode(const QByteArray &bytes, WireFailure *failure);

}  // namespace baton::net
