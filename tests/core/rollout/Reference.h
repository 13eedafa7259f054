#pragma once

// The rollout check done the plain way, for tests to compare the engine
// with: one thread, every user and membership read one at a time, whole
// contexts, both versions rendered with Template::render and the claims
// parsed and compared member by member.

#include "rollout/RolloutPlan.h"
#include "rollout/RolloutReport.h"
#include "store/Store.h"
#include "template/Template.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimsmith::test {

struct ReferenceChange
{
    std::string userId;
    std::string organizationId;
    std::optional<std::string> before; // compact JSON
    std::optional<std::string> after;
};

struct ReferenceToken
{
    std::string userId;
    std::string organizationId;
    std::size_t bytes = 0;
    bool operator<(const ReferenceToken& o) const
    {
        return std::tie(userId, organizationId) < std::tie(o.userId, o.organizationId);
    }
};

struct ReferenceFailure
{
    std::string userId;
    std::string organizationId;
    std::string code;
    int line = 0;
    int column = 0;
};

struct Reference
{
    std::int64_t users = 0;
    std::int64_t changed = 0;
    std::int64_t failed = 0;
    std::int64_t overBudget = 0;
    std::int64_t unchanged = 0;
    rollout::TokenCounts tokens;
    // (claim, "added"|"removed"|"changed") → every token, sorted by user id
    std::map<std::pair<std::string, std::string>, std::vector<ReferenceChange>> changes;
    std::vector<ReferenceFailure> failures; // sorted by user id
    std::vector<ReferenceToken> sizes;      // every token the candidate rendered
};

// `application`: none for contexts without one.
Reference referenceCheck(store::Store& store, const tmpl::Template& candidate,
                         const tmpl::Template* production, const model::Application* application);

// Compares a report with the reference: counts, every claim change with its
// first examples, failures, histogram, over-budget list and largest tokens.
// Fails the calling test (QVERIFY/QCOMPARE) on the first difference.
void compareWithReference(const rollout::RolloutReport& report, const Reference& expected,
                          const rollout::ReportLimits& limits);

} // namespace claimsmith::test
