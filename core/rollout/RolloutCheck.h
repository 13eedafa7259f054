#pragma once

#include "RolloutPlan.h"
#include "RolloutReport.h"
#include "RowSink.h"
#include "store/Store.h"
#include "template/LintProfile.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace claimsmith::rollout {

struct RolloutOptions
{
    std::string templateName;
    // The candidate: its text (a file, the editor) or one of the template's
    // versions. Exactly one.
    std::optional<std::string> candidateText;
    std::optional<int> candidateVersion;
    // What the candidate is compared with; default: the template's
    // production version. A template without one compares with no claims at
    // all, so every candidate claim counts as added.
    std::optional<int> productionVersion;
    // The application of the contexts: an id or a client id. Default: the
    // oldest application whose template this is, else none.
    std::string application;
    // Render threads; 0: one per hardware thread. The store is read on the
    // calling thread in either case.
    int threads = 0;
    // Users per store read (1 to store::kMaxPageSize).
    int usersPerBatch = 500;
    ReportLimits limits;
    // The size budget and limit (T403) and the lint rules for a candidate text.
    tmpl::LintProfile profile;
    // Called on the calling thread with the users done so far and the users
    // to do, as the check goes and once at the end; `done` never decreases
    // and, unless the check is cancelled, ends equal to `total`.
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    // Set from any thread to stop early: the report then covers the users
    // done and says it was cancelled.
    const std::atomic<bool>* cancel = nullptr;
    // Where every row of the CSV export goes as the check makes them
    // (RowSpill), however many; the report keeps only limits.rows of them.
    RowSink* rowSink = nullptr;
};

// The rollout check: renders the candidate and the production version of a
// template for every user of a store (each with each of their memberships;
// a user without memberships once, with no organization) and reports what
// changes, what fails and how large the tokens are (RolloutReport.h).
//
// Contexts are built as token issuance builds them (issue::ContextBuilder,
// only the fields either version reads), without a session. The store is
// read in keyset pages on the calling thread; contexts are built and
// rendered on a pool of threads, each with its own tally, merged at the end.
// Safe to run off the GUI thread: it touches nothing but `store`, which must
// not be used by another thread meanwhile.
class RolloutCheck
{
public:
    explicit RolloutCheck(RolloutOptions options);

    // Errors: NotFound (field "template", "version", "production_version"
    // or "application") when something named does not exist; Invalid (field
    // "candidate") when the candidate has errors, each listed with its line
    // and column; whatever the store reports when it cannot be read.
    store::Result<RolloutReport> run(store::Store& store) const;

    const RolloutOptions& options() const { return m_options; }

private:
    RolloutOptions m_options;
};

} // namespace claimsmith::rollout
