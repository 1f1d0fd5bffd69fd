#pragma once
// Phone numbers as stored and matched: E.164 (+8613812345678), parsed and validated by
// Google's libphonenumber with a default region for numbers written without a country code.

#include "result.h"

#include <QString>

namespace baton::store {

class PhoneNumbers {
public:
    // "138 1234 5678", "+86 138-1234-5678", "008613812345678" → "+8613812345678".
    static core::Result<QString> normalize(const QString &text, const QString &defaultRegion = QStringLiteral("CN"));
    // For logs and screens that must not show a whole number: "138****5678".
    static QString mask(const QString &e164);
};

}  // namespace baton::store
