#include "phonenumbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace baton::store {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

core::Result<QString> PhoneNumbers::normalize(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return core::Error::invalid(QStringLiteral("phone"), QStringLiteral("the phone number is empty"));
    // The library is a process-wide, immutable table; reading it is thread-safe.
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return core::Error::invalid(QStringLiteral("phone"), QStringLiteral("'%1' is not a phone number").arg(trimmed));
    if (!util->IsPossibleNumber(number))
        return core::Error::invalid(QStringLiteral("phone"), QStringLiteral("'%1' has the wrong number of digits").arg(trimmed));
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumbers::mask(const QString &e164)
{
    const QString national = e164.startsWith(QLatin1String("+86")) ? e164.mid(3) : e164;
    if (national.size() < 8)
        return QStringLiteral("****");
    return national.left(3) + QStringLiteral("****") + national.right(4);
}

}  // namespace baton::store
