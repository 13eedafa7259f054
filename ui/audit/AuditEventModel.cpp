#include "AuditEventModel.h"

#include "model/Clock.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

using EventPage = store::Result<store::Page<model::AuditEvent>>;

} // namespace

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditEventModel::setWorker(StoreWorker* worker)
{
    m_pages.setWorker(worker);
    m_newest.setWorker(worker);
    restart();
}

void AuditEventModel::setQuery(const store::AuditQuery& query)
{
    m_query = query;
    m_query.after.clear();
    m_query.limit = kPageSize;
    restart();
}

void AuditEventModel::restart()
{
    m_pages.cancel();
    m_newest.cancel();
    beginResetModel();
    m_events.clear();
    m_next.clear();
    m_error.clear();
    m_atEnd = m_pages.worker() == nullptr;
    m_loading = false;
    endResetModel();
    if (m_atEnd)
        emit loadingChanged();
    else
        fetchMore({});
}

void AuditEventModel::setLoading(bool loading)
{
    m_loading = loading;
    emit loadingChanged();
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_pages.worker() && !m_atEnd && !m_loading;
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    store::AuditQuery query = m_query;
    query.after = m_next;
    setLoading(true);
    m_pages.run(
        this, [query](store::Store& s) { return s.findAuditEvents(query); },
        [this](EventPage page) {
            if (!page) {
                m_error = qs(page.error().message);
                m_atEnd = true;
                setLoading(false);
                return;
            }
            // Only events older than the last row: a page never repeats a row.
            std::vector<model::AuditEvent> fresh;
            for (model::AuditEvent& e : page->items) {
                if (m_events.empty() || e.id < m_events.back().id)
                    fresh.push_back(std::move(e));
            }
            if (!fresh.empty()) {
                const int first = rowCount();
                beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
                for (model::AuditEvent& e : fresh)
                    m_events.push_back(std::move(e));
                endInsertRows();
            }
            m_next = page->next;
            m_atEnd = m_next.empty();
            m_error.clear();
            setLoading(false);
        });
}

void AuditEventModel::refreshNewest()
{
    if (!m_pages.worker())
        return;
    if (m_events.empty() || !m_error.isEmpty()) {
        restart();
        return;
    }
    const std::int64_t top = m_events.front().id;
    store::AuditQuery query = m_query;
    query.after.clear();
    m_newest.run(
        this, [query](store::Store& s) { return s.findAuditEvents(query); },
        [this, top](EventPage page) {
            if (!page || m_events.empty() || m_events.front().id != top)
                return;
            std::vector<model::AuditEvent> newer;
            for (model::AuditEvent& e : page->items) {
                if (e.id > top)
                    newer.push_back(std::move(e));
            }
            if (newer.empty())
                return;
            // More new events than a page: the ones between are not known.
            if (newer.size() == page->items.size() && !page->next.empty()) {
                restart();
                return;
            }
            beginInsertRows({}, 0, static_cast<int>(newer.size()) - 1);
            m_events.insert(m_events.begin(), std::make_move_iterator(newer.begin()),
                            std::make_move_iterator(newer.end()));
            endInsertRows();
            emit loadingChanged();
        });
}

const model::AuditEvent* AuditEventModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_events[static_cast<std::size_t>(row)];
}

int AuditEventModel::rowOfId(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::timeText(model::Millis at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(),
                              tr("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    const model::AuditEvent* e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == EventIdRole)
        return QVariant::fromValue<qlonglong>(e->id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e->at);
        case ActorColumn:
            return qs(e->actor);
        case ActionColumn:
            return qs(e->action);
        case TargetColumn:
            return e->targetId.empty() ? qs(e->targetType)
                                       : u"%1 · %2"_s.arg(qs(e->targetType), qs(e->targetId));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 (UTC)").arg(qs(model::isoTime(e->at)));
        case TargetColumn:
            return tr("Type: %1\nID: %2").arg(qs(e->targetType), qs(e->targetId));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    }
    return {};
}

} // namespace claimsmith::ui
