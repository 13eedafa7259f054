#pragma once

#include "Diagnostic.h"
#include "json/Value.h"

#include <vector>

namespace claimsmith::tmpl {

// Diagnostics as `claimsmith validate --format json` prints them and the
// server's /v1/render returns them (spec/cli.md): an array of
// {"severity","code","message","line","column","end_line","end_column","fix"}.
json::Value diagnosticsToJson(const std::vector<Diagnostic>& diagnostics);

} // namespace claimsmith::tmpl
