#include "ApplicationListModel.h"

#include "Lifetime.h"

#include <QFont>

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

void ApplicationListModel::setApplications(std::vector<model::Application> applications,
                                           QString defaultId)
{
    beginResetModel();
    m_applications = std::move(applications);
    m_defaultId = std::move(defaultId);
    endResetModel();
}

const model::Application* ApplicationListModel::find(const QString& id) const
{
    const std::string key = id.toStdString();
    for (const model::Application& a : m_applications) {
        if (a.id == key)
            return &a;
    }
    return nullptr;
}

QString ApplicationListModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? qs(m_applications[static_cast<std::size_t>(row)].id)
                                        : QString();
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int ApplicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Application& a = m_applications[static_cast<std::size_t>(index.row())];
    const bool isDefault = !m_defaultId.isEmpty() && qs(a.id) == m_defaultId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return isDefault ? tr("%1 (default)").arg(qs(a.name)) : qs(a.name);
        case ClientId:
            return qs(a.clientId);
        case Template:
            return qs(a.templateName);
        case Lifetime:
            return readableLifetime(a.tokenLifetime);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return isDefault ? tr("The default application: the oldest one, used when a token "
                                  "names no application.")
                             : QVariant();
        case Lifetime:
            return tr("%1 seconds").arg(a.tokenLifetime);
        }
        break;
    case Qt::FontRole:
        if (isDefault && index.column() == Name) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case KeyRole:
        return qs(a.id);
    case FilterRole:
        return QString(qs(a.name) + u'\n' + qs(a.clientId) + u'\n' + qs(a.templateName) + u'\n' +
                       qs(a.id) + (isDefault ? QString(u'\n' + tr("default")) : QString()));
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case ClientId:
        return tr("Client ID");
    case Template:
        return tr("Template");
    case Lifetime:
        return tr("Token lifetime");
    }
    return {};
}

} // namespace claimsmith::ui
