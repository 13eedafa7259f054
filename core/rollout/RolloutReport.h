#pragma once

// What a rollout check found: how the claims of every user's tokens change
// when a candidate version of a template replaces the production version.
//
// A token is one user with one of their memberships (a user without
// memberships has one token, with no organization). Counts of users sum up:
// users_checked = failed + changed + unchanged, where a user is failed when
// the candidate fails for any of their tokens, else changed when the claims
// of any token differ. over_budget counts users with a token over the size
// budget, whatever else happened to them. Lists keep the first entries by
// user id, then organization id, so that a report is the same whatever the
// number of threads that made it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::rollout {

enum class ChangeKind : std::uint8_t
{
    Added,   // the candidate sets a claim the production version does not
    Removed, // the production version sets a claim the candidate does not
    Changed  // both set it, to different values
};

const char* changeKindName(ChangeKind kind); // "added", "removed", "changed"
std::optional<ChangeKind> changeKindFromName(std::string_view name);

// Whose token: a user and the organization of one membership (empty: none).
struct TokenRef
{
    std::string userId;
    std::string email;
    std::string organizationId;
    bool operator==(const TokenRef&) const = default;
};

// One token where a claim changed; values are compact JSON, none when the
// claim is not set on that side.
struct ClaimExample
{
    TokenRef token;
    std::optional<std::string> before;
    std::optional<std::string> after;
    bool operator==(const ClaimExample&) const = default;
};

// One kind of change to one top-level claim, over every token checked.
struct ClaimChange
{
    std::string claim;
    ChangeKind kind = ChangeKind::Changed;
    std::int64_t tokens = 0;
    std::vector<ClaimExample> examples; // the first by user id
    bool operator==(const ClaimChange&) const = default;
};

// A token the candidate cannot be rendered for: the first error, and where
// it is in the candidate (1-based line and column; the top-level claim that
// holds it, when one does).
struct RenderFailure
{
    TokenRef token;
    std::string code;
    std::string message;
    int line = 0;
    int column = 0;
    std::string claim;
    bool operator==(const RenderFailure&) const = default;
};

// Failures with the same code at the same place, counted together; the
// message is that of the first token by user id.
struct FailureKind
{
    std::string code;
    int line = 0;
    int column = 0;
    std::string claim;
    std::string message;
    std::int64_t tokens = 0;
    bool operator==(const FailureKind&) const = default;
};

// The size of a token's rendered claims: compact JSON bytes, as T403 counts.
struct SizedToken
{
    TokenRef token;
    std::size_t bytes = 0;
    bool operator==(const SizedToken&) const = default;
};

// Tokens of min…max bytes (both included; no max for the last bucket).
struct SizeBucket
{
    std::size_t min = 0;
    std::optional<std::size_t> max;
    std::int64_t tokens = 0;
    bool operator==(const SizeBucket&) const = default;
};

// One line of the CSV export: a claim of a changed token, or a failed token
// (change "failed", the claim where the error is, and the error).
struct ReportRow
{
    TokenRef token;
    std::string claim;
    std::string change; // "added", "removed", "changed" or "failed"
    std::optional<std::string> before;
    std::optional<std::string> after;
    std::string error; // "T301 at 4:17: MESSAGE"
    bool operator==(const ReportRow&) const = default;
};

struct TokenCounts
{
    std::int64_t checked = 0;
    std::int64_t changed = 0;
    std::int64_t failed = 0;
    std::int64_t overBudget = 0; // over the budget (T403 warning)
    std::int64_t overLimit = 0;  // over the limit (T403 error): also failed
    // Tokens the production version cannot be rendered for; their candidate
    // claims count as added.
    std::int64_t productionFailed = 0;
    bool operator==(const TokenCounts&) const = default;
};

struct RolloutReport
{
    std::string templateName;
    std::optional<int> candidateVersion;  // none: the candidate was given as text
    std::optional<int> productionVersion; // none: compared with no claims at all
    std::string applicationId;            // the application of the contexts; empty: none

    std::int64_t usersChecked = 0;
    std::int64_t changed = 0;
    std::int64_t failed = 0;
    std::int64_t overBudget = 0;
    std::int64_t unchanged = 0;
    TokenCounts tokens;

    // In the candidate's claim order, then the claims only production sets;
    // added, removed, changed for each claim.
    std::vector<ClaimChange> claimChanges;
    std::vector<FailureKind> failureKinds; // most tokens first
    std::vector<RenderFailure> failures;   // the first by user id

    std::size_t budgetBytes = 0;
    std::size_t limitBytes = 0;
    std::vector<SizeBucket> histogram;      // every token the candidate rendered
    std::vector<SizedToken> overBudgetList; // the first by user id
    std::vector<SizedToken> largest;        // largest first

    // For the CSV export, the first by user id; rowsComplete is false when
    // some were left out (RolloutOptions::rowLimit).
    std::vector<ReportRow> rows;
    bool rowsComplete = true;

    bool cancelled = false; // stopped early: the figures cover the users done
    std::int64_t durationMs = 0;

    bool operator==(const RolloutReport&) const = default;
};

} // namespace claimsmith::rollout
