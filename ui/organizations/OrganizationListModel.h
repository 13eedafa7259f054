#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"

#include <QAbstractTableModel>

#include <set>
#include <string>
#include <vector>

namespace claimsmith::ui {

// The organizations the search finds, a page at a time: the first page when
// the search changes, the next (through the store's cursor) when the view
// scrolls to the end. Every request goes through one channel, so that a
// newer search drops the pages of the older one.
//
// What the search text finds: an `org_…` id finds that organization; other
// text finds the organization with that external id, the organizations with
// that domain (when it has a dot and no spaces), then those whose name starts
// with it. Exact matches come first; no organization is listed twice.
class OrganizationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        ExternalId,
        Domains,
        Updated,
        ColumnCount
    };
    enum class State
    {
        Idle,    // no store
        Loading, // the first page is on its way
        Loaded,
        Failed
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OrganizationListModel(QObject* parent = nullptr);

    // nullptr: no store; the list is emptied. The search starts empty.
    void setWorker(StoreWorker* worker);
    void setPageSize(int size) { m_pageSize = size; }
    // Loads the first page of what `text` finds.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    // The first page again (after a write, F5).
    void reload();

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    // A next page is on its way.
    bool fetchingMore() const { return m_fetching && m_state == State::Loaded; }
    bool hasMore() const { return !m_next.empty(); }

    const model::Organization& organization(int row) const
    {
        return m_rows.at(static_cast<std::size_t>(row));
    }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged();
    // The first page of a search or reload is in (the rows were reset).
    void firstPageLoaded();

private:
    void setState(State state, const QString& error = {});
    void append(std::vector<model::Organization> items);

    StoreWorker::Channel m_channel;
    std::vector<model::Organization> m_rows;
    std::set<std::string> m_ids;
    std::string m_next;
    QString m_search;
    QString m_error;
    State m_state = State::Idle;
    bool m_fetching = false;
    int m_pageSize = store::kDefaultPageSize;
};

} // namespace claimsmith::ui
