#pragma once

#include "RolloutPlan.h"
#include "RolloutReport.h"
#include "RowSink.h"
#include "json/Value.h"

#include <memory>

namespace claimsmith::rollout {

// One thread's part of a rollout check: renders both versions of the plan
// for each token given, compares the claims and keeps the counts and lists
// of the report. Tallies of several threads merge into the tally one thread
// would have made, whatever tokens each thread saw.
class RolloutTally
{
public:
    // The plan (and the sink, when given) must outlive the tally. With a
    // sink, every CSV row goes to it too, a few dozen kilobytes at a time.
    explicit RolloutTally(const RolloutPlan& plan, RowSink* sink = nullptr);
    ~RolloutTally();
    RolloutTally(RolloutTally&&) noexcept;
    RolloutTally& operator=(RolloutTally&&) noexcept;

    // Renders the candidate and the production version for one token's
    // context and counts what happened to it.
    TokenOutcome check(const TokenKey& token, const json::Value& context);
    // Counts a user whose tokens have all been checked; `outcome` is their
    // tokens' outcomes or-ed together.
    void addUser(const TokenOutcome& outcome);

    // Hands the rows not yet written to the sink (merge and finish do too).
    void flushRows();

    void merge(RolloutTally&& other);
    // Writes the counts and lists into `report` (the caller sets what the
    // tally cannot know: template, versions, application, duration).
    void finish(RolloutReport& report);

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace claimsmith::rollout
