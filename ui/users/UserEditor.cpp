#include "UserEditor.h"

#include "UserMembershipsModel.h"
#include "common/MetadataEditor.h"
#include "common/Prompter.h"
#include "common/QtText.h"
#include "common/StoreSession.h"
#include "common/TimeText.h"
#include "json/Writer.h"
#include "model/MetadataLimits.h"
#include "model/ModelJson.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

std::optional<std::string> optionalText(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
}

// What is saved: the draft without surrounding spaces.
model::User trimmed(model::User u)
{
    auto trim = [](std::string& s) { s = QString::fromStdString(s).trimmed().toStdString(); };
    trim(u.email);
    for (std::optional<std::string>* o : {&u.firstName, &u.lastName, &u.externalId}) {
        if (*o) {
            trim(**o);
            if ((*o)->empty())
                o->reset();
        }
    }
    return u;
}

QString prettyJson(const model::User& u)
{
    return qs(json::toString(model::toJson(u), json::WriteOptions{true}));
}

QLabel* errorLabel()
{
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(u"color: #c0392b;"_s);
    l->hide();
    return l;
}

void setError(QLineEdit* edit, QLabel* label, const QString& message)
{
    edit->setStyleSheet(message.isEmpty() ? QString()
                                          : u"QLineEdit { border: 1px solid #c0392b; }"_s);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// One edit of the draft: the user before and after. Typing in one field
// merges into one step.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(UserEditor* editor, model::User before, model::User after, int field,
                const QString& text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
    {}
    void undo() override { m_editor->setDraft(m_before); }
    void redo() override { m_editor->setDraft(m_after); }
    int id() const override { return m_field; }
    bool mergeWith(const QUndoCommand* other) override
    {
        m_after = static_cast<const EditCommand*>(other)->m_after;
        return true;
    }

private:
    UserEditor* m_editor;
    model::User m_before;
    model::User m_after;
    int m_field;
};

} // namespace

UserEditor::UserEditor(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tabs(new QTabWidget)
    , m_email(new QLineEdit)
    , m_emailError(errorLabel())
    , m_emailVerified(new QCheckBox(tr("Verified")))
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_externalId(new QLineEdit)
    , m_externalIdError(errorLabel())
    , m_times(new QLabel)
    , m_metadata(new MetadataEditor)
    , m_userMetadata(new MetadataEditor)
    , m_sso(new MetadataEditor)
    , m_memberships(new QTableView)
    , m_membershipsModel(new UserMembershipsModel(this))
    , m_formError(errorLabel())
    , m_save(new QPushButton(tr("Save")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_empty(new QLabel(tr("Select a user, or create one with Ctrl+N.")))
    , m_content(new QWidget)
{
    m_email->setObjectName(u"email"_s);
    m_emailVerified->setObjectName(u"emailVerified"_s);
    m_firstName->setObjectName(u"firstName"_s);
    m_lastName->setObjectName(u"lastName"_s);
    m_externalId->setObjectName(u"externalId"_s);
    m_metadata->setObjectName(u"metadata"_s);
    m_userMetadata->setObjectName(u"userMetadata"_s);
    m_sso->setObjectName(u"ssoAttributes"_s);
    m_memberships->setObjectName(u"memberships"_s);
    m_save->setObjectName(u"save"_s);
    m_revert->setObjectName(u"revert"_s);
    m_delete->setObjectName(u"delete"_s);
    m_formError->setObjectName(u"formError"_s);
    m_emailError->setObjectName(u"emailError"_s);
    m_externalIdError->setObjectName(u"externalIdError"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_externalId->setPlaceholderText(tr("the user's id in your system (optional)"));
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_times->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_times->setWordWrap(true);

    auto* profile = new QWidget;
    auto* form = new QFormLayout(profile);
    form->setContentsMargins(12, 12, 12, 12);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_emailVerified);
    auto* emailLabel = new QLabel(tr("&Email"));
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, emailRow);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("E&xternal ID"), m_externalId);
    form->addRow(QString(), m_externalIdError);
    form->addRow(m_times);

    auto* untrusted = new QWidget;
    auto* untrustedLayout = new QVBoxLayout(untrusted);
    untrustedLayout->setContentsMargins(12, 12, 12, 12);
    auto* warning = new QLabel(
        tr("Users can change their own user_metadata: do not base access decisions on it."));
    warning->setWordWrap(true);
    warning->setObjectName(u"untrustedNote"_s);
    untrustedLayout->addWidget(warning);
    untrustedLayout->addWidget(m_userMetadata, 1);
    auto* ssoPage = new QWidget;
    auto* ssoLayout = new QVBoxLayout(ssoPage);
    ssoLayout->setContentsMargins(12, 12, 12, 12);
    auto* ssoNote = new QLabel(tr("Set by the identity provider at sign-in; read only."));
    ssoNote->setWordWrap(true);
    ssoLayout->addWidget(ssoNote);
    ssoLayout->addWidget(m_sso, 1);
    m_sso->setReadOnly(true);
    auto* metadataPage = new QWidget;
    auto* metadataLayout = new QVBoxLayout(metadataPage);
    metadataLayout->setContentsMargins(12, 12, 12, 12);
    auto* metadataNote =
        new QLabel(tr("Set by admins and trusted by applications. Values are JSON: text in "
                      "quotes, numbers, true/false, arrays, objects."));
    metadataNote->setWordWrap(true);
    metadataLayout->addWidget(metadataNote);
    metadataLayout->addWidget(m_metadata, 1);
    auto* membershipsPage = new QWidget;
    auto* membershipsLayout = new QVBoxLayout(membershipsPage);
    membershipsLayout->setContentsMargins(12, 12, 12, 12);
    m_memberships->setModel(m_membershipsModel);
    m_memberships->verticalHeader()->hide();
    m_memberships->horizontalHeader()->setStretchLastSection(true);
    m_memberships->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberships->setEditTriggers(QAbstractItemView::NoEditTriggers);
    membershipsLayout->addWidget(m_memberships, 1);
    auto* membershipsNote = new QLabel(tr("Add and change memberships on the Organizations page."));
    membershipsNote->setForegroundRole(QPalette::PlaceholderText);
    membershipsLayout->addWidget(membershipsNote);

    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(profile, tr("Profile"));
    m_tabs->addTab(metadataPage, tr("Metadata"));
    m_tabs->addTab(untrusted, tr("User Metadata"));
    m_tabs->addTab(ssoPage, tr("SSO"));
    m_tabs->setTabToolTip(3, tr("Attributes from the identity provider (read-only)"));
    m_tabs->addTab(membershipsPage, tr("Memberships"));

    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 12, 12, 12);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(6);
    content->addWidget(m_tabs, 1);
    content->addWidget(m_formError);
    content->addLayout(buttons);

    auto* emptyLabel = static_cast<QLabel*>(m_empty);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    auto text = [this](QLineEdit* line, Field field, auto apply) {
        connect(line, &QLineEdit::textEdited, this, [this, field, apply](const QString& t) {
            edit(field, [&](model::User& u) { apply(u, t); });
        });
    };
    // The draft holds the text as typed; saving trims it.
    text(m_email, Email, [](model::User& u, const QString& t) { u.email = t.toStdString(); });
    text(m_firstName, FirstName,
         [](model::User& u, const QString& t) { u.firstName = optionalText(t); });
    text(m_lastName, LastName,
         [](model::User& u, const QString& t) { u.lastName = optionalText(t); });
    text(m_externalId, ExternalId,
         [](model::User& u, const QString& t) { u.externalId = optionalText(t); });
    connect(m_emailVerified, &QCheckBox::clicked, this, [this](bool on) {
        edit(EmailVerified, [on](model::User& u) { u.emailVerified = on; });
    });
    connect(m_metadata, &MetadataEditor::edited, this,
            [this] { edit(Metadata, [this](model::User& u) { u.metadata = m_metadata->bag(); }); });
    connect(m_userMetadata, &MetadataEditor::edited, this, [this] {
        edit(UserMetadata, [this](model::User& u) { u.userMetadata = m_userMetadata->bag(); });
    });
    connect(m_metadata, &MetadataEditor::validityChanged, this, &UserEditor::updateButtons);
    connect(m_userMetadata, &MetadataEditor::validityChanged, this, &UserEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &UserEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &UserEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &UserEditor::deleteUser);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this] { emit dirtyChanged(hasUnsavedChanges()); });
    clear();
}

void UserEditor::setSession(StoreSession* session)
{
    m_session = session;
    clear();
    if (!session)
        return;
    m_metadata->setLimits(session->limits(), "metadata");
    m_userMetadata->setLimits(session->limits(), "user_metadata");
    m_sso->setLimits(session->limits(), "sso_attributes");
    session->worker()->run(
        this,
        [](store::Store& s) -> store::Result<std::vector<store::MetadataKeyStats>> {
            return s.metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
        },
        [this](store::Result<std::vector<store::MetadataKeyStats>> keys) {
            if (!keys)
                return;
            QStringList names;
            for (const store::MetadataKeyStats& k : *keys)
                names << qs(k.key);
            m_metadata->setKeySuggestions(names);
        });
}

QString UserEditor::userId() const
{
    return m_hasUser && !m_isNew ? qs(m_loaded.id) : QString();
}

bool UserEditor::hasUnsavedChanges() const
{
    return m_hasUser && (m_isNew ? !(m_draft == model::User{}) : !(m_draft == m_loaded));
}

bool UserEditor::canSave() const
{
    return m_hasUser && !m_saving && hasUnsavedChanges() && m_metadata->isValid() &&
           m_userMetadata->isValid() && !m_emailError->isVisible() &&
           !m_externalIdError->isVisible();
}

void UserEditor::clear()
{
    m_hasUser = false;
    m_isNew = false;
    m_loaded = model::User{};
    m_draft = model::User{};
    m_undo->clear();
    m_membershipsModel->setRows({});
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
    emit dirtyChanged(false);
}

void UserEditor::showUser(const QString& id)
{
    if (!m_session)
        return;
    m_session->worker()->run(
        this, [id = id.toStdString()](store::Store& s) { return s.user(id); },
        [this](store::Result<model::User> u) {
            if (!u) {
                clear();
                emit statusMessage(QString::fromStdString(u.error().message));
                return;
            }
            load(*u);
        });
}

void UserEditor::newUser()
{
    m_isNew = true;
    m_hasUser = true;
    m_loaded = model::User{};
    m_undo->clear();
    setDraft(model::User{});
    m_membershipsModel->setRows({});
    m_tabs->setCurrentIndex(0);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    m_email->setFocus();
}

void UserEditor::load(const model::User& user)
{
    m_isNew = false;
    m_hasUser = true;
    m_loaded = user;
    m_undo->clear();
    setDraft(user);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    loadMemberships();
    emit dirtyChanged(false);
}

void UserEditor::setDraft(const model::User& user)
{
    m_draft = user;
    showDraft();
    check();
    emit dirtyChanged(hasUnsavedChanges());
}

void UserEditor::showDraft()
{
    auto setText = [](QLineEdit* e, const QString& t) {
        if (e->text() != t)
            e->setText(t);
    };
    const model::User& u = m_draft;
    setText(m_email, qs(u.email));
    m_emailVerified->setChecked(u.emailVerified);
    setText(m_firstName, qs(u.firstName.value_or(std::string())));
    setText(m_lastName, qs(u.lastName.value_or(std::string())));
    setText(m_externalId, qs(u.externalId.value_or(std::string())));
    if (!(m_metadata->bag() == u.metadata) || !m_metadata->isValid())
        m_metadata->setBag(u.metadata);
    if (!(m_userMetadata->bag() == u.userMetadata) || !m_userMetadata->isValid())
        m_userMetadata->setBag(u.userMetadata);
    m_sso->setBag(u.ssoAttributes);
    const QString name = QString(qs(u.firstName.value_or(std::string())) + QLatin1Char(' ') +
                                 qs(u.lastName.value_or(std::string())))
                             .trimmed();
    if (m_isNew) {
        m_title->setText(tr("New user"));
        m_subtitle->setText(tr("Fill in at least the email, then Save."));
        m_times->clear();
    } else {
        m_title->setText(name.isEmpty() ? qs(u.email) : name);
        m_subtitle->setText(QStringLiteral("%1 · %2").arg(qs(m_loaded.id), qs(m_loaded.email)));
        m_times->setText(tr("Created %1 · updated %2 · version %3")
                             .arg(longTime(m_loaded.createdAt), longTime(m_loaded.updatedAt))
                             .arg(m_loaded.version));
    }
    m_delete->setVisible(!m_isNew);
}

void UserEditor::edit(Field field, const std::function<void(model::User&)>& change)
{
    if (!m_hasUser)
        return;
    model::User after = m_draft;
    change(after);
    if (after == m_draft) {
        check();
        return;
    }
    static const char* const names[] = {
        QT_TR_NOOP("Edit email"),        QT_TR_NOOP("Edit verified"),
        QT_TR_NOOP("Edit first name"),   QT_TR_NOOP("Edit last name"),
        QT_TR_NOOP("Edit external ID"),  QT_TR_NOOP("Edit metadata"),
        QT_TR_NOOP("Edit user metadata")};
    m_undo->push(new EditCommand(this, m_draft, std::move(after), field, tr(names[field])));
}

void UserEditor::check()
{
    const model::LimitsProfile profile =
        m_session ? m_session->limits() : model::LimitsProfile::Default;
    QString emailProblem;
    if (m_hasUser) {
        if (QString::fromStdString(m_draft.email).trimmed().isEmpty())
            emailProblem = tr("A user needs an email.");
        else if (auto p = model::checkEmail(trimmed(m_draft).email))
            emailProblem = QString::fromStdString(*p);
    }
    setError(m_email, m_emailError, emailProblem);
    QString externalProblem;
    if (const auto external = trimmed(m_draft).externalId) {
        if (auto p = model::checkExternalId(*external, profile))
            externalProblem = QString::fromStdString(*p);
    }
    setError(m_externalId, m_externalIdError, externalProblem);
    m_formError->hide();
    updateButtons();
}

void UserEditor::updateButtons()
{
    m_save->setEnabled(canSave());
    m_revert->setEnabled(m_hasUser && hasUnsavedChanges());
}

void UserEditor::revert()
{
    if (m_isNew) {
        clear();
        return;
    }
    m_undo->clear();
    setDraft(m_loaded);
}

void UserEditor::save()
{
    if (!m_session || !canSave())
        return;
    model::User user = trimmed(m_draft);
    if (!m_isNew)
        user.version = m_loaded.version;
    saveDraft(std::move(user));
}

void UserEditor::saveDraft(model::User user)
{
    m_saving = true;
    updateButtons();
    const bool create = m_isNew;
    m_session->worker()->run(
        this,
        [user, create](store::Store& s) {
            return create ? s.createUser(user) : s.updateUser(user);
        },
        [this, user, create](store::Result<model::User> stored) {
            m_saving = false;
            if (!stored) {
                if (stored.error().kind == store::ErrorKind::Conflict) {
                    resolveConflict(user);
                    return;
                }
                showError(stored.error());
                updateButtons();
                return;
            }
            const QString email = qs(stored->email);
            load(*stored);
            m_session->notifyChanged(DataKind::Users);
            emit statusMessage(create ? tr("Created user %1").arg(email)
                                      : tr("Saved user %1").arg(email));
            emit saved(qs(stored->id));
        });
}

void UserEditor::resolveConflict(const model::User& mine)
{
    m_session->worker()->run(
        this, [id = mine.id](store::Store& s) { return s.user(id); },
        [this, mine](store::Result<model::User> theirs) {
            if (!theirs) {
                showError(theirs.error());
                updateButtons();
                return;
            }
            const model::User current = *theirs;
            Prompter::instance().conflict(
                window(), tr("The user %1").arg(qs(current.email)), prettyJson(mine),
                prettyJson(current), [this, mine, current](Prompter::ConflictChoice choice) {
                    switch (choice) {
                    case Prompter::ConflictChoice::Reload:
                        load(current);
                        emit statusMessage(
                            tr("Reloaded %1; your changes were discarded.").arg(qs(current.email)));
                        break;
                    case Prompter::ConflictChoice::Overwrite: {
                        model::User again = mine;
                        again.version = current.version;
                        m_loaded.version = current.version;
                        saveDraft(std::move(again));
                        break;
                    }
                    case Prompter::ConflictChoice::KeepEditing:
                        m_formError->setText(tr("Not saved: someone else changed this user. Save "
                                                "again to choose what to keep."));
                        m_formError->show();
                        updateButtons();
                        break;
                    }
                });
        });
}

void UserEditor::showError(const store::Error& e)
{
    const QString message = QString::fromStdString(e.message);
    const std::string& field = e.field;
    if (field == "email") {
        setError(m_email, m_emailError, message);
        m_tabs->setCurrentIndex(0);
    } else if (field == "external_id") {
        setError(m_externalId, m_externalIdError, message);
        m_tabs->setCurrentIndex(0);
    } else if (field.rfind("user_metadata", 0) == 0) {
        m_tabs->setCurrentIndex(2);
    } else if (field.rfind("metadata", 0) == 0) {
        m_tabs->setCurrentIndex(1);
    }
    m_formError->setText(message);
    m_formError->show();
    emit statusMessage(message);
}

void UserEditor::deleteUser()
{
    if (!m_session || m_isNew || !m_hasUser)
        return;
    const model::User user = m_loaded;
    Prompter::instance().confirm(
        window(), tr("Delete User"),
        tr("Delete %1 and their memberships? This cannot be undone.").arg(qs(user.email)),
        tr("Delete"), [this, user](bool yes) {
            if (!yes || !m_session)
                return;
            m_session->worker()->run(
                this, [user](store::Store& s) { return s.deleteUser(user.id, user.version); },
                [this, user](store::Error e) {
                    if (e) {
                        if (e.kind == store::ErrorKind::Conflict)
                            e.message = tr("%1 was changed by someone else; look at the new "
                                           "version before deleting it.")
                                            .arg(qs(user.email))
                                            .toStdString();
                        showError(e);
                        if (e.kind == store::ErrorKind::Conflict)
                            showUser(qs(user.id));
                        return;
                    }
                    clear();
                    m_session->notifyChanged(DataKind::Users);
                    emit statusMessage(tr("Deleted user %1").arg(qs(user.email)));
                    emit deleted(qs(user.id));
                });
        });
}

void UserEditor::loadMemberships()
{
    if (!m_session)
        return;
    const std::string id = m_loaded.id;
    m_session->worker()->run(
        this,
        [id](store::Store& s) -> store::Result<std::vector<UserMembershipsModel::Row>> {
            store::MembershipQuery q;
            q.userId = id;
            q.limit = store::kMaxPageSize;
            auto page = s.findMemberships(q);
            if (!page)
                return page.error();
            std::vector<UserMembershipsModel::Row> rows;
            for (const model::Membership& m : page->items) {
                UserMembershipsModel::Row r;
                r.organizationId = qs(m.organizationId);
                auto org = s.organization(m.organizationId);
                r.organization = org ? qs(org->name) : r.organizationId;
                for (const std::string& role : m.roles)
                    r.roles << qs(role);
                r.status = qs(m.status);
                rows.push_back(std::move(r));
            }
            return rows;
        },
        [this, id](store::Result<std::vector<UserMembershipsModel::Row>> rows) {
            if (rows && m_loaded.id == id)
                m_membershipsModel->setRows(std::move(rows.value()));
        });
}

} // namespace claimsmith::ui
