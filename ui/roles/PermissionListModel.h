#pragma once

#include "RecordListModel.h"
#include "model/Model.h"

#include <vector>

namespace claimsmith::ui {

// The permissions: slug, name, description.
class PermissionListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column
    {
        Slug,
        Name,
        Description,
        ColumnCount
    };

    using RecordListModel::RecordListModel;

    void setPermissions(std::vector<model::Permission> permissions);
    const std::vector<model::Permission>& permissions() const { return m_permissions; }
    const model::Permission* find(const QString& slug) const;

    QString keyAt(int row) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<model::Permission> m_permissions;
};

} // namespace claimsmith::ui
