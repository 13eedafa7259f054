#pragma once

#include "model/Model.h"
#include "store/StoreError.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace claimsmith::ui {

class MetadataEditor;
class StoreSession;
class UserMembershipsModel;

// One user: profile fields, the three metadata bags (metadata trusted and
// editable, user_metadata editable but marked untrusted, sso_attributes read
// only) and memberships. Every edit is a step on the undo stack until Save;
// input is checked at the field as it is typed, and store errors are shown
// at the field they name. A save that meets a newer version asks whether to
// keep editing, reload or overwrite; what was typed is never dropped silently.
class UserEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UserEditor(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // Loads the user (on the worker) and shows it; drops unsaved changes.
    void showUser(const QString& id);
    // An empty user to create.
    void newUser();
    void clear();

    QString userId() const;
    bool isNew() const { return m_isNew; }
    bool hasUnsavedChanges() const;
    bool canSave() const;
    QUndoStack* undoStack() const { return m_undo; }
    const model::User& draft() const { return m_draft; }

    void save();
    void revert();
    void deleteUser();

    // The undo commands set the draft through this.
    void setDraft(const model::User& user);

signals:
    void saved(const QString& id);
    void deleted(const QString& id);
    void statusMessage(const QString& text);
    void dirtyChanged(bool dirty);

private:
    enum Field
    {
        Email,
        EmailVerified,
        FirstName,
        LastName,
        ExternalId,
        Metadata,
        UserMetadata
    };
    void edit(Field field, const std::function<void(model::User&)>& change);
    void load(const model::User& user);
    void showDraft();
    void check();
    void showError(const store::Error& e);
    void saveDraft(model::User user);
    void resolveConflict(const model::User& mine);
    void loadMemberships();
    void updateButtons();

    QPointer<StoreSession> m_session;
    model::User m_loaded;
    model::User m_draft;
    bool m_isNew = false;
    bool m_hasUser = false;
    bool m_saving = false;
    bool m_showing = false;
    QUndoStack* m_undo;

    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QLineEdit* m_email;
    QLabel* m_emailError;
    QCheckBox* m_emailVerified;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_externalId;
    QLabel* m_externalIdError;
    QLabel* m_times;
    MetadataEditor* m_metadata;
    MetadataEditor* m_userMetadata;
    MetadataEditor* m_sso;
    QTableView* m_memberships;
    UserMembershipsModel* m_membershipsModel;
    QLabel* m_formError;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_delete;
    QWidget* m_empty;
    QWidget* m_content;
};

} // namespace claimsmith::ui
