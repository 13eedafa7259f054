#include "PermissionsPanel.h"

#include "DraftCommand.h"
#include "PermissionListModel.h"
#include "RoleData.h"
#include "Slug.h"
#include "common/Prompter.h"
#include "model/ModelJson.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

RecordPanel::Texts texts()
{
    return {PermissionsPanel::tr("New Permission"),
            PermissionsPanel::tr("Filter permissions by slug, name or description"),
            PermissionsPanel::tr("Loading permissions…"),
            PermissionsPanel::tr("No permissions yet.\nCreate one with New Permission (Ctrl+N)."),
            PermissionsPanel::tr("No permission matches “%1”."),
            PermissionsPanel::tr(
                "Select a permission to see and edit it,\nor create one with New Permission."),
            PermissionsPanel::tr("Cannot load the permissions: %1")};
}

} // namespace

PermissionsPanel::PermissionsPanel(QWidget* parent)
    : RecordPanel(u"permission"_s, new PermissionListModel, texts(), parent)
    , m_permissions(static_cast<PermissionListModel*>(model()))
    , m_slug(new QLineEdit)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_grantedBy(new QLabel)
{
    m_slug->setObjectName(u"permissionSlug"_s);
    m_slug->setPlaceholderText(tr("e.g. invoices:read"));
    m_slug->setMaxLength(200);
    m_name->setObjectName(u"permissionName"_s);
    m_name->setPlaceholderText(tr("e.g. Read invoices"));
    m_description->setObjectName(u"permissionDescription"_s);
    m_description->setPlaceholderText(tr("What this permission allows"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    m_grantedBy->setObjectName(u"permissionGrantedBy"_s);
    m_grantedBy->setWordWrap(true);
    m_grantedBy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget* w : {static_cast<QWidget*>(m_slug), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_description)})
        routeUndoKeys(w);

    QLabel* slugError = FieldErrors::makeLabel(u"permissionSlugError"_s);
    QLabel* nameError = FieldErrors::makeLabel(u"permissionNameError"_s);
    QLabel* descriptionError = FieldErrors::makeLabel(u"permissionDescriptionError"_s);
    errors().add(u"slug"_s, m_slug, slugError);
    errors().add(u"name"_s, m_name, nameError);
    errors().add(u"description"_s, m_description, descriptionError);

    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setVerticalSpacing(10);
    layout->addRow(tr("&Slug:"), FieldErrors::withLabel(m_slug, slugError));
    layout->addRow(tr("&Name:"), FieldErrors::withLabel(m_name, nameError));
    layout->addRow(tr("&Description:"), FieldErrors::withLabel(m_description, descriptionError));
    layout->addRow(tr("Granted by:"), m_grantedBy);
    setForm(form);

    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Permission next = m_draft;
        next.slug = text.toStdString();
        edit(FieldSlug, tr("Edit slug"), std::move(next));
        checkSlug();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Permission next = m_draft;
        next.name = text.toStdString();
        edit(FieldName, tr("Edit name"), std::move(next));
        if (!text.trimmed().isEmpty())
            errors().clear(u"name"_s);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        model::Permission next = m_draft;
        next.description = m_description->toPlainText().toStdString();
        edit(FieldDescription, tr("Edit description"), std::move(next));
    });
    clearForm();
}

void PermissionsPanel::load()
{
    loadWith(loadRoleData, [this](store::Result<RoleData> data) {
        if (!data) {
            loadFailed(FieldErrors::sentence(data.error().message));
            return;
        }
        m_roles = std::move(data->roles);
        m_permissions->setPermissions(std::move(data->permissions));
        updateGrantedBy();
        loaded();
    });
}

void PermissionsPanel::fillForm(const QString& key)
{
    const model::Permission* stored = key.isEmpty() ? nullptr : m_permissions->find(key);
    m_base = stored ? *stored : model::Permission{};
    m_draft = m_base;
    m_slug->setReadOnly(stored != nullptr);
    m_slug->setToolTip(stored ? tr("A permission's slug cannot change: roles and tokens name "
                                   "the permission by it. Create a new permission instead.")
                              : QString());
    apply(m_draft);
    updateTitle();
}

void PermissionsPanel::clearForm()
{
    m_base = model::Permission{};
    m_draft = m_base;
    apply(m_draft);
    updateTitle();
}

void PermissionsPanel::clearList()
{
    m_roles.clear();
    m_permissions->setPermissions({});
}

bool PermissionsPanel::isDirty() const
{
    return m_draft != m_base;
}

QWidget* PermissionsPanel::firstField() const
{
    return m_slug;
}

bool PermissionsPanel::watches(DataKind kind) const
{
    return kind == DataKind::Roles;
}

void PermissionsPanel::apply(const model::Permission& draft)
{
    m_filling = true;
    m_draft = draft;
    setText(m_slug, qs(draft.slug));
    setText(m_name, qs(draft.name));
    setText(m_description, qs(draft.description));
    m_filling = false;
    updateGrantedBy();
    if (isCreating())
        checkSlug();
}

void PermissionsPanel::edit(int field, const QString& text, model::Permission next)
{
    if (next == m_draft)
        return;
    model::Permission before = m_draft;
    m_draft = next;
    undoStack()->push(new DraftCommand<model::Permission>(
        text, field, std::move(before), std::move(next), [this](const model::Permission& p) {
            apply(p);
            updateButtons();
        }));
    updateButtons();
}

void PermissionsPanel::updateGrantedBy()
{
    if (isCreating() || m_base.slug.empty()) {
        m_grantedBy->setText(tr("No role yet: grant it on the Roles tab once it is saved."));
        return;
    }
    QStringList roles;
    for (const model::Role& r : m_roles) {
        if (std::find(r.permissions.begin(), r.permissions.end(), m_base.slug) !=
            r.permissions.end())
            roles << qs(r.slug);
    }
    m_grantedBy->setText(roles.isEmpty() ? tr("No role grants it.") : roles.join(u", "_s));
}

void PermissionsPanel::checkSlug()
{
    if (!isCreating())
        return;
    const QString problem =
        m_draft.slug.empty() && !isDirty() ? QString() : slugProblem(qs(m_draft.slug));
    if (problem.isEmpty())
        errors().clear(u"slug"_s);
    else
        errors().show(u"slug"_s, problem);
}

bool PermissionsPanel::checkFields()
{
    QWidget* first = nullptr;
    if (isCreating()) {
        if (const QString problem = slugProblem(qs(m_draft.slug)); !problem.isEmpty()) {
            errors().show(u"slug"_s, problem);
            first = m_slug;
        }
    }
    if (QString::fromStdString(m_draft.name).trimmed().isEmpty()) {
        errors().show(u"name"_s,
                      tr("Type a name: it is what people see where permissions are listed."));
        if (!first)
            first = m_name;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

void PermissionsPanel::updateTitle()
{
    if (isCreating())
        setDetailTitle(tr("New permission"),
                       tr("The slug names the permission in roles and tokens; it cannot be "
                          "changed later."));
    else if (m_base.slug.empty())
        setDetailTitle(QString());
    else
        setDetailTitle(
            tr("Permission %1").arg(qs(m_base.name.empty() ? m_base.slug : m_base.name)));
}

void PermissionsPanel::save()
{
    if (!checkFields())
        return;
    const model::Permission permission = m_draft;
    const bool creating = isCreating();
    setSaving(true);
    run(
        [permission, creating](store::Store& s) {
            SaveOutcome<model::Permission> out(creating ? s.createPermission(permission)
                                                        : s.updatePermission(permission));
            if (!out.result && out.result.error().kind == store::ErrorKind::Conflict) {
                if (auto all = s.permissions()) {
                    for (const model::Permission& p : *all) {
                        if (p.slug == permission.slug)
                            out.theirs = p;
                    }
                }
            }
            return out;
        },
        [this, permission, creating](SaveOutcome<model::Permission> out) {
            setSaving(false);
            if (out.result) {
                m_base = out.result.value();
                m_draft = m_base;
                m_slug->setReadOnly(true);
                apply(m_draft);
                const QString slug = qs(m_base.slug);
                showSaved(slug, DataKind::Roles,
                          creating ? tr("Created permission %1").arg(slug)
                                   : tr("Saved permission %1").arg(slug));
                updateTitle();
                updateGrantedBy();
                return;
            }
            const store::Error& e = out.result.error();
            if (e.kind == store::ErrorKind::Conflict && out.theirs) {
                const model::Permission theirs = *out.theirs;
                askConflict(
                    tr("The permission %1").arg(qs(permission.slug)), model::toJson(permission),
                    model::toJson(theirs),
                    [this, theirs] {
                        m_base = theirs;
                        apply(theirs);
                        discardHistory();
                        updateTitle();
                        refresh();
                    },
                    [this, theirs] {
                        m_draft.version = theirs.version;
                        save();
                    });
                return;
            }
            errors().show(e);
            if (QWidget* field = errors().widget(FieldErrors::fieldOf(e.field)))
                field->setFocus(Qt::OtherFocusReason);
        });
}

void PermissionsPanel::remove(const QString& key)
{
    const model::Permission* stored = m_permissions->find(key);
    if (!stored)
        return;
    const std::int64_t version = stored->version;
    QPointer<PermissionsPanel> self(this);
    Prompter::instance().confirm(
        this, tr("Delete Permission"),
        tr("Delete the permission %1? Roles that grant it must drop it first. This cannot be "
           "undone.")
            .arg(key),
        tr("Delete"), [self, key, version](bool yes) {
            if (!yes || !self)
                return;
            self->run([slug = key.toStdString(),
                       version](store::Store& s) { return s.deletePermission(slug, version); },
                      [self, key](store::Error e) {
                          if (!e) {
                              self->showDeleted(key, DataKind::Roles,
                                                tr("Deleted permission %1").arg(key));
                              return;
                          }
                          self->errors().show(e);
                          if (e.kind == store::ErrorKind::Conflict)
                              self->refresh();
                      });
        });
}

} // namespace claimsmith::ui
