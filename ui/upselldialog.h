#pragma once
// UpsellDialog: a trainer edits one script stage's upsell rules — "when the customer's <field>
// equals / contains <value>, suggest <offer>" — one row a rule.

#include "scriptrepository.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace baton::ui {

class UpsellDialog : public QDialog {
    Q_OBJECT

public:
    UpsellDialog(const QString &stageTitle, const QList<store::UpsellRule> &rules, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addRule(const store::UpsellRule &rule);
    // The complete rows as rules (blank rows are left out); `incomplete` counts rows with some
    // but not all of field, value and suggestion.
    QList<store::UpsellRule> rules(int *incomplete = nullptr) const;

    void accept() override;

private:
    QTableWidget *m_table;
    QLabel *m_problem;
};

}  // namespace baton::ui
