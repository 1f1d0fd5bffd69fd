#include "scriptpanel.h"

#include "scriptmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextBrowser>

namespace baton::ui {

namespace {

// The current stage bold on the highlight colour; reached stages normal; later ones muted.
class StageDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::ScriptModel::CurrentRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = option->palette.brush(QPalette::Highlight);
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::HighlightedText));
        } else if (!index.data(models::ScriptModel::ReachedRole).toBool()) {
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
        }
        option->text = QStringLiteral("%1. %2").arg(index.row() + 1).arg(option->text);
    }
};

}  // namespace

ScriptPanel::ScriptPanel(QWidget *parent)
    : QWidget(parent)
    , m_stages(new QListView(this))
    , m_text(new QTextBrowser(this))
    , m_suggestions(new QLabel(this))
    , m_prev(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_empty(new QLabel(tr("The script for the contact you take appears here."), this))
{
    m_stages->setItemDelegate(new StageDelegate(m_stages));
    m_stages->setFlow(QListView::LeftToRight);
    m_stages->setWrapping(true);
    m_stages->setMaximumHeight(m_stages->fontMetrics().height() * 3 + 8);
    m_stages->setSpacing(2);
    m_stages->setFocusPolicy(Qt::NoFocus);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_text->setFont(f);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_suggestions->setWordWrap(true);
    m_suggestions->setTextFormat(Qt::RichText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_prev->setToolTip(tr("Previous stage (Ctrl+[)"));
    m_next->setToolTip(tr("Next stage (Ctrl+])"));
    m_prev->setFocusPolicy(Qt::NoFocus);
    m_next->setFocusPolicy(Qt::NoFocus);
    connect(m_prev, &QPushButton::clicked, this, &ScriptPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &ScriptPanel::next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_prev);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_stages);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_suggestions);
    layout->addLayout(buttons);
    setModel(nullptr);
}

void ScriptPanel::setModel(models::ScriptModel *model)
{
    for (auto *c : {&m_c1, &m_c2, &m_c3, &m_c4})
        disconnect(*c);
    m_model = model;
    m_stages->setModel(model);
    if (model) {
        m_c1 = connect(model, &models::ScriptModel::currentChanged, this, &ScriptPanel::render);
        m_c2 = connect(model, &models::ScriptModel::scriptChanged, this, &ScriptPanel::render);
        m_c3 = connect(model, &models::ScriptModel::loadFailed, this, [this](const QString &message) {
            m_empty->setText(message);
            m_empty->show();
        });
        m_c4 = connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); });
        connect(m_stages->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &i) { if (m_model && i.isValid()) m_model->setCurrent(i.row()); });
    }
    m_empty->setText(tr("The script for the contact you take appears here."));
    render();
}

QString ScriptPanel::currentText() const
{
    return m_text->toPlainText();
}

void ScriptPanel::next()
{
    if (m_model)
        m_model->next();
}

void ScriptPanel::previous()
{
    if (m_model)
        m_model->previous();
}

void ScriptPanel::render()
{
    const bool has = m_model && m_model->rowCount() > 0;
    m_empty->setVisible(!has);
    m_stages->setVisible(has);
    m_text->setVisible(has);
    m_prev->setEnabled(has && m_model->current() > 0);
    m_next->setEnabled(has && m_model->current() + 1 < m_model->rowCount());
    if (!has) {
        m_suggestions->clear();
        return;
    }
    m_text->setPlainText(m_model->stageText(m_model->current()));
    const QStringList s = m_model->suggestions();
    m_suggestions->setText(s.isEmpty() ? QString()
                                       : QStringLiteral("<b>%1</b> %2").arg(tr("Suggest:").toHtmlEscaped(),
                                                                             s.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_stages->viewport()->update();
}

}  // namespace baton::ui
