// The Audit Log page on a temporary store with a few hundred events: paging
// as the table scrolls, every filter against the store's own query, the diff
// of updates, creations and deletions, refreshing, and the closed store.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "audit/AuditDiffModel.h"
#include "audit/AuditDiffView.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <functional>
#include <set>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

constexpr model::Millis kStep = 60'000; // the clock moves a minute per write

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// What the seeded store holds, for the tests to look up.
struct Seeded
{
    std::vector<model::User> users;
    model::User updated;     // first_name Ada → Grace, metadata plan free → pro
    model::User deleted;     // created, then deleted
    model::Organization org; // created by carol
    model::Millis bobFrom = 0;
    model::Millis bobTo = 0;
    std::int64_t total = 0;
};

std::vector<std::int64_t> storeIds(test::TempStore& store, store::AuditQuery query)
{
    std::vector<std::int64_t> ids;
    query.limit = 200;
    query.after.clear();
    for (;;) {
        auto page = store->findAuditEvents(query);
        if (!page)
            qFatal("audit query failed: %s", page.error().message.c_str());
        for (const model::AuditEvent& e : page->items)
            ids.push_back(e.id);
        if (page->next.empty())
            return ids;
        query.after = page->next;
    }
}

model::User makeUser(test::TempStore& store, const std::string& email,
                     std::optional<std::string> firstName = {})
{
    model::User u;
    u.email = email;
    u.firstName = std::move(firstName);
    auto created = store->createUser(u);
    if (!created)
        qFatal("cannot create %s: %s", email.c_str(), created.error().message.c_str());
    store.clock.advance(kStep);
    return created.value();
}

// 150 users by alice, 110 by bob, an update and a deletion, an organization,
// a role and a permission by carol: 265 events.
Seeded seed(test::TempStore& store)
{
    Seeded s;
    store->setActor("alice");
    for (int i = 0; i < 150; ++i)
        s.users.push_back(makeUser(store, "alice" + std::to_string(i) + "@example.com"));
    store->setActor("bob");
    s.bobFrom = store.clock.now();
    for (int i = 0; i < 110; ++i)
        s.users.push_back(makeUser(store, "bob" + std::to_string(i) + "@example.com"));
    s.bobTo = store.clock.now() - kStep;
    store->setActor("carol");
    model::User ada = makeUser(store, "ada@example.com", "Ada");
    ada.metadata = json::Value::object({{"plan", "free"}});
    ada = store->updateUser(ada).value();
    store.clock.advance(kStep);
    ada.firstName = "Grace";
    ada.metadata = json::Value::object({{"plan", "pro"}});
    s.updated = store->updateUser(ada).value();
    store.clock.advance(kStep);
    s.deleted = makeUser(store, "gone@example.com", "Gone");
    if (store->deleteUser(s.deleted.id, s.deleted.version))
        qFatal("cannot delete a user");
    store.clock.advance(kStep);
    model::Organization org;
    org.name = "Acme";
    s.org = store->createOrganization(org).value();
    store.clock.advance(kStep);
    model::Permission permission;
    permission.slug = "reports:read";
    permission.name = "Read reports";
    if (!store->createPermission(permission))
        qFatal("cannot create a permission");
    model::Role role;
    role.slug = "analyst";
    role.name = "Analyst";
    role.permissions = {"reports:read"};
    if (!store->createRole(role))
        qFatal("cannot create a role");
    s.total = static_cast<std::int64_t>(storeIds(store, {}).size());
    return s;
}

std::vector<std::int64_t> modelIds(const ui::AuditEventModel& model)
{
    std::vector<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.eventAt(row)->id);
    return ids;
}

} // namespace

class TestUiAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::AuditPage> openPage(test::UiFixture& f)
    {
        auto page = std::make_unique<ui::AuditPage>();
        page->resize(1200, 800);
        page->setSession(&f.session());
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !page->eventModel()->isLoading(); }, 10000))
            return nullptr;
        return page;
    }

    // Fetches every page of the model's query.
    static bool loadAll(ui::AuditEventModel& model)
    {
        return QTest::qWaitFor(
            [&] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.atEnd() && !model.isLoading();
            },
            20000);
    }

    template <class W>
    W* child(QWidget* parent, const QString& name)
    {
        W* w = parent->findChild<W*>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    // The page's rows after the filters settle: equal to the store's own
    // query, fewer than all, more than none, each one passing `check`.
    void expectFiltered(ui::AuditPage& page, test::UiFixture& f, const Seeded& s,
                        const std::function<bool(const model::AuditEvent&)>& check)
    {
        ui::AuditEventModel& model = *page.eventModel();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(loadAll(model));
        const store::AuditQuery query = page.filterBar()->query();
        const std::vector<std::int64_t> expected = storeIds(f.store, query);
        QVERIFY(modelIds(model) == expected);
        QVERIFY(!expected.empty());
        QVERIFY(static_cast<std::int64_t>(expected.size()) < s.total);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(check(*model.eventAt(row)), qPrintable(qs(model.eventAt(row)->action)));
    }

    // Clicks the row of the event with `id` (loading pages until it shows).
    void clickEvent(ui::AuditPage& page, std::int64_t id)
    {
        ui::AuditEventModel& model = *page.eventModel();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(loadAll(model));
        const int row = model.rowOfId(id);
        QVERIFY(row >= 0);
        QTableView* table = page.table();
        const QModelIndex index = model.index(row, ui::AuditEventModel::ActionColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), row);
    }

    void typeFilter(ui::AuditPage& page, const QString& name, const QString& text)
    {
        auto* edit = child<QLineEdit>(&page, name);
        QVERIFY(edit);
        const store::AuditQuery before = page.eventModel()->query();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        // Debounced: the query has not restarted yet.
        QVERIFY(page.eventModel()->query().actor == before.actor);
        QVERIFY(page.eventModel()->query().action == before.action);
        QVERIFY(page.eventModel()->query().targetId == before.targetId);
        QTRY_VERIFY(page.eventModel()->query().actor == page.filterBar()->query().actor &&
                    page.eventModel()->query().action == page.filterBar()->query().action &&
                    page.eventModel()->query().targetId == page.filterBar()->query().targetId);
    }

    const model::AuditEvent* findEvent(test::TempStore& store, const std::string& action,
                                       const std::string& targetId, model::AuditEvent& out)
    {
        store::AuditQuery q;
        q.action = action;
        q.targetId = targetId;
        auto page = store->findAuditEvents(q);
        if (!page || page->items.empty())
            return nullptr;
        out = page->items.front();
        return &out;
    }

private slots:
    void modelPagesNewestFirstWithoutDuplicates()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        QVERIFY(s.total > 250);
        ui::AuditEventModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.canFetchMore({}));
        model.setWorker(&*f.session().worker());
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), ui::AuditEventModel::kPageSize);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.atEnd());
        QVERIFY(model.canFetchMore({}));
        int last = model.rowCount();
        while (model.canFetchMore({})) {
            model.fetchMore({});
            // A second call while a page loads asks for nothing more.
            QVERIFY(!model.canFetchMore({}));
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.rowCount() > last);
            QVERIFY(model.rowCount() - last <= ui::AuditEventModel::kPageSize);
            last = model.rowCount();
        }
        QVERIFY(model.atEnd());
        QCOMPARE(static_cast<std::int64_t>(model.rowCount()), s.total);
        const std::vector<std::int64_t> ids = modelIds(model);
        QCOMPARE(std::set<std::int64_t>(ids.begin(), ids.end()).size(), ids.size());
        for (std::size_t i = 1; i < ids.size(); ++i)
            QVERIFY(ids[i - 1] > ids[i]);
        for (std::size_t i = 1; i < ids.size(); ++i)
            QVERIFY(model.eventAt(static_cast<int>(i - 1))->at >=
                    model.eventAt(static_cast<int>(i))->at);
        QVERIFY(ids == storeIds(f.store, {}));
        // The newest event is the role carol created.
        QCOMPARE(model.index(0, ui::AuditEventModel::ActionColumn).data().toString(),
                 u"role.create"_s);
        QCOMPARE(model.index(0, ui::AuditEventModel::ActorColumn).data().toString(), u"carol"_s);
        QCOMPARE(model.index(0, ui::AuditEventModel::TargetColumn).data().toString(),
                 u"role · analyst"_s);
        model.setWorker(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void scrollingTheTableLoadsMore()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QTRY_COMPARE(page->eventModel()->rowCount(), ui::AuditEventModel::kPageSize);
        auto* count = child<QLabel>(page.get(), u"auditCountLabel"_s);
        QVERIFY(count->text().contains(u"scroll"_s));
        QTableView* table = page->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 5 && !page->eventModel()->atEnd(); ++i) {
            const int before = page->eventModel()->rowCount();
            QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
            QTRY_VERIFY(page->eventModel()->rowCount() > before || page->eventModel()->atEnd());
        }
        QTRY_VERIFY(page->eventModel()->atEnd());
        QCOMPARE(static_cast<std::int64_t>(page->eventModel()->rowCount()), s.total);
        QTRY_VERIFY(!count->text().contains(u"scroll"_s));
    }

    void actorFilter()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        // Ctrl+F puts the cursor in the first filter, the actor.
        page->focusSearch();
        QTRY_VERIFY(child<QLineEdit>(page.get(), u"actorFilter"_s)->hasFocus());
        typeFilter(*page, u"actorFilter"_s, u"bob"_s);
        QCOMPARE(page->filterBar()->query().actor, std::string("bob"));
        expectFiltered(*page, f, s, [](const model::AuditEvent& e) { return e.actor == "bob"; });
        QCOMPARE(page->eventModel()->rowCount(), 110);
        // Escape clears it, and every event is back.
        QTest::keyClick(child<QLineEdit>(page.get(), u"actorFilter"_s), Qt::Key_Escape);
        QTRY_VERIFY(page->eventModel()->query().actor.empty());
        QTRY_VERIFY(!page->eventModel()->isLoading());
        QVERIFY(loadAll(*page->eventModel()));
        QCOMPARE(static_cast<std::int64_t>(page->eventModel()->rowCount()), s.total);
    }

    void actionFilterExactAndPrefix()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        typeFilter(*page, u"actionFilter"_s, u"user.update"_s);
        expectFiltered(*page, f, s,
                       [](const model::AuditEvent& e) { return e.action == "user.update"; });
        QCOMPARE(page->eventModel()->rowCount(), 2);

        auto* action = child<QLineEdit>(page.get(), u"actionFilter"_s);
        action->clear();
        typeFilter(*page, u"actionFilter"_s, u"role."_s);
        expectFiltered(*page, f, s, [](const model::AuditEvent& e) {
            return QString::fromStdString(e.action).startsWith(u"role."_s);
        });
        QCOMPARE(page->eventModel()->rowCount(), 1);
    }

    void targetFilters()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        auto* type = child<QComboBox>(page.get(), u"targetTypeFilter"_s);
        QVERIFY(type);
        for (const char* t : {"user", "organization", "membership", "role", "permission",
                              "application", "template", "signing_key", "store"})
            QVERIFY2(type->findData(QString::fromLatin1(t)) >= 0, t);
        type->setFocus();
        type->setCurrentIndex(type->findData(u"organization"_s));
        QCOMPARE(page->eventModel()->query().targetType, std::string("organization"));
        expectFiltered(*page, f, s,
                       [](const model::AuditEvent& e) { return e.targetType == "organization"; });
        QCOMPARE(page->eventModel()->rowCount(), 1);

        type->setCurrentIndex(type->findData(u"user"_s));
        typeFilter(*page, u"targetIdFilter"_s, qs(s.updated.id));
        expectFiltered(*page, f, s, [&](const model::AuditEvent& e) {
            return e.targetType == "user" && e.targetId == s.updated.id;
        });
        // Created, given metadata, renamed.
        QCOMPARE(page->eventModel()->rowCount(), 3);
    }

    void timeRangeFilter()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        auto* fromEdit = child<QDateTimeEdit>(page.get(), u"fromEdit"_s);
        auto* toEdit = child<QDateTimeEdit>(page.get(), u"toEdit"_s);
        QVERIFY(!fromEdit->isEnabled());
        QTest::mouseClick(child<QCheckBox>(page.get(), u"fromAnyCheck"_s), Qt::LeftButton);
        QVERIFY(fromEdit->isEnabled());
        fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(s.bobFrom));
        QTest::mouseClick(child<QCheckBox>(page.get(), u"toAnyCheck"_s), Qt::LeftButton);
        toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(s.bobTo));
        QTRY_VERIFY(page->eventModel()->query().from == s.bobFrom &&
                    page->eventModel()->query().to == s.bobTo + 1000);
        expectFiltered(*page, f, s, [&](const model::AuditEvent& e) {
            return e.at >= s.bobFrom && e.at <= s.bobTo;
        });
        // Bob's writes, each a minute apart, and nothing else.
        QCOMPARE(page->eventModel()->rowCount(), 110);
        for (int row = 0; row < page->eventModel()->rowCount(); ++row)
            QCOMPARE(page->eventModel()->eventAt(row)->actor, std::string("bob"));
    }

    void noMatchesSaysSo()
    {
        test::UiFixture f;
        seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        typeFilter(*page, u"actorFilter"_s, u"nobody"_s);
        QTRY_VERIFY(!page->eventModel()->isLoading());
        QCOMPARE(page->eventModel()->rowCount(), 0);
        auto* message = child<QLabel>(page.get(), u"auditListMessage"_s);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), u"No events match these filters"_s);
        QTest::mouseClick(child<QWidget>(page.get(), u"clearFiltersButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(page.get(), u"actorFilter"_s)->text(), QString());
        QTRY_COMPARE(page->eventModel()->rowCount(), ui::AuditEventModel::kPageSize);
        QTRY_VERIFY(!message->isVisible());
    }

    void updateShowsBeforeAndAfter()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        model::AuditEvent update;
        QVERIFY(findEvent(f.store, "user.update", s.updated.id, update));
        typeFilter(*page, u"targetIdFilter"_s, qs(s.updated.id));
        clickEvent(*page, update.id);

        ui::AuditDiffModel* diff = page->diffView()->diffModel();
        QAbstractItemModelTester tester(diff,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(diff->kind(), ui::AuditDiffModel::Kind::Update);
        int firstName = -1;
        int metadata = -1;
        for (int row = 0; row < diff->rowCount(); ++row) {
            const QString member =
                diff->index(row, ui::AuditDiffModel::MemberColumn).data().toString();
            if (member == u"first_name"_s)
                firstName = row;
            if (member == u"metadata"_s)
                metadata = row;
        }
        QVERIFY(firstName >= 0);
        QVERIFY(metadata >= 0);
        auto cell = [&](int row, int column) { return diff->index(row, column).data().toString(); };
        QCOMPARE(cell(firstName, ui::AuditDiffModel::ChangeColumn), u"changed"_s);
        QCOMPARE(cell(firstName, ui::AuditDiffModel::BeforeColumn), u"\"Ada\""_s);
        QCOMPARE(cell(firstName, ui::AuditDiffModel::AfterColumn), u"\"Grace\""_s);
        QCOMPARE(cell(metadata, ui::AuditDiffModel::BeforeColumn), u"{\"plan\":\"free\"}"_s);
        QCOMPARE(cell(metadata, ui::AuditDiffModel::AfterColumn), u"{\"plan\":\"pro\"}"_s);
        // Before reads red, after green.
        const QColor before = diff->index(firstName, ui::AuditDiffModel::BeforeColumn)
                                  .data(Qt::BackgroundRole)
                                  .value<QBrush>()
                                  .color();
        const QColor after = diff->index(firstName, ui::AuditDiffModel::AfterColumn)
                                 .data(Qt::BackgroundRole)
                                 .value<QBrush>()
                                 .color();
        QVERIFY(before.red() > before.green());
        QVERIFY(after.green() > after.red());
        QVERIFY(page->diffView()->summaryText().contains(u"user.update"_s));
        QVERIFY(page->diffView()->summaryText().contains(u"carol"_s));
        QVERIFY(page->diffView()->summaryText().contains(u"2 changed"_s));
        auto* diffTable = child<QTableView>(page.get(), u"diffTable"_s);
        QVERIFY(diffTable->isVisible());
        QVERIFY(!diffTable->isColumnHidden(ui::AuditDiffModel::BeforeColumn));
        QVERIFY(!diffTable->isColumnHidden(ui::AuditDiffModel::AfterColumn));
    }

    void creationAndDeletionRender()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        typeFilter(*page, u"targetIdFilter"_s, qs(s.deleted.id));
        model::AuditEvent created;
        model::AuditEvent deleted;
        QVERIFY(findEvent(f.store, "user.create", s.deleted.id, created));
        QVERIFY(findEvent(f.store, "user.delete", s.deleted.id, deleted));
        ui::AuditDiffModel* diff = page->diffView()->diffModel();
        auto* diffTable = child<QTableView>(page.get(), u"diffTable"_s);
        auto valueOf = [&](const QString& member, int column) {
            for (int row = 0; row < diff->rowCount(); ++row) {
                if (diff->index(row, ui::AuditDiffModel::MemberColumn).data().toString() == member)
                    return diff->index(row, column).data().toString();
            }
            return u"(absent)"_s;
        };

        clickEvent(*page, created.id);
        QCOMPARE(diff->kind(), ui::AuditDiffModel::Kind::Creation);
        QVERIFY(diff->rowCount() > 3);
        QCOMPARE(diff->count(ui::AuditDiffModel::Change::Added), diff->rowCount());
        QCOMPARE(valueOf(u"email"_s, ui::AuditDiffModel::AfterColumn), u"\"gone@example.com\""_s);
        QVERIFY(diffTable->isColumnHidden(ui::AuditDiffModel::BeforeColumn));
        QVERIFY(!diffTable->isColumnHidden(ui::AuditDiffModel::AfterColumn));
        QCOMPARE(diff->headerData(ui::AuditDiffModel::AfterColumn, Qt::Horizontal).toString(),
                 u"Value"_s);
        QVERIFY(page->diffView()->summaryText().contains(u"Created"_s));

        clickEvent(*page, deleted.id);
        QCOMPARE(diff->kind(), ui::AuditDiffModel::Kind::Deletion);
        QVERIFY(diff->rowCount() > 3);
        QCOMPARE(diff->count(ui::AuditDiffModel::Change::Removed), diff->rowCount());
        QCOMPARE(valueOf(u"first_name"_s, ui::AuditDiffModel::BeforeColumn), u"\"Gone\""_s);
        QVERIFY(!diffTable->isColumnHidden(ui::AuditDiffModel::BeforeColumn));
        QVERIFY(diffTable->isColumnHidden(ui::AuditDiffModel::AfterColumn));
        QVERIFY(page->diffView()->summaryText().contains(u"Deleted"_s));
    }

    void unchangedMembersBehindTheToggle()
    {
        ui::AuditDiffView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.diffModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model::AuditEvent e;
        e.id = 7;
        e.action = "application.update";
        e.targetType = "application";
        e.targetId = "app_1";
        e.actor = "dana";
        e.before = json::Value::object({{"name", "A"}, {"lifetime", 60}, {"old", true}});
        e.after = json::Value::object({{"name", "A"}, {"lifetime", 120}, {"new", "x"}});
        view.setEvent(&e);
        ui::AuditDiffModel* diff = view.diffModel();
        QCOMPARE(diff->rowCount(), 3);
        QCOMPARE(diff->rowAt(0)->member, u"lifetime"_s);
        QCOMPARE(diff->rowAt(0)->change, ui::AuditDiffModel::Change::Changed);
        QCOMPARE(diff->rowAt(1)->member, u"old"_s);
        QCOMPARE(diff->rowAt(1)->change, ui::AuditDiffModel::Change::Removed);
        QCOMPARE(diff->rowAt(2)->member, u"new"_s);
        QCOMPARE(diff->rowAt(2)->change, ui::AuditDiffModel::Change::Added);
        auto* toggle = view.findChild<QCheckBox*>(u"showUnchangedCheck"_s);
        QVERIFY(toggle && toggle->isVisible() && toggle->isEnabled());
        QVERIFY(toggle->text().contains(u"(1)"_s));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(diff->rowCount(), 4);
        QCOMPARE(diff->rowAt(0)->member, u"name"_s);
        QCOMPARE(diff->rowAt(0)->change, ui::AuditDiffModel::Change::Unchanged);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(diff->rowCount(), 3);
        // Long values are pretty, short ones compact.
        json::Value big{json::Object{}};
        for (int i = 0; i < 12; ++i)
            big.set("key" + std::to_string(i), "value " + std::to_string(i));
        QVERIFY(ui::AuditDiffModel::valueText(big).contains(u'\n'));
        QVERIFY(!ui::AuditDiffModel::valueText(json::Value::object({{"a", 1}})).contains(u'\n'));
        view.setEvent(nullptr);
        QCOMPARE(diff->rowCount(), 0);
        QVERIFY(view.findChild<QLabel*>(u"diffPlaceholder"_s)->isVisible());
    }

    void refreshesWhenAnotherPageWrites()
    {
        test::UiFixture f;
        const Seeded s = seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        ui::AuditEventModel& model = *page->eventModel();
        QTRY_COMPARE(model.rowCount(), ui::AuditEventModel::kPageSize);
        // The selection stays on its event when newer ones come in on top.
        const std::int64_t selectedId = model.eventAt(3)->id;
        clickEvent(*page, selectedId);

        const model::User fresh = makeUser(f.store, "fresh@example.com");
        f.session().notifyChanged(ui::DataKind::Users);
        QTRY_COMPARE(model.rowCount(), static_cast<int>(s.total) + 1);
        QCOMPARE(model.eventAt(0)->targetId, fresh.id);
        QCOMPARE(model.eventAt(0)->action, std::string("user.create"));
        const QModelIndexList selected = page->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model.eventAt(selected.first().row())->id, selectedId);

        // F5 finds what was written without a notice.
        const model::User another = makeUser(f.store, "another@example.com");
        page->refresh();
        QTRY_COMPARE(model.eventAt(0)->targetId, another.id);
        std::vector<std::int64_t> ids = modelIds(model);
        QCOMPARE(std::set<std::int64_t>(ids.begin(), ids.end()).size(), ids.size());

        // A hidden page refreshes when it is shown again.
        page->hide();
        const model::User third = makeUser(f.store, "third@example.com");
        f.session().notifyChanged(ui::DataKind::Users);
        QVERIFY(f.idle());
        QCOMPARE(model.eventAt(0)->targetId, another.id);
        page->show();
        QTRY_COMPARE(model.eventAt(0)->targetId, third.id);
    }

    void closingTheStoreClears()
    {
        test::UiFixture f;
        seed(f.store);
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QTRY_VERIFY(page->eventModel()->rowCount() > 0);
        clickEvent(*page, page->eventModel()->eventAt(0)->id);
        QVERIFY(!page->diffView()->summaryText().trimmed().isEmpty());
        page->setSession(nullptr);
        QCOMPARE(page->eventModel()->rowCount(), 0);
        QVERIFY(!page->eventModel()->canFetchMore({}));
        QVERIFY(page->diffView()->summaryText().trimmed().isEmpty());
        auto* message = child<QLabel>(page.get(), u"auditListMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"No store"_s));
        QVERIFY(!child<QWidget>(page.get(), u"auditFilterBar"_s)->isEnabled());
        // Nothing arrives later from the closed session.
        QVERIFY(f.idle());
        QCOMPARE(page->eventModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestUiAudit)
#include "tst_ui_audit.moc"
