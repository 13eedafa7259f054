#include "OrganizationListModel.h"

#include "FieldMarks.h"
#include "common/TimeText.h"
#include "model/Ids.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

using namespace organizations;

namespace {

using OrgPage = store::Page<model::Organization>;

// "org_01h…" typed in any case: ids are stored in upper case.
std::optional<std::string> asOrganizationId(const std::string& text)
{
    const std::string_view prefix = model::kOrganizationPrefix;
    if (text.size() != prefix.size() + model::kUlidLength)
        return std::nullopt;
    std::string id = text;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (i < prefix.size())
            id[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        else
            id[i] = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    if (!model::isValidId(id, prefix))
        return std::nullopt;
    return id;
}

bool looksLikeDomain(const std::string& text)
{
    return text.find('.') != std::string::npos &&
           std::none_of(text.begin(), text.end(),
                        [](char c) { return c == ' ' || c == '\t' || c == '/' || c == '@'; });
}

// Runs on the worker: the first page of what `text` finds.
store::Result<OrgPage> firstPage(store::Store& s, const std::string& text, int limit)
{
    OrgPage out;
    auto addUnique = [&out](model::Organization o) {
        const bool seen = std::any_of(out.items.begin(), out.items.end(),
                                      [&o](const model::Organization& x) { return x.id == o.id; });
        if (!seen)
            out.items.push_back(std::move(o));
    };
    if (std::optional<std::string> id = asOrganizationId(text)) {
        store::Result<model::Organization> org = s.organization(*id);
        if (org)
            out.items.push_back(std::move(org.value()));
        else if (org.error().kind != store::ErrorKind::NotFound)
            return org.error();
        return out;
    }
    if (!text.empty()) {
        store::OrganizationQuery byExternalId;
        byExternalId.externalId = text;
        byExternalId.limit = limit;
        store::Result<OrgPage> exact = s.findOrganizations(byExternalId);
        if (!exact)
            return exact.error();
        for (model::Organization& o : exact->items)
            addUnique(std::move(o));
        if (looksLikeDomain(text)) {
            store::OrganizationQuery byDomain;
            byDomain.domain = text;
            byDomain.limit = limit;
            store::Result<OrgPage> withDomain = s.findOrganizations(byDomain);
            if (!withDomain)
                return withDomain.error();
            for (model::Organization& o : withDomain->items)
                addUnique(std::move(o));
        }
    }
    store::OrganizationQuery byName;
    byName.text = text;
    byName.limit = limit;
    store::Result<OrgPage> named = s.findOrganizations(byName);
    if (!named)
        return named.error();
    for (model::Organization& o : named->items)
        addUnique(std::move(o));
    out.next = std::move(named->next);
    return out;
}

} // namespace

OrganizationListModel::OrganizationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OrganizationListModel::setWorker(StoreWorker* worker)
{
    m_channel.cancel();
    m_channel.setWorker(worker);
    m_search.clear();
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_next.clear();
    m_fetching = false;
    endResetModel();
    setState(State::Idle);
    if (worker)
        reload();
}

void OrganizationListModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    reload();
}

void OrganizationListModel::reload()
{
    if (!m_channel.worker())
        return;
    m_fetching = true;
    setState(State::Loading);
    const std::string text = toStd(m_search);
    const int limit = m_pageSize;
    m_channel.run(
        this, [text, limit](store::Store& s) { return firstPage(s, text, limit); },
        [this](store::Result<OrgPage> page) {
            m_fetching = false;
            if (!page) {
                beginResetModel();
                m_rows.clear();
                m_ids.clear();
                m_next.clear();
                endResetModel();
                setState(State::Failed, sentence(page.error().message));
                return;
            }
            beginResetModel();
            m_rows.clear();
            m_ids.clear();
            m_next = std::move(page->next);
            for (model::Organization& o : page->items) {
                if (m_ids.insert(o.id).second)
                    m_rows.push_back(std::move(o));
            }
            endResetModel();
            setState(State::Loaded);
            emit firstPageLoaded();
        });
}

void OrganizationListModel::setState(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

int OrganizationListModel::rowOf(const QString& id) const
{
    const std::string key = toStd(id);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == key)
            return static_cast<int>(i);
    }
    return -1;
}

int OrganizationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrganizationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Organization& o = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return qs(o.id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return qs(o.name);
        case ExternalId:
            return o.externalId ? qs(*o.externalId) : QString();
        case Domains: {
            QStringList names;
            for (const model::Domain& d : o.domains)
                names << qs(d.domain);
            return names.join(u", "_s);
        }
        case Updated:
            return shortTime(o.updatedAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Domains && !o.domains.empty()) {
            QStringList lines;
            for (const model::Domain& d : o.domains)
                lines << tr("%1 (%2)").arg(qs(d.domain), qs(d.state));
            return lines.join(u'\n');
        }
        if (index.column() == Name)
            return qs(o.id);
    }
    return {};
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case ExternalId:
        return tr("External ID");
    case Domains:
        return tr("Domains");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool OrganizationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::Loaded && !m_fetching && !m_next.empty();
}

void OrganizationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit stateChanged();
    store::OrganizationQuery query;
    query.text = toStd(m_search);
    query.limit = m_pageSize;
    query.after = m_next;
    m_channel.run(
        this, [query](store::Store& s) { return s.findOrganizations(query); },
        [this](store::Result<OrgPage> page) {
            m_fetching = false;
            if (!page) {
                // The rows already shown stay; scrolling asks again.
                setState(State::Loaded, sentence(page.error().message));
                return;
            }
            m_next = std::move(page->next);
            append(std::move(page->items));
            setState(State::Loaded);
        });
}

void OrganizationListModel::append(std::vector<model::Organization> items)
{
    std::vector<model::Organization> fresh;
    for (model::Organization& o : items) {
        if (m_ids.insert(o.id).second)
            fresh.push_back(std::move(o));
    }
    if (fresh.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (model::Organization& o : fresh)
        m_rows.push_back(std::move(o));
    endInsertRows();
}

} // namespace claimsmith::ui
