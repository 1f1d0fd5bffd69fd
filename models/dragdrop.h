#pragma once
// What a supervisor drags onto a skill group on the dashboard: agents from the agents table (to
// move them there) or a waiting contact from the waiting list (to move it to that queue). The
// MIME types are private to Baton; the payload is JSON.

#include <QMimeData>
#include <QStringList>

#include <optional>

namespace baton::models::dragdrop {

inline QString agentsMime() { return QStringLiteral("application/x-baton-agents"); }
inline QString contactMime() { return QStringLiteral("application/x-baton-contact"); }

struct DraggedContact {
    qint64 contact = 0;
    QString group;  // where it waits now
};

QMimeData *encodeAgents(const QStringList &agents);
QStringList decodeAgents(const QMimeData *mime);
QMimeData *encodeContact(const DraggedContact &contact);
std::optional<DraggedContact> decodeContact(const QMimeData *mime);

}  // namespace baton::models::dragdrop
