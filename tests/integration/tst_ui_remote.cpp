// The desktop application against the real `claimsmith serve`: connecting
// through the connect dialog (test first, then connect), the server's URL in
// the title and the status bar, the Users page listing, filtering and editing
// remote users (the edit checked in the store file, with the API key's name
// as the actor), a refused key and an unreachable server shown in the
// dialog with nothing opened, an untrusted TLS certificate explained, a
// keychain that cannot be reached, a keychain that keeps the key for the
// next session (one in memory), the key never in the settings file, and a
// server that goes away and comes back while an edit is pending: the status
// bar says it does not answer and when it is checked again (checks back off),
// and once it answers says it is connected and reloads the page by itself,
// the pending edit kept.

#include "ServerProcess.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "app/ConnectDialog.h"
#include "app/MainWindow.h"
#include "app/ServerKeys.h"
#include "common/MetadataEditor.h"
#include "common/Settings.h"
#include "store/SqliteStore.h"
#include "users/UserEditor.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

template <class T>
T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

ui::UsersPage* usersPage(ui::MainWindow& w)
{
    for (int i = 0; i < w.pageCount(); ++i) {
        if (w.pageKey(i) == u"users"_s) {
            w.showPage(i);
            return qobject_cast<ui::UsersPage*>(w.page(i));
        }
    }
    qFatal("no Users page");
}

// Opens File → Connect to Server… and returns the dialog.
ui::ConnectDialog* openDialog(ui::MainWindow& w)
{
    child<QAction>(&w, "connectToServer")->trigger();
    return w.findChild<ui::ConnectDialog*>();
}

// A keychain in memory behind the interface of the system's, answering
// later as QtKeychain does; with `refusal`, writes fail with it.
class MemoryKeychain : public ui::Keychain
{
public:
    MemoryKeychain(std::shared_ptr<QHash<QString, QString>> entries, QString refusal = {})
        : m_entries(std::move(entries))
        , m_refusal(std::move(refusal))
    {}
    void read(const QString& url, std::function<void(const QString&, const QString&)> done) override
    {
        QTimer::singleShot(0, [entries = m_entries, url, done = std::move(done)] {
            done(entries->value(url), QString());
        });
    }
    void write(const QString& url, const QString& key,
               std::function<void(const QString&)> done) override
    {
        QTimer::singleShot(
            0, [entries = m_entries, refusal = m_refusal, url, key, done = std::move(done)] {
                if (refusal.isEmpty())
                    entries->insert(url, key);
                done(refusal);
            });
    }

private:
    std::shared_ptr<QHash<QString, QString>> m_entries;
    QString m_refusal;
};

} // namespace

class TestUiRemote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unreachableKeychainKeepsTheKeyForTheSession();
    void connectListFilterAndEditRemoteUsers();
    void refusedKeyAndUnreachableServerOpenNothing();
    void keptKeyConnectsAgainAndNoKeyAsks();
    void keychainKeepsTheKeyForTheNextSession();
    void untrustedCertificateIsExplained();
    void serverGoneAndBackKeepsThePendingEdit();

private:
    test::ServerProcess m_server;
    std::unique_ptr<store::SqliteStore> m_local; // the server's file, read directly
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPrompter> m_prompter;
};

void TestUiRemote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::Settings::useFile(m_dir.filePath(u"settings.ini"_s));
    // Never the system keychain of whoever runs the tests: the session bus
    // is pointed nowhere (main), and after the first test keys stay in memory.
    m_prompter = std::make_unique<test::TestPrompter>();
    QString e = m_server.prepare(40);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = m_server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    auto local = store::SqliteStore::open(m_server.storePath().toStdString(), {});
    QVERIFY2(local.ok(), local.error().message.c_str());
    m_local = std::move(local.value());
}

void TestUiRemote::cleanupTestCase()
{
    if (m_server.process().state() == QProcess::Running)
        QCOMPARE(m_server.stop(), 0);
    ui::Settings::useFile(QString());
}

void TestUiRemote::unreachableKeychainKeepsTheKeyForTheSession()
{
    const QString url = m_server.baseUrl();
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    // No key kept: the dialog asks, with the URL filled in, and says where
    // the key will be kept.
    w.connectToServer(url);
    QTRY_VERIFY(w.findChild<ui::ConnectDialog*>());
    ui::ConnectDialog* dialog = w.findChild<ui::ConnectDialog*>();
    QCOMPARE(child<QLineEdit>(dialog, "url")->text(), url);
    auto* note = child<QLabel>(dialog, "keyNote");
    if (ui::ServerKeys::keychainCompiledIn()) {
        // The keychain's service is not reachable: the lookup fails, and
        // the dialog says the key is kept for this session only.
        QTRY_VERIFY2(note->text().contains(u"cannot be used"_s), qPrintable(note->text()));
    }
    QVERIFY2(note->text().contains(u"session only"_s), qPrintable(note->text()));
    QTest::keyClicks(child<QLineEdit>(dialog, "apiKey"), QString::fromStdString(m_server.adminKey));
    QTest::mouseClick(child<QPushButton>(dialog, "connect"), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"session only"_s),
                 qPrintable(w.statusBar()->currentMessage()));
    ui::ServerKeys::instance().setSessionOnly(true);
}

void TestUiRemote::connectListFilterAndEditRemoteUsers()
{
    const QString url = m_server.baseUrl();
    const QString key = QString::fromStdString(m_server.adminKey);
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    ui::ConnectDialog* dialog = openDialog(w);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "keyNote")->text().contains(u"session only"_s));
    auto* keyField = child<QLineEdit>(dialog, "apiKey");
    QCOMPARE(keyField->echoMode(), QLineEdit::Password);
    QTest::keyClicks(child<QLineEdit>(dialog, "url"), url + u"/"_s);
    QTest::keyClicks(keyField, key);
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    auto* answer = child<QLabel>(dialog, "answer");
    QTRY_VERIFY2(answer->text().startsWith(u"Connected"_s), qPrintable(answer->text()));
    QVERIFY(answer->text().contains(u"40 users"_s));
    QVERIFY(!answer->text().contains(key));
    QCOMPARE(opened.count(), 0); // a test opens nothing
    QTest::mouseClick(child<QPushButton>(dialog, "connect"), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), url); // without the trailing '/'
    QVERIFY(w.session());
    QCOMPARE(child<QLabel>(&w, "storeLocation")->text(), url);
    QVERIFY2(w.windowTitle().contains(url), qPrintable(w.windowTitle()));
    QTRY_VERIFY(!w.findChild<ui::ConnectDialog*>());
    QCOMPARE(ui::Settings::get(ui::settings::recentServers), QStringList{url});

    // The Users page lists the server's users.
    ui::UsersPage* page = usersPage(w);
    QVERIFY(page);
    const std::int64_t total = *m_local->userCount();
    QTRY_VERIFY(page->model()->atEnd());
    QCOMPARE(page->model()->rowCount(), static_cast<int>(total));
    QTRY_VERIFY(page->model()->userAt(0) != nullptr);

    // A metadata filter: the plan of the first user that has one.
    std::string plan;
    const store::Result<store::Page<model::User>> all = m_local->findUsers({});
    QVERIFY(all.ok());
    for (const model::User& u : all->items) {
        if (const json::Value* p = u.metadata.find("plan"); p && p->isString()) {
            plan = p->string();
            break;
        }
    }
    QVERIFY(!plan.empty());
    store::UserQuery q;
    q.metadata.push_back(
        {store::MetadataField::Metadata, "plan", store::MetadataCondition::Op::Equals, plan, true});
    const std::int64_t matching = *m_local->countUsers(q);
    QVERIFY(matching > 0 && matching < total);
    QTest::mouseClick(child<QToolButton>(page, "filterToggle"), Qt::LeftButton);
    QWidget* row = child<QWidget>(page, "condition");
    child<QComboBox>(row, "key")->setEditText(u"plan"_s);
    auto* op = child<QComboBox>(row, "op");
    op->setCurrentIndex(op->findData(int(store::MetadataCondition::Op::Equals)));
    QTest::keyClicks(child<QLineEdit>(row, "value"), QString::fromStdString(plan));
    QTRY_COMPARE(page->model()->rowCount(), static_cast<int>(matching));
    QTRY_VERIFY(page->model()->userAt(0) != nullptr);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        QTRY_VERIFY(page->model()->userAt(r) &&
                    page->model()->userAt(r)->metadata.find("plan")->string() == plan);

    // Edit the first one's metadata and save: it reaches the server's file.
    const std::string id = page->model()->userAt(0)->id;
    const std::int64_t version = page->model()->userAt(0)->version;
    page->table()->selectRow(0);
    ui::UserEditor* editor = page->editor();
    auto* metadata = child<ui::MetadataEditor>(editor, "metadata");
    QTableWidget* table = metadata->table();
    int planRow = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0) && table->item(r, 0)->text() == u"plan"_s)
                planRow = r;
        }
        return planRow >= 0;
    }());
    table->item(planRow, 1)->setText(u"\"edited-over-http\""_s);
    QVERIFY(page->hasUnsavedChanges());
    auto* save = child<QPushButton>(editor, "save");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page->hasUnsavedChanges());
    const store::Result<model::User> stored = m_local->user(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->metadata.find("plan")->string(), std::string("edited-over-http"));
    QCOMPARE(stored->version, version + 1);
    // Written by the server, with the API key's name as the actor.
    store::AuditQuery audit;
    audit.targetId = id;
    const auto events = m_local->findAuditEvents(audit);
    QVERIFY(events.ok());
    QVERIFY(!events->items.empty());
    QCOMPARE(events->items.front().actor, std::string("test admin"));
    QVERIFY(m_prompter->asked.isEmpty());

    // The key is nowhere in the settings file; the URL is.
    QFile settings(m_dir.filePath(u"settings.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray ini = settings.readAll();
    QVERIFY(ini.contains("servers"));
    QVERIFY(!ini.contains(QByteArray::fromStdString(m_server.adminKey)));
    w.closeStore();
    QTRY_VERIFY(!w.session());
}

void TestUiRemote::refusedKeyAndUnreachableServerOpenNothing()
{
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    ui::ConnectDialog* dialog = openDialog(w);
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &ui::ConnectDialog::checked);
    QTest::keyClicks(child<QLineEdit>(dialog, "url"), m_server.baseUrl());
    QTest::keyClicks(child<QLineEdit>(dialog, "apiKey"), u"csk_not_a_key_of_this_server"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    auto* answer = child<QLabel>(dialog, "answer");
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QVERIFY2(answer->text().contains(u"refused the API key"_s), qPrintable(answer->text()));
    QVERIFY(!answer->text().contains(u"csk_not_a_key"_s));
    // Connect checks again, is refused again, and opens nothing.
    QTest::mouseClick(child<QPushButton>(dialog, "connect"), Qt::LeftButton);
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(checked.at(1).at(0).toBool(), false);
    QVERIFY(answer->text().contains(u"refused the API key"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(!w.session());
    QCOMPARE(opened.count(), 0);

    // A server that is not there: what to do, not a refusal.
    auto* url = child<QLineEdit>(dialog, "url");
    url->clear();
    QTest::keyClicks(url, u"http://127.0.0.1:%1"_s.arg(test::freePort()));
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 3, 20000);
    QVERIFY2(answer->text().contains(u"Cannot reach the server"_s), qPrintable(answer->text()));
    // Not a URL at all: said at once.
    url->clear();
    QTest::keyClicks(url, u"ftp://example.com"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    QCOMPARE(checked.count(), 4);
    QVERIFY2(answer->text().contains(u"not a server URL"_s), qPrintable(answer->text()));
    QVERIFY(!w.session());
    QCOMPARE(opened.count(), 0);
    dialog->reject();
}

void TestUiRemote::keptKeyConnectsAgainAndNoKeyAsks()
{
    const QString url = m_server.baseUrl();
    // The first test kept the key for the session: connecting by URL alone
    // (the recent list, --remote) opens without asking.
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
        w.connectToServer(url);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(!w.findChild<ui::ConnectDialog*>());
        QCOMPARE(child<QLabel>(&w, "storeLocation")->text(), url);
    }
    // No key kept: the dialog asks, with the URL filled in.
    ui::ServerKeys::instance().setSessionOnly(true);
    ui::MainWindow w;
    w.show();
    w.connectToServer(url);
    QTRY_VERIFY(w.findChild<ui::ConnectDialog*>());
    ui::ConnectDialog* dialog = w.findChild<ui::ConnectDialog*>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "url")->text(), url);
    QVERIFY(child<QLineEdit>(dialog, "apiKey")->text().isEmpty());
    QVERIFY(!w.session());
    dialog->reject();
}

// The keychain's success path, through a keychain in memory: the key given
// in the dialog is written to it, and a later session (the session's keys
// forgotten) connects with it without asking, and the dialog fills it in.
void TestUiRemote::keychainKeepsTheKeyForTheNextSession()
{
    const QString url = m_server.baseUrl();
    const QString key = QString::fromStdString(m_server.adminKey);
    auto entries = std::make_shared<QHash<QString, QString>>();
    ui::ServerKeys& keys = ui::ServerKeys::instance();
    keys.setSessionOnly(false);
    keys.setKeychain(std::make_unique<MemoryKeychain>(entries));
    QVERIFY(keys.keychainAllowed());
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
        w.connectToServer(url);
        QTRY_VERIFY(w.findChild<ui::ConnectDialog*>());
        ui::ConnectDialog* dialog = w.findChild<ui::ConnectDialog*>();
        QVERIFY2(child<QLabel>(dialog, "keyNote")->text().contains(u"system keychain"_s),
                 qPrintable(child<QLabel>(dialog, "keyNote")->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "apiKey"), key);
        QTest::mouseClick(child<QPushButton>(dialog, "connect"), Qt::LeftButton);
        QTRY_COMPARE(opened.count(), 1);
        QTRY_COMPARE(entries->value(url), key);
        QTest::qWait(50); // the answer of the write is shown, if it has to be
        QVERIFY2(!w.statusBar()->currentMessage().contains(u"session only"_s),
                 qPrintable(w.statusBar()->currentMessage()));
    }
    // Never in the settings file.
    const QString settings = m_dir.filePath(u"settings.ini"_s);
    QVERIFY(!QFile::exists(settings) ||
            test::readFile(settings).find(key.toStdString()) == std::string::npos);
    // The next session: connected with the keychain's key, nothing asked.
    keys.forgetSession();
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
        w.connectToServer(url);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(!w.findChild<ui::ConnectDialog*>());
        QCOMPARE(child<QLabel>(&w, "storeLocation")->text(), url);
    }
    // The dialog fills in the kept key for its URL.
    keys.forgetSession();
    {
        ui::MainWindow w;
        w.show();
        ui::ConnectDialog* dialog = openDialog(w);
        QVERIFY(dialog);
        dialog->setUrl(url);
        QTRY_COMPARE(child<QLineEdit>(dialog, "apiKey")->text(), key);
        dialog->reject();
    }
    // A keychain that refuses the key: kept for the session, and said so.
    keys.setKeychain(std::make_unique<MemoryKeychain>(entries, u"locked"_s));
    entries->clear();
    {
        ui::MainWindow w;
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
        w.connectToServer(url, key);
        QTRY_COMPARE(opened.count(), 1);
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"refused it (locked)"_s),
                     qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(entries->isEmpty());
    }
    keys.setKeychain(nullptr);
    keys.setSessionOnly(true);
}

void TestUiRemote::untrustedCertificateIsExplained()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    test::ServerProcess server;
    QString e = server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.startTls();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // The server answers over TLS, but this computer does not trust its
    // self-signed certificate: the dialog says it is the TLS connection.
    ui::MainWindow w;
    w.show();
    ui::ConnectDialog* dialog = openDialog(w);
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &ui::ConnectDialog::checked);
    QTest::keyClicks(child<QLineEdit>(dialog, "url"), server.baseUrl());
    QTest::keyClicks(child<QLineEdit>(dialog, "apiKey"), QString::fromStdString(server.adminKey));
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    auto* answer = child<QLabel>(dialog, "answer");
    QVERIFY2(answer->text().contains(u"secure (TLS) connection failed"_s),
             qPrintable(answer->text()));
    QVERIFY(!w.session());
    dialog->reject();
    QCOMPARE(server.stop(), 0);
}

void TestUiRemote::serverGoneAndBackKeepsThePendingEdit()
{
    const QString url = m_server.baseUrl();
    const QString key = QString::fromStdString(m_server.adminKey);
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    ui::ConnectDialog* dialog = openDialog(w);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "url"), url);
    QTest::keyClicks(child<QLineEdit>(dialog, "apiKey"), key);
    QTest::mouseClick(child<QPushButton>(dialog, "connect"), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    auto* connection = child<QLabel>(&w, "connection");
    QVERIFY(connection->isVisible());
    QCOMPARE(connection->text(), u"Connected"_s);
    QAction* refresh = nullptr;
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = a;
    }
    QVERIFY(refresh);

    // The Users page lists the users, and an edit of the first is pending.
    ui::UsersPage* page = usersPage(w);
    QVERIFY(page);
    const int total = static_cast<int>(*m_local->userCount());
    QTRY_VERIFY(page->model()->atEnd());
    QTRY_COMPARE(page->model()->rowCount(), total);
    QTRY_VERIFY(page->model()->userAt(0) != nullptr);
    const std::string id = page->model()->userAt(0)->id;
    page->table()->selectRow(0);
    ui::UserEditor* editor = page->editor();
    QTRY_COMPARE(editor->userId(), QString::fromStdString(id));
    const std::int64_t version = m_local->user(id)->version;
    auto* firstName = child<QLineEdit>(editor, "firstName");
    firstName->selectAll();
    QTest::keyClicks(firstName, u"Pending"_s);
    QVERIFY(page->hasUnsavedChanges());

    // The server goes away. Saving fails with what happened, where and what
    // to do, in the editor and the status bar; the edit stays.
    m_server.kill();
    auto* save = child<QPushButton>(editor, "save");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto* formError = child<QLabel>(editor, "formError");
    QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), 20000);
    for (const QString& text : {formError->text(), w.statusBar()->currentMessage()}) {
        QVERIFY2(text.contains(url), qPrintable(text));
        QVERIFY2(text.contains(u"claimsmith serve"_s), qPrintable(text));
    }
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(firstName->text(), u"Pending"_s);
    QTRY_VERIFY(save->isEnabled()); // the admin can try again
    // The status bar says the server does not answer and when it is checked
    // again; the tooltip says where and what to do.
    QTRY_VERIFY2(connection->text().contains(u"not answering"_s), qPrintable(connection->text()));
    QVERIFY2(connection->toolTip().contains(url), qPrintable(connection->toolTip()));
    // A refresh of the list fails the same way and says so on the page; the
    // edit stays.
    refresh->trigger();
    auto* footer = child<QLabel>(page, "footer");
    QTRY_VERIFY_WITH_TIMEOUT(footer->text().contains(url), 20000);
    QVERIFY2(footer->text().contains(u"claimsmith serve"_s), qPrintable(footer->text()));
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(firstName->text(), u"Pending"_s);
    // The first check (after 1 s) fails too: the next waits twice as long.
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"trying again in 2 s"_s), 15000);

    // Meanwhile a user is added to the store file; then the server comes
    // back on the same address. Nothing is pressed: the next check finds it,
    // the status bar says it is connected, and the page reloads by itself
    // (the new user shows) without reconnecting, the pending edit kept.
    model::User added;
    added.email = "added-while-away@example.com";
    QVERIFY(m_local->createUser(added).ok());
    const QString e = m_server.restart();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(m_server.baseUrl(), url);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected"_s, 20000);
    QVERIFY(connection->toolTip().isEmpty());
    QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"answers again"_s),
                 qPrintable(w.statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), total + 1, 20000);
    QTRY_VERIFY(!footer->text().contains(url));
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(firstName->text(), u"Pending"_s);
    QCOMPARE(editor->userId(), QString::fromStdString(id));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->hasUnsavedChanges(), 20000);
    QVERIFY(!formError->isVisible());
    const store::Result<model::User> stored = m_local->user(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->firstName.value_or(std::string()), std::string("Pending"));
    QCOMPARE(stored->version, version + 1);
    QCOMPARE(w.session() != nullptr, true);
    w.closeStore();
}

int main(int argc, char** argv)
{
    // A session bus that is not there: the keychain (if built in) fails at
    // once, as under CI, and the keychain of whoever runs this is never touched.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/claimsmith-test-bus");
    QApplication app(argc, argv);
    TestUiRemote test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_remote.moc"
