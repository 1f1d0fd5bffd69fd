#include "groupchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace baton::ui {

GroupChart::GroupChart(const models::IntervalSeries &series, QWidget *parent)
    : QChartView(parent)
    , m_series(series)
    , m_waiting(new QLineSeries(this))
    , m_level(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_count(new QValueAxis(this))
    , m_percent(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_waiting->setName(tr("Waiting (most in 15 min)"));
    m_level->setName(tr("Service level (%)"));
    chart->addSeries(m_waiting);
    chart->addSeries(m_level);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTitleText(tr("Time of day"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    m_percent->setRange(0, 100);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    chart->addAxis(m_percent, Qt::AlignRight);
    m_waiting->attachAxis(m_time);
    m_waiting->attachAxis(m_count);
    m_level->attachAxis(m_time);
    m_level->attachAxis(m_percent);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    connect(&m_series, &models::IntervalSeries::changed, this, &GroupChart::refresh);
}

void GroupChart::setGroup(const QString &group, const QString &name)
{
    m_group = group;
    chart()->setTitle(tr("%1 today, by 15 minutes").arg(name));
    refresh();
}

int GroupChart::pointCount() const
{
    return static_cast<int>(m_waiting->count());
}

void GroupChart::refresh()
{
    const QList<models::IntervalPoint> points = m_series.points(m_group);
    QList<QPointF> waiting, level;
    int most = 1;
    for (const auto &p : points) {
        const double x = static_cast<double>(p.start.toMSecsSinceEpoch());
        waiting.append({x, static_cast<double>(p.maxWaiting)});
        most = std::max(most, p.maxWaiting);
        if (p.serviceLevel)
            level.append({x, *p.serviceLevel * 100.0});
    }
    // replace() keeps the series and redraws once: no flicker at two updates a second.
    m_waiting->replace(waiting);
    m_level->replace(level);
    if (!points.isEmpty()) {
        const QDateTime first = points.first().start;
        m_time->setRange(first, std::max(points.last().start, first.addSecs(3600)));
    }
    m_count->setMax(most + 1);
}

}  // namespace baton::ui
