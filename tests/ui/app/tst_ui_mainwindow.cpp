// The main window: opening, creating and closing stores without waiting on
// them, plain errors for files that are not stores, recent stores, the
// status bar, shortcuts, and the question before unsaved changes are lost.

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "common/Page.h"
#include "common/Settings.h"
#include "users/UserEditor.h"
#include "users/UsersPage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace claimsmith;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensAStore();
    void aFileThatIsNotAStoreIsRefusedPlainly();
    void createsANewStore();
    void shortcutsReachThePage();
    void unsavedChangesAreNotLostSilently();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::init()
{
    ui::Settings::useFile(m_dir.filePath(u"settings.ini"_s));
    ui::Settings::set(ui::settings::recentStores, QStringList());
}

void TestMainWindow::cleanup()
{
    ui::Settings::useFile(QString());
}

void TestMainWindow::opensAStore()
{
    test::TempStore s;
    model::User u;
    u.email = "ada@example.com";
    QVERIFY(s->createUser(u));
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    w.openStore(s.path());
    QVERIFY(!w.session()); // opening happens on the worker
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(w.session());
    QCOMPARE(w.windowTitle(), u"Claimsmith — store.claimsmith"_s);
    QCOMPARE(ui::Settings::get(ui::settings::recentStores), QStringList{s.path()});
    bool counted = false;
    QTRY_VERIFY((counted = [&] {
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
            if (l->text() == u"1 users · 0 organizations"_s)
                return true;
        return false;
    }()));
    // The Users page shows the user.
    auto* users = qobject_cast<ui::UsersPage*>(w.page(0));
    QVERIFY(users);
    QTRY_COMPARE(users->table()->model()->rowCount(), 1);
    w.closeStore();
    QVERIFY(!w.session());
    QCOMPARE(w.windowTitle(), u"Claimsmith"_s);
    QCOMPARE(users->table()->model()->rowCount(), 0);
}

void TestMainWindow::aFileThatIsNotAStoreIsRefusedPlainly()
{
    test::TestPrompter prompter;
    const QString path = m_dir.filePath(u"notes.claimsmith"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    ui::MainWindow w;
    QSignalSpy failed(&w, &ui::MainWindow::storeFailed);
    w.openStore(path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!w.session());
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked[0].startsWith(u"error: Cannot Open Store: "_s),
             qPrintable(prompter.asked[0]));
    QVERIFY2(prompter.asked[0].contains(u"is not a Claimsmith store"_s),
             qPrintable(prompter.asked[0]));
    QVERIFY2(!prompter.asked[0].contains(u"file is not a database"_s),
             qPrintable(prompter.asked[0]));
    QVERIFY(ui::Settings::get(ui::settings::recentStores).isEmpty());
    // A missing file.
    w.openStore(m_dir.filePath(u"missing.claimsmith"_s));
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(prompter.asked[1].contains(u"there is no store at"_s));
}

void TestMainWindow::createsANewStore()
{
    qputenv("CLAIMSMITH_KEY_FILE", m_dir.filePath(u"k.key"_s).toLocal8Bit());
    const QString path = m_dir.filePath(u"new.claimsmith"_s);
    ui::MainWindow w;
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    w.openStore(path, true);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestMainWindow::shortcutsReachThePage()
{
    test::TempStore s;
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    w.openStore(s.path());
    QTRY_COMPARE(opened.count(), 1);
    auto* users = qobject_cast<ui::UsersPage*>(w.page(0));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(users->findChild<QLineEdit*>(u"search"_s)->hasFocus());
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(users->editor()->isNew());
    // Ctrl+2 shows the next page.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.findChild<QListWidget*>(u"sidebar"_s)->currentRow(), 1);
}

void TestMainWindow::unsavedChangesAreNotLostSilently()
{
    test::TestPrompter prompter;
    test::TempStore s;
    ui::MainWindow w;
    w.show();
    QSignalSpy opened(&w, &ui::MainWindow::storeOpened);
    w.openStore(s.path());
    QTRY_COMPARE(opened.count(), 1);
    auto* users = qobject_cast<ui::UsersPage*>(w.page(0));
    users->createNew();
    QTest::keyClicks(users->editor()->findChild<QLineEdit*>(u"email"_s), u"half@typed"_s);
    QVERIFY(users->hasUnsavedChanges());
    prompter.confirmAnswers = {false};
    w.closeStore();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked[0].startsWith(u"confirm: Unsaved Changes"_s));
    QVERIFY(w.session()); // still open, still typed
    QCOMPARE(users->editor()->findChild<QLineEdit*>(u"email"_s)->text(), u"half@typed"_s);
    prompter.confirmAnswers = {true};
    w.closeStore();
    QVERIFY(!w.session());
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
