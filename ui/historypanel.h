#pragma once
// HistoryPanel: a customer's history across channels in time order, filterable by channel and
// text, with the selected interaction's details below; pages load as the list scrolls.

#include "historymodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace baton::ui {

class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    models::HistoryModel &model() { return m_model; }
    models::HistoryFilter &filter() { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }

private:
    void showDetails();

    models::HistoryModel m_model;
    models::HistoryFilter m_filter;
    QComboBox *m_channel;
    QLineEdit *m_search;
    QLabel *m_status;
    QTableView *m_view;
    QTextBrowser *m_details;
};

}  // namespace baton::ui
