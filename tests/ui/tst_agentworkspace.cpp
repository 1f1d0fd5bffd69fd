// The agent's workspace, offscreen, on an embedded site: an offer arriving with its transfer
// card and keyword summary, accept, decline, time-out, the script advancing on cue words, chat,
// transfer with a note, wrap-up finished and timed out, and the models behind the views.
#include "uisupport.h"

#include "agentworkspace.h"
#include "contactpage.h"
#include "historypanel.h"
#include "keywordsummary.h"
#include "knowledgepanel.h"
#include "scriptpanel.h"
#include "transfercardwidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace baton;
using namespace baton::test;

class TestAgentWorkspace : public QObject {
    Q_OBJECT

private:
    text::KeywordSummarizer m_summarizer;

    // Signed in, ready, with the workspace shown; the contact offered.
    struct Desk {
        UiFixture f;
        std::unique_ptr<ui::AgentWorkspace> w;
        explicit Desk(text::KeywordSummarizer &s, int wrapUp = 30) : f(wrapUp)
        {
            f.signInAgent();
            w = std::make_unique<ui::AgentWorkspace>(*f.session, s);
            w->resize(1366, 768);
            w->show();
            f.session->setReady();
            if (!QTest::qWaitFor([this] { return f.session->state() == QLatin1String("available"); }, 3000))
                qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
        }
        qint64 offer(const QString &channel = QStringLiteral("voice"))
        {
            const qint64 id = f.createContact(channel);
            if (!QTest::qWaitFor([this] { return f.session->offer().has_value(); }, 3000))
                qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
            return id;
        }
        void accept()
        {
            w->acceptAction()->trigger();
            if (!QTest::qWaitFor([this] { return !f.session->conversations().isEmpty(); }, 3000))
                qWarning("timed out waiting at %s:%d", __FILE__, __LINE__);
        }
    };

private Q_SLOTS:
    void offerShowsTheTransferCard()
    {
        Desk d(m_summarizer);
        const qint64 contact = d.offer();
        QVERIFY(contact != 0);
        QTRY_VERIFY(d.w->offerBanner()->isVisible());
        QVERIFY(d.w->acceptAction()->isEnabled());
        QVERIFY(d.w->offerCountdownText().contains(QLatin1String("15")) || d.w->offerCountdownText().contains(QLatin1String("14")));
        ui::ContactPage *page = d.w->currentPage();
        QVERIFY(page);
        QCOMPARE(page->contact(), contact);
        const QString card = page->card()->plainText();
        QVERIFY2(card.contains(QStringLiteral("王小明")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("138****8000")), qPrintable(card));
        QVERIFY2(!card.contains(QStringLiteral("13800138000")), "the full number is never shown");
        QVERIFY2(card.contains(QStringLiteral("信用卡 › 挂失")), qPrintable(card));
        // What the hand-over lacks, and the customer's mood.
        QVERIFY2(card.contains(models::gapText(models::TransferCard::Gap::IdentityNotVerified)), qPrintable(card));
        QVERIFY(page->card()->summary().negative);
        QStringList terms;
        for (const auto &t : page->card()->summary().terms)
            terms << t.term;
        QVERIFY2(terms.contains(QStringLiteral("信用卡")), qPrintable(terms.join(u',')));
        // The history is there before the agent accepts.
        QTRY_COMPARE(page->history()->model().rowCount(), 30);
    }

    void acceptLoadsTheScriptAndCuesAdvanceIt()
    {
        Desk d(m_summarizer);
        d.offer(QStringLiteral("chat"));
        d.accept();
        QTRY_VERIFY(!d.w->offerBanner()->isVisible());
        ui::ContactPage *page = d.w->currentPage();
        QVERIFY(page);
        QTRY_COMPARE(page->script().rowCount(), 5);
        QCOMPARE(d.w->scriptPanel()->model(), &page->script());
        // Filled with the customer's and the agent's data.
        QCOMPARE(page->script().stageText(0), QStringLiteral("您好，王小明，我是李强。"));
        QCOMPARE(page->script().stageText(2), QStringLiteral("已为您冻结白金信用卡。"));
        QCOMPARE(page->script().suggestions(), QStringList{QStringLiteral("推荐免费加急补卡")});
        QCOMPARE(page->script().current(), 0);
        // The customer writes; a later stage's cue moves the script there.
        d.f.ivr->request(QStringLiteral("chat.send"), {{QStringLiteral("contact"), page->contact()}, {QStringLiteral("text"), QStringLiteral("身份证后四位是1234")}});
        QTRY_COMPARE(page->script().current(), 1);
        QTRY_VERIFY(page->chatText().contains(QStringLiteral("身份证后四位是1234")));
        // The agent's own line advances it too, and reaches the customer.
        page->chatInput()->setPlainText(QStringLiteral("已为您冻结这张卡"));
        page->sendChat();
        QTRY_COMPARE(page->script().current(), 2);
        QTRY_VERIFY(page->chatText().contains(QStringLiteral("已为您冻结这张卡")));
        // Keyboard: next and previous stage.
        d.w->nextStageAction()->trigger();
        QCOMPARE(page->script().current(), 3);
        d.w->previousStageAction()->trigger();
        QCOMPARE(page->script().current(), 2);
        // A cue never moves the script backwards.
        QVERIFY(!page->script().observe(QStringLiteral("您好")));
        QCOMPARE(page->script().current(), 2);
    }

    void nextOfferBeforeTheAcceptReply()
    {
        // Two chats waiting, capacity 3: accepting the first lets the router offer the second
        // at once, possibly before the accept's own reply. Both must end up on the desk.
        Desk d(m_summarizer);
        const qint64 first = d.offer(QStringLiteral("chat"));
        const qint64 second = d.f.createContact(QStringLiteral("chat"));
        d.accept();
        QTRY_VERIFY(d.f.session->offer().has_value() && d.f.session->offer()->contact == second);
        QVERIFY(d.f.session->conversation(first));
        QVERIFY(d.w->page(first));
        QTRY_VERIFY(d.w->offerBanner()->isVisible());
        d.accept();
        QTRY_VERIFY(d.f.session->conversation(second));
        QCOMPARE(d.f.session->conversations().size(), 2);
        QTRY_VERIFY(!d.w->offerBanner()->isVisible());
    }

    void aRestartedDesktopPicksUpWhatTheAgentHolds()
    {
        // The desktop closes mid-conversation (the router keeps the agent busy); a new desktop
        // signing in shows the conversation with its card and can end and wrap it up.
        Desk d(m_summarizer);
        const qint64 contact = d.offer();
        d.accept();
        d.w.reset();
        d.f.session.reset();
        d.f.agentClient.reset();  // gone without a goodbye
        net::LocalClient again(*d.f.service);
        models::AgentSession session(again);
        session.signIn(QStringLiteral("liqiang"), QStringLiteral("pw"));
        QTRY_VERIFY(session.conversation(contact) != nullptr);
        const models::TransferCard card = models::TransferCard::fromJson(session.conversation(contact)->card);
        QCOMPARE(card.customerName, QStringLiteral("王小明"));
        QCOMPARE(card.business, QStringLiteral("信用卡挂失"));
        ui::AgentWorkspace w(session, m_summarizer);
        w.show();
        QTRY_VERIFY(w.page(contact) != nullptr);
        QTRY_VERIFY(w.endAction()->isEnabled());
        w.endAction()->trigger();
        QTRY_VERIFY(w.page(contact)->finishButton()->isVisible());
        // And once more in wrap-up: the next desktop gets the wrap-up, with its time left.
        session.signOut();
        net::LocalClient third(*d.f.service);
        models::AgentSession session3(third);
        session3.signIn(QStringLiteral("liqiang"), QStringLiteral("pw"));
        QTRY_VERIFY(session3.conversation(contact) != nullptr);
        QCOMPARE(session3.conversation(contact)->phase, models::Conversation::Phase::WrapUp);
        QVERIFY(session3.conversation(contact)->wrapSeconds > 0 && session3.conversation(contact)->wrapSeconds <= 30);
        QSignalSpy wrapped(&session3, &models::AgentSession::wrapUpEnded);
        session3.finishWrapUp(contact, QStringLiteral("已解决"), {});
        QTRY_COMPARE(wrapped.size(), 1);
    }

    void declineEndsTheOffer()
    {
        Desk d(m_summarizer);
        d.offer();
        QSignalSpy ended(d.f.session.get(), &models::AgentSession::offerEnded);
        d.w->declineAction()->trigger();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(1).toString(), QStringLiteral("declined"));
        QTRY_VERIFY(!d.w->offerBanner()->isVisible());
        QVERIFY(!d.w->acceptAction()->isEnabled());
        QVERIFY(d.f.session->conversations().isEmpty());
    }

    void offerTimesOut()
    {
        Desk d(m_summarizer);
        d.offer();
        QSignalSpy ended(d.f.session.get(), &models::AgentSession::offerEnded);
        QSignalSpy status(d.w.get(), &ui::AgentWorkspace::statusMessage);
        d.f.advance(16);
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(1).toString(), QStringLiteral("timedOut"));
        QTRY_VERIFY(!d.w->offerBanner()->isVisible());
        QVERIFY(!status.isEmpty());
        // Missed offer: the router set the agent not ready; the bar says so and offers Ready.
        QTRY_COMPARE(d.f.session->state(), QStringLiteral("notReady"));
        QVERIFY(d.w->readyAction()->isEnabled());
    }

    void wrapUpFinishedWithDisposition()
    {
        Desk d(m_summarizer);
        const qint64 contact = d.offer();
        d.accept();
        ui::ContactPage *page = d.w->page(contact);
        QVERIFY(page);
        QVERIFY(d.w->endAction()->isEnabled());
        d.w->endAction()->trigger();
        QTRY_VERIFY(page->finishButton()->isVisible());
        QCOMPARE(page->disposition()->count(), 3);  // (none) and the site's two
        page->disposition()->setCurrentIndex(page->disposition()->findData(QStringLiteral("需回访")));
        page->wrapNotes()->setPlainText(QStringLiteral("客户下午再来电"));
        QSignalSpy wrapped(d.f.session.get(), &models::AgentSession::wrapUpEnded);
        page->finishButton()->click();
        QTRY_COMPARE(wrapped.size(), 1);
        QCOMPARE(wrapped.at(0).at(1).toBool(), false);
        QTRY_VERIFY(d.w->page(contact) == nullptr);
        QCOMPARE(d.f.session->handledThisSession(), 1);
        // The conversation is in the customer's history with the outcome and notes.
        models::HistoryModel history;
        history.setCustomer(d.f.agentClient.get(), d.f.customerId);
        QTRY_COMPARE(history.rowCount(), 31);
        QCOMPARE(history.item(0).disposition, QStringLiteral("需回访"));
        QCOMPARE(history.item(0).notes, QStringLiteral("客户下午再来电"));
    }

    void wrapUpEndsByItself()
    {
        Desk d(m_summarizer, 20);
        const qint64 contact = d.offer();
        d.accept();
        d.w->endAction()->trigger();
        QTRY_VERIFY(d.f.session->conversation(contact) && d.f.session->conversation(contact)->phase == models::Conversation::Phase::WrapUp);
        QCOMPARE(d.f.session->conversation(contact)->wrapSeconds, 20);
        QSignalSpy wrapped(d.f.session.get(), &models::AgentSession::wrapUpEnded);
        d.f.advance(21);
        QTRY_COMPARE(wrapped.size(), 1);
        QCOMPARE(wrapped.at(0).at(1).toBool(), true);
        QTRY_VERIFY(d.w->page(contact) == nullptr);
    }

    void aChatGoesOnAsACall()
    {
        Desk d(m_summarizer);
        const qint64 contact = d.offer(QStringLiteral("chat"));
        d.accept();
        QAction *sw = d.w->findChild<QAction *>(QStringLiteral("switchChannel"));
        QVERIFY(sw);
        QTRY_VERIFY(sw->isEnabled());
        QCOMPARE(sw->text(), QStringLiteral("Continue as a &call"));
        sw->trigger();
        // The router moves the agent's load to voice; the desktop follows the push.
        QTRY_COMPARE(d.f.session->conversation(contact)->card.value(QStringLiteral("channel")).toString(), QStringLiteral("voice"));
        const auto st = d.f.service->router().agentStatus(core::AgentId(QStringLiteral("a1")));
        QCOMPARE(st->load[static_cast<std::size_t>(core::Channel::Voice)], 1);
        QCOMPARE(st->load[static_cast<std::size_t>(core::Channel::Chat)], 0);
        QTRY_COMPARE(sw->text(), QStringLiteral("Continue as a &chat"));
        // Ended, it is no longer offered.
        d.f.session->endContact(contact);
        QTRY_VERIFY(!sw->isEnabled());
    }

    void transferCarriesTheNote()
    {
        Desk d(m_summarizer);
        const qint64 contact = d.offer();
        d.accept();
        // A second agent signs in to the complaints group.
        net::LocalClient otherClient(*d.f.service);
        models::AgentSession other(otherClient);
        other.signIn(QStringLiteral("wangfang"), QStringLiteral("pw"));
        QTRY_VERIFY(other.isSignedIn());
        other.setReady();
        QTRY_COMPARE(other.state(), QStringLiteral("available"));
        d.f.session->transfer(contact, QStringLiteral("complaints"), {}, QStringLiteral("客户要求投诉年费"));
        QTRY_VERIFY(other.offer().has_value());
        const models::TransferCard card = models::TransferCard::fromJson(other.offer()->card);
        QCOMPARE(card.contact, contact);
        QCOMPARE(card.customerName, QStringLiteral("王小明"));
        QCOMPARE(card.transfers.size(), 1);
        QCOMPARE(card.transfers.first().fromName, QStringLiteral("李强"));
        QCOMPARE(card.transfers.first().note, QStringLiteral("客户要求投诉年费"));
        // This agent's part goes to wrap-up.
        QTRY_VERIFY(d.f.session->conversation(contact) && d.f.session->conversation(contact)->transferred);
    }

    void historyFiltersByChannelAndText()
    {
        Desk d(m_summarizer);
        d.offer();
        ui::ContactPage *page = d.w->currentPage();
        QTRY_COMPARE(page->history()->model().rowCount(), 30);
        QAbstractItemModelTester tester(&page->history()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->history()->searchEdit()->setText(QStringLiteral("年费"));
        QCOMPARE(page->history()->filter().rowCount(), 6);
        page->history()->filter().setChannels({QStringLiteral("voice")});
        // i % 5 == 0 and i % 4 == 0: 0 and 20.
        QCOMPARE(page->history()->filter().rowCount(), 2);
        page->history()->searchEdit()->clear();
        QCOMPARE(page->history()->filter().rowCount(), 8);
    }

    void modelsPassTheTester()
    {
        Desk d(m_summarizer);
        models::HistoryModel history;
        history.setPageSize(7);
        history.setCustomer(d.f.agentClient.get(), d.f.customerId);
        QTRY_COMPARE(history.rowCount(), 7);
        QVERIFY(history.canFetchMore({}));
        QAbstractItemModelTester t1(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!history.isLoading());  // the tester may have asked for a page itself
        while (history.canFetchMore({})) {
            history.fetchMore({});
            QTRY_VERIFY(!history.isLoading());
        }
        QCOMPARE(history.rowCount(), 30);
        // Newest first, no repeats across pages.
        QSet<qint64> ids;
        for (int i = 0; i < history.rowCount(); ++i) {
            ids.insert(history.item(i).id);
            if (i > 0)
                QVERIFY(history.item(i - 1).started >= history.item(i).started);
        }
        QCOMPARE(ids.size(), 30);

        models::ContactsModel contacts(*d.f.session);
        QAbstractItemModelTester t2(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.offer(QStringLiteral("chat"));
        QTRY_COMPARE(contacts.rowCount(), 1);
        QCOMPARE(contacts.index(0).data(models::ContactsModel::PhaseRole).toString(), QStringLiteral("offer"));
        d.accept();
        QTRY_COMPARE(contacts.index(0).data(models::ContactsModel::PhaseRole).toString(), QStringLiteral("talking"));

        models::KnowledgeModel kb;
        QAbstractItemModelTester t3(&kb, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kb.setClient(d.f.agentClient.get());
        kb.setDebounceMs(1);
        kb.setQuery(QStringLiteral("挂失"));
        QTRY_VERIFY(!kb.isSearching());
        kb.setQuery(QString());
        QCOMPARE(kb.rowCount(), 0);
        QCOMPARE(models::KnowledgeModel::snippetHtml(QStringLiteral("先<核实>【挂失】")), QStringLiteral("先&lt;核实&gt;<b>挂失</b>"));

        models::ScriptModel script;
        QAbstractItemModelTester t4(&script, QAbstractItemModelTester::FailureReportingMode::QtTest);
        script.load(d.f.agentClient.get(), QStringLiteral("aftersales"), QStringLiteral("信用卡挂失"), {{QStringLiteral("customer.level"), QStringLiteral("normal")}});
        QTRY_COMPARE(script.rowCount(), 5);
        QCOMPARE(script.suggestions(), QStringList{QStringLiteral("推荐升级金卡")});
        script.setValue(QStringLiteral("customer.level"), QStringLiteral("gold"));
        QCOMPARE(script.suggestions(), QStringList{QStringLiteral("推荐免费加急补卡")});
        QSignalSpy failed(&script, &models::ScriptModel::loadFailed);
        script.load(d.f.agentClient.get(), QStringLiteral("complaints"), QStringLiteral("没有的业务"), {});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(script.rowCount(), 0);
    }
};

QTEST_MAIN(TestAgentWorkspace)
#include "tst_agentworkspace.moc"
