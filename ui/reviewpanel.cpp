#include "reviewpanel.h"

#include "agentsession.h"
#include "historymodel.h"
#include "qatrendchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

// The transcript as HTML, each stage's cue word marked where it was heard.
QString markedTranscript(const models::ReviewDetail &d)
{
    struct Span {
        qsizetype at, length;
        bool inOrder;
    };
    QList<Span> spans;
    for (const models::StageCheck &s : d.stages) {
        if (s.position >= 0 && !s.cue.isEmpty() && s.position + s.cue.size() <= d.transcript.size())
            spans.append({s.position, s.cue.size(), s.heard == models::StageCheck::Heard::InOrder});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.at < b.at; });
    QString html;
    qsizetype pos = 0;
    for (const Span &s : spans) {
        if (s.at < pos)
            continue;  // overlapping cues: the first one is marked
        html += d.transcript.mid(pos, s.at - pos).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:%1\"><b>%2</b></span>")
                    .arg(s.inOrder ? QStringLiteral("#c8f0c8") : QStringLiteral("#ffe0a0"), d.transcript.mid(s.at, s.length).toHtmlEscaped());
        pos = s.at + s.length;
    }
    html += d.transcript.mid(pos).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

}  // namespace

ReviewPanel::ReviewPanel(models::AgentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_desk(session.client())
    , m_from(new QDateEdit(QDate::currentDate().addDays(-6), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_agent(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_disposition(new QComboBox(this))
    , m_csat(new QComboBox(this))
    , m_unreviewed(new QCheckBox(tr("&Not reviewed yet"), this))
    , m_table(new QTableView(this))
    , m_header(new QLabel(this))
    , m_transcript(new QTextBrowser(this))
    , m_stages(new QTreeWidget(this))
    , m_comments(new QPlainTextEdit(this))
    , m_coaching(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save review"), this))
    , m_reviewedBy(new QLabel(this))
    , m_trend(new QaTrendChart(this))
{
    m_from->setObjectName(QStringLiteral("reviewFrom"));
    m_to->setObjectName(QStringLiteral("reviewTo"));
    m_agent->setObjectName(QStringLiteral("reviewAgent"));
    m_group->setObjectName(QStringLiteral("reviewGroup"));
    m_disposition->setObjectName(QStringLiteral("reviewOutcome"));
    m_csat->setObjectName(QStringLiteral("reviewRating"));
    m_unreviewed->setObjectName(QStringLiteral("reviewUnreviewed"));
    // Filters: the site's agents, groups and outcomes.
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    fillFilters();
    m_csat->addItem(tr("Any rating"), 0);
    for (int n = 1; n <= 4; ++n)
        m_csat->addItem(tr("Rated %1★ or less").arg(n), n);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_agent);
    filters->addWidget(m_group);
    filters->addWidget(m_disposition);
    filters->addWidget(m_csat);
    filters->addWidget(m_unreviewed);
    filters->addStretch();
    filters->addWidget(refresh);

    m_table->setModel(&m_list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Columns fit the first page; later pages keep them (a resize over every row would stall).
    connect(&m_list, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_table->resizeColumnsToContents();
    });

    // The interaction: header, transcript beside the script's stages, and the QA form.
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_stages->setColumnCount(2);
    m_stages->setHeaderLabels({tr("Script stage"), tr("Heard")});
    m_stages->setRootIsDecorated(false);
    m_stages->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *talk = new QSplitter(Qt::Horizontal, this);
    talk->addWidget(m_transcript);
    talk->addWidget(m_stages);
    talk->setStretchFactor(0, 3);
    talk->setStretchFactor(1, 2);

    const QString scoreNames[4] = {tr("&Attitude"), tr("&Knowledge"), tr("&Efficiency"), tr("Script a&dherence")};
    auto *form = new QFormLayout;
    auto *scoresRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_scores[i] = new QSpinBox(this);
        m_scores[i]->setRange(1, 5);
        m_scores[i]->setValue(3);
        m_scores[i]->setSuffix(QStringLiteral(" ★"));
        auto *label = new QLabel(scoreNames[i], this);
        label->setBuddy(m_scores[i]);
        scoresRow->addWidget(label);
        scoresRow->addWidget(m_scores[i]);
    }
    scoresRow->addStretch();
    form->addRow(scoresRow);
    m_comments->setPlaceholderText(tr("For trainers: what went well, what did not"));
    m_coaching->setPlaceholderText(tr("For the agent: one thing to do differently next time"));
    for (QPlainTextEdit *e : {m_comments, m_coaching}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(64);
    }
    form->addRow(tr("Comments"), m_comments);
    form->addRow(tr("Coaching note"), m_coaching);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_reviewedBy, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    auto *qa = new QGroupBox(tr("Quality review"), this);
    qa->setLayout(form);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(talk, 1);
    detailLayout->addWidget(qa);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_trend);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_save->setEnabled(false);
    m_header->setText(tr("Choose an interaction to review."));

    connect(&session, &models::AgentSession::directoryChanged, this, &ReviewPanel::fillFilters);
    for (QComboBox *c : {m_agent, m_group, m_disposition, m_csat})
        connect(c, &QComboBox::activated, this, &ReviewPanel::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ReviewPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ReviewPanel::applyFilter);
    connect(m_unreviewed, &QCheckBox::toggled, this, &ReviewPanel::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &ReviewPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_desk.open(current.data(models::ReviewListModel::InteractionIdRole).toLongLong());
        m_desk.loadTrend(current.data(models::ReviewListModel::AgentIdRole).toString());
    });
    connect(&m_desk, &models::ReviewDesk::opened, this, &ReviewPanel::showDetail);
    connect(&m_desk, &models::ReviewDesk::trendLoaded, this, [this](const QString &agent, const QList<models::QaTrendPoint> &points) {
        QString name = agent;
        for (const auto &a : m_session.directoryAgents()) {
            if (a.id == agent)
                name = a.name;
        }
        m_trend->show(name, points);
    });
    connect(&m_desk, &models::ReviewDesk::saved, this, [this](qint64 interaction) {
        m_list.markReviewed(interaction);
        showDetail();
        if (m_desk.isOpen())
            m_desk.loadTrend(m_desk.current().row.agent);
        Q_EMIT statusMessage(tr("Review saved."));
    });
    connect(&m_desk, &models::ReviewDesk::failed, this, &ReviewPanel::statusMessage);
    connect(&m_list, &models::ReviewListModel::loadFailed, this, &ReviewPanel::statusMessage);
    connect(m_save, &QPushButton::clicked, this, &ReviewPanel::save);
    applyFilter();
}

void ReviewPanel::fillFilters()
{
    // The site's agents, groups and outcomes; what was chosen stays chosen.
    auto refill = [](QComboBox *box, const QString &all, const QList<std::pair<QString, QString>> &items) {
        const QString chosen = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const auto &[id, name] : items)
            box->addItem(name, id);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    QList<std::pair<QString, QString>> agents, groups, outcomes;
    QHash<QString, QString> groupNames;
    for (const auto &a : m_session.directoryAgents())
        agents.append({a.id, a.name});
    for (const auto &g : m_session.directoryGroups()) {
        groups.append({g.id, g.name});
        groupNames.insert(g.id, g.name);
    }
    for (const QString &d : m_session.dispositions())
        outcomes.append({d, d});
    refill(m_agent, tr("All agents"), agents);
    refill(m_group, tr("All skill groups"), groups);
    refill(m_disposition, tr("Any outcome"), outcomes);
    m_list.setNames(groupNames, m_session.businessNames());
}

QSpinBox *ReviewPanel::score(int which) const
{
    return m_scores[which];
}

models::ReviewFilter ReviewPanel::filterFromControls() const
{
    models::ReviewFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.agent = m_agent->currentData().toString();
    f.group = m_group->currentData().toString();
    f.disposition = m_disposition->currentData().toString();
    f.csatAtMost = m_csat->currentData().toInt();
    f.unreviewedOnly = m_unreviewed->isChecked();
    return f;
}

void ReviewPanel::applyFilter()
{
    m_list.setFilter(&m_session.client(), filterFromControls());
}

void ReviewPanel::showDetail()
{
    const models::ReviewDetail &d = m_desk.current();
    const models::ReviewRow &r = d.row;
    QStringList facts{QStringLiteral("<b>%1</b>").arg(r.customerName.toHtmlEscaped()),
                      tr("served by %1").arg(r.agentName.toHtmlEscaped()),
                      QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat),
                      models::HistoryModel::channelName(r.channel)};
    if (!r.group.isEmpty())
        facts << m_session.groupName(r.group).toHtmlEscaped();
    if (!r.business.isEmpty())
        facts << m_session.businessName(r.business).toHtmlEscaped();
    if (!r.disposition.isEmpty())
        facts << tr("outcome: %1").arg(r.disposition.toHtmlEscaped());
    if (r.csat > 0)
        facts << QString(r.csat, QChar(0x2605));
    QString header = facts.join(QStringLiteral(" · "));
    if (!d.ivrPath.isEmpty())
        header += QStringLiteral("<br>") + tr("IVR: %1").arg(d.ivrPath.join(QStringLiteral(" › ")).toHtmlEscaped());
    if (!d.notes.isEmpty())
        header += QStringLiteral("<br>") + tr("Agent's notes: %1").arg(d.notes.toHtmlEscaped());
    m_header->setText(header);
    m_transcript->setHtml(d.transcript.isEmpty() ? tr("<i>No transcript was recorded for this interaction.</i>") : markedTranscript(d));

    m_stages->clear();
    if (!d.hasScript) {
        auto *item = new QTreeWidgetItem(m_stages, {tr("No script is live for this group and business."), QString()});
        item->setFirstColumnSpanned(true);
    }
    for (const models::StageCheck &s : d.stages) {
        QString heard;
        QColor colour;
        switch (s.heard) {
        case models::StageCheck::Heard::InOrder:
            heard = tr("✓ heard: “%1”").arg(s.cue);
            colour = QColor(0x1b, 0x7a, 0x1b);
            break;
        case models::StageCheck::Heard::OutOfOrder:
            heard = tr("⚠ out of order: “%1”").arg(s.cue);
            colour = QColor(0xb0, 0x6a, 0x00);
            break;
        case models::StageCheck::Heard::Missing:
            heard = tr("✗ not heard");
            colour = QColor(0xb0, 0x20, 0x20);
            break;
        case models::StageCheck::Heard::NotCheckable:
            heard = tr("— no cue words");
            colour = palette().color(QPalette::PlaceholderText);
            break;
        }
        auto *item = new QTreeWidgetItem(m_stages, {s.title.isEmpty() ? s.key : s.title, heard});
        item->setForeground(1, colour);
    }
    if (d.hasScript) {
        auto *summary = new QTreeWidgetItem(m_stages, {tr("Version %1: %2 of %3 stages in order").arg(d.scriptVersion)
                                                           .arg(std::lround(d.adherenceRatio * d.checkable))
                                                           .arg(d.checkable),
                                                       QString()});
        summary->setFirstColumnSpanned(true);
    }

    // The form: my earlier review of it, else fresh with the suggested adherence score.
    const QString me = m_session.user();
    const auto mine = std::find_if(d.reviews.begin(), d.reviews.end(), [&](const models::QaReviewInfo &q) { return q.reviewer == me; });
    if (mine != d.reviews.end()) {
        const int values[4] = {mine->scores.attitude, mine->scores.knowledge, mine->scores.efficiency, mine->scores.scriptAdherence};
        for (int i = 0; i < 4; ++i)
            m_scores[i]->setValue(values[i]);
        m_comments->setPlainText(mine->comments);
        m_coaching->setPlainText(mine->coachingNote);
    } else {
        for (int i = 0; i < 3; ++i)
            m_scores[i]->setValue(3);
        m_scores[3]->setValue(d.suggestedAdherenceScore());
        m_comments->clear();
        m_coaching->clear();
    }
    QStringList others;
    for (const models::QaReviewInfo &q : d.reviews)
        others << tr("%1 on %2").arg(q.reviewer, QLocale().toString(q.reviewed.toLocalTime(), QLocale::ShortFormat));
    m_reviewedBy->setText(others.isEmpty() ? tr("Not reviewed yet.") : tr("Reviewed by %1.").arg(others.join(QStringLiteral(", "))));
    m_save->setEnabled(true);
}

void ReviewPanel::save()
{
    m_desk.save({m_scores[0]->value(), m_scores[1]->value(), m_scores[2]->value(), m_scores[3]->value()}, m_comments->toPlainText().trimmed(),
                m_coaching->toPlainText().trimmed());
}

}  // namespace baton::ui
