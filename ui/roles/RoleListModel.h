#pragma once

#include "RecordListModel.h"
#include "model/Model.h"

#include <vector>

namespace claimsmith::ui {

// The roles: slug, name, how many permissions each grants.
class RoleListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column
    {
        Slug,
        Name,
        Permissions,
        ColumnCount
    };

    using RecordListModel::RecordListModel;

    void setRoles(std::vector<model::Role> roles);
    const std::vector<model::Role>& roles() const { return m_roles; }
    // The role `slug`, or nullptr.
    const model::Role* find(const QString& slug) const;

    QString keyAt(int row) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<model::Role> m_roles;
};

} // namespace claimsmith::ui
