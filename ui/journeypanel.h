#pragma once
// JourneyPanel: the supervisor's customer journeys — contacts newest first, filtered by days,
// outcome, skill group and a customer's name or number (JourneyListModel); the selected one's way
// through the centre as a timeline (IVR → bot → queue → agents → outcome, JourneyView) beside
// the agents' parts with their disposition, notes and rating.

#include "journeymodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTextBrowser;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class JourneyPanel : public QWidget {
    Q_OBJECT

public:
    explicit JourneyPanel(models::AgentSession &session, QWidget *parent = nullptr);

    models::JourneyListModel &list() { return m_list; }
    models::JourneyView &view() { return m_view; }
    QTableView *table() const { return m_table; }
    QListWidget *timeline() const { return m_timeline; }
    QString headerText() const;
    QString partsText() const;
    void refresh();
    // Opens one contact's journey (from elsewhere, e.g. the waiting list).
    void openJourney(qint64 contact);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showJourney();

    models::AgentSession &m_session;
    models::JourneyListModel m_list;
    models::JourneyView m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outcome;
    QComboBox *m_group;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_header;
    QListWidget *m_timeline;
    QTextBrowser *m_parts;
    bool m_shown = false;
};

}  // namespace baton::ui
