#pragma once

#include "RolloutReport.h"

#include <string>
#include <string_view>

namespace claimsmith::rollout {

// The report's rows as RFC 4180 CSV with a header line:
// user_id,email,organization_id,claim,change,before,after,error
// One row per changed claim of a token (before and after as compact JSON,
// empty where the claim is not set) and one per failed token (change
// "failed", the error as "CODE at LINE:COL: MESSAGE"). Lines end in CRLF.
std::string reportToCsv(const RolloutReport& report);

// Appends one CSV field, quoted when it holds a comma, a quote, a line end
// or space at either end.
void appendCsvField(std::string& out, std::string_view field);

} // namespace claimsmith::rollout
