#pragma once
// QaTrendChart: an agent's average QA scores per day (attitude, knowledge, efficiency, script
// adherence, 1–5) as lines, for coaching.

#include "reviewdesk.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace baton::ui {

class QaTrendChart : public QChartView {
    Q_OBJECT

public:
    explicit QaTrendChart(QWidget *parent = nullptr);
    void show(const QString &agentName, const QList<models::QaTrendPoint> &points);
    int pointCount() const;

private:
    QLineSeries *m_series[4];
    QDateTimeAxis *m_days;
    QValueAxis *m_scores;
};

}  // namespace baton::ui
