#include "OrganizationEditor.h"

#include "DomainListEditor.h"
#include "FieldMarks.h"
#include "MembersPanel.h"
#include "common/MetadataEditor.h"
#include "common/Prompter.h"
#include "common/StoreSession.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

namespace {

// Merge ids of undo steps: typing in one field is one step.
enum MergeId
{
    NoMerge = -1,
    NameEdit = 1,
    ExternalIdEdit = 2,
    DomainRowEdit = 100 // + the row
};

struct SaveOutcome
{
    store::Error error;
    model::Organization org;
    std::optional<model::Organization> current; // Conflict: what is stored now

    SaveOutcome() = default;
    SaveOutcome(store::Error e)
        : error(std::move(e))
    {}
};

QLabel* readOnlyValue(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

// One edit of the draft; undo and redo put the draft (and the widgets) back.
class DraftCommand : public QUndoCommand
{
public:
    DraftCommand(OrganizationEditor* editor, model::Organization before, model::Organization after,
                 int mergeId, const QString& text, bool alreadyShown)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_skipRedo(alreadyShown)
    {}

    void undo() override { m_editor->setDraft(m_before); }
    void redo() override
    {
        // The first redo of a typed edit: the widgets show it already (and
        // setting them again would move the cursor).
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        m_editor->setDraft(m_after);
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const DraftCommand*>(other);
        if (next->m_mergeId != m_mergeId)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    OrganizationEditor* m_editor;
    model::Organization m_before;
    model::Organization m_after;
    int m_mergeId;
    bool m_skipRedo;
};

OrganizationEditor::OrganizationEditor(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_stack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tabs(new QTabWidget)
    , m_name(new QLineEdit)
    , m_nameError(makeMessageLabel(u"nameError"_s))
    , m_externalId(new QLineEdit)
    , m_externalIdError(makeMessageLabel(u"externalIdError"_s))
    , m_domains(new DomainListEditor)
    , m_id(readOnlyValue(u"idField"_s))
    , m_created(readOnlyValue(u"createdField"_s))
    , m_updated(readOnlyValue(u"updatedField"_s))
    , m_version(readOnlyValue(u"versionField"_s))
    , m_metadata(new MetadataEditor)
    , m_metadataError(makeMessageLabel(u"metadataError"_s))
    , m_members(new MembersPanel)
    , m_unsaved(new QLabel(tr("Unsaved changes")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_save(new QPushButton(tr("Save")))
{
    setObjectName(u"organizationEditor"_s);
    m_placeholder->setObjectName(u"editorPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(u"editorTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(u"editorSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDetailsTab(), tr("Details"));
    m_tabs->addTab(createMetadataTab(), tr("Metadata"));
    auto* membersPage = new QWidget;
    auto* membersLayout = new QVBoxLayout(membersPage);
    membersLayout->setContentsMargins(10, 10, 10, 10);
    membersLayout->addWidget(m_members);
    m_tabs->addTab(membersPage, tr("Members"));

    m_unsaved->setObjectName(u"unsavedLabel"_s);
    QFont italic = m_unsaved->font();
    italic.setItalic(true);
    m_unsaved->setFont(italic);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_delete->setToolTip(tr("Delete this organization and its memberships"));
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setIcon(QIcon::fromTheme(u"document-revert"_s));
    m_revert->setToolTip(tr("Discard the unsaved changes"));
    m_save->setObjectName(u"saveButton"_s);
    m_save->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setDefault(true);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_delete);
    bar->addStretch();
    bar->addWidget(m_unsaved);
    bar->addSpacing(8);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(6);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_subtitle);
    formLayout->addSpacing(4);
    formLayout->addWidget(m_tabs, 1);
    formLayout->addLayout(bar);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(form);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        markField(m_name, m_nameError, QString());
        model::Organization after = m_draft;
        after.name = toStd(text);
        change(after, NameEdit, tr("Edit Name"));
    });
    connect(m_externalId, &QLineEdit::textEdited, this, [this](const QString& text) {
        markField(m_externalId, m_externalIdError, QString());
        model::Organization after = m_draft;
        after.externalId = text.isEmpty() ? std::nullopt : std::optional(toStd(text));
        change(after, ExternalIdEdit, tr("Edit External ID"));
    });
    connect(m_domains, &DomainListEditor::edited, this, [this](int typingInRow) {
        model::Organization after = m_draft;
        after.domains = m_domains->domains();
        change(after, typingInRow >= 0 ? DomainRowEdit + typingInRow : NoMerge, tr("Edit Domains"));
    });
    connect(m_metadata, &MetadataEditor::edited, this, [this] {
        markField(nullptr, m_metadataError, QString());
        model::Organization after = m_draft;
        after.metadata = m_metadata->bag();
        change(after, NoMerge, tr("Edit Metadata"));
    });
    connect(m_metadata, &MetadataEditor::validityChanged, this, [this] { updateState(); });
    connect(m_members, &MembersPanel::statusMessage, this, &OrganizationEditor::statusMessage);
    connect(m_save, &QPushButton::clicked, this, &OrganizationEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &OrganizationEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &OrganizationEditor::deleteRequested);

    showNothing();
}

QWidget* OrganizationEditor::createDetailsTab()
{
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("Acme Inc."));
    m_name->setMaxLength(512);
    m_externalId->setObjectName(u"externalIdEdit"_s);
    m_externalId->setPlaceholderText(tr("Optional: its id in your own systems"));

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(10, 12, 10, 10);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), withMessage(m_name, m_nameError));
    form->addRow(tr("E&xternal ID:"), withMessage(m_externalId, m_externalIdError));
    form->addRow(tr("Domains:"), m_domains);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    form->addRow(tr("ID:"), m_id);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Version:"), m_version);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget* OrganizationEditor::createMetadataTab()
{
    m_metadata->setObjectName(u"metadataEditor"_s);
    auto* hint = new QLabel(tr("Keys and JSON values that JWT templates read as "
                               "organization.metadata. Text values need quotes: \"gold\"."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 12, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(hint);
    layout->addWidget(m_metadata, 1);
    layout->addWidget(m_metadataError);
    return page;
}

void OrganizationEditor::setSession(StoreSession* session)
{
    m_session = session;
    ++m_sessionGeneration;
    m_saving = false;
    m_loads.cancel();
    m_loads.setWorker(session ? session->worker() : nullptr);
    m_members->setSession(session);
    m_metadata->setLimits(session ? session->limits() : model::LimitsProfile::Default, "metadata");
    m_metadata->setKeySuggestions({});
    showNothing(session ? QString() : tr("No store is open."));
    if (session)
        loadKeySuggestions();
}

void OrganizationEditor::loadKeySuggestions()
{
    if (!m_session)
        return;
    const quint64 generation = m_sessionGeneration;
    m_session->worker()->run(
        this,
        [](store::Store& s) {
            return s.metadataKeys(store::MetadataObject::Organization,
                                  store::MetadataField::Metadata);
        },
        [this, generation](store::Result<std::vector<store::MetadataKeyStats>> keys) {
            if (generation != m_sessionGeneration || !keys)
                return; // suggestions are a help; without them, typing still works
            QStringList names;
            for (const store::MetadataKeyStats& k : *keys)
                names << qs(k.key);
            m_metadata->setKeySuggestions(names);
        });
}

void OrganizationEditor::showOrganization(const QString& id)
{
    if (!m_session)
        return;
    ++m_recordGeneration;
    m_mode = Mode::Loading;
    m_saving = false;
    m_undo->clear();
    updateState();
    m_loads.run(
        this, [id = toStd(id)](store::Store& s) { return s.organization(id); },
        [this](store::Result<model::Organization> org) {
            if (!org) {
                showNothing(
                    tr("Could not load the organization: %1").arg(sentence(org.error().message)));
                return;
            }
            loaded(*org);
            m_tabs->setCurrentIndex(DetailsTab);
        });
}

void OrganizationEditor::refreshIfClean()
{
    if (m_mode != Mode::Existing || m_saving || isDirty())
        return;
    const std::string id = m_original.id;
    const quint64 generation = m_recordGeneration;
    m_loads.run(
        this, [id](store::Store& s) { return s.organization(id); },
        [this, generation](store::Result<model::Organization> org) {
            if (generation != m_recordGeneration || m_saving || isDirty())
                return;
            if (!org) {
                if (org.error().kind == store::ErrorKind::NotFound)
                    showNothing(tr("The organization was deleted."));
                return;
            }
            if (org->version != m_original.version)
                loaded(*org);
        });
}

void OrganizationEditor::startNew()
{
    ++m_recordGeneration;
    m_loads.cancel();
    m_mode = Mode::New;
    m_saving = false;
    m_original = model::Organization{};
    m_draft = m_original;
    fillFields(m_draft);
    m_undo->clear();
    m_members->setOrganization({}, {});
    m_tabs->setCurrentIndex(DetailsTab);
    updateState();
    focusName();
}

void OrganizationEditor::showNothing(const QString& message)
{
    ++m_recordGeneration;
    m_loads.cancel();
    m_mode = Mode::Nothing;
    m_saving = false;
    m_original = model::Organization{};
    m_draft = m_original;
    m_undo->clear();
    m_members->setOrganization({}, {});
    m_placeholder->setText(!message.isEmpty()
                               ? message
                               : tr("Select an organization to see and edit it, or create one "
                                    "with New Organization (Ctrl+N)."));
    updateState();
}

void OrganizationEditor::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void OrganizationEditor::loaded(const model::Organization& o)
{
    m_mode = Mode::Existing;
    m_original = o;
    m_draft = o;
    fillFields(o);
    m_undo->clear();
    m_members->setOrganization(qs(o.id), qs(o.name));
    updateState();
}

void OrganizationEditor::fillFields(const model::Organization& o)
{
    clearMarks();
    m_name->setText(qs(o.name));
    m_externalId->setText(o.externalId ? qs(*o.externalId) : QString());
    m_domains->setDomains(o.domains);
    m_metadata->setBag(o.metadata);
}

void OrganizationEditor::setDraft(const model::Organization& draft)
{
    m_draft = draft;
    clearMarks();
    if (m_name->text() != qs(draft.name))
        m_name->setText(qs(draft.name));
    const QString externalId = draft.externalId ? qs(*draft.externalId) : QString();
    if (m_externalId->text() != externalId)
        m_externalId->setText(externalId);
    if (m_domains->domains() != draft.domains)
        m_domains->setDomains(draft.domains);
    if (!m_metadata->isValid() || m_metadata->bag() != draft.metadata)
        m_metadata->setBag(draft.metadata);
    updateState();
}

void OrganizationEditor::change(const model::Organization& after, int mergeId, const QString& what)
{
    if (after == m_draft)
        return;
    model::Organization before = m_draft;
    m_draft = after;
    m_undo->push(new DraftCommand(this, std::move(before), after, mergeId, what, true));
    updateState();
}

bool OrganizationEditor::isDirty() const
{
    if (m_mode != Mode::Existing && m_mode != Mode::New)
        return false;
    return m_draft != m_original || !m_metadata->isValid();
}

void OrganizationEditor::revert()
{
    if (!isDirty() || m_saving)
        return;
    if (m_draft == m_original) {
        // Only metadata that does not pass is typed: show the saved bag again.
        m_metadata->setBag(m_original.metadata);
        updateState();
        return;
    }
    m_undo->push(new DraftCommand(this, m_draft, m_original, NoMerge, tr("Revert"), false));
}

void OrganizationEditor::clearMarks()
{
    markField(m_name, m_nameError, QString());
    markField(m_externalId, m_externalIdError, QString());
    markField(nullptr, m_metadataError, QString());
    m_domains->check(false);
}

bool OrganizationEditor::checkBeforeSave()
{
    clearMarks();
    QWidget* first = nullptr;
    int firstTab = DetailsTab;
    auto fail = [&](QWidget* field, int tab) {
        if (!first) {
            first = field;
            firstTab = tab;
        }
    };
    if (m_name->text().trimmed().isEmpty()) {
        markField(m_name, m_nameError, tr("Type a name for the organization."));
        fail(m_name, DetailsTab);
    }
    const QString externalId = m_externalId->text().trimmed();
    if (!externalId.isEmpty()) {
        const model::LimitsProfile limits =
            m_session ? m_session->limits() : model::LimitsProfile::Default;
        if (std::optional<std::string> problem =
                model::checkExternalId(toStd(externalId), limits)) {
            markField(m_externalId, m_externalIdError, sentence(*problem));
            fail(m_externalId, DetailsTab);
        }
    }
    if (!m_domains->check(true).isEmpty()) {
        for (int row = 0; row < m_domains->rowCount(); ++row) {
            if (!DomainListEditor::problemWith(m_domains->domainEdit(row)->text()).isEmpty()) {
                fail(m_domains->domainEdit(row), DetailsTab);
                break;
            }
        }
        fail(m_domains, DetailsTab);
    }
    if (!m_metadata->isValid())
        fail(m_metadata, MetadataTab);
    if (!first)
        return true;
    m_tabs->setCurrentIndex(firstTab);
    first->setFocus();
    emit statusMessage(tr("Not saved: correct the marked fields first."));
    return false;
}

void OrganizationEditor::save()
{
    if (!m_session || m_saving || (m_mode != Mode::Existing && m_mode != Mode::New))
        return;
    if (m_mode == Mode::Existing && !isDirty())
        return;
    if (!checkBeforeSave())
        return;
    model::Organization org = m_draft;
    org.name = toStd(m_name->text().trimmed());
    const QString externalId = m_externalId->text().trimmed();
    org.externalId = externalId.isEmpty() ? std::nullopt : std::optional(toStd(externalId));
    org.domains = m_domains->domains();
    org.metadata = m_metadata->bag();
    write(std::move(org), m_mode == Mode::New);
}

void OrganizationEditor::write(model::Organization org, bool creating)
{
    // The fields are disabled while the store writes; the cursor comes back.
    if (QWidget* focus = focusWidget(); focus && isAncestorOf(focus))
        m_focusBeforeSave = focus;
    m_saving = true;
    updateState();
    const quint64 sessionGeneration = m_sessionGeneration;
    const quint64 recordGeneration = m_recordGeneration;
    m_session->worker()->run(
        this,
        [org, creating](store::Store& s) -> SaveOutcome {
            store::Result<model::Organization> written =
                creating ? s.createOrganization(org) : s.updateOrganization(org);
            if (!written) {
                SaveOutcome failed(written.error());
                if (failed.error.kind == store::ErrorKind::Conflict) {
                    if (store::Result<model::Organization> now = s.organization(org.id))
                        failed.current = std::move(now.value());
                }
                return failed;
            }
            // What is stored now, as another reader would see it.
            SaveOutcome out;
            store::Result<model::Organization> fresh = s.organization(written->id);
            out.org = fresh ? std::move(fresh.value()) : std::move(written.value());
            return out;
        },
        [this, org, creating, sessionGeneration, recordGeneration](SaveOutcome out) {
            if (sessionGeneration != m_sessionGeneration)
                return;
            if (recordGeneration != m_recordGeneration) {
                // The admin moved on; the list still shows what was written.
                if (!out.error)
                    emit saved(qs(out.org.id), creating);
                return;
            }
            m_saving = false;
            updateState();
            if (m_focusBeforeSave && m_focusBeforeSave->isEnabled())
                m_focusBeforeSave->setFocus();
            m_focusBeforeSave = nullptr;
            const QString name = qs(org.name);
            if (out.error.kind == store::ErrorKind::Conflict && out.current) {
                updateState();
                Prompter::instance().conflict(
                    this, tr("The organization “%1”").arg(name), prettyJson(org),
                    prettyJson(*out.current),
                    [this, org, current = *out.current,
                     recordGeneration](Prompter::ConflictChoice choice) {
                        if (recordGeneration != m_recordGeneration)
                            return;
                        switch (choice) {
                        case Prompter::ConflictChoice::Reload:
                            loaded(current);
                            emit statusMessage(
                                tr("Reloaded organization %1").arg(qs(current.name)));
                            break;
                        case Prompter::ConflictChoice::Overwrite: {
                            model::Organization mine = org;
                            mine.version = current.version;
                            write(std::move(mine), false);
                            break;
                        }
                        case Prompter::ConflictChoice::KeepEditing:
                            emit statusMessage(tr("Not saved: your changes are still here."));
                            break;
                        }
                    });
                return;
            }
            if (out.error) {
                updateState();
                showStoreError(out.error);
                return;
            }
            loaded(out.org);
            emit saved(qs(out.org.id), creating);
            emit statusMessage(tr("Saved organization %1").arg(qs(out.org.name)));
            loadKeySuggestions();
        });
}

void OrganizationEditor::showStoreError(const store::Error& error)
{
    const QString message = sentence(error.message);
    const std::string& field = error.field;
    emit statusMessage(tr("Not saved: %1").arg(message));
    if (field == "name") {
        m_tabs->setCurrentIndex(DetailsTab);
        markField(m_name, m_nameError, message);
        m_name->setFocus();
    } else if (field == "external_id") {
        m_tabs->setCurrentIndex(DetailsTab);
        markField(m_externalId, m_externalIdError, message);
        m_externalId->setFocus();
    } else if (field.rfind("domains[", 0) == 0) {
        m_tabs->setCurrentIndex(DetailsTab);
        const int row = std::atoi(field.c_str() + 8);
        m_domains->markRow(row, message);
        m_domains->focusRow(row);
    } else if (field.rfind("metadata", 0) == 0) {
        m_tabs->setCurrentIndex(MetadataTab);
        markField(nullptr, m_metadataError, message);
    } else if (error.kind == store::ErrorKind::NotFound) {
        Prompter::instance().error(
            this, tr("Could Not Save the Organization"),
            tr("The organization was deleted by someone else. Your changes are still here: copy "
               "what you need, or create it again with New Organization."));
    } else {
        Prompter::instance().error(this, tr("Could Not Save the Organization"), message);
    }
}

void OrganizationEditor::updateState()
{
    const bool editing = m_mode == Mode::Existing || m_mode == Mode::New;
    const bool dirty = isDirty();
    m_stack->setCurrentIndex(m_mode == Mode::Nothing ? 0 : 1);
    if (m_mode == Mode::Loading) {
        m_title->setText(tr("Loading…"));
        m_subtitle->clear();
    } else {
        const QString name = m_name->text().trimmed();
        m_title->setText(!name.isEmpty()       ? name
                         : m_mode == Mode::New ? tr("New Organization")
                                               : tr("(no name)"));
        m_subtitle->setText(m_mode == Mode::New ? tr("Not saved yet") : qs(m_original.id));
    }
    const QString none = tr("—");
    const bool stored = m_mode == Mode::Existing;
    m_id->setText(stored ? qs(m_original.id) : tr("Assigned when saved"));
    m_created->setText(stored ? formatTime(m_original.createdAt) : none);
    m_updated->setText(stored ? formatTime(m_original.updatedAt) : none);
    m_version->setText(stored ? QString::number(m_original.version) : none);
    m_tabs->setEnabled(editing && !m_saving);
    m_save->setEnabled(editing && !m_saving && (dirty || m_mode == Mode::New));
    m_revert->setEnabled(editing && !m_saving && dirty);
    m_delete->setEnabled(stored && !m_saving);
    m_delete->setVisible(m_mode != Mode::New);
    m_unsaved->setText(m_saving ? tr("Saving…") : tr("Unsaved changes"));
    m_unsaved->setVisible(dirty || m_saving);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

} // namespace claimsmith::ui
