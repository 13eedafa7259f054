#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace claimsmith::ui {

class DomainListEditor;
class MembersPanel;
class MetadataEditor;
class StoreSession;

// The detail panel of the Organizations page: one organization's fields
// (Details), its metadata (Metadata) and its members (Members). Edits stay a
// draft — undoable on undoStack() — until Save writes them; a save that
// meets a newer version asks through the Prompter whether to reload, to
// overwrite or to keep editing. Mistakes are marked at their field, from the
// checks before saving and from the store's answer; what was typed stays.
class OrganizationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationEditor(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // Loads and shows the organization `id`; its draft starts clean.
    void showOrganization(const QString& id);
    // An empty organization that Save creates.
    void startNew();
    // Nothing selected.
    void showNothing(const QString& message = {});
    // Loads the shown organization again if there is nothing unsaved (after
    // a write elsewhere).
    void refreshIfClean();

    void save();
    void revert();

    // The organization as loaded (id empty: new or none).
    const model::Organization& original() const { return m_original; }
    const model::Organization& draft() const { return m_draft; }
    bool isNew() const { return m_mode == Mode::New; }
    bool hasRecord() const { return m_mode == Mode::Existing; }
    bool isSaving() const { return m_saving; }
    bool isDirty() const;
    QUndoStack* undoStack() const { return m_undo; }
    MembersPanel* membersPanel() const { return m_members; }
    void focusName();

signals:
    // A write succeeded: `created` for a new organization.
    void saved(const QString& id, bool created);
    void deleteRequested();
    void dirtyChanged(bool dirty);
    void statusMessage(const QString& text);

private:
    friend class DraftCommand;
    enum class Mode
    {
        Nothing,
        Loading,
        Existing,
        New
    };
    enum Tab
    {
        DetailsTab,
        MetadataTab,
        MembersTab
    };

    QWidget* createDetailsTab();
    QWidget* createMetadataTab();
    // Undo and redo: the widgets follow `draft`.
    void setDraft(const model::Organization& draft);
    // An edit: the draft becomes `after`, one undo step (`mergeId` >= 0:
    // consecutive edits with the same id are one step).
    void change(const model::Organization& after, int mergeId, const QString& what);
    void loaded(const model::Organization& o);
    void fillFields(const model::Organization& o);
    bool checkBeforeSave();
    void write(model::Organization org, bool creating);
    void showStoreError(const store::Error& error);
    void clearMarks();
    void updateState();
    void loadKeySuggestions();

    StoreSession* m_session = nullptr;
    StoreWorker::Channel m_loads;
    quint64 m_sessionGeneration = 0;
    quint64 m_recordGeneration = 0;
    Mode m_mode = Mode::Nothing;
    model::Organization m_original;
    model::Organization m_draft;
    bool m_saving = false;
    bool m_lastDirty = false;
    QPointer<QWidget> m_focusBeforeSave;
    QUndoStack* m_undo;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_externalId;
    QLabel* m_externalIdError;
    DomainListEditor* m_domains;
    QLabel* m_id;
    QLabel* m_created;
    QLabel* m_updated;
    QLabel* m_version;
    MetadataEditor* m_metadata;
    QLabel* m_metadataError;
    MembersPanel* m_members;
    QLabel* m_unsaved;
    QPushButton* m_delete;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace claimsmith::ui
