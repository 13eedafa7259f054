#pragma once

#include "Cursor.h"
#include "SqlConnection.h"
#include "SqlValues.h"
#include "store/Queries.h"

#include <QString>
#include <QVariantList>

namespace claimsmith::store::sql {

// The SELECT of one page of a keyset-paged list, and one row more to know
// whether another page follows. Its rows are the row id, the sort value and
// then the record's columns.
struct KeysetSelect
{
    QString sql;
    QVariantList args;
    int limit = 0;
    bool byId = false; // ties broken by id (creation order), else by row id
};

// Runs `select` and reads its page: `readRow(row, 2)` makes a record from
// the columns after the row id and the sort value. The page's `next` is the
// cursor of its last row when more rows follow.
template <typename T, typename ReadRow>
Result<Page<T>> readKeysetPage(SqlConnection& db, const KeysetSelect& select, ReadRow readRow)
{
    auto q = db.prepare(select.sql, select.args);
    Page<T> page;
    Cursor last;
    if (Error e = db.select(*q, [&](const Statement& r) {
            if (static_cast<int>(page.items.size()) == select.limit) {
                page.next = last.encode();
                return false;
            }
            page.items.push_back(readRow(r, 2));
            last.sortValue = r.value(1);
            if (select.byId)
                last.id = page.items.back().id;
            else
                last.rid = integer(r, 0);
            return true;
        }))
        return e;
    return page;
}

} // namespace claimsmith::store::sql
