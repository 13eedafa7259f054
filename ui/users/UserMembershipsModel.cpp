#include "UserMembershipsModel.h"

namespace claimsmith::ui {

void UserMembershipsModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int UserMembershipsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UserMembershipsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant UserMembershipsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == 0)
        return r.organizationId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return r.organization;
    case 1:
        return r.roles.join(QStringLiteral(", "));
    default:
        return r.status;
    }
}

QVariant UserMembershipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Organization");
    case 1:
        return tr("Roles");
    default:
        return tr("Status");
    }
}

} // namespace claimsmith::ui
