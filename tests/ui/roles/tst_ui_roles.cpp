// The Roles & Permissions page against a temporary store: the lists, the
// filter, creating, editing with undo, refused writes shown at the field,
// deleting with confirmation, conflicts, and closing the store.

#include "UiTestSupport.h"
#include "roles/PermissionListModel.h"
#include "roles/PermissionsPanel.h"
#include "roles/RecordListModel.h"
#include "roles/RoleListModel.h"
#include "roles/RolesPage.h"
#include "roles/RolesPanel.h"
#include "roles/Slug.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

template <class T>
T must(store::Result<T> r)
{
    if (!r)
        qFatal("store: %s", r.error().message.c_str());
    return std::move(r).value();
}

void seed(store::Store& s)
{
    must(s.createPermission({"users:read", "Read users", "See users and their metadata", 0}));
    must(s.createPermission({"users:write", "Write users", "Change users", 0}));
    must(s.createPermission({"billing:read", "Read billing", "See invoices", 0}));
    must(s.createRole({"admin", "Administrator", "Everything", {"users:read", "users:write"}, 0}));
    must(s.createRole({"viewer", "Viewer", "Looks only", {"users:read"}, 0}));
}

// The page on a seeded store, shown and active (shortcuts need an active window).
struct Harness
{
    test::UiFixture f;
    test::TestPrompter prompter;
    ui::RolesPage page;

    Harness()
    {
        seed(*f.store);
        page.resize(1200, 760);
        page.show();
        page.activateWindow();
    }
    ~Harness() { page.setSession(nullptr); }

    template <class T>
    T* get(const char* name)
    {
        T* w = page.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    ui::RoleListModel* roles() { return page.rolesPanel()->roles(); }
    ui::PermissionListModel* permissions() { return page.permissionsPanel()->permissions(); }
    model::Role storedRole(const char* slug) { return must(f.store->role(slug)); }
    std::optional<model::Permission> storedPermission(const std::string& slug)
    {
        for (const model::Permission& p : must(f.store->permissions())) {
            if (p.slug == slug)
                return p;
        }
        return std::nullopt;
    }
    // Clicks the row of `key` in the list `view`.
    bool clickRow(const char* view, const QString& key)
    {
        auto* table = get<QTableView>(view);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(ui::RecordListModel::KeyRole).toString() == key) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualRect(index).center());
                return true;
            }
        }
        return false;
    }
    // Replaces the text of a line edit as typed.
    void type(const char* name, const QString& text)
    {
        auto* edit = get<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    QListWidgetItem* permissionItem(const QString& slug)
    {
        auto* list = get<QListWidget>("rolePermissions");
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == slug)
                return list->item(i);
        }
        return nullptr;
    }
    // Toggles a permission's checkbox with the keyboard (Space on the row).
    void toggle(const QString& slug)
    {
        auto* list = get<QListWidget>("rolePermissions");
        QListWidgetItem* item = permissionItem(slug);
        QVERIFY(item);
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Space);
    }
    std::vector<model::AuditEvent> audit(const char* action)
    {
        store::AuditQuery q;
        q.action = action;
        return must(f.store->findAuditEvents(q)).items;
    }
};

} // namespace

class TestRolesPage : public QObject
{
    Q_OBJECT

private slots:
    void slugRule_data();
    void slugRule();
    void loadsAndShows();
    void filters();
    void ctrlNFollowsTheTab();
    void createsRole();
    void invalidSlugAtField();
    void duplicateSlugRefusedAtField();
    void editUndoSave();
    void deleteConfirmed();
    void deleteRoleInUseRefused();
    void deletePermissionInUseRefused();
    void conflictReload();
    void conflictOverwrite();
    void unsavedChangesGuardSelection();
    void createsAndEditsPermission();
    void undoStackFollowsTab();
    void closingStoreClears();
};

void TestRolesPage::slugRule_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << u"admin"_s << true;
    QTest::newRow("all characters") << u"Org-1_a:b.c"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"bad slug"_s << false;
    QTest::newRow("umlaut") << u"größe"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("100") << QString(100, u'a') << true;
    QTest::newRow("101") << QString(101, u'a') << false;
}

void TestRolesPage::slugRule()
{
    // The same rule as the store's: what the field accepts, the store accepts.
    QFETCH(QString, slug);
    QFETCH(bool, ok);
    QCOMPARE(ui::slugProblem(slug).isEmpty(), ok);
    test::TempStore s;
    const auto created = s->createPermission({slug.toStdString(), "x", "", 0});
    QCOMPARE(created.ok(), ok);
}

void TestRolesPage::loadsAndShows()
{
    Harness h;
    QAbstractItemModelTester roleTester(h.roles(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester permissionTester(
        h.permissions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* list = h.get<QTableView>("roleList");
    QAbstractItemModelTester proxyTester(list->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Loading is shown until the list arrives.
    h.page.setSession(&h.f.session());
    QCOMPARE(h.get<QLabel>("roleListMessage")->text(), u"Loading roles…"_s);

    QTRY_COMPARE(h.roles()->rowCount(), 2);
    QTRY_COMPARE(h.permissions()->rowCount(), 3);
    QCOMPARE(h.roles()->index(0, ui::RoleListModel::Slug).data().toString(), u"admin"_s);
    QCOMPARE(h.roles()->index(0, ui::RoleListModel::Name).data().toString(), u"Administrator"_s);
    QCOMPARE(h.roles()->index(0, ui::RoleListModel::Permissions).data().toInt(), 2);
    QCOMPARE(h.roles()->index(1, ui::RoleListModel::Permissions).data().toInt(), 1);
    QCOMPARE(h.permissions()->index(0, ui::PermissionListModel::Slug).data().toString(),
             u"billing:read"_s);
    QCOMPARE(h.permissions()->index(0, ui::PermissionListModel::Description).data().toString(),
             u"See invoices"_s);
    QVERIFY(h.get<QLabel>("roleListMessage")->isHidden());

    // The first role is shown: every permission as a checkbox, its own checked.
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    QVERIFY(h.get<QLineEdit>("roleSlug")->isReadOnly());
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), u"Administrator"_s);
    QCOMPARE(h.get<QPlainTextEdit>("roleDescription")->toPlainText(), u"Everything"_s);
    QCOMPARE(h.get<QListWidget>("rolePermissions")->count(), 3);
    QCOMPARE(h.permissionItem(u"users:read"_s)->checkState(), Qt::Checked);
    QCOMPARE(h.permissionItem(u"users:write"_s)->checkState(), Qt::Checked);
    QCOMPARE(h.permissionItem(u"billing:read"_s)->checkState(), Qt::Unchecked);
    // Every row has a checkbox, the unchecked ones too.
    QVERIFY(h.permissionItem(u"billing:read"_s)->data(Qt::CheckStateRole).isValid());
    QVERIFY(h.permissionItem(u"billing:read"_s)->flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(h.get<QLabel>("rolePermissionCount")->text(), u"2 of 3 permissions granted"_s);
    QVERIFY(!h.get<QPushButton>("roleSave")->isEnabled());
    QVERIFY(!h.page.hasUnsavedChanges());

    // The permission tab shows which roles grant the permission.
    QTRY_COMPARE(h.get<QLineEdit>("permissionSlug")->text(), u"billing:read"_s);
    QVERIFY(h.clickRow("permissionList", u"users:read"_s));
    QCOMPARE(h.get<QLineEdit>("permissionSlug")->text(), u"users:read"_s);
    QCOMPARE(h.get<QLabel>("permissionGrantedBy")->text(), u"admin, viewer"_s);

    // F5 reloads (and the testers watch the reset).
    h.page.refresh();
    QVERIFY(h.f.idle());
    QCOMPARE(h.roles()->rowCount(), 2);
}

void TestRolesPage::filters()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    auto* filter = h.get<QLineEdit>("roleFilter");
    auto* list = h.get<QTableView>("roleList");

    // Ctrl+F puts the cursor in the filter field.
    h.page.focusSearch();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"look"_s); // the description of viewer
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"viewer"_s);
    QCOMPARE(h.get<QLabel>("roleCount")->text(), u"Showing 1 of 2"_s);

    QTest::keyClicks(filter, u"zzz"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    auto* message = h.get<QLabel>("roleListMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"No role matches “lookzzz”."_s);

    // Escape clears the filter.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(message->isHidden());
}

void TestRolesPage::ctrlNFollowsTheTab()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    h.page.createNew();
    QVERIFY(h.page.rolesPanel()->isCreating());
    QVERIFY(!h.page.permissionsPanel()->isCreating());
    QCOMPARE(h.get<QLabel>("roleTitle")->text(), u"New role"_s);

    h.page.tabs()->setCurrentWidget(h.page.permissionsPanel());
    h.page.createNew();
    QVERIFY(h.page.permissionsPanel()->isCreating());
    QCOMPARE(h.get<QLabel>("permissionTitle")->text(), u"New permission"_s);
    QVERIFY(!h.get<QLineEdit>("permissionSlug")->isReadOnly());
}

void TestRolesPage::createsRole()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    QSignalSpy status(&h.page, &ui::Page::statusMessage);

    h.page.createNew();
    QVERIFY(h.get<QLineEdit>("roleSlug")->hasFocus());
    QTest::keyClicks(h.get<QLineEdit>("roleSlug"), u"billing-admin"_s);
    h.type("roleName", u"Billing admin"_s);
    h.toggle(u"billing:read"_s);
    h.toggle(u"users:read"_s);
    QCOMPARE(h.get<QLabel>("rolePermissionCount")->text(), u"2 of 3 permissions granted"_s);
    QVERIFY(h.page.hasUnsavedChanges());
    QVERIFY(h.get<QLabel>("roleSlugError")->isHidden());

    // Ctrl+S saves.
    QTest::keyClick(h.get<QLineEdit>("roleName"), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(h.f.store->role("billing-admin").ok());
    const model::Role r = h.storedRole("billing-admin");
    QCOMPARE(r.name, std::string("Billing admin"));
    QCOMPARE(r.permissions, (std::vector<std::string>{"billing:read", "users:read"}));
    QTRY_COMPARE(h.roles()->rowCount(), 3);
    QVERIFY(h.f.idle());
    QVERIFY(!h.page.hasUnsavedChanges());
    QVERIFY(h.get<QLineEdit>("roleSlug")->isReadOnly());
    QCOMPARE(h.page.rolesPanel()->currentKey(), u"billing-admin"_s);
    QVERIFY(status.count() >= 1);
    QCOMPARE(status.first().first().toString(), u"Created role billing-admin"_s);
    // The new role is selected in the list.
    auto* list = h.get<QTableView>("roleList");
    QCOMPARE(list->currentIndex().data(ui::RecordListModel::KeyRole).toString(),
             u"billing-admin"_s);
    QCOMPARE(h.audit("role.create").size(), std::size_t(3));
}

void TestRolesPage::invalidSlugAtField()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    h.page.createNew();
    auto* error = h.get<QLabel>("roleSlugError");
    QVERIFY(error->isHidden()); // an untouched new form is not wrong yet
    QTest::keyClicks(h.get<QLineEdit>("roleSlug"), u"bad slug"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"A slug cannot contain spaces; use '-' or '_' instead."_s);
    QVERIFY(!h.get<QLineEdit>("roleSlug")->property("fieldError").toString().isEmpty());

    // Save refuses at the fields and keeps what was typed.
    h.get<QPushButton>("roleSave")->click();
    QVERIFY(h.get<QLabel>("roleNameError")->isVisible());
    QVERIFY(h.f.idle());
    QCOMPARE(must(h.f.store->roles()).size(), std::size_t(2));
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"bad slug"_s);

    // Correcting it clears the mark.
    QTest::keyClick(h.get<QLineEdit>("roleSlug"), Qt::Key_Home);
    QTest::keyClick(h.get<QLineEdit>("roleSlug"), Qt::Key_Right);
    QTest::keyClick(h.get<QLineEdit>("roleSlug"), Qt::Key_Right);
    QTest::keyClick(h.get<QLineEdit>("roleSlug"), Qt::Key_Right);
    QTest::keyClick(h.get<QLineEdit>("roleSlug"), Qt::Key_Delete);
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"badslug"_s);
    QVERIFY(error->isHidden());
    QVERIFY(h.get<QLineEdit>("roleSlug")->property("fieldError").toString().isEmpty());
}

void TestRolesPage::duplicateSlugRefusedAtField()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    h.page.createNew();
    QTest::keyClicks(h.get<QLineEdit>("roleSlug"), u"admin"_s);
    h.type("roleName", u"Second admin"_s);
    h.get<QPushButton>("roleSave")->click();
    auto* error = h.get<QLabel>("roleSlugError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The role admin exists"_s);
    // Nothing typed is lost; nothing was written.
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), u"Second admin"_s);
    QVERIFY(h.page.rolesPanel()->isCreating());
    QVERIFY(h.page.hasUnsavedChanges());
    QCOMPARE(h.storedRole("admin").name, std::string("Administrator"));
}

void TestRolesPage::editUndoSave()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    QUndoStack* undo = h.page.undoStack();
    QVERIFY(undo);
    QCOMPARE(undo->count(), 0);

    auto* name = h.get<QLineEdit>("roleName");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" (all)"_s);
    QCOMPARE(undo->count(), 1); // typing in one field is one step
    QVERIFY(h.page.hasUnsavedChanges());
    QVERIFY(h.get<QPushButton>("roleSave")->isEnabled());
    QVERIFY(h.get<QLabel>("roleUnsaved")->isVisible());
    h.toggle(u"users:write"_s);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(h.permissionItem(u"users:write"_s)->checkState(), Qt::Unchecked);

    undo->undo();
    QCOMPARE(h.permissionItem(u"users:write"_s)->checkState(), Qt::Checked);
    undo->undo();
    QCOMPARE(name->text(), u"Administrator"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
    QVERIFY(!h.get<QPushButton>("roleSave")->isEnabled());
    undo->redo();
    undo->redo();
    QCOMPARE(name->text(), u"Administrator (all)"_s);
    QCOMPARE(h.permissionItem(u"users:write"_s)->checkState(), Qt::Unchecked);

    auto* description = h.get<QPlainTextEdit>("roleDescription");
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, u" but writing"_s);
    QCOMPARE(undo->count(), 3);

    h.get<QPushButton>("roleSave")->click();
    QTRY_COMPARE(h.storedRole("admin").name, std::string("Administrator (all)"));
    const model::Role r = h.storedRole("admin");
    QCOMPARE(r.description, std::string("Everything but writing"));
    QCOMPARE(r.permissions, std::vector<std::string>{"users:read"});
    QCOMPARE(r.version, std::int64_t(2));
    QVERIFY(h.f.idle());
    QCOMPARE(undo->count(), 0);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.roles()->index(0, ui::RoleListModel::Permissions).data().toInt(), 1);

    // The audit log has the change, by the session's admin.
    const auto events = h.audit("role.update");
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].targetId, std::string("admin"));
    QCOMPARE(events[0].actor, h.f.session().actor().toStdString());
    QVERIFY(events[0].after.find("name"));
    QCOMPARE(events[0].after.find("name")->string(), std::string("Administrator (all)"));

    // Revert drops edits that are not saved.
    QTest::keyClicks(name, u"!"_s);
    QVERIFY(h.page.hasUnsavedChanges());
    h.get<QPushButton>("roleRevert")->click();
    QCOMPARE(name->text(), u"Administrator (all)"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
}

void TestRolesPage::deleteConfirmed()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.roles()->rowCount(), 2);
    QVERIFY(h.clickRow("roleList", u"viewer"_s));
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"viewer"_s);
    auto* list = h.get<QTableView>("roleList");
    list->setFocus();

    // Cancelled: nothing happens.
    h.prompter.confirmAnswers = {false};
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(h.prompter.asked.size(), 1);
    QVERIFY(h.prompter.asked[0].startsWith(u"confirm: Delete Role: Delete the role viewer?"_s));
    QVERIFY(h.f.idle());
    QVERIFY(h.f.store->role("viewer").ok());

    // Confirmed: deleted, and the list follows.
    h.prompter.confirmAnswers = {true};
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(h.prompter.asked.size(), 2);
    QTRY_VERIFY(!h.f.store->role("viewer").ok());
    QTRY_COMPARE(h.roles()->rowCount(), 1);
    QCOMPARE(h.audit("role.delete").size(), std::size_t(1));
    // The remaining role is shown.
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
}

void TestRolesPage::deleteRoleInUseRefused()
{
    Harness h;
    model::User u;
    u.email = "ada@example.com";
    u = must(h.f.store->createUser(u));
    model::Organization o;
    o.name = "Acme";
    o = must(h.f.store->createOrganization(o));
    model::Membership m;
    m.userId = u.id;
    m.organizationId = o.id;
    m.roles = {"admin"};
    must(h.f.store->createMembership(m));

    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    h.get<QPushButton>("roleDelete")->click();
    auto* error = h.get<QLabel>("roleSlugError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The role admin is held by 1 memberships; change their roles first"_s);
    QVERIFY(h.f.store->role("admin").ok());
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
}

void TestRolesPage::deletePermissionInUseRefused()
{
    Harness h;
    h.page.setSession(&h.f.session());
    h.page.tabs()->setCurrentWidget(h.page.permissionsPanel());
    QTRY_COMPARE(h.permissions()->rowCount(), 3);
    QVERIFY(h.clickRow("permissionList", u"users:write"_s));
    QCOMPARE(h.get<QLineEdit>("permissionSlug")->text(), u"users:write"_s);
    h.get<QPushButton>("permissionDelete")->click();
    auto* error = h.get<QLabel>("permissionSlugError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The permission users:write is granted by the roles admin; remove "
                            "it from them first"_s);
    QVERIFY(h.storedPermission("users:write"));

    // Not granted by any role: deleted.
    QVERIFY(h.clickRow("permissionList", u"billing:read"_s));
    QVERIFY(error->isHidden());
    h.get<QPushButton>("permissionDelete")->click();
    QTRY_VERIFY(!h.storedPermission("billing:read"));
    QTRY_COMPARE(h.permissions()->rowCount(), 2);
    // The role tab's checkboxes follow.
    QTRY_COMPARE(h.get<QListWidget>("rolePermissions")->count(), 2);
}

void TestRolesPage::conflictReload()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    h.type("roleName", u"Mine"_s);

    // Someone else changes the role meanwhile.
    model::Role theirs = h.storedRole("admin");
    theirs.name = "Theirs";
    must(h.f.store->updateRole(theirs));

    h.prompter.conflictAnswers = {ui::Prompter::ConflictChoice::Reload};
    h.get<QPushButton>("roleSave")->click();
    QTRY_COMPARE(h.prompter.asked.size(), 1);
    QCOMPARE(h.prompter.asked[0], u"conflict: The role admin"_s);
    QVERIFY(h.prompter.lastMine.contains(u"\"name\": \"Mine\""_s));
    QVERIFY(h.prompter.lastTheirs.contains(u"\"name\": \"Theirs\""_s));
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), u"Theirs"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.storedRole("admin").name, std::string("Theirs"));
    QTRY_COMPARE(h.roles()->index(0, ui::RoleListModel::Name).data().toString(), u"Theirs"_s);

    // Saving again works from their version.
    h.type("roleName", u"Mine after all"_s);
    h.get<QPushButton>("roleSave")->click();
    QTRY_COMPARE(h.storedRole("admin").name, std::string("Mine after all"));
    QCOMPARE(h.prompter.asked.size(), 1);
}

void TestRolesPage::conflictOverwrite()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    h.type("roleName", u"Mine"_s);
    model::Role theirs = h.storedRole("admin");
    theirs.name = "Theirs";
    theirs.description = "Their description";
    must(h.f.store->updateRole(theirs));

    // Keep editing first: nothing lost, nothing written.
    h.prompter.conflictAnswers = {ui::Prompter::ConflictChoice::KeepEditing,
                                  ui::Prompter::ConflictChoice::Overwrite};
    h.get<QPushButton>("roleSave")->click();
    QTRY_COMPARE(h.prompter.asked.size(), 1);
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), u"Mine"_s);
    QVERIFY(h.get<QLabel>("roleError")->isVisible());
    QCOMPARE(h.storedRole("admin").name, std::string("Theirs"));

    h.get<QPushButton>("roleSave")->click();
    QTRY_COMPARE(h.storedRole("admin").name, std::string("Mine"));
    QCOMPARE(h.prompter.asked.size(), 2);
    const model::Role r = h.storedRole("admin");
    QCOMPARE(r.description, std::string("Everything")); // mine, all of it
    QCOMPARE(r.version, std::int64_t(3));
    QVERIFY(h.f.idle());
    QVERIFY(!h.page.hasUnsavedChanges());
}

void TestRolesPage::unsavedChangesGuardSelection()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    h.type("roleName", u"Edited"_s);

    h.prompter.confirmAnswers = {false};
    QVERIFY(h.clickRow("roleList", u"viewer"_s));
    QTRY_COMPARE(h.prompter.asked.size(), 1);
    QVERIFY(h.prompter.asked[0].startsWith(u"confirm: Unsaved Changes:"_s));
    QCOMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), u"Edited"_s);
    auto* list = h.get<QTableView>("roleList");
    QCOMPARE(list->currentIndex().data(ui::RecordListModel::KeyRole).toString(), u"admin"_s);

    h.prompter.confirmAnswers = {true};
    QVERIFY(h.clickRow("roleList", u"viewer"_s));
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"viewer"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.storedRole("admin").name, std::string("Administrator"));
}

void TestRolesPage::createsAndEditsPermission()
{
    Harness h;
    h.page.setSession(&h.f.session());
    h.page.tabs()->setCurrentWidget(h.page.permissionsPanel());
    QTRY_COMPARE(h.permissions()->rowCount(), 3);
    h.get<QPushButton>("permissionNew")->click();
    QTest::keyClicks(h.get<QLineEdit>("permissionSlug"), u"reports:read"_s);
    h.type("permissionName", u"Read reports"_s);
    QTest::keyClick(h.get<QLineEdit>("permissionName"), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(h.storedPermission("reports:read"));
    QCOMPARE(h.storedPermission("reports:read")->name, std::string("Read reports"));
    QTRY_COMPARE(h.permissions()->rowCount(), 4);
    // The roles' checkboxes now offer it.
    QTRY_COMPARE(h.get<QListWidget>("rolePermissions")->count(), 4);

    auto* description = h.get<QPlainTextEdit>("permissionDescription");
    description->setFocus();
    QTest::keyClicks(description, u"Monthly reports"_s);
    QVERIFY(h.page.hasUnsavedChanges());
    h.page.undoStack()->undo();
    QCOMPARE(description->toPlainText(), QString());
    h.page.undoStack()->redo();
    QCOMPARE(description->toPlainText(), u"Monthly reports"_s);
    h.get<QPushButton>("permissionSave")->click();
    QTRY_COMPARE(h.storedPermission("reports:read")->description, std::string("Monthly reports"));
    QCOMPARE(h.audit("permission.update").size(), std::size_t(1));
    QCOMPARE(h.audit("permission.create").size(), std::size_t(4));
}

void TestRolesPage::undoStackFollowsTab()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QUndoStack* roles = h.page.undoStack();
    h.page.tabs()->setCurrentWidget(h.page.permissionsPanel());
    QUndoStack* permissions = h.page.undoStack();
    QVERIFY(roles && permissions && roles != permissions);
    QCOMPARE(permissions, h.page.permissionsPanel()->undoStack());
}

void TestRolesPage::closingStoreClears()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("roleSlug")->text(), u"admin"_s);
    h.type("roleName", u"Edited"_s);
    QVERIFY(h.page.hasUnsavedChanges());

    h.page.setSession(nullptr);
    QCOMPARE(h.roles()->rowCount(), 0);
    QCOMPARE(h.permissions()->rowCount(), 0);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.page.undoStack()->count(), 0);
    QCOMPARE(h.get<QLabel>("roleListMessage")->text(), u"No store is open."_s);
    QVERIFY(h.get<QLabel>("roleNothing")->isVisible());
    QVERIFY(!h.get<QPushButton>("roleNew")->isEnabled());
    QCOMPARE(h.get<QLineEdit>("roleName")->text(), QString());
    // Nothing arrives late from the closed store.
    QVERIFY(h.f.idle());
    QCOMPARE(h.roles()->rowCount(), 0);
    h.page.createNew();
    QVERIFY(!h.page.rolesPanel()->isCreating());
}

QTEST_MAIN(TestRolesPage)
#include "tst_ui_roles.moc"
