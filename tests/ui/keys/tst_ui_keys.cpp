// The Signing Keys page on a temporary store: generating (in a job, off the
// GUI thread), activating, retiring, exporting, the detail pane and the
// empty, error and closed states, driven through the real widgets.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "jose/Key.h"
#include "json/Reader.h"
#include "keys/GenerateKeyDialog.h"
#include "keys/KeyDetailPane.h"
#include "keys/KeysPage.h"
#include "keys/SigningKeyModel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>

using namespace claimsmith;
using namespace Qt::StringLiterals;

namespace {

model::SigningKey addKey(test::TempStore& store, jose::Algorithm alg, model::KeyState state,
                         int rsaBits = 0)
{
    jose::Key key;
    std::string error;
    if (!jose::Key::generate(alg, rsaBits, key, error))
        qFatal("cannot generate a test key: %s", error.c_str());
    auto added = store->addSigningKey(key, state);
    if (!added)
        qFatal("cannot add a test key: %s", added.error().message.c_str());
    return added.value();
}

std::vector<model::SigningKey> storedKeys(test::TempStore& store)
{
    auto keys = store->signingKeys();
    return keys ? keys.value() : std::vector<model::SigningKey>{};
}

const model::SigningKey* findKid(const std::vector<model::SigningKey>& keys, const std::string& kid)
{
    for (const model::SigningKey& k : keys) {
        if (k.kid == kid)
            return &k;
    }
    return nullptr;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// Releases a blocked generator however the test ends, so that the worker's
// thread never waits for long when the fixture closes.
struct ReleaseOnExit
{
    QSemaphore& semaphore;
    ~ReleaseOnExit() { semaphore.release(10); }
};

} // namespace

class TestUiKeys : public QObject
{
    Q_OBJECT

private:
    // A page on the fixture's session, shown, with its first load done.
    std::unique_ptr<ui::KeysPage> openPage(test::UiFixture& f)
    {
        auto page = std::make_unique<ui::KeysPage>();
        page->resize(1200, 700);
        page->setSession(&f.session());
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !page->isLoading(); }, 10000))
            return nullptr;
        return page;
    }

    template <class W>
    W* child(QWidget* parent, const QString& name)
    {
        W* w = parent->findChild<W*>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    void clickRow(ui::KeysPage& page, const std::string& kid)
    {
        auto* table = child<QTableView>(&page, u"keysTable"_s);
        QVERIFY(table);
        const int row = page.keyModel()->rowOf(qs(kid));
        QVERIFY(row >= 0);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        QVERIFY(proxy);
        const QModelIndex index = proxy->mapFromSource(page.keyModel()->index(row, 0));
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(page.selectedKid(), qs(kid));
    }

    void clickButton(QWidget* parent, const QString& name)
    {
        auto* button = parent->findChild<QAbstractButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Clicks Generate…, picks the algorithm, size and state in the dialog and
    // clicks its Generate button.
    void generateThroughDialog(ui::KeysPage& page, jose::Algorithm alg, int rsaBits,
                               model::KeyState state)
    {
        clickButton(&page, u"generateButton"_s);
        ui::GenerateKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ui::GenerateKeyDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto* algorithm = child<QComboBox>(dialog, u"algorithmCombo"_s);
        QVERIFY(algorithm);
        // Every algorithm jose signs with is offered, ES256 first and chosen.
        QCOMPARE(algorithm->currentData().toInt(), static_cast<int>(jose::Algorithm::ES256));
        for (jose::Algorithm a : jose::kAllAlgorithms)
            QVERIFY(algorithm->findData(static_cast<int>(a)) >= 0);
        algorithm->setFocus();
        algorithm->setCurrentIndex(algorithm->findData(static_cast<int>(alg)));
        auto* bits = child<QComboBox>(dialog, u"rsaBitsCombo"_s);
        QVERIFY(bits);
        QCOMPARE(bits->isEnabled(), jose::keyTypeFor(alg) == jose::KeyType::RSA);
        if (rsaBits)
            bits->setCurrentIndex(bits->findData(rsaBits));
        clickButton(dialog, state == model::KeyState::Active ? u"activeRadio"_s : u"nextRadio"_s);
        clickButton(dialog, u"generateOkButton"_s);
        QTRY_VERIFY(page.findChild<ui::GenerateKeyDialog*>() == nullptr);
    }

private slots:
    void emptyStateOffersGenerate()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QCOMPARE(page->keyModel()->rowCount(), 0);
        auto* message = child<QLabel>(page.get(), u"keysListMessage"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(u"No signing keys yet"_s));
        QVERIFY(child<QPushButton>(page.get(), u"emptyGenerateButton"_s)->isVisible());
        QVERIFY(!child<QToolButton>(page.get(), u"activateButton"_s)->isEnabled());
        QVERIFY(!child<QToolButton>(page.get(), u"exportJwksButton"_s)->isEnabled());
        // Ctrl+N opens the dialog.
        page->createNew();
        QTRY_VERIFY(page->findChild<ui::GenerateKeyDialog*>() != nullptr);
        page->findChild<ui::GenerateKeyDialog*>()->reject();
    }

    void generateEs256AsNext()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->keyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<ui::DataKind> changed;
        connect(&f.session(), &ui::StoreSession::dataChanged, this,
                [&](ui::DataKind k) { changed.push_back(k); });

        generateThroughDialog(*page, jose::Algorithm::ES256, 0, model::KeyState::Next);
        QTRY_COMPARE_WITH_TIMEOUT(storedKeys(f.store).size(), std::size_t(1), 20000);
        const model::SigningKey key = storedKeys(f.store).front();
        QCOMPARE(key.alg, std::string("ES256"));
        QCOMPARE(key.state, model::KeyState::Next);
        QTRY_COMPARE(page->keyModel()->rowCount(), 1);
        QTRY_COMPARE(page->selectedKid(), qs(key.kid));
        QVERIFY(!page->isGenerating());
        QVERIFY(changed == std::vector<ui::DataKind>{ui::DataKind::Keys});
        QVERIFY(prompter.asked.isEmpty());
    }

    void generateRsaAsActive()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey old =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(f);
        QVERIFY(page);
        generateThroughDialog(*page, jose::Algorithm::RS256, 3072, model::KeyState::Active);
        QTRY_COMPARE_WITH_TIMEOUT(storedKeys(f.store).size(), std::size_t(2), 60000);
        const std::vector<model::SigningKey> keys = storedKeys(f.store);
        const model::SigningKey* fresh = nullptr;
        for (const model::SigningKey& k : keys) {
            if (k.kid != old.kid)
                fresh = &k;
        }
        QVERIFY(fresh);
        QCOMPARE(fresh->alg, std::string("RS256"));
        QCOMPARE(fresh->state, model::KeyState::Active);
        QCOMPARE(findKid(keys, old.kid)->state, model::KeyState::Retired);
        QTRY_COMPARE(page->selectedKid(), qs(fresh->kid));
        QCOMPARE(ui::KeyDetailPane::keyTypeText(*fresh), u"RSA, 3072 bits"_s);
    }

    void generationRunsInAJobOffTheGuiThread()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QSemaphore gate;
        ReleaseOnExit release{gate};
        std::atomic<QThread*> ranOn{nullptr};
        page->setKeyGenerator([&](jose::Algorithm alg, int bits, jose::Key& out, std::string& e) {
            ranOn = QThread::currentThread();
            gate.tryAcquire(1, 20000);
            return jose::Key::generate(alg, bits, out, e);
        });
        std::vector<QString> jobs;
        connect(f.session().jobs(), &ui::StoreWorker::jobStarted, this,
                [&](quint64, const QString& title) { jobs.push_back(title); });

        generateThroughDialog(*page, jose::Algorithm::ES384, 0, model::KeyState::Next);
        // The job started and the generator runs on another thread, while this
        // (the GUI) thread goes on handling events.
        QCOMPARE(jobs.size(), std::size_t(1));
        QVERIFY(jobs.front().contains(u"ES384"_s));
        QTRY_VERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
        QVERIFY(page->isGenerating());
        QVERIFY(child<QWidget>(page.get(), u"generationBar"_s)->isVisible());
        QVERIFY(!child<QToolButton>(page.get(), u"generateButton"_s)->isEnabled());
        auto* filter = child<QLineEdit>(page.get(), u"keysFilter"_s);
        QTest::keyClicks(filter, u"ES"_s);
        QCOMPARE(filter->text(), u"ES"_s);
        QTest::qWait(50);
        QCOMPARE(storedKeys(f.store).size(), std::size_t(0));

        gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(storedKeys(f.store).size(), std::size_t(1), 20000);
        QTRY_VERIFY(!page->isGenerating());
        QVERIFY(!child<QWidget>(page.get(), u"generationBar"_s)->isVisible());
        QCOMPARE(storedKeys(f.store).front().alg, std::string("ES384"));
    }

    void cancelDiscardsTheKey()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QSemaphore gate;
        ReleaseOnExit release{gate};
        std::atomic_bool started{false};
        page->setKeyGenerator([&](jose::Algorithm alg, int bits, jose::Key& out, std::string& e) {
            started = true;
            gate.tryAcquire(1, 20000);
            return jose::Key::generate(alg, bits, out, e);
        });
        QSignalSpy status(page.get(), &ui::Page::statusMessage);
        generateThroughDialog(*page, jose::Algorithm::EdDSA, 0, model::KeyState::Active);
        QTRY_VERIFY(started.load());
        clickButton(page.get(), u"cancelGenerationButton"_s);
        gate.release();
        QTRY_VERIFY(!page->isGenerating());
        QVERIFY(f.idle());
        QCOMPARE(storedKeys(f.store).size(), std::size_t(0));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(u"cancelled"_s));
    }

    void activateRetiresTheActiveKey()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey active =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        const model::SigningKey next =
            addKey(f.store, jose::Algorithm::EdDSA, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        QCOMPARE(page->keyModel()->rowCount(), 2);
        clickRow(*page, next.kid);
        clickButton(page.get(), u"activateButton"_s);
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(prompter.asked.first().startsWith(u"confirm: "_s));
        // The confirmation says that the active key is retired.
        QVERIFY(prompter.asked.first().contains(qs(active.kid)));
        QVERIFY(prompter.asked.first().contains(u"retires"_s));
        QTRY_COMPARE(findKid(storedKeys(f.store), next.kid)->state, model::KeyState::Active);
        QCOMPARE(findKid(storedKeys(f.store), active.kid)->state, model::KeyState::Retired);
        QTRY_COMPARE(page->keyModel()->activeKey()->kid, next.kid);
        QCOMPARE(page->selectedKid(), qs(next.kid));
        QVERIFY(!child<QToolButton>(page.get(), u"activateButton"_s)->isEnabled());
    }

    void retireAsksAndCancelKeepsTheKey()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        const model::SigningKey next =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, next.kid);

        prompter.confirmAnswers.push_back(false);
        clickButton(page.get(), u"retireButton"_s);
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(prompter.asked.last().contains(u"Retire"_s));
        QVERIFY(f.idle());
        QCOMPARE(findKid(storedKeys(f.store), next.kid)->state, model::KeyState::Next);

        prompter.confirmAnswers.push_back(true);
        clickButton(page.get(), u"retireButton"_s);
        QCOMPARE(prompter.asked.size(), 2);
        QTRY_COMPARE(findKid(storedKeys(f.store), next.kid)->state, model::KeyState::Retired);
        QTRY_COMPARE(
            static_cast<model::KeyState>(page->keyModel()
                                             ->index(page->keyModel()->rowOf(qs(next.kid)), 0)
                                             .data(ui::SigningKeyModel::StateRole)
                                             .toInt()),
            model::KeyState::Retired);
        QVERIFY(!child<QToolButton>(page.get(), u"retireButton"_s)->isEnabled());
    }

    void retiringTheActiveKeyWarns()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey active =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, active.kid);
        clickButton(page.get(), u"retireButton"_s);
        QCOMPARE(prompter.asked.size(), 1);
        QVERIFY(prompter.asked.first().contains(u"no active key"_s));
        QTRY_COMPARE(findKid(storedKeys(f.store), active.kid)->state, model::KeyState::Retired);
        QVERIFY(!f.store->activeSigningKey());
    }

    void staleKeyReloadsAndSaysSo()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey next =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, next.kid);
        // Someone else activates it meanwhile; the page still shows it as next.
        QVERIFY(f.store->activateSigningKey(next.kid, next.version));
        clickButton(page.get(), u"retireButton"_s);
        QTRY_COMPARE(prompter.asked.size(), 2);
        QVERIFY(prompter.asked.last().startsWith(u"error: "_s));
        QVERIFY(prompter.asked.last().contains(u"changed elsewhere"_s));
        QCOMPARE(findKid(storedKeys(f.store), next.kid)->state, model::KeyState::Active);
        QTRY_VERIFY(page->keyModel()->activeKey() != nullptr);
        QCOMPARE(page->keyModel()->activeKey()->kid, next.kid);
    }

    void exportJwksWritesTheStoresJwks()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        addKey(f.store, jose::Algorithm::RS256, model::KeyState::Next);
        addKey(f.store, jose::Algorithm::EdDSA, model::KeyState::Retired);
        auto page = openPage(f);
        QVERIFY(page);
        const QString path = f.store.dir() + u"/exported-jwks.json"_s;
        QString asked;
        page->setSaveFileChooser([&](const QString& title, const QString& name,
                                     std::function<void(const QString&)> chosen) {
            asked = title + u" "_s + name;
            chosen(path);
        });
        clickButton(page.get(), u"exportJwksButton"_s);
        QVERIFY(asked.contains(u"jwks.json"_s));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(f.idle());
        const json::ParseResult written = json::parse(test::readFile(path));
        QVERIFY(written.ok);
        QVERIFY(written.value == f.store->jwks().value());
        QCOMPARE(written.value.find("keys")->size(), std::size_t(2));
        QVERIFY(prompter.asked.isEmpty());
    }

    void exportPublicKeyWritesThePublicJwk()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey key =
            addKey(f.store, jose::Algorithm::PS256, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, key.kid);
        const QString path = f.store.dir() + u"/public.json"_s;
        page->setSaveFileChooser([&](const QString&, const QString&,
                                     std::function<void(const QString&)> chosen) { chosen(path); });
        clickButton(page.get(), u"exportPublicKeyButton"_s);
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(f.idle());
        const json::ParseResult written = json::parse(test::readFile(path));
        QVERIFY(written.ok);
        QVERIFY(written.value == key.publicJwk);
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k"})
            QVERIFY2(!written.value.find(member), member);
    }

    void detailPaneShowsOnlyPublicMembers_data()
    {
        QTest::addColumn<int>("alg");
        QTest::newRow("ES256") << static_cast<int>(jose::Algorithm::ES256);
        QTest::newRow("ES512") << static_cast<int>(jose::Algorithm::ES512);
        QTest::newRow("RS256") << static_cast<int>(jose::Algorithm::RS256);
        QTest::newRow("EdDSA") << static_cast<int>(jose::Algorithm::EdDSA);
    }

    void detailPaneShowsOnlyPublicMembers()
    {
        QFETCH(int, alg);
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey key =
            addKey(f.store, static_cast<jose::Algorithm>(alg), model::KeyState::Active);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, key.kid);
        const QString text = page->detailPane()->jwkText();
        QVERIFY(!text.isEmpty());
        QVERIFY(child<QWidget>(page.get(), u"publicJwkView"_s)->isVisible());
        QVERIFY(!child<QWidget>(page.get(), u"noPublicFormNote"_s)->isVisible());
        const json::ParseResult shown = json::parse(text.toStdString());
        QVERIFY(shown.ok);
        QVERIFY(shown.value == key.publicJwk);
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k"})
            QVERIFY2(!shown.value.find(member), member);
        // Pretty: one member a line.
        QVERIFY(text.count(u'\n') >= 4);
        QCOMPARE(child<QLineEdit>(page.get(), u"detailKid"_s)->text(), qs(key.kid));
        QCOMPARE(child<QLabel>(page.get(), u"detailState"_s)->text(), u"Active"_s);
    }

    void detailPaneDropsPrivateMembersItWasGiven()
    {
        model::SigningKey k;
        k.kid = "x";
        k.alg = "RS256";
        k.publicJwk = json::Value::object({{"kty", "RSA"},
                                           {"n", "AQAB"},
                                           {"e", "AQAB"},
                                           {"d", "secret"},
                                           {"p", "x"},
                                           {"q", "y"},
                                           {"dp", "1"},
                                           {"dq", "2"},
                                           {"qi", "3"},
                                           {"k", "4"}});
        const json::Value shown = ui::KeyDetailPane::publicJwkOf(k);
        QCOMPARE(shown.size(), std::size_t(3));
        ui::KeyDetailPane pane;
        pane.showKey(&k);
        for (const QString& member : {u"\"d\""_s, u"\"p\""_s, u"\"qi\""_s, u"\"k\""_s})
            QVERIFY(!pane.jwkText().contains(member));
    }

    void hmacKeyHasNoPublicForm()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey key =
            addKey(f.store, jose::Algorithm::HS256, model::KeyState::Next);
        QVERIFY(key.publicJwk.isNull());
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, key.kid);
        auto* note = child<QLabel>(page.get(), u"noPublicFormNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"no public form"_s));
        QVERIFY(!child<QWidget>(page.get(), u"publicJwkView"_s)->isVisible());
        QVERIFY(page->detailPane()->jwkText().isEmpty());
        QVERIFY(!child<QToolButton>(page.get(), u"exportPublicKeyButton"_s)->isEnabled());
        QCOMPARE(ui::KeyDetailPane::keyTypeText(key), u"HMAC shared secret"_s);
    }

    void copyKidPutsItOnTheClipboard()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey key =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, key.kid);
        QGuiApplication::clipboard()->setText(u"something else"_s);
        clickButton(page.get(), u"copyKidButton"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), qs(key.kid));
        // Ctrl+C in the table does the same.
        QGuiApplication::clipboard()->setText(u"something else"_s);
        auto* table = child<QTableView>(page.get(), u"keysTable"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), qs(key.kid));
    }

    void filterNarrowsAndEscapeClears()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        addKey(f.store, jose::Algorithm::ES256, model::KeyState::Active);
        f.store.clock.advance(60'000);
        addKey(f.store, jose::Algorithm::EdDSA, model::KeyState::Next);
        f.store.clock.advance(60'000);
        addKey(f.store, jose::Algorithm::ES384, model::KeyState::Retired);
        auto page = openPage(f);
        QVERIFY(page);
        auto* table = child<QTableView>(page.get(), u"keysTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 3);
        page->focusSearch();
        auto* filter = child<QLineEdit>(page.get(), u"keysFilter"_s);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"eddsa"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClicks(filter, u"x"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        auto* message = child<QLabel>(page.get(), u"keysListMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"eddsax"_s));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(table->model()->rowCount(), 3);
        // Sorted newest first by default: the retired ES384 key was added last.
        QCOMPARE(table->model()->index(0, ui::SigningKeyModel::AlgorithmColumn).data().toString(),
                 u"ES384"_s);
    }

    void sealingErrorIsShownPlainly()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        // The key file that seals private keys cannot be read (a folder is
        // in its place).
        QVERIFY(QDir().mkpath(f.store.keyFile()));
        auto page = openPage(f);
        QVERIFY(page);
        generateThroughDialog(*page, jose::Algorithm::ES256, 0, model::KeyState::Active);
        QTRY_COMPARE_WITH_TIMEOUT(prompter.asked.size(), 1, 20000);
        const QString asked = prompter.asked.first();
        QVERIFY2(asked.startsWith(u"error: Cannot Add Signing Key: "_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"key file"_s), qPrintable(asked));
        QVERIFY(!asked.contains(u"SQLITE"_s, Qt::CaseInsensitive));
        QVERIFY(!page->isGenerating());
        QCOMPARE(storedKeys(f.store).size(), std::size_t(0));
    }

    void reloadsWhenAnotherPageWrites()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        auto page = openPage(f);
        QVERIFY(page);
        QCOMPARE(page->keyModel()->rowCount(), 0);
        const model::SigningKey key =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        f.session().notifyChanged(ui::DataKind::Keys);
        QTRY_COMPARE(page->keyModel()->rowCount(), 1);
        QCOMPARE(page->keyModel()->keyAt(0)->kid, key.kid);
        // F5 reloads too.
        addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        page->refresh();
        QTRY_COMPARE(page->keyModel()->rowCount(), 2);
        QVERIFY(!child<QLabel>(page.get(), u"keysListMessage"_s)->isVisible());
    }

    void closingTheStoreClears()
    {
        test::UiFixture f;
        test::TestPrompter prompter;
        const model::SigningKey key =
            addKey(f.store, jose::Algorithm::ES256, model::KeyState::Next);
        auto page = openPage(f);
        QVERIFY(page);
        clickRow(*page, key.kid);
        QVERIFY(!page->detailPane()->jwkText().isEmpty());
        page->setSession(nullptr);
        QCOMPARE(page->keyModel()->rowCount(), 0);
        QVERIFY(page->selectedKid().isEmpty());
        QVERIFY(page->detailPane()->jwkText().isEmpty());
        QVERIFY(!page->detailPane()->isVisible());
        QVERIFY(child<QLabel>(page.get(), u"keysListMessage"_s)->text().contains(u"No store"_s));
        for (const QString& name :
             {u"generateButton"_s, u"activateButton"_s, u"retireButton"_s, u"exportJwksButton"_s,
              u"exportPublicKeyButton"_s, u"copyKidButton"_s})
            QVERIFY2(!child<QToolButton>(page.get(), name)->isEnabled(), qPrintable(name));
        page->createNew();
        QVERIFY(page->findChild<ui::GenerateKeyDialog*>() == nullptr);
    }
};

QTEST_MAIN(TestUiKeys)
#include "tst_ui_keys.moc"
