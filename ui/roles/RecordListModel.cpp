#include "RecordListModel.h"

namespace claimsmith::ui {

int RecordListModel::rowOf(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

} // namespace claimsmith::ui
