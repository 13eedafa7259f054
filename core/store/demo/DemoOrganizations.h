#pragma once

#include "DemoPlan.h"
#include "model/Model.h"

#include <cstdint>
#include <vector>

namespace claimsmith::demo {

// Makes the demo's organizations. Names are a company-name prefix and suffix
// ("Redwood Logistics GmbH"), each pair used once in an order the seed
// shuffles (then again with a number: "Redwood Logistics 2"), so names and
// domains are unique. Sizes follow Zipf's law over a shuffled ranking: a few
// large customers, many small ones; the plan, tier, seats and SSO follow size.
class DemoOrganizations
{
public:
    explicit DemoOrganizations(const DemoSettings& settings);

    // Organization `index` (0-based), without an id; `plan` receives what
    // its users need to know (the caller fills in plan.id).
    model::Organization make(int index, OrganizationPlan& plan) const;

    // The name parts of organization `index`: prefix, suffix and round.
    struct NameParts
    {
        std::size_t prefix = 0;
        std::size_t suffix = 0;
        std::int64_t round = 0;
    };
    NameParts nameParts(int index) const;

private:
    const DemoSettings& m_settings;
    std::uint64_t m_stride = 1; // permutes the name pairs
    std::uint64_t m_offset = 0;
    std::vector<int> m_rank; // size rank per organization: 0 is the largest
};

} // namespace claimsmith::demo
