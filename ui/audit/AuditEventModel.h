#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"
#include "store/Queries.h"

#include <QAbstractTableModel>

#include <vector>

namespace claimsmith::ui {

// The audit log as a lazy table, newest first: one page of the store's
// query at a time (canFetchMore/fetchMore, as the view scrolls), on a
// StoreWorker::Channel so that a restarted query never delivers an old page.
class AuditEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 100;

    explicit AuditEventModel(QObject* parent = nullptr);

    // The worker that runs the queries; nullptr clears the model.
    void setWorker(StoreWorker* worker);
    // Starts the query over (the filter's fields; limit and cursor are the model's).
    void setQuery(const store::AuditQuery& query);
    const store::AuditQuery& query() const { return m_query; }
    // Drops what is loaded and loads the first page again.
    void restart();
    // Adds the events newer than the first row on top (F5, another page
    // wrote); starts over when there are more than a page of them.
    void refreshNewest();

    const model::AuditEvent* eventAt(int row) const;
    int rowOfId(std::int64_t id) const;
    // A page is being loaded.
    bool isLoading() const { return m_loading; }
    // Every event of the query is loaded.
    bool atEnd() const { return m_atEnd; }
    // The store's message when the last page failed, else empty.
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A local time for people: "2026-01-01 10:00:05".
    static QString timeText(model::Millis at);

signals:
    // Loading started or ended (the page shows "Loading…", the count).
    void loadingChanged();

private:
    void setLoading(bool loading);

    StoreWorker::Channel m_pages;
    StoreWorker::Channel m_newest;
    store::AuditQuery m_query;
    std::vector<model::AuditEvent> m_events;
    std::string m_next;
    bool m_atEnd = true;
    bool m_loading = false;
    QString m_error;
};

} // namespace claimsmith::ui
