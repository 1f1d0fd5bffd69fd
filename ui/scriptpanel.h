#pragma once
// ScriptPanel: the call script of the contact in front of the agent, stage by stage, with the
// current stage's text large, next/previous, and the upsell suggestions for this customer.

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;

namespace baton::models {
class ScriptModel;
}

namespace baton::ui {

class ScriptPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScriptPanel(QWidget *parent = nullptr);

    // The script to show; nullptr shows the empty state.
    void setModel(models::ScriptModel *model);
    models::ScriptModel *model() const { return m_model; }
    QString currentText() const;
    void next();
    void previous();

private:
    void render();

    models::ScriptModel *m_model = nullptr;
    QMetaObject::Connection m_c1, m_c2, m_c3, m_c4;
    QListView *m_stages;
    QTextBrowser *m_text;
    QLabel *m_suggestions;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_empty;
};

}  // namespace baton::ui
