#pragma once

#include <QAbstractTableModel>

namespace claimsmith::ui {

// A short list of records loaded whole (roles, permissions, applications):
// a table, plus what RecordPanel needs to find a record and to filter.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        KeyRole = Qt::UserRole + 1, // the record's slug or id (every column)
        FilterRole                  // the text the filter field searches (column 0)
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The slug or id of the record in `row`.
    virtual QString keyAt(int row) const = 0;
    // The row of the record `key`, or -1.
    int rowOf(const QString& key) const;
};

} // namespace claimsmith::ui
