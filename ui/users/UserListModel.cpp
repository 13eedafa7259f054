#include "UserListModel.h"

#include "common/QtText.h"
#include "common/TimeText.h"
#include "json/Writer.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <limits>

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

// What a page request brings back: the page, or nothing when the view had
// left the page before the request ran.
struct UserListModel::Fetched
{
    store::Page<model::User> page;
    bool reversed = false; // read from the end of the sort order
    bool skipped = false;
    bool pinned = false; // the first item is the exact match
};

namespace {

// A page request runs only if the view still shows a page this close to it
// (pages a view is about to reach are worth reading ahead).
constexpr int kStillWanted = 2;

} // namespace

void UserListModel::setFirstPageSize(int rows)
{
    // Takes effect with the next search: the pages of a search keep their
    // places.
    m_nextFirstPageSize = std::clamp(rows, 10, kPageSize);
}

void UserListModel::setQuery(store::UserQuery query)
{
    query.limit = kPageSize;
    query.after.clear();
    query.offset = 0;
    beginResetModel();
    ++m_generation;
    m_query = std::move(query);
    m_pages.clear();
    m_lru.clear();
    m_rows = 0;
    m_pinned = 0;
    m_total = -1;
    m_firstPageSize = m_nextFirstPageSize;
    m_visible->first.store(-1);
    endResetModel();
    if (m_inFlight) {
        m_inFlight = 0;
        emit loadingChanged(false);
    }
    if (!m_worker)
        return;
    m_pages.emplace_back();
    requestPage(0);
}

void UserListModel::setVisibleRows(int first, int last)
{
    if (first < 0 || m_rows == 0) {
        m_visible->first.store(-1);
        return;
    }
    last = std::clamp(last, first, m_rows - 1);
    m_visible->last.store(pageOfRow(last));
    m_visible->first.store(pageOfRow(first));
}

void UserListModel::reload()
{
    setQuery(m_query);
}

qint64 UserListModel::storeStart(int index) const
{
    return index == 0 ? 0 : m_firstPageSize + qint64(index - 1) * kPageSize;
}

int UserListModel::rowStart(int index) const
{
    return index == 0 ? 0 : m_pinned + static_cast<int>(storeStart(index));
}

int UserListModel::pageOfRow(int row) const
{
    const int inStore = row - m_pinned;
    if (inStore < m_firstPageSize)
        return 0;
    return 1 + (inStore - m_firstPageSize) / kPageSize;
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
            const int row = rowStart(static_cast<int>(i)) + static_cast<int>(k);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
}

int UserListModel::rowOf(const std::string& id) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const PageSlot& slot = m_pages[i];
        for (std::size_t k = 0; k < slot.users.size(); ++k) {
            if (slot.users[k].id == id)
                return rowStart(static_cast<int>(i)) + static_cast<int>(k);
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
    q.limit = index == 0 ? m_firstPageSize : kPageSize;
    bool reversed = false;
    const PageSlot* before = index > 0 ? &m_pages[static_cast<std::size_t>(index - 1)] : nullptr;
    if (index == 0) {
        // From the start.
    } else if (!slot.after.empty()) {
        q.after = slot.after;
    } else if (before && before->loaded && !before->next.empty()) {
        q.after = before->next;
    } else {
        // By position, from the nearer end of the sort order.
        const qint64 start = storeStart(index);
        const qint64 rows = slot.count;
        if (m_total >= 0 && start > m_total / 2) {
            reversed = true;
            q.descending = !q.descending;
            q.offset = std::max<qint64>(0, m_total - (start + rows));
            q.limit = static_cast<int>(std::max<qint64>(rows, 1));
        } else {
            q.offset = start;
        }
    }
    const std::string exact = index == 0 ? m_exact : std::string();
    const quint64 generation = m_generation;
    const std::shared_ptr<Visible> visible = m_visible;
    // A page that grows a list not counted yet was asked for (fetchMore):
    // it always runs.
    const bool droppable = index > 0 && !(m_total < 0 && slot.count == 0);
    m_worker->run(
        self,
        [q, exact, reversed, index, visible, droppable](store::Store& s) -> store::Result<Fetched> {
            Fetched f;
            f.reversed = reversed;
            const int first = visible->first.load();
            if (droppable && first >= 0 &&
                (index < first - kStillWanted || index > visible->last.load() + kStillWanted)) {
                f.skipped = true; // the view moved on
                return f;
            }
            store::Result<store::Page<model::User>> page = s.findUsers(q);
            if (!page)
                return page.error();
            f.page = std::move(page.value());
            if (exact.empty())
                return f;
            // An exact id or external id shows above the search's rows.
            store::Result<model::User> hit =
                exact.rfind("user_", 0) == 0 ? s.user(exact) : s.userByExternalId(exact);
            if (hit) {
                f.page.items.insert(f.page.items.begin(), std::move(hit.value()));
                f.pinned = true;
            }
            return f;
        },
        [self, generation, index](store::Result<Fetched> r) {
            self->pageArrived(generation, index, std::move(r));
        });
}

void UserListModel::pageArrived(quint64 generation, int index, store::Result<Fetched> result)
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
    if (result->skipped)
        return; // fetched again if it is shown again
    std::vector<model::User> users = std::move(result->page.items);
    for (model::User& u : users) {
        // The list shows metadata only; the editor loads the whole user.
        u.userMetadata = json::Value();
        u.ssoAttributes = json::Value();
    }
    if (result->reversed) {
        std::reverse(users.begin(), users.end());
        slot.next.clear(); // unknown: this page was read backwards
    } else {
        slot.next = result->page.next;
    }
    const bool growing = m_total < 0 && !slot.loaded && slot.count == 0 &&
                         index == static_cast<int>(m_pages.size()) - 1;
    if (growing) {
        // A new page at the end of a list that is not counted yet.
        if (index == 0)
            m_pinned = result->pinned ? 1 : 0;
        const int count = static_cast<int>(users.size());
        const bool more = !slot.next.empty();
        slot.loaded = true;
        if (count > 0) {
            beginInsertRows({}, m_rows, m_rows + count - 1);
            slot.users = std::move(users);
            slot.count = count;
            m_rows += count;
            touch(index);
            // Views may fetch more from here on, which adds slots: `slot`
            // is not used after this.
            endInsertRows();
        }
        if (!more) {
            m_total = m_rows - m_pinned;
            emit totalKnown(m_total);
        }
        if (index == 0) {
            emit searchFinished(m_rows, more, QString());
            if (more)
                requestCount();
        }
        return;
    }
    // A page of a counted list, or one dropped from memory and fetched again:
    // it keeps its rows (the store may have changed since; a reload shows
    // that).
    users.resize(static_cast<std::size_t>(slot.count));
    slot.users = std::move(users);
    slot.loaded = true;
    touch(index);
    const int start = rowStart(index);
    const int end = std::min(start + slot.count, m_rows); // rows still being added
    if (end > start)
        emit dataChanged(this->index(start, 0), this->index(end - 1, columnCount() - 1));
}

void UserListModel::requestCount()
{
    const quint64 generation = m_generation;
    store::UserQuery q = m_query;
    StoreWorker* worker = m_countWorker ? m_countWorker.data() : m_worker.data();
    worker->run(
        this, [q](store::Store& s) { return s.countUsers(q); },
        [this, generation](store::Result<std::int64_t> n) {
            countArrived(generation, std::move(n));
        });
}

void UserListModel::countArrived(quint64 generation, store::Result<std::int64_t> count)
{
    if (generation != m_generation || m_total >= 0)
        return;
    if (!count)
        return; // the list keeps growing as it is scrolled
    const qint64 total = std::max<qint64>(*count, m_rows - m_pinned);
    const qint64 rows = m_pinned + total;
    if (rows > std::numeric_limits<int>::max() / 2)
        return; // beyond what a view can show: keep growing
    // The pages of the whole list; the last one read so far may still be
    // arriving.
    const int pages =
        total <= m_firstPageSize
            ? 1
            : 1 + static_cast<int>((total - m_firstPageSize + kPageSize - 1) / kPageSize);
    auto expected = [&](int index) {
        const qint64 left = total - storeStart(index);
        const qint64 limit = index == 0 ? m_firstPageSize : kPageSize;
        return static_cast<int>(std::clamp<qint64>(left, 0, limit)) + (index == 0 ? m_pinned : 0);
    };
    for (PageSlot& slot : m_pages) {
        if (!slot.loaded && slot.count == 0)
            slot.count = expected(static_cast<int>(&slot - m_pages.data()));
    }
    for (int i = static_cast<int>(m_pages.size()); i < pages; ++i) {
        m_pages.emplace_back();
        m_pages.back().count = expected(i);
    }
    m_total = total;
    addCountedRows(generation);
}

void UserListModel::addCountedRows(quint64 generation)
{
    if (generation != m_generation)
        return;
    // A view does work for every row added (its header keeps each row's
    // size): a million rows at once would hold the GUI thread for tens of
    // milliseconds, so they come in steps that double, one per event loop
    // pass.
    const int target = m_pinned + static_cast<int>(m_total);
    if (m_rows < target) {
        const int next = std::min(target, std::max(m_rows * 2, m_rows + m_firstRowStep));
        beginInsertRows({}, m_rows, next - 1);
        m_rows = next;
        endInsertRows();
    }
    if (m_rows < target)
        QTimer::singleShot(0, this, [this, generation] { addCountedRows(generation); });
    else
        emit totalKnown(m_total);
}

void UserListModel::touch(int index) const
{
    PageSlot& slot = m_pages[static_cast<std::size_t>(index)];
    if (slot.inLru) {
        if (m_lru.front() == index)
            return;
        m_lru.erase(slot.lru);
    }
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

const model::User* UserListModel::userAt(int row) const
{
    if (row < 0 || row >= m_rows || m_pages.empty())
        return nullptr;
    const int i = std::min(pageOfRow(row), static_cast<int>(m_pages.size()) - 1);
    PageSlot& slot = m_pages[static_cast<std::size_t>(i)];
    const int offset = row - rowStart(i);
    if (offset < 0 || offset >= slot.count)
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
    if (!u) {
        const PageSlot& slot = m_pages[static_cast<std::size_t>(
            std::min(pageOfRow(index.row()), static_cast<int>(m_pages.size()) - 1))];
        return role == Qt::DisplayRole && index.column() == 0 && !slot.loaded
                   ? QVariant(tr("Loading…"))
                   : QVariant();
    }
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
    if (parent.isValid() || m_pages.empty() || m_total >= 0)
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
