// The Applications page against a temporary store: the list with the default
// application marked, the filter, creating, editing with undo, the template
// choice, metadata limits at the field, refused writes, deleting with
// confirmation, conflicts, and closing the store.

#include "UiTestSupport.h"
#include "applications/ApplicationListModel.h"
#include "applications/ApplicationsPage.h"
#include "applications/ApplicationsPanel.h"
#include "applications/Lifetime.h"
#include "common/MetadataEditor.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "roles/RecordListModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
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

json::Value j(const char* text)
{
    return json::parse(text).value;
}

struct Seeded
{
    model::Application portal;
    model::Application cli;
};

Seeded seed(test::TempStore& s)
{
    must(s->createTemplate("default", R"({"app": "portal"})", "first"));
    must(s->createTemplate("mobile", R"({"app": "mobile"})", "first"));
    Seeded out;
    model::Application a;
    a.name = "Portal";
    a.clientId = "client_portal";
    a.metadata = j(R"({"tier":"gold"})");
    out.portal = must(s->createApplication(a));
    s.clock.advance(1000);
    model::Application b;
    b.name = "CLI";
    b.clientId = "client_cli";
    b.templateName = "mobile";
    b.tokenLifetime = 600;
    out.cli = must(s->createApplication(b));
    return out;
}

struct Harness
{
    test::UiFixture f;
    test::TestPrompter prompter;
    Seeded seeded;
    ui::ApplicationsPage page;

    explicit Harness(bool doSeed = true)
    {
        if (doSeed)
            seeded = seed(f.store);
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
    }
    ~Harness() { page.setSession(nullptr); }
    // Every change the model makes, checked as it happens.
    QAbstractItemModelTester tester{page.panel()->applications(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};

    template <class T>
    T* get(const char* name)
    {
        T* w = page.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    ui::ApplicationListModel* model() { return page.panel()->applications(); }
    model::Application stored(const std::string& id) { return must(f.store->application(id)); }
    bool clickRow(const QString& key)
    {
        auto* table = get<QTableView>("applicationList");
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
    void type(const char* name, const QString& text)
    {
        auto* edit = get<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // Types seconds into the lifetime spin box.
    void typeLifetime(int seconds)
    {
        auto* spin = get<QSpinBox>("applicationLifetime");
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(seconds));
    }
    ui::MetadataEditor* metadata() { return get<ui::MetadataEditor>("applicationMetadata"); }
    std::vector<model::AuditEvent> audit(const char* action)
    {
        store::AuditQuery q;
        q.action = action;
        return must(f.store->findAuditEvents(q)).items;
    }
    QString id(const model::Application& a) { return QString::fromStdString(a.id); }
};

} // namespace

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void readableLifetime_data();
    void readableLifetime();
    void loadsAndShows();
    void emptyStore();
    void filters();
    void createsApplication();
    void editUndoSave();
    void missingTemplateIsMarked();
    void templateThatAppearsLosesItsMark();
    void metadataOverLimitsAtField();
    void metadataRefusedByStoreAtField();
    void duplicateClientIdRefusedAtField();
    void deleteConfirmed();
    void conflictReload();
    void conflictOverwrite();
    void closingStoreClears();
};

void TestApplicationsPage::readableLifetime_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("30 s") << qint64(30) << u"30 seconds"_s;
    QTest::newRow("1 min") << qint64(60) << u"1 minute"_s;
    QTest::newRow("10 min") << qint64(600) << u"10 minutes"_s;
    QTest::newRow("1 h") << qint64(3600) << u"1 hour"_s;
    QTest::newRow("1 h 30") << qint64(5400) << u"1 hour 30 minutes"_s;
    QTest::newRow("1 h 5 s") << qint64(3605) << u"1 hour 5 seconds"_s;
    QTest::newRow("2 days") << qint64(2 * 86400) << u"2 days"_s;
    QTest::newRow("1 year") << qint64(365 * 86400) << u"1 year"_s;
    QTest::newRow("10 years") << qint64(3650 * 86400) << u"10 years"_s;
}

void TestApplicationsPage::readableLifetime()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ui::readableLifetime(seconds), text);
}

void TestApplicationsPage::loadsAndShows()
{
    Harness h;
    QAbstractItemModelTester tester(h.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* list = h.get<QTableView>("applicationList");
    QAbstractItemModelTester proxyTester(list->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    h.page.setSession(&h.f.session());
    QCOMPARE(h.get<QLabel>("applicationListMessage")->text(), u"Loading applications…"_s);
    QTRY_COMPARE(h.model()->rowCount(), 2);
    using M = ui::ApplicationListModel;
    // Oldest first; the oldest is the default and marked.
    QCOMPARE(h.model()->index(0, M::Name).data().toString(), u"Portal (default)"_s);
    QVERIFY(h.model()->index(0, M::Name).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(h.model()->index(1, M::Name).data().toString(), u"CLI"_s);
    QCOMPARE(h.model()->index(1, M::ClientId).data().toString(), u"client_cli"_s);
    QCOMPARE(h.model()->index(1, M::Template).data().toString(), u"mobile"_s);
    QCOMPARE(h.model()->index(0, M::Lifetime).data().toString(), u"1 hour"_s);
    QCOMPARE(h.model()->index(1, M::Lifetime).data().toString(), u"10 minutes"_s);

    // The default application is shown first.
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    QCOMPARE(h.get<QLineEdit>("applicationClientId")->text(), u"client_portal"_s);
    QCOMPARE(h.get<QSpinBox>("applicationLifetime")->value(), 3600);
    QCOMPARE(h.get<QLabel>("applicationLifetimeHint")->text(), u"= 1 hour"_s);
    auto* combo = h.get<QComboBox>("applicationTemplate");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"default"_s);
    QCOMPARE(h.metadata()->table()->rowCount(), 1);
    QCOMPARE(h.metadata()->table()->item(0, 0)->text(), u"tier"_s);
    QCOMPARE(h.get<QLabel>("applicationId")->text(), h.id(h.seeded.portal));
    QCOMPARE(h.get<QLabel>("applicationVersion")->text(), u"1"_s);
    QVERIFY(!h.get<QLabel>("applicationCreated")->text().isEmpty());
    QVERIFY(h.get<QLabel>("applicationNote")->text().contains(u"default application"_s));

    QVERIFY(h.clickRow(h.id(h.seeded.cli)));
    QCOMPARE(h.get<QLineEdit>("applicationName")->text(), u"CLI"_s);
    QCOMPARE(combo->currentText(), u"mobile"_s);
    QVERIFY(h.get<QLabel>("applicationNote")->isHidden());
    QVERIFY(!h.page.hasUnsavedChanges());
}

void TestApplicationsPage::emptyStore()
{
    Harness h(false);
    h.page.setSession(&h.f.session());
    auto* message = h.get<QLabel>("applicationListMessage");
    QTRY_VERIFY(message->text().startsWith(u"No applications yet."_s));
    QVERIFY(message->isVisible());
    QVERIFY(h.get<QLabel>("applicationNothing")->isVisible());
    QVERIFY(!h.get<QPushButton>("applicationDelete")->isEnabled());
}

void TestApplicationsPage::filters()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.model()->rowCount(), 2);
    auto* filter = h.get<QLineEdit>("applicationFilter");
    auto* list = h.get<QTableView>("applicationList");
    h.page.focusSearch();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"MOBILE"_s); // the template, any case
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"CLI"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTest::keyClicks(filter, u"default"_s); // the mark
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Portal (default)"_s);
    QTest::keyClicks(filter, u"x"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(h.get<QLabel>("applicationListMessage")->text(),
             u"No application matches “defaultx”."_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestApplicationsPage::createsApplication()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.model()->rowCount(), 2);
    QSignalSpy status(&h.page, &ui::Page::statusMessage);
    h.page.createNew();
    QVERIFY(h.page.panel()->isCreating());
    QVERIFY(h.get<QLineEdit>("applicationName")->hasFocus());
    QCOMPARE(h.get<QLabel>("applicationTitle")->text(), u"New application"_s);

    // Saving an empty form is refused at the name.
    h.get<QPushButton>("applicationSave")->click();
    QVERIFY(h.get<QLabel>("applicationNameError")->isVisible());

    QTest::keyClicks(h.get<QLineEdit>("applicationName"), u"Backoffice"_s);
    QVERIFY(h.get<QLabel>("applicationNameError")->isHidden());
    h.typeLifetime(900);
    QCOMPARE(h.get<QLabel>("applicationLifetimeHint")->text(), u"= 15 minutes"_s);
    auto* combo = h.get<QComboBox>("applicationTemplate");
    combo->setCurrentIndex(combo->findData(u"mobile"_s));
    h.metadata()->addRow();
    h.metadata()->table()->item(0, 0)->setText(u"team"_s);
    h.metadata()->table()->item(0, 1)->setText(u"\"ops\""_s);
    QVERIFY(h.metadata()->isValid());

    QTest::keyClick(h.get<QLineEdit>("applicationName"), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(must(h.f.store->applications()).size(), std::size_t(3));
    const model::Application a = must(h.f.store->applications()).back();
    QCOMPARE(a.name, std::string("Backoffice"));
    QCOMPARE(a.tokenLifetime, std::int64_t(900));
    QCOMPARE(a.templateName, std::string("mobile"));
    QCOMPARE(json::toString(a.metadata), std::string(R"({"team":"ops"})"));
    QVERIFY(QString::fromStdString(a.clientId).startsWith(u"client_"_s)); // generated
    QTRY_COMPARE(h.model()->rowCount(), 3);
    QVERIFY(h.f.idle());
    QCOMPARE(h.page.panel()->currentKey(), h.id(a));
    QCOMPARE(h.get<QLineEdit>("applicationClientId")->text(), QString::fromStdString(a.clientId));
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(status.last().first().toString(), u"Created application Backoffice"_s);
    // The default stays the oldest.
    QCOMPARE(h.model()->defaultId(), h.id(h.seeded.portal));
}

void TestApplicationsPage::editUndoSave()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    QUndoStack* undo = h.page.undoStack();
    auto* name = h.get<QLineEdit>("applicationName");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" 2"_s);
    h.typeLifetime(7200);
    QCOMPARE(h.get<QLabel>("applicationLifetimeHint")->text(), u"= 2 hours"_s);
    h.metadata()->table()->item(0, 1)->setText(u"\"platinum\""_s);
    QCOMPARE(undo->count(), 3);
    QVERIFY(h.page.hasUnsavedChanges());

    undo->undo(); // metadata
    QCOMPARE(h.metadata()->table()->item(0, 1)->text(), u"\"gold\""_s);
    undo->undo(); // lifetime
    QCOMPARE(h.get<QSpinBox>("applicationLifetime")->value(), 3600);
    QCOMPARE(h.get<QLabel>("applicationLifetimeHint")->text(), u"= 1 hour"_s);
    undo->undo(); // name
    QCOMPARE(name->text(), u"Portal"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
    undo->redo();
    undo->redo();
    QCOMPARE(name->text(), u"Portal 2"_s);
    QCOMPARE(h.get<QSpinBox>("applicationLifetime")->value(), 7200);

    h.get<QPushButton>("applicationSave")->click();
    QTRY_COMPARE(h.stored(h.seeded.portal.id).name, std::string("Portal 2"));
    const model::Application a = h.stored(h.seeded.portal.id);
    QCOMPARE(a.tokenLifetime, std::int64_t(7200));
    QCOMPARE(json::toString(a.metadata), std::string(R"({"tier":"gold"})")); // undone
    QCOMPARE(a.version, std::int64_t(2));
    QVERIFY(h.f.idle());
    QCOMPARE(undo->count(), 0);
    QCOMPARE(h.get<QLabel>("applicationVersion")->text(), u"2"_s);
    QCOMPARE(h.model()->index(0, ui::ApplicationListModel::Name).data().toString(),
             u"Portal 2 (default)"_s);
    const auto events = h.audit("application.update");
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].targetId, h.seeded.portal.id);
    QCOMPARE(events[0].actor, h.f.session().actor().toStdString());
}

void TestApplicationsPage::missingTemplateIsMarked()
{
    Harness h;
    model::Application old = h.stored(h.seeded.cli.id);
    old.templateName = "retired";
    must(h.f.store->updateApplication(old));
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.model()->rowCount(), 2);
    QVERIFY(h.clickRow(h.id(h.seeded.cli)));
    auto* combo = h.get<QComboBox>("applicationTemplate");
    // The stored name is shown, marked, next to the templates that exist.
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), u"retired (missing)"_s);
    QCOMPARE(combo->currentData().toString(), u"retired"_s);
    QVERIFY(h.get<QLabel>("applicationTemplateHint")->isVisible());
    QVERIFY(!h.page.hasUnsavedChanges());

    // Choosing one that exists drops the mark; undo brings it back.
    combo->setCurrentIndex(combo->findData(u"default"_s));
    QVERIFY(h.get<QLabel>("applicationTemplateHint")->isHidden());
    QCOMPARE(combo->count(), 2);
    h.page.undoStack()->undo();
    QCOMPARE(combo->currentText(), u"retired (missing)"_s);
    h.page.undoStack()->redo();
    h.get<QPushButton>("applicationSave")->click();
    QTRY_COMPARE(h.stored(h.seeded.cli.id).templateName, std::string("default"));
}

void TestApplicationsPage::templateThatAppearsLosesItsMark()
{
    Harness h;
    model::Application old = h.stored(h.seeded.cli.id);
    old.templateName = "later";
    must(h.f.store->updateApplication(old));
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.model()->rowCount(), 2);
    QVERIFY(h.clickRow(h.id(h.seeded.cli)));
    auto* combo = h.get<QComboBox>("applicationTemplate");
    QCOMPARE(combo->currentText(), u"later (missing)"_s);
    // Someone creates the template: the page reloads and the mark goes.
    must(h.f.store->createTemplate("later", R"({"a": 1})", "first"));
    h.f.session().notifyChanged(ui::DataKind::Templates);
    QTRY_COMPARE(combo->currentText(), u"later"_s);
    QVERIFY(h.get<QLabel>("applicationTemplateHint")->isHidden());
    QVERIFY(!h.page.hasUnsavedChanges());
}

void TestApplicationsPage::metadataOverLimitsAtField()
{
    Harness h;
    QVERIFY(!h.f.store->setLimitsProfile("workos"));
    h.f.session().setLimits(model::LimitsProfile::WorkOS);
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);

    // WorkOS values are at most 600 characters.
    const QString tooLong = QString(u'"' + QString(700, u'x') + u'"');
    h.metadata()->table()->item(0, 1)->setText(tooLong);
    QVERIFY(!h.metadata()->isValid());
    QVERIFY(h.page.hasUnsavedChanges());
    h.get<QPushButton>("applicationSave")->click();
    auto* table = h.metadata()->table();
    // The table is framed; the editor's own line says what is wrong (once).
    QVERIFY(table->property("fieldError").toString().contains(u"600"_s));
    QVERIFY(h.metadata()->problem().contains(u"600"_s));
    QVERIFY(h.get<QLabel>("applicationMetadataError")->isHidden());
    QVERIFY(table->hasFocus());
    QVERIFY(h.f.idle());
    // Not written; what was typed stays.
    QCOMPARE(json::toString(h.stored(h.seeded.portal.id).metadata),
             std::string(R"({"tier":"gold"})"));
    QCOMPARE(table->item(0, 1)->text(), tooLong);

    // Shortened, it passes and saves.
    table->item(0, 1)->setText(u"\"platinum\""_s);
    QVERIFY(h.metadata()->isValid());
    QVERIFY(table->property("fieldError").toString().isEmpty());
    h.get<QPushButton>("applicationSave")->click();
    QTRY_COMPARE(json::toString(h.stored(h.seeded.portal.id).metadata),
                 std::string(R"({"tier":"platinum"})"));
}

void TestApplicationsPage::metadataRefusedByStoreAtField()
{
    // The page checks with the default limits, the store with WorkOS's (as
    // when another admin changed the profile meanwhile): the store's refusal
    // is shown at the metadata field too.
    Harness h;
    QVERIFY(!h.f.store->setLimitsProfile("workos"));
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    h.metadata()->table()->item(0, 1)->setText(u"42"_s); // WorkOS: strings only
    QVERIFY(h.metadata()->isValid());
    h.get<QPushButton>("applicationSave")->click();
    auto* error = h.get<QLabel>("applicationMetadataError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().startsWith(u"Metadata"_s));
    QVERIFY(!h.metadata()->table()->property("fieldError").toString().isEmpty());
    QCOMPARE(h.metadata()->table()->item(0, 1)->text(), u"42"_s);
    QVERIFY(h.page.hasUnsavedChanges());
    QCOMPARE(h.stored(h.seeded.portal.id).version, std::int64_t(1));
}

void TestApplicationsPage::duplicateClientIdRefusedAtField()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.model()->rowCount(), 2);
    QVERIFY(h.clickRow(h.id(h.seeded.cli)));
    h.type("applicationClientId", u"client_portal"_s);
    h.get<QPushButton>("applicationSave")->click();
    auto* error = h.get<QLabel>("applicationClientIdError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"belongs to application"_s));
    QCOMPARE(h.get<QLineEdit>("applicationClientId")->text(), u"client_portal"_s);
    QCOMPARE(h.stored(h.seeded.cli.id).clientId, std::string("client_cli"));

    // An empty client id is refused before the store is asked.
    h.type("applicationClientId", QString());
    QVERIFY(error->isHidden());
    h.get<QPushButton>("applicationSave")->click();
    QVERIFY(error->isVisible());
    QVERIFY(error->text().startsWith(u"Type a client id"_s));
}

void TestApplicationsPage::deleteConfirmed()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    auto* list = h.get<QTableView>("applicationList");
    list->setFocus();
    h.prompter.confirmAnswers = {false};
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(h.prompter.asked.size(), 1);
    QVERIFY(h.prompter.asked[0].startsWith(u"confirm: Delete Application: Delete the application "
                                           "Portal (client id client_portal)?"_s));
    QVERIFY(h.prompter.asked[0].contains(u"default application"_s));
    QVERIFY(h.f.idle());
    QVERIFY(h.f.store->application(h.seeded.portal.id).ok());

    h.prompter.confirmAnswers = {true};
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(!h.f.store->application(h.seeded.portal.id).ok());
    QTRY_COMPARE(h.model()->rowCount(), 1);
    // The next oldest is the default now, and shown.
    QCOMPARE(h.model()->defaultId(), h.id(h.seeded.cli));
    QCOMPARE(h.model()->index(0, 0).data().toString(), u"CLI (default)"_s);
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"CLI"_s);
    QCOMPARE(h.audit("application.delete").size(), std::size_t(1));
}

void TestApplicationsPage::conflictReload()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    h.type("applicationName", u"Mine"_s);
    model::Application theirs = h.stored(h.seeded.portal.id);
    theirs.tokenLifetime = 120;
    must(h.f.store->updateApplication(theirs));

    h.prompter.conflictAnswers = {ui::Prompter::ConflictChoice::Reload};
    h.get<QPushButton>("applicationSave")->click();
    QTRY_COMPARE(h.prompter.asked.size(), 1);
    QCOMPARE(h.prompter.asked[0], u"conflict: The application Mine"_s);
    QVERIFY(h.prompter.lastMine.contains(u"\"name\": \"Mine\""_s));
    QVERIFY(h.prompter.lastTheirs.contains(u"\"token_lifetime\": 120"_s));
    QCOMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    QCOMPARE(h.get<QSpinBox>("applicationLifetime")->value(), 120);
    QCOMPARE(h.get<QLabel>("applicationVersion")->text(), u"2"_s);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.stored(h.seeded.portal.id).name, std::string("Portal"));
}

void TestApplicationsPage::conflictOverwrite()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    h.type("applicationName", u"Mine"_s);
    model::Application theirs = h.stored(h.seeded.portal.id);
    theirs.tokenLifetime = 120;
    must(h.f.store->updateApplication(theirs));

    h.prompter.conflictAnswers = {ui::Prompter::ConflictChoice::Overwrite};
    h.get<QPushButton>("applicationSave")->click();
    QTRY_COMPARE(h.stored(h.seeded.portal.id).name, std::string("Mine"));
    const model::Application a = h.stored(h.seeded.portal.id);
    QCOMPARE(a.tokenLifetime, std::int64_t(3600)); // mine, all of it
    QCOMPARE(a.version, std::int64_t(3));
    QCOMPARE(h.prompter.asked.size(), 1);
    QVERIFY(h.f.idle());
    QVERIFY(!h.page.hasUnsavedChanges());
}

void TestApplicationsPage::closingStoreClears()
{
    Harness h;
    h.page.setSession(&h.f.session());
    QTRY_COMPARE(h.get<QLineEdit>("applicationName")->text(), u"Portal"_s);
    h.type("applicationName", u"Edited"_s);
    h.page.setSession(nullptr);
    QCOMPARE(h.model()->rowCount(), 0);
    QVERIFY(!h.page.hasUnsavedChanges());
    QCOMPARE(h.page.undoStack()->count(), 0);
    QCOMPARE(h.get<QLabel>("applicationListMessage")->text(), u"No store is open."_s);
    QVERIFY(h.get<QLabel>("applicationNothing")->isVisible());
    QCOMPARE(h.get<QLineEdit>("applicationName")->text(), QString());
    QCOMPARE(h.metadata()->table()->rowCount(), 0);
    QVERIFY(h.f.idle());
    QCOMPARE(h.model()->rowCount(), 0);
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_ui_applications.moc"
