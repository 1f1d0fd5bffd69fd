// Business hours in the site's time zone, holidays and make-up working days.
#include "calendar.h"

#include <QTest>

using namespace baton::core;

class TestCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTimeWindows_data();
    void parsesTimeWindows();
    void openHoursFollowTheSiteTimeZone_data();
    void openHoursFollowTheSiteTimeZone();
    void rejectsOverlaps();

private:
    static Calendar shanghai()
    {
        Calendar c;
        c.id = QStringLiteral("business");
        c.zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
        for (int d = 0; d < 5; ++d)
            c.weekly[d] = {*TimeWindow::parse(QStringLiteral("08:30-12:00")), *TimeWindow::parse(QStringLiteral("13:00-20:00"))};
        c.exceptions.append(CalendarException{QDate(2026, 10, 1), QDate(2026, 10, 7), QStringLiteral("国庆节"), {}, true});
        c.exceptions.append(CalendarException{QDate(2026, 10, 10), QDate(2026, 10, 10), QStringLiteral("调休"),
                                              {*TimeWindow::parse(QStringLiteral("09:00-17:00"))}, false});
        return c;
    }
};

void TestCalendar::parsesTimeWindows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("day") << QStringLiteral("09:00-18:00") << true << 540 << 1080;
    QTest::newRow("all day") << QStringLiteral("00:00-24:00") << true << 0 << 1440;
    QTest::newRow("spaces") << QStringLiteral(" 08:30 - 12:00 ") << true << 510 << 720;
    QTest::newRow("backwards") << QStringLiteral("18:00-09:00") << false << 0 << 0;
    QTest::newRow("empty") << QStringLiteral("09:00-09:00") << false << 0 << 0;
    QTest::newRow("bad minute") << QStringLiteral("09:60-10:00") << false << 0 << 0;
    QTest::newRow("past 24") << QStringLiteral("09:00-24:30") << false << 0 << 0;
    QTest::newRow("garbage") << QStringLiteral("nine to five") << false << 0 << 0;
}

void TestCalendar::parsesTimeWindows()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto w = TimeWindow::parse(text);
    QCOMPARE(w.ok(), valid);
    if (valid) {
        QFETCH(int, from);
        QFETCH(int, to);
        QCOMPARE(w->fromMinute, from);
        QCOMPARE(w->toMinute, to);
    } else {
        QVERIFY(!w.error().message.isEmpty());
    }
}

void TestCalendar::openHoursFollowTheSiteTimeZone_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("holiday");
    // 2026-11-24 is a Tuesday. Shanghai is UTC+8.
    QTest::newRow("Tue 08:29 local") << QDateTime(QDate(2026, 11, 24), QTime(0, 29), Qt::UTC) << false << false;
    QTest::newRow("Tue 08:30 local") << QDateTime(QDate(2026, 11, 24), QTime(0, 30), Qt::UTC) << true << false;
    QTest::newRow("Tue lunch 12:30") << QDateTime(QDate(2026, 11, 24), QTime(4, 30), Qt::UTC) << false << false;
    QTest::newRow("Tue 19:59") << QDateTime(QDate(2026, 11, 24), QTime(11, 59), Qt::UTC) << true << false;
    QTest::newRow("Tue 20:00 closes") << QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC) << false << false;
    QTest::newRow("Mon 01:00 UTC is Mon 09:00 local") << QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC) << true << false;
    QTest::newRow("Sun 23:00 UTC is Mon 07:00 local") << QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC) << false << false;
    QTest::newRow("Saturday") << QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC) << false << false;
    QTest::newRow("National Day (Thu)") << QDateTime(QDate(2026, 10, 1), QTime(3, 0), Qt::UTC) << false << true;
    QTest::newRow("make-up Saturday 10:00") << QDateTime(QDate(2026, 10, 10), QTime(2, 0), Qt::UTC) << true << false;
    QTest::newRow("make-up Saturday 18:00") << QDateTime(QDate(2026, 10, 10), QTime(10, 0), Qt::UTC) << false << false;
}

void TestCalendar::openHoursFollowTheSiteTimeZone()
{
    QFETCH(QDateTime, utc);
    QFETCH(bool, open);
    QFETCH(bool, holiday);
    const Calendar c = shanghai();
    QCOMPARE(c.isOpen(utc), open);
    QCOMPARE(c.isHoliday(c.toLocal(utc).date()), holiday);
}

void TestCalendar::rejectsOverlaps()
{
    Calendar c = shanghai();
    QVERIFY(c.validate(QStringLiteral("calendars[0]")).ok());
    c.weekly[2].append(*TimeWindow::parse(QStringLiteral("11:00-14:00")));
    auto s = c.validate(QStringLiteral("calendars[0]"));
    QVERIFY(!s);
    QCOMPARE(s.error().field, QStringLiteral("calendars[0].weekly.wed"));

    c = shanghai();
    c.exceptions.append(CalendarException{QDate(2026, 10, 7), QDate(2026, 10, 8), QStringLiteral("extra"), {}, true});
    s = c.validate(QStringLiteral("calendars[0]"));
    QVERIFY(!s);
    QCOMPARE(s.error().field, QStringLiteral("calendars[0].exceptions[2]"));
    QVERIFY(s.error().message.contains(QStringLiteral("国庆节")));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
