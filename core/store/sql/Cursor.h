#pragma once

#include "store/StoreError.h"

#include <QVariant>

#include <cstdint>
#include <string>

namespace claimsmith::store::sql {

// A keyset cursor: the sort value and the tiebreak of the last row of a
// page, opaque to clients (base64url of a small JSON array). The tiebreak is
// the row id, or the record's id in creation order (store::creationCursor).
struct Cursor
{
    QVariant sortValue; // text or integer
    std::int64_t rid = 0;
    std::string id; // the tiebreak instead of rid when not empty

    std::string encode() const;
    // `byId`: a cursor of an order tied by id; one of the other kind is refused.
    static Result<Cursor> decode(const std::string& text, bool byId = false);
};

} // namespace claimsmith::store::sql
