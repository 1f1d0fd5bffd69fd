#pragma once
// TransferDialog: where to send the contact — a skill group or an agent in person — with a note
// for the next agent. The card, the notes and the chat so far travel with the contact.

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class TransferDialog : public QDialog {
    Q_OBJECT

public:
    TransferDialog(const models::AgentSession &session, QWidget *parent = nullptr);

    QString group() const;
    QString agent() const;
    QString note() const;
    QComboBox *groupBox() const { return m_groups; }
    QComboBox *agentBox() const { return m_agents; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QRadioButton *m_toGroup;
    QRadioButton *m_toAgent;
    QComboBox *m_groups;
    QComboBox *m_agents;
    QPlainTextEdit *m_note;
};

}  // namespace baton::ui
