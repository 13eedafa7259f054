#include "PermissionListModel.h"

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

void PermissionListModel::setPermissions(std::vector<model::Permission> permissions)
{
    beginResetModel();
    m_permissions = std::move(permissions);
    endResetModel();
}

const model::Permission* PermissionListModel::find(const QString& slug) const
{
    const std::string key = slug.toStdString();
    for (const model::Permission& p : m_permissions) {
        if (p.slug == key)
            return &p;
    }
    return nullptr;
}

QString PermissionListModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? qs(m_permissions[static_cast<std::size_t>(row)].slug)
                                        : QString();
}

int PermissionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_permissions.size());
}

int PermissionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermissionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Permission& p = m_permissions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Slug:
            return qs(p.slug);
        case Name:
            return qs(p.name);
        case Description:
            // One line in the list; the whole text is in the tooltip.
            return qs(p.description).simplified();
        }
        break;
    case Qt::ToolTipRole:
        return p.description.empty() ? QVariant() : QVariant(qs(p.description));
    case KeyRole:
        return qs(p.slug);
    case FilterRole:
        return QString(qs(p.slug) + u'\n' + qs(p.name) + u'\n' + qs(p.description));
    }
    return {};
}

QVariant PermissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Slug:
        return tr("Slug");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace claimsmith::ui
