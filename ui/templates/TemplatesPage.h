#pragma once

#include "common/Page.h"
#include "RolloutDialog.h"
#include "common/StoreWorker.h"
#include "model/Model.h"
#include "template/Template.h"
#include "template/Vocabulary.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace claimsmith::ui {

class DraftStore;
class PreviewPanel;
class TemplateCodeEditor;

// Templates: the list of templates and their versions, the editor of the
// draft, and the live preview of a real user's token.
//
// The draft is written to disk a moment after each edit (DraftStore), so a
// crash or a quit loses nothing; it is offered back when the template is
// opened again. Saving makes a new immutable version; a version is promoted
// to staging, or to production after a rollout check.
class TemplatesPage : public Page
{
    Q_OBJECT

public:
    explicit TemplatesPage(QWidget* parent = nullptr);
    ~TemplatesPage() override;

    void setSession(StoreSession* session) override;
    void focusSearch() override;
    void createNew() override;
    void refresh() override;
    bool hasUnsavedChanges() const override;

    // For tests.
    TemplateCodeEditor* editor() const { return m_editor; }
    PreviewPanel* preview() const { return m_preview; }
    QString currentTemplate() const { return m_name; }
    const std::vector<model::TemplateVersion>& versions() const { return m_versions; }
    const std::optional<model::Template>& record() const { return m_record; }
    void openTemplate(const QString& name);
    void saveVersion(const QString& comment);
    // Staging at once; production after a rollout check (rolloutDialog()).
    void promote(int number, const QString& environment);
    RolloutDialog* rolloutDialog() const { return m_rollout; }
    void revertTo(int number);
    void compare(int left, int right);

signals:
    // The template's record and versions were (re)loaded.
    void templateLoaded(const QString& name);
    void saved(int number);
    void promoted(int number, const QString& environment);

private:
    void loadTemplates();
    void loadVocabulary();
    void loadVersions(const QString& name, bool keepDraft);
    void setEditorText(const QString& text);
    void textEdited();
    // The draft goes to disk a moment after the last keystroke; at once when
    // the page leaves the template or the store.
    void writeDraft();
    void flushDraft();
    void compileDraft();
    void updateVersionList();
    void writePromotion(int number, const QString& environment, const QString& note);
    void updateState();
    int selectedVersion() const;
    QString versionText(int number) const;

    StoreSession* m_session = nullptr;
    StoreWorker::Channel m_loads;
    StoreWorker::Channel m_versionLoads;
    std::unique_ptr<DraftStore> m_drafts;

    QListWidget* m_templates;
    QPushButton* m_newTemplate;
    QTreeWidget* m_versionList;
    QPushButton* m_compare;
    QPushButton* m_revert;
    QPushButton* m_promoteStaging;
    QPushButton* m_promoteProduction;
    QLabel* m_title;
    QLabel* m_draftBanner;
    TemplateCodeEditor* m_editor;
    QLineEdit* m_comment;
    QPushButton* m_save;
    PreviewPanel* m_preview;
    QTimer m_compileTimer;
    QPointer<RolloutDialog> m_rollout;

    QString m_name;
    std::optional<model::Template> m_record;
    std::vector<model::TemplateVersion> m_versions;
    QString m_baseText; // the version the draft started from
    tmpl::Template m_compiled;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace claimsmith::ui
