#pragma once

#include <QWidget>

class QUndoStack;

namespace claimsmith::ui {

class StoreSession;

// A page of the main window (Users, Organizations, …). The main window gives
// it the open store, or nullptr when none is open; the page does the rest.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setSession(StoreSession* session) = 0;
    // Ctrl+F: put the cursor in the page's search field.
    virtual void focusSearch() {}
    // Ctrl+N: create a new record of the page's kind, if it has one.
    virtual void createNew() {}
    // Reload what the page shows (F5).
    virtual void refresh() {}
    // The page's undo history (Edit → Undo follows the current page).
    virtual QUndoStack* undoStack() const { return nullptr; }
    // Whether the page holds changes that are not saved (asked before the
    // store is closed or the application quits).
    virtual bool hasUnsavedChanges() const { return false; }

signals:
    // A line for the status bar.
    void statusMessage(const QString& text);
};

} // namespace claimsmith::ui
