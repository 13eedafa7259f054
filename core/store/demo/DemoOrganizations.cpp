#include "DemoOrganizations.h"

#include "model/Clock.h"

#include <algorithm>
#include <numeric>

namespace claimsmith::demo {

namespace {

using S = Weighted<std::string_view>;

std::uint64_t gcd(std::uint64_t a, std::uint64_t b)
{
    while (b) {
        a %= b;
        std::swap(a, b);
    }
    return a;
}

std::string_view pickPlan(DemoRandom& rng, double sizeFraction)
{
    static constexpr S kLarge[] = {{"enterprise", 70}, {"business", 25}, {"starter", 5}};
    static constexpr S kMiddle[] = {
        {"enterprise", 15}, {"business", 55}, {"starter", 25}, {"trial", 5}};
    static constexpr S kSmall[] = {
        {"enterprise", 3}, {"business", 27}, {"starter", 55}, {"trial", 15}};
    if (sizeFraction < 0.15)
        return rng.pick(std::span<const S>(kLarge));
    if (sizeFraction < 0.5)
        return rng.pick(std::span<const S>(kMiddle));
    return rng.pick(std::span<const S>(kSmall));
}

std::string_view pickTier(DemoRandom& rng, std::string_view plan)
{
    static constexpr S kEnterprise[] = {{"platinum", 50}, {"gold", 50}};
    static constexpr S kBusiness[] = {{"gold", 30}, {"silver", 60}, {"bronze", 10}};
    static constexpr S kStarter[] = {{"silver", 20}, {"bronze", 80}};
    if (plan == "enterprise")
        return rng.pick(std::span<const S>(kEnterprise));
    if (plan == "business")
        return rng.pick(std::span<const S>(kBusiness));
    if (plan == "starter")
        return rng.pick(std::span<const S>(kStarter));
    return "bronze";
}

std::int64_t pickSeats(DemoRandom& rng, std::string_view plan)
{
    static constexpr Weighted<std::int64_t> kEnterprise[] = {
        {500, 30}, {1000, 35}, {2500, 25}, {10000, 10}};
    static constexpr Weighted<std::int64_t> kBusiness[] = {
        {25, 25}, {50, 35}, {100, 28}, {250, 12}};
    static constexpr Weighted<std::int64_t> kStarter[] = {{5, 30}, {10, 45}, {25, 25}};
    using W = Weighted<std::int64_t>;
    if (plan == "enterprise")
        return rng.pick(std::span<const W>(kEnterprise));
    if (plan == "business")
        return rng.pick(std::span<const W>(kBusiness));
    if (plan == "starter")
        return rng.pick(std::span<const W>(kStarter));
    return 5;
}

std::string_view currencyFor(std::string_view region)
{
    if (region.starts_with("eu-"))
        return "EUR";
    if (region == "ap-northeast-1")
        return "JPY";
    if (region == "sa-east-1")
        return "BRL";
    if (region == "ap-south-1")
        return "INR";
    return "USD";
}

// Codes in groups: "7KQ2M-XR4TP-…".
std::string groupedCode(DemoRandom& rng, int groups, std::size_t size)
{
    std::string s;
    for (int g = 0; g < groups; ++g) {
        if (g)
            s += '-';
        s += rng.chars(size, kUpperAlnum);
    }
    return s;
}

} // namespace

DemoOrganizations::DemoOrganizations(const DemoSettings& settings)
    : m_settings(settings)
{
    DemoRandom rng(settings.seed, kLayoutStream, 0);
    const std::uint64_t pairs = companyPrefixes().size() * companySuffixes().size();
    m_stride = 1 + rng.below(pairs - 1);
    while (gcd(m_stride, pairs) != 1)
        ++m_stride;
    m_offset = rng.below(pairs);
    // Fisher-Yates over the size ranks, with the deterministic generator.
    m_rank.resize(static_cast<std::size_t>(settings.organizations));
    std::iota(m_rank.begin(), m_rank.end(), 0);
    for (std::size_t i = m_rank.size(); i > 1; --i)
        std::swap(m_rank[i - 1], m_rank[rng.below(i)]);
}

DemoOrganizations::NameParts DemoOrganizations::nameParts(int index) const
{
    const std::uint64_t suffixes = companySuffixes().size();
    const std::uint64_t pairs = companyPrefixes().size() * suffixes;
    const auto i = static_cast<std::uint64_t>(index);
    const std::uint64_t pair = (i % pairs * m_stride + m_offset) % pairs;
    return {pair / suffixes, pair % suffixes, static_cast<std::int64_t>(i / pairs)};
}

model::Organization DemoOrganizations::make(int index, OrganizationPlan& plan) const
{
    DemoRandom rng(m_settings.seed, kOrganizationStream, static_cast<std::uint64_t>(index));
    const int rank = m_rank[static_cast<std::size_t>(index)];
    const double sizeFraction =
        static_cast<double>(rank) / static_cast<double>(std::max(1, m_settings.organizations));
    plan.weight = 1'000'000'000ULL / static_cast<std::uint64_t>(rank + 1);
    plan.culture = rng.pick(cultures());
    plan.hasMembers = false;

    model::Organization o;
    const NameParts parts = nameParts(index);
    const Word& prefix = companyPrefixes()[parts.prefix];
    const Word& suffix = companySuffixes()[parts.suffix];
    const std::string number = parts.round ? std::to_string(parts.round + 1) : std::string();
    o.name = std::string(prefix.text) + " " + std::string(suffix.text);
    if (!number.empty())
        o.name += " " + number;
    if (const std::string_view form = rng.pick(legalForms()); !form.empty())
        o.name += " " + std::string(form);

    // Domains: one base name per organization, under different top-level domains.
    const std::string base = std::string(prefix.ascii) + std::string(suffix.ascii) + number;
    const std::string_view tld = rng.pick(topLevelDomains());
    plan.domain = base + "." + std::string(tld);
    o.domains.push_back({plan.domain, "verified"});
    const int extra = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
    static constexpr S kStates[] = {{"verified", 70}, {"pending", 25}, {"failed", 5}};
    for (int n = 0; n < extra; ++n) {
        std::string_view other = rng.pick(topLevelDomains());
        for (int tries = 0; tries < 8; ++tries) {
            const bool used =
                std::any_of(o.domains.begin(), o.domains.end(), [&](const model::Domain& d) {
                    return d.domain == base + "." + std::string(other);
                });
            if (!used)
                break;
            other = rng.pick(topLevelDomains());
        }
        const std::string domain = base + "." + std::string(other);
        if (std::none_of(o.domains.begin(), o.domains.end(),
                         [&](const model::Domain& d) { return d.domain == domain; }))
            o.domains.push_back({domain, std::string(rng.pick(std::span<const S>(kStates)))});
    }

    // Sign-up during the first year, in index order (ids sort by time).
    const model::Millis slot =
        std::max<model::Millis>(1, kYear / std::max(1, m_settings.organizations));
    o.createdAt = m_settings.organizationsStart() + index * slot +
                  rng.between(0, std::max<model::Millis>(0, slot / 2 - 1));
    o.updatedAt = rng.chance(0.7) ? o.createdAt + rng.between(kDay, m_settings.now - o.createdAt)
                                  : o.createdAt;
    if (rng.chance(0.65))
        o.externalId = "acct_" + std::to_string(100000 + index);

    const std::string_view planName = pickPlan(rng, sizeFraction);
    const double ssoChance = planName == "enterprise" ? 0.85
                             : planName == "business" ? 0.35
                             : planName == "starter"  ? 0.05
                                                      : 0.0;
    plan.sso = rng.chance(ssoChance);
    static constexpr S kProviders[] = {{"okta", 35},    {"entra_id", 30}, {"google_workspace", 20},
                                       {"onelogin", 5}, {"jumpcloud", 5}, {"ping_identity", 5}};
    plan.ssoProvider = plan.sso ? rng.pick(std::span<const S>(kProviders)) : std::string_view();
    static constexpr S kSchemes[] = {{"uuid", 40}, {"numeric", 25}, {"employee", 20}, {"okta", 15}};
    plan.idScheme = rng.pick(std::span<const S>(kSchemes));
    plan.region = rng.chance(0.8) ? std::string(plan.culture->region) : "us-east-1";

    // Metadata: the keys B2B apps keep on an account, not all on every one.
    json::Value& m = o.metadata;
    if (rng.chance(0.92))
        m.set("tier", pickTier(rng, planName));
    m.set("plan", planName);
    if (planName == "enterprise" || (planName == "business" && rng.chance(0.8)))
        m.set("license_key", groupedCode(rng, 5, 5));
    if (rng.chance(0.9))
        m.set("max_seats", pickSeats(rng, planName));
    if (plan.sso)
        m.set("sso_required", rng.chance(0.75));
    else if (rng.chance(0.5))
        m.set("sso_required", false);
    if (plan.sso)
        m.set("sso_provider", plan.ssoProvider);
    if (rng.chance(0.85))
        m.set("region", plan.region);
    if (rng.chance(0.7)) {
        json::Value billing = json::Value::object({
            {"customer_id", "cus_" + rng.chars(14, kBase62)},
            {"currency", currencyFor(plan.region)},
            {"invoice_email", "billing@" + plan.domain},
        });
        if (rng.chance(0.15))
            billing.set("po_required", true);
        m.set("billing", std::move(billing));
    }
    if (rng.chance(0.45))
        m.set("salesforce.account_id", "001" + rng.chars(15, kBase62));
    if (rng.chance(0.55))
        m.set("features", json::Value::object({{"audit_log", planName == "enterprise"},
                                               {"scim", plan.sso && rng.chance(0.6)},
                                               {"custom_roles", rng.chance(0.3)}}));
    if (planName == "enterprise" && rng.chance(0.3)) {
        static constexpr std::string_view kNetworks[] = {"192.0.2.", "198.51.100.", "203.0.113."};
        json::Array ranges;
        const int n = static_cast<int>(rng.between(1, 3));
        for (int r = 0; r < n; ++r)
            ranges.push_back(json::Value(std::string(kNetworks[r]) +
                                         std::to_string(rng.below(16) * 16) + "/28"));
        m.set("allowed_ip_ranges", json::Value(std::move(ranges)));
    }
    if (rng.chance(0.6))
        m.set("onboarded_at", model::isoTime(o.createdAt + rng.between(kDay, 45 * kDay)));
    return o;
}

} // namespace claimsmith::demo
