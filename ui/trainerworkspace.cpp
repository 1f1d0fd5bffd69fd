#include "trainerworkspace.h"

#include "reviewpanel.h"
#include "upselldialog.h"

#include "agentsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

enum StageColumn { Key, Title, Text, Cues, ColumnCount };

// The customer a preview fills the placeholders with.
QHash<QString, QString> sampleValues(const QString &agentName)
{
    return {{QStringLiteral("customer.name"), QStringLiteral("王小明")}, {QStringLiteral("customer.level"), QStringLiteral("gold")},
            {QStringLiteral("customer.vip"), QStringLiteral("5")},         {QStringLiteral("customer.product"), QStringLiteral("白金信用卡")},
            {QStringLiteral("customer.lastIssue"), QStringLiteral("查询 11 月账单")}, {QStringLiteral("attr.product"), QStringLiteral("白金信用卡")},
            {QStringLiteral("contact.business"), QStringLiteral("信用卡挂失")}, {QStringLiteral("agent.name"), agentName}};
}

// A stage's upsell rules ride on its row (the key's cell), so they follow the row whatever is
// edited in it.
QVariant rulesToVariant(const QList<store::UpsellRule> &rules)
{
    QVariantList out;
    for (const auto &r : rules)
        out << QVariantMap{{QStringLiteral("attribute"), r.attribute},
                           {QStringLiteral("match"), static_cast<int>(r.match)},
                           {QStringLiteral("value"), r.value},
                           {QStringLiteral("suggest"), r.suggest}};
    return out;
}

QList<store::UpsellRule> rulesFromVariant(const QVariant &v)
{
    QList<store::UpsellRule> out;
    for (const QVariant &item : v.toList()) {
        const QVariantMap m = item.toMap();
        out.append({m.value(QStringLiteral("attribute")).toString(), static_cast<store::UpsellRule::Match>(m.value(QStringLiteral("match")).toInt()),
                    m.value(QStringLiteral("value")).toString(), m.value(QStringLiteral("suggest")).toString()});
    }
    return out;
}

QPushButton *button(const QString &text, QWidget *parent, QLayout *into)
{
    auto *b = new QPushButton(text, parent);
    into->addWidget(b);
    return b;
}

}  // namespace

TrainerWorkspace::TrainerWorkspace(models::AgentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(session.client())
    , m_scripts(new QListWidget(this))
    , m_stages(new QTableWidget(0, ColumnCount, this))
    , m_preview(new QTextBrowser(this))
    , m_versionList(new QListWidget(this))
{
    m_stages->setHorizontalHeaderLabels({
        //: Column header: the stage's short identifier (greet, verify, …), used in cue matching.
        tr("Key"), tr("Title"), tr("Text (placeholders such as {customer.name})"), tr("Cue words (comma-separated)")});
    m_stages->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    // The cue words' header is long in every language: the column starts wide enough to read it.
    m_stages->horizontalHeader()->resizeSection(Cues, m_stages->horizontalHeader()->sectionSizeHint(Cues));
    m_stages->verticalHeader()->hide();
    m_stages->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("Scripts"), left));
    leftLayout->addWidget(m_scripts, 1);
    auto *leftButtons = new QHBoxLayout;
    connect(button(tr("New…"), left, leftButtons), &QPushButton::clicked, this, &TrainerWorkspace::newScript);
    connect(button(tr("Refresh"), left, leftButtons), &QPushButton::clicked, &m_editor, &models::ScriptEditor::refresh);
    leftLayout->addLayout(leftButtons);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->addWidget(new QLabel(tr("Stages of the draft"), centre));
    centreLayout->addWidget(m_stages, 1);
    auto *stageButtons = new QHBoxLayout;
    connect(button(tr("Add stage"), centre, stageButtons), &QPushButton::clicked, this,
            [this] { addStage(QStringLiteral("stage%1").arg(m_stages->rowCount() + 1), tr("New stage"), QString(), {}); });
    connect(button(tr("Remove stage"), centre, stageButtons), &QPushButton::clicked, this, [this] {
        if (m_stages->currentRow() >= 0)
            m_stages->removeRow(m_stages->currentRow());
        updatePreview();
    });
    connect(button(tr("Upsell rules…"), centre, stageButtons), &QPushButton::clicked, this, [this] {
        if (m_stages->currentRow() < 0) {
            Q_EMIT statusMessage(tr("Select the stage whose upsell rules to edit."));
            return;
        }
        editUpsell(m_stages->currentRow());
    });
    stageButtons->addStretch();
    connect(button(tr("Save draft"), centre, stageButtons), &QPushButton::clicked, this, [this] { m_editor.saveDraft(editedStages()); });
    connect(button(tr("Publish…"), centre, stageButtons), &QPushButton::clicked, this, &TrainerWorkspace::publishAsk);
    centreLayout->addLayout(stageButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(tr("Preview with a sample customer"), right));
    rightLayout->addWidget(m_preview, 2);
    rightLayout->addWidget(new QLabel(tr("Published versions"), right));
    rightLayout->addWidget(m_versionList, 1);
    auto *versionButtons = new QHBoxLayout;
    connect(button(tr("Compare…"), right, versionButtons), &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_versionList->currentItem();
        if (!item) {
            Q_EMIT statusMessage(tr("Select the version to compare with the one before it."));
            return;
        }
        showComparison(item->data(Qt::UserRole).toInt());
    });
    connect(button(tr("Roll back to…"), right, versionButtons), &QPushButton::clicked, this, &TrainerWorkspace::rollbackAsk);
    connect(button(tr("Set live…"), right, versionButtons), &QPushButton::clicked, this, &TrainerWorkspace::setLiveAsk);
    rightLayout->addLayout(versionButtons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(centre);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    // Scripts on one tab, the review of finished interactions against them on the other.
    auto *scriptsPage = new QWidget(this);
    auto *scriptsLayout = new QVBoxLayout(scriptsPage);
    scriptsLayout->setContentsMargins(6, 6, 6, 6);
    scriptsLayout->addWidget(split);
    m_review = new ReviewPanel(session, this);
    connect(m_review, &ReviewPanel::statusMessage, this, &TrainerWorkspace::statusMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scriptsPage, tr("Script editor"));
    m_tabs->addTab(m_review, tr("Interaction review"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_editor, &models::ScriptEditor::scriptsChanged, this, [this] {
        const qint64 current = m_editor.current();
        m_scripts->clear();
        for (const auto &s : m_editor.scripts()) {
            //: A script in the list: name · business · latest version number (v3) · " (draft)" when one is open.
            auto *item = new QListWidgetItem(tr("%1 · %2 · v%3%4")
                                                 .arg(s.name, s.business.isEmpty() ? tr("any business") : m_session.businessName(s.business))
                                                 .arg(s.latestVersion)
                                                 .arg(s.hasDraft ? tr(" (draft)") : QString()),
                                             m_scripts);
            item->setData(Qt::UserRole, s.script);
            if (s.script == current)
                m_scripts->setCurrentItem(item);
        }
    });
    connect(m_scripts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { m_editor.open(item->data(Qt::UserRole).toLongLong()); });
    connect(m_scripts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() != m_editor.current())
            m_editor.open(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_editor, &models::ScriptEditor::opened, this, &TrainerWorkspace::showDraft);
    connect(&m_editor, &models::ScriptEditor::versionsChanged, this, &TrainerWorkspace::showVersions);
    connect(&m_editor, &models::ScriptEditor::saved, this, [this] { Q_EMIT statusMessage(tr("Draft saved.")); });
    connect(&m_editor, &models::ScriptEditor::published, this,
            [this](int version) { Q_EMIT statusMessage(tr("Published as version %1.").arg(version)); });
    connect(&m_editor, &models::ScriptEditor::liveSet, this, [this] { Q_EMIT statusMessage(tr("The version is live.")); });
    connect(&m_editor, &models::ScriptEditor::failed, this, &TrainerWorkspace::statusMessage);
    connect(m_stages, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updatePreview();
    });
    m_editor.refresh();
}

void TrainerWorkspace::addStage(const QString &key, const QString &title, const QString &text, const QStringList &cues,
                                const QList<store::UpsellRule> &upsell)
{
    const bool filling = std::exchange(m_filling, true);
    const int row = m_stages->rowCount();
    m_stages->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setData(Qt::UserRole, rulesToVariant(upsell));
    m_stages->setItem(row, Key, keyItem);
    m_stages->setItem(row, Title, new QTableWidgetItem(title));
    m_stages->setItem(row, Text, new QTableWidgetItem(text));
    m_stages->setItem(row, Cues, new QTableWidgetItem(cues.join(QStringLiteral(", "))));
    m_filling = filling;
    if (!m_filling)
        updatePreview();
}

QList<store::ScriptStage> TrainerWorkspace::editedStages() const
{
    QList<store::ScriptStage> out;
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        auto text = [this, r](int c) { return m_stages->item(r, c) ? m_stages->item(r, c)->text().trimmed() : QString(); };
        store::ScriptStage s;
        s.key = text(Key);
        s.title = text(Title);
        s.text = text(Text);
        for (QString cue : text(Cues).split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
            cue = cue.trimmed();
            if (!cue.isEmpty())
                s.cues << cue;
        }
        s.upsell = upsellRules(r);
        out.append(s);
    }
    return out;
}

QList<store::UpsellRule> TrainerWorkspace::upsellRules(int row) const
{
    const QTableWidgetItem *key = m_stages->item(row, Key);
    return key ? rulesFromVariant(key->data(Qt::UserRole)) : QList<store::UpsellRule>{};
}

void TrainerWorkspace::setUpsellRules(int row, const QList<store::UpsellRule> &rules)
{
    if (QTableWidgetItem *key = m_stages->item(row, Key)) {
        key->setData(Qt::UserRole, rulesToVariant(rules));
        updatePreview();
    }
}

void TrainerWorkspace::editUpsell(int row)
{
    const QTableWidgetItem *title = m_stages->item(row, Title);
    auto *dialog = new UpsellDialog(title ? title->text() : QString(), upsellRules(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        setUpsellRules(row, dialog->rules());
        Q_EMIT statusMessage(tr("Upsell rules changed; save the draft to keep them."));
    });
    dialog->open();
}

void TrainerWorkspace::showDraft()
{
    m_filling = true;
    m_stages->setRowCount(0);
    for (const auto &s : m_editor.draft())
        addStage(s.key, s.title, s.text, s.cues, s.upsell);
    m_filling = false;
    updatePreview();
}

void TrainerWorkspace::showVersions()
{
    m_versionList->clear();
    for (const auto &v : m_editor.versions()) {
        QString text = tr("v%1 · %2 · %3").arg(v.version).arg(v.author, v.publishedUtc.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        if (!v.comment.isEmpty())
            text += QStringLiteral(" · ") + v.comment;
        if (v.copiedFrom > 0)
            text += QStringLiteral(" · ") + tr("rollback to v%1").arg(v.copiedFrom);
        auto *item = new QListWidgetItem(text, m_versionList);
        item->setData(Qt::UserRole, v.version);
    }
}

void TrainerWorkspace::updatePreview()
{
    const QHash<QString, QString> values = sampleValues(m_session.displayName());
    QString html;
    for (const auto &s : editedStages()) {
        html += QStringLiteral("<p><b>%1</b><br>%2").arg(s.title.toHtmlEscaped(), store::renderScriptText(s.text, values).toHtmlEscaped());
        if (!s.cues.isEmpty())
            html += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(tr("Cue words: %1").arg(s.cues.join(QStringLiteral("、"))).toHtmlEscaped());
        const QStringList upsell = store::upsellSuggestions(s, values);
        if (!upsell.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(tr("Suggest: %1").arg(upsell.join(QStringLiteral(" · "))).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_preview->setHtml(html);
}

QString TrainerWorkspace::previewText() const
{
    return m_preview->toPlainText();
}

void TrainerWorkspace::newScript()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("New script"));
    ask->setLabelText(tr("Name of the script:"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            m_editor.create(name.trimmed(), QString());
    });
    ask->open();
}

void TrainerWorkspace::publishAsk()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Publish"));
    ask->setLabelText(tr("What changed (kept with the version):"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &comment) { m_editor.publish(editedStages(), comment); });
    ask->open();
}

QString TrainerWorkspace::comparisonHtml(int version) const
{
    const auto &versions = m_editor.versions();
    const auto now = std::find_if(versions.begin(), versions.end(), [&](const models::PublishedVersion &v) { return v.version == version; });
    if (now == versions.end())
        return {};
    const auto before = std::find_if(versions.begin(), versions.end(), [&](const models::PublishedVersion &v) { return v.version == version - 1; });
    store::ScriptVersion older, newer;
    if (before != versions.end())
        older.stages = before->stages;
    newer.stages = now->stages;
    auto stageOf = [](const store::ScriptVersion &v, const QString &key) {
        const auto s = std::find_if(v.stages.begin(), v.stages.end(), [&](const store::ScriptStage &st) { return st.key == key; });
        return s == v.stages.end() ? store::ScriptStage{} : *s;
    };
    auto text = [](const QString &t) { return t.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    auto removed = [&](const QString &t) { return QStringLiteral("<span style=\"color:#a02020;text-decoration:line-through\">%1</span>").arg(text(t)); };
    auto added = [&](const QString &t) { return QStringLiteral("<span style=\"color:#1b7a1b\">%1</span>").arg(text(t)); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(before == versions.end() ? tr("Version %1: the first version").arg(version)
                                                                              : tr("Version %1 against version %2").arg(version).arg(version - 1));
    int shown = 0;
    for (const store::StageDiff &d : store::diffStages(older, newer)) {
        const store::ScriptStage a = stageOf(older, d.key);
        const store::ScriptStage b = stageOf(newer, d.key);
        const QString name = QStringLiteral("<b>%1</b> (%2)").arg((b.title.isEmpty() ? a.title : b.title).toHtmlEscaped(), d.key.toHtmlEscaped());
        switch (d.kind) {
        case store::StageDiff::Kind::Added:
            html += QStringLiteral("<p>%1<br>%2</p>").arg(tr("Added: %1").arg(name), added(b.text));
            break;
        case store::StageDiff::Kind::Removed:
            html += QStringLiteral("<p>%1<br>%2</p>").arg(tr("Removed: %1").arg(name), removed(a.text));
            break;
        case store::StageDiff::Kind::Unchanged:
            if (!d.moved)
                continue;
            html += QStringLiteral("<p>%1</p>").arg(tr("Moved in the order: %1").arg(name));
            break;
        case store::StageDiff::Kind::Changed: {
            QStringList what;
            if (d.titleChanged)
                what << tr("title");
            if (d.textChanged)
                what << tr("text");
            if (d.cuesChanged)
                what << tr("cue words");
            if (d.upsellChanged)
                what << tr("upsell rules");
            html += QStringLiteral("<p>%1").arg(tr("Changed %1: %2").arg(name, what.join(QStringLiteral(", "))));
            if (d.titleChanged)
                html += QStringLiteral("<br>%1 → %2").arg(removed(a.title), added(b.title));
            if (d.textChanged)
                html += QStringLiteral("<br>%1<br>%2").arg(removed(a.text), added(b.text));
            if (d.cuesChanged)
                html += QStringLiteral("<br>%1 → %2").arg(removed(a.cues.join(QStringLiteral("、"))), added(b.cues.join(QStringLiteral("、"))));
            html += QStringLiteral("</p>");
            break;
        }
        }
        ++shown;
    }
    if (shown == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("No stage changed."));
    return html;
}

void TrainerWorkspace::showComparison(int version)
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Compare versions"), comparisonHtml(version), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("compareVersions"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainerWorkspace::rollbackAsk()
{
    QListWidgetItem *item = m_versionList->currentItem();
    if (!item) {
        Q_EMIT statusMessage(tr("Select the version to go back to."));
        return;
    }
    m_editor.rollback(item->data(Qt::UserRole).toInt(), tr("rollback"));
}

void TrainerWorkspace::setLiveAsk()
{
    QListWidgetItem *item = m_versionList->currentItem();
    if (!item) {
        Q_EMIT statusMessage(tr("Select the version to make live."));
        return;
    }
    const int version = item->data(Qt::UserRole).toInt();
    QStringList groups{tr("(all groups)")};
    for (const auto &g : m_session.directoryGroups())
        groups << QStringLiteral("%1 (%2)").arg(g.name, g.id);
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Set live"));
    ask->setLabelText(tr("Live for which skill group:"));
    ask->setComboBoxItems(groups);
    connect(ask, &QInputDialog::textValueSelected, this, [this, version, groups](const QString &choice) {
        const int i = static_cast<int>(groups.indexOf(choice));
        const QString group = i > 0 ? m_session.directoryGroups().at(i - 1).id : QString();
        QString business;
        for (const auto &s : m_editor.scripts()) {
            if (s.script == m_editor.current())
                business = s.business;
        }
        m_editor.setLive(group, business, version);
    });
    ask->open();
}

}  // namespace baton::ui
