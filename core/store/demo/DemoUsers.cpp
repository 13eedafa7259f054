#include "DemoUsers.h"

#include <algorithm>
#include <cmath>

namespace claimsmith::demo {

namespace {

using S = Weighted<std::string_view>;

template <typename T, std::size_t N>
const T& pickFrom(DemoRandom& rng, const Weighted<T> (&items)[N])
{
    return rng.pick(std::span<const Weighted<T>>(items));
}

// A bijection on [0, 2^60) keyed by the seed: distinct indexes give distinct
// values that do not look sequential.
std::uint64_t unique60(std::int64_t index, std::uint64_t seed)
{
    constexpr std::uint64_t kMask = (1ULL << 60) - 1;
    std::uint64_t x =
        (static_cast<std::uint64_t>(index) * 0x9e3779b97f4a7c15ULL + mix64(seed)) & kMask;
    x ^= x >> 29;
    x = (x * 0xbf58476d1ce4e5b9ULL) & kMask;
    x ^= x >> 32;
    return x;
}

std::string padded(std::uint64_t value, std::size_t width, std::string_view alphabet)
{
    std::string s;
    while (value) {
        s += alphabet[value % alphabet.size()];
        value /= alphabet.size();
    }
    while (s.size() < width)
        s += alphabet[0];
    std::reverse(s.begin(), s.end());
    return s;
}

} // namespace

std::string externalIdFor(std::string_view scheme, std::int64_t index, std::uint64_t seed,
                          DemoRandom& rng)
{
    if (scheme == "numeric")
        return std::to_string(1'000'000 + index);
    if (scheme == "employee")
        return "EMP-" + padded(static_cast<std::uint64_t>(index) + 1, 6, kDigits);
    if (scheme == "okta")
        return "00u" + rng.chars(6, kBase62) + padded(unique60(index, seed), 11, kBase62);
    // A version 4 UUID whose last 15 hex digits are unique per index.
    std::string hex = rng.chars(12, kHex) + "4" + rng.chars(3, kHex) +
                      std::string(1, "89ab"[rng.below(4)]) +
                      padded(unique60(index, seed), 15, kHex);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20);
}

struct DemoUsers::Traits
{
    const Culture* culture = nullptr;
    const Department* department = nullptr;
    std::string_view title;
    std::string_view city;
    const OrganizationPlan* organization = nullptr;
};

DemoUsers::DemoUsers(const DemoSettings& settings, std::vector<OrganizationPlan>& organizations)
    : m_settings(settings)
    , m_orgs(organizations)
{
    std::uint64_t sum = 0;
    for (const OrganizationPlan& o : m_orgs) {
        sum += o.weight;
        m_cumulative.push_back(sum);
    }
}

std::size_t DemoUsers::pickOrganization(DemoRandom& rng) const
{
    const std::uint64_t r = rng.below(m_cumulative.back());
    return static_cast<std::size_t>(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) -
                                    m_cumulative.begin());
}

model::Millis DemoUsers::signUpTime(std::int64_t index) const
{
    // Sign-ups grow linearly with time: the i-th of n users signs up at
    // sqrt(i / n) of the way. (sqrt is exact in IEEE arithmetic, so this is
    // the same on every platform.)
    const double span = static_cast<double>(m_settings.now - kDay - m_settings.usersStart());
    const double n = static_cast<double>(std::max<std::int64_t>(1, m_settings.users));
    return m_settings.usersStart() +
           static_cast<model::Millis>(span * std::sqrt(static_cast<double>(index) / n));
}

void DemoUsers::make(std::int64_t index, Person& out)
{
    DemoRandom rng(m_settings.seed, kUserStream, static_cast<std::uint64_t>(index));
    out.user = model::User{};
    out.memberships.clear();
    model::User& u = out.user;

    const std::size_t primary = pickOrganization(rng);
    const OrganizationPlan& org = m_orgs[primary];
    Traits t;
    t.organization = &org;
    t.culture = rng.chance(0.6) ? org.culture : rng.pick(cultures());
    t.department = rng.pick(departments());
    t.title = rng.pick(t.department->titles);
    t.city = rng.pick(t.culture->cities);

    // Names: in the culture's own script for some; a few people give none.
    const bool native = t.culture->nativeScript > 0 && rng.chance(t.culture->nativeScript);
    const PersonName& first = rng.pick(t.culture->firstNames);
    const PersonName& last = rng.pick(t.culture->lastNames);
    auto shown = [&](const PersonName& n) {
        return std::string(native && !n.native.empty() ? n.native : n.text);
    };
    const double named = rng.unit();
    if (named >= 0.01)
        u.firstName = shown(first);
    if (named >= 0.04)
        u.lastName = shown(last);

    // E-mail: the local part ends in the user's number, the only digits in
    // it, so no two users can have the same address.
    static constexpr Weighted<int> kFormats[] = {{0, 50}, {1, 20}, {2, 15}, {3, 10}, {4, 5}};
    const std::string f(first.ascii);
    const std::string l(last.ascii);
    std::string local;
    switch (pickFrom(rng, kFormats)) {
    case 0:
        local = f + "." + l;
        break;
    case 1:
        local = f.substr(0, 1) + l;
        break;
    case 2:
        local = f + "_" + l;
        break;
    case 3:
        local = f + l.substr(0, 1);
        break;
    default:
        local = f;
        break;
    }
    local += std::to_string(index + 1);
    u.email =
        local + "@" + (rng.chance(0.07) ? std::string(rng.pick(mailProviders())) : org.domain);
    u.emailVerified = rng.chance(0.93);
    if (rng.chance(0.4))
        u.externalId = externalIdFor(org.idScheme, index, m_settings.seed, rng);

    const model::Millis at = signUpTime(index);
    const model::Millis gap = signUpTime(index + 1) - at;
    u.createdAt = at + (gap > 16 ? rng.between(0, gap / 2 - 1) : 0);
    u.updatedAt =
        rng.chance(0.45)
            ? u.createdAt +
                  rng.between(60'000, std::max<model::Millis>(60'000, m_settings.now - u.createdAt))
            : u.createdAt;

    addMetadata(rng, index, t, u);
    if (rng.chance(0.4))
        addUserMetadata(rng, t, u);
    if (org.sso && rng.chance(0.95))
        addSsoAttributes(rng, index, t, u);
    addMemberships(rng, primary, t, out);
}

void DemoUsers::addMetadata(DemoRandom& rng, std::int64_t index, const Traits& t, model::User& u)
{
    json::Value& m = u.metadata;
    if (rng.chance(0.62))
        m.set("department", t.department->name);
    static constexpr S kPlans[] = {{"free", 60}, {"pro", 25}, {"team", 10}, {"enterprise", 5}};
    std::string_view plan;
    if (rng.chance(0.48)) {
        plan = pickFrom(rng, kPlans);
        m.set("plan", plan);
    }
    static constexpr S kTiers[] = {{"standard", 70}, {"premium", 25}, {"vip", 5}};
    if (rng.chance(0.30))
        m.set("tier", pickFrom(rng, kTiers));
    static constexpr S kRegions[] = {{"us-east-1", 40},
                                     {"eu-west-1", 25},
                                     {"us-west-2", 15},
                                     {"eu-central-1", 10},
                                     {"ap-southeast-1", 10}};
    if (rng.chance(0.55))
        m.set("region", rng.chance(0.8) ? t.culture->region : pickFrom(rng, kRegions));
    if (rng.chance(0.22)) {
        // Skewed towards the low numbers: the big cost centers.
        const std::uint64_t k = std::min(rng.below(40), rng.below(40));
        m.set("cost_center", "CC-" + std::to_string(1000 + 10 * k));
    }
    if (rng.chance(0.28))
        m.set("employee_id", "E" + std::to_string(100000 + index));
    if (rng.chance(0.33)) {
        static constexpr Weighted<std::string_view> kFlags[] = {
            {"new_dashboard", 60}, {"dark_mode_beta", 30},  {"ai_assistant", 25},
            {"bulk_export", 20},   {"realtime_collab", 12}, {"legacy_reports", 8}};
        json::Array flags;
        for (const auto& flag : kFlags) {
            if (rng.chance(flag.weight / 100.0))
                flags.push_back(json::Value(flag.value));
        }
        if (flags.empty())
            flags.push_back(json::Value("new_dashboard"));
        m.set("feature_flags", json::Value(std::move(flags)));
    }
    if (rng.chance(0.12))
        m.set("license_key", "LIC-" + rng.chars(4, kUpperAlnum) + "-" + rng.chars(4, kUpperAlnum) +
                                 "-" + rng.chars(4, kUpperAlnum));
    if ((plan == "team" || plan == "enterprise") && rng.chance(0.6)) {
        static constexpr Weighted<int> kSeats[] = {{3, 20}, {5, 35}, {10, 25}, {25, 15}, {100, 5}};
        m.set("seats", pickFrom(rng, kSeats));
    }
    if (rng.chance(0.26))
        m.set("stripe_customer_id", "cus_" + rng.chars(14, kBase62));
    if (rng.chance(0.18)) {
        const bool done = rng.chance(0.7);
        m.set("onboarding",
              json::Value::object(
                  {{"completed", done}, {"step", done ? 5 : static_cast<int>(rng.between(1, 4))}}));
    }
    // Keys as other systems name them, with a dot: only the bracket form
    // reaches them in a template (user.metadata["billing.plan"]).
    if (rng.chance(0.11)) {
        static constexpr S kBilling[] = {{"pro-monthly", 40},
                                         {"pro-annual", 25},
                                         {"team-annual", 20},
                                         {"team-monthly", 10},
                                         {"enterprise-annual", 5}};
        m.set("billing.plan", pickFrom(rng, kBilling));
    }
    if (rng.chance(0.09))
        m.set("hubspot.contact_id", std::to_string(rng.between(100'000, 99'999'999)));
    static constexpr S kSources[] = {
        {"organic", 45}, {"google_ads", 20}, {"referral", 15}, {"partner", 10}, {"import", 10}};
    if (rng.chance(0.38))
        m.set("signup_source", pickFrom(rng, kSources));
    if (rng.chance(0.25))
        m.set("office", t.city);
    if (rng.chance(0.10)) {
        static constexpr std::string_view kTags[] = {"beta",          "vip",     "churn-risk",
                                                     "early-adopter", "partner", "internal"};
        json::Array tags{json::Value(rng.pick(std::span<const std::string_view>(kTags)))};
        if (rng.chance(0.3)) {
            const std::string_view second = rng.pick(std::span<const std::string_view>(kTags));
            if (second != tags.front().string())
                tags.push_back(json::Value(second));
        }
        m.set("tags", json::Value(std::move(tags)));
    }
    if (rng.chance(0.08)) {
        static constexpr Weighted<int> kCalls[] = {
            {1000, 40}, {5000, 30}, {10000, 20}, {50000, 10}};
        static constexpr Weighted<int> kStorage[] = {{5, 40}, {10, 30}, {50, 20}, {100, 10}};
        m.set("quota", json::Value::object({{"api_calls_per_day", pickFrom(rng, kCalls)},
                                            {"storage_gb", pickFrom(rng, kStorage)}}));
    }
    if (rng.chance(0.07))
        m.set("is_beta_tester", rng.chance(0.85));
}

void DemoUsers::addUserMetadata(DemoRandom& rng, const Traits& t, model::User& u)
{
    // What people set for themselves in an app's settings.
    json::Value& m = u.userMetadata;
    if (rng.chance(0.9))
        m.set("language", rng.chance(0.85) ? rng.pick(t.culture->languages) : "en");
    static constexpr S kThemes[] = {{"light", 45}, {"dark", 42}, {"system", 13}};
    if (rng.chance(0.6))
        m.set("theme", pickFrom(rng, kThemes));
    if (rng.chance(0.3))
        m.set("timezone", rng.pick(t.culture->timezones));
    if (rng.chance(0.2)) {
        static constexpr S kDigest[] = {{"daily", 20}, {"weekly", 55}, {"never", 25}};
        m.set("notifications", json::Value::object({{"email", rng.chance(0.8)},
                                                    {"digest", pickFrom(rng, kDigest)}}));
    }
    if (rng.chance(0.03))
        m.set("accessibility",
              json::Value::object(
                  {{"reduced_motion", true},
                   {"font_scale", json::Value::fromDouble(rng.chance(0.5) ? 1.25 : 1.5)}}));
}

void DemoUsers::addSsoAttributes(DemoRandom& rng, std::int64_t index, const Traits& t,
                                 model::User& u)
{
    // What the organization's identity provider sends at sign-in.
    json::Value& a = u.ssoAttributes;
    a.set("department", t.department->name);
    a.set("title", t.title);
    a.set("idp", t.organization->ssoProvider);
    if (rng.chance(0.5))
        a.set("location", t.city);
    if (rng.chance(0.4))
        a.set("employee_number", std::to_string(10000 + index));
    if (rng.chance(0.6)) {
        std::string group;
        for (char c : t.department->name) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                group += static_cast<char>(c | 0x20);
            else if (!group.empty() && group.back() != '-')
                group += '-';
        }
        json::Array groups{json::Value("all-staff"), json::Value(group)};
        if (rng.chance(0.3))
            groups.push_back(json::Value("vpn-users"));
        a.set("groups", json::Value(std::move(groups)));
    }
}

void DemoUsers::addMemberships(DemoRandom& rng, std::size_t primary, const Traits& t, Person& out)
{
    const double r = rng.unit();
    const std::size_t wanted = std::min<std::size_t>(r < 0.80   ? 1
                                                     : r < 0.95 ? 2
                                                                : 3,
                                                     m_orgs.size());
    std::vector<std::size_t> chosen{primary};
    for (int tries = 0; chosen.size() < wanted && tries < 20; ++tries) {
        const std::size_t o = pickOrganization(rng);
        if (std::find(chosen.begin(), chosen.end(), o) == chosen.end())
            chosen.push_back(o);
    }
    static constexpr S kRoles[] = {{"admin", 5}, {"member", 73}, {"viewer", 22}};
    static constexpr S kStatus[] = {{"active", 93}, {"pending", 5}, {"inactive", 2}};
    static constexpr S kEmployment[] = {{"full_time", 85}, {"contractor", 10}, {"intern", 5}};
    for (std::size_t j = 0; j < chosen.size(); ++j) {
        OrganizationPlan& org = m_orgs[chosen[j]];
        model::Membership ms;
        ms.organizationId = org.id;
        ms.roles.emplace_back(org.hasMembers ? pickFrom(rng, kRoles) : "admin");
        org.hasMembers = true;
        ms.status = pickFrom(rng, kStatus);
        if (org.sso && rng.chance(0.6)) {
            ms.customAttributes.set("employment_type", pickFrom(rng, kEmployment));
            ms.customAttributes.set("idp_groups",
                                    json::Value::array({"all-staff", t.department->name}));
        } else if (rng.chance(0.08)) {
            ms.customAttributes.set("cost_center",
                                    "CC-" + std::to_string(1000 + 10 * rng.below(40)));
        }
        // Joined at sign-up, one millisecond apart (ids keep their order).
        ms.createdAt = out.user.createdAt + static_cast<model::Millis>(j) + 1;
        ms.updatedAt = ms.createdAt;
        out.memberships.push_back(std::move(ms));
    }
}

} // namespace claimsmith::demo
