#pragma once
// ConfigParser: reads a site configuration from JSON (format in docs/CONFIG.md). Strict: an
// unknown key, a wrong type or a bad value rejects the whole file with the field's path.

#include "result.h"
#include "siteconfig.h"

#include <QByteArray>

namespace baton::core {

class ConfigParser {
public:
    // Parses and validates; the returned configuration is ready for Router::create().
    static Result<SiteConfig> parse(const QByteArray &json);
};

}  // namespace baton::core
