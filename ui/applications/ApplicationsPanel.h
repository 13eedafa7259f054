#pragma once

#include "model/Model.h"
#include "roles/RecordPanel.h"

#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace claimsmith::ui {

class ApplicationListModel;
class MetadataEditor;

// The applications and the form of one: name, client id, token lifetime,
// template, client metadata; id, times and version read-only.
class ApplicationsPanel : public RecordPanel
{
    Q_OBJECT

public:
    explicit ApplicationsPanel(QWidget* parent = nullptr);

    ApplicationListModel* applications() const { return m_applications; }

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
    void sessionChanged() override;

private:
    enum Field
    {
        FieldName,
        FieldClientId,
        FieldLifetime
    };

    void apply(const model::Application& draft);
    void edit(int field, const QString& text, model::Application next);
    void syncTemplates();
    void updateLifetimeHint();
    void updateInfo();
    void updateTitle();
    bool checkFields();

    ApplicationListModel* m_applications;
    QStringList m_templates;
    model::Application m_base;
    model::Application m_draft;
    bool m_filling = false;

    QLineEdit* m_name;
    QLineEdit* m_clientId;
    QSpinBox* m_lifetime;
    QLabel* m_lifetimeHint;
    QToolButton* m_presets;
    QComboBox* m_template;
    QLabel* m_templateHint;
    MetadataEditor* m_metadata;
    QLabel* m_id;
    QLabel* m_created;
    QLabel* m_updated;
    QLabel* m_version;
    bool m_templateMissing = false; // the template list shows a missing name
};

} // namespace claimsmith::ui
