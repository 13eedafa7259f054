// The Organizations page on a real store: paging and search (name prefix,
// id, external id, domain), create, edit with undo, errors at the field
// (the store's and the checks before saving), delete with confirmation,
// members (add, change, remove, conflicts), conflicts on save (reload and
// overwrite) and closing the store — checked against the store and its
// audit log, with every model under QAbstractItemModelTester.

#include "UiTestSupport.h"
#include "common/MetadataEditor.h"
#include "json/Value.h"
#include "organizations/DomainListEditor.h"
#include "organizations/MembersPanel.h"
#include "organizations/MembershipListModel.h"
#include "organizations/OrganizationEditor.h"
#include "organizations/OrganizationListModel.h"
#include "organizations/OrganizationsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

using State = ui::OrganizationListModel::State;

model::Organization seedOrg(test::TempStore& s, const std::string& name,
                            std::optional<std::string> externalId = {},
                            std::vector<model::Domain> domains = {})
{
    model::Organization o;
    o.name = name;
    o.externalId = std::move(externalId);
    o.domains = std::move(domains);
    store::Result<model::Organization> r = s->createOrganization(o);
    if (!r)
        qFatal("seeding %s failed: %s", name.c_str(), r.error().message.c_str());
    return r.value();
}

model::User seedUser(test::TempStore& s, const std::string& email, const std::string& first,
                     const std::string& last)
{
    model::User u;
    u.email = email;
    u.firstName = first;
    u.lastName = last;
    store::Result<model::User> r = s->createUser(u);
    if (!r)
        qFatal("seeding %s failed: %s", email.c_str(), r.error().message.c_str());
    return r.value();
}

template <class T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

QString cell(const QAbstractItemModel* m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// The page on the fixture's session, shown and active (shortcuts need an
// active window), with both models under test.
struct Page
{
    explicit Page(test::UiFixture& f)
        : list(page.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , members(page.editor()->membersPanel()->model(),
                  QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        page.resize(1300, 800);
        page.show();
        page.activateWindow();
        page.setSession(&f.session());
    }
    ui::OrganizationsPage page;
    QAbstractItemModelTester list;
    QAbstractItemModelTester members;

    ui::OrganizationListModel* model() { return page.listModel(); }
    ui::OrganizationEditor* editor() { return page.editor(); }
    ui::MembershipListModel* memberModel() { return page.editor()->membersPanel()->model(); }
    QTableView* view() { return child<QTableView>(&page, "organizationList"); }
    QLineEdit* search() { return child<QLineEdit>(&page, "searchField"); }
    QLineEdit* name() { return child<QLineEdit>(&page, "nameEdit"); }
    QLineEdit* externalId() { return child<QLineEdit>(&page, "externalIdEdit"); }
    QPushButton* save() { return child<QPushButton>(&page, "saveButton"); }

    bool loaded() const { return page.listModel()->state() == State::Loaded; }
    // Types `text` into the search field (replacing what is there).
    void typeSearch(const QString& text)
    {
        search()->selectAll();
        if (text.isEmpty())
            QTest::keyClick(search(), Qt::Key_Backspace);
        else
            QTest::keyClicks(search(), text);
    }
    bool searched(const QString& text) const
    {
        return page.listModel()->search() == text && page.listModel()->state() == State::Loaded;
    }
    void clickRow(int row)
    {
        QTableView* v = view();
        v->scrollTo(model()->index(row, 0));
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {},
                          v->visualRect(model()->index(row, 0)).center());
    }
    int rowNamed(const QString& name) const
    {
        for (int row = 0; row < page.listModel()->rowCount(); ++row) {
            if (cell(page.listModel(), row, 0) == name)
                return row;
        }
        return -1;
    }
    bool showing(const std::string& id) const
    {
        return page.editor()->hasRecord() && page.editor()->original().id == id;
    }
    // Selects the organization `o` in the list and waits for the editor.
    bool open(const model::Organization& o)
    {
        const int row = rowNamed(qs(o.name));
        if (row < 0)
            return false;
        clickRow(row);
        return QTest::qWaitFor([&] { return showing(o.id); }, 5000);
    }
    // Replaces the text of `edit` as typed.
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }
};

} // namespace

class TestOrganizationsPage : public QObject
{
    Q_OBJECT

private slots:
    void pagesLoadAsTheViewScrolls();
    void searchByNamePrefixIdExternalIdAndDomain();
    void emptyStates();
    void createOrganization();
    void editUndoAndSave();
    void duplicateExternalIdIsShownAtTheField();
    void checksBeforeSavingAreShownAtTheField();
    void metadataOverTheLimitsIsRefusedAtTheField();
    void deleteIsConfirmed();
    void membersAddChangeAndRemove();
    void membershipConflict();
    void conflictReload();
    void conflictOverwrite();
    void keyboard();
    void closingTheStoreClearsThePage();
};

void TestOrganizationsPage::pagesLoadAsTheViewScrolls()
{
    test::UiFixture f;
    const int count = 2 * store::kDefaultPageSize + 37;
    QVERIFY(!f.store->beginBatch("test.seed", "seed"));
    for (int i = 0; i < count; ++i)
        seedOrg(f.store, QStringLiteral("Org %1").arg(i, 3, 10, QLatin1Char('0')).toStdString());
    QVERIFY(!f.store->commitBatch());
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QCOMPARE(p.model()->rowCount(), store::kDefaultPageSize);
    QCOMPARE(cell(p.model(), 0, ui::OrganizationListModel::Name), u"Org 000"_s);
    QVERIFY(p.model()->canFetchMore({}));
    QVERIFY(child<QLabel>(&p.page, "listFooter")->text().contains(u"scroll for more"_s));
    // Scrolling to the end asks for the next page, until there is none.
    QTRY_VERIFY([&] {
        p.view()->scrollToBottom();
        return p.model()->rowCount() == count;
    }());
    QTRY_VERIFY(!p.model()->hasMore());
    QVERIFY(!p.model()->canFetchMore({}));
    std::set<QString> ids;
    for (int row = 0; row < count; ++row) {
        ids.insert(p.model()
                       ->data(p.model()->index(row, 0), ui::OrganizationListModel::IdRole)
                       .toString());
        if (row > 0)
            QVERIFY(cell(p.model(), row - 1, 0) < cell(p.model(), row, 0));
    }
    QCOMPARE(static_cast<int>(ids.size()), count);
    QCOMPARE(child<QLabel>(&p.page, "listFooter")->text(), u"%1 organizations"_s.arg(count));
}

void TestOrganizationsPage::searchByNamePrefixIdExternalIdAndDomain()
{
    test::UiFixture f;
    seedOrg(f.store, "Acme Corp", "crm-acme", {{"acme.com", "verified"}});
    seedOrg(f.store, "Acme Labs");
    const model::Organization beta = seedOrg(
        f.store, "Beta GmbH", "beta-1", {{"beta.de", "pending"}, {"beta.example", "verified"}});
    // An external id that is also another organization's name prefix.
    const model::Organization gamma = seedOrg(f.store, "Gamma", "acme");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QCOMPARE(p.model()->rowCount(), 4);

    p.typeSearch(u"acm"_s);
    QTRY_VERIFY(p.searched(u"acm"_s));
    QCOMPARE(p.model()->rowCount(), 2);
    QCOMPARE(cell(p.model(), 0, 0), u"Acme Corp"_s);
    QCOMPARE(cell(p.model(), 1, 0), u"Acme Labs"_s);

    // An exact external id comes first, then the name matches; none twice.
    p.typeSearch(u"acme"_s);
    QTRY_VERIFY(p.searched(u"acme"_s));
    QCOMPARE(p.model()->rowCount(), 3);
    QCOMPARE(cell(p.model(), 0, 0), u"Gamma"_s);

    p.typeSearch(qs(beta.id));
    QTRY_VERIFY(p.searched(qs(beta.id)));
    QCOMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, 0), u"Beta GmbH"_s);
    // Ids typed in lower case are found too.
    p.typeSearch(qs(gamma.id).toLower());
    QTRY_VERIFY(p.searched(qs(gamma.id).toLower()));
    QCOMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, 0), u"Gamma"_s);

    p.typeSearch(u"beta-1"_s);
    QTRY_VERIFY(p.searched(u"beta-1"_s));
    QCOMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, ui::OrganizationListModel::ExternalId), u"beta-1"_s);

    p.typeSearch(u"BETA.example"_s);
    QTRY_VERIFY(p.searched(u"BETA.example"_s));
    QCOMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, ui::OrganizationListModel::Domains), u"beta.de, beta.example"_s);

    p.typeSearch(u"acme.com"_s);
    QTRY_VERIFY(p.searched(u"acme.com"_s));
    QCOMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, 0), u"Acme Corp"_s);
}

void TestOrganizationsPage::emptyStates()
{
    test::UiFixture f;
    {
        Page p(f);
        QTRY_VERIFY(p.loaded());
        auto* message = child<QLabel>(&p.page, "listMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(u"No organizations yet."_s));
        QVERIFY(child<QLabel>(&p.page, "editorPlaceholder")->isVisible());
    }
    seedOrg(f.store, "Acme Corp");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    auto* message = child<QLabel>(&p.page, "listMessage");
    QVERIFY(!message->isVisible());
    QVERIFY(p.view()->isVisible());
    p.typeSearch(u"zebra"_s);
    QTRY_VERIFY(p.searched(u"zebra"_s));
    QCOMPARE(p.model()->rowCount(), 0);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"No organizations match “zebra”"_s);
    QCOMPARE(child<QLabel>(&p.page, "listFooter")->text(), QString());
}

void TestOrganizationsPage::createOrganization()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    seedOrg(f.store, "Acme Corp");
    Page p(f);
    QSignalSpy status(&p.page, &ui::Page::statusMessage);
    QTRY_VERIFY(p.loaded());
    QTest::mouseClick(child<QPushButton>(&p.page, "newOrganizationButton"), Qt::LeftButton);
    QVERIFY(p.editor()->isNew());
    QVERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(child<QLabel>(&p.page, "editorTitle")->text(), u"New Organization"_s);
    QVERIFY(!child<QTabWidget>(&p.page, "editorTabs")
                 ->widget(2)
                 ->findChild<QWidget*>(u"memberForm"_s)
                 ->isEnabled());

    Page::retype(p.name(), u"Delta Org"_s);
    Page::retype(p.externalId(), u"delta"_s);
    QVERIFY(p.page.hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>(&p.page, "addDomainButton"), Qt::LeftButton);
    auto* domain = child<QLineEdit>(&p.page, "domainEdit0");
    QTest::keyClicks(domain, u"delta.io"_s);
    auto* state = child<QComboBox>(&p.page, "domainState0");
    QCOMPARE(state->currentData().toString(), u"pending"_s);
    QTest::keyClick(state, Qt::Key_Up);
    QCOMPARE(state->currentData().toString(), u"verified"_s);
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_VERIFY(p.editor()->hasRecord());
    QVERIFY(!p.page.hasUnsavedChanges());

    store::OrganizationQuery q;
    q.externalId = "delta";
    store::Result<store::Page<model::Organization>> found = f.store->findOrganizations(q);
    QVERIFY(found);
    QCOMPARE(found->items.size(), std::size_t(1));
    const model::Organization& created = found->items[0];
    QCOMPARE(created.name, std::string("Delta Org"));
    QCOMPARE(created.domains, (std::vector<model::Domain>{{"delta.io", "verified"}}));
    QCOMPARE(p.editor()->original().id, created.id);
    QCOMPARE(child<QLabel>(&p.page, "idField")->text(), qs(created.id));
    QCOMPARE(child<QLabel>(&p.page, "versionField")->text(), u"1"_s);
    QVERIFY(status.contains(QVariantList{u"Saved organization Delta Org"_s}));
    // The list shows it, selected.
    QTRY_COMPARE(p.model()->rowCount(), 2);
    QTRY_COMPARE(p.view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(cell(p.model(), p.view()->selectionModel()->selectedRows().first().row(), 0),
             u"Delta Org"_s);
    QVERIFY(prompter.asked.isEmpty());
}

void TestOrganizationsPage::editUndoAndSave()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp", "crm-acme");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    QCOMPARE(p.name()->text(), u"Acme Corp"_s);
    QVERIFY(!p.save()->isEnabled());

    Page::retype(p.name(), u"Acme Corporation"_s);
    Page::retype(p.externalId(), u"crm-1"_s);
    QVERIFY(p.page.hasUnsavedChanges());
    QVERIFY(child<QLabel>(&p.page, "unsavedLabel")->isVisible());
    QVERIFY(p.save()->isEnabled());
    // Typing in one field is one step.
    QCOMPARE(p.page.undoStack()->count(), 2);
    p.page.undoStack()->undo();
    QCOMPARE(p.externalId()->text(), u"crm-acme"_s);
    QCOMPARE(p.name()->text(), u"Acme Corporation"_s);
    p.page.undoStack()->undo();
    QCOMPARE(p.name()->text(), u"Acme Corp"_s);
    QVERIFY(!p.page.hasUnsavedChanges());
    p.page.undoStack()->redo();
    QCOMPARE(p.name()->text(), u"Acme Corporation"_s);
    QVERIFY(p.page.hasUnsavedChanges());

    // Domains and metadata are undoable too.
    QTest::mouseClick(child<QPushButton>(&p.page, "addDomainButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&p.page, "domainEdit0"), u"acme.org"_s);
    auto* metadata = child<ui::MetadataEditor>(&p.page, "metadataEditor");
    child<QTabWidget>(&p.page, "editorTabs")->setCurrentIndex(1);
    metadata->addRow();
    QTest::keyClicks(QApplication::focusWidget(), u"plan"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // Tab opens the value's editor.
    auto* valueEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(valueEditor);
    valueEditor->selectAll();
    QTest::keyClicks(valueEditor, u"\"gold\""_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(metadata->table()->item(0, 1)->text(), u"\"gold\""_s);
    QCOMPARE(metadata->table()->item(0, 0)->text(), u"plan"_s);
    QVERIFY(metadata->isValid());
    p.page.undoStack()->undo();
    QCOMPARE(metadata->table()->item(0, 1)->text(), u"\"\""_s);
    p.page.undoStack()->redo();
    QCOMPARE(metadata->table()->item(0, 1)->text(), u"\"gold\""_s);

    // Ctrl+S saves, from the metadata tab where the admin is.
    QApplication::setActiveWindow(&p.page);
    metadata->table()->setFocus();
    QTRY_VERIFY(metadata->table()->hasFocus());
    QTest::keyClick(metadata->table(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    QTRY_VERIFY(p.save()->isEnabled() == false);
    store::Result<model::Organization> stored = f.store->organization(acme.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, std::string("Acme Corporation"));
    QCOMPARE(stored->externalId, std::optional<std::string>("crm-acme"));
    QCOMPARE(stored->domains, (std::vector<model::Domain>{{"acme.org", "pending"}}));
    QCOMPARE(stored->metadata, json::Value::object({{"plan", "gold"}}));
    QCOMPARE(stored->version, 2);
    QCOMPARE(p.editor()->original(), stored.value());
    QCOMPARE(p.page.undoStack()->count(), 0);

    store::AuditQuery audit;
    audit.targetId = acme.id;
    store::Result<store::Page<model::AuditEvent>> events = f.store->findAuditEvents(audit);
    QVERIFY(events);
    QCOMPARE(events->items.size(), std::size_t(2));
    const model::AuditEvent& update = events->items[0];
    QCOMPARE(update.action, std::string("organization.update"));
    QCOMPARE(update.before.find("name")->string(), std::string("Acme Corp"));
    QCOMPARE(update.after.find("name")->string(), std::string("Acme Corporation"));
    QCOMPARE(update.actor, f.session().actor().toStdString());
    // The list follows.
    QTRY_COMPARE(cell(p.model(), 0, 0), u"Acme Corporation"_s);
    QCOMPARE(cell(p.model(), 0, ui::OrganizationListModel::Domains), u"acme.org"_s);
    QVERIFY(prompter.asked.isEmpty());
}

void TestOrganizationsPage::duplicateExternalIdIsShownAtTheField()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp", "crm-acme");
    const model::Organization labs = seedOrg(f.store, "Acme Labs");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(labs));
    Page::retype(p.externalId(), u"crm-acme"_s);
    QTest::mouseClick(p.save(), Qt::LeftButton);
    auto* error = child<QLabel>(&p.page, "externalIdError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"crm-acme"_s));
    QVERIFY(error->text().contains(qs(acme.id)));
    QVERIFY(error->text().at(0).isUpper());
    QVERIFY(!p.externalId()->styleSheet().isEmpty());
    // What was typed stays, unsaved.
    QCOMPARE(p.externalId()->text(), u"crm-acme"_s);
    QVERIFY(p.page.hasUnsavedChanges());
    QCOMPARE(f.store->organization(labs.id)->version, 1);
    QVERIFY(prompter.asked.isEmpty());
    // Typing in the field clears the mark.
    QTest::keyClicks(p.externalId(), u"-2"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(p.externalId()->styleSheet().isEmpty());
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(f.store->organization(labs.id)->externalId, std::optional<std::string>("crm-acme-2"));
}

void TestOrganizationsPage::checksBeforeSavingAreShownAtTheField()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));

    // A domain is checked as it is typed.
    QTest::mouseClick(child<QPushButton>(&p.page, "addDomainButton"), Qt::LeftButton);
    auto* domain = child<QLineEdit>(&p.page, "domainEdit0");
    QTest::keyClicks(domain, u"not a domain"_s);
    auto* domainsError = child<QLabel>(&p.page, "domainsError");
    QVERIFY(domainsError->isVisible());
    QVERIFY(domainsError->text().contains(u"not a domain name"_s));
    QVERIFY(!domain->styleSheet().isEmpty());

    // An empty name too, before anything is written.
    Page::retype(p.name(), QString());
    QTest::mouseClick(p.save(), Qt::LeftButton);
    auto* nameError = child<QLabel>(&p.page, "nameError");
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), u"Type a name for the organization."_s);
    QVERIFY(domainsError->isVisible());
    QCOMPARE(domain->text(), u"not a domain"_s);
    QVERIFY(f.idle());
    QCOMPARE(f.store->organization(acme.id)->version, 1);

    Page::retype(p.name(), u"Acme"_s);
    Page::retype(domain, u"acme.example"_s);
    QVERIFY(!domainsError->isVisible());
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(f.store->organization(acme.id)->domains,
             (std::vector<model::Domain>{{"acme.example", "pending"}}));

    // The domain rules themselves.
    using D = ui::DomainListEditor;
    QVERIFY(D::problemWith(u"example.com"_s).isEmpty());
    QVERIFY(D::problemWith(u"sub.example-1.co.uk"_s).isEmpty());
    QVERIFY(D::problemWith(u"bücher.de"_s).isEmpty());
    QVERIFY(!D::problemWith(u"example"_s).isEmpty());
    QVERIFY(!D::problemWith(u"-bad.com"_s).isEmpty());
    QVERIFY(!D::problemWith(u"a..b"_s).isEmpty());
    QVERIFY(!D::problemWith(u"me@example.com"_s).isEmpty());
    QVERIFY(!D::problemWith(u"10.0.0.1"_s).isEmpty());
    QVERIFY(!D::problemWith(u"under_score.com"_s).isEmpty());
    QVERIFY(!D::problemWith(QString(64, u'a') + u".com"_s).isEmpty());
    QVERIFY(prompter.asked.isEmpty());
}

void TestOrganizationsPage::metadataOverTheLimitsIsRefusedAtTheField()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(!f.store->setLimitsProfile("workos"));
    f.session().setLimits(model::LimitsProfile::WorkOS);
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    auto* metadata = child<ui::MetadataEditor>(&p.page, "metadataEditor");
    metadata->addRow();
    metadata->table()->item(0, 0)->setText(u"notes"_s);
    const QString tooLong = u"\"%1\""_s.arg(QString(700, u'x'));
    metadata->table()->item(0, 1)->setText(tooLong);
    QVERIFY(!metadata->isValid());
    QVERIFY(metadata->problem().contains(u"600"_s));
    QVERIFY(p.page.hasUnsavedChanges());
    child<QTabWidget>(&p.page, "editorTabs")->setCurrentIndex(0);
    QTest::mouseClick(p.save(), Qt::LeftButton);
    // Refused at the field: the Metadata tab shows it; nothing is written.
    QCOMPARE(child<QTabWidget>(&p.page, "editorTabs")->currentIndex(), 1);
    QVERIFY(f.idle());
    QCOMPARE(f.store->organization(acme.id)->version, 1);
    QCOMPARE(metadata->table()->item(0, 1)->text(), tooLong);
    QVERIFY(p.page.hasUnsavedChanges());
    // Revert brings back what is stored.
    QTest::mouseClick(child<QPushButton>(&p.page, "revertButton"), Qt::LeftButton);
    QVERIFY(metadata->isValid());
    QCOMPARE(metadata->table()->rowCount(), 0);
    QVERIFY(!p.page.hasUnsavedChanges());
    QVERIFY(prompter.asked.isEmpty());
}

void TestOrganizationsPage::deleteIsConfirmed()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    seedOrg(f.store, "Acme Corp");
    const model::Organization gamma = seedOrg(f.store, "Gamma");
    const model::User alice = seedUser(f.store, "alice@example.com", "Alice", "Smith");
    model::Membership m;
    m.userId = alice.id;
    m.organizationId = gamma.id;
    QVERIFY(f.store->createMembership(m));
    Page p(f);
    QSignalSpy status(&p.page, &ui::Page::statusMessage);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(gamma));

    prompter.confirmAnswers = {false};
    QTest::mouseClick(child<QPushButton>(&p.page, "deleteButton"), Qt::LeftButton);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].startsWith(u"confirm: Delete Organization: "_s));
    QVERIFY(prompter.asked[0].contains(u"“Gamma”"_s));
    QVERIFY(prompter.asked[0].contains(u"memberships"_s));
    QVERIFY(f.idle());
    QVERIFY(f.store->organization(gamma.id));
    QVERIFY(p.showing(gamma.id));

    prompter.confirmAnswers = {true};
    QTest::mouseClick(child<QPushButton>(&p.page, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!p.editor()->hasRecord());
    QCOMPARE(f.store->organization(gamma.id).error().kind, store::ErrorKind::NotFound);
    store::MembershipQuery mq;
    mq.organizationId = gamma.id;
    QVERIFY(f.store->findMemberships(mq)->items.empty());
    QTRY_COMPARE(p.model()->rowCount(), 1);
    QCOMPARE(cell(p.model(), 0, 0), u"Acme Corp"_s);
    QVERIFY(child<QLabel>(&p.page, "editorPlaceholder")->isVisible());
    QVERIFY(status.contains(QVariantList{u"Deleted organization Gamma"_s}));
    store::AuditQuery audit;
    audit.targetId = gamma.id;
    QCOMPARE(f.store->findAuditEvents(audit)->items.at(0).action,
             std::string("organization.delete"));
}

void TestOrganizationsPage::membersAddChangeAndRemove()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(f.store->createRole({"admin", "Admin", "Manages the organization", {}, 0}));
    QVERIFY(f.store->createRole({"member", "Member", "", {}, 0}));
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    const model::User alice = seedUser(f.store, "alice@example.com", "Alice", "Smith");
    const model::User bob = seedUser(f.store, "bob@example.com", "Bob", "Jones");
    model::Membership m;
    m.userId = alice.id;
    m.organizationId = acme.id;
    m.roles = {"member"};
    QVERIFY(f.store->createMembership(m));
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    child<QTabWidget>(&p.page, "editorTabs")->setCurrentIndex(2);
    ui::MembershipListModel* members = p.memberModel();
    QTRY_COMPARE(members->rowCount(), 1);
    QCOMPARE(cell(members, 0, ui::MembershipListModel::Email), u"alice@example.com"_s);
    QCOMPARE(cell(members, 0, ui::MembershipListModel::Name), u"Alice Smith"_s);
    QTRY_COMPARE(cell(members, 0, ui::MembershipListModel::Roles), u"Member"_s);
    QCOMPARE(cell(members, 0, ui::MembershipListModel::Status), u"Active"_s);

    auto* user = child<QLineEdit>(&p.page, "memberUserEdit");
    auto* roles = child<QListWidget>(&p.page, "memberRolesList");
    auto* status = child<QComboBox>(&p.page, "memberStatusCombo");
    auto* submit = child<QPushButton>(&p.page, "memberSubmitButton");
    QTRY_COMPARE(roles->count(), 2);

    // An unknown user is marked at the field; what was typed stays.
    Page::retype(user, u"nobody@example.com"_s);
    QTest::mouseClick(submit, Qt::LeftButton);
    auto* userError = child<QLabel>(&p.page, "memberUserError");
    QTRY_VERIFY(userError->isVisible());
    QVERIFY(userError->text().contains(u"nobody@example.com"_s));
    QCOMPARE(user->text(), u"nobody@example.com"_s);

    // Add Bob by email as a pending admin.
    Page::retype(user, u"bob@example.com"_s);
    QVERIFY(!userError->isVisible());
    roles->item(0)->setCheckState(Qt::Checked);
    status->setCurrentIndex(status->findData(u"pending"_s));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE(members->rowCount(), 2);
    store::Result<model::Membership> added = f.store->membershipOf(bob.id, acme.id);
    QVERIFY(added);
    QCOMPARE(added->roles, std::vector<std::string>{"admin"});
    QCOMPARE(added->status, std::string("pending"));
    QCOMPARE(user->text(), QString());

    // Adding him again is refused at the field.
    Page::retype(user, qs(bob.id).toLower());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(userError->isVisible());
    QVERIFY(userError->text().contains(u"already a member"_s));

    // Change Alice's roles: the roles she had stay first.
    const int aliceRow = members->rowOf(qs(f.store->membershipOf(alice.id, acme.id)->id));
    QVERIFY(aliceRow >= 0);
    auto* membersView = child<QTableView>(&p.page, "membersList");
    QTest::mouseClick(membersView->viewport(), Qt::LeftButton, {},
                      membersView->visualRect(members->index(aliceRow, 0)).center());
    QCOMPARE(user->text(), u"alice@example.com"_s);
    QVERIFY(user->isReadOnly());
    QCOMPARE(submit->text(), u"Save Member"_s);
    QCOMPARE(roles->item(1)->checkState(), Qt::Checked);
    roles->item(0)->setCheckState(Qt::Checked);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE(f.store->membershipOf(alice.id, acme.id)->version, 2);
    QCOMPARE(f.store->membershipOf(alice.id, acme.id)->roles,
             (std::vector<std::string>{"member", "admin"}));
    QCOMPARE(f.store->membershipOf(alice.id, acme.id)->status, std::string("inactive"));
    QTRY_COMPARE(cell(members, members->rowOf(qs(f.store->membershipOf(alice.id, acme.id)->id)),
                      ui::MembershipListModel::Roles),
                 u"Member, Admin"_s);

    // Remove Bob: cancelled first, then confirmed.
    const int bobRow = members->rowOf(qs(added->id));
    QTest::mouseClick(membersView->viewport(), Qt::LeftButton, {},
                      membersView->visualRect(members->index(bobRow, 0)).center());
    prompter.confirmAnswers = {false, true};
    QTest::mouseClick(child<QPushButton>(&p.page, "removeMemberButton"), Qt::LeftButton);
    QVERIFY(prompter.asked.last().startsWith(u"confirm: Remove Member: Remove bob@example.com"_s));
    QVERIFY(f.idle());
    QVERIFY(f.store->membershipOf(bob.id, acme.id));
    QTest::mouseClick(child<QPushButton>(&p.page, "removeMemberButton"), Qt::LeftButton);
    QTRY_COMPARE(members->rowCount(), 1);
    QCOMPARE(f.store->membershipOf(bob.id, acme.id).error().kind, store::ErrorKind::NotFound);
    QCOMPARE(prompter.asked.size(), 2);
}

void TestOrganizationsPage::membershipConflict()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    QVERIFY(f.store->createRole({"admin", "Admin", "", {}, 0}));
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    const model::User alice = seedUser(f.store, "alice@example.com", "Alice", "Smith");
    model::Membership m;
    m.userId = alice.id;
    m.organizationId = acme.id;
    m = f.store->createMembership(m).value();
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    ui::MembershipListModel* members = p.memberModel();
    QTRY_COMPARE(members->rowCount(), 1);
    auto* membersView = child<QTableView>(&p.page, "membersList");
    child<QTabWidget>(&p.page, "editorTabs")->setCurrentIndex(2);
    QTest::mouseClick(membersView->viewport(), Qt::LeftButton, {},
                      membersView->visualRect(members->index(0, 0)).center());
    QTRY_COMPARE(child<QListWidget>(&p.page, "memberRolesList")->count(), 1);

    // Someone else changes the membership meanwhile.
    model::Membership theirs = m;
    theirs.status = "pending";
    QVERIFY(f.store->updateMembership(theirs));

    child<QListWidget>(&p.page, "memberRolesList")->item(0)->setCheckState(Qt::Checked);
    prompter.conflictAnswers = {ui::Prompter::ConflictChoice::Overwrite};
    QTest::mouseClick(child<QPushButton>(&p.page, "memberSubmitButton"), Qt::LeftButton);
    QTRY_COMPARE(f.store->membershipOf(alice.id, acme.id)->version, 3);
    QCOMPARE(prompter.asked, QStringList{u"conflict: The membership of alice@example.com"_s});
    QVERIFY(prompter.lastTheirs.contains(u"\"pending\""_s));
    QVERIFY(prompter.lastMine.contains(u"\"admin\""_s));
    QCOMPARE(f.store->membershipOf(alice.id, acme.id)->roles, std::vector<std::string>{"admin"});
    QCOMPARE(f.store->membershipOf(alice.id, acme.id)->status, std::string("active"));
}

void TestOrganizationsPage::conflictReload()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    model::Organization theirs = acme;
    theirs.name = "Acme Renamed Elsewhere";
    QVERIFY(f.store->updateOrganization(theirs));

    Page::retype(p.externalId(), u"mine-1"_s);
    // Keep editing first: nothing is lost, nothing written.
    prompter.conflictAnswers = {ui::Prompter::ConflictChoice::KeepEditing,
                                ui::Prompter::ConflictChoice::Reload};
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_COMPARE(prompter.asked.size(), 1);
    QCOMPARE(prompter.asked[0], u"conflict: The organization “Acme Corp”"_s);
    QVERIFY(prompter.lastMine.contains(u"mine-1"_s));
    QVERIFY(prompter.lastTheirs.contains(u"Acme Renamed Elsewhere"_s));
    QCOMPARE(p.externalId()->text(), u"mine-1"_s);
    QVERIFY(p.page.hasUnsavedChanges());

    // Reload: theirs is shown, mine is gone, nothing written.
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_COMPARE(prompter.asked.size(), 2);
    QTRY_COMPARE(p.name()->text(), u"Acme Renamed Elsewhere"_s);
    QCOMPARE(p.externalId()->text(), QString());
    QVERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(p.editor()->original().version, 2);
    QCOMPARE(f.store->organization(acme.id)->version, 2);
    QCOMPARE(f.store->organization(acme.id)->externalId, std::nullopt);
}

void TestOrganizationsPage::conflictOverwrite()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    model::Organization theirs = acme;
    theirs.name = "Acme Renamed Elsewhere";
    QVERIFY(f.store->updateOrganization(theirs));

    Page::retype(p.externalId(), u"mine-1"_s);
    prompter.conflictAnswers = {ui::Prompter::ConflictChoice::Overwrite};
    QTest::mouseClick(p.save(), Qt::LeftButton);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(prompter.asked, QStringList{u"conflict: The organization “Acme Corp”"_s});
    store::Result<model::Organization> stored = f.store->organization(acme.id);
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->name, std::string("Acme Corp"));
    QCOMPARE(stored->externalId, std::optional<std::string>("mine-1"));
    QCOMPARE(p.editor()->original(), stored.value());
}

void TestOrganizationsPage::keyboard()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    seedOrg(f.store, "Acme Corp");
    const model::Organization beta = seedOrg(f.store, "Beta GmbH");
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(QTest::qWaitForWindowActive(&p.page));

    // Ctrl+F (the main window calls focusSearch), Escape clears the search.
    p.page.focusSearch();
    QVERIFY(p.search()->hasFocus());
    QTest::keyClicks(p.search(), u"beta"_s);
    QTRY_VERIFY(p.searched(u"beta"_s));
    QCOMPARE(p.model()->rowCount(), 1);
    QTest::keyClick(p.search(), Qt::Key_Escape);
    QCOMPARE(p.search()->text(), QString());
    QTRY_VERIFY(p.searched(QString()));
    QCOMPARE(p.model()->rowCount(), 2);

    // Delete in the list deletes the selection, after asking.
    QVERIFY(p.open(beta));
    p.view()->setFocus();
    prompter.confirmAnswers = {false};
    QTest::keyClick(p.view(), Qt::Key_Delete);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].contains(u"“Beta GmbH”"_s));
    QVERIFY(f.idle());
    QVERIFY(f.store->organization(beta.id));

    // Ctrl+N (the main window calls createNew) asks before unsaved edits go.
    Page::retype(p.name(), u"Beta AG"_s);
    prompter.confirmAnswers = {false};
    p.page.createNew();
    QCOMPARE(prompter.asked.size(), 2);
    QVERIFY(prompter.asked[1].startsWith(u"confirm: Unsaved Changes: "_s));
    QVERIFY(p.showing(beta.id));
    QCOMPARE(p.name()->text(), u"Beta AG"_s);
    // Selecting another organization asks too; No keeps the edits and the selection.
    prompter.confirmAnswers = {false};
    p.clickRow(p.rowNamed(u"Acme Corp"_s));
    QCOMPARE(prompter.asked.size(), 3);
    QVERIFY(p.showing(beta.id));
    QCOMPARE(p.view()->selectionModel()->selectedRows().first().row(), p.rowNamed(u"Beta GmbH"_s));
    // Ctrl+S saves.
    QTest::keyClick(p.name(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(f.store->organization(beta.id)->name, std::string("Beta AG"));
    p.page.createNew();
    QVERIFY(p.editor()->isNew());
    QVERIFY(p.name()->hasFocus());
    QCOMPARE(prompter.asked.size(), 3);
}

void TestOrganizationsPage::closingTheStoreClearsThePage()
{
    test::UiFixture f;
    test::TestPrompter prompter;
    const model::Organization acme = seedOrg(f.store, "Acme Corp", "crm-acme");
    const model::User alice = seedUser(f.store, "alice@example.com", "Alice", "Smith");
    model::Membership m;
    m.userId = alice.id;
    m.organizationId = acme.id;
    QVERIFY(f.store->createMembership(m));
    Page p(f);
    QTRY_VERIFY(p.loaded());
    QVERIFY(p.open(acme));
    QTRY_COMPARE(p.memberModel()->rowCount(), 1);
    p.typeSearch(u"acme"_s);
    Page::retype(p.name(), u"Unsaved"_s);
    QVERIFY(p.page.hasUnsavedChanges());

    p.page.setSession(nullptr);
    QCOMPARE(p.model()->rowCount(), 0);
    QVERIFY(p.model()->state() == State::Idle);
    QCOMPARE(p.memberModel()->rowCount(), 0);
    QVERIFY(!p.page.hasUnsavedChanges());
    QCOMPARE(p.page.undoStack()->count(), 0);
    QCOMPARE(p.search()->text(), QString());
    QVERIFY(!p.search()->isEnabled());
    QVERIFY(child<QLabel>(&p.page, "editorPlaceholder")->isVisible());
    QCOMPARE(child<QLabel>(&p.page, "editorPlaceholder")->text(), u"No store is open."_s);
    QCOMPARE(child<QLabel>(&p.page, "listMessage")->text(), u"No store is open."_s);
    // Nothing that was on its way arrives later.
    QVERIFY(f.idle());
    QTest::qWait(300);
    QCOMPARE(p.model()->rowCount(), 0);

    // Opening it again shows it again.
    p.page.setSession(&f.session());
    QTRY_COMPARE(p.model()->rowCount(), 1);
    QVERIFY(p.search()->isEnabled());
    QVERIFY(prompter.asked.isEmpty());
}

QTEST_MAIN(TestOrganizationsPage)
#include "tst_ui_organizations.moc"
