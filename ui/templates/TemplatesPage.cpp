#include "TemplatesPage.h"

#include "DraftStore.h"
#include "PreviewPanel.h"
#include "RolloutDialog.h"
#include "TemplateCodeEditor.h"
#include "TemplateTextEdit.h"
#include "VersionDiff.h"
#include "common/Prompter.h"
#include "common/QtText.h"
#include "common/StoreSession.h"
#include "common/TimeText.h"
#include "issue/StoreVocabulary.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// How long after the last keystroke the draft is written to disk.
constexpr int kDraftDelayMs = 400;

struct TemplateData
{
    model::Template record;
    std::vector<model::TemplateVersion> versions;
};

} // namespace

TemplatesPage::TemplatesPage(QWidget* parent)
    : Page(parent)
    , m_templates(new QListWidget)
    , m_newTemplate(new QPushButton(tr("New Template…")))
    , m_versionList(new QTreeWidget)
    , m_compare(new QPushButton(tr("Compare with Draft")))
    , m_revert(new QPushButton(tr("Revert to This")))
    , m_promoteStaging(new QPushButton(tr("To Staging")))
    , m_promoteProduction(new QPushButton(tr("To Production…")))
    , m_title(new QLabel)
    , m_draftBanner(new QLabel)
    , m_editor(new TemplateCodeEditor)
    , m_comment(new QLineEdit)
    , m_save(new QPushButton(tr("Save Version")))
    , m_preview(new PreviewPanel)
{
    m_templates->setObjectName(u"templateList"_s);
    m_versionList->setObjectName(u"versionList"_s);
    m_versionList->setRootIsDecorated(false);
    m_versionList->setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Comment")});
    // Narrow columns: the tags and comments are elided (tooltips have them).
    m_versionList->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_versionList->header()->resizeSection(0, 110);
    m_versionList->header()->resizeSection(1, 110);
    m_versionList->header()->resizeSection(2, 80);
    m_versionList->header()->setStretchLastSection(true);
    m_compare->setObjectName(u"compareButton"_s);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setToolTip(tr("Put this version's text in the editor; save it to make it the "
                            "newest version."));
    m_promoteStaging->setObjectName(u"promoteStagingButton"_s);
    m_promoteProduction->setObjectName(u"promoteProductionButton"_s);
    m_newTemplate->setObjectName(u"newTemplateButton"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_draftBanner->setObjectName(u"draftBanner"_s);
    m_draftBanner->setWordWrap(true);
    m_draftBanner->setVisible(false);
    m_draftBanner->setStyleSheet(
        u"QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 3px; padding: 4px; }"_s);

    m_editor->setObjectName(u"templateEditor"_s);
    m_comment->setObjectName(u"versionComment"_s);
    m_comment->setPlaceholderText(tr("What changed (saved with the version)"));
    m_save->setObjectName(u"saveVersionButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the draft as a new version (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Templates")));
    leftLayout->addWidget(m_templates, 1);
    leftLayout->addWidget(m_newTemplate);
    leftLayout->addWidget(new QLabel(tr("Versions")));
    leftLayout->addWidget(m_versionList, 2);
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_compare);
    versionButtons->addWidget(m_revert);
    leftLayout->addLayout(versionButtons);
    auto* promoteButtons = new QHBoxLayout;
    promoteButtons->addWidget(m_promoteStaging);
    promoteButtons->addWidget(m_promoteProduction);
    leftLayout->addLayout(promoteButtons);

    auto* center = new QWidget;
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_title);
    centerLayout->addWidget(m_draftBanner);
    centerLayout->addWidget(m_editor, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_comment, 1);
    saveRow->addWidget(m_save);
    centerLayout->addLayout(saveRow);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(center);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({230, 620, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(kDraftDelayMs);
    connect(&m_compileTimer, &QTimer::timeout, this, &TemplatesPage::writeDraft);
    connect(m_editor, &TemplateCodeEditor::textChanged, this, &TemplatesPage::textEdited);
    // The claim under the cursor and the hole that made a claim, both ways.
    connect(m_editor, &TemplateCodeEditor::cursorClaimChanged, this, [this](const QString& name) {
        if (m_editor->hoveredClaim().isEmpty())
            m_preview->highlightClaim(name);
    });
    // The claim under the mouse while it is over one, else the caret's.
    connect(m_editor, &TemplateCodeEditor::hoveredClaimChanged, this, [this](const QString& name) {
        m_preview->highlightClaim(name.isEmpty() ? m_editor->currentClaim() : name);
    });
    connect(m_preview, &PreviewPanel::claimHovered, this, [this](const QString& name) {
        const std::string wanted = name.toStdString();
        for (const tmpl::ClaimSite& site : m_compiled.claims()) {
            if (site.name == wanted) {
                m_editor->highlightRange(site.valueSpan);
                return;
            }
        }
        m_editor->clearHighlight();
    });
    connect(m_templates, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty() && name != m_name)
            openTemplate(name);
    });
    connect(m_versionList, &QTreeWidget::currentItemChanged, this, [this] { updateState(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveVersion(m_comment->text()); });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const int v = selectedVersion())
            compare(v, 0);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const int v = selectedVersion())
            revertTo(v);
    });
    connect(m_promoteStaging, &QPushButton::clicked, this, [this] {
        if (const int v = selectedVersion())
            promote(v, u"staging"_s);
    });
    connect(m_promoteProduction, &QPushButton::clicked, this, [this] {
        if (const int v = selectedVersion())
            promote(v, u"production"_s);
    });
    connect(m_newTemplate, &QPushButton::clicked, this, &TemplatesPage::createNew);
    updateState();
}

TemplatesPage::~TemplatesPage()
{
    // Whatever was typed last is on disk before the page goes.
    flushDraft();
}

void TemplatesPage::flushDraft()
{
    m_editor->compileNow(); // an edit of this very moment reaches textEdited()
    if (!m_compileTimer.isActive())
        return;
    m_compileTimer.stop();
    writeDraft();
}

void TemplatesPage::writeDraft()
{
    if (!m_drafts || m_name.isEmpty())
        return;
    const QString text = m_editor->text();
    if (text == m_baseText) {
        m_drafts->remove(m_name);
        return;
    }
    QString error;
    const int base = m_record ? m_record->latestVersion : 0;
    if (!m_drafts->save(m_name, {text, base}, &error))
        emit statusMessage(
            tr("Cannot keep the draft on disk (%1): save a version soon.").arg(error));
}

void TemplatesPage::setSession(StoreSession* session)
{
    flushDraft();
    m_session = session;
    m_loads.setWorker(session ? session->worker() : nullptr);
    m_versionLoads.setWorker(session ? session->worker() : nullptr);
    m_loads.cancel();
    m_versionLoads.cancel();
    m_drafts = session ? std::make_unique<DraftStore>(session->location()) : nullptr;
    m_name.clear();
    m_record.reset();
    m_versions.clear();
    m_templates->clear();
    setEditorText(QString());
    m_preview->setSession(session);
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
            if (kind == DataKind::Templates)
                loadTemplates();
            if (kind == DataKind::Users || kind == DataKind::Organizations ||
                kind == DataKind::Roles)
                loadVocabulary();
        });
        loadTemplates();
        loadVocabulary();
    }
    updateState();
}

void TemplatesPage::focusSearch()
{
    m_templates->setFocus();
}

void TemplatesPage::refresh()
{
    loadTemplates();
    if (!m_name.isEmpty())
        loadVersions(m_name, true);
}

bool TemplatesPage::hasUnsavedChanges() const
{
    // The draft is on disk, so nothing is lost; but an admin who closes the
    // store should know that a draft is not yet a version.
    return !m_name.isEmpty() && m_editor->text() != m_baseText;
}

void TemplatesPage::createNew()
{
    if (!m_session)
        return;
    Prompter::instance().confirm(
        this, tr("New Template"),
        tr("A new template named “custom-%1” starts with an empty claims object. Rename it "
           "later by exporting and importing it.")
            .arg(m_templates->count() + 1),
        tr("Create"), [this](bool yes) {
            if (!yes)
                return;
            const std::string name = "custom-" + std::to_string(m_templates->count() + 1);
            m_session->worker()->run(
                this,
                [name](store::Store& s) {
                    return s.createTemplate(name, "{\n  \n}\n", "created in Claimsmith");
                },
                [this](store::Result<model::Template> t) {
                    if (!t) {
                        Prompter::instance().error(this, tr("New Template"), qs(t.error().message));
                        return;
                    }
                    m_session->notifyChanged(DataKind::Templates);
                    openTemplate(qs(t->name));
                });
        });
}

void TemplatesPage::loadTemplates()
{
    m_loads.run(
        this, [](store::Store& s) { return s.templates(); },
        [this](store::Result<std::vector<model::Template>> list) {
            if (!list) {
                emit statusMessage(
                    tr("Cannot list the templates: %1").arg(qs(list.error().message)));
                return;
            }
            const QString current = m_name;
            QSignalBlocker block(m_templates);
            m_templates->clear();
            for (const model::Template& t : *list) {
                QString label = qs(t.name);
                QStringList where;
                if (t.productionVersion)
                    where << tr("production v%1").arg(*t.productionVersion);
                if (t.stagingVersion)
                    where << tr("staging v%1").arg(*t.stagingVersion);
                auto* item = new QListWidgetItem(qs(t.name));
                item->setToolTip(where.join(u" · "_s));
                m_templates->addItem(item);
                if (qs(t.name) == current)
                    m_templates->setCurrentItem(item);
            }
            if (current.isEmpty() && m_templates->count() > 0) {
                m_templates->setCurrentRow(0);
                openTemplate(m_templates->item(0)->text());
            }
        });
}

void TemplatesPage::loadVocabulary()
{
    StoreWorker* worker = m_session ? m_session->worker() : nullptr;
    if (!worker)
        return;
    worker->run(
        this, [](store::Store& s) { return issue::vocabularyOf(s); },
        [this](store::Result<tmpl::Vocabulary> v) {
            if (!v)
                return;
            m_editor->setVocabulary(std::make_shared<const tmpl::Vocabulary>(std::move(*v)));
            compileDraft();
        });
}

void TemplatesPage::openTemplate(const QString& name)
{
    flushDraft(); // the draft of the template we leave
    loadVersions(name, false);
}

void TemplatesPage::loadVersions(const QString& name, bool keepDraft)
{
    const std::string n = name.toStdString();
    m_versionLoads.run(
        this,
        [n](store::Store& s) -> store::Result<TemplateData> {
            store::Result<model::Template> t = s.templateByName(n);
            if (!t)
                return t.error();
            store::Result<std::vector<model::TemplateVersion>> versions = s.templateVersions(n);
            if (!versions)
                return versions.error();
            return TemplateData{std::move(*t), std::move(*versions)};
        },
        [this, name, keepDraft](store::Result<TemplateData> data) {
            if (!data) {
                emit statusMessage(
                    tr("Cannot open template %1: %2").arg(name, qs(data.error().message)));
                return;
            }
            const bool same = name == m_name;
            m_name = name;
            m_record = data->record;
            m_versions = std::move(data->versions);
            m_title->setText(name);
            const QString latest = versionText(m_record->latestVersion);
            updateVersionList();
            if (same && keepDraft) {
                m_baseText = latest;
            } else {
                m_baseText = latest;
                std::optional<DraftStore::Draft> draft =
                    m_drafts ? m_drafts->load(name) : std::nullopt;
                if (draft && draft->text != latest) {
                    setEditorText(draft->text);
                    m_draftBanner->setText(
                        draft->baseVersion == m_record->latestVersion
                            ? tr("Your unsaved draft was restored. Save it as a version, or "
                                 "revert to version %1 to drop it.")
                                  .arg(m_record->latestVersion)
                            : tr("Your unsaved draft was restored. It started from version "
                                 "%1; the newest is now %2 — compare before saving.")
                                  .arg(draft->baseVersion)
                                  .arg(m_record->latestVersion));
                    m_draftBanner->setVisible(true);
                } else {
                    setEditorText(latest);
                    m_draftBanner->setVisible(false);
                }
            }
            updateState();
            emit templateLoaded(name);
        });
}

QString TemplatesPage::versionText(int number) const
{
    for (const model::TemplateVersion& v : m_versions)
        if (v.number == number)
            return qs(v.content);
    return QString();
}

void TemplatesPage::updateVersionList()
{
    const int selected = selectedVersion();
    m_versionList->clear();
    std::vector<const model::TemplateVersion*> newestFirst;
    for (const model::TemplateVersion& v : m_versions)
        newestFirst.push_back(&v);
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const auto* a, const auto* b) { return a->number > b->number; });
    for (const model::TemplateVersion* it : newestFirst) {
        QStringList tags;
        if (m_record && m_record->productionVersion == it->number)
            tags << tr("production");
        if (m_record && m_record->stagingVersion == it->number)
            tags << tr("staging");
        const QString label = tags.isEmpty()
                                  ? u"v%1"_s.arg(it->number)
                                  : u"v%1 · %2"_s.arg(it->number).arg(tags.join(u", "_s));
        auto* item =
            new QTreeWidgetItem({label, shortTime(it->createdAt), qs(it->author), qs(it->comment)});
        item->setData(0, Qt::UserRole, it->number);
        item->setToolTip(0, label);
        item->setToolTip(3, qs(it->comment));
        if (!tags.isEmpty()) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
        m_versionList->addTopLevelItem(item);
        if (it->number == selected)
            m_versionList->setCurrentItem(item);
    }
    if (!m_versionList->currentItem() && m_versionList->topLevelItemCount() > 0)
        m_versionList->setCurrentItem(m_versionList->topLevelItem(0));
}

int TemplatesPage::selectedVersion() const
{
    const QTreeWidgetItem* item = m_versionList->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : 0;
}

void TemplatesPage::setEditorText(const QString& text)
{
    m_loading = true;
    m_editor->setText(text); // no undo step
    m_loading = false;
    compileDraft();
}

void TemplatesPage::textEdited()
{
    if (m_loading)
        return;
    m_compileTimer.start(); // the draft goes to disk a moment later
    compileDraft();
    updateState();
}

void TemplatesPage::compileDraft()
{
    if (m_name.isEmpty())
        return;
    // The editor compiles (with the store's vocabulary) and lists the
    // diagnostics under the text; the preview renders what it compiled.
    m_compiled = m_editor->compiledTemplate();
    m_preview->setTemplate(m_compiled);
}

void TemplatesPage::updateState()
{
    const bool open = m_session && !m_name.isEmpty();
    const bool dirty = open && m_editor->text() != m_baseText;
    const int selected = selectedVersion();
    m_editor->setReadOnly(!open);
    // Enabled while there is a template: saving says why when it cannot.
    m_save->setEnabled(open && !m_saving);
    m_compare->setEnabled(open && selected > 0);
    m_revert->setEnabled(open && selected > 0 && versionText(selected) != m_editor->text());
    m_promoteStaging->setEnabled(open && selected > 0 &&
                                 !(m_record && m_record->stagingVersion == selected));
    m_promoteProduction->setEnabled(open && selected > 0 &&
                                    !(m_record && m_record->productionVersion == selected));
    m_newTemplate->setEnabled(m_session != nullptr);
    if (!open)
        m_title->setText(m_session ? tr("Choose a template") : tr("No store open"));
    else
        m_title->setText(dirty ? tr("%1 — draft (not saved)").arg(m_name) : m_name);
}

void TemplatesPage::saveVersion(const QString& comment)
{
    if (!m_session || m_name.isEmpty() || m_saving || !m_record)
        return;
    flushDraft();
    if (m_editor->text() == m_baseText) {
        emit statusMessage(
            tr("Nothing to save: the draft is version %1 as it is.").arg(m_record->latestVersion));
        return;
    }
    if (m_compiled.hasErrors()) {
        emit statusMessage(tr("Not saved: the template has errors (listed under the editor)."));
        return;
    }
    m_saving = true;
    updateState();
    const std::string name = m_name.toStdString();
    const std::string text = m_editor->text().toStdString();
    const std::string why = comment.trimmed().toStdString();
    const std::int64_t expected = m_record->version;
    m_session->worker()->run(
        this,
        [name, text, why, expected](store::Store& s) {
            return s.addTemplateVersion(name, text, why, expected);
        },
        [this, name](store::Result<model::TemplateVersion> v) {
            m_saving = false;
            if (!v) {
                updateState();
                Prompter::instance().error(
                    this, tr("Save Version"),
                    v.error().kind == store::ErrorKind::Conflict
                        ? tr("Someone saved another version of %1 meanwhile. Your draft is "
                             "kept: compare it with the newest version, then save again.")
                              .arg(qs(name))
                        : qs(v.error().message));
                if (v.error().kind == store::ErrorKind::Conflict)
                    loadVersions(qs(name), true);
                return;
            }
            if (m_drafts)
                m_drafts->remove(qs(name));
            m_compileTimer.stop();
            m_comment->clear();
            m_draftBanner->setVisible(false);
            emit statusMessage(tr("Saved %1 version %2.").arg(qs(name)).arg(v->number));
            emit saved(v->number);
            m_session->notifyChanged(DataKind::Templates);
            loadVersions(qs(name), true);
        });
}

void TemplatesPage::revertTo(int number)
{
    const QString text = versionText(number);
    if (text.isNull())
        return;
    // An edit like any other: undoable in the editor, saved as a new version.
    TemplateTextEdit* edit = m_editor->textEdit();
    edit->beginUndoAction();
    edit->selectAll();
    edit->replaceSelectedText(text);
    edit->endUndoAction();
    m_comment->setText(tr("Revert to version %1").arg(number));
}

void TemplatesPage::compare(int left, int right)
{
    const QString leftText = versionText(left);
    const QString rightText = right > 0 ? versionText(right) : m_editor->text();
    showVersionDiff(this, tr("version %1").arg(left), leftText,
                    right > 0 ? tr("version %1").arg(right) : tr("the draft"), rightText);
}

void TemplatesPage::promote(int number, const QString& environment)
{
    if (!m_session || !m_record)
        return;
    if (environment == u"staging"_s) {
        writePromotion(number, environment, QString());
        return;
    }
    // Production: the rollout check first; the dialog promotes (clean, or
    // by an override the admin confirms) and says which in the audit log.
    if (m_rollout)
        m_rollout->close();
    m_rollout = new RolloutDialog(m_session, m_name, number, this);
    m_rollout->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rollout, &RolloutDialog::promoteRequested, this,
            [this, number](const QString& note) { writePromotion(number, u"production"_s, note); });
    m_rollout->show();
    m_rollout->start();
}

void TemplatesPage::writePromotion(int number, const QString& environment, const QString& note)
{
    if (!m_session || !m_record)
        return;
    const std::string name = m_name.toStdString();
    const std::string env = environment.toStdString();
    const std::string why = note.toStdString();
    const std::int64_t expected = m_record->version;
    m_session->worker()->run(
        this,
        [name, env, number, expected, why](store::Store& s) {
            return s.promoteTemplate(name, number, env, expected, why);
        },
        [this, number, environment](store::Result<model::Template> t) {
            if (!t) {
                Prompter::instance().error(this, tr("Promote"), qs(t.error().message));
                return;
            }
            m_record = *t;
            updateVersionList();
            updateState();
            emit statusMessage(
                tr("Version %1 is now %2.")
                    .arg(number)
                    .arg(environment == u"production"_s ? tr("production") : tr("staging")));
            emit promoted(number, environment);
            m_session->notifyChanged(DataKind::Templates);
        });
}

} // namespace claimsmith::ui
