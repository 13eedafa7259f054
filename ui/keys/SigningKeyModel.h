#pragma once

#include "model/Model.h"

#include <QAbstractTableModel>

#include <vector>

namespace claimsmith::ui {

// The store's signing keys as a table, in the order the store lists them
// (newest first). The keys are few, so they are loaded whole.
class SigningKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KidColumn,
        AlgorithmColumn,
        StateColumn,
        CreatedColumn,
        ActivatedColumn,
        RetiredColumn,
        ColumnCount
    };
    enum Role
    {
        // The raw value for sorting (times as milliseconds, states by order).
        SortRole = Qt::UserRole + 1,
        // model::KeyState as an int.
        StateRole,
        KidRole
    };

    explicit SigningKeyModel(QObject* parent = nullptr);

    void setKeys(std::vector<model::SigningKey> keys);
    void clear();
    const std::vector<model::SigningKey>& keys() const { return m_keys; }
    const model::SigningKey* keyAt(int row) const;
    int rowOf(const QString& kid) const;
    const model::SigningKey* activeKey() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Active", "Next", "Retired", for people.
    static QString stateText(model::KeyState state);
    // A local date and time for people, or "—".
    static QString timeText(std::optional<model::Millis> t);

private:
    std::vector<model::SigningKey> m_keys;
};

} // namespace claimsmith::ui
