#pragma once
// TrainerWorkspace: a trainer edits call scripts — stages with their text, placeholders and cue
// words, previewed with a sample customer — saves drafts, publishes with a comment, sees the
// versions (and what each changed), rolls back, and sets which version is live for a group and
// business; each stage's upsell rules are edited in UpsellDialog. A second tab reviews finished
// interactions against the scripts (ReviewPanel).

#include "scripteditor.h"

#include <QWidget>

class QListWidget;
class QTabWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace baton::models {
class AgentSession;
}

namespace baton::ui {

class ReviewPanel;

class TrainerWorkspace : public QWidget {
    Q_OBJECT

public:
    explicit TrainerWorkspace(models::AgentSession &session, QWidget *parent = nullptr);

    models::ScriptEditor &editor() { return m_editor; }
    QTableWidget *stagesTable() const { return m_stages; }
    QListWidget *scriptList() const { return m_scripts; }
    QListWidget *versionList() const { return m_versionList; }
    QString previewText() const;
    // What changed from the version before `version` to it, as HTML; shown by "Compare…".
    QString comparisonHtml(int version) const;
    void showComparison(int version);
    ReviewPanel *review() const { return m_review; }
    QTabWidget *tabs() const { return m_tabs; }
    // The stages as edited in the table (upsell rules kept from the draft, by stage key).
    QList<store::ScriptStage> editedStages() const;
    void addStage(const QString &key, const QString &title, const QString &text, const QStringList &cues,
                  const QList<store::UpsellRule> &upsell = {});
    QList<store::UpsellRule> upsellRules(int row) const;
    void setUpsellRules(int row, const QList<store::UpsellRule> &rules);
    // Opens the upsell rules of the stage in `row` for editing (UpsellDialog).
    void editUpsell(int row);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showDraft();
    void showVersions();
    void updatePreview();
    void newScript();
    void publishAsk();
    void rollbackAsk();
    void setLiveAsk();

    models::AgentSession &m_session;
    models::ScriptEditor m_editor;
    QListWidget *m_scripts;
    QTableWidget *m_stages;
    QTextBrowser *m_preview;
    QListWidget *m_versionList;
    bool m_filling = false;
    ReviewPanel *m_review = nullptr;
    QTabWidget *m_tabs = nullptr;
};

}  // namespace baton::ui
