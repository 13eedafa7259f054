#pragma once

#include "RecordPanel.h"
#include "model/Model.h"

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace claimsmith::ui {

class PermissionListModel;

// The Permissions tab: the permissions, and the form of one permission with
// the roles that grant it.
class PermissionsPanel : public RecordPanel
{
    Q_OBJECT

public:
    explicit PermissionsPanel(QWidget* parent = nullptr);

    PermissionListModel* permissions() const { return m_permissions; }

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

    void apply(const model::Permission& draft);
    void edit(int field, const QString& text, model::Permission next);
    void checkSlug();
    bool checkFields();
    void updateTitle();
    void updateGrantedBy();

    PermissionListModel* m_permissions;
    std::vector<model::Role> m_roles;
    model::Permission m_base;
    model::Permission m_draft;
    bool m_filling = false;

    QLineEdit* m_slug;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QLabel* m_grantedBy;
};

} // namespace claimsmith::ui
