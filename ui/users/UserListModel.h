#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"
#include "store/Queries.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <list>
#include <memory>
#include <vector>

namespace claimsmith::ui {

// The users of a search, fetched page by page on the store worker as the view
// shows them. Only the pages near what was looked at last stay in memory, so
// a million users never hold more than a few thousand in memory.
//
// The first page shows at once; then the store counts the matches, and from
// then on the list has all its rows: the scroll bar spans the whole search
// and a page anywhere is fetched by its position (from the nearer end of the
// sort order), or with the cursor of the page before it when that one is in
// memory, so scrolling on reads no row twice. Until the count arrives, the
// list grows page by page as the view reaches its end. A request for a page
// the view has left before it ran is dropped, so dragging the scroll bar
// fetches only where it stops.
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
    // The first page of a search is smaller: a screenful, so that the first
    // rows show sooner (on a cold file every user read is a disk read). The
    // view tells how many rows it shows (setFirstPageSize); 50 until then.
    static constexpr int kFirstPageSize = 50;
    static constexpr int kPagesKept = 30;

    explicit UserListModel(QObject* parent = nullptr);

    void setWorker(StoreWorker* worker);
    // Rows in the first page of the next search (10 to kPageSize): what the
    // view shows at once.
    void setFirstPageSize(int rows);
    int firstPageSize() const { return m_firstPageSize; }
    // Counted rows are added in doubling steps starting with this many.
    void setFirstRowStep(int rows) { m_firstRowStep = std::max(rows, 1); }
    // Where the count runs (default: the worker): a count can read every
    // match, and pages should not wait for it.
    void setCountWorker(StoreWorker* worker) { m_countWorker = worker; }
    // A new search (keeps the sort chosen with sort()).
    void setQuery(store::UserQuery query);
    const store::UserQuery& query() const { return m_query; }
    // A user who is found by id or external id rather than by the search
    // (the search field's exact matches) comes first.
    void setExactMatch(std::string text) { m_exact = std::move(text); }
    // Metadata keys shown as extra columns.
    void setMetadataColumns(const QStringList& keys);
    const QStringList& metadataColumns() const { return m_metadataColumns; }
    // The rows the view shows (from its scroll position): requests for pages
    // far from them are dropped before they run.
    void setVisibleRows(int first, int last);
    // Fetches the current search again (after a write).
    void reload();
    // Shows a saved user in place, if its row is in memory.
    void replace(const model::User& user);
    // The row of a user, if its page is in memory; -1 otherwise.
    int rowOf(const std::string& id) const;

    // The user at a row, if its page is in memory.
    const model::User* userAt(int row) const;
    // Pages in memory (tests, the benchmark).
    int pagesInMemory() const;
    bool loading() const { return m_inFlight > 0; }
    // Every row of the search is in the list (counted, or read to its end).
    bool atEnd() const { return m_total >= 0 && m_rows == m_pinned + m_total; }
    // How many users the search found; -1 until known.
    qint64 total() const { return m_total; }

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
    // The number of matches is known (atEnd()).
    void totalKnown(qint64 total);
    void loadingChanged(bool loading);

private:
    struct PageSlot
    {
        std::string after; // the cursor that fetches this page, if known
        std::string next;  // the cursor after it (empty: at the end, or unknown)
        int count = 0;     // rows; 0 while the last page of a growing list is read
        bool loaded = false;
        bool requested = false;
        std::vector<model::User> users;
        std::list<int>::iterator lru;
        bool inLru = false;
    };
    struct Fetched;

    // Where page `index` starts in the store's order, and in the list (which
    // may show an exact match above the search's rows).
    qint64 storeStart(int index) const;
    int rowStart(int index) const;
    int pageOfRow(int row) const;
    void requestPage(int index) const;
    void pageArrived(quint64 generation, int index, store::Result<Fetched> result);
    void requestCount();
    void countArrived(quint64 generation, store::Result<std::int64_t> count);
    void addCountedRows(quint64 generation);
    void touch(int index) const;
    void setLoading(int delta);

    QPointer<StoreWorker> m_worker;
    QPointer<StoreWorker> m_countWorker;
    store::UserQuery m_query;
    std::string m_exact;
    QStringList m_metadataColumns;
    // Mutable: showing a row that was dropped from memory fetches its page.
    mutable std::vector<PageSlot> m_pages;
    mutable std::list<int> m_lru; // most recently shown first
    mutable int m_inFlight = 0;
    // The pages in the view, read by the worker to drop requests for pages
    // the view has left (first -1: not told, nothing is dropped).
    struct Visible
    {
        std::atomic_int first{-1};
        std::atomic_int last{-1};
    };
    std::shared_ptr<Visible> m_visible = std::make_shared<Visible>();
    int m_rows = 0;
    int m_pinned = 0; // 1 when an exact match shows above the search's rows
    qint64 m_total = -1;
    int m_firstRowStep = 1 << 17;
    int m_firstPageSize = kFirstPageSize;
    int m_nextFirstPageSize = kFirstPageSize;
    quint64 m_generation = 0;
};

} // namespace claimsmith::ui
