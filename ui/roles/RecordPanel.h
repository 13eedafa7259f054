#pragma once

#include "FieldErrors.h"
#include "common/StoreSession.h"
#include "common/StoreWorker.h"
#include "json/Value.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace claimsmith::ui {

class RecordListModel;

// What a save returns: the saved record, or the error; on a conflict also
// the record as it is stored now (to show both versions).
template <class T>
struct SaveOutcome
{
    SaveOutcome(store::Error e)
        : result(std::move(e))
    {}
    explicit SaveOutcome(store::Result<T> r)
        : result(std::move(r))
    {}
    store::Result<T> result;
    std::optional<T> theirs;
};

// A short list of records with a filter field, and the detail form of the
// selected one: the part that the Roles, Permissions and Applications lists
// share. It keeps the list's states (loading, empty, nothing matches, error),
// which record is shown, the Save and Revert buttons, the undo stack of the
// form's edits and the question before unsaved edits are dropped. Subclasses
// load the list, fill and read the form, and write to the store.
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString newButton;       // "New Role"
        QString filterHint;      // "Filter roles"
        QString loading;         // "Loading roles…"
        QString empty;           // "No roles yet…"
        QString noMatch;         // "No role matches “%1”."
        QString nothingSelected; // "Select a role…"
        QString loadFailed;      // "Cannot load the roles: %1"
    };

    // `name` prefixes the object names of the panel's widgets ("role":
    // roleFilter, roleList, roleNew, roleDelete, roleSave, roleRevert …).
    RecordPanel(const QString& name, RecordListModel* model, Texts texts,
                QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    StoreSession* session() const { return m_session; }
    QUndoStack* undoStack() const { return m_undo; }
    bool hasUnsavedChanges() const { return isDirty(); }

    void focusSearch();
    // Starts a new record (after asking about unsaved edits).
    void createNew();
    // Loads the list again; unsaved edits stay in the form.
    void refresh();
    // Saves the form if it has edits (Ctrl+S).
    void saveIfChanged();
    // Deletes the shown record after asking (Delete).
    void deleteCurrent();

    // The record the form shows (empty while creating or when none is).
    QString currentKey() const { return m_currentKey; }
    bool isCreating() const { return m_creating; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    void statusMessage(const QString& text);

protected:
    // Starts loading the list: call loadWith(), then fill the model and call
    // loaded(), or call loadFailed().
    virtual void load() = 0;
    // Shows the record `key` of the model in the form, or a new record when
    // `key` is empty. Sets the form's base (what Revert goes back to).
    virtual void fillForm(const QString& key) = 0;
    // The form shows nothing (no record selected): not dirty.
    virtual void clearForm() = 0;
    // Empties the model (no store open).
    virtual void clearList() = 0;
    virtual bool isDirty() const = 0;
    // Checks the fields, then writes (the Save button and Ctrl+S).
    virtual void save() = 0;
    // Asks, then deletes the record `key`.
    virtual void remove(const QString& key) = 0;
    // The field that gets the focus on a new record.
    virtual QWidget* firstField() const = 0;
    // The panel got a store (or lost it: nullptr); before the first load.
    virtual void sessionChanged() {}
    // Which writes of other pages (and of this one) reload the list.
    virtual bool watches(DataKind kind) const = 0;

    // The detail's fields, under the title and above the buttons.
    void setForm(QWidget* form);
    // The list's column that takes the room that is left (default: the last).
    void setStretchColumn(int column);
    void setDetailTitle(const QString& title, const QString& note = {});
    RecordListModel* model() const { return m_model; }
    FieldErrors& errors() { return m_errors; }

    // The model holds the loaded list.
    void loaded();
    void loadFailed(const QString& message);
    // A record was written: show it (selected) and tell the other pages.
    void showSaved(const QString& key, DataKind kind, const QString& message);
    // A record was deleted: tell the other pages.
    void showDeleted(const QString& key, DataKind kind, const QString& message);
    // The form changed: Save and Revert follow.
    void updateButtons();
    void setSaving(bool saving);
    bool saving() const { return m_saving; }
    // Shows the form again from its base (Revert).
    void showAgain();
    // The form was filled anew by the subclass (Reload in a conflict): no
    // undo steps, no errors.
    void discardHistory();

    // Runs on the store worker; `done` is dropped if the store was closed or
    // replaced meanwhile.
    template <class Work, class Done>
    void run(Work work, Done done)
    {
        if (!m_session)
            return;
        m_session->worker()->run(this, std::move(work), guarded(std::move(done)));
    }
    // The same for loading the list: a newer load supersedes an older one.
    template <class Work, class Done>
    void loadWith(Work work, Done done)
    {
        if (!m_session)
            return;
        m_loads.run(this, std::move(work), guarded(std::move(done)));
    }

    // A save met a newer version: show both and act on the answer.
    void askConflict(const QString& what, const json::Value& mine, const json::Value& theirs,
                     std::function<void()> reload, std::function<void()> overwrite);
    // Routes Undo/Redo keys of a text field to the page's stack instead of
    // the field's own undo.
    void routeUndoKeys(QWidget* field);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    template <class Done>
    auto guarded(Done done)
    {
        return [this, serial = m_sessionSerial, done = std::move(done)](auto result) mutable {
            if (serial == m_sessionSerial && m_session)
                done(std::move(result));
        };
    }

    enum class ListState
    {
        NoStore,
        Loading,
        Loaded,
        Failed
    };
    void updateListState();
    void currentRowChanged();
    // Shows the record `key` (empty: none) in the form and selects it.
    void show(const QString& key);
    void startNew();
    void selectInList(const QString& key);
    // Runs `then` if there are no unsaved edits or the admin drops them.
    void whenNothingUnsaved(std::function<void()> then);

    RecordListModel* m_model;
    Texts m_texts;
    StoreSession* m_session = nullptr;
    quint64 m_sessionSerial = 0;
    StoreWorker::Channel m_loads;
    QUndoStack* m_undo;
    FieldErrors m_errors;

    QSplitter* m_splitter;
    QLineEdit* m_filter;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_listMessage;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_delete;
    QStackedWidget* m_detailStack;
    QLabel* m_nothing;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_note;
    QLabel* m_generalError;
    QLabel* m_unsaved;
    QPushButton* m_save;
    QPushButton* m_revert;

    ListState m_listState = ListState::NoStore;
    QString m_listError;
    QString m_currentKey;
    bool m_creating = false;
    bool m_selecting = false;
    bool m_saving = false;
    bool m_sized = false;
    int m_stretchColumn = -1;
};

} // namespace claimsmith::ui
