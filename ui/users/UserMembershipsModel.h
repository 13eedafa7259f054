#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace claimsmith::ui {

// A user's memberships as the editor shows them: organization, roles, status.
class UserMembershipsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QString organizationId;
        QString organization;
        QStringList roles;
        QString status;
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<Row> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace claimsmith::ui
