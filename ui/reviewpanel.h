#pragma once
// ReviewPanel: the trainer's interaction review. Finished interactions filtered by time, agent,
// skill group, outcome and CSAT; the one selected shown with its transcript beside the script
// that was live — each stage marked heard in order, out of order or missed, its cue word
// highlighted in the transcript — and the QA form (attitude, knowledge, efficiency, adherence,
// comments, a coaching note the agent reads). Below, the agent's QA trend over 30 days.

#include "reviewdesk.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class QaTrendChart;

class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPanel(models::AgentSession &session, QWidget *parent = nullptr);

    models::ReviewListModel &list() { return m_list; }
    models::ReviewDesk &desk() { return m_desk; }
    QTableView *table() const { return m_table; }
    QTreeWidget *stageMarks() const { return m_stages; }
    QTextBrowser *transcript() const { return m_transcript; }
    QSpinBox *score(int which) const;  // 0 attitude, 1 knowledge, 2 efficiency, 3 adherence
    QPlainTextEdit *comments() const { return m_comments; }
    QPlainTextEdit *coachingNote() const { return m_coaching; }
    QPushButton *saveButton() const { return m_save; }
    QaTrendChart *trendChart() const { return m_trend; }
    models::ReviewFilter filterFromControls() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillFilters();
    void applyFilter();
    void showDetail();
    void save();

    models::AgentSession &m_session;
    models::ReviewListModel m_list;
    models::ReviewDesk m_desk;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_agent;
    QComboBox *m_group;
    QComboBox *m_disposition;
    QComboBox *m_csat;
    QCheckBox *m_unreviewed;
    QTableView *m_table;
    QLabel *m_header;
    QTextBrowser *m_transcript;
    QTreeWidget *m_stages;
    QSpinBox *m_scores[4];
    QPlainTextEdit *m_comments;
    QPlainTextEdit *m_coaching;
    QPushButton *m_save;
    QLabel *m_reviewedBy;
    QaTrendChart *m_trend;
};

}  // namespace baton::ui
