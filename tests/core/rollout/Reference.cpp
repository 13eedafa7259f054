#include "Reference.h"

#include "TestSupport.h"
#include "issue/ContextBuilder.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QTest>

#include <algorithm>

namespace claimsmith::test {

namespace {

template <typename T, typename Query, typename Find>
std::vector<T> everything(Query q, Find&& find)
{
    std::vector<T> all;
    q.limit = 7; // small pages: the reference walks them one by one too
    for (;;) {
        auto page = find(q);
        if (!page)
            qFatal("reference: %s", page.error().message.c_str());
        for (T& item : page->items)
            all.push_back(std::move(item));
        if (page->next.empty())
            return all;
        q.after = page->next;
    }
}

const json::Value* member(const json::Value& object, const std::string& key)
{
    return object.find(key);
}

} // namespace

Reference referenceCheck(store::Store& s, const tmpl::Template& candidate,
                         const tmpl::Template* production, const model::Application* app)
{
    Reference r;
    issue::ContextBuilder whole; // every field, not only the used ones
    whole.setRoles(s.roles().value());
    tmpl::RenderOptions unchecked;
    unchecked.checkSize = false;
    const std::size_t budget = candidate.profile().sizeWarningBytes;
    const std::size_t limit = candidate.profile().sizeErrorBytes;

    store::UserQuery uq;
    uq.sort = store::UserSort::CreatedAt;
    const auto users =
        everything<model::User>(uq, [&](const store::UserQuery& q) { return s.findUsers(q); });
    for (const model::User& u : users) {
        store::MembershipQuery mq;
        mq.userId = u.id;
        const auto memberships = everything<model::Membership>(
            mq, [&](const store::MembershipQuery& q) { return s.findMemberships(q); });
        std::vector<std::optional<model::Membership>> tokens;
        for (const model::Membership& m : memberships)
            tokens.emplace_back(m);
        if (tokens.empty())
            tokens.emplace_back(std::nullopt);

        bool userFailed = false, userChanged = false, userOver = false;
        for (const std::optional<model::Membership>& m : tokens) {
            std::optional<model::Organization> org;
            if (m)
                org = s.organization(m->organizationId).value();
            const json::Value context =
                whole.build(u, org ? &*org : nullptr, m ? &*m : nullptr, app, nullptr);
            const std::string orgId = m ? m->organizationId : std::string();
            ++r.tokens.checked;
            const tmpl::RenderResult c = candidate.render(context, unchecked);
            if (!c.ok) {
                const auto e = std::find_if(
                    c.diagnostics.begin(), c.diagnostics.end(),
                    [](const tmpl::Diagnostic& d) { return d.severity == tmpl::Severity::Error; });
                if (e == c.diagnostics.end())
                    qFatal("reference: a failed render without an error");
                r.failures.push_back({u.id, orgId, e->code, e->start.line, e->start.column});
                ++r.tokens.failed;
                userFailed = true;
                continue;
            }
            r.sizes.push_back({u.id, orgId, c.json.size()});
            if (c.json.size() > budget) {
                ++r.tokens.overBudget;
                userOver = true;
            }
            if (c.json.size() > limit) {
                ++r.tokens.overLimit;
                // Token issuance refuses it; where the renderer says.
                const tmpl::RenderResult checked = candidate.render(context);
                const auto e =
                    std::find_if(checked.diagnostics.begin(), checked.diagnostics.end(),
                                 [](const tmpl::Diagnostic& d) { return d.code == "T403"; });
                if (e == checked.diagnostics.end())
                    qFatal("reference: no T403 over the limit");
                r.failures.push_back({u.id, orgId, "T403", e->start.line, e->start.column});
                ++r.tokens.failed;
                userFailed = true;
                continue;
            }
            json::Value before = json::Value(json::Object{});
            if (production) {
                const tmpl::RenderResult p = production->render(context, unchecked);
                if (p.ok)
                    before = json::parse(p.json).value;
                else
                    ++r.tokens.productionFailed;
            }
            const json::Value after = json::parse(c.json).value;
            bool changed = false;
            for (const json::Member& a : after.object()) {
                const json::Value* b = member(before, a.key);
                if (!b) {
                    r.changes[{a.key, "added"}].push_back(
                        {u.id, orgId, std::nullopt, json::toString(a.value)});
                    changed = true;
                } else if (*b != a.value) {
                    r.changes[{a.key, "changed"}].push_back(
                        {u.id, orgId, json::toString(*b), json::toString(a.value)});
                    changed = true;
                }
            }
            for (const json::Member& b : before.object()) {
                if (!member(after, b.key)) {
                    r.changes[{b.key, "removed"}].push_back(
                        {u.id, orgId, json::toString(b.value), std::nullopt});
                    changed = true;
                }
            }
            if (changed) {
                ++r.tokens.changed;
                userChanged = true;
            }
        }
        ++r.users;
        if (userFailed)
            ++r.failed;
        else if (userChanged)
            ++r.changed;
        else
            ++r.unchanged;
        if (userOver)
            ++r.overBudget;
    }
    auto byToken = [](const auto& a, const auto& b) {
        return std::tie(a.userId, a.organizationId) < std::tie(b.userId, b.organizationId);
    };
    for (auto& [key, list] : r.changes)
        std::sort(list.begin(), list.end(), byToken);
    std::sort(r.failures.begin(), r.failures.end(), byToken);
    std::sort(r.sizes.begin(), r.sizes.end());
    return r;
}

void compareWithReference(const rollout::RolloutReport& report, const Reference& e,
                          const rollout::ReportLimits& limits)
{
    QCOMPARE(report.usersChecked, e.users);
    QCOMPARE(report.changed, e.changed);
    QCOMPARE(report.failed, e.failed);
    QCOMPARE(report.overBudget, e.overBudget);
    QCOMPARE(report.unchanged, e.unchanged);
    QCOMPARE(report.usersChecked, report.changed + report.failed + report.unchanged);
    QCOMPARE(report.tokens.checked, e.tokens.checked);
    QCOMPARE(report.tokens.changed, e.tokens.changed);
    QCOMPARE(report.tokens.failed, e.tokens.failed);
    QCOMPARE(report.tokens.overBudget, e.tokens.overBudget);
    QCOMPARE(report.tokens.overLimit, e.tokens.overLimit);
    QCOMPARE(report.tokens.productionFailed, e.tokens.productionFailed);

    // Every claim change, with the first examples by user id.
    QCOMPARE(report.claimChanges.size(), e.changes.size());
    for (const rollout::ClaimChange& c : report.claimChanges) {
        const auto found = e.changes.find({c.claim, rollout::changeKindName(c.kind)});
        QVERIFY2(found != e.changes.end(), (c.claim + " " + rollout::changeKindName(c.kind) +
                                            " is not a change the reference found")
                                               .c_str());
        const auto& list = found->second;
        QCOMPARE(c.tokens, static_cast<std::int64_t>(list.size()));
        QCOMPARE(c.examples.size(), std::min(limits.examples, list.size()));
        for (std::size_t i = 0; i < c.examples.size(); ++i) {
            QCOMPARE(c.examples[i].token.userId, list[i].userId);
            QCOMPARE(c.examples[i].token.organizationId, list[i].organizationId);
            QCOMPARE(c.examples[i].before, list[i].before);
            QCOMPARE(c.examples[i].after, list[i].after);
            QVERIFY(!c.examples[i].token.email.empty());
        }
    }

    QCOMPARE(report.failures.size(), std::min(limits.failures, e.failures.size()));
    for (std::size_t i = 0; i < report.failures.size(); ++i) {
        QCOMPARE(report.failures[i].token.userId, e.failures[i].userId);
        QCOMPARE(report.failures[i].token.organizationId, e.failures[i].organizationId);
        QCOMPARE(report.failures[i].code, e.failures[i].code);
        QCOMPARE(report.failures[i].line, e.failures[i].line);
        QCOMPARE(report.failures[i].column, e.failures[i].column);
    }
    std::int64_t kindTokens = 0;
    for (const rollout::FailureKind& k : report.failureKinds)
        kindTokens += k.tokens;
    QCOMPARE(kindTokens, e.tokens.failed);

    // The histogram counts every rendered token once, in its bucket.
    std::int64_t histogramTokens = 0;
    for (const rollout::SizeBucket& b : report.histogram) {
        const auto inBucket = std::count_if(e.sizes.begin(), e.sizes.end(), [&](const auto& t) {
            return t.bytes >= b.min && (!b.max || t.bytes <= *b.max);
        });
        QCOMPARE(b.tokens, static_cast<std::int64_t>(inBucket));
        histogramTokens += b.tokens;
    }
    QCOMPARE(histogramTokens, static_cast<std::int64_t>(e.sizes.size()));

    std::vector<ReferenceToken> over;
    for (const ReferenceToken& t : e.sizes) {
        if (t.bytes > report.budgetBytes)
            over.push_back(t);
    }
    QCOMPARE(report.overBudgetList.size(), std::min(limits.overBudget, over.size()));
    for (std::size_t i = 0; i < report.overBudgetList.size(); ++i) {
        QCOMPARE(report.overBudgetList[i].token.userId, over[i].userId);
        QCOMPARE(report.overBudgetList[i].bytes, over[i].bytes);
    }

    std::vector<ReferenceToken> largest = e.sizes;
    std::sort(largest.begin(), largest.end(), [](const auto& a, const auto& b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a < b;
    });
    QCOMPARE(report.largest.size(), std::min(limits.largest, largest.size()));
    for (std::size_t i = 0; i < report.largest.size(); ++i) {
        QCOMPARE(report.largest[i].token.userId, largest[i].userId);
        QCOMPARE(report.largest[i].token.organizationId, largest[i].organizationId);
        QCOMPARE(report.largest[i].bytes, largest[i].bytes);
    }
}

} // namespace claimsmith::test
