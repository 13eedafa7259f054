#include "RolesPanel.h"

#include "DraftCommand.h"
#include "RoleData.h"
#include "RoleListModel.h"
#include "Slug.h"
#include "common/Prompter.h"
#include "model/ModelJson.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QUndoStack>
#include <QVBoxLayout>

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
    return {RolesPanel::tr("New Role"),
            RolesPanel::tr("Filter roles by slug, name or description"),
            RolesPanel::tr("Loading roles…"),
            RolesPanel::tr("No roles yet.\nCreate one with New Role (Ctrl+N)."),
            RolesPanel::tr("No role matches “%1”."),
            RolesPanel::tr("Select a role to see and edit it,\nor create one with New Role."),
            RolesPanel::tr("Cannot load the roles: %1")};
}

} // namespace

RolesPanel::RolesPanel(QWidget* parent)
    : RecordPanel(u"role"_s, new RoleListModel, texts(), parent)
    , m_roles(static_cast<RoleListModel*>(model()))
    , m_slug(new QLineEdit)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_permissionList(new QListWidget)
    , m_permissionCount(new QLabel)
{
    m_slug->setObjectName(u"roleSlug"_s);
    m_slug->setPlaceholderText(tr("e.g. billing-admin"));
    m_slug->setMaxLength(200);
    m_name->setObjectName(u"roleName"_s);
    m_name->setPlaceholderText(tr("e.g. Billing administrator"));
    m_description->setObjectName(u"roleDescription"_s);
    m_description->setPlaceholderText(tr("What members with this role may do"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    m_permissionList->setObjectName(u"rolePermissions"_s);
    m_permissionList->setMinimumHeight(180);
    m_permissionList->setAlternatingRowColors(true);
    m_permissionList->setSpacing(1);
    m_permissionCount->setObjectName(u"rolePermissionCount"_s);
    m_permissionCount->setForegroundRole(QPalette::PlaceholderText);
    for (QWidget* w : {static_cast<QWidget*>(m_slug), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_description)})
        routeUndoKeys(w);

    QLabel* slugError = FieldErrors::makeLabel(u"roleSlugError"_s);
    QLabel* nameError = FieldErrors::makeLabel(u"roleNameError"_s);
    QLabel* descriptionError = FieldErrors::makeLabel(u"roleDescriptionError"_s);
    QLabel* permissionsError = FieldErrors::makeLabel(u"rolePermissionsError"_s);
    errors().add(u"slug"_s, m_slug, slugError);
    errors().add(u"name"_s, m_name, nameError);
    errors().add(u"description"_s, m_description, descriptionError);
    errors().add(u"permissions"_s, m_permissionList, permissionsError);

    auto* permissions = new QWidget;
    auto* permissionsLayout = new QVBoxLayout(permissions);
    permissionsLayout->setContentsMargins(0, 0, 0, 0);
    permissionsLayout->setSpacing(3);
    permissionsLayout->addWidget(m_permissionList, 1);
    permissionsLayout->addWidget(m_permissionCount);
    permissionsLayout->addWidget(permissionsError);

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
    layout->addRow(tr("&Permissions:"), permissions);
    setForm(form);
    setStretchColumn(RoleListModel::Name);

    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Role next = m_draft;
        next.slug = text.toStdString();
        edit(FieldSlug, tr("Edit slug"), std::move(next));
        checkSlug();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Role next = m_draft;
        next.name = text.toStdString();
        edit(FieldName, tr("Edit name"), std::move(next));
        if (!text.trimmed().isEmpty())
            errors().clear(u"name"_s);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        model::Role next = m_draft;
        next.description = m_description->toPlainText().toStdString();
        edit(FieldDescription, tr("Edit description"), std::move(next));
    });
    connect(m_permissionList, &QListWidget::itemChanged, this, &RolesPanel::permissionToggled);
    clearForm();
}

void RolesPanel::load()
{
    loadWith(loadRoleData, [this](store::Result<RoleData> data) {
        if (!data) {
            loadFailed(FieldErrors::sentence(data.error().message));
            return;
        }
        m_permissions = std::move(data->permissions);
        m_roles->setRoles(std::move(data->roles));
        // The checkboxes follow the permissions that exist now.
        syncPermissions();
        loaded();
    });
}

void RolesPanel::fillForm(const QString& key)
{
    const model::Role* stored = key.isEmpty() ? nullptr : m_roles->find(key);
    m_base = stored ? *stored : model::Role{};
    m_draft = m_base;
    m_slug->setReadOnly(stored != nullptr);
    m_slug->setToolTip(stored ? tr("A role's slug cannot change: memberships and tokens name "
                                   "the role by it. Create a new role instead.")
                              : QString());
    apply(m_draft);
    updateTitle();
}

void RolesPanel::clearForm()
{
    m_base = model::Role{};
    m_draft = m_base;
    apply(m_draft);
    updateTitle();
}

void RolesPanel::clearList()
{
    m_permissions.clear();
    m_roles->setRoles({});
}

bool RolesPanel::isDirty() const
{
    return m_draft != m_base;
}

QWidget* RolesPanel::firstField() const
{
    return m_slug;
}

bool RolesPanel::watches(DataKind kind) const
{
    return kind == DataKind::Roles;
}

void RolesPanel::apply(const model::Role& draft)
{
    m_filling = true;
    m_draft = draft;
    setText(m_slug, qs(draft.slug));
    setText(m_name, qs(draft.name));
    setText(m_description, qs(draft.description));
    syncPermissions();
    m_filling = false;
    if (isCreating())
        checkSlug();
}

void RolesPanel::edit(int field, const QString& text, model::Role next)
{
    if (next == m_draft)
        return;
    model::Role before = m_draft;
    m_draft = next;
    undoStack()->push(new DraftCommand<model::Role>(text, field, std::move(before), std::move(next),
                                                    [this](const model::Role& r) {
                                                        apply(r);
                                                        updateButtons();
                                                    }));
    syncPermissions();
    updateButtons();
}

void RolesPanel::permissionToggled(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const std::string slug = item->data(Qt::UserRole).toString().toStdString();
    const bool granted = item->checkState() == Qt::Checked;
    model::Role next = m_draft;
    auto it = std::find(next.permissions.begin(), next.permissions.end(), slug);
    if (granted && it == next.permissions.end())
        next.permissions.push_back(slug);
    else if (!granted && it != next.permissions.end())
        next.permissions.erase(it);
    errors().clear(u"permissions"_s);
    edit(-1, granted ? tr("Grant %1").arg(qs(slug)) : tr("Revoke %1").arg(qs(slug)),
         std::move(next));
}

void RolesPanel::syncPermissions()
{
    // Every permission of the store, then those the role names that do not
    // exist (any more): they stay checked until the admin removes them.
    std::vector<std::pair<std::string, QString>> rows;
    for (const model::Permission& p : m_permissions)
        rows.emplace_back(p.slug, p.name.empty() ? qs(p.slug)
                                                 : QString(qs(p.slug) + u"  —  " + qs(p.name)));
    for (const std::string& slug : m_draft.permissions) {
        if (std::none_of(m_permissions.begin(), m_permissions.end(),
                         [&](const model::Permission& p) { return p.slug == slug; }))
            rows.emplace_back(slug, tr("%1 (no such permission)").arg(qs(slug)));
    }
    const bool filling = m_filling;
    m_filling = true;
    bool same = m_permissionList->count() == static_cast<int>(rows.size());
    for (int i = 0; same && i < m_permissionList->count(); ++i)
        same = m_permissionList->item(i)->data(Qt::UserRole).toString() ==
                   qs(rows[static_cast<std::size_t>(i)].first) &&
               m_permissionList->item(i)->text() == rows[static_cast<std::size_t>(i)].second;
    if (!same) {
        m_permissionList->clear();
        for (const auto& [slug, text] : rows) {
            auto* item = new QListWidgetItem(text, m_permissionList);
            item->setData(Qt::UserRole, qs(slug));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked); // a checkbox needs a state to show
            auto p = std::find_if(m_permissions.begin(), m_permissions.end(),
                                  [&](const model::Permission& x) { return x.slug == slug; });
            if (p == m_permissions.end()) {
                item->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
                item->setToolTip(tr("There is no permission “%1” (it was deleted). Uncheck it "
                                    "to save the role.")
                                     .arg(qs(slug)));
            } else if (!p->description.empty()) {
                item->setToolTip(qs(p->description));
            }
        }
    }
    int granted = 0;
    for (int i = 0; i < m_permissionList->count(); ++i) {
        QListWidgetItem* item = m_permissionList->item(i);
        const std::string slug = item->data(Qt::UserRole).toString().toStdString();
        const bool on = std::find(m_draft.permissions.begin(), m_draft.permissions.end(), slug) !=
                        m_draft.permissions.end();
        granted += on ? 1 : 0;
        const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_filling = filling;
    m_permissionCount->setText(
        m_permissions.empty()
            ? tr("There are no permissions yet: create them on the Permissions tab.")
            : tr("%1 of %2 permissions granted").arg(granted).arg(m_permissions.size()));
}

void RolesPanel::checkSlug()
{
    if (!isCreating())
        return;
    const QString problem = m_draft.slug.empty() && !isDirty()
                                ? QString() // a new, untouched form is not wrong yet
                                : slugProblem(qs(m_draft.slug));
    if (problem.isEmpty())
        errors().clear(u"slug"_s);
    else
        errors().show(u"slug"_s, problem);
}

bool RolesPanel::checkFields()
{
    QWidget* first = nullptr;
    if (isCreating()) {
        if (const QString problem = slugProblem(qs(m_draft.slug)); !problem.isEmpty()) {
            errors().show(u"slug"_s, problem);
            first = m_slug;
        }
    }
    if (QString::fromStdString(m_draft.name).trimmed().isEmpty()) {
        errors().show(u"name"_s, tr("Type a name: it is what people see where roles are listed."));
        if (!first)
            first = m_name;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

void RolesPanel::updateTitle()
{
    if (isCreating())
        setDetailTitle(tr("New role"), tr("The slug names the role in memberships and tokens; "
                                          "it cannot be changed later."));
    else if (m_base.slug.empty())
        setDetailTitle(QString());
    else
        setDetailTitle(tr("Role %1").arg(qs(m_base.name.empty() ? m_base.slug : m_base.name)));
}

void RolesPanel::save()
{
    if (!checkFields())
        return;
    const model::Role role = m_draft;
    const bool creating = isCreating();
    setSaving(true);
    run(
        [role, creating](store::Store& s) {
            SaveOutcome<model::Role> out(creating ? s.createRole(role) : s.updateRole(role));
            if (!out.result && out.result.error().kind == store::ErrorKind::Conflict) {
                if (store::Result<model::Role> now = s.role(role.slug))
                    out.theirs = *now;
            }
            return out;
        },
        [this, role, creating](SaveOutcome<model::Role> out) {
            setSaving(false);
            if (out.result) {
                m_base = out.result.value();
                m_draft = m_base;
                m_slug->setReadOnly(true);
                apply(m_draft);
                const QString slug = qs(m_base.slug);
                showSaved(slug, DataKind::Roles,
                          creating ? tr("Created role %1").arg(slug)
                                   : tr("Saved role %1").arg(slug));
                updateTitle();
                return;
            }
            const store::Error& e = out.result.error();
            if (e.kind == store::ErrorKind::Conflict && out.theirs) {
                const model::Role theirs = *out.theirs;
                askConflict(
                    tr("The role %1").arg(qs(role.slug)), model::toJson(role),
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

void RolesPanel::remove(const QString& key)
{
    const model::Role* stored = m_roles->find(key);
    if (!stored)
        return;
    const std::int64_t version = stored->version;
    QPointer<RolesPanel> self(this);
    Prompter::instance().confirm(
        this, tr("Delete Role"),
        tr("Delete the role %1? Memberships that hold it must be changed first. This cannot be "
           "undone.")
            .arg(key),
        tr("Delete"), [self, key, version](bool yes) {
            if (!yes || !self)
                return;
            self->run([slug = key.toStdString(),
                       version](store::Store& s) { return s.deleteRole(slug, version); },
                      [self, key](store::Error e) {
                          if (!e) {
                              self->showDeleted(key, DataKind::Roles,
                                                tr("Deleted role %1").arg(key));
                              return;
                          }
                          self->errors().show(e);
                          if (e.kind == store::ErrorKind::Conflict)
                              self->refresh();
                      });
        });
}

} // namespace claimsmith::ui
