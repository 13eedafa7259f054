#include "RoleListModel.h"

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

void RoleListModel::setRoles(std::vector<model::Role> roles)
{
    beginResetModel();
    m_roles = std::move(roles);
    endResetModel();
}

const model::Role* RoleListModel::find(const QString& slug) const
{
    const std::string key = slug.toStdString();
    for (const model::Role& r : m_roles) {
        if (r.slug == key)
            return &r;
    }
    return nullptr;
}

QString RoleListModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? qs(m_roles[static_cast<std::size_t>(row)].slug)
                                        : QString();
}

int RoleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int RoleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Role& r = m_roles[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Slug:
            return qs(r.slug);
        case Name:
            return qs(r.name);
        case Permissions:
            return static_cast<int>(r.permissions.size());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Permissions) {
            QStringList slugs;
            for (const std::string& p : r.permissions)
                slugs << qs(p);
            return slugs.isEmpty() ? tr("Grants no permission")
                                   : tr("Grants %1").arg(slugs.join(u", "_s));
        }
        return r.description.empty() ? QVariant() : QVariant(qs(r.description));
    case Qt::TextAlignmentRole:
        if (index.column() == Permissions)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyRole:
        return qs(r.slug);
    case FilterRole:
        return QString(qs(r.slug) + u'\n' + qs(r.name) + u'\n' + qs(r.description));
    }
    return {};
}

QVariant RoleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Slug:
        return tr("Slug");
    case Name:
        return tr("Name");
    case Permissions:
        return tr("Permissions");
    }
    return {};
}

} // namespace claimsmith::ui
