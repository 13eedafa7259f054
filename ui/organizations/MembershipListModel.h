#pragma once

#include "common/StoreWorker.h"
#include "model/Model.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <string>
#include <vector>

namespace claimsmith::ui {

// One member of an organization: the membership and its user (looked up on
// the worker with the page of memberships; missing if the user is gone).
struct MemberRow
{
    model::Membership membership;
    std::optional<model::User> user;
};

// The members of one organization, a page at a time as the view scrolls.
class MembershipListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        Roles,
        Status,
        ColumnCount
    };
    enum class State
    {
        Idle,
        Loading,
        Loaded,
        Failed
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MembershipListModel(QObject* parent = nullptr);

    void setWorker(StoreWorker* worker);
    // Loads the members of `organizationId` (empty: none).
    void setOrganization(const QString& organizationId);
    QString organizationId() const { return m_organizationId; }
    void reload();
    void setPageSize(int size) { m_pageSize = size; }
    // Role names by slug, shown instead of slugs.
    void setRoleNames(QHash<QString, QString> names);

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    const MemberRow& member(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(const QString& membershipId) const;
    // Who a member is, for messages: the email, or the user id.
    static QString who(const MemberRow& row);
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged();
    void firstPageLoaded();

private:
    struct MemberPage
    {
        std::vector<MemberRow> rows;
        std::string next;
    };
    void request(const std::string& after);
    void setState(State state, const QString& error = {});
    void clearRows();

    StoreWorker::Channel m_channel;
    std::vector<MemberRow> m_rows;
    QHash<QString, QString> m_roleNames;
    QString m_organizationId;
    std::string m_next;
    QString m_error;
    State m_state = State::Idle;
    bool m_fetching = false;
    int m_pageSize = store::kDefaultPageSize;
};

} // namespace claimsmith::ui
