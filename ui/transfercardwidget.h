#pragma once
// TransferCardWidget: the transfer card of one contact — who is calling (name, masked numbers),
// VIP level and why, channel, time waited, what the IVR or bot collected, the bot transcript,
// the keyword summary (key terms, intent, a flag to empathise first) and what the hand-over
// lacks, so the agent asks only for that.

#include "keywordsummary.h"
#include "transfercard.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace baton::ui {

class TransferCardWidget : public QWidget {
    Q_OBJECT

public:
    TransferCardWidget(const text::KeywordSummarizer &summarizer, QWidget *parent = nullptr);

    void setCard(const models::TransferCard &card);
    const models::TransferCard &card() const { return m_card; }
    const text::Summary &summary() const { return m_summary; }
    // The card as the agent reads it, for tests and screen readers.
    QString plainText() const;

private:
    void render();

    const text::KeywordSummarizer &m_summarizer;
    models::TransferCard m_card;
    text::Summary m_summary;
    QLabel *m_header;
    QLabel *m_badges;
    QTextBrowser *m_body;
};

}  // namespace baton::ui
