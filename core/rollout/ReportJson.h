#pragma once

#include "RolloutReport.h"
#include "json/Value.h"

#include <string>

namespace claimsmith::rollout {

// The report as JSON (docs/rollout-check.md): the output of
// `claimsmith rollout-check --format json` and of the server's
// POST /v1/rollout-check. Claim values in examples are JSON values; a side
// where the claim is not set has no member. The CSV rows are not in it.
json::Value reportToJson(const RolloutReport& report);

// Reads what reportToJson wrote (rows empty). On failure returns false and
// says where: "claims[2].examples[0].user_id: must be a string".
bool reportFromJson(const json::Value& json, RolloutReport& report, std::string& error);

} // namespace claimsmith::rollout
