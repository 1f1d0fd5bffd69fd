#include "contactpage.h"

#include "historypanel.h"
#include "transfercardwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>

namespace baton::ui {

namespace {

// Enter sends, Shift+Enter starts a new line: what every chat tool does.
class ChatInput : public QPlainTextEdit {
public:
    std::function<void()> onSend;
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && !(e->modifiers() & Qt::ShiftModifier)) {
            if (onSend)
                onSend();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
};

}  // namespace

ContactPage::ContactPage(models::AgentSession &session, qint64 contact, const text::KeywordSummarizer &summarizer, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_contact(contact)
    , m_card(new TransferCardWidget(summarizer, this))
    , m_tabs(new QTabWidget(this))
    , m_history(new HistoryPanel(this))
    , m_wrapPanel(new QWidget(this))
    , m_wrapCountdown(new QLabel(this))
    , m_wrapBar(new QProgressBar(this))
    , m_disposition(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_followUpOn(new QCheckBox(tr("Follow up on"), this))
    , m_followUp(new QDateEdit(QDate::currentDate().addDays(1), this))
    , m_finish(new QPushButton(tr("Finish wrap-up"), this))
{
    setObjectName(QStringLiteral("contactPage%1").arg(contact));
    const models::Conversation *c = session.conversation(contact);
    const QJsonObject card = c ? c->card : session.offer() && session.offer()->contact == contact ? session.offer()->card : QJsonObject();
    m_transfer = models::TransferCard::fromJson(card);
    m_transfer.businessName = session.businessName(m_transfer.business);
    m_card->setCard(m_transfer);

    m_tabs->addTab(m_history, tr("History"));
    if (m_transfer.channel == QLatin1String("chat"))
        buildChat();

    // Wrap-up: disposition from the site's list, notes, follow-up date; the countdown ends it by itself.
    auto *wrapForm = new QFormLayout;
    m_disposition->addItem(tr("(none)"), QString());
    for (const QString &d : session.dispositions())
        m_disposition->addItem(d, d);
    m_notes->setPlaceholderText(tr("What was done, what was promised"));
    m_notes->setTabChangesFocus(true);
    m_followUp->setCalendarPopup(true);
    m_followUp->setEnabled(false);
    m_finish->setToolTip(tr("Finish wrap-up (Ctrl+Enter)"));
    m_finish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_followUpOn);
    follow->addWidget(m_followUp);
    follow->addStretch();
    wrapForm->addRow(m_wrapCountdown, m_wrapBar);
    wrapForm->addRow(tr("&Outcome:"), m_disposition);
    wrapForm->addRow(tr("&Notes:"), m_notes);
    wrapForm->addRow(QString(), follow);
    wrapForm->addRow(QString(), m_finish);
    m_wrapPanel->setLayout(wrapForm);
    m_wrapPanel->hide();
    connect(m_followUpOn, &QCheckBox::toggled, m_followUp, &QDateEdit::setEnabled);
    connect(m_finish, &QPushButton::clicked, this, &ContactPage::finishWrapUp);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("contactSplit"));
    split->addWidget(m_card);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 320});  // the card first: it is what the agent reads before answering
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_wrapPanel);
    layout->addWidget(split, 1);

    QHash<QString, QString> agentNames;
    for (const auto &a : session.directoryAgents())
        agentNames.insert(a.id, a.name);
    m_history->model().setNames(agentNames, session.businessNames());
    m_history->model().setCustomer(&session.client(), m_transfer.customerId);
    // The customer's last issue fills "{customer.lastIssue}" once the first page is in.
    connect(&m_history->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        const auto &m = m_history->model();
        if (m.rowCount() == 0)
            return;
        const auto &last = m.item(0);
        m_script.setValue(QStringLiteral("customer.lastIssue"), last.summary.isEmpty() ? last.business : last.summary);
        QStringList businesses;
        for (int i = 0; i < std::min(m.rowCount(), 50); ++i)
            businesses << m.item(i).business;
        m_script.setValue(QStringLiteral("history.businesses"), businesses.join(QLatin1Char('\n')));
    });
    connect(&session, &models::AgentSession::chatMessage, this, [this](qint64 id, const QJsonObject &line) {
        if (id == m_contact)
            appendChat(line);
    });
    refresh();
}

void ContactPage::buildChat()
{
    m_chatTab = new QWidget(this);
    m_chatLog = new QTextBrowser(m_chatTab);
    auto *input = new ChatInput(m_chatTab);
    input->onSend = [this] { sendChat(); };
    m_chatInput = input;
    m_chatInput->setPlaceholderText(tr("Write to the customer; Enter sends, Shift+Enter for a new line"));
    m_chatInput->setMaximumHeight(m_chatInput->fontMetrics().height() * 4);
    m_canned = new QComboBox(m_chatTab);
    m_canned->setToolTip(tr("Canned responses from the script"));
    auto *send = new QPushButton(tr("Send"), m_chatTab);
    send->setToolTip(tr("Send (Enter)"));
    connect(send, &QPushButton::clicked, this, &ContactPage::sendChat);
    connect(m_canned, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            insertCanned(m_canned->itemData(i).toString());
        m_canned->setCurrentIndex(0);
    });
    connect(&m_script, &models::ScriptModel::scriptChanged, this, [this] {
        m_canned->clear();
        m_canned->addItem(tr("Canned response…"));
        for (int i = 0; i < m_script.rowCount(); ++i) {
            const QString text = m_script.stageText(i);
            m_canned->addItem(QStringLiteral("%1: %2").arg(m_script.index(i).data().toString(), text.left(30)), text);
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_canned);
    row->addStretch();
    row->addWidget(send);
    auto *layout = new QVBoxLayout(m_chatTab);
    layout->addWidget(m_chatLog, 1);
    layout->addWidget(m_chatInput);
    layout->addLayout(row);
    m_tabs->insertTab(0, m_chatTab, tr("Chat"));
    m_tabs->setCurrentIndex(0);
}

void ContactPage::appendChat(const QJsonObject &line)
{
    if (!m_chatLog)
        return;
    const bool customer = line.value(QStringLiteral("from")).toString() == QLatin1String("customer");
    const QDateTime at = QDateTime::fromString(line.value(QStringLiteral("atUtc")).toString(), Qt::ISODateWithMs).toLocalTime();
    const QString who = customer ? (m_transfer.customerName.isEmpty() ? tr("Customer") : m_transfer.customerName) : tr("Me");
    m_chatLog->append(QStringLiteral("<p style='margin:2px'><span style='color:%1'><b>%2</b> %3</span><br>%4</p>")
                          .arg(customer ? QStringLiteral("#2f6fb3") : QStringLiteral("#2e8b57"), who.toHtmlEscaped(),
                               QLocale().toString(at.time(), QLocale::ShortFormat),
                               line.value(QStringLiteral("text")).toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    ++m_chatShown;
    if (customer)
        observe(line.value(QStringLiteral("text")).toString());
    if (isVisible() && m_tabs->currentWidget() == m_chatTab)
        m_session.markRead(m_contact);
}

QString ContactPage::chatText() const
{
    return m_chatLog ? m_chatLog->toPlainText() : QString();
}

void ContactPage::sendChat()
{
    if (!m_chatInput)
        return;
    const QString text = m_chatInput->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    m_session.sendChat(m_contact, text);
    m_chatInput->clear();
    observe(text);
}

void ContactPage::insertCanned(const QString &text)
{
    if (m_chatInput) {
        m_chatInput->insertPlainText(text);
        m_chatInput->setFocus();
    }
}

void ContactPage::observe(const QString &text)
{
    m_script.observe(text);
}

void ContactPage::refresh()
{
    const models::Conversation *c = m_session.conversation(m_contact);
    const QString phase = !c ? QStringLiteral("offer") : c->phase == models::Conversation::Phase::WrapUp ? QStringLiteral("wrapUp")
                                                                                                       : QStringLiteral("talking");
    if (phase != m_phase) {
        m_phase = phase;
        if (phase == QLatin1String("talking") && m_chatLog && m_chatShown == 0) {
            for (const QJsonValue &v : c->chat)
                appendChat(v.toObject());
        }
        if (phase != QLatin1String("offer") && !m_scriptLoaded) {
            m_scriptLoaded = true;
            QHash<QString, QString> values = m_transfer.scriptValues(m_session.displayName());
            for (auto it = m_script.values().cbegin(); it != m_script.values().cend(); ++it)
                values.insert(it.key(), it.value());
            m_script.load(&m_session.client(), m_transfer.group, m_transfer.business, values);
            // What the caller already said to the IVR or bot may place the script further on.
            connect(&m_script, &models::ScriptModel::scriptChanged, this, [this] {
                if (m_script.current() == 0 && !m_transfer.reason.isEmpty())
                    m_script.observe(m_transfer.reason);
            }, Qt::SingleShotConnection);
        }
        m_wrapPanel->setVisible(phase == QLatin1String("wrapUp"));
        if (m_chatInput)
            m_chatInput->setEnabled(phase == QLatin1String("talking"));
        if (phase == QLatin1String("wrapUp"))
            m_disposition->setFocus();
    }
    if (phase == QLatin1String("wrapUp") && c) {
        if (c->wrapSeconds > 0) {
            const int left = static_cast<int>((c->wrapDeadline.remainingTime() + 999) / 1000);
            m_wrapBar->setRange(0, c->wrapSeconds);
            m_wrapBar->setValue(std::max(0, left));
            m_wrapBar->setFormat(tr("%n s left", nullptr, std::max(0, left)));
            m_wrapCountdown->setText(tr("Wrap-up ends by itself"));
            m_wrapBar->show();
        } else {
            m_wrapCountdown->setText(tr("Wrap-up (untimed)"));
            m_wrapBar->hide();
        }
    }
    if (m_chatTab && c) {
        const int i = m_tabs->indexOf(m_chatTab);
        m_tabs->setTabText(i, c->unread > 0 ? tr("Chat (%1)").arg(c->unread) : tr("Chat"));
    }
}

void ContactPage::finishWrapUp()
{
    QString notes = m_notes->toPlainText().trimmed();
    if (m_followUpOn->isChecked()) {
        const QString follow = tr("Follow up on %1").arg(m_followUp->date().toString(Qt::ISODate));
        notes = notes.isEmpty() ? follow : notes + QLatin1Char('\n') + follow;
    }
    m_session.finishWrapUp(m_contact, m_disposition->currentData().toString(), notes);
}

}  // namespace baton::ui
