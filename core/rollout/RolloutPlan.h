#pragma once

#include "RolloutReport.h"
#include "template/Template.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::rollout {

// How much of each list a report keeps.
struct ReportLimits
{
    std::size_t examples = 5;     // per claim and kind of change
    std::size_t failures = 100;   // failed tokens listed
    std::size_t overBudget = 100; // tokens over the budget listed
    std::size_t largest = 10;     // the largest tokens
    // Rows of the CSV export. Keeping the first rows by user id costs a copy
    // of each row that might be among them, so the default is modest; ask
    // for more (up to every row) for a full export of a small store.
    std::size_t rows = 10000;
};

// Whose token a context is (views; the caller keeps the text alive).
struct TokenKey
{
    std::string_view userId;
    std::string_view email;
    std::string_view organizationId;
};

// What happened to one token, or (or-ed) to all of one user's tokens.
struct TokenOutcome
{
    bool failed = false;
    bool changed = false;
    bool overBudget = false;

    TokenOutcome& operator|=(const TokenOutcome& o)
    {
        failed = failed || o.failed;
        changed = changed || o.changed;
        overBudget = overBudget || o.overBudget;
        return *this;
    }
};

// What every thread of one check shares: the candidate and the production
// version (none: every candidate claim counts as added), the size budget and
// limit (the candidate's LintProfile, T403), the histogram's buckets and the
// report's limits. Immutable once made, so threads read it freely.
class RolloutPlan
{
public:
    // Both templates must compile without errors.
    RolloutPlan(tmpl::Template candidate, std::optional<tmpl::Template> production,
                ReportLimits limits = {});

    const tmpl::Template& candidate() const { return m_candidate; }
    const tmpl::Template* production() const { return m_production ? &*m_production : nullptr; }
    const ReportLimits& limits() const { return m_limits; }
    std::size_t budgetBytes() const { return m_budget; }
    std::size_t limitBytes() const { return m_limit; }

    // The context fields either version reads (Template::usedFields), for
    // issue::ContextBuilder.
    const std::vector<std::string>& usedFields() const { return m_usedFields; }

    // Buckets of equal width with the budget on a bucket boundary, up to
    // the limit, and one open bucket past it.
    std::size_t bucketOf(std::size_t bytes) const;
    std::vector<SizeBucket> emptyHistogram() const;

    // Top-level claims by their name as rendered (JSON-escaped): the rank in
    // report order (the candidate's claims, then those only production
    // sets; unknown names last) and the name.
    std::size_t claimRank(std::string_view escapedName) const;
    std::string claimName(std::string_view escapedName) const;
    // The candidate's top-level claim whose text holds this byte offset.
    std::string candidateClaimAt(std::uint32_t offset) const;

private:
    struct Claim
    {
        std::string escaped;
        std::string name;
    };

    tmpl::Template m_candidate;
    std::optional<tmpl::Template> m_production;
    ReportLimits m_limits;
    std::size_t m_budget = 0;
    std::size_t m_limit = 0;
    std::size_t m_bucketWidth = 1;
    std::size_t m_buckets = 1; // closed buckets; one open bucket follows
    std::vector<std::string> m_usedFields;
    std::vector<Claim> m_claims;
};

} // namespace claimsmith::rollout
