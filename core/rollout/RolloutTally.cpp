#include "RolloutTally.h"

#include "ClaimSplit.h"
#include "ReportCsv.h"
#include "Smallest.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <tuple>

namespace claimsmith::rollout {

namespace {

using TokenOrder = std::tuple<std::string_view, std::string_view>;

struct ByToken
{
    template <typename T>
    TokenOrder operator()(const T& item) const
    {
        return {item.token.userId, item.token.organizationId};
    }
};

struct ByTokenThenClaim
{
    std::tuple<std::string_view, std::string_view, std::string_view>
    operator()(const ReportRow& r) const
    {
        return {r.token.userId, r.token.organizationId, r.claim};
    }
};

struct LargestFirst
{
    std::tuple<std::size_t, std::string_view, std::string_view>
    operator()(const SizedToken& t) const
    {
        return {std::numeric_limits<std::size_t>::max() - t.bytes, t.token.userId,
                t.token.organizationId};
    }
};

TokenRef refOf(const TokenKey& t)
{
    return {std::string(t.userId), std::string(t.email), std::string(t.organizationId)};
}

std::optional<std::string> text(std::optional<std::string_view> v)
{
    return v ? std::optional<std::string>(std::string(*v)) : std::nullopt;
}

constexpr std::size_t kKinds = 3;

// Rows for the sink are written in chunks of about this size.
constexpr std::size_t kSinkChunk = 64 * 1024;

struct ClaimSlot
{
    std::string escaped;
    std::string name;
    std::array<std::int64_t, kKinds> tokens{};
    std::array<Smallest<ClaimExample, ByToken>, kKinds> examples;
};

struct KindTally
{
    std::string claim;
    std::string message;
    std::string firstUser;
    std::string firstOrganization;
    std::int64_t tokens = 0;
};

using KindKey = std::tuple<int, int, std::string>; // line, column, code

tmpl::RenderOptions sizeUnchecked()
{
    tmpl::RenderOptions o;
    o.checkSize = false;
    return o;
}

} // namespace

struct RolloutTally::State
{
    State(const RolloutPlan& p, RowSink* s)
        : plan(p)
        , failures(p.limits().failures)
        , overBudgetList(p.limits().overBudget)
        , largest(p.limits().largest)
        , rows(p.limits().rows)
        , sink(s)
        , histogram(p.emptyHistogram().size(), 0)
    {}

    const RolloutPlan& plan;

    std::int64_t users = 0;
    std::int64_t usersChanged = 0;
    std::int64_t usersFailed = 0;
    std::int64_t usersOverBudget = 0;
    TokenCounts tokens;

    std::vector<ClaimSlot> claims;
    std::map<KindKey, KindTally> kinds;
    Smallest<RenderFailure, ByToken> failures;
    Smallest<SizedToken, ByToken> overBudgetList;
    Smallest<SizedToken, LargestFirst> largest;
    Smallest<ReportRow, ByTokenThenClaim> rows;
    std::int64_t rowsSeen = 0;
    RowSink* sink = nullptr;
    std::string sinkLines; // rows not yet written to the sink
    std::int64_t sinkRows = 0;
    std::vector<std::int64_t> histogram;

    // Scratch space, reused from token to token.
    std::string candidate;
    std::string production;
    std::vector<tmpl::Diagnostic> diagnostics;
    std::vector<ClaimSpan> candidateClaims;
    std::vector<ClaimSpan> productionClaims;
    std::vector<char> matched;

    ClaimSlot& slot(std::string_view escaped)
    {
        for (ClaimSlot& s : claims) {
            if (s.escaped == escaped)
                return s;
        }
        ClaimSlot& s = claims.emplace_back();
        s.escaped = std::string(escaped);
        s.name = plan.claimName(escaped);
        for (auto& e : s.examples)
            e = Smallest<ClaimExample, ByToken>(plan.limits().examples);
        return s;
    }

    void addRow(const TokenKey& t, const std::string& claim, const char* change,
                std::optional<std::string_view> before, std::optional<std::string_view> after,
                std::string error)
    {
        ++rowsSeen;
        if (sink) {
            appendCsvRow(sinkLines, t.userId, t.email, t.organizationId, claim, change, before,
                         after, error);
            ++sinkRows;
            if (sinkLines.size() >= kSinkChunk)
                flushSink();
        }
        if (!rows.wants(std::make_tuple(t.userId, t.organizationId, std::string_view(claim))))
            return;
        rows.add({refOf(t), claim, change, text(before), text(after), std::move(error)});
    }

    void flushSink()
    {
        if (sink && sinkRows > 0)
            sink->write(sinkLines, sinkRows);
        sinkLines.clear();
        sinkRows = 0;
    }

    void record(const TokenKey& t, std::string_view escaped, ChangeKind kind,
                std::optional<std::string_view> before, std::optional<std::string_view> after)
    {
        ClaimSlot& s = slot(escaped);
        const auto k = static_cast<std::size_t>(kind);
        ++s.tokens[k];
        if (s.examples[k].wants(TokenOrder(t.userId, t.organizationId)))
            s.examples[k].add({refOf(t), text(before), text(after)});
        addRow(t, s.name, changeKindName(kind), before, after, {});
    }

    void fail(const TokenKey& t, const tmpl::Diagnostic& d)
    {
        ++tokens.failed;
        const std::string claim = plan.candidateClaimAt(d.span.start);
        if (failures.wants(TokenOrder(t.userId, t.organizationId)))
            failures.add({refOf(t), d.code, d.message, d.start.line, d.start.column, claim});
        KindTally& k = kinds[KindKey(d.start.line, d.start.column, d.code)];
        if (k.tokens++ == 0 ||
            TokenOrder(t.userId, t.organizationId) < TokenOrder(k.firstUser, k.firstOrganization)) {
            k.claim = claim;
            k.message = d.message;
            k.firstUser = std::string(t.userId);
            k.firstOrganization = std::string(t.organizationId);
        }
        addRow(t, claim, "failed", std::nullopt, std::nullopt,
               d.code + " at " + std::to_string(d.start.line) + ":" +
                   std::to_string(d.start.column) + ": " + d.message);
    }

    // Compares the claims of one token claim by claim; false when only
    // their order differs.
    bool compare(const TokenKey& t)
    {
        const bool split =
            splitClaims(candidate, candidateClaims) && splitClaims(production, productionClaims);
        if (!split) {
            // Not reached (the renderer writes compact objects); count the
            // token as changed rather than hide a difference.
            record(t, "", ChangeKind::Changed, production, candidate);
            return true;
        }
        matched.assign(productionClaims.size(), 0);
        bool changed = false;
        for (std::size_t i = 0; i < candidateClaims.size(); ++i) {
            const ClaimSpan& c = candidateClaims[i];
            std::size_t j = i;
            if (j >= productionClaims.size() || productionClaims[j].key != c.key) {
                j = 0;
                while (j < productionClaims.size() && productionClaims[j].key != c.key)
                    ++j;
            }
            if (j == productionClaims.size()) {
                record(t, c.key, ChangeKind::Added, std::nullopt, c.value);
                changed = true;
                continue;
            }
            matched[j] = 1;
            if (productionClaims[j].value != c.value) {
                record(t, c.key, ChangeKind::Changed, productionClaims[j].value, c.value);
                changed = true;
            }
        }
        for (std::size_t j = 0; j < productionClaims.size(); ++j) {
            if (!matched[j]) {
                record(t, productionClaims[j].key, ChangeKind::Removed, productionClaims[j].value,
                       std::nullopt);
                changed = true;
            }
        }
        return changed;
    }
};

RolloutTally::RolloutTally(const RolloutPlan& plan, RowSink* sink)
    : m(std::make_unique<State>(plan, sink))
{}

void RolloutTally::flushRows()
{
    m->flushSink();
}

RolloutTally::~RolloutTally() = default;
RolloutTally::RolloutTally(RolloutTally&&) noexcept = default;
RolloutTally& RolloutTally::operator=(RolloutTally&&) noexcept = default;

TokenOutcome RolloutTally::check(const TokenKey& token, const json::Value& context)
{
    static const tmpl::RenderOptions unchecked = sizeUnchecked();
    State& s = *m;
    TokenOutcome out;
    ++s.tokens.checked;
    s.candidate.clear();
    s.diagnostics.clear();
    if (!s.plan.candidate().renderTo(context, s.candidate, s.diagnostics, unchecked)) {
        const auto error =
            std::find_if(s.diagnostics.begin(), s.diagnostics.end(), [](const tmpl::Diagnostic& d) {
                return d.severity == tmpl::Severity::Error;
            });
        tmpl::Diagnostic unknown;
        unknown.code = "T301";
        unknown.message = "the candidate cannot be rendered for this context";
        s.fail(token, error != s.diagnostics.end() ? *error : unknown);
        out.failed = true;
        return out;
    }

    const std::size_t bytes = s.candidate.size();
    ++s.histogram[s.plan.bucketOf(bytes)];
    const TokenOrder order(token.userId, token.organizationId);
    if (s.largest.wants(std::make_tuple(std::numeric_limits<std::size_t>::max() - bytes,
                                        token.userId, token.organizationId)))
        s.largest.add({refOf(token), bytes});
    if (bytes > s.plan.budgetBytes()) {
        out.overBudget = true;
        ++s.tokens.overBudget;
        if (s.overBudgetList.wants(order))
            s.overBudgetList.add({refOf(token), bytes});
    }
    if (bytes > s.plan.limitBytes()) {
        // Token issuance refuses these (T403): render as it does, for its message.
        ++s.tokens.overLimit;
        std::string again;
        std::vector<tmpl::Diagnostic> found;
        s.plan.candidate().renderTo(context, again, found);
        const auto error = std::find_if(found.begin(), found.end(), [](const tmpl::Diagnostic& d) {
            return d.severity == tmpl::Severity::Error && d.code == "T403";
        });
        tmpl::Diagnostic over;
        over.code = "T403";
        over.message = "the rendered claims are " + std::to_string(bytes) +
                       " bytes, over the limit of " + std::to_string(s.plan.limitBytes()) +
                       " bytes";
        s.fail(token, error != found.end() ? *error : over);
        out.failed = true;
        return out;
    }

    s.production.clear();
    if (const tmpl::Template* production = s.plan.production()) {
        s.diagnostics.clear();
        if (!production->renderTo(context, s.production, s.diagnostics, unchecked)) {
            ++s.tokens.productionFailed;
            s.production.assign("{}");
        }
    } else {
        s.production.assign("{}");
    }
    if (s.candidate != s.production && s.compare(token)) {
        out.changed = true;
        ++s.tokens.changed;
    }
    return out;
}

void RolloutTally::addUser(const TokenOutcome& outcome)
{
    State& s = *m;
    ++s.users;
    if (outcome.failed)
        ++s.usersFailed;
    else if (outcome.changed)
        ++s.usersChanged;
    if (outcome.overBudget)
        ++s.usersOverBudget;
}

void RolloutTally::merge(RolloutTally&& other)
{
    State& s = *m;
    State& o = *other.m;
    o.flushSink();
    s.users += o.users;
    s.usersChanged += o.usersChanged;
    s.usersFailed += o.usersFailed;
    s.usersOverBudget += o.usersOverBudget;
    s.tokens.checked += o.tokens.checked;
    s.tokens.changed += o.tokens.changed;
    s.tokens.failed += o.tokens.failed;
    s.tokens.overBudget += o.tokens.overBudget;
    s.tokens.overLimit += o.tokens.overLimit;
    s.tokens.productionFailed += o.tokens.productionFailed;
    for (ClaimSlot& from : o.claims) {
        ClaimSlot& to = s.slot(from.escaped);
        for (std::size_t k = 0; k < kKinds; ++k) {
            to.tokens[k] += from.tokens[k];
            to.examples[k].merge(std::move(from.examples[k]));
        }
    }
    for (auto& [key, from] : o.kinds) {
        auto [it, added] = s.kinds.try_emplace(key, from);
        if (added)
            continue;
        KindTally& to = it->second;
        if (TokenOrder(from.firstUser, from.firstOrganization) <
            TokenOrder(to.firstUser, to.firstOrganization)) {
            to.claim = from.claim;
            to.message = from.message;
            to.firstUser = from.firstUser;
            to.firstOrganization = from.firstOrganization;
        }
        to.tokens += from.tokens;
    }
    s.failures.merge(std::move(o.failures));
    s.overBudgetList.merge(std::move(o.overBudgetList));
    s.largest.merge(std::move(o.largest));
    s.rows.merge(std::move(o.rows));
    s.rowsSeen += o.rowsSeen;
    for (std::size_t i = 0; i < s.histogram.size(); ++i)
        s.histogram[i] += o.histogram[i];
}

void RolloutTally::finish(RolloutReport& report)
{
    State& s = *m;
    s.flushSink();
    report.usersChecked = s.users;
    report.failed = s.usersFailed;
    report.changed = s.usersChanged;
    report.unchanged = s.users - s.usersFailed - s.usersChanged;
    report.overBudget = s.usersOverBudget;
    report.tokens = s.tokens;

    std::sort(s.claims.begin(), s.claims.end(), [&](const ClaimSlot& a, const ClaimSlot& b) {
        return std::make_tuple(s.plan.claimRank(a.escaped), a.name) <
               std::make_tuple(s.plan.claimRank(b.escaped), b.name);
    });
    report.claimChanges.clear();
    for (ClaimSlot& slot : s.claims) {
        for (std::size_t k = 0; k < kKinds; ++k) {
            if (slot.tokens[k] == 0)
                continue;
            report.claimChanges.push_back(
                {slot.name, static_cast<ChangeKind>(k), slot.tokens[k], slot.examples[k].take()});
        }
    }

    report.failureKinds.clear();
    for (auto& [key, k] : s.kinds)
        report.failureKinds.push_back(
            {std::get<2>(key), std::get<0>(key), std::get<1>(key), k.claim, k.message, k.tokens});
    std::stable_sort(
        report.failureKinds.begin(), report.failureKinds.end(),
        [](const FailureKind& a, const FailureKind& b) { return a.tokens > b.tokens; });
    report.failures = s.failures.take();

    report.budgetBytes = s.plan.budgetBytes();
    report.limitBytes = s.plan.limitBytes();
    report.histogram = s.plan.emptyHistogram();
    for (std::size_t i = 0; i < report.histogram.size(); ++i)
        report.histogram[i].tokens = s.histogram[i];
    report.overBudgetList = s.overBudgetList.take();
    report.largest = s.largest.take();
    report.rows = s.rows.take();
    report.rowsComplete = s.rowsSeen <= static_cast<std::int64_t>(report.rows.size());
}

} // namespace claimsmith::rollout
