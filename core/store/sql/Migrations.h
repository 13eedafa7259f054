#pragma once

#include "SqlConnection.h"

namespace claimsmith::store::sql {

// The schema, as numbered versions applied in order on open (SQLite keeps the
// number in PRAGMA user_version). Each version is applied in one transaction,
// so a crash mid-way leaves the previous version intact. A store with a
// higher version than this build knows is refused and left untouched.
int latestSchemaVersion();
Result<int> schemaVersion(SqlConnection& c);
// Brings the store up to `target` (the latest by default).
Error migrate(SqlConnection& c, int target = 0);

} // namespace claimsmith::store::sql
