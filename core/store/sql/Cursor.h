#pragma once

#include "store/StoreError.h"

#include <QVariant>

#include <cstdint>
#include <string>

namespace claimsmith::store::sql {

// A keyset cursor: the sort value and row id of the last row of a page,
// opaque to clients (base64url of a small JSON array).
struct Cursor
{
    QVariant sortValue; // text or integer
    std::int64_t rid = 0;

    std::string encode() const;
    static Result<Cursor> decode(const std::string& text);
};

} // namespace claimsmith::store::sql
