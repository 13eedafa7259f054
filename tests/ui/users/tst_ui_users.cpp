// The Users page on a real store: lazy paging and dropping pages from
// memory, search (prefix, id, external id), metadata filters, sorting by the
// store, and the editor — undo, save, errors at the field, limits, conflicts,
// create and delete — checked against the store and its audit log.

#include "UiTestSupport.h"
#include "common/MetadataEditor.h"
#include "json/Reader.h"
#include "users/MetadataFilterBuilder.h"
#include "users/UserEditor.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

const char* const kPlans[] = {"free", "pro", "enterprise"};

// Users user0000@example.com … with plan = free/pro/enterprise in turn and
// external ids crm-N on every third.
void seed(test::TempStore& s, int count)
{
    if (s->beginBatch("test.seed", "seed"))
        qFatal("cannot begin a batch");
    for (int i = 0; i < count; ++i) {
        model::User u;
        u.email =
            QStringLiteral("user%1@example.com").arg(i, 4, 10, QLatin1Char('0')).toStdString();
        u.firstName = "First" + std::to_string(i);
        u.lastName = "Last" + std::to_string(count - i);
        if (i % 3 == 0)
            u.externalId = "crm-" + std::to_string(i);
        u.metadata = json::Value::object({{"plan", kPlans[i % 3]}, {"seats", i}});
        if (!s->createUser(u))
            qFatal("seeding failed");
    }
    if (s->commitBatch())
        qFatal("cannot commit");
}

template <class T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

QString cell(ui::UserListModel* m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

// The page on the fixture's store. The model tester checks the model on
// every change, and calls fetchMore() as it does: tests of paging go without.
struct Page
{
    explicit Page(test::UiFixture& f, bool withTester = true)
    {
        if (withTester)
            tester = std::make_unique<QAbstractItemModelTester>(
                page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 800);
        page.show();
        page.setSession(&f.session());
    }
    ui::UsersPage page;
    std::unique_ptr<QAbstractItemModelTester> tester;

    ui::UserListModel* model() { return page.model(); }
    ui::UserEditor* editor() { return page.editor(); }
    void select(int row) { page.table()->selectRow(row); }
};

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void pagesLoadAsTheViewScrolls();
    void listGrowsUntilCounted();
    void jumpsReadOnlyThePagesShown();
    void scrollingToTheEndKeepsFewPagesInMemory();
    void firstPageIsAScreenful();
    void searchByPrefixIdAndExternalId();
    void metadataFilters();
    void sortingIsDoneByTheStore();
    void editUndoAndSave();
    void membershipsShowOrganizationsAndRoles();
    void errorsAreShownAtTheField();
    void limitsOfTheStoreAreCheckedAsYouType();
    void conflictReloadAndOverwrite();
    void createAndDelete();
    void closingTheStoreClearsThePage();
};

void TestUsersPage::pagesLoadAsTheViewScrolls()
{
    test::UiFixture f;
    seed(f.store, 450);
    Page p(f, false);
    // A screenful first; then the count gives the list all its rows, which
    // load as the view shows them.
    QTRY_VERIFY(p.model()->userAt(0) != nullptr);
    QCOMPARE(cell(p.model(), 0, ui::UserListModel::Email), u"user0000@example.com"_s);
    QTRY_VERIFY(p.model()->atEnd());
    QCOMPARE(p.model()->rowCount(), 450);
    QCOMPARE(p.model()->total(), 450);
    QVERIFY(!p.model()->canFetchMore({}));
    QCOMPARE(cell(p.model(), 449, 0), u"Loading…"_s);
    p.page.table()->scrollToBottom();
    QTRY_COMPARE(cell(p.model(), 449, 0), u"user0449@example.com"_s);
    // Every row, no duplicates, in email order.
    for (int row = 0; row < 450; ++row)
        QTRY_COMPARE(cell(p.model(), row, 0),
                     u"user%1@example.com"_s.arg(row, 4, 10, QLatin1Char('0')));
    QTRY_VERIFY(child<QLabel>(&p.page, "footer")->text().contains(u"450"_s));
}

void TestUsersPage::listGrowsUntilCounted()
{
    test::UiFixture f;
    seed(f.store, 450);
    // The count runs on the jobs worker, held here: meanwhile the list grows
    // page by page as the view reaches its end; the count then adds the rest.
    QSemaphore hold;
    QObject context;
    f.session().jobs()->run(
        &context,
        [&hold](store::Store&) {
            hold.acquire();
            return store::Error();
        },
        [](store::Error) {});
    Page p(f, false);
    QTRY_COMPARE(p.model()->rowCount(), p.model()->firstPageSize());
    QVERIFY(!p.model()->atEnd());
    QVERIFY(p.model()->canFetchMore({}));
    p.page.table()->scrollToBottom();
    QTRY_COMPARE(p.model()->rowCount(), p.model()->firstPageSize() + ui::UserListModel::kPageSize);
    QVERIFY(!p.model()->atEnd());
    hold.release();
    QTRY_VERIFY(p.model()->atEnd());
    QCOMPARE(p.model()->rowCount(), 450);
    QVERIFY(!p.model()->canFetchMore({}));
    for (int row = 0; row < 450; ++row)
        QTRY_COMPARE(cell(p.model(), row, 0),
                     u"user%1@example.com"_s.arg(row, 4, 10, QLatin1Char('0')));
    // Read to its end before the count: the list knows it is complete.
    QSemaphore hold2;
    f.session().jobs()->run(
        &context,
        [&hold2](store::Store&) {
            hold2.acquire();
            return store::Error();
        },
        [](store::Error) {});
    p.model()->reload();
    QTRY_COMPARE(p.model()->rowCount(), p.model()->firstPageSize());
    while (p.model()->canFetchMore({})) {
        const int rows = p.model()->rowCount();
        p.model()->fetchMore({});
        QTRY_VERIFY(p.model()->rowCount() > rows);
    }
    QTRY_VERIFY(p.model()->atEnd());
    QCOMPARE(p.model()->total(), 450);
    hold2.release();
    QVERIFY(f.idle());
    QCOMPARE(p.model()->rowCount(), 450);
}

void TestUsersPage::jumpsReadOnlyThePagesShown()
{
    test::UiFixture f;
    const int users = ui::UserListModel::kFirstPageSize +
                      ui::UserListModel::kPageSize * (ui::UserListModel::kPagesKept + 5) + 17;
    seed(f.store, users);
    // The counted rows arrive in steps (1000, then doubling), checked by the
    // model tester.
    Page p(f, false);
    p.model()->setFirstRowStep(1000);
    QAbstractItemModelTester tester(p.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    int inserts = 0;
    int largest = 0; // rows added at once, beyond what the list had
    connect(p.model(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int last) {
                ++inserts;
                largest = std::max(largest, last - first + 1 - std::max(first, 1000));
            });
    p.model()->reload();
    QTRY_VERIFY(p.model()->atEnd());
    QCOMPARE(p.model()->rowCount(), users);
    // The first page (50), pages read meanwhile, then steps that at most
    // double the list (1050, 2100, 4200, 7067).
    QVERIFY(inserts >= 5);
    QCOMPARE(largest, 0);
    QTRY_VERIFY(!p.model()->loading());
    // To the end: the last page is read from the end of the order, and
    // nothing between.
    const int atTop = p.model()->pagesInMemory();
    p.page.table()->scrollToBottom();
    QTRY_COMPARE(cell(p.model(), users - 1, 0),
                 u"user%1@example.com"_s.arg(users - 1, 4, 10, QLatin1Char('0')));
    QTRY_VERIFY(!p.model()->loading());
    QVERIFY(p.model()->pagesInMemory() <= atTop + 2);
    // The middle, by position.
    const int middle = users / 2;
    p.page.table()->scrollTo(p.model()->index(middle, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE(cell(p.model(), middle, 0),
                 u"user%1@example.com"_s.arg(middle, 4, 10, QLatin1Char('0')));
    QTRY_VERIFY(!p.model()->loading());
    QVERIFY(p.model()->pagesInMemory() <= atTop + 4);
    // Requests for pages the view has left before they ran are dropped: the
    // worker is held while the view visits three places and stops at a
    // fourth, and only the fourth is read.
    QSemaphore hold;
    QObject context;
    f.session().worker()->run(
        &context,
        [&hold](store::Store&) {
            hold.acquire();
            return store::Error();
        },
        [](store::Error) {});
    const int before = p.model()->pagesInMemory();
    for (int row : {users / 5, users / 4, users / 3}) {
        p.page.table()->scrollTo(p.model()->index(row, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(cell(p.model(), row, 0), u"Loading…"_s); // asks for its page
    }
    const int last = users - 3 * ui::UserListModel::kPageSize;
    p.page.table()->scrollTo(p.model()->index(last, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(cell(p.model(), last, 0), u"Loading…"_s);
    hold.release();
    QTRY_COMPARE(cell(p.model(), last, 0),
                 u"user%1@example.com"_s.arg(last, 4, 10, QLatin1Char('0')));
    QTRY_VERIFY(!p.model()->loading());
    QVERIFY2(
        p.model()->pagesInMemory() <= before + 3,
        qPrintable(u"%1 pages in memory, %2 before"_s.arg(p.model()->pagesInMemory()).arg(before)));
    QCOMPARE(cell(p.model(), users / 5, 0), u"Loading…"_s); // never read
}

void TestUsersPage::scrollingToTheEndKeepsFewPagesInMemory()
{
    test::UiFixture f;
    const int users = ui::UserListModel::kFirstPageSize +
                      ui::UserListModel::kPageSize * (ui::UserListModel::kPagesKept + 5) + 17;
    seed(f.store, users);
    Page p(f, false);
    QTRY_VERIFY(p.model()->atEnd());
    // Down the whole list, a screen at a time.
    QScrollBar* bar = p.page.table()->verticalScrollBar();
    int maxPages = 0;
    while (bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        const int top = p.page.table()->rowAt(0);
        QTRY_VERIFY(p.model()->userAt(top) != nullptr);
        maxPages = std::max(maxPages, p.model()->pagesInMemory());
    }
    QCOMPARE(p.model()->rowCount(), users);
    QVERIFY(maxPages <= ui::UserListModel::kPagesKept);
    QCOMPARE(maxPages, ui::UserListModel::kPagesKept);
    // The first page was dropped; showing it fetches it again.
    QCOMPARE(p.model()->data(p.model()->index(0, 0)).toString(), u"Loading…"_s);
    QTRY_COMPARE(cell(p.model(), 0, 0), u"user0000@example.com"_s);
    QTRY_COMPARE(cell(p.model(), users - 1, 0),
                 u"user%1@example.com"_s.arg(users - 1, 4, 10, QLatin1Char('0')));
}

void TestUsersPage::firstPageIsAScreenful()
{
    test::UiFixture f;
    seed(f.store, 300);
    Page p(f);
    QTRY_VERIFY(p.model()->rowCount() > 0);
    // A search takes as many rows first as the view shows, and a row more.
    QTest::keyClicks(child<QLineEdit>(&p.page, "search"), u"user"_s);
    QTest::keyClick(child<QLineEdit>(&p.page, "search"), Qt::Key_Return);
    QTRY_COMPARE(p.model()->query().text, std::string("user"));
    QTableView* table = p.page.table();
    const int shown = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(shown > 5, qPrintable(QString::number(shown)));
    QCOMPARE(p.model()->firstPageSize(), std::clamp(shown + 2, 10, ui::UserListModel::kPageSize));
    QTRY_VERIFY(p.model()->atEnd());
    QCOMPARE(p.model()->rowCount(), 300);
    for (int row = 0; row < 300; row += 37)
        QTRY_COMPARE(cell(p.model(), row, 0),
                     u"user%1@example.com"_s.arg(row, 4, 10, QLatin1Char('0')));
}

void TestUsersPage::searchByPrefixIdAndExternalId()
{
    test::UiFixture f;
    seed(f.store, 300);
    Page p(f);
    QTRY_VERIFY(p.model()->rowCount() > 0);
    auto* search = child<QLineEdit>(&p.page, "search");
    QTest::keyClicks(search, u"user012"_s);
    QTRY_COMPARE(p.model()->rowCount(), 10); // user0120 … user0129
    QCOMPARE(cell(p.model(), 0, 0), u"user0120@example.com"_s);
    // By name prefix.
    search->clear();
    QTest::keyClicks(search, u"first29"_s);
    QTRY_COMPARE(p.model()->rowCount(), 11); // First29, First290 … First299
    // By external id: that user first.
    search->clear();
    QTest::keyClicks(search, u"crm-42"_s);
    QTRY_VERIFY(p.model()->rowCount() >= 1);
    QTRY_COMPARE(cell(p.model(), 0, 0), u"user0042@example.com"_s);
    // By id.
    const std::string id = f.store->userByEmail("user0007@example.com")->id;
    search->clear();
    QTest::keyClicks(search, QString::fromStdString(id));
    QTRY_COMPARE(cell(p.model(), 0, 0), u"user0007@example.com"_s);
    QCOMPARE(p.model()->rowCount(), 1);
    // Nothing: the empty state says so; Escape clears the search.
    search->clear();
    QTest::keyClicks(search, u"nobody-here"_s);
    QTRY_COMPARE(p.model()->rowCount(), 0);
    QTRY_VERIFY(child<QLabel>(&p.page, "emptyState")->isVisible());
    QVERIFY(child<QLabel>(&p.page, "emptyState")->text().contains(u"No users match"_s));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY(p.model()->rowCount() >= ui::UserListModel::kPageSize);
}

void TestUsersPage::metadataFilters()
{
    test::UiFixture f;
    seed(f.store, 90);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 90);
    QTest::mouseClick(child<QToolButton>(&p.page, "filterToggle"), Qt::LeftButton);
    QWidget* row = child<QWidget>(&p.page, "condition");
    // The store's keys are offered.
    QTRY_VERIFY(child<QComboBox>(row, "key")->findText(u"plan"_s) >= 0);
    child<QComboBox>(row, "key")->setEditText(u"plan"_s);
    auto* op = child<QComboBox>(row, "op");
    op->setCurrentIndex(op->findData(int(store::MetadataCondition::Op::Equals)));
    QTest::keyClicks(child<QLineEdit>(row, "value"), u"pro"_s);
    QTRY_COMPARE(p.model()->rowCount(), 30);
    for (int r = 0; r < 30; ++r) {
        const auto* u = p.model()->userAt(r);
        QVERIFY(u);
        QCOMPARE(u->metadata.find("plan")->string(), std::string("pro"));
    }
    // Any case.
    child<QLineEdit>(row, "value")->setText(u"PRO"_s);
    QTRY_COMPARE(p.model()->rowCount(), 0);
    child<QCheckBox>(row, "caseSensitive")->setChecked(false);
    QTRY_COMPARE(p.model()->rowCount(), 30);
    // A second condition narrows it: AND.
    QTest::mouseClick(child<QPushButton>(&p.page, "addCondition"), Qt::LeftButton);
    QWidget* second = p.page.findChildren<QWidget*>(u"condition"_s).at(1);
    child<QComboBox>(second, "key")->setEditText(u"seats"_s);
    auto* op2 = child<QComboBox>(second, "op");
    op2->setCurrentIndex(op2->findData(int(store::MetadataCondition::Op::StartsWith)));
    QTest::keyClicks(child<QLineEdit>(second, "value"), u"1"_s);
    // pro are 1, 4, 7, …; of those starting with "1": 1, 10, 13, 16, 19.
    QTRY_COMPARE(p.model()->rowCount(), 5);
    // Turning the filters off shows everyone.
    QTest::mouseClick(child<QToolButton>(&p.page, "filterToggle"), Qt::LeftButton);
    QTRY_COMPARE(p.model()->rowCount(), 90);
}

void TestUsersPage::sortingIsDoneByTheStore()
{
    test::UiFixture f;
    seed(f.store, 50);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 50);
    p.page.table()->sortByColumn(ui::UserListModel::Name, Qt::AscendingOrder);
    // Names sort as "First0 Last50", "First1 Last49", "First10 Last40", …
    QTRY_COMPARE(cell(p.model(), 1, ui::UserListModel::Name), u"First1 Last49"_s);
    QCOMPARE(cell(p.model(), 2, ui::UserListModel::Name), u"First10 Last40"_s);
    p.page.table()->sortByColumn(ui::UserListModel::Email, Qt::DescendingOrder);
    QTRY_COMPARE(cell(p.model(), 0, 0), u"user0049@example.com"_s);
}

void TestUsersPage::editUndoAndSave()
{
    test::UiFixture f;
    seed(f.store, 5);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 5);
    p.select(2);
    ui::UserEditor* e = p.editor();
    auto* first = child<QLineEdit>(e, "firstName");
    QTRY_COMPARE(first->text(), u"First2"_s);
    QVERIFY(!p.page.hasUnsavedChanges());
    first->selectAll();
    QTest::keyClicks(first, u"Ada"_s);
    QCOMPARE(e->undoStack()->count(), 1); // typing is one step
    QVERIFY(p.page.hasUnsavedChanges());
    auto* metadata = child<ui::MetadataEditor>(e, "metadata");
    metadata->table()->item(0, 1)->setText(u"\"free\""_s);
    QCOMPARE(e->undoStack()->count(), 2);
    e->undoStack()->undo();
    QCOMPARE(metadata->table()->item(0, 1)->text(), u"\"enterprise\""_s);
    QCOMPARE(e->draft().metadata.find("plan")->string(), std::string("enterprise"));
    QCOMPARE(first->text(), u"Ada"_s);
    e->undoStack()->undo();
    QCOMPARE(first->text(), u"First2"_s);
    QVERIFY(!p.page.hasUnsavedChanges());
    e->undoStack()->redo();
    e->undoStack()->redo();
    QCOMPARE(first->text(), u"Ada"_s);
    auto* save = child<QPushButton>(e, "save");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    const model::User stored = *f.store->userByEmail("user0002@example.com");
    QCOMPARE(stored.firstName.value(), std::string("Ada"));
    QCOMPARE(stored.metadata.find("plan")->string(), std::string("free"));
    QCOMPARE(stored.version, std::int64_t(2));
    // The list shows it; the audit log has it with before and after.
    QTRY_COMPARE(cell(p.model(), 2, ui::UserListModel::Name), u"Ada Last3"_s);
    store::AuditQuery q;
    q.targetId = stored.id;
    q.action = "user.update";
    const auto events = f.store->findAuditEvents(q);
    QCOMPARE(events->items.size(), std::size_t(1));
    QCOMPARE(events->items[0].before.find("first_name")->string(), std::string("First2"));
    QCOMPARE(events->items[0].after.find("first_name")->string(), std::string("Ada"));
}

void TestUsersPage::membershipsShowOrganizationsAndRoles()
{
    test::UiFixture f;
    seed(f.store, 3);
    const std::string userId = f.store->userByEmail("user0001@example.com")->id;
    for (const char* slug : {"admin", "member"}) {
        model::Role role;
        role.slug = slug;
        role.name = slug;
        QVERIFY(f.store->createRole(role));
    }
    for (const char* name : {"Acme", "Globex"}) {
        model::Organization o;
        o.name = name;
        store::Result<model::Organization> org = f.store->createOrganization(o);
        QVERIFY(org);
        model::Membership m;
        m.userId = userId;
        m.organizationId = org->id;
        m.roles = {std::string(name) == "Acme" ? "admin" : "member"};
        QVERIFY(f.store->createMembership(m));
    }
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 3);
    auto* view = child<QTableView>(p.editor(), "memberships");
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.select(1);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QStringList rows;
    for (int r = 0; r < 2; ++r)
        rows << view->model()->index(r, 0).data().toString() + u" "_s +
                    view->model()->index(r, 1).data().toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{u"Acme admin"_s, u"Globex member"_s}));
    // Another user has none.
    p.select(0);
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void TestUsersPage::errorsAreShownAtTheField()
{
    test::UiFixture f;
    seed(f.store, 3);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 3);
    p.select(0);
    ui::UserEditor* e = p.editor();
    auto* email = child<QLineEdit>(e, "email");
    QTRY_COMPARE(email->text(), u"user0000@example.com"_s);
    // Checked as typed.
    email->selectAll();
    QTest::keyClicks(email, u"not an email"_s);
    QVERIFY(child<QLabel>(e, "emailError")->isVisible());
    QVERIFY(!child<QPushButton>(e, "save")->isEnabled());
    // Refused by the store: a duplicate, shown at the field; the input stays.
    email->selectAll();
    QTest::keyClicks(email, u"USER0001@example.com"_s);
    QVERIFY(!child<QLabel>(e, "emailError")->isVisible());
    QTest::mouseClick(child<QPushButton>(e, "save"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(e, "emailError")->isVisible());
    QVERIFY2(child<QLabel>(e, "emailError")->text().contains(u"belongs to user"_s),
             qPrintable(child<QLabel>(e, "emailError")->text()));
    QCOMPARE(email->text(), u"USER0001@example.com"_s);
    QVERIFY(p.page.hasUnsavedChanges());
    QCOMPARE(f.store->userByEmail("user0000@example.com")->version, std::int64_t(1));
    // An invalid JSON value in the metadata keeps Save off and stays typed.
    email->selectAll();
    QTest::keyClicks(email, u"user0000@example.com"_s);
    auto* metadata = child<ui::MetadataEditor>(e, "metadata");
    metadata->table()->item(0, 1)->setText(u"pro"_s);
    QVERIFY(!metadata->isValid());
    QVERIFY(!child<QPushButton>(e, "save")->isEnabled());
    QCOMPARE(metadata->table()->item(0, 1)->text(), u"pro"_s);
}

void TestUsersPage::limitsOfTheStoreAreCheckedAsYouType()
{
    test::UiFixture f;
    QVERIFY(!f.store->setLimitsProfile("workos"));
    model::User u;
    u.email = "w@example.com";
    u.metadata = json::Value::object({{"plan", "pro"}});
    QVERIFY(f.store->createUser(u));
    f.session().setLimits(model::LimitsProfile::WorkOS);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 1);
    p.select(0);
    ui::UserEditor* e = p.editor();
    QTRY_COMPARE(child<QLineEdit>(e, "email")->text(), u"w@example.com"_s);
    auto* metadata = child<ui::MetadataEditor>(e, "metadata");
    // WorkOS metadata values are strings.
    metadata->table()->item(0, 1)->setText(u"25"_s);
    QVERIFY(!metadata->isValid());
    QVERIFY(metadata->problem().contains(u"plan"_s));
    QVERIFY(!child<QPushButton>(e, "save")->isEnabled());
    metadata->table()->item(0, 1)->setText(u"\"25\""_s);
    QVERIFY(metadata->isValid());
    QVERIFY(child<QPushButton>(e, "save")->isEnabled());
}

void TestUsersPage::conflictReloadAndOverwrite()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    seed(f.store, 2);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 2);
    p.select(0);
    ui::UserEditor* e = p.editor();
    auto* last = child<QLineEdit>(e, "lastName");
    QTRY_COMPARE(last->text(), u"Last2"_s);
    // Someone else saves first.
    model::User theirs = *f.store->userByEmail("user0000@example.com");
    theirs.lastName = "Theirs";
    QVERIFY(f.store->updateUser(theirs));
    last->selectAll();
    QTest::keyClicks(last, u"Mine"_s);
    prompter.conflictAnswers.push_back(ui::Prompter::ConflictChoice::Reload);
    QTest::mouseClick(child<QPushButton>(e, "save"), Qt::LeftButton);
    QTRY_COMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].startsWith(u"conflict: "_s));
    QVERIFY(prompter.lastMine.contains(u"Mine"_s));
    QVERIFY(prompter.lastTheirs.contains(u"Theirs"_s));
    QTRY_COMPARE(last->text(), u"Theirs"_s);
    QVERIFY(!p.page.hasUnsavedChanges());
    // Again, and this time overwrite.
    theirs = *f.store->userByEmail("user0000@example.com");
    theirs.firstName = "Other";
    QVERIFY(f.store->updateUser(theirs));
    last->selectAll();
    QTest::keyClicks(last, u"Mine"_s);
    prompter.conflictAnswers.push_back(ui::Prompter::ConflictChoice::Overwrite);
    QTest::mouseClick(child<QPushButton>(e, "save"), Qt::LeftButton);
    QTRY_COMPARE(f.store->userByEmail("user0000@example.com")->lastName.value(),
                 std::string("Mine"));
    QCOMPARE(prompter.asked.size(), 2);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    // Keep editing leaves everything typed.
    theirs = *f.store->userByEmail("user0000@example.com");
    theirs.firstName = "Third";
    QVERIFY(f.store->updateUser(theirs));
    last->selectAll();
    QTest::keyClicks(last, u"Kept"_s);
    prompter.conflictAnswers.push_back(ui::Prompter::ConflictChoice::KeepEditing);
    QTest::mouseClick(child<QPushButton>(e, "save"), Qt::LeftButton);
    QTRY_COMPARE(prompter.asked.size(), 3);
    QCOMPARE(last->text(), u"Kept"_s);
    QVERIFY(p.page.hasUnsavedChanges());
    QTRY_VERIFY(child<QLabel>(e, "formError")->isVisible());
}

void TestUsersPage::createAndDelete()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    seed(f.store, 3);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 3);
    p.page.createNew();
    ui::UserEditor* e = p.editor();
    QVERIFY(e->isNew());
    QTest::keyClicks(child<QLineEdit>(e, "email"), u"new@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(e, "externalId"), u"crm-new"_s);
    QTest::mouseClick(child<QPushButton>(e, "save"), Qt::LeftButton);
    QTRY_VERIFY(!e->isNew());
    const auto created = f.store->userByEmail("new@example.com");
    QVERIFY(created);
    QCOMPARE(created->externalId.value(), std::string("crm-new"));
    // The list shows it and selects it.
    QTRY_COMPARE(p.model()->rowCount(), 4);
    QTRY_COMPARE(p.page.table()->currentIndex().row(), p.model()->rowOf(created->id));
    // Delete: cancelled, then confirmed.
    prompter.confirmAnswers = {false, true};
    e->deleteUser();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].contains(u"new@example.com"_s));
    QVERIFY(f.store->user(created->id));
    e->deleteUser();
    QTRY_COMPARE(f.store->user(created->id).error().kind, store::ErrorKind::NotFound);
    QTRY_COMPARE(p.model()->rowCount(), 3);
}

void TestUsersPage::closingTheStoreClearsThePage()
{
    test::UiFixture f;
    seed(f.store, 3);
    Page p(f);
    QTRY_COMPARE(p.model()->rowCount(), 3);
    p.select(0);
    QTRY_VERIFY(!p.editor()->userId().isEmpty());
    p.page.setSession(nullptr);
    QCOMPARE(p.model()->rowCount(), 0);
    QVERIFY(p.editor()->userId().isEmpty());
    QVERIFY(!p.page.hasUnsavedChanges());
}

QTEST_MAIN(TestUsersPage)
#include "tst_ui_users.moc"
