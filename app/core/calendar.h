#pragma once
// Calendar: business hours by weekday in the site's time zone, with dated exceptions
// (public holidays, and the make-up working days — 调休 — that Chinese calendars have).

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace baton::core {

// A half-open interval [from, to) in minutes after local midnight; `to` may be 1440.
struct TimeWindow {
    int fromMinute = 0;
    int toMinute = 0;

    bool contains(int minute) const { return minute >= fromMinute && minute < toMinute; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;

    // "09:00-18:00"; "00:00-24:00" for a whole day.
    static Result<TimeWindow> parse(const QString &text);
    QString toString() const;
};

// A dated exception: on the days from..to (inclusive) the hours are `hours` instead of the
// weekly ones. No hours means closed. `holiday` marks public holidays for rules.
struct CalendarException {
    QDate from;
    QDate to;
    QString name;
    QList<TimeWindow> hours;
    bool holiday = false;

    bool covers(QDate d) const { return d >= from && d <= to; }
};

class Calendar {
public:
    QString id;
    QTimeZone zone{QByteArrayLiteral("UTC")};
    std::array<QList<TimeWindow>, 7> weekly;  // index 0 = Monday … 6 = Sunday
    QList<CalendarException> exceptions;

    // A calendar open every minute of every day.
    static Calendar alwaysOpen(QString id, QTimeZone zone);

    bool isOpen(const QDateTime &utc) const;
    bool isHoliday(QDate localDate) const;
    const CalendarException *exceptionOn(QDate localDate) const;
    const QList<TimeWindow> &hoursOn(QDate localDate) const;
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(zone); }

    // Rejects overlapping windows within a day and overlapping exception ranges.
    Status validate(const QString &fieldPrefix) const;
};

}  // namespace baton::core
