#include "UserListModel.h"

#include "common/QtText.h"
#include "common/TimeText.h"
#include "json/Writer.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace claimsmith::ui {

namespace {

QString fullName(const model::User& u)
{
    QString name = qs(u.firstName.value_or(std::string()));
    if (u.lastName && !u.lastName->empty())
        name = name.isEmpty() ? qs(*u.lastName) : name + QLatin1Char(' ') + qs(*u.lastName);
    return name;
}

QString timeText(model::Millis ms)
{
    return shortTime(ms);
}

store::UserSort sortOf(int column)
{
    switch (column) {
    case UserListModel::Name:
        return store::UserSort::Name;
    case UserListModel::Created:
        return store::UserSort::CreatedAt;
    case UserListModel::Updated:
        return store::UserSort::UpdatedAt;
    default:
        return store::UserSort::Email;
    }
}

} // namespace

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = kPageSize;
}

void UserListModel::setWorker(StoreWorker* worker)
{
    m_worker = worker;
    setQuery(m_query);
}

void UserListModel::setQuery(store::UserQuery query)
{
    query.limit = kPageSize;
    query.after.clear();
    beginResetModel();
    ++m_generation;
    m_query = std::move(query);
    m_pages.clear();
    m_starts.clear();
    m_lru.clear();
    m_rows = 0;
    endResetModel();
    if (m_inFlight) {
        m_inFlight = 0;
        emit loadingChanged(false);
    }
    if (!m_worker)
        return;
    PageSlot first;
    first.limit = kFirstPageSize;
    m_pages.push_back(std::move(first));
    m_starts.push_back(0);
    requestPage(0);
}

void UserListModel::reload()
{
    setQuery(m_query);
}

void UserListModel::replace(const model::User& user)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        PageSlot& slot = m_pages[i];
        for (std::size_t k = 0; k < slot.users.size(); ++k) {
            if (slot.users[k].id != user.id)
                continue;
            model::User shown = user;
            shown.userMetadata = json::Value();
            shown.ssoAttributes = json::Value();
            slot.users[k] = std::move(shown);
            const int row = m_starts[i] + static_cast<int>(k);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
    }
}

int UserListModel::rowOf(const std::string& id) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const PageSlot& slot = m_pages[i];
        for (std::size_t k = 0; k < slot.users.size(); ++k) {
            if (slot.users[k].id == id)
                return m_starts[i] + static_cast<int>(k);
        }
    }
    return -1;
}

void UserListModel::setMetadataColumns(const QStringList& keys)
{
    if (keys == m_metadataColumns)
        return;
    beginResetModel();
    m_metadataColumns = keys;
    endResetModel();
}

void UserListModel::setLoading(int delta)
{
    const bool was = m_inFlight > 0;
    m_inFlight += delta;
    if (was != (m_inFlight > 0))
        emit loadingChanged(m_inFlight > 0);
}

void UserListModel::requestPage(int index) const
{
    PageSlot& slot = m_pages[static_cast<std::size_t>(index)];
    if (slot.requested || !m_worker)
        return;
    slot.requested = true;
    auto* self = const_cast<UserListModel*>(this);
    self->setLoading(+1);
    store::UserQuery q = m_query;
    q.after = slot.after;
    q.limit = slot.limit;
    const std::string exact = index == 0 ? m_exact : std::string();
    const quint64 generation = m_generation;
    m_worker->run(
        self,
        [q, exact](store::Store& s) -> store::Result<store::Page<model::User>> {
            store::Result<store::Page<model::User>> page = s.findUsers(q);
            if (!page || exact.empty())
                return page;
            // An exact id or external id comes first, once.
            store::Result<model::User> hit =
                exact.rfind("user_", 0) == 0 ? s.user(exact) : s.userByExternalId(exact);
            if (hit) {
                auto& items = page->items;
                items.erase(std::remove_if(items.begin(), items.end(),
                                           [&](const model::User& u) { return u.id == hit->id; }),
                            items.end());
                items.insert(items.begin(), std::move(hit.value()));
            }
            return page;
        },
        [self, generation, index](store::Result<store::Page<model::User>> r) {
            self->pageArrived(generation, index, std::move(r));
        });
}

void UserListModel::pageArrived(quint64 generation, int index,
                                store::Result<store::Page<model::User>> result)
{
    if (generation != m_generation)
        return; // an older search
    setLoading(-1);
    PageSlot& slot = m_pages[static_cast<std::size_t>(index)];
    slot.requested = false;
    if (!result) {
        if (index == 0 && !slot.loaded)
            emit searchFinished(0, false, QString::fromStdString(result.error().message));
        return;
    }
    std::vector<model::User> users = std::move(result->items);
    for (model::User& u : users) {
        // The list shows metadata only; the editor loads the whole user.
        u.userMetadata = json::Value();
        u.ssoAttributes = json::Value();
    }
    const bool first =
        !slot.loaded && slot.count == 0 && index == static_cast<int>(m_pages.size()) - 1;
    if (first) {
        // A new page at the end.
        const int count = static_cast<int>(users.size());
        slot.next = result->next;
        if (count > 0) {
            beginInsertRows({}, m_rows, m_rows + count - 1);
            slot.users = std::move(users);
            slot.count = count;
            slot.loaded = true;
            m_rows += count;
            touch(index);
            endInsertRows();
        } else {
            slot.loaded = true;
        }
        if (index == 0)
            emit searchFinished(m_rows, !slot.next.empty(), QString());
        return;
    }
    // A page that was dropped from memory, fetched again: it keeps its rows
    // (the store may have changed since; extra users wait for a reload).
    users.resize(std::min(users.size(), static_cast<std::size_t>(slot.count)));
    slot.users = std::move(users);
    slot.users.resize(static_cast<std::size_t>(slot.count));
    slot.loaded = true;
    touch(index);
    const int start = m_starts[static_cast<std::size_t>(index)];
    emit dataChanged(this->index(start, 0), this->index(start + slot.count - 1, columnCount() - 1));
}

void UserListModel::touch(int index) const
{
    PageSlot& slot = m_pages[static_cast<std::size_t>(index)];
    if (slot.inLru)
        m_lru.erase(slot.lru);
    m_lru.push_front(index);
    slot.lru = m_lru.begin();
    slot.inLru = true;
    while (static_cast<int>(m_lru.size()) > kPagesKept) {
        const int victim = m_lru.back();
        m_lru.pop_back();
        PageSlot& old = m_pages[static_cast<std::size_t>(victim)];
        old.inLru = false;
        old.loaded = false;
        std::vector<model::User>().swap(old.users);
    }
}

int UserListModel::pagesInMemory() const
{
    return static_cast<int>(m_lru.size());
}

bool UserListModel::atEnd() const
{
    return !m_pages.empty() && m_pages.back().loaded && m_pages.back().next.empty() &&
           !m_pages.back().requested;
}

const model::User* UserListModel::userAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    // The last page that starts at or before the row.
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), row);
    const int i = static_cast<int>(it - m_starts.begin()) - 1;
    PageSlot& slot = m_pages[static_cast<std::size_t>(i)];
    const int offset = row - m_starts[static_cast<std::size_t>(i)];
    if (offset >= slot.count)
        return nullptr;
    if (!slot.loaded) {
        requestPage(i);
        return nullptr;
    }
    touch(i);
    const model::User& u = slot.users[static_cast<std::size_t>(offset)];
    return u.id.empty() ? nullptr : &u;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumns + static_cast<int>(m_metadataColumns.size());
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const model::User* u = userAt(index.row());
    if (!u)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("Loading…"))
                                                              : QVariant();
    if (role == Qt::UserRole)
        return qs(u->id);
    switch (index.column()) {
    case Email:
        return qs(u->email);
    case Name:
        return fullName(*u);
    case ExternalId:
        return u->externalId ? qs(*u->externalId) : QString();
    case Created:
        return timeText(u->createdAt);
    case Updated:
        return timeText(u->updatedAt);
    default: {
        const QString key = m_metadataColumns.value(index.column() - FixedColumns);
        const json::Value* v =
            u->metadata.isObject() ? u->metadata.find(key.toStdString()) : nullptr;
        if (!v)
            return {};
        return v->isString() ? qs(v->string()) : qs(json::toString(*v));
    }
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case ExternalId:
        return tr("External ID");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return m_metadataColumns.value(section - FixedColumns);
    }
}

bool UserListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_pages.empty())
        return false;
    const PageSlot& last = m_pages.back();
    return last.count > 0 && !last.next.empty();
}

void UserListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    PageSlot next;
    next.after = m_pages.back().next;
    m_pages.push_back(std::move(next));
    m_starts.push_back(m_rows);
    requestPage(static_cast<int>(m_pages.size()) - 1);
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= FixedColumns || column == ExternalId)
        return; // the store sorts by email, name and times only
    store::UserQuery q = m_query;
    q.sort = sortOf(column);
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending && !m_pages.empty())
        return;
    setQuery(std::move(q));
}

} // namespace claimsmith::ui
