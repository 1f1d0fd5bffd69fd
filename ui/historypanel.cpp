#include "historypanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace baton::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_channel(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_filter.setSourceModel(&m_model);
    m_channel->addItem(tr("All channels"), QString());
    for (const char *c : {"voice", "chat", "sms", "email", "web", "app", "video"})
        m_channel->addItem(models::HistoryModel::channelName(QLatin1String(c)), QLatin1String(c));
    m_search->setPlaceholderText(tr("Filter history (business, summary, notes…)"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(&m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(models::HistoryModel::Summary, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(models::HistoryModel::Started, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::HistoryModel::Channel, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::HistoryModel::Agent, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::HistoryModel::Csat, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_details->setMinimumHeight(60);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_channel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("historySplit"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        const QString c = m_channel->currentData().toString();
        m_filter.setChannels(c.isEmpty() ? QSet<QString>{} : QSet<QString>{c});
    });
    connect(m_search, &QLineEdit::textChanged, &m_filter, &models::HistoryFilter::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::showDetails);
    auto count = [this] {
        const int shown = m_filter.rowCount();
        m_status->setText(m_model.isLoading() ? tr("Loading…")
                          : m_model.canFetchMore({}) ? tr("%n interaction(s) so far", nullptr, shown)
                                                     : tr("%n interaction(s)", nullptr, shown));
    };
    connect(&m_model, &models::HistoryModel::loadingChanged, this, count);
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, count);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, count);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, count);
    connect(&m_model, &models::HistoryModel::modelReset, this, [this] {
        m_details->clear();
        m_status->setText(m_model.customer().isEmpty() ? tr("No customer record") : QString());
    });
    connect(&m_model, &models::HistoryModel::loadFailed, m_status, &QLabel::setText);
}

void HistoryPanel::showDetails()
{
    const QModelIndex i = m_filter.mapToSource(m_view->currentIndex());
    if (!i.isValid()) {
        m_details->clear();
        return;
    }
    const models::HistoryItem &h = m_model.item(i.row());
    QString html = QStringLiteral("<b>%1</b> · %2 · %3<br>")
                       .arg(QLocale().toString(h.started.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                            models::HistoryModel::channelName(h.channel).toHtmlEscaped(), h.agent.toHtmlEscaped());
    if (!h.ivrPath.isEmpty())
        html += tr("IVR path: %1").arg(h.ivrPath.join(QStringLiteral(" › "))).toHtmlEscaped() + QStringLiteral("<br>");
    if (!h.summary.isEmpty())
        html += tr("Summary: %1").arg(h.summary).toHtmlEscaped() + QStringLiteral("<br>");
    if (!h.disposition.isEmpty())
        html += tr("Outcome: %1").arg(h.disposition).toHtmlEscaped() + QStringLiteral("<br>");
    if (!h.notes.isEmpty())
        html += tr("Notes: %1").arg(h.notes).toHtmlEscaped() + QStringLiteral("<br>");
    if (h.csat > 0)
        html += tr("Customer rating: %1 of 5").arg(h.csat).toHtmlEscaped();
    m_details->setHtml(html);
}

}  // namespace baton::ui
