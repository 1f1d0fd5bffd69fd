#include "agentworkspace.h"

#include "agentsmodel.h"

#include "contactpage.h"
#include "historymodel.h"
#include "knowledgepanel.h"
#include "scriptpanel.h"
#include "transfercard.h"
#include "transfercardwidget.h"
#include "transferdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

QString stateColour(const QString &state)
{
    if (state == QLatin1String("available"))
        return QStringLiteral("#2e8b57");
    if (state == QLatin1String("offered") || state == QLatin1String("busy"))
        return QStringLiteral("#2f6fb3");
    if (state == QLatin1String("wrapUp"))
        return QStringLiteral("#b7791f");
    if (state == QLatin1String("notReady"))
        return QStringLiteral("#c0392b");
    return QStringLiteral("#777777");
}

// Contacts with unread lines, and the one ringing, in bold: the agent's "tabs" at a glance.
class ContactDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::ContactsModel::UnreadRole).toInt() > 0
            || index.data(models::ContactsModel::PhaseRole).toString() == QLatin1String("offer"))
            option->font.setBold(true);
    }
};

// The router's own reasons for changing an agent's state, in the agent's language; a reason the
// agent or the site chose is shown as written.
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("missed offer"))
        return AgentWorkspace::tr("missed offer");
    if (reason == QLatin1String("signed out"))
        return AgentWorkspace::tr("signed out");
    if (reason == QLatin1String("connection lost"))
        return AgentWorkspace::tr("connection lost");
    if (reason == QLatin1String("declined offer"))
        return AgentWorkspace::tr("declined an offer");
    return reason;
}

QAction *action(QWidget *owner, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, owner);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
    owner->addAction(a);
    return a;
}

}  // namespace

AgentWorkspace::AgentWorkspace(models::AgentSession &session, const text::KeywordSummarizer &summarizer, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summarizer(summarizer)
    , m_contacts(session)
    , m_stateLabel(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_readyButton(new QToolButton(this))
    , m_notReadyButton(new QToolButton(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_countdown(new QProgressBar(m_banner))
    , m_contactList(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_idle(new QWidget(this))
    , m_idleText(new QLabel(m_idle))
    , m_script(new ScriptPanel(this))
    , m_knowledge(new KnowledgePanel(this))
    , m_mainSplit(new QSplitter(Qt::Horizontal, this))
    , m_sideSplit(new QSplitter(Qt::Vertical, this))
{
    buildActions();
    m_knowledge->model().setClient(&session.client());

    // The state bar.
    m_readyButton->setDefaultAction(m_ready);
    m_readyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_notReadyButton->setDefaultAction(m_notReady);
    m_notReadyButton->setMenu(m_reasons);
    m_notReadyButton->setPopupMode(QToolButton::MenuButtonPopup);
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_stateLabel->setObjectName(QStringLiteral("agentState"));
    m_groups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *stateBar = new QHBoxLayout;
    stateBar->addWidget(m_stateLabel);
    stateBar->addWidget(m_readyButton);
    stateBar->addWidget(m_notReadyButton);
    stateBar->addSpacing(12);
    stateBar->addWidget(m_counts);
    stateBar->addStretch();
    stateBar->addWidget(m_groups);

    // The incoming offer: a banner with the countdown and the two answers.
    m_banner->setObjectName(QStringLiteral("offerBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    pal.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(pal);
    m_bannerText->setFont(bold);
    m_bannerText->setWordWrap(true);
    m_countdown->setTextVisible(true);
    m_countdown->setMaximumWidth(220);
    auto *acceptButton = new QToolButton(m_banner);
    acceptButton->setDefaultAction(m_accept);
    auto *declineButton = new QToolButton(m_banner);
    declineButton->setDefaultAction(m_decline);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_countdown);
    bannerLayout->addWidget(acceptButton);
    bannerLayout->addWidget(declineButton);
    m_banner->hide();

    // The agent's contacts, and the one in front of them.
    m_contactList->setModel(&m_contacts);
    m_contactList->setItemDelegate(new ContactDelegate(m_contactList));
    m_contactList->setObjectName(QStringLiteral("contactList"));
    m_contactList->setMinimumWidth(150);
    m_contactList->setFocusPolicy(Qt::ClickFocus);
    m_idleText->setAlignment(Qt::AlignCenter);
    m_idleText->setWordWrap(true);
    auto *idleLayout = new QVBoxLayout(m_idle);
    idleLayout->addWidget(m_idleText);
    m_stack->addWidget(m_idle);

    m_sideSplit->setObjectName(QStringLiteral("sideSplit"));
    m_sideSplit->addWidget(m_script);
    m_sideSplit->addWidget(m_knowledge);
    m_mainSplit->setObjectName(QStringLiteral("mainSplit"));
    m_mainSplit->addWidget(m_contactList);
    m_mainSplit->addWidget(m_stack);
    m_mainSplit->addWidget(m_sideSplit);
    m_mainSplit->setStretchFactor(0, 0);
    m_mainSplit->setStretchFactor(1, 3);
    m_mainSplit->setStretchFactor(2, 2);
    m_mainSplit->setSizes({170, 640, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(stateBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplit, 1);

    connect(&session, &models::AgentSession::stateChanged, this, &AgentWorkspace::updateState);
    connect(&session, &models::AgentSession::countsChanged, this, &AgentWorkspace::updateState);
    connect(&session, &models::AgentSession::offerArrived, this, &AgentWorkspace::onOffer);
    connect(&session, &models::AgentSession::offerEnded, this, &AgentWorkspace::onOfferEnded);
    connect(&session, &models::AgentSession::conversationsChanged, this, &AgentWorkspace::syncPages);
    connect(&session, &models::AgentSession::conversationStarted, this, &AgentWorkspace::showContact);
    connect(&session, &models::AgentSession::requestFailed, this, &AgentWorkspace::statusMessage);
    connect(&session, &models::AgentSession::wrapUpEnded, this, [this](qint64, bool timedOut) {
        if (timedOut)
            Q_EMIT statusMessage(tr("Wrap-up time ran out; the conversation was recorded without an outcome."));
    });
    // Deferred: the current row changes while the model is removing rows, and showing a contact
    // changes the session, which changes the model again.
    connect(m_contactList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const qint64 contact = i.data(models::ContactsModel::ContactRole).toLongLong();
        QTimer::singleShot(0, this, [this, contact] { showContact(contact); });
    });
    connect(&m_tick, &QTimer::timeout, this, &AgentWorkspace::tick);
    m_tick.start(250);
    syncPages();
    if (session.offer())
        onOffer(session.offer()->contact);
    updateState();
}

void AgentWorkspace::buildActions()
{
    m_ready = action(this, tr("&Ready"), QKeySequence(Qt::Key_F2));
    m_notReady = action(this, tr("&Not ready"), QKeySequence(Qt::Key_F3));
    m_accept = action(this, tr("&Accept"), QKeySequence(Qt::Key_F5));
    m_decline = action(this, tr("&Decline"), QKeySequence(Qt::Key_F6));
    m_end = action(this, tr("&End conversation"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_transfer = action(this, tr("&Transfer…"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_switchChannel = action(this, tr("Continue as a &call"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_switchChannel->setObjectName(QStringLiteral("switchChannel"));
    m_nextStage = action(this, tr("Next script stage"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    m_prevStage = action(this, tr("Previous script stage"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    m_search = action(this, tr("Search knowledge"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_reasons = new QMenu(this);
    fillReasons();
    connect(&m_session, &models::AgentSession::directoryChanged, this, &AgentWorkspace::fillReasons);

    connect(m_ready, &QAction::triggered, &m_session, &models::AgentSession::setReady);
    // F3 steps away with the site's first reason (the same words in every report), or none.
    connect(m_notReady, &QAction::triggered, this, [this] {
        const QStringList reasons = m_session.notReadyReasons();
        m_session.setNotReady(reasons.isEmpty() ? QString() : reasons.first());
    });
    connect(m_accept, &QAction::triggered, &m_session, &models::AgentSession::accept);
    connect(m_decline, &QAction::triggered, this, &AgentWorkspace::declineWithReason);
    connect(m_end, &QAction::triggered, this, [this] {
        if (ContactPage *p = currentPage())
            m_session.endContact(p->contact());
    });
    connect(m_transfer, &QAction::triggered, this, &AgentWorkspace::transferCurrent);
    // A chat customer would rather talk (or a caller goes back to the chat window): the same
    // contact goes on in the other channel, with this agent.
    connect(m_switchChannel, &QAction::triggered, this, [this] {
        const ContactPage *p = currentPage();
        const models::Conversation *c = p ? m_session.conversation(p->contact()) : nullptr;
        if (c)
            m_session.changeChannel(c->contact, c->isChat() ? QStringLiteral("voice") : QStringLiteral("chat"));
    });
    connect(m_nextStage, &QAction::triggered, m_script, &ScriptPanel::next);
    connect(m_prevStage, &QAction::triggered, m_script, &ScriptPanel::previous);
    connect(m_search, &QAction::triggered, this, [this] {
        m_knowledge->searchEdit()->setFocus();
        m_knowledge->searchEdit()->selectAll();
    });
}

void AgentWorkspace::fillReasons()
{
    // The site's own reasons: sent as they are written, so reports read the same whatever
    // language each agent's desktop is in.
    m_reasons->clear();
    for (const QString &r : m_session.notReadyReasons())
        m_reasons->addAction(r, this, [this, r] { m_session.setNotReady(r); });
    if (m_reasons->isEmpty())
        m_reasons->addAction(tr("Not ready (no reason)"), this, [this] { m_session.setNotReady({}); });
}

QList<QAction *> AgentWorkspace::stateActions() const
{
    return {m_ready, m_notReady};
}

QList<QAction *> AgentWorkspace::contactActions() const
{
    return {m_accept, m_decline, m_end, m_transfer, m_switchChannel, m_nextStage, m_prevStage, m_search};
}

ContactPage *AgentWorkspace::currentPage() const
{
    return qobject_cast<ContactPage *>(m_stack->currentWidget());
}

void AgentWorkspace::showContact(qint64 contact)
{
    ContactPage *p = m_pages.value(contact);
    if (!p)
        return;
    m_stack->setCurrentWidget(p);
    m_script->setModel(&p->script());
    m_session.markRead(contact);
    // An empty search box starts with what the customer said (the two strongest key terms, or
    // the business); what the agent typed stays.
    if (m_knowledge->searchEdit()->text().isEmpty() && m_session.conversation(contact)) {
        QStringList words;
        for (const auto &t : p->card()->summary().terms) {
            if (words.size() < 2)
                words << t.term;
        }
        const models::TransferCard &card = p->card()->card();
        if (words.isEmpty())
            words << (card.business.isEmpty() ? card.reason : m_session.businessName(card.business));
        const QString topic = words.join(QLatin1Char(' ')).trimmed();
        if (!topic.isEmpty())
            m_knowledge->searchEdit()->setText(topic);
    }
    const int row = m_contacts.rowOf(contact);
    if (row >= 0 && m_contactList->currentIndex().row() != row)
        m_contactList->setCurrentIndex(m_contacts.index(row));
    updateActions();
}

void AgentWorkspace::onOffer(qint64 contact)
{
    syncPages();
    const models::TransferCard card = models::TransferCard::fromJson(m_session.offer()->card);
    const QString who = card.customerName.isEmpty() ? models::maskPhone(card.callerNumber) : card.customerName;
    const QString what = card.business.isEmpty() ? card.reason : m_session.businessName(card.business);
    m_bannerText->setText(tr("Incoming %1: %2 · VIP %3 · %4").arg(models::HistoryModel::channelName(card.channel), who).arg(card.vipLevel).arg(what));
    m_countdown->setRange(0, std::max(1, m_session.offer()->acceptSeconds));
    m_banner->show();
    // Bring the card forward unless the agent is in the middle of another contact: then the
    // banner and the list show it, and typing is not interrupted.
    ContactPage *current = currentPage();
    if (!current || !m_session.conversation(current->contact()))
        showContact(contact);
    tick();
    Q_EMIT attentionNeeded(tr("Incoming contact"), m_bannerText->text());
}

void AgentWorkspace::onOfferEnded(qint64 contact, const QString &how, const QString &reason)
{
    m_banner->hide();
    syncPages();
    if (how == QLatin1String("timedOut"))
        Q_EMIT statusMessage(tr("The offer of contact %1 timed out and went to someone else.").arg(contact));
    else if (how == QLatin1String("withdrawn"))
        Q_EMIT statusMessage(tr("The offer of contact %1 was withdrawn (%2).").arg(contact).arg(reason));
}

void AgentWorkspace::syncPages()
{
    QSet<qint64> live;
    if (m_session.offer())
        live.insert(m_session.offer()->contact);
    for (const auto &c : m_session.conversations())
        live.insert(c.contact);
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (!live.contains(it.key())) {
            if (m_script->model() == &it.value()->script())
                m_script->setModel(nullptr);
            m_stack->removeWidget(it.value());
            it.value()->deleteLater();
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    for (qint64 id : std::as_const(live)) {
        if (!m_pages.contains(id)) {
            auto *page = new ContactPage(m_session, id, m_summarizer, m_stack);
            m_pages.insert(id, page);
            m_stack->addWidget(page);
        }
    }
    for (ContactPage *p : std::as_const(m_pages))
        p->refresh();
    m_banner->setVisible(m_session.offer().has_value());
    if (m_stack->currentWidget() == nullptr || m_stack->currentWidget() == m_idle || !m_pages.values().contains(currentPage())) {
        if (!m_session.conversations().isEmpty())
            showContact(m_session.conversations().last().contact);
        else if (m_session.offer())
            showContact(m_session.offer()->contact);
        else {
            m_stack->setCurrentWidget(m_idle);
            m_script->setModel(nullptr);
        }
    }
    updateActions();
    updateState();
}

void AgentWorkspace::tick()
{
    m_banner->setVisible(m_session.offer().has_value());
    if (const auto &o = m_session.offer()) {
        const qint64 ms = std::max<qint64>(0, o->deadline.remainingTime());
        const int left = static_cast<int>((ms + 999) / 1000);
        m_countdown->setValue(left);
        m_countdown->setFormat(tr("%n s to accept", nullptr, left));
    }
    for (ContactPage *p : std::as_const(m_pages))
        p->refresh();
}

QString AgentWorkspace::offerCountdownText() const
{
    return m_banner->isVisible() ? m_countdown->text() : QString();
}

QString AgentWorkspace::stateText() const
{
    return m_stateLabel->text();
}

void AgentWorkspace::updateState()
{
    const QString state = m_session.state();
    QString text = models::AgentsModel::stateName(state);
    if (state == QLatin1String("notReady") && !m_session.stateReason().isEmpty())
        text += QStringLiteral(" · ") + reasonText(m_session.stateReason());
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(QStringLiteral("color:%1").arg(stateColour(state)));
    const double aht = m_session.averageHandleSeconds();
    //: %n is the number of contacts (calls, chats, …) the agent finished today.
    m_counts->setText(tr("Today: %n handled", nullptr, m_session.contactsToday())
                      + (aht > 0 ? QStringLiteral(" · ") + tr("average handle time %1:%2").arg(static_cast<int>(aht) / 60).arg(static_cast<int>(aht) % 60, 2, 10, QLatin1Char('0'))
                                 : QString()));
    QStringList groups;
    for (const QJsonValue &g : m_session.groups())
        groups << m_session.groupName(g.toObject().value(QStringLiteral("group")).toString());
    m_groups->setText(groups.isEmpty() ? QString() : tr("Groups: %1").arg(groups.join(QStringLiteral("、"))));
    if (m_session.offer())
        m_idleText->clear();
    else if (state == QLatin1String("available"))
        m_idleText->setText(tr("Waiting for the next contact…"));
    else
        m_idleText->setText(tr("You are not taking contacts. Press Ready (F2) when you are."));
    updateActions();
}

void AgentWorkspace::updateActions()
{
    const bool offered = m_session.offer().has_value();
    m_accept->setEnabled(offered);
    m_decline->setEnabled(offered);
    const ContactPage *p = currentPage();
    const models::Conversation *c = p ? m_session.conversation(p->contact()) : nullptr;
    const bool talking = c && c->phase == models::Conversation::Phase::Talking;
    m_end->setEnabled(talking);
    m_transfer->setEnabled(talking);
    const QString channel = c ? c->card.value(QStringLiteral("channel")).toString() : QString();
    m_switchChannel->setText(channel == QLatin1String("voice") ? tr("Continue as a &chat") : tr("Continue as a &call"));
    m_switchChannel->setEnabled(talking && (channel == QLatin1String("voice") || channel == QLatin1String("chat")));
    const QString state = m_session.state();
    m_ready->setEnabled(state == QLatin1String("notReady") || state == QLatin1String("offline"));
    m_notReady->setEnabled(state != QLatin1String("notReady"));
}

void AgentWorkspace::declineWithReason()
{
    if (!m_session.offer())
        return;
    m_session.decline();
}

void AgentWorkspace::transferCurrent()
{
    ContactPage *p = currentPage();
    if (!p)
        return;
    auto *dialog = new TransferDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 contact = p->contact();
    connect(dialog, &QDialog::accepted, this, [this, dialog, contact] {
        m_session.transfer(contact, dialog->group(), dialog->agent(), dialog->note());
    });
    dialog->open();
}

QByteArray AgentWorkspace::saveLayout() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_mainSplit->saveState() << m_sideSplit->saveState();
    return out;
}

void AgentWorkspace::restoreLayout(const QByteArray &state)
{
    QDataStream s(state);
    QByteArray main, side;
    s >> main >> side;
    if (s.status() == QDataStream::Ok) {
        m_mainSplit->restoreState(main);
        m_sideSplit->restoreState(side);
    }
}

}  // namespace baton::ui
