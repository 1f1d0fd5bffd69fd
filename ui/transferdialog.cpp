#include "transferdialog.h"

#include "agentsession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace baton::ui {

TransferDialog::TransferDialog(const models::AgentSession &session, QWidget *parent)
    : QDialog(parent)
    , m_toGroup(new QRadioButton(tr("To a skill &group"), this))
    , m_toAgent(new QRadioButton(tr("To an &agent"), this))
    , m_groups(new QComboBox(this))
    , m_agents(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Transfer"));
    for (const auto &g : session.directoryGroups())
        m_groups->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
    for (const auto &a : session.directoryAgents()) {
        if (a.id != session.agentId())
            m_agents->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.id), a.id);
    }
    // Typing part of a name finds the agent among thousands.
    m_agents->setEditable(true);
    m_agents->setInsertPolicy(QComboBox::NoInsert);
    m_agents->completer()->setFilterMode(Qt::MatchContains);
    m_agents->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_note->setPlaceholderText(tr("For the next agent: what is done, what the customer still needs"));
    m_note->setTabChangesFocus(true);
    m_toGroup->setChecked(true);
    m_agents->setEnabled(false);
    connect(m_toAgent, &QRadioButton::toggled, m_agents, &QComboBox::setEnabled);
    connect(m_toAgent, &QRadioButton::toggled, m_groups, &QComboBox::setDisabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(m_toGroup, m_groups);
    form->addRow(m_toAgent, m_agents);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
}

QString TransferDialog::group() const
{
    return m_toGroup->isChecked() ? m_groups->currentData().toString() : QString();
}

QString TransferDialog::agent() const
{
    if (!m_toAgent->isChecked())
        return {};
    const int i = m_agents->findText(m_agents->currentText());
    return i >= 0 ? m_agents->itemData(i).toString() : m_agents->currentData().toString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

}  // namespace baton::ui
