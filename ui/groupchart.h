#pragma once
// GroupChart: one skill group's day in 15-minute intervals — contacts waiting (most in the
// interval) and service level — drawn with Qt Charts.

#include "intervalseries.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace baton::ui {

class GroupChart : public QChartView {
    Q_OBJECT

public:
    GroupChart(const models::IntervalSeries &series, QWidget *parent = nullptr);

    void setGroup(const QString &group, const QString &name);
    int pointCount() const;

private:
    void refresh();

    const models::IntervalSeries &m_series;
    QString m_group;
    QLineSeries *m_waiting;
    QLineSeries *m_level;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    QValueAxis *m_percent;
};

}  // namespace baton::ui
