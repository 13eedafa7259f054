#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"
#include "store/Queries.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <list>
#include <vector>

namespace claimsmith::ui {

// The users of a search, fetched page by page on the store worker as the view
// scrolls (keyset cursors, so it works the same on a remote store). Only the
// pages near what was looked at last stay in memory: a page that was dropped
// is fetched again with its cursor when it is shown, so scrolling through a
// million users never holds more than a few thousand.
//
// Sorting and filtering are done by the store: sort() and setQuery() start
// a new search; results of an older search are dropped.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        ExternalId,
        Created,
        Updated,
        FixedColumns
    };
    static constexpr int kPageSize = 200;
    // The first page of a search is smaller: a screenful on a tall window,
    // so that the first rows show sooner (on a cold file every user read is
    // a disk read). The view fetches the next pages as usual.
    static constexpr int kFirstPageSize = 50;
    static constexpr int kPagesKept = 30;

    explicit UserListModel(QObject* parent = nullptr);

    void setWorker(StoreWorker* worker);
    // A new search (keeps the sort chosen with sort()).
    void setQuery(store::UserQuery query);
    const store::UserQuery& query() const { return m_query; }
    // A user who is found by id or external id rather than by the search
    // (the search field's exact matches) comes first.
    void setExactMatch(std::string text) { m_exact = std::move(text); }
    // Metadata keys shown as extra columns.
    void setMetadataColumns(const QStringList& keys);
    const QStringList& metadataColumns() const { return m_metadataColumns; }
    // Fetches the current search again (after a write).
    void reload();
    // Shows a saved user in place, if its row is in memory.
    void replace(const model::User& user);
    // The row of a user, if its page is in memory; -1 otherwise.
    int rowOf(const std::string& id) const;

    // The user at a row, if its page is in memory.
    const model::User* userAt(int row) const;
    // Pages in memory and rows fetched so far (tests, the benchmark).
    int pagesInMemory() const;
    bool loading() const { return m_inFlight > 0; }
    bool atEnd() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // The first page of a search arrived (or failed: `error` says why).
    void searchFinished(int rows, bool more, const QString& error);
    void loadingChanged(bool loading);

private:
    struct PageSlot
    {
        std::string after; // the cursor that fetches this page
        std::string next;  // the cursor after it (empty at the end)
        int limit = kPageSize;
        int count = 0;
        bool loaded = false;
        bool requested = false;
        std::vector<model::User> users;
        std::list<int>::iterator lru;
        bool inLru = false;
    };

    void requestPage(int index) const;
    void pageArrived(quint64 generation, int index, store::Result<store::Page<model::User>> result);
    void touch(int index) const;
    void setLoading(int delta);

    QPointer<StoreWorker> m_worker;
    store::UserQuery m_query;
    std::string m_exact;
    QStringList m_metadataColumns;
    // Mutable: showing a row that was dropped from memory fetches its page.
    mutable std::vector<PageSlot> m_pages;
    std::vector<int> m_starts;    // the first row of each page
    mutable std::list<int> m_lru; // most recently shown first
    mutable int m_inFlight = 0;
    int m_rows = 0;
    quint64 m_generation = 0;
};

} // namespace claimsmith::ui
