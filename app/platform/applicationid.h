#pragma once
// Baton's application id. The desktop entry, the icon, the AppStream component, the
// notifications and the single-instance socket are all named by it (packaging/desktop/README.md).

#include <QString>

namespace baton::platform {

inline QString applicationId()
{
    return QStringLiteral("cc.baton.Baton");
}

}  // namespace baton::platform
