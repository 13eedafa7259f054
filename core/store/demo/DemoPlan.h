#pragma once

// What the parts of the demo generator share: the sizes and seed, the
// timeline, and what users need to know about the organizations.

#include "DemoNames.h"
#include "model/Model.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::demo {

inline constexpr model::Millis kDay = 86'400'000;
inline constexpr model::Millis kYear = 365 * kDay;

// Independent random streams, one per kind of record.
enum Stream : std::uint64_t
{
    kCatalogStream = 1,
    kOrganizationStream = 2,
    kUserStream = 3,
    kLayoutStream = 4,
};

struct DemoSettings
{
    std::uint64_t seed = 1;
    std::int64_t users = 0;
    int organizations = 0;
    model::Millis now = 0;

    // The application comes first, organizations sign up during the first
    // year, users during the three years after.
    model::Millis applicationCreated() const { return now - 4 * kYear - 30 * kDay; }
    model::Millis organizationsStart() const { return now - 4 * kYear; }
    model::Millis usersStart() const { return now - 3 * kYear; }
};

// An organization as its users see it.
struct OrganizationPlan
{
    std::string id;
    std::string domain; // the primary domain: members' e-mail addresses
    const Culture* culture = nullptr;
    std::string region;
    bool sso = false;
    std::string_view ssoProvider;
    // How the customer's own system names users (the users' external ids):
    // "uuid", "numeric", "employee" or "okta".
    std::string_view idScheme;
    std::uint64_t weight = 1; // relative number of members
    bool hasMembers = false;  // its first member becomes its admin
};

} // namespace claimsmith::demo
