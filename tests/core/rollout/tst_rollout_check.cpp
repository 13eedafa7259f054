// The rollout check on small stores built here, where every figure can be
// worked out by hand: changes per claim, failures with their code and
// place, the size budget and limit, no production version, a stored
// candidate, the application of the contexts and the errors it gives.

#include "Reference.h"
#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "rollout/RolloutCheck.h"

#include <QTest>

#include <algorithm>

using namespace claimsmith;
using store::ErrorKind;

namespace {

template <typename T>
T must(store::Result<T> r)
{
    if (!r)
        qFatal("store: %s", r.error().message.c_str());
    return std::move(r).value();
}

rollout::RolloutReport run(store::Store& s, rollout::RolloutOptions o)
{
    store::Result<rollout::RolloutReport> r = rollout::RolloutCheck(std::move(o)).run(s);
    if (!r)
        qFatal("rollout check: %s", r.error().message.c_str());
    return std::move(r).value();
}

// Three users: Ada in two organizations (one with a tier), Bob in none,
// Cy in the organization with a tier.
struct SmallWorld
{
    SmallWorld()
    {
        must(s->createPermission({"docs:read", "", "", 0}));
        must(s->createRole({"reader", "", "", {"docs:read"}, 0}));
        model::Organization a;
        a.name = "Acme";
        a.metadata = json::parse(R"({"tier":"gold","seats":"12"})").value;
        acme = must(s->createOrganization(a));
        model::Organization b;
        b.name = "Beta";
        b.metadata = json::parse(R"({"seats":"many"})").value;
        beta = must(s->createOrganization(b));
        ada = user("ada@example.com", "Ada");
        bob = user("bob@example.com", "Bob");
        cy = user("cy@example.com", std::nullopt);
        member(ada, acme);
        member(ada, beta);
        member(cy, acme);
    }

    model::User user(const std::string& email, std::optional<std::string> first)
    {
        model::User u;
        u.email = email;
        u.firstName = std::move(first);
        return must(s->createUser(u));
    }

    void member(const model::User& u, const model::Organization& o)
    {
        model::Membership m;
        m.userId = u.id;
        m.organizationId = o.id;
        m.roles = {"reader"};
        must(s->createMembership(m));
    }

    void production(const std::string& text)
    {
        const model::Template t = must(s->createTemplate("t", text, "first"));
        must(s->promoteTemplate("t", 1, "production", t.version, ""));
    }

    test::TempStore s;
    model::Organization acme, beta;
    model::User ada, bob, cy;
};

} // namespace

class TestRolloutCheck : public QObject
{
    Q_OBJECT

private slots:
    void handBuiltStore();
    void failuresNameCodeAndPlace();
    void overBudgetAndOverLimit();
    void withoutProductionEveryClaimIsAdded();
    void candidateFromAStoredVersion();
    void applicationOfTheTemplate();
    void errors();
};

void TestRolloutCheck::handBuiltStore()
{
    SmallWorld w;
    w.production(
        R"({"urn:t": {{ organization.metadata.tier }}, "urn:n": "{{ user.first_name }}"})");
    rollout::RolloutOptions o;
    o.templateName = "t";
    o.candidateText =
        R"({"urn:t": {{ organization.metadata.tier || 'bronze' }}, "urn:e": {{ user.email }}})";
    const rollout::RolloutReport r = run(w.s.get(), o);
    // Tokens: ada/acme, ada/beta, bob/(none), cy/acme.
    QCOMPARE(r.tokens.checked, std::int64_t(4));
    QCOMPARE(r.usersChecked, std::int64_t(3));
    QCOMPARE(r.changed, std::int64_t(3)); // "urn:e" is added for everyone
    QCOMPARE(r.unchanged, std::int64_t(0));
    QCOMPARE(r.failed, std::int64_t(0));
    QVERIFY(r.applicationId.empty()); // the store has no application
    auto find = [&](const std::string& claim, rollout::ChangeKind kind) {
        for (const rollout::ClaimChange& c : r.claimChanges) {
            if (c.claim == claim && c.kind == kind)
                return c;
        }
        return rollout::ClaimChange{};
    };
    // tier: gold stays gold at Acme; missing becomes "bronze" at Beta and for Bob.
    const rollout::ClaimChange tier = find("urn:t", rollout::ChangeKind::Added);
    QCOMPARE(tier.tokens, std::int64_t(2));
    const rollout::ClaimChange email = find("urn:e", rollout::ChangeKind::Added);
    QCOMPARE(email.tokens, std::int64_t(4));
    // "urn:n" is removed everywhere: for Cy it was "" (null in a string is empty text).
    const rollout::ClaimChange name = find("urn:n", rollout::ChangeKind::Removed);
    QCOMPARE(name.tokens, std::int64_t(4));
    QCOMPARE(r.claimChanges.size(), std::size_t(3));
    QCOMPARE(r.claimChanges[0].claim, std::string("urn:t"));
    QCOMPARE(r.claimChanges[1].claim, std::string("urn:e"));
    QCOMPARE(r.claimChanges[2].claim, std::string("urn:n"));
    // Bob's token has no organization; examples are by user id.
    bool bobSeen = false;
    for (const rollout::ClaimExample& e : tier.examples) {
        QCOMPARE(e.after, std::optional<std::string>("\"bronze\""));
        QCOMPARE(e.before, std::optional<std::string>());
        if (e.token.userId == w.bob.id) {
            bobSeen = true;
            QVERIFY(e.token.organizationId.empty());
            QCOMPARE(e.token.email, w.bob.email);
        } else {
            QCOMPARE(e.token.organizationId, w.beta.id);
        }
    }
    QVERIFY(bobSeen);
    QVERIFY(std::is_sorted(email.examples.begin(), email.examples.end(),
                           [](const auto& a, const auto& b) {
                               return std::tie(a.token.userId, a.token.organizationId) <
                                      std::tie(b.token.userId, b.token.organizationId);
                           }));
    // One CSV row per changed claim of a token.
    QCOMPARE(r.rows.size(), std::size_t(2 + 4 + 4));
    QVERIFY(r.rowsComplete);

    const tmpl::Template candidate = tmpl::Template::compile(*o.candidateText);
    const tmpl::Template production = tmpl::Template::compile(
        R"({"urn:t": {{ organization.metadata.tier }}, "urn:n": "{{ user.first_name }}"})");
    test::compareWithReference(r, test::referenceCheck(w.s.get(), candidate, &production, nullptr),
                               o.limits);
}

void TestRolloutCheck::failuresNameCodeAndPlace()
{
    SmallWorld w;
    w.production(R"({"urn:seats": {{ organization.metadata.seats }}})");
    rollout::RolloutOptions o;
    o.templateName = "t";
    // "12" converts, "many" does not; without an organization the path is
    // missing and the filter gives missing, not an error.
    o.candidateText = "{\n  \"urn:seats\":\n    {{ organization.metadata.seats | to_number }}\n}";
    const rollout::RolloutReport r = run(w.s.get(), o);
    QCOMPARE(r.tokens.failed, std::int64_t(1));
    QCOMPARE(r.failed, std::int64_t(1)); // Ada, through Beta
    QCOMPARE(r.failures.size(), std::size_t(1));
    const rollout::RenderFailure& f = r.failures[0];
    QCOMPARE(f.token.userId, w.ada.id);
    QCOMPARE(f.token.organizationId, w.beta.id);
    QCOMPARE(f.code, std::string("T301"));
    QCOMPARE(f.line, 3);
    QVERIFY(f.column > 1);
    QCOMPARE(f.claim, std::string("urn:seats"));
    QVERIFY2(f.message.find("many") != std::string::npos, f.message.c_str());
    QCOMPARE(r.failureKinds.size(), std::size_t(1));
    QCOMPARE(r.failureKinds[0].tokens, std::int64_t(1));
    // "12" became 12 at Acme (Ada and Cy): changed.
    QCOMPARE(r.changed, std::int64_t(1));   // Cy; Ada counts as failed
    QCOMPARE(r.unchanged, std::int64_t(1)); // Bob
    QCOMPARE(r.claimChanges.size(), std::size_t(1));
    QCOMPARE(r.claimChanges[0].tokens, std::int64_t(2));
    QCOMPARE(r.claimChanges[0].examples[0].before, std::optional<std::string>("\"12\""));
    QCOMPARE(r.claimChanges[0].examples[0].after, std::optional<std::string>("12"));
    const auto failedRow = std::find_if(r.rows.begin(), r.rows.end(),
                                        [](const auto& row) { return row.change == "failed"; });
    QVERIFY(failedRow != r.rows.end());
    QVERIFY2(failedRow->error.rfind("T301 at 3:", 0) == 0, failedRow->error.c_str());
}

void TestRolloutCheck::overBudgetAndOverLimit()
{
    SmallWorld w;
    w.production(R"({"urn:n": "{{ user.first_name }}"})");
    // Bob's blob puts him over the budget, Cy's over the limit.
    model::User bob = w.bob;
    bob.metadata = json::Value::object({{"blob", std::string(1500, 'b')}});
    must(w.s->updateUser(bob));
    model::User cy = w.cy;
    cy.metadata = json::Value::object({{"blob", std::string(4000, 'c')}});
    must(w.s->updateUser(cy));
    rollout::RolloutOptions o;
    o.templateName = "t";
    o.candidateText = R"({"urn:n": "{{ user.first_name }}", "urn:blob": {{ user.metadata.blob }}})";
    const rollout::RolloutReport r = run(w.s.get(), o);
    QCOMPARE(r.overBudget, std::int64_t(2));
    QCOMPARE(r.tokens.overBudget, std::int64_t(2));
    QCOMPARE(r.tokens.overLimit, std::int64_t(1));
    QCOMPARE(r.failed, std::int64_t(1)); // Cy's token cannot be issued
    QCOMPARE(r.failures[0].code, std::string("T403"));
    QCOMPARE(r.failures[0].token.userId, w.cy.id);
    QCOMPARE(r.failures[0].claim, std::string("urn:blob"));
    QCOMPARE(r.overBudgetList.size(), std::size_t(2));
    QCOMPARE(r.largest.front().token.userId, w.cy.id);
    QVERIFY(r.largest.front().bytes > 4000);
    QCOMPARE(r.largest[1].token.userId, w.bob.id);
    QVERIFY(r.largest[1].bytes > 1500 && r.largest[1].bytes < 3072);
    // The budget is a bucket boundary; the open bucket holds Cy.
    const auto edge = std::find_if(r.histogram.begin(), r.histogram.end(),
                                   [](const auto& b) { return b.max == std::size_t(1200); });
    QVERIFY(edge != r.histogram.end());
    QVERIFY(!r.histogram.back().max);
    QCOMPARE(r.histogram.back().tokens, std::int64_t(1));

    const tmpl::Template candidate = tmpl::Template::compile(*o.candidateText);
    const tmpl::Template production =
        tmpl::Template::compile(R"({"urn:n": "{{ user.first_name }}"})");
    test::compareWithReference(r, test::referenceCheck(w.s.get(), candidate, &production, nullptr),
                               o.limits);
}

void TestRolloutCheck::withoutProductionEveryClaimIsAdded()
{
    SmallWorld w;
    const model::Template t = must(w.s->createTemplate("t", R"({"urn:a": 1})", "not promoted"));
    QVERIFY(!t.productionVersion);
    rollout::RolloutOptions o;
    o.templateName = "t";
    o.candidateText = R"({"urn:a": 1, "urn:e": {{ user.email }}})";
    const rollout::RolloutReport r = run(w.s.get(), o);
    QVERIFY(!r.productionVersion);
    QCOMPARE(r.changed, std::int64_t(3));
    QCOMPARE(r.claimChanges.size(), std::size_t(2));
    for (const rollout::ClaimChange& c : r.claimChanges) {
        QCOMPARE(c.kind, rollout::ChangeKind::Added);
        QCOMPARE(c.tokens, std::int64_t(4));
    }
    // Naming a production version compares with it instead.
    o.productionVersion = 1;
    const rollout::RolloutReport withOne = run(w.s.get(), o);
    QCOMPARE(withOne.productionVersion, std::optional<int>(1));
    QCOMPARE(withOne.claimChanges.size(), std::size_t(1));
    QCOMPARE(withOne.claimChanges[0].claim, std::string("urn:e"));
}

void TestRolloutCheck::candidateFromAStoredVersion()
{
    SmallWorld w;
    w.production(R"({"urn:n": "{{ user.first_name }}"})");
    const model::Template t = must(w.s->templateByName("t"));
    must(w.s->addTemplateVersion("t", R"({"urn:n": "{{ user.first_name | upcase }}"})", "loud",
                                 t.version));
    rollout::RolloutOptions o;
    o.templateName = "t";
    o.candidateVersion = 2;
    const rollout::RolloutReport r = run(w.s.get(), o);
    QCOMPARE(r.candidateVersion, std::optional<int>(2));
    QCOMPARE(r.productionVersion, std::optional<int>(1));
    QCOMPARE(r.changed, std::int64_t(2)); // Ada and Bob; Cy has no first name
    QCOMPARE(r.claimChanges.size(), std::size_t(1));
    QCOMPARE(r.claimChanges[0].kind, rollout::ChangeKind::Changed);
    const std::optional<std::string> after = r.claimChanges[0].examples[0].after;
    QVERIFY(after == std::optional<std::string>("\"ADA\"") ||
            after == std::optional<std::string>("\"BOB\""));
}

void TestRolloutCheck::applicationOfTheTemplate()
{
    SmallWorld w;
    w.production(R"({"urn:c": {{ application.client_id }}})");
    model::Application other;
    other.name = "Other";
    other.clientId = "other-client";
    other.templateName = "elsewhere";
    must(w.s->createApplication(other));
    model::Application mine;
    mine.name = "Mine";
    mine.clientId = "my-client";
    mine.templateName = "t";
    const model::Application created = must(w.s->createApplication(mine));
    rollout::RolloutOptions o;
    o.templateName = "t";
    o.candidateText = R"({"urn:c": {{ application.client_id | upcase }}})";
    const rollout::RolloutReport r = run(w.s.get(), o);
    QCOMPARE(r.applicationId, created.id);
    QCOMPARE(r.claimChanges.size(), std::size_t(1));
    QCOMPARE(r.claimChanges[0].examples[0].before, std::optional<std::string>("\"my-client\""));
    QCOMPARE(r.claimChanges[0].examples[0].after, std::optional<std::string>("\"MY-CLIENT\""));
    o.application = "other-client";
    QCOMPARE(run(w.s.get(), o).claimChanges[0].examples[0].before,
             std::optional<std::string>("\"other-client\""));
}

void TestRolloutCheck::errors()
{
    SmallWorld w;
    w.production(R"({"urn:n": 1})");
    auto check = [&](rollout::RolloutOptions o) { return rollout::RolloutCheck(o).run(w.s.get()); };
    rollout::RolloutOptions o;
    o.templateName = "nope";
    o.candidateVersion = 1;
    auto r = check(o);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QCOMPARE(r.error().field, std::string("template"));
    QVERIFY2(r.error().message.find("\"nope\"") != std::string::npos &&
                 r.error().message.find("the store has: t") != std::string::npos,
             r.error().message.c_str());

    o.templateName = "t";
    o.candidateVersion = 9;
    r = check(o);
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QCOMPARE(r.error().field, std::string("version"));
    QVERIFY2(r.error().message.find("no version 9") != std::string::npos,
             r.error().message.c_str());

    o.candidateVersion.reset();
    o.candidateText = "{\n  \"urn:a\": {{ usr.email }},\n  \"iss\": 1\n}";
    r = check(o);
    QCOMPARE(r.error().kind, ErrorKind::Invalid);
    QCOMPARE(r.error().field, std::string("candidate"));
    QVERIFY2(r.error().message.find("2:15:") != std::string::npos &&
                 r.error().message.find("[T101]") != std::string::npos &&
                 r.error().message.find("3:3:") != std::string::npos &&
                 r.error().message.find("[T401]") != std::string::npos,
             r.error().message.c_str());

    o.candidateText = R"({"urn:a": 1})";
    o.candidateVersion = 1;
    r = check(o);
    QCOMPARE(r.error().kind, ErrorKind::Invalid); // both given

    o.candidateVersion.reset();
    o.productionVersion = 4;
    r = check(o);
    QCOMPARE(r.error().field, std::string("production_version"));

    o.productionVersion.reset();
    o.application = "no-such-client";
    r = check(o);
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QCOMPARE(r.error().field, std::string("application"));
}

QTEST_GUILESS_MAIN(TestRolloutCheck)
#include "tst_rollout_check.moc"
