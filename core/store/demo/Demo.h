#pragma once

// `claimsmith demo`: a store full of realistic, deterministic sample data.
//
// What it holds: organizations with domains and metadata (tier, plan,
// license_key, max_seats, sso_required, region, billing, …); users with names
// from many cultures (Zoë, Łukasz, Nguyễn, 佐藤 …), unique e-mail addresses on
// their organization's domain, external ids for about 40%, admin-set metadata
// in realistic proportions (no user has every key; skewed values; nested
// objects, arrays, and keys such as "billing.plan" that need the bracket form
// in templates), self-service user_metadata (language, theme) on some, and
// sso_attributes (department, title) on the users of SSO organizations; every
// user a member of at least one organization with the role admin, member or
// viewer; the permissions of those roles; one application with client
// metadata; an active ES256 signing key; and the template `default`, promoted
// to production and staging.
//
// The same seed and sizes give the same data — ids, names, metadata and times
// — except the signing key, which is random. Record times lie before
// kDemoNow; the template's and the key's times come from the store's clock,
// so open the store on a model::FixedClock at kDemoNow for a reproducible
// store (the CLI does).

#include "model/Model.h"
#include "store/Store.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace claimsmith::demo {

// The demo data's "now": 2026-01-01T00:00:00Z.
inline constexpr model::Millis kDemoNow = 1767225600000;

struct DemoProgress
{
    std::int64_t users = 0;       // written so far
    std::int64_t totalUsers = 0;  // to write
    std::int64_t memberships = 0; // written so far
    bool done = false;            // everything written and committed
};

struct DemoOptions
{
    std::int64_t users = 1000; // 0 or more
    int organizations = 50;    // 1 or more
    std::uint64_t seed = 1;    // any value, 0 included
    // Called on the caller's thread after every 1,000 users, after the last
    // user (then the template, the key and the commit follow), and once with
    // `done` when everything is committed.
    std::function<void(const DemoProgress&)> progress;
    // Users per batch (atomic write); 0: the whole store in one batch.
    std::int64_t usersPerBatch = 0;
};

inline constexpr std::int64_t kMaxDemoUsers = 10'000'000;
inline constexpr int kMaxDemoOrganizations = 100'000;

// Writes the demo data into `store`, which must hold no users, organizations,
// roles, applications or templates and use the default limits profile (it
// refuses with ErrorKind::Invalid otherwise). Users are made and written one at a time, so memory
// does not grow with their number. On an error the current batch is rolled back.
store::Error generateDemo(store::Store& store, const DemoOptions& options);

// The `default` template of the demo store.
std::string_view demoTemplate();

} // namespace claimsmith::demo
