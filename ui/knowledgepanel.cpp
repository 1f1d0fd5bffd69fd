#include "knowledgepanel.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

// Title in bold, then the snippet with its matches in bold, wrapped to the view's width.
class HitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        prepare(doc, option, index);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            ctx.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        prepare(doc, option, index);
        return {option.rect.width(), static_cast<int>(doc.size().height()) + 4};
    }

private:
    static void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        doc.setDefaultFont(option.font);
        doc.setTextWidth(std::max(100, option.rect.width() - 8));
        doc.setHtml(QStringLiteral("<b>%1</b><br><span>%2</span>")
                        .arg(index.data(models::KnowledgeModel::TitleRole).toString().toHtmlEscaped(),
                             index.data(models::KnowledgeModel::SnippetHtmlRole).toString()));
    }
};

}  // namespace

KnowledgePanel::KnowledgePanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
{
    m_search->setPlaceholderText(tr("Search the knowledge base (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, &m_model, &models::KnowledgeModel::setQuery);
    connect(m_search, &QLineEdit::returnPressed, &m_model, &models::KnowledgeModel::searchNow);
    connect(&m_model, &models::KnowledgeModel::searchingChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Searching…"));
    });
    connect(&m_model, &models::KnowledgeModel::resultsChanged, this, [this](int matches) {
        m_status->setText(m_model.query().isEmpty() ? QString()
                          : matches == 0           ? tr("No articles match.")
                          : matches > 5000         ? tr("More than 5,000 articles match; the best are first.")
                                                   : tr("%n article(s) match.", nullptr, matches));
    });
    connect(&m_model, &models::KnowledgeModel::searchFailed, m_status, &QLabel::setText);
}

}  // namespace baton::ui
