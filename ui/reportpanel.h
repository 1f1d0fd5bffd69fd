#pragma once
// ReportPanel: the supervisor's reports — KPIs per skill group, agent or day over chosen days
// (ReportModel), sortable, with a bar chart of one measure and export to CSV.

#include "reportmodel.h"

#include <QWidget>

class QBarSeries;
class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QDateEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QValueAxis;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class ReportPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReportPanel(models::AgentSession &session, QWidget *parent = nullptr);

    models::ReportModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }
    int chartBars() const;
    QStringList chartCategories() const;  // the names under the bars
    void refresh();
    // Exports to `path` (asks for one when empty); reports the outcome in statusMessage().
    void exportCsv(const QString &path = {});

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateChart();

    models::AgentSession &m_session;
    models::ReportModel m_model;
    QSortFilterProxyModel *m_sorted;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_by;
    QSpinBox *m_fcrDays;
    QComboBox *m_measure;
    QTableView *m_table;
    QChartView *m_chart;
    QBarSeries *m_bars;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

}  // namespace baton::ui
