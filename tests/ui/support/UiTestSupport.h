#pragma once

// What the GUI tests share: a Prompter that answers at once and records what
// it was asked, an open session on a temporary store, and waiting for the
// store worker without nested event loops of our own (QTRY_* only).

#include "TempStore.h"
#include "common/Prompter.h"
#include "common/StoreSession.h"

#include <QStringList>

#include <deque>
#include <memory>

namespace claimsmith::test {

class TestPrompter final : public ui::Prompter
{
public:
    TestPrompter();
    ~TestPrompter() override;

    // Answers to give, in order; when none is queued, confirm says yes and
    // conflict keeps editing.
    std::deque<bool> confirmAnswers;
    std::deque<ConflictChoice> conflictAnswers;
    // What was asked: "confirm: TITLE: TEXT", "error: TITLE: TEXT",
    // "conflict: WHAT".
    QStringList asked;
    // The two texts of the last conflict.
    QString lastMine;
    QString lastTheirs;

    void confirm(QWidget* parent, const QString& title, const QString& text, const QString& action,
                 std::function<void(bool)> answer) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    void conflict(QWidget* parent, const QString& what, const QString& mine, const QString& theirs,
                  std::function<void(ConflictChoice)> answer) override;
};

// A temporary store (TempStore: fixed clock, its own key file) with a
// session of the desktop application open on it. Settings go to a temporary
// file, never the user's.
class UiFixture
{
public:
    UiFixture();
    ~UiFixture();

    TempStore store;
    ui::StoreSession& session() { return *m_session; }
    // Waits until both workers have nothing queued (QTRY_VERIFY inside).
    bool idle(int timeoutMs = 10000);

private:
    std::unique_ptr<ui::StoreSession> m_session;
};

} // namespace claimsmith::test
