#include "MembershipListModel.h"

#include "FieldMarks.h"

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

MembershipListModel::MembershipListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MembershipListModel::setWorker(StoreWorker* worker)
{
    m_channel.cancel();
    m_channel.setWorker(worker);
    clearRows();
    setState(State::Idle);
    if (worker && !m_organizationId.isEmpty())
        reload();
}

void MembershipListModel::setOrganization(const QString& organizationId)
{
    m_organizationId = organizationId;
    m_channel.cancel();
    clearRows();
    setState(State::Idle);
    reload();
}

void MembershipListModel::setRoleNames(QHash<QString, QString> names)
{
    m_roleNames = std::move(names);
    if (!m_rows.empty())
        emit dataChanged(index(0, Roles), index(rowCount() - 1, Roles));
}

void MembershipListModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_fetching = false;
    endResetModel();
}

void MembershipListModel::reload()
{
    if (!m_channel.worker() || m_organizationId.isEmpty())
        return;
    setState(State::Loading);
    request({});
}

void MembershipListModel::request(const std::string& after)
{
    m_fetching = true;
    const bool first = after.empty();
    store::MembershipQuery query;
    query.organizationId = toStd(m_organizationId);
    query.limit = m_pageSize;
    query.after = after;
    m_channel.run(
        this,
        [query](store::Store& s) -> store::Result<MemberPage> {
            store::Result<store::Page<model::Membership>> found = s.findMemberships(query);
            if (!found)
                return found.error();
            MemberPage page;
            page.next = std::move(found->next);
            for (model::Membership& m : found->items) {
                MemberRow row{std::move(m), std::nullopt};
                store::Result<model::User> user = s.user(row.membership.userId);
                if (user)
                    row.user = std::move(user.value());
                else if (user.error().kind != store::ErrorKind::NotFound)
                    return user.error();
                page.rows.push_back(std::move(row));
            }
            return page;
        },
        [this, first](store::Result<MemberPage> page) {
            m_fetching = false;
            if (!page) {
                if (first)
                    clearRows();
                setState(first ? State::Failed : State::Loaded, sentence(page.error().message));
                return;
            }
            if (first) {
                beginResetModel();
                m_rows = std::move(page->rows);
                m_next = std::move(page->next);
                endResetModel();
                setState(State::Loaded);
                emit firstPageLoaded();
                return;
            }
            m_next = std::move(page->next);
            if (!page->rows.empty()) {
                const int at = rowCount();
                beginInsertRows({}, at, at + static_cast<int>(page->rows.size()) - 1);
                for (MemberRow& r : page->rows)
                    m_rows.push_back(std::move(r));
                endInsertRows();
            }
            setState(State::Loaded);
        });
}

void MembershipListModel::setState(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

int MembershipListModel::rowOf(const QString& membershipId) const
{
    const std::string key = toStd(membershipId);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].membership.id == key)
            return static_cast<int>(i);
    }
    return -1;
}

QString MembershipListModel::who(const MemberRow& row)
{
    return row.user ? qs(row.user->email) : qs(row.membership.userId);
}

QString MembershipListModel::statusText(const QString& status)
{
    if (status == u"active"_s)
        return tr("Active");
    if (status == u"pending"_s)
        return tr("Pending");
    if (status == u"inactive"_s)
        return tr("Inactive");
    return status;
}

int MembershipListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MembershipListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return qs(r.membership.id);
    if (role == Qt::ToolTipRole && index.column() == Email)
        return qs(r.membership.userId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Email:
        return r.user ? qs(r.user->email) : tr("(deleted user %1)").arg(qs(r.membership.userId));
    case Name: {
        if (!r.user)
            return QString();
        QStringList parts;
        if (r.user->firstName && !r.user->firstName->empty())
            parts << qs(*r.user->firstName);
        if (r.user->lastName && !r.user->lastName->empty())
            parts << qs(*r.user->lastName);
        return parts.join(u' ');
    }
    case Roles: {
        QStringList names;
        for (const std::string& slug : r.membership.roles)
            names << m_roleNames.value(qs(slug), qs(slug));
        return names.join(u", "_s);
    }
    case Status:
        return statusText(qs(r.membership.status));
    default:
        return {};
    }
}

QVariant MembershipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool MembershipListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::Loaded && !m_fetching && !m_next.empty();
}

void MembershipListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_next);
}

} // namespace claimsmith::ui
