#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace claimsmith::ui {

// Every question and message the desktop application puts to people, in one
// seam: the application shows window-modal message boxes (no nested event
// loops: answers arrive through callbacks); tests install their own
// Prompter that answers at once and records what was asked.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // A destructive action: `action` is the button that does it ("Delete").
    virtual void confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& action, std::function<void(bool)> answer) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;

    // A save met a newer version of the record (someone else changed it).
    // `mine` and `theirs` are the two versions as readable text.
    enum class ConflictChoice
    {
        KeepEditing,
        Reload,
        Overwrite
    };
    virtual void conflict(QWidget* parent, const QString& what, const QString& mine,
                          const QString& theirs, std::function<void(ConflictChoice)> answer) = 0;

    static Prompter& instance();
    // Tests: `p` answers from now on (nullptr: the application's message boxes).
    static void install(Prompter* p);
};

} // namespace claimsmith::ui
