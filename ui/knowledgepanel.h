#pragma once
// KnowledgePanel: as-you-type knowledge search beside the script, Chinese-aware (the router's
// bigram index), with the matching words of each snippet in bold.

#include "knowledgemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace baton::ui {

class KnowledgePanel : public QWidget {
    Q_OBJECT

public:
    explicit KnowledgePanel(QWidget *parent = nullptr);

    models::KnowledgeModel &model() { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QListView *view() const { return m_view; }

private:
    models::KnowledgeModel m_model;
    QLineEdit *m_search;
    QLabel *m_status;
    QListView *m_view;
};

}  // namespace baton::ui
