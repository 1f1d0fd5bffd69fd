#include "transfercardwidget.h"

#include "historymodel.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace baton::ui {

using models::TransferCard;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:palette(mid);padding-right:8px;white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString duration(double seconds)
{
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 60 ? TransferCardWidget::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : TransferCardWidget::tr("%1 s").arg(s);
}

}  // namespace

TransferCardWidget::TransferCardWidget(const text::KeywordSummarizer &summarizer, QWidget *parent)
    : QWidget(parent)
    , m_summarizer(summarizer)
    , m_header(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_body->setOpenLinks(false);
    m_body->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_header);
    layout->addWidget(m_badges);
    layout->addWidget(m_body, 1);
}

void TransferCardWidget::setCard(const TransferCard &card)
{
    m_card = card;
    text::SummaryInput in;
    in.transcript = card.transcript;
    in.menuPath = card.menuPath;
    in.keywords = card.keywords;
    in.reason = card.reason;
    in.business = card.businessName;
    m_summary = m_summarizer.summarize(in);
    render();
}

void TransferCardWidget::render()
{
    const TransferCard &c = m_card;
    const QString who = !c.customerName.isEmpty() ? c.customerName : tr("Unknown caller");
    m_header->setText(tr("%1 · VIP %2").arg(who).arg(c.vipLevel));

    QStringList badges;
    badges << QStringLiteral("<span style='background:#2f6fb3;color:white;padding:2px 6px'>&nbsp;%1&nbsp;</span>")
                  .arg(esc(models::HistoryModel::channelName(c.channel)));
    if (m_summary.negative)
        badges << QStringLiteral("<span style='background:#c0392b;color:white'>&nbsp;%1&nbsp;</span>")
                      .arg(esc(tr("Upset customer: empathise first")));
    for (TransferCard::Gap g : c.gaps)
        badges << QStringLiteral("<span style='background:#f3c14b;color:black'>&nbsp;%1&nbsp;</span>").arg(esc(models::gapText(g)));
    m_badges->setText(badges.join(QStringLiteral(" ")));

    QString html = QStringLiteral("<table cellspacing='2'>");
    for (const auto &hop : c.transfers)
        html += row(tr("Transferred by %1").arg(hop.fromName),
                    QStringLiteral("<b>%1</b>").arg(esc(hop.note.isEmpty() ? tr("(no note)") : hop.note)));
    if (!c.callerNumber.isEmpty())
        html += row(tr("Caller number"), esc(models::maskPhone(c.callerNumber)));
    if (!c.callbackNumber.isEmpty() && c.callbackNumber != c.callerNumber)
        html += row(tr("Callback number"), esc(models::maskPhone(c.callbackNumber)));
    html += row(tr("Identity"), c.identityGiven.isEmpty() ? esc(c.identityVerified ? tr("verified by the IVR") : tr("not given"))
                                : c.identityVerified     ? esc(tr("%1 (verified)").arg(c.identityGiven))
                                                         : esc(tr("%1 (not verified)").arg(c.identityGiven)));
    if (!c.vipWhy.isEmpty())
        html += row(tr("VIP level"), esc(c.vipWhy.join(QStringLiteral("; "))));
    html += row(tr("Waited"), esc(duration(c.waitedSeconds)));
    if (!c.business.isEmpty() || !m_summary.intent.isEmpty())
        html += row(tr("Intent"), esc(c.business.isEmpty() ? m_summary.intent : c.businessName));
    if (!c.menuPath.isEmpty())
        html += row(tr("IVR path"), esc(c.menuPath.join(QStringLiteral(" › "))));
    if (!c.reason.isEmpty())
        html += row(tr("Reason"), esc(c.reason));
    if (!m_summary.terms.isEmpty()) {
        QStringList terms;
        for (const auto &t : m_summary.terms)
            terms << QStringLiteral("<b>%1</b>").arg(esc(t.term));
        html += row(tr("Key terms"), terms.join(QStringLiteral(" · ")));
    }
    if (m_summary.negative)
        html += row(tr("Emotion"), QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(esc(m_summary.negativePhrases.join(QStringLiteral("、")))));
    if (!c.tags.isEmpty())
        html += row(tr("Tags"), esc(c.tags.join(QStringLiteral("、"))));
    if (!c.entryPoint.isEmpty())
        html += row(tr("Entry point"), esc(c.entryPoint));
    html += QStringLiteral("</table>");
    if (!c.transcript.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><p>").arg(esc(c.fromBot ? tr("Bot conversation") : tr("Transcript")));
        QStringList lines;
        for (const QString &l : c.transcript)
            lines << esc(l);
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    if (!c.trace.isEmpty()) {
        html += QStringLiteral("<p style='color:palette(mid)'><b>%1</b><br>").arg(esc(tr("Routing decision")));
        QStringList lines;
        for (const QString &l : c.trace)
            lines << esc(l);
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    m_body->setHtml(html);
}

QString TransferCardWidget::plainText() const
{
    return m_header->text() + QLatin1Char('\n') + QTextDocumentFragment::fromHtml(m_badges->text()).toPlainText() + QLatin1Char('\n')
           + m_body->toPlainText();
}

}  // namespace baton::ui
