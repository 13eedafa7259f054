#pragma once

#include "RolloutPlan.h"
#include "RolloutTally.h"
#include "RowSink.h"
#include "issue/ContextBuilder.h"
#include "model/Model.h"
#include "store/Store.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

namespace claimsmith::rollout {

// What the threads of a check share, read-only while it runs.
struct PipelineInputs
{
    const RolloutPlan* plan = nullptr;
    const issue::ContextBuilder* builder = nullptr;
    const std::unordered_map<std::string, model::Organization>* organizations = nullptr;
    const model::Application* application = nullptr; // none: no application in the contexts
    int threads = 1;
    int usersPerBatch = 500;
    std::int64_t totalUsers = 0;
    std::function<void(std::int64_t, std::int64_t)> progress;
    const std::atomic<bool>* cancel = nullptr;
    RowSink* rowSink = nullptr; // every CSV row, as the threads make them
};

struct PipelineResult
{
    store::Error error;
    bool cancelled = false;
};

// Reads every user and their memberships from `store` on the calling
// thread, in pages, and hands them to `inputs.threads` threads that build
// the contexts and render them; their tallies are merged into `tally`.
PipelineResult runPipeline(store::Store& store, const PipelineInputs& inputs, RolloutTally& tally);

} // namespace claimsmith::rollout
