// Merging duplicate customers: one history under the survivor, audited, and fully reversible.
#include "auditlog.h"
#include "customerrepository.h"
#include "database.h"
#include "interactionrepository.h"
#include "testdatabases.h"

#include <QTest>

using namespace baton::core;
using namespace baton::store;

class TestCustomerMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergeShowsOneHistoryAndUnmergeRestoresIt();
    void refusesCyclesAndDoubleMerges();

private:
    struct Fixture {
        baton::test::TestDatabases dir;
        ManualClock clock;
        std::unique_ptr<Database> db;
        std::unique_ptr<AuditLog> audit;
        std::unique_ptr<CustomerRepository> customers;
        std::unique_ptr<InteractionRepository> history;

        Fixture()
        {
            if (!dir.unavailable().isEmpty())
                return;  // the test skips
            db = std::move(Database::open(dir.location(QStringLiteral("m")), Database::Mode::Create).value());
            audit = std::make_unique<AuditLog>(*db, clock);
            customers = std::make_unique<CustomerRepository>(*db, clock, audit.get());
            history = std::make_unique<InteractionRepository>(*db);
        }
        CustomerId customerWith(const QString &name, Channel channel, int interactions)
        {
            Customer c;
            c.name = name;
            const CustomerId id = customers->create(c)->id;
            for (int i = 0; i < interactions; ++i) {
                Interaction x;
                x.customer = id;
                x.channel = channel;
                x.started = QDateTime(QDate(2026, 11, 1), QTime(1, 0), Qt::UTC).addSecs(3600 * (i * 2 + (channel == Channel::Voice ? 0 : 1)));
                if (!history->add(x))
                    qFatal("cannot add an interaction");
            }
            return id;
        }
    };
};

void TestCustomerMerge::mergeShowsOneHistoryAndUnmergeRestoresIt()
{
    Fixture f;
    BATON_REQUIRE_DATABASES(f.dir);
    const CustomerId phone = f.customerWith(QStringLiteral("王芳"), Channel::Voice, 3);
    const CustomerId chat = f.customerWith(QStringLiteral("王芳（在线）"), Channel::Chat, 2);
    const auto merge = f.customers->merge(phone, chat, QStringLiteral("主管李"));
    QVERIFY(merge.ok());
    const auto page = f.history->page(phone, std::nullopt, 100);
    QCOMPARE(page->items.size(), 5);
    // In time order across both (voice at 4 h, chat at 3 h, voice at 2 h…), each with its own id.
    QCOMPARE(page->items[0].channel, Channel::Voice);
    QCOMPARE(page->items[1].channel, Channel::Chat);
    QCOMPARE(page->items[1].customer, chat);
    QCOMPARE(page->items[0].customer, phone);
    QCOMPARE(*f.customers->survivorOf(chat), phone);
    QCOMPARE(f.customers->mergeGroup(phone)->size(), 2);
    AuditQuery q;
    q.object = QStringLiteral("customer:%1").arg(chat.value());
    QCOMPARE(f.audit->find(q)->size(), 1);

    QVERIFY(f.customers->unmerge(*merge, QStringLiteral("主管李")).ok());
    QCOMPARE(f.history->page(phone, std::nullopt, 100)->items.size(), 3);
    QCOMPARE(f.history->page(chat, std::nullopt, 100)->items.size(), 2);
    QCOMPARE(*f.customers->survivorOf(chat), chat);
    QCOMPARE(f.audit->find(q)->size(), 2);
    QCOMPARE(f.customers->unmerge(*merge, QStringLiteral("x")).error().code, ErrorCode::NotFound);
}

void TestCustomerMerge::refusesCyclesAndDoubleMerges()
{
    Fixture f;
    BATON_REQUIRE_DATABASES(f.dir);
    const CustomerId a = f.customerWith(QStringLiteral("A"), Channel::Voice, 1);
    const CustomerId b = f.customerWith(QStringLiteral("B"), Channel::Chat, 1);
    const CustomerId c = f.customerWith(QStringLiteral("C"), Channel::Voice, 1);
    QVERIFY(f.customers->merge(a, b, QStringLiteral("sup")).ok());
    QVERIFY(f.customers->merge(c, a, QStringLiteral("sup")).ok());  // chains: C ← A ← B
    QCOMPARE(f.history->page(c, std::nullopt, 10)->items.size(), 3);
    QCOMPARE(*f.customers->survivorOf(b), c);
    QCOMPARE(f.customers->merge(b, c, QStringLiteral("sup")).error().code, ErrorCode::Conflict);  // a cycle
    QCOMPARE(f.customers->merge(c, b, QStringLiteral("sup")).error().code, ErrorCode::Conflict);  // already merged
    QCOMPARE(f.customers->merge(a, a, QStringLiteral("sup")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(f.customers->merge(a, CustomerId(QStringLiteral("999")), QStringLiteral("sup")).error().code, ErrorCode::NotFound);
    QCOMPARE(f.customers->merge(a, c, QString()).error().field, QStringLiteral("actor"));
}

QTEST_GUILESS_MAIN(TestCustomerMerge)
#include "tst_customermerge.moc"
