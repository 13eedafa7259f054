#pragma once

#include "RolloutReport.h"

#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::rollout {

// The report's rows as RFC 4180 CSV with a header line:
// user_id,email,organization_id,claim,change,before,after,error
// One row per changed claim of a token (before and after as compact JSON,
// empty where the claim is not set) and one per failed token (change
// "failed", the error as "CODE at LINE:COL: MESSAGE"). Lines end in CRLF.
// These are the rows the report kept (RolloutReport::rowsComplete says
// whether that is all of them); a RowSpill has every row.
std::string reportToCsv(const RolloutReport& report);

// The header line, with its CRLF.
std::string_view csvHeader();

// Appends one row (with its CRLF) in the columns of csvHeader().
void appendCsvRow(std::string& out, std::string_view userId, std::string_view email,
                  std::string_view organizationId, std::string_view claim, std::string_view change,
                  std::optional<std::string_view> before, std::optional<std::string_view> after,
                  std::string_view error);

// Appends one CSV field, quoted when it holds a comma, a quote, a line end
// or space at either end. A field that a spreadsheet would take for a
// formula (it starts with = + - @, a tab or a carriage return: a claim value
// is whatever a user's metadata holds) gets a leading ' and quotes, as OWASP
// recommends against CSV injection; so a negative number reads '-5.
void appendCsvField(std::string& out, std::string_view field);

} // namespace claimsmith::rollout
