#pragma once

#include "RolloutReport.h"

#include <string>

namespace claimsmith::rollout {

// A summary for terminals and CI logs: counts, each claim change with a few
// examples, failures by kind, the size histogram with the budget marked,
// the tokens over budget and the largest ones. Plain ASCII apart from the
// data itself.
std::string reportToText(const RolloutReport& report);

} // namespace claimsmith::rollout
