#pragma once
// RebalanceDialog: move the selected agents to another skill group — from one group, or adding
// the group to theirs — and see first what it does to every group it touches: staffed agents,
// predicted service level, average speed of answer and occupancy (Erlang A, or C before anyone has hung up), before and after.

#include "rebalance.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class RebalanceDialog : public QDialog {
    Q_OBJECT

public:
    RebalanceDialog(const models::AgentSession &session, models::Rebalance &rebalance, QStringList agents, QWidget *parent = nullptr);

    models::MovePlan plan() const;
    // Presets the target group and the group they leave ("" : they keep their other groups).
    void setGroups(const QString &to, const QString &from);
    QTableWidget *predictionTable() const { return m_table; }
    QComboBox *toBox() const { return m_to; }
    QComboBox *fromBox() const { return m_from; }

private:
    void update();

    models::Rebalance &m_rebalance;
    QStringList m_agents;
    QComboBox *m_to;
    QComboBox *m_from;
    QSpinBox *m_proficiency;
    QTableWidget *m_table;
    QLabel *m_note;
};

}  // namespace baton::ui
