#include "qatrendchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace baton::ui {

QaTrendChart::QaTrendChart(QWidget *parent)
    : QChartView(parent)
    , m_days(new QDateTimeAxis(this))
    , m_scores(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString names[4] = {tr("Attitude"), tr("Knowledge"), tr("Efficiency"), tr("Script adherence")};
    m_days->setFormat(QStringLiteral("MM-dd"));
    m_scores->setRange(1, 5);
    m_scores->setTickCount(5);
    m_scores->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_scores, Qt::AlignLeft);
    for (int i = 0; i < 4; ++i) {
        m_series[i] = new QLineSeries(this);
        m_series[i]->setName(names[i]);
        m_series[i]->setPointsVisible(true);
        chart->addSeries(m_series[i]);
        m_series[i]->attachAxis(m_days);
        m_series[i]->attachAxis(m_scores);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    show(QString(), {});
}

void QaTrendChart::show(const QString &agentName, const QList<models::QaTrendPoint> &points)
{
    QList<QPointF> lines[4];
    for (const auto &p : points) {
        const double x = static_cast<double>(QDateTime(p.day, QTime(12, 0)).toMSecsSinceEpoch());
        lines[0].append({x, p.attitude});
        lines[1].append({x, p.knowledge});
        lines[2].append({x, p.efficiency});
        lines[3].append({x, p.scriptAdherence});
    }
    for (int i = 0; i < 4; ++i)
        m_series[i]->replace(lines[i]);
    const QDate last = points.isEmpty() ? QDate::currentDate() : points.last().day;
    const QDate first = points.isEmpty() ? last.addDays(-29) : std::min(points.first().day, last.addDays(-6));
    m_days->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
    chart()->setTitle(agentName.isEmpty() ? tr("QA trend") : tr("QA trend of %1, last 30 days").arg(agentName));
}

int QaTrendChart::pointCount() const
{
    return static_cast<int>(m_series[0]->count());
}

}  // namespace baton::ui
