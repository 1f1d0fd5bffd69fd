#include "upselldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton::ui {

namespace {
enum Column { Field, Match, Value, Suggest, ColumnCount };
}

UpsellDialog::UpsellDialog(const QString &stageTitle, const QList<store::UpsellRule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("upsellDialog"));
    setWindowTitle(tr("Upsell rules: %1").arg(stageTitle));
    auto *intro = new QLabel(tr("When the customer's field matches, the agent's script suggests the offer. Fields: customer.level, "
                                "customer.vip, customer.product, attr.<attribute>, contact.business."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Customer field"), tr("Match"), tr("Value"), tr("Suggest")});
    m_table->horizontalHeader()->setSectionResizeMode(Suggest, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const auto &r : rules)
        addRule(r);
    auto *add = new QPushButton(tr("&Add rule"), this);
    auto *remove = new QPushButton(tr("&Remove rule"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRule({QStringLiteral("customer.level"), store::UpsellRule::Match::Equals, {}, {}});
        m_table->setCurrentCell(m_table->rowCount() - 1, Value);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    m_problem->setStyleSheet(QStringLiteral("color:#b02020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UpsellDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 360);
}

void UpsellDialog::addRule(const store::UpsellRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Field, new QTableWidgetItem(rule.attribute));
    auto *match = new QComboBox(m_table);
    match->addItem(tr("equals"), static_cast<int>(store::UpsellRule::Match::Equals));
    match->addItem(tr("contains"), static_cast<int>(store::UpsellRule::Match::Contains));
    match->setCurrentIndex(rule.match == store::UpsellRule::Match::Contains ? 1 : 0);
    m_table->setCellWidget(row, Match, match);
    m_table->setItem(row, Value, new QTableWidgetItem(rule.value));
    m_table->setItem(row, Suggest, new QTableWidgetItem(rule.suggest));
}

QList<store::UpsellRule> UpsellDialog::rules(int *incomplete) const
{
    QList<store::UpsellRule> out;
    int partial = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto text = [this, r](int c) { return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString(); };
        store::UpsellRule rule;
        rule.attribute = text(Field);
        rule.value = text(Value);
        rule.suggest = text(Suggest);
        if (auto *match = qobject_cast<QComboBox *>(m_table->cellWidget(r, Match)))
            rule.match = static_cast<store::UpsellRule::Match>(match->currentData().toInt());
        const bool any = !rule.value.isEmpty() || !rule.suggest.isEmpty();
        const bool all = !rule.attribute.isEmpty() && !rule.value.isEmpty() && !rule.suggest.isEmpty();
        if (all)
            out.append(rule);
        else if (any)
            ++partial;
    }
    if (incomplete)
        *incomplete = partial;
    return out;
}

void UpsellDialog::accept()
{
    int incomplete = 0;
    rules(&incomplete);
    if (incomplete > 0) {
        m_problem->setText(tr("%n rule(s) lack a field, a value or a suggestion: complete or remove them.", nullptr, incomplete));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

}  // namespace baton::ui
