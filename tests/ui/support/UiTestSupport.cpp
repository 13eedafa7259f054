#include "UiTestSupport.h"

#include "app/Gui.h"
#include "common/Settings.h"
#include "store/SqliteStore.h"

#include <QTest>

namespace claimsmith::test {

namespace {
// Every UI test links this file: icons and translations are there for all.
const bool resourcesRegistered = [] {
    ui::initResources();
    return true;
}();
} // namespace

TestPrompter::TestPrompter()
{
    ui::Prompter::install(this);
}

TestPrompter::~TestPrompter()
{
    ui::Prompter::install(nullptr);
}

void TestPrompter::confirm(QWidget*, const QString& title, const QString& text, const QString&,
                           std::function<void(bool)> answer)
{
    asked << QStringLiteral("confirm: %1: %2").arg(title, text);
    bool yes = true;
    if (!confirmAnswers.empty()) {
        yes = confirmAnswers.front();
        confirmAnswers.pop_front();
    }
    answer(yes);
}

void TestPrompter::error(QWidget*, const QString& title, const QString& text)
{
    asked << QStringLiteral("error: %1: %2").arg(title, text);
}

void TestPrompter::conflict(QWidget*, const QString& what, const QString& mine,
                            const QString& theirs, std::function<void(ConflictChoice)> answer)
{
    asked << QStringLiteral("conflict: %1").arg(what);
    lastMine = mine;
    lastTheirs = theirs;
    ConflictChoice choice = ConflictChoice::KeepEditing;
    if (!conflictAnswers.empty()) {
        choice = conflictAnswers.front();
        conflictAnswers.pop_front();
    }
    answer(choice);
}

UiFixture::UiFixture()
{
    ui::Settings::useFile(store.dir() + QStringLiteral("/settings.ini"));
    const std::string path = store.path().toStdString();
    const model::Clock* clock = &store.clock;
    m_session = std::make_unique<ui::StoreSession>(
        [path, clock]() -> store::Result<std::unique_ptr<store::Store>> {
            store::SqliteStore::Options o;
            o.clock = clock;
            o.idSeed = 44;
            auto s = store::SqliteStore::open(path, o);
            if (!s)
                return s.error();
            return std::unique_ptr<store::Store>(std::move(s.value()));
        },
        store.path());
}

UiFixture::~UiFixture()
{
    m_session.reset();
    ui::Settings::useFile(QString());
}

bool UiFixture::idle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return m_session->worker()->pending() == 0 && m_session->jobs()->pending() == 0; },
        timeoutMs);
}

} // namespace claimsmith::test
