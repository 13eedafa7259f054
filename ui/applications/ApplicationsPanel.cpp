#include "ApplicationsPanel.h"

#include "ApplicationListModel.h"
#include "Lifetime.h"
#include "common/MetadataEditor.h"
#include "common/Prompter.h"
#include "model/ModelJson.h"
#include "roles/DraftCommand.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// The store's range (ApplicationTable::kMinLifetime, kMaxLifetime).
constexpr int kMinLifetime = 30;
constexpr int kMaxLifetime = 10 * 365 * 24 * 3600;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString when(model::Millis ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

// What the panel reads in one go.
struct ApplicationData
{
    std::vector<model::Application> applications;
    QString defaultId;
    QStringList templates;
    QStringList metadataKeys;
};

store::Result<ApplicationData> loadApplicationData(store::Store& s)
{
    ApplicationData data;
    store::Result<std::vector<model::Application>> apps = s.applications();
    if (!apps)
        return apps.error();
    data.applications = std::move(apps).value();
    if (!data.applications.empty()) {
        store::Result<model::Application> first = s.defaultApplication();
        if (!first)
            return first.error();
        data.defaultId = qs(first->id);
    }
    store::Result<std::vector<model::Template>> templates = s.templates();
    if (!templates)
        return templates.error();
    for (const model::Template& t : *templates)
        data.templates << qs(t.name);
    store::Result<std::vector<store::MetadataKeyStats>> keys =
        s.metadataKeys(store::MetadataObject::Application, store::MetadataField::Metadata);
    if (!keys)
        return keys.error();
    for (const store::MetadataKeyStats& k : *keys)
        data.metadataKeys << qs(k.key);
    return data;
}

RecordPanel::Texts texts()
{
    return {
        ApplicationsPanel::tr("New Application"),
        ApplicationsPanel::tr("Filter by name, client id or template"),
        ApplicationsPanel::tr("Loading applications…"),
        ApplicationsPanel::tr("No applications yet.\nCreate one with New Application (Ctrl+N)."),
        ApplicationsPanel::tr("No application matches “%1”."),
        ApplicationsPanel::tr(
            "Select an application to see and edit it,\nor create one with New Application."),
        ApplicationsPanel::tr("Cannot load the applications: %1")};
}

QLabel* infoLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ApplicationsPanel::ApplicationsPanel(QWidget* parent)
    : RecordPanel(u"application"_s, new ApplicationListModel, texts(), parent)
    , m_applications(static_cast<ApplicationListModel*>(model()))
    , m_name(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_lifetime(new QSpinBox)
    , m_lifetimeHint(new QLabel)
    , m_presets(new QToolButton)
    , m_template(new QComboBox)
    , m_templateHint(new QLabel)
    , m_metadata(new MetadataEditor)
    , m_id(infoLabel(u"applicationId"_s))
    , m_created(infoLabel(u"applicationCreated"_s))
    , m_updated(infoLabel(u"applicationUpdated"_s))
    , m_version(infoLabel(u"applicationVersion"_s))
{
    m_name->setObjectName(u"applicationName"_s);
    m_name->setPlaceholderText(tr("e.g. Customer portal"));
    m_clientId->setObjectName(u"applicationClientId"_s);
    m_clientId->setPlaceholderText(tr("Generated when saved"));
    m_lifetime->setObjectName(u"applicationLifetime"_s);
    m_lifetime->setRange(kMinLifetime, kMaxLifetime);
    m_lifetime->setSingleStep(60);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setGroupSeparatorShown(true);
    m_lifetime->setAccelerated(true);
    m_lifetime->setMinimumWidth(130);
    m_lifetimeHint->setObjectName(u"applicationLifetimeHint"_s);
    m_lifetimeHint->setForegroundRole(QPalette::PlaceholderText);
    m_presets->setObjectName(u"applicationLifetimePresets"_s);
    m_presets->setText(tr("Presets"));
    m_presets->setToolTip(tr("Common token lifetimes"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto* presets = new QMenu(m_presets);
    for (int seconds : {5 * 60, 15 * 60, 3600, 8 * 3600, 86400, 7 * 86400, 30 * 86400}) {
        presets->addAction(readableLifetime(seconds), this,
                           [this, seconds] { m_lifetime->setValue(seconds); });
    }
    m_presets->setMenu(presets);
    m_template->setObjectName(u"applicationTemplate"_s);
    m_template->setMinimumContentsLength(16);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateHint->setObjectName(u"applicationTemplateHint"_s);
    m_templateHint->setWordWrap(true);
    m_templateHint->setForegroundRole(QPalette::PlaceholderText);
    m_templateHint->hide();
    m_metadata->setObjectName(u"applicationMetadata"_s);
    m_metadata->table()->setObjectName(u"applicationMetadataTable"_s);
    m_metadata->setMinimumHeight(190);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_clientId)})
        routeUndoKeys(w);

    QLabel* nameError = FieldErrors::makeLabel(u"applicationNameError"_s);
    QLabel* clientIdError = FieldErrors::makeLabel(u"applicationClientIdError"_s);
    QLabel* lifetimeError = FieldErrors::makeLabel(u"applicationLifetimeError"_s);
    QLabel* templateError = FieldErrors::makeLabel(u"applicationTemplateError"_s);
    QLabel* metadataError = FieldErrors::makeLabel(u"applicationMetadataError"_s);
    errors().add(u"name"_s, m_name, nameError);
    errors().add(u"client_id"_s, m_clientId, clientIdError);
    errors().add(u"token_lifetime"_s, m_lifetime, lifetimeError);
    errors().add(u"template"_s, m_template, templateError);
    errors().add(u"metadata"_s, m_metadata->table(), metadataError);

    auto* lifetimeRow = new QWidget;
    auto* lifetimeLayout = new QHBoxLayout(lifetimeRow);
    lifetimeLayout->setContentsMargins(0, 0, 0, 0);
    lifetimeLayout->addWidget(m_lifetime);
    lifetimeLayout->addWidget(m_presets);
    lifetimeLayout->addWidget(m_lifetimeHint, 1);
    auto* lifetimeBox = FieldErrors::withLabel(lifetimeRow, lifetimeError);
    auto* templateBox = FieldErrors::withLabel(m_template, templateError);
    templateBox->layout()->addWidget(m_templateHint);

    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setVerticalSpacing(10);
    layout->addRow(tr("&Name:"), FieldErrors::withLabel(m_name, nameError));
    layout->addRow(tr("&Client ID:"), FieldErrors::withLabel(m_clientId, clientIdError));
    layout->addRow(tr("Token &lifetime:"), lifetimeBox);
    layout->addRow(tr("&Template:"), templateBox);
    layout->addRow(tr("&Metadata:"), FieldErrors::withLabel(m_metadata, metadataError));
    layout->addRow(separator);
    layout->addRow(tr("ID:"), m_id);
    layout->addRow(tr("Created:"), m_created);
    layout->addRow(tr("Updated:"), m_updated);
    layout->addRow(tr("Version:"), m_version);
    setForm(form);
    setStretchColumn(ApplicationListModel::Name);
    // Four columns: the list gets half of the room.
    splitter()->setStretchFactor(0, 1);
    splitter()->setStretchFactor(1, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Application next = m_draft;
        next.name = text.toStdString();
        edit(FieldName, tr("Edit name"), std::move(next));
        if (!text.trimmed().isEmpty())
            errors().clear(u"name"_s);
    });
    connect(m_clientId, &QLineEdit::textEdited, this, [this](const QString& text) {
        model::Application next = m_draft;
        next.clientId = text.trimmed().toStdString();
        edit(FieldClientId, tr("Edit client id"), std::move(next));
        errors().clear(u"client_id"_s);
    });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this](int seconds) {
        updateLifetimeHint();
        if (m_filling)
            return;
        model::Application next = m_draft;
        next.tokenLifetime = seconds;
        edit(FieldLifetime, tr("Edit token lifetime"), std::move(next));
        errors().clear(u"token_lifetime"_s);
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        model::Application next = m_draft;
        next.templateName = m_template->itemData(index).toString().toStdString();
        edit(-1, tr("Choose template"), std::move(next));
        errors().clear(u"template"_s);
    });
    connect(m_metadata, &MetadataEditor::edited, this, [this] {
        if (m_filling)
            return;
        model::Application next = m_draft;
        next.metadata = m_metadata->bag();
        edit(-1, tr("Edit metadata"), std::move(next));
        errors().clear(u"metadata"_s);
    });
    connect(m_metadata, &MetadataEditor::validityChanged, this, [this](bool valid) {
        if (valid)
            errors().clear(u"metadata"_s);
        updateButtons();
    });
    clearForm();
}

void ApplicationsPanel::sessionChanged()
{
    m_metadata->setLimits(session() ? session()->limits() : model::LimitsProfile::Default,
                          "metadata");
}

void ApplicationsPanel::load()
{
    loadWith(loadApplicationData, [this](store::Result<ApplicationData> data) {
        if (!data) {
            loadFailed(FieldErrors::sentence(data.error().message));
            return;
        }
        m_templates = data->templates;
        m_metadata->setKeySuggestions(data->metadataKeys);
        m_applications->setApplications(std::move(data->applications), data->defaultId);
        syncTemplates();
        updateTitle();
        loaded();
    });
}

void ApplicationsPanel::fillForm(const QString& key)
{
    const model::Application* stored = key.isEmpty() ? nullptr : m_applications->find(key);
    m_base = stored ? *stored : model::Application{};
    if (!stored && !m_templates.isEmpty() && !m_templates.contains(qs(m_base.templateName)))
        m_base.templateName = m_templates.first().toStdString();
    m_draft = m_base;
    apply(m_draft);
    updateTitle();
}

void ApplicationsPanel::clearForm()
{
    m_base = model::Application{};
    m_draft = m_base;
    apply(m_draft);
    updateTitle();
}

void ApplicationsPanel::clearList()
{
    m_templates.clear();
    m_metadata->setKeySuggestions({});
    m_applications->setApplications({}, QString());
}

bool ApplicationsPanel::isDirty() const
{
    // Metadata that does not pass is typed but not yet in the draft.
    return m_draft != m_base || !m_metadata->isValid();
}

QWidget* ApplicationsPanel::firstField() const
{
    return m_name;
}

bool ApplicationsPanel::watches(DataKind kind) const
{
    return kind == DataKind::Applications || kind == DataKind::Templates;
}

void ApplicationsPanel::apply(const model::Application& draft)
{
    m_filling = true;
    m_draft = draft;
    setText(m_name, qs(draft.name));
    setText(m_clientId, qs(draft.clientId));
    m_lifetime->setValue(static_cast<int>(
        std::clamp<std::int64_t>(draft.tokenLifetime, kMinLifetime, kMaxLifetime)));
    m_metadata->setBag(draft.metadata);
    syncTemplates();
    m_filling = false;
    updateLifetimeHint();
    updateInfo();
}

void ApplicationsPanel::edit(int field, const QString& text, model::Application next)
{
    if (next == m_draft)
        return;
    model::Application before = m_draft;
    m_draft = next;
    undoStack()->push(new DraftCommand<model::Application>(
        text, field, std::move(before), std::move(next), [this](const model::Application& a) {
            apply(a);
            updateButtons();
        }));
    syncTemplates();
    updateButtons();
}

void ApplicationsPanel::syncTemplates()
{
    // The store's templates; the draft's template too if it does not exist
    // (marked), so that what is stored is shown as it is.
    const QString current = qs(m_draft.templateName);
    const bool missing = !current.isEmpty() && !m_templates.contains(current);
    QStringList items = m_templates;
    if (missing)
        items.prepend(current);
    // Same names are not enough: a name that was missing may exist now.
    bool same = m_template->count() == items.size() && m_templateMissing == missing;
    for (int i = 0; same && i < items.size(); ++i)
        same = m_template->itemData(i).toString() == items[i];
    m_templateMissing = missing;
    const bool filling = m_filling;
    m_filling = true;
    if (!same) {
        m_template->clear();
        for (const QString& name : items) {
            if (missing && name == current)
                m_template->addItem(QIcon::fromTheme(u"dialog-warning"_s),
                                    tr("%1 (missing)").arg(name), name);
            else
                m_template->addItem(name, name);
        }
    }
    m_template->setCurrentIndex(m_template->findData(current));
    m_filling = filling;
    m_templateHint->setVisible(missing);
    if (missing)
        m_templateHint->setText(tr("There is no template “%1”: tokens for this application "
                                   "cannot be issued until it exists. Create it on the Templates "
                                   "page, or choose another.")
                                    .arg(current));
}

void ApplicationsPanel::updateLifetimeHint()
{
    m_lifetimeHint->setText(tr("= %1").arg(readableLifetime(m_lifetime->value())));
}

void ApplicationsPanel::updateInfo()
{
    const bool stored = !m_draft.id.empty();
    m_id->setText(stored ? qs(m_draft.id) : tr("Given when saved"));
    m_created->setText(when(m_draft.createdAt));
    m_updated->setText(when(m_draft.updatedAt));
    m_version->setText(stored ? QString::number(m_draft.version) : QStringLiteral("—"));
}

void ApplicationsPanel::updateTitle()
{
    if (isCreating()) {
        setDetailTitle(tr("New application"),
                       tr("The client id is generated when it is left empty."));
    } else if (m_base.id.empty()) {
        setDetailTitle(QString());
    } else {
        const bool isDefault = qs(m_base.id) == m_applications->defaultId();
        setDetailTitle(tr("Application %1").arg(qs(m_base.name)),
                       isDefault ? tr("The default application: the oldest one, used when a "
                                      "token names no application.")
                                 : QString());
    }
}

bool ApplicationsPanel::checkFields()
{
    QWidget* first = nullptr;
    auto fail = [&](const QString& field, QWidget* widget, const QString& message) {
        errors().show(field, message);
        if (!first)
            first = widget;
    };
    if (qs(m_draft.name).trimmed().isEmpty())
        fail(u"name"_s, m_name, tr("Type a name: it is how people tell applications apart."));
    if (!isCreating() && m_draft.clientId.empty())
        fail(u"client_id"_s, m_clientId,
             tr("Type a client id, or Revert to keep the one it has: tokens are requested "
                "with it."));
    if (m_draft.templateName.empty())
        fail(u"template"_s, m_template,
             tr("Choose the template of this application's tokens (create one on the "
                "Templates page first)."));
    if (!m_metadata->isValid()) {
        // The editor says what is wrong under the table already.
        errors().frame(u"metadata"_s, m_metadata->problem());
        if (!first)
            first = m_metadata->table();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

void ApplicationsPanel::save()
{
    if (!checkFields()) {
        emit statusMessage(tr("Not saved: correct the marked fields first."));
        return;
    }
    const model::Application app = m_draft;
    const bool creating = isCreating();
    setSaving(true);
    run(
        [app, creating](store::Store& s) {
            SaveOutcome<model::Application> out(creating ? s.createApplication(app)
                                                         : s.updateApplication(app));
            if (!out.result && out.result.error().kind == store::ErrorKind::Conflict) {
                if (store::Result<model::Application> now = s.application(app.id))
                    out.theirs = *now;
            }
            return out;
        },
        [this, app, creating](SaveOutcome<model::Application> out) {
            setSaving(false);
            if (out.result) {
                m_base = out.result.value();
                apply(m_base);
                const QString name = qs(m_base.name);
                showSaved(qs(m_base.id), DataKind::Applications,
                          creating ? tr("Created application %1").arg(name)
                                   : tr("Saved application %1").arg(name));
                updateTitle();
                return;
            }
            const store::Error& e = out.result.error();
            if (e.kind == store::ErrorKind::Conflict && out.theirs) {
                const model::Application theirs = *out.theirs;
                askConflict(
                    tr("The application %1").arg(qs(app.name)), model::toJson(app),
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

void ApplicationsPanel::remove(const QString& key)
{
    const model::Application* stored = m_applications->find(key);
    if (!stored)
        return;
    const std::int64_t version = stored->version;
    const QString name = qs(stored->name);
    const bool isDefault = key == m_applications->defaultId();
    QString text = tr("Delete the application %1 (client id %2)? Tokens can no longer be "
                      "requested with its client id. This cannot be undone.")
                       .arg(name, qs(stored->clientId));
    if (isDefault)
        text += u' ' + tr("It is the default application: the next oldest one becomes the "
                          "default.");
    QPointer<ApplicationsPanel> self(this);
    Prompter::instance().confirm(
        this, tr("Delete Application"), text, tr("Delete"), [self, key, name, version](bool yes) {
            if (!yes || !self)
                return;
            self->run([id = key.toStdString(),
                       version](store::Store& s) { return s.deleteApplication(id, version); },
                      [self, key, name](store::Error e) {
                          if (!e) {
                              self->showDeleted(key, DataKind::Applications,
                                                tr("Deleted application %1").arg(name));
                              return;
                          }
                          self->errors().show(e);
                          if (e.kind == store::ErrorKind::Conflict)
                              self->refresh();
                      });
        });
}

} // namespace claimsmith::ui
