#pragma once

#include "SqlConnection.h"
#include "model/Clock.h"
#include "model/Ids.h"
#include "model/MetadataLimits.h"

#include <string>

namespace claimsmith::store::sql {

class AuditLog;
class Counters;
class MetadataIndex;

// What every table of one store connection shares.
struct SqlContext
{
    SqlConnection& db;
    const model::Clock& clock;
    model::IdGenerator& ids;
    AuditLog& audit;
    MetadataIndex& metadata;
    Counters& counters;
    std::string actor = "claimsmith";
    model::LimitsProfile limits = model::LimitsProfile::Default;
    bool inBatch = false;
    // Searches start from a condition that matches at most this many records
    // and sort them; above it they walk the sort index (see UserSearch).
    std::int64_t searchDriverThreshold = 20000;
    // Drive only when that reads fewer users than walking the index would.
    bool searchByCost = true;
};

} // namespace claimsmith::store::sql
