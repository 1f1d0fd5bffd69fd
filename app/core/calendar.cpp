#include "calendar.h"


#include <algorithm>

namespace baton::core {
namespace {

std::optional<int> parseClock(QStringView text)
{
    const auto parts = text.split(u':');
    if (parts.size() != 2 || parts[0].size() != 2 || parts[1].size() != 2)
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    const int h = parts[0].toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

Status checkOverlaps(QList<TimeWindow> windows, const QString &field)
{
    std::sort(windows.begin(), windows.end(), [](const TimeWindow &a, const TimeWindow &b) {
        return a.fromMinute < b.fromMinute;
    });
    for (qsizetype i = 1; i < windows.size(); ++i) {
        if (windows[i].fromMinute < windows[i - 1].toMinute) {
            return Error::invalid(field, QStringLiteral("time windows %1 and %2 overlap")
                                             .arg(windows[i - 1].toString(), windows[i].toString()));
        }
    }
    return {};
}

}  // namespace

Result<TimeWindow> TimeWindow::parse(const QString &text)
{
    const auto parts = QStringView(text).trimmed().split(u'-');
    if (parts.size() != 2)
        return Error::invalid({}, QStringLiteral("'%1' is not a time window like 09:00-18:00").arg(text));
    const auto from = parseClock(parts[0].trimmed());
    const auto to = parseClock(parts[1].trimmed());
    if (!from || !to)
        return Error::invalid({}, QStringLiteral("'%1' is not a time window like 09:00-18:00").arg(text));
    if (*from >= *to)
        return Error::invalid({}, QStringLiteral("'%1' ends before it starts (windows cannot cross midnight; split them)").arg(text));
    return TimeWindow{*from, *to};
}

QString TimeWindow::toString() const { return clockText(fromMinute) + QLatin1Char('-') + clockText(toMinute); }

Calendar Calendar::alwaysOpen(QString id, QTimeZone zone)
{
    Calendar c;
    c.id = std::move(id);
    c.zone = std::move(zone);
    for (auto &day : c.weekly)
        day = {TimeWindow{0, 24 * 60}};
    return c;
}

const CalendarException *Calendar::exceptionOn(QDate localDate) const
{
    for (const auto &e : exceptions) {
        if (e.covers(localDate))
            return &e;
    }
    return nullptr;
}

const QList<TimeWindow> &Calendar::hoursOn(QDate localDate) const
{
    if (const auto *e = exceptionOn(localDate))
        return e->hours;
    return weekly[localDate.dayOfWeek() - 1];
}

bool Calendar::isHoliday(QDate localDate) const
{
    const auto *e = exceptionOn(localDate);
    return e && e->holiday;
}

bool Calendar::isOpen(const QDateTime &utc) const
{
    const QDateTime local = toLocal(utc);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const auto &hours = hoursOn(local.date());
    return std::any_of(hours.begin(), hours.end(), [minute](const TimeWindow &w) { return w.contains(minute); });
}

Status Calendar::validate(const QString &fieldPrefix) const
{
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int d = 0; d < 7; ++d) {
        if (auto s = checkOverlaps(weekly[d], fieldPrefix + QStringLiteral(".weekly.") + QLatin1String(kDays[d])); !s)
            return s;
    }
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        const auto &e = exceptions[i];
        const QString field = fieldPrefix + QStringLiteral(".exceptions[%1]").arg(i);
        if (!e.from.isValid() || !e.to.isValid() || e.to < e.from)
            return Error::invalid(field, QStringLiteral("the date range is invalid"));
        if (auto s = checkOverlaps(e.hours, field + QStringLiteral(".hours")); !s)
            return s;
        for (qsizetype j = 0; j < i; ++j) {
            const auto &o = exceptions[j];
            if (e.from <= o.to && o.from <= e.to) {
                return Error::invalid(field, QStringLiteral("'%1' (%2 – %3) overlaps '%4' (%5 – %6)")
                                                 .arg(e.name, e.from.toString(Qt::ISODate), e.to.toString(Qt::ISODate),
                                                      o.name, o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate)));
            }
        }
    }
    return {};
}

}  // namespace baton::core
