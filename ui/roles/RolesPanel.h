#pragma once

#include "RecordPanel.h"
#include "model/Model.h"

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace claimsmith::ui {

class RoleListModel;

// The Roles tab: the roles, and the form of one role with every permission
// as a checkbox.
class RolesPanel : public RecordPanel
{
    Q_OBJECT

public:
    explicit RolesPanel(QWidget* parent = nullptr);

    RoleListModel* roles() const { return m_roles; }

protected:
    void load() override;
    void fillForm(const QString& key) override;
    void clearForm() override;
    void clearList() override;
    bool isDirty() const override;
    void save() override;
    void remove(const QString& key) override;
    QWidget* firstField() const override;
    bool watches(DataKind kind) const override;

private:
    enum Field
    {
        FieldSlug,
        FieldName,
        FieldDescription
    };

    // Shows `draft` in the fields (undo, redo, loading).
    void apply(const model::Role& draft);
    // The admin changed the draft: one undo step.
    void edit(int field, const QString& text, model::Role next);
    void permissionToggled(QListWidgetItem* item);
    void syncPermissions();
    void checkSlug();
    bool checkFields();
    void updateTitle();

    RoleListModel* m_roles;
    std::vector<model::Permission> m_permissions;
    model::Role m_base;
    model::Role m_draft;
    bool m_filling = false;

    QLineEdit* m_slug;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QListWidget* m_permissionList;
    QLabel* m_permissionCount;
};

} // namespace claimsmith::ui
