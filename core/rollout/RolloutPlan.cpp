#include "RolloutPlan.h"

#include "json/Reader.h"
#include "json/Writer.h"

#include <algorithm>

namespace claimsmith::rollout {

namespace {

// A width that puts the budget on a bucket boundary, with a handful of
// buckets below it.
std::size_t bucketWidth(std::size_t budget)
{
    for (std::size_t parts : {6, 8, 5, 4, 10, 3, 12, 2}) {
        if (budget >= parts && budget % parts == 0)
            return budget / parts;
    }
    return std::max<std::size_t>(1, budget);
}

} // namespace

RolloutPlan::RolloutPlan(tmpl::Template candidate, std::optional<tmpl::Template> production,
                         ReportLimits limits)
    : m_candidate(std::move(candidate))
    , m_production(std::move(production))
    , m_limits(limits)
{
    const tmpl::LintProfile& profile = m_candidate.profile();
    m_budget = profile.sizeWarningBytes;
    m_limit = profile.sizeErrorBytes;
    m_bucketWidth = bucketWidth(m_budget);
    const std::size_t top = std::max(m_budget, m_limit);
    m_buckets = std::max<std::size_t>(1, (top + m_bucketWidth - 1) / m_bucketWidth);

    m_usedFields = m_candidate.usedFields();
    auto addClaims = [&](const tmpl::Template& t) {
        for (const tmpl::ClaimSite& site : t.claims()) {
            std::string escaped;
            json::appendEscaped(escaped, site.name);
            const bool known = std::any_of(m_claims.begin(), m_claims.end(),
                                           [&](const Claim& c) { return c.escaped == escaped; });
            if (!known)
                m_claims.push_back({std::move(escaped), site.name});
        }
    };
    addClaims(m_candidate);
    if (m_production) {
        addClaims(*m_production);
        for (const std::string& f : m_production->usedFields()) {
            if (std::find(m_usedFields.begin(), m_usedFields.end(), f) == m_usedFields.end())
                m_usedFields.push_back(f);
        }
    }
}

std::size_t RolloutPlan::bucketOf(std::size_t bytes) const
{
    const std::size_t index = bytes == 0 ? 0 : (bytes - 1) / m_bucketWidth;
    return std::min(index, m_buckets);
}

std::vector<SizeBucket> RolloutPlan::emptyHistogram() const
{
    std::vector<SizeBucket> buckets;
    for (std::size_t i = 0; i < m_buckets; ++i)
        buckets.push_back({i == 0 ? 0 : i * m_bucketWidth + 1, (i + 1) * m_bucketWidth, 0});
    buckets.push_back({m_buckets * m_bucketWidth + 1, std::nullopt, 0});
    return buckets;
}

std::size_t RolloutPlan::claimRank(std::string_view escapedName) const
{
    for (std::size_t i = 0; i < m_claims.size(); ++i) {
        if (m_claims[i].escaped == escapedName)
            return i;
    }
    return m_claims.size();
}

std::string RolloutPlan::claimName(std::string_view escapedName) const
{
    for (const Claim& c : m_claims) {
        if (c.escaped == escapedName)
            return c.name;
    }
    // Claim names are fixed text of the templates, so this is not reached;
    // unescape all the same rather than show escapes.
    const json::ParseResult parsed = json::parse("\"" + std::string(escapedName) + "\"");
    return parsed.ok && parsed.value.isString() ? parsed.value.string() : std::string(escapedName);
}

std::string RolloutPlan::candidateClaimAt(std::uint32_t offset) const
{
    for (const tmpl::ClaimSite& site : m_candidate.claims()) {
        const std::uint32_t start = std::min(site.nameSpan.start, site.valueSpan.start);
        const std::uint32_t end = std::max(site.nameSpan.end, site.valueSpan.end);
        if (offset >= start && offset < end)
            return site.name;
    }
    return {};
}

} // namespace claimsmith::rollout
