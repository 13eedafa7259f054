#pragma once

#include "common/Page.h"

class QTabWidget;

namespace claimsmith::ui {

class PermissionsPanel;
class RecordPanel;
class RolesPanel;

// Roles & Permissions: two tabs, each a list with the form of the selected
// record. Ctrl+N creates a record of the visible tab; Edit → Undo follows it.
class RolesPage : public Page
{
    Q_OBJECT

public:
    explicit RolesPage(QWidget* parent = nullptr);
    void setSession(StoreSession* session) override;

    void focusSearch() override;
    void createNew() override;
    void refresh() override;
    QUndoStack* undoStack() const override;
    bool hasUnsavedChanges() const override;

    RolesPanel* rolesPanel() const { return m_roles; }
    PermissionsPanel* permissionsPanel() const { return m_permissions; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    RecordPanel* current() const;
    void tabChanged();

    StoreSession* m_session = nullptr;
    QTabWidget* m_tabs;
    RolesPanel* m_roles;
    PermissionsPanel* m_permissions;
};

} // namespace claimsmith::ui
