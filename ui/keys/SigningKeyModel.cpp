#include "SigningKeyModel.h"

#include <QDateTime>
#include <QLocale>

namespace claimsmith::ui {

SigningKeyModel::SigningKeyModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SigningKeyModel::setKeys(std::vector<model::SigningKey> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

void SigningKeyModel::clear()
{
    setKeys({});
}

const model::SigningKey* SigningKeyModel::keyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_keys[static_cast<std::size_t>(row)];
}

int SigningKeyModel::rowOf(const QString& kid) const
{
    const std::string k = kid.toStdString();
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].kid == k)
            return static_cast<int>(i);
    }
    return -1;
}

const model::SigningKey* SigningKeyModel::activeKey() const
{
    for (const model::SigningKey& k : m_keys) {
        if (k.state == model::KeyState::Active)
            return &k;
    }
    return nullptr;
}

int SigningKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int SigningKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SigningKeyModel::stateText(model::KeyState state)
{
    switch (state) {
    case model::KeyState::Active:
        return tr("Active");
    case model::KeyState::Next:
        return tr("Next");
    case model::KeyState::Retired:
        return tr("Retired");
    }
    return {};
}

QString SigningKeyModel::timeText(std::optional<model::Millis> t)
{
    if (!t)
        return tr("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t).toLocalTime(),
                              tr("yyyy-MM-dd HH:mm"));
}

QVariant SigningKeyModel::data(const QModelIndex& index, int role) const
{
    const model::SigningKey* k = index.isValid() ? keyAt(index.row()) : nullptr;
    if (!k || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == StateRole)
        return static_cast<int>(k->state);
    if (role == KidRole)
        return QString::fromStdString(k->kid);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KidColumn:
            return QString::fromStdString(k->kid);
        case AlgorithmColumn:
            return QString::fromStdString(k->alg);
        case StateColumn:
            return stateText(k->state);
        case CreatedColumn:
            return timeText(k->createdAt);
        case ActivatedColumn:
            return timeText(k->activatedAt);
        case RetiredColumn:
            return timeText(k->retiredAt);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case KidColumn:
            return QString::fromStdString(k->kid);
        case AlgorithmColumn:
            return QString::fromStdString(k->alg);
        case StateColumn:
            // Active, then next, then retired.
            return k->state == model::KeyState::Active ? 0
                   : k->state == model::KeyState::Next ? 1
                                                       : 2;
        case CreatedColumn:
            return QVariant::fromValue<qlonglong>(k->createdAt);
        case ActivatedColumn:
            return QVariant::fromValue<qlonglong>(k->activatedAt.value_or(0));
        case RetiredColumn:
            return QVariant::fromValue<qlonglong>(k->retiredAt.value_or(0));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == StateColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    return {};
}

QVariant SigningKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KidColumn:
        return tr("Key ID");
    case AlgorithmColumn:
        return tr("Algorithm");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case ActivatedColumn:
        return tr("Activated");
    case RetiredColumn:
        return tr("Retired");
    }
    return {};
}

} // namespace claimsmith::ui
