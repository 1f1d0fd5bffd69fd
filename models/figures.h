#pragma once
// How the models read and show figures: numbers the router may leave out (null before there is
// anything to measure), rates as percentages, durations as m:ss.

#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace baton::models {

inline std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// "93.8%" for 0.938, in the interface's locale; "—" when there is none.
inline QString percentText(std::optional<double> fraction)
{
    return fraction ? QLocale().toString(*fraction * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

// "4:07" for 247 seconds.
inline QString durationText(double seconds)
{
    const int s = static_cast<int>(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace baton::models
