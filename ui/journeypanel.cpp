#include "journeypanel.h"

#include "agentsession.h"
#include "historymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace baton::ui {

JourneyPanel::JourneyPanel(models::AgentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_outcome(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_header(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_parts(new QTextBrowser(this))
{
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *code : {"served", "abandoned", "overflow", "afterHours", "open", "bot"})
        m_outcome->addItem(QString(), QLatin1String(code));
    m_outcome->setItemText(1, models::JourneyListModel::outcomeText(QStringLiteral("served")));
    m_outcome->setItemText(2, models::JourneyListModel::outcomeText(QStringLiteral("abandoned")));
    //: Filter of journeys: those that left a queue for a fallback (callback, message, bot).
    m_outcome->setItemText(3, tr("Overflowed"));
    //: Filter of journeys: those that came outside opening hours.
    m_outcome->setItemText(4, tr("After hours"));
    m_outcome->setItemText(5, models::JourneyListModel::outcomeText(QStringLiteral("open")));
    m_outcome->setItemText(6, models::JourneyListModel::outcomeText(QStringLiteral("bot")));
    auto groups = [this] {
        const QString current = m_group->currentData().toString();
        m_group->clear();
        m_group->addItem(tr("Any skill group"), QString());
        for (const auto &g : m_session.directoryGroups())
            m_group->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
        m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
    };
    groups();
    connect(&session, &models::AgentSession::directoryChanged, this, groups);
    m_search->setPlaceholderText(tr("Customer name or number"));
    m_search->setClearButtonEnabled(true);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_outcome);
    controls->addWidget(m_group);
    controls->addWidget(m_search, 1);
    controls->addWidget(refreshButton);

    m_table->setModel(&m_list);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::JourneyListModel::Business, QHeaderView::Stretch);

    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(tr("Select a contact to see its journey."));
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_parts->setOpenLinks(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(new QLabel(tr("<b>Its way through the centre</b>"), detail));
    detailLayout->addWidget(m_timeline, 3);
    detailLayout->addWidget(new QLabel(tr("<b>The agents who served it</b>"), detail));
    detailLayout->addWidget(m_parts, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    // Typing waits for a pause before asking the router.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &JourneyPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(refreshButton, &QPushButton::clicked, this, &JourneyPanel::refresh);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &JourneyPanel::refresh);
    for (QComboBox *b : {m_outcome, m_group})
        connect(b, &QComboBox::currentIndexChanged, this, &JourneyPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            m_view.load(m_session.client(), i.data(models::JourneyListModel::ContactRole).toLongLong());
    });
    connect(&m_view, &models::JourneyView::loaded, this, &JourneyPanel::showJourney);
    connect(&m_view, &models::JourneyView::failed, this, &JourneyPanel::statusMessage);
    connect(&m_list, &models::JourneyListModel::loadFailed, this, &JourneyPanel::statusMessage);
}

void JourneyPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_shown, true))
        refresh();
}

void JourneyPanel::refresh()
{
    models::JourneyFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.outcome = m_outcome->currentData().toString();
    f.group = m_group->currentData().toString();
    f.text = m_search->text();
    m_list.setFilter(&m_session.client(), f);
}

void JourneyPanel::openJourney(qint64 contact)
{
    m_view.load(m_session.client(), contact);
}

void JourneyPanel::showJourney()
{
    const QJsonObject &j = m_view.journey();
    const QString who = j.value(QStringLiteral("customerName")).toString();
    const QString caller = j.value(QStringLiteral("caller")).toString();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> %2")
                 .arg((who.isEmpty() ? tr("Unknown caller") : who).toHtmlEscaped(), caller.toHtmlEscaped());
    QStringList facts{models::HistoryModel::channelName(j.value(QStringLiteral("channel")).toString())};
    if (const QString entry = j.value(QStringLiteral("entryPoint")).toString(); !entry.isEmpty())
        facts << tr("entry %1").arg(entry.toHtmlEscaped());
    if (const QString business = j.value(QStringLiteral("businessName")).toString(j.value(QStringLiteral("business")).toString()); !business.isEmpty())
        facts << business.toHtmlEscaped();
    facts << models::JourneyListModel::outcomeText(j.value(QStringLiteral("outcome")).toString());
    lines << facts.join(QStringLiteral(" · "));
    lines << models::JourneyView::spanText(j).toHtmlEscaped();
    m_header->setText(lines.join(QStringLiteral("<br>")));

    m_timeline->clear();
    for (const models::JourneyStep &s : m_view.steps()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(QLocale().toString(s.at.toLocalTime().time(), QLocale::LongFormat), s.text),
                                         m_timeline);
        item->setData(Qt::UserRole, s.kind);
        if (s.milestone) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }

    QStringList parts;
    for (const QJsonValue &v : m_view.parts()) {
        const QJsonObject p = v.toObject();
        QString line = QStringLiteral("<b>%1</b>").arg(p.value(QStringLiteral("agentName")).toString(p.value(QStringLiteral("agent")).toString()).toHtmlEscaped());
        if (const QString d = p.value(QStringLiteral("disposition")).toString(); !d.isEmpty())
            line += QStringLiteral(" · ") + d.toHtmlEscaped();
        if (const int csat = p.value(QStringLiteral("csat")).toInt(); csat > 0)
            line += QStringLiteral(" · ") + tr("rated %1/5").arg(csat);
        if (const QString n = p.value(QStringLiteral("notes")).toString(); !n.isEmpty())
            line += QStringLiteral("<br>") + n.toHtmlEscaped();
        parts << line;
    }
    m_parts->setHtml(parts.isEmpty() ? tr("No agent's part is in the history (an unknown caller, or nobody answered).") : parts.join(QStringLiteral("<hr>")));
}

QString JourneyPanel::headerText() const { return m_header->text(); }
QString JourneyPanel::partsText() const { return m_parts->toPlainText(); }

}  // namespace baton::ui
