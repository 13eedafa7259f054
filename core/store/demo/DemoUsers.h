#pragma once

#include "DemoPlan.h"
#include "DemoRandom.h"
#include "model/Model.h"

#include <cstdint>
#include <vector>

namespace claimsmith::demo {

// Makes the demo's users, one at a time, with their memberships.
//
// Each user draws from a random stream of their own, so a user's name and
// metadata do not depend on how many users there are (the sign-up time does:
// any number of users spread over the same three years). E-mail addresses end
// in the user's number ("zoe.martin17@redwoodlogistics.com"), which makes
// them unique without remembering the ones already made; external ids are
// unique for the same reason. Sign-up times grow with the index, faster
// towards the end (a product that grows), so ids — whose ULIDs carry the
// time — sort like them.
class DemoUsers
{
public:
    DemoUsers(const DemoSettings& settings, std::vector<OrganizationPlan>& organizations);

    struct Person
    {
        model::User user;                           // without an id
        std::vector<model::Membership> memberships; // without ids and user ids
    };
    // User `index` (0-based). Users must be made in index order: the first
    // member of each organization becomes its admin.
    void make(std::int64_t index, Person& out);

private:
    struct Traits; // what several parts of a person agree on

    std::size_t pickOrganization(DemoRandom& rng) const;
    model::Millis signUpTime(std::int64_t index) const;
    void addMetadata(DemoRandom& rng, std::int64_t index, const Traits& t, model::User& u);
    void addUserMetadata(DemoRandom& rng, const Traits& t, model::User& u);
    void addSsoAttributes(DemoRandom& rng, std::int64_t index, const Traits& t, model::User& u);
    void addMemberships(DemoRandom& rng, std::size_t primary, const Traits& t, Person& out);

    const DemoSettings& m_settings;
    std::vector<OrganizationPlan>& m_orgs;
    std::vector<std::uint64_t> m_cumulative; // organization weights, summed
};

// A user's external id in `scheme` ("uuid", "numeric", "employee", "okta"),
// unique for each index.
std::string externalIdFor(std::string_view scheme, std::int64_t index, std::uint64_t seed,
                          DemoRandom& rng);

} // namespace claimsmith::demo
