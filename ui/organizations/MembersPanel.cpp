#include "MembersPanel.h"

#include "FieldMarks.h"
#include "MembershipListModel.h"
#include "common/Prompter.h"
#include "common/StoreSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

namespace {

struct WriteOutcome
{
    store::Error error;
    model::Membership membership;
    std::optional<model::Membership> current; // Conflict: what is stored now
    std::optional<model::User> user;

    WriteOutcome() = default;
    WriteOutcome(store::Error e)
        : error(std::move(e))
    {}
};

const char* const kStatuses[] = {"active", "pending", "inactive"};

// "user_01h…" in any case: ids are stored in upper case.
std::string normalizedUserRef(const QString& text)
{
    const QString prefix = u"user_"_s;
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        return toStd(QString(prefix + text.mid(prefix.size()).toUpper()));
    return toStd(text);
}

} // namespace

MembersPanel::MembersPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new MembershipListModel(this))
    , m_listStack(new QStackedWidget)
    , m_view(new QTableView)
    , m_listMessage(new QLabel)
    , m_newMember(new QPushButton(tr("New Member")))
    , m_removeMember(new QPushButton(tr("Remove Member…")))
    , m_form(new QGroupBox)
    , m_user(new QLineEdit)
    , m_userError(makeMessageLabel(u"memberUserError"_s))
    , m_rolesList(new QListWidget)
    , m_rolesError(makeMessageLabel(u"memberRolesError"_s))
    , m_status(new QComboBox)
    , m_statusError(makeMessageLabel(u"memberStatusError"_s))
    , m_submit(new QPushButton)
{
    setObjectName(u"membersPanel"_s);
    m_view->setObjectName(u"membersList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(MembershipListModel::Email,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(MembershipListModel::Name, 140);
    m_view->horizontalHeader()->resizeSection(MembershipListModel::Roles, 140);
    m_view->horizontalHeader()->resizeSection(MembershipListModel::Status, 80);
    m_view->setMinimumHeight(120);
    m_listMessage->setObjectName(u"membersMessage"_s);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setWordWrap(true);
    m_listMessage->setForegroundRole(QPalette::PlaceholderText);
    m_listMessage->setMargin(16);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listMessage);

    m_newMember->setObjectName(u"newMemberButton"_s);
    m_newMember->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_newMember->setToolTip(tr("Add a user to this organization"));
    m_removeMember->setObjectName(u"removeMemberButton"_s);
    m_removeMember->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removeMember->setToolTip(tr("Remove the selected member from this organization (Delete)"));
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_newMember);
    buttons->addWidget(m_removeMember);
    buttons->addStretch();

    m_form->setObjectName(u"memberForm"_s);
    m_user->setObjectName(u"memberUserEdit"_s);
    m_user->setPlaceholderText(tr("Email or user id (user_…)"));
    m_user->setClearButtonEnabled(true);
    m_rolesList->setObjectName(u"memberRolesList"_s);
    m_rolesList->setMinimumHeight(72);
    m_rolesList->setMaximumHeight(130);
    m_rolesList->setToolTip(tr("The member's roles; the first one is the primary role"));
    m_status->setObjectName(u"memberStatusCombo"_s);
    for (const char* status : kStatuses)
        m_status->addItem(MembershipListModel::statusText(QLatin1String(status)),
                          QLatin1String(status));
    m_submit->setObjectName(u"memberSubmitButton"_s);
    m_submit->setDefault(false);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(10, 10, 10, 10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("User:"), withMessage(m_user, m_userError));
    form->addRow(tr("Roles:"), withMessage(m_rolesList, m_rolesError));
    form->addRow(tr("Status:"), withMessage(m_status, m_statusError));
    auto* submitRow = new QHBoxLayout;
    submitRow->addStretch();
    submitRow->addWidget(m_submit);
    form->addRow(submitRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(m_model, &MembershipListModel::stateChanged, this, &MembersPanel::updateListState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPanel::updateListState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPanel::updateListState);
    connect(m_model, &MembershipListModel::firstPageLoaded, this, [this] {
        const QString id = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad : qs(m_editing.id);
        m_selectAfterLoad.clear();
        const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
        if (row >= 0)
            m_view->selectRow(row);
        else if (!m_editing.id.empty())
            startAdding(); // the member is gone; what is typed to add one stays
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            showMember(row);
        m_removeMember->setEnabled(row >= 0 && !m_busy);
    });
    connect(m_newMember, &QPushButton::clicked, this, [this] {
        m_view->clearSelection();
        startAdding();
        m_user->setFocus();
    });
    connect(m_removeMember, &QPushButton::clicked, this, &MembersPanel::removeSelected);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_view);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &MembersPanel::removeSelected);
    connect(m_submit, &QPushButton::clicked, this, &MembersPanel::submit);
    connect(m_user, &QLineEdit::returnPressed, this, &MembersPanel::submit);
    connect(m_user, &QLineEdit::textEdited, this,
            [this] { markField(m_user, m_userError, QString()); });
    connect(m_rolesList, &QListWidget::itemChanged, this,
            [this] { markField(m_rolesList, m_rolesError, QString()); });

    startAdding();
    updateListState();
}

void MembersPanel::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++m_generation;
    ++m_sessionGeneration;
    m_busy = false;
    m_roles.clear();
    m_model->setWorker(session ? session->worker() : nullptr);
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
            if (kind == DataKind::Memberships || kind == DataKind::Users)
                reload();
            else if (kind == DataKind::Roles)
                loadRoles();
        });
        loadRoles();
    }
    checkRoles({});
    startAdding();
    updateListState();
}

void MembersPanel::setOrganization(const QString& id, const QString& name)
{
    const bool same = id == m_organizationId;
    m_organizationId = id;
    m_organizationName = name;
    if (same && !id.isEmpty())
        return;
    ++m_generation;
    m_busy = false;
    m_editing = {};
    m_selectAfterLoad.clear();
    m_model->setOrganization(id);
    startAdding();
    updateListState();
}

void MembersPanel::reload()
{
    m_model->reload();
}

void MembersPanel::loadRoles()
{
    if (!m_session)
        return;
    const quint64 generation = m_sessionGeneration;
    m_session->worker()->run(
        this, [](store::Store& s) { return s.roles(); },
        [this, generation](store::Result<std::vector<model::Role>> roles) {
            if (generation != m_sessionGeneration)
                return;
            if (!roles) {
                emit statusMessage(
                    tr("Could not load the roles: %1").arg(sentence(roles.error().message)));
                return;
            }
            m_roles = std::move(roles.value());
            QHash<QString, QString> names;
            for (const model::Role& r : m_roles)
                names.insert(qs(r.slug), r.name.empty() ? qs(r.slug) : qs(r.name));
            m_model->setRoleNames(names);
            checkRoles(m_editing.id.empty() ? checkedRoles({}) : m_editing.roles);
        });
}

void MembersPanel::checkRoles(const std::vector<std::string>& slugs)
{
    const QSignalBlocker blocker(m_rolesList);
    m_rolesList->clear();
    if (m_roles.empty()) {
        auto* item =
            new QListWidgetItem(tr("No roles yet: create them under Roles & Permissions."));
        item->setFlags(Qt::NoItemFlags);
        m_rolesList->addItem(item);
        return;
    }
    for (const model::Role& r : m_roles) {
        auto* item = new QListWidgetItem(
            r.name.empty() ? qs(r.slug) : tr("%1 (%2)").arg(qs(r.name), qs(r.slug)));
        item->setData(Qt::UserRole, qs(r.slug));
        item->setToolTip(qs(r.description));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on = std::find(slugs.begin(), slugs.end(), r.slug) != slugs.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_rolesList->addItem(item);
    }
}

std::vector<std::string> MembersPanel::checkedRoles(const std::vector<std::string>& keepOrder) const
{
    std::vector<std::string> on;
    for (int i = 0; i < m_rolesList->count(); ++i) {
        const QListWidgetItem* item = m_rolesList->item(i);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            on.push_back(toStd(item->data(Qt::UserRole).toString()));
    }
    // Roles the member had keep their order (the first is the primary role);
    // new ones follow.
    std::vector<std::string> out;
    for (const std::string& slug : keepOrder) {
        if (std::find(on.begin(), on.end(), slug) != on.end())
            out.push_back(slug);
    }
    for (const std::string& slug : on) {
        if (std::find(out.begin(), out.end(), slug) == out.end())
            out.push_back(slug);
    }
    return out;
}

int MembersPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MembersPanel::updateListState()
{
    const bool haveOrg = m_session && !m_organizationId.isEmpty();
    QString message;
    if (!m_session)
        message = tr("No store is open.");
    else if (m_organizationId.isEmpty())
        message = tr("Save the organization first; then you can add members.");
    else if (m_model->state() == MembershipListModel::State::Failed)
        message = tr("Could not load the members: %1").arg(m_model->errorText());
    else if (m_model->rowCount() == 0 && m_model->state() == MembershipListModel::State::Loading)
        message = tr("Loading members…");
    else if (m_model->rowCount() == 0 && m_model->state() == MembershipListModel::State::Loaded)
        message = tr("No members yet. Add one with the form below.");
    m_listMessage->setText(message);
    m_listStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view)
                                                    : static_cast<QWidget*>(m_listMessage));
    m_newMember->setEnabled(haveOrg && !m_busy);
    m_removeMember->setEnabled(haveOrg && !m_busy && selectedRow() >= 0);
    m_form->setEnabled(haveOrg);
    m_submit->setEnabled(haveOrg && !m_busy);
}

void MembersPanel::clearMarks()
{
    markField(m_user, m_userError, QString());
    markField(m_rolesList, m_rolesError, QString());
    markField(m_status, m_statusError, QString());
}

void MembersPanel::startAdding()
{
    m_editing = {};
    clearMarks();
    m_form->setTitle(tr("Add a Member"));
    m_user->setReadOnly(false);
    m_user->clear();
    checkRoles({});
    m_status->setCurrentIndex(0);
    m_submit->setText(tr("Add Member"));
    m_submit->setToolTip(tr("Add the user to the organization with these roles"));
}

void MembersPanel::showMember(int row)
{
    const MemberRow& r = m_model->member(row);
    m_editing = r.membership;
    clearMarks();
    m_form->setTitle(tr("Member %1").arg(MembershipListModel::who(r)));
    m_user->setReadOnly(true);
    m_user->setText(MembershipListModel::who(r));
    checkRoles(r.membership.roles);
    const int status = m_status->findData(qs(r.membership.status));
    m_status->setCurrentIndex(std::max(status, 0));
    m_submit->setText(tr("Save Member"));
    m_submit->setToolTip(tr("Save this member's roles and status"));
}

void MembersPanel::submit()
{
    if (!m_session || m_organizationId.isEmpty() || m_busy)
        return;
    if (m_editing.id.empty()) {
        addMember();
        return;
    }
    model::Membership m = m_editing;
    m.roles = checkedRoles(m_editing.roles);
    m.status = toStd(m_status->currentData().toString());
    updateMember(std::move(m));
}

void MembersPanel::addMember()
{
    const QString who = m_user->text().trimmed();
    if (who.isEmpty()) {
        markField(m_user, m_userError, tr("Type the email or the id of the user to add."));
        m_user->setFocus();
        return;
    }
    if (!who.contains(u'@') && !who.startsWith(u"user_"_s, Qt::CaseInsensitive)) {
        markField(m_user, m_userError,
                  tr("Type an email (name@example.com) or a user id (user_…)."));
        m_user->setFocus();
        return;
    }
    clearMarks();
    model::Membership m;
    m.organizationId = toStd(m_organizationId);
    m.roles = checkedRoles({});
    m.status = toStd(m_status->currentData().toString());
    const std::string ref = normalizedUserRef(who);
    const quint64 generation = m_generation;
    m_busy = true;
    updateListState();
    m_session->worker()->run(
        this,
        [m, ref](store::Store& s) mutable -> WriteOutcome {
            store::Result<model::User> user =
                ref.rfind("user_", 0) == 0 ? s.user(ref) : s.userByEmail(ref);
            if (!user) {
                WriteOutcome failed(user.error());
                failed.error.field = "user";
                return failed;
            }
            m.userId = user->id;
            store::Result<model::Membership> created = s.createMembership(m);
            if (!created)
                return created.error();
            WriteOutcome out;
            out.membership = std::move(created.value());
            out.user = std::move(user.value());
            return out;
        },
        [this, generation](WriteOutcome out) {
            if (generation != m_generation)
                return;
            m_busy = false;
            updateListState();
            if (out.error) {
                showError(out.error);
                return;
            }
            emit statusMessage(tr("Added %1 to %2").arg(qs(out.user->email), m_organizationName));
            startAdding();
            m_session->notifyChanged(DataKind::Memberships);
        });
}

void MembersPanel::updateMember(model::Membership membership)
{
    const quint64 generation = m_generation;
    m_busy = true;
    updateListState();
    m_session->worker()->run(
        this,
        [membership](store::Store& s) -> WriteOutcome {
            store::Result<model::Membership> updated = s.updateMembership(membership);
            if (!updated) {
                WriteOutcome failed(updated.error());
                if (failed.error.kind == store::ErrorKind::Conflict) {
                    if (store::Result<model::Membership> now = s.membership(membership.id))
                        failed.current = std::move(now.value());
                }
                return failed;
            }
            WriteOutcome out;
            out.membership = std::move(updated.value());
            return out;
        },
        [this, generation, membership](WriteOutcome out) {
            if (generation != m_generation)
                return;
            m_busy = false;
            updateListState();
            const QString who = m_user->text();
            if (out.error.kind == store::ErrorKind::Conflict && out.current) {
                Prompter::instance().conflict(
                    this, tr("The membership of %1").arg(who), prettyJson(membership),
                    prettyJson(*out.current),
                    [this, generation, membership,
                     current = *out.current](Prompter::ConflictChoice choice) {
                        if (generation != m_generation)
                            return;
                        if (choice == Prompter::ConflictChoice::Reload) {
                            m_selectAfterLoad = qs(membership.id);
                            m_editing = current;
                            reload();
                        } else if (choice == Prompter::ConflictChoice::Overwrite) {
                            model::Membership mine = membership;
                            mine.version = current.version;
                            updateMember(std::move(mine));
                        }
                    });
                return;
            }
            if (out.error) {
                showError(out.error);
                return;
            }
            m_editing = out.membership;
            m_selectAfterLoad = qs(out.membership.id);
            emit statusMessage(tr("Saved the membership of %1 in %2").arg(who, m_organizationName));
            m_session->notifyChanged(DataKind::Memberships);
        });
}

void MembersPanel::removeSelected()
{
    const int row = selectedRow();
    if (!m_session || row < 0 || m_busy)
        return;
    const model::Membership membership = m_model->member(row).membership;
    const QString who = MembershipListModel::who(m_model->member(row));
    const quint64 generation = m_generation;
    Prompter::instance().confirm(
        this, tr("Remove Member"),
        tr("Remove %1 from “%2”? They lose their roles in this organization.")
            .arg(who, m_organizationName),
        tr("Remove"), [this, generation, membership, who](bool yes) {
            if (!yes || generation != m_generation || !m_session)
                return;
            m_busy = true;
            updateListState();
            m_session->worker()->run(
                this,
                [membership](store::Store& s) {
                    return s.deleteMembership(membership.id, membership.version);
                },
                [this, generation, who](store::Error error) {
                    if (generation != m_generation)
                        return;
                    m_busy = false;
                    updateListState();
                    if (error.kind == store::ErrorKind::Conflict) {
                        Prompter::instance().error(
                            this, tr("Could Not Remove the Member"),
                            tr("The membership of %1 was changed by someone else meanwhile. "
                               "The list is reloaded: check it and remove the member again.")
                                .arg(who));
                        reload();
                        return;
                    }
                    if (error) {
                        Prompter::instance().error(this, tr("Could Not Remove the Member"),
                                                   sentence(error.message));
                        return;
                    }
                    emit statusMessage(tr("Removed %1 from %2").arg(who, m_organizationName));
                    m_view->clearSelection();
                    startAdding();
                    m_session->notifyChanged(DataKind::Memberships);
                });
        });
}

void MembersPanel::showError(const store::Error& error)
{
    const QString message = sentence(error.message);
    const std::string& field = error.field;
    if (field == "user" || field == "user_id" || field == "organization_id") {
        markField(m_user, m_userError, message);
        m_user->setFocus();
    } else if (field.rfind("roles", 0) == 0) {
        markField(m_rolesList, m_rolesError, message);
    } else if (field == "status") {
        markField(m_status, m_statusError, message);
    } else {
        Prompter::instance().error(this, tr("Could Not Save the Membership"), message);
    }
}

} // namespace claimsmith::ui
