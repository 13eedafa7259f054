#include "ReportText.h"

#include "template/Text.h"

#include <algorithm>
#include <cstdio>

namespace claimsmith::rollout {

namespace {

using tmpl::withThousands;

std::string n(std::int64_t v)
{
    return withThousands(v);
}

std::string padLeft(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.insert(0, width - s.size(), ' ');
    return s;
}

// Values can be long: show the start.
std::string shortValue(const std::optional<std::string>& v)
{
    if (!v)
        return "(not set)";
    constexpr std::size_t kMax = 60;
    if (v->size() <= kMax)
        return *v;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>((*v)[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return v->substr(0, cut) + "...";
}

std::string who(const TokenRef& t)
{
    return t.userId + " " + t.email + " " +
           (t.organizationId.empty() ? std::string("(no organization)") : t.organizationId);
}

// Lists in the summary stop after a few lines; the JSON report has more.
constexpr std::size_t kTextListLines = 10;

void more(std::string& s, std::size_t shown, std::int64_t total)
{
    if (total > static_cast<std::int64_t>(shown))
        s += "    ... and " + n(total - static_cast<std::int64_t>(shown)) +
             " more (--format json lists more)\n";
}

std::string versionText(const std::optional<int>& v, const char* none)
{
    return v ? "version " + std::to_string(*v) : std::string(none);
}

std::string seconds(std::int64_t ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(ms) / 1000.0);
    return text;
}

void histogram(std::string& s, const RolloutReport& r)
{
    s += "\nToken sizes (bytes of the candidate's claims)\n";
    std::int64_t most = 0;
    for (const SizeBucket& b : r.histogram)
        most = std::max(most, b.tokens);
    bool marked = false;
    for (const SizeBucket& b : r.histogram) {
        if (!marked && b.min > r.budgetBytes) {
            s += "  ------------- budget " + n(static_cast<std::int64_t>(r.budgetBytes)) +
                 " bytes -------------\n";
            marked = true;
        }
        const std::string range =
            padLeft(n(static_cast<std::int64_t>(b.min)), 6) + " - " +
            (b.max ? padLeft(n(static_cast<std::int64_t>(*b.max)), 6) : std::string("      "));
        constexpr std::int64_t kBar = 40;
        std::int64_t bar = most > 0 ? (b.tokens * kBar + most - 1) / most : 0;
        s += "  " + range + " |" + std::string(static_cast<std::size_t>(bar), '#') +
             std::string(static_cast<std::size_t>(kBar - bar), ' ') + " " + n(b.tokens) + "\n";
    }
}

} // namespace

std::string reportToText(const RolloutReport& r)
{
    std::string s = "Rollout check of template \"" + r.templateName + "\": " +
                    (r.candidateVersion ? versionText(r.candidateVersion, "") : "the candidate") +
                    " against " +
                    (r.productionVersion ? "production " + versionText(r.productionVersion, "")
                                         : std::string("no production version (every claim "
                                                       "counts as added)")) +
                    "\n";
    s += "Application: " + (r.applicationId.empty() ? std::string("none") : r.applicationId) +
         "; no session in the contexts\n";
    s += "Checked " + n(r.usersChecked) + " users (" + n(r.tokens.checked) + " tokens) in " +
         seconds(r.durationMs) + "\n";
    if (r.cancelled)
        s += "CANCELLED: the check stopped early; the figures cover the users checked\n";

    s += "\n               users     tokens\n";
    auto line = [&](const char* what, std::int64_t users, std::optional<std::int64_t> tokens) {
        s += "  " + std::string(what) + padLeft(n(users), 18 - std::string(what).size()) +
             (tokens ? padLeft(n(*tokens), 11) : std::string()) + "\n";
    };
    line("changed", r.changed, r.tokens.changed);
    line("unchanged", r.unchanged, std::nullopt);
    line("failed", r.failed, r.tokens.failed);
    line("over budget", r.overBudget, r.tokens.overBudget);
    s += "  (budget " + n(static_cast<std::int64_t>(r.budgetBytes)) + " bytes, limit " +
         n(static_cast<std::int64_t>(r.limitBytes)) + " bytes";
    if (r.tokens.overLimit > 0)
        s += "; " + n(r.tokens.overLimit) + " tokens over the limit cannot be issued";
    s += ")\n";
    if (r.tokens.productionFailed > 0)
        s += "  The production version fails for " + n(r.tokens.productionFailed) +
             " tokens; their claims count as added\n";

    if (!r.claimChanges.empty()) {
        s += "\nClaim changes\n";
        std::string current;
        for (const ClaimChange& c : r.claimChanges) {
            if (c.claim != current || &c == &r.claimChanges.front()) {
                s += "  " + c.claim + "\n";
                current = c.claim;
            }
            s += "    " + std::string(changeKindName(c.kind)) + " in " + n(c.tokens) + " tokens\n";
            for (const ClaimExample& e : c.examples)
                s += "      " + who(e.token) + ": " + shortValue(e.before) + " -> " +
                     shortValue(e.after) + "\n";
        }
    }

    if (!r.failureKinds.empty()) {
        s += "\nFailures (" + n(r.tokens.failed) + " tokens)\n";
        for (const FailureKind& k : r.failureKinds)
            s += "  " + k.code + " at " + std::to_string(k.line) + ":" + std::to_string(k.column) +
                 (k.claim.empty() ? std::string() : " in \"" + k.claim + "\"") + ", " +
                 n(k.tokens) + " tokens: " + k.message + "\n";
        s += "  First by user id:\n";
        const std::size_t shown = std::min(r.failures.size(), kTextListLines);
        for (std::size_t i = 0; i < shown; ++i) {
            const RenderFailure& f = r.failures[i];
            s += "    " + who(f.token) + ": " + f.code + " at " + std::to_string(f.line) + ":" +
                 std::to_string(f.column) + "\n";
        }
        more(s, shown, r.tokens.failed);
    }

    histogram(s, r);

    if (!r.overBudgetList.empty()) {
        s += "\nOver budget (" + n(r.tokens.overBudget) + " tokens; first by user id)\n";
        const std::size_t shown = std::min(r.overBudgetList.size(), kTextListLines);
        for (std::size_t i = 0; i < shown; ++i)
            s += "  " + padLeft(n(static_cast<std::int64_t>(r.overBudgetList[i].bytes)), 7) +
                 " bytes  " + who(r.overBudgetList[i].token) + "\n";
        more(s, shown, r.tokens.overBudget);
    }
    if (!r.largest.empty()) {
        s += "\nLargest tokens\n";
        for (const SizedToken& t : r.largest)
            s += "  " + padLeft(n(static_cast<std::int64_t>(t.bytes)), 7) + " bytes  " +
                 who(t.token) + "\n";
    }

    s += "\nResult: ";
    if (r.failed == 0 && r.overBudget == 0)
        s += "no user fails to render and none is over budget";
    else
        s += n(r.failed) + " users fail to render, " + n(r.overBudget) + " are over budget";
    s += r.cancelled ? " (so far)\n" : "\n";
    return s;
}

} // namespace claimsmith::rollout
