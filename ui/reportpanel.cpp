#include "reportpanel.h"

#include "agentsession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace baton::ui {

ReportPanel::ReportPanel(models::AgentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-6), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_by(new QComboBox(this))
    , m_fcrDays(new QSpinBox(this))
    , m_measure(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_bars(new QBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_by->setObjectName(QStringLiteral("reportBy"));
    m_by->addItem(tr("By skill group"), static_cast<int>(models::ReportModel::By::Group));
    m_by->addItem(tr("By agent"), static_cast<int>(models::ReportModel::By::Agent));
    m_by->addItem(tr("By day"), static_cast<int>(models::ReportModel::By::Day));
    //: Report grouping: compare the A/B variants of the routing rules running on a traffic split.
    m_by->addItem(tr("By rule variant (A/B)"), static_cast<int>(models::ReportModel::By::Variant));
    m_fcrDays->setRange(1, 90);
    m_fcrDays->setValue(7);
    //: First-contact resolution counts a contact resolved when the customer does not come back within this many days.
    m_fcrDays->setPrefix(tr("FCR within "));
    m_fcrDays->setSuffix(tr(" days"));
    m_fcrDays->setToolTip(tr("A contact counts as resolved at first contact when the customer does not contact the centre again "
                             "about the same business within this many days."));
    for (int c : {models::ReportModel::Contacts, models::ReportModel::ServiceLevel, models::ReportModel::Abandonment, models::ReportModel::Aht,
                  models::ReportModel::Csat, models::ReportModel::Fcr, models::ReportModel::TransferRate})
        m_measure->addItem(m_model.headerData(c, Qt::Horizontal).toString(), c);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_by);
    controls->addWidget(m_fcrDays);
    controls->addStretch();
    controls->addWidget(refreshButton);
    controls->addWidget(exportButton);

    m_sorted->setSourceModel(&m_model);
    m_sorted->setSortRole(models::ReportModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::ReportModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::ReportModel::Name, QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->addSeries(m_bars);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_values);
    chart->legend()->hide();
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *measureRow = new QHBoxLayout;
    measureRow->addWidget(new QLabel(tr("Chart:"), this));
    measureRow->addWidget(m_measure);
    measureRow->addStretch();
    chartLayout->addLayout(measureRow);
    chartLayout->addWidget(m_chart, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *note = new QLabel(tr("Handled, AHT, CSAT, transfers and FCR come from the conversations agents finished; entered, answered, "
                               "abandonment, service level and ASA from each group's queue. Days are the site's days."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(note);

    connect(refreshButton, &QPushButton::clicked, this, &ReportPanel::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_by, &QComboBox::activated, this, &ReportPanel::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportPanel::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportPanel::refresh);
    connect(m_fcrDays, &QSpinBox::valueChanged, this, &ReportPanel::refresh);
    connect(m_measure, &QComboBox::activated, this, &ReportPanel::updateChart);
    connect(&m_model, &models::ReportModel::loaded, this, &ReportPanel::updateChart);
    connect(&m_model, &models::ReportModel::loadFailed, this, &ReportPanel::statusMessage);
}

void ReportPanel::showEvent(QShowEvent *event)
{
    // Opening the page shows the figures as they are now (today's go on changing).
    QWidget::showEvent(event);
    refresh();
}

void ReportPanel::refresh()
{
    if (m_to->date() < m_from->date()) {
        Q_EMIT statusMessage(tr("The last day is before the first."));
        return;
    }
    m_model.load(m_session.client(), m_from->date(), m_to->date(), static_cast<models::ReportModel::By>(m_by->currentData().toInt()),
                 m_fcrDays->value());
}

QStringList ReportPanel::chartCategories() const
{
    return m_categories->categories();
}

int ReportPanel::chartBars() const
{
    return m_bars->count() == 0 ? 0 : static_cast<int>(m_bars->barSets().first()->count());
}

void ReportPanel::updateChart()
{
    const int column = m_measure->currentData().toInt();
    m_bars->clear();
    auto *set = new QBarSet(m_measure->currentText());
    QStringList names;
    double most = 0;
    const bool rate = column == models::ReportModel::ServiceLevel || column == models::ReportModel::Abandonment
        || column == models::ReportModel::Fcr || column == models::ReportModel::TransferRate;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        const QVariant v = m_sorted->index(r, column).data(models::ReportModel::SortRole);
        const double x = v.isValid() ? v.toDouble() * (rate ? 100.0 : 1.0) : 0.0;
        names << m_sorted->index(r, models::ReportModel::Name).data().toString();
        *set << x;
        most = std::max(most, x);
    }
    m_bars->append(set);
    // An empty report leaves no names of the one before on the axis.
    m_categories->clear();
    if (!names.isEmpty())
        m_categories->append(names);
    m_values->setRange(0, rate ? 100.0 : std::max(1.0, most * 1.1));
    m_values->setLabelFormat(rate ? QStringLiteral("%d%%") : column == models::ReportModel::Csat ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    m_chart->chart()->setTitle(tr("%1, %2 – %3").arg(m_measure->currentText(), QLocale().toString(m_model.from(), QLocale::ShortFormat),
                                                     QLocale().toString(m_model.to(), QLocale::ShortFormat)));
}

void ReportPanel::exportCsv(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("baton-report-%1-%2.csv")
                                                    .arg(m_model.from().toString(Qt::ISODate), m_model.to().toString(Qt::ISODate)));
        path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    if (const QString error = m_model.exportCsv(path); !error.isEmpty())
        Q_EMIT statusMessage(tr("The report was not saved: %1").arg(error));
    else
        Q_EMIT statusMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace baton::ui
