#include "rebalancedialog.h"

#include "agentsession.h"
#include "figures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace baton::ui {

namespace {

QString pct(const std::optional<core::QueueModelFigures> &f, double core::QueueModelFigures::*field)
{
    return models::percentText(f ? std::optional<double>((*f).*field) : std::nullopt);
}

QString abandoning(const std::optional<core::QueueModelFigures> &f)
{
    return models::percentText(f ? f->probabilityOfAbandoning : std::nullopt);
}

QString asa(const std::optional<core::QueueModelFigures> &f)
{
    if (!f)
        return QStringLiteral("—");
    if (!f->averageSpeedOfAnswer)
        //: The predicted average speed of answer when the group cannot keep up: waits grow without limit.
        return RebalanceDialog::tr("unbounded");
    return models::QueueDashboardModel::duration(*f->averageSpeedOfAnswer);
}

}  // namespace

RebalanceDialog::RebalanceDialog(const models::AgentSession &session, models::Rebalance &rebalance, QStringList agents, QWidget *parent)
    : QDialog(parent)
    , m_rebalance(rebalance)
    , m_agents(std::move(agents))
    , m_to(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_proficiency(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Move %n agent(s)", nullptr, static_cast<int>(m_agents.size())));
    m_from->addItem(tr("(keep their other groups)"), QString());
    for (const auto &g : session.directoryGroups()) {
        m_to->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
        m_from->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
    }
    m_proficiency->setRange(1, 10);
    m_proficiency->setValue(5);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Skill group"), tr("Agents"), tr("Calls per hour"), tr("Service level"), tr("ASA"), tr("Occupancy"),
                                        //: Column of the what-if: the share of callers predicted to hang up before an answer.
                                        tr("Abandoned"),
                                        //: Column of the what-if: which queueing model predicted the row.
                                        tr("Model")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note->setWordWrap(true);
    m_note->setText(tr("Predictions: Erlang A from each group's calls per hour over the last hour (or since this dashboard opened, "
                       "once that is 5 minutes; before that, today's average), its average handle time and its callers' mean patience; "
                       "Erlang C while nobody has hung up waiting yet. Before → after. "
                       "Apply takes effect in routing at once, is written to the audit log, and can be undone."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&To group:"), m_to);
    form->addRow(tr("&From group:"), m_from);
    form->addRow(tr("&Proficiency there:"), m_proficiency);
    form->addRow(m_table);
    form->addRow(m_note);
    form->addRow(buttons);
    for (QComboBox *b : {m_to, m_from})
        connect(b, &QComboBox::currentIndexChanged, this, &RebalanceDialog::update);
    update();
    resize(860, 380);
}

void RebalanceDialog::setGroups(const QString &to, const QString &from)
{
    if (const int i = m_to->findData(to); i >= 0)
        m_to->setCurrentIndex(i);
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    update();
}

models::MovePlan RebalanceDialog::plan() const
{
    models::MovePlan p;
    p.agents = m_agents;
    p.toGroup = m_to->currentData().toString();
    p.fromGroup = m_from->currentData().toString();
    if (p.fromGroup == p.toGroup)
        p.fromGroup.clear();
    p.proficiency = m_proficiency->value();
    return p;
}

void RebalanceDialog::update()
{
    const QList<models::GroupPrediction> rows = m_rebalance.predict(plan());
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &p = rows[i];
        const QString arrow = QStringLiteral(" → ");
        const QStringList cells{m_from->itemText(m_from->findData(p.group)),
                                QStringLiteral("%1%2%3").arg(p.agentsBefore).arg(arrow).arg(p.agentsAfter),
                                QLocale().toString(p.arrivalsPerHour, 'f', 1),
                                pct(p.before, &core::QueueModelFigures::serviceLevel) + arrow + pct(p.after, &core::QueueModelFigures::serviceLevel),
                                asa(p.before) + arrow + asa(p.after),
                                pct(p.before, &core::QueueModelFigures::occupancy) + arrow + pct(p.after, &core::QueueModelFigures::occupancy),
                                abandoning(p.before) + arrow + abandoning(p.after),
                                p.patienceSeconds ? tr("Erlang A (patience %1)").arg(models::QueueDashboardModel::duration(*p.patienceSeconds))
                                                  : tr("Erlang C")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
}

}  // namespace baton::ui
