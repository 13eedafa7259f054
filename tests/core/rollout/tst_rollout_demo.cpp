// The rollout check on a demo store (a few thousand users with several
// memberships each, metadata, SSO attributes): the report against a plain
// single-threaded computation, the same report whatever the threads and page
// sizes, progress and cancel, and the store query that reads memberships.

#include "Reference.h"
#include "TempStore.h"
#include "TestSupport.h"
#include "rollout/ReportCsv.h"
#include "rollout/RolloutCheck.h"
#include "rollout/RowSpill.h"
#include "store/demo/Demo.h"
#include "store/io/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <atomic>
#include <map>
#include <set>

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

// The demo template with changes that touch some users only: a fallback
// that differs (theme), a claim removed (title: SSO users only), a claim
// added (the organization's tier, where it has one) and a conversion that
// fails where the user has a cost center ("CC-1010" is no number).
std::string demoCandidate()
{
    std::string t(demo::demoTemplate());
    auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = t.find(from);
        if (at == std::string::npos)
            qFatal("the demo template has no %s", from.c_str());
        t.replace(at, from.size(), to);
    };
    replace("user.user_metadata.theme || 'system'", "user.user_metadata.theme || 'light'");
    replace("  \"urn:demo:title\": {{ user.sso_attributes.title }},\n", "");
    replace("  \"urn:demo:sign_in\"",
            "  \"urn:demo:org_tier\": {{ organization.metadata.tier | upcase }},\n"
            "  \"urn:demo:cost_center_number\": {{ user.metadata.cost_center | to_number }},\n"
            "  \"urn:demo:sign_in\"");
    return t;
}

rollout::RolloutReport run(store::Store& s, rollout::RolloutOptions o)
{
    store::Result<rollout::RolloutReport> r = rollout::RolloutCheck(std::move(o)).run(s);
    if (!r)
        qFatal("rollout check: %s", r.error().message.c_str());
    return std::move(r).value();
}

// A report without what differs from run to run.
rollout::RolloutReport comparable(rollout::RolloutReport r)
{
    r.durationMs = 0;
    return r;
}

} // namespace
class TestRolloutDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoStoreMatchesThePlainComputation();
    void sameReportWhateverTheThreads();
    void smallPagesAndMembershipPages();
    void progressIsMonotoneAndReachesTotal();
    void csvExportHasEveryRow();
    void cancelStopsEarlyAndSaysSo();
    void cancelBeforeStart();
    void membershipsOfManyUsers();

private:
    test::TempStore* m_demo = nullptr;
    tmpl::Template m_production;
};

void TestRolloutDemo::initTestCase()
{
    m_demo = new test::TempStore;
    demo::DemoOptions o;
    o.users = 2500;
    o.organizations = 40;
    o.seed = 7;
    QVERIFY(!demo::generateDemo(m_demo->get(), o));
    m_production = tmpl::Template::compile(demo::demoTemplate());
    QVERIFY(!m_production.hasErrors());
}

void TestRolloutDemo::cleanupTestCase()
{
    delete m_demo;
}

void TestRolloutDemo::demoStoreMatchesThePlainComputation()
{
    store::Store& s = m_demo->get();
    const std::string candidateText = demoCandidate();
    const tmpl::Template candidate = tmpl::Template::compile(candidateText);
    QVERIFY(!candidate.hasErrors());
    const auto apps = must(s.applications());
    QCOMPARE(apps.size(), std::size_t(1));

    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateText = candidateText;
    o.threads = 2;
    const rollout::RolloutReport report = run(s, o);
    QCOMPARE(report.templateName, std::string("default"));
    QCOMPARE(report.productionVersion, std::optional<int>(1));
    QCOMPARE(report.candidateVersion, std::optional<int>());
    QCOMPARE(report.applicationId, apps[0].id);
    QVERIFY(!report.cancelled);

    const test::Reference expected = test::referenceCheck(s, candidate, &m_production, &apps[0]);
    test::compareWithReference(report, expected, o.limits);
    if (QTest::currentTestFailed())
        return;
    // The candidate touches some users, not all, and fails for some.
    QCOMPARE(report.usersChecked, std::int64_t(2500));
    QVERIFY(report.tokens.checked > report.usersChecked); // some have several memberships
    QVERIFY(report.changed > 0 && report.unchanged > 0 && report.failed > 0);
    QVERIFY(report.failed < report.usersChecked / 2);
    std::set<std::string> kinds;
    for (const rollout::ClaimChange& c : report.claimChanges)
        kinds.insert(c.claim + " " + rollout::changeKindName(c.kind));
    QVERIFY(kinds.count("urn:demo:theme changed"));
    QVERIFY(kinds.count("urn:demo:title removed"));
    QVERIFY(kinds.count("urn:demo:org_tier added"));
    // In the candidate's claim order, then what only production sets.
    QCOMPARE(report.claimChanges.back().claim, std::string("urn:demo:title"));
    QCOMPARE(report.failureKinds.size(), std::size_t(1));
    QCOMPARE(report.failureKinds[0].code, std::string("T301"));
    QCOMPARE(report.failureKinds[0].claim, std::string("urn:demo:cost_center_number"));
    QCOMPARE(report.budgetBytes, std::size_t(1200));
    QCOMPARE(report.overBudget, std::int64_t(0)); // demo tokens are 400-700 bytes
}

void TestRolloutDemo::sameReportWhateverTheThreads()
{
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateText = demoCandidate();
    o.limits.rows = 50; // a truncated list must be the same too
    o.threads = 1;
    const rollout::RolloutReport one = comparable(run(m_demo->get(), o));
    o.threads = 2;
    const rollout::RolloutReport two = comparable(run(m_demo->get(), o));
    o.threads = 5;
    o.usersPerBatch = 13;
    const rollout::RolloutReport five = comparable(run(m_demo->get(), o));
    QVERIFY(one.changed > 0);
    QCOMPARE(one.rows.size(), std::size_t(50));
    QVERIFY(!one.rowsComplete);
    QVERIFY(one == two);
    QVERIFY(one == five);
}

void TestRolloutDemo::smallPagesAndMembershipPages()
{
    // Pages of 1,000 users hold more than 1,000 memberships: those are read
    // in several pages; pages of 3 users split every boundary.
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateText = demoCandidate();
    o.threads = 2;
    const rollout::RolloutReport base = comparable(run(m_demo->get(), o));
    o.usersPerBatch = 1000;
    QVERIFY(comparable(run(m_demo->get(), o)) == base);
    o.usersPerBatch = 3;
    QVERIFY(comparable(run(m_demo->get(), o)) == base);
}

void TestRolloutDemo::progressIsMonotoneAndReachesTotal()
{
    std::vector<std::pair<std::int64_t, std::int64_t>> calls;
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateVersion = 1;
    o.threads = 2;
    o.usersPerBatch = 100;
    o.progress = [&](std::int64_t done, std::int64_t total) { calls.emplace_back(done, total); };
    const rollout::RolloutReport r = run(m_demo->get(), o);
    QVERIFY(calls.size() >= 2);
    for (std::size_t i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first >= calls[i - 1].first);
        QVERIFY(calls[i].first <= calls[i].second);
    }
    QCOMPARE(calls.back().first, std::int64_t(2500));
    QCOMPARE(calls.back().second, std::int64_t(2500));
    QCOMPARE(r.usersChecked, std::int64_t(2500));
    // The candidate is the production version: nothing changes.
    QCOMPARE(r.changed, std::int64_t(0));
    QCOMPARE(r.unchanged, std::int64_t(2500));
    QVERIFY(r.claimChanges.empty());
}

void TestRolloutDemo::csvExportHasEveryRow()
{
    // The report keeps only the first rows (here 50); the spill has them all.
    store::Store& s = m_demo->get();
    const std::string candidateText = demoCandidate();
    const tmpl::Template candidate = tmpl::Template::compile(candidateText);
    const auto apps = must(s.applications());
    rollout::RowSpill spill;
    QVERIFY2(spill.ok(), spill.error().c_str());
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateText = candidateText;
    o.threads = 2;
    o.limits.rows = 50;
    o.rowSink = &spill;
    const rollout::RolloutReport report = run(s, o);
    QCOMPARE(report.rows.size(), std::size_t(50));
    QVERIFY(!report.rowsComplete);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    std::string error;
    QVERIFY2(spill.copyTo(buffer, error), error.c_str());
    buffer.close();
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    store::io::CsvReader reader(buffer);
    QCOMPARE(reader.next(), store::io::CsvReader::Status::Record);
    QCOMPARE(reader.fields()[0], std::string("user_id"));
    std::map<std::pair<std::string, std::string>, std::int64_t> perClaim;
    std::int64_t rows = 0;
    std::int64_t failed = 0;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (auto status = reader.next(); status != store::io::CsvReader::Status::End;
         status = reader.next()) {
        QCOMPARE(status, store::io::CsvReader::Status::Record);
        const std::vector<std::string>& f = reader.fields();
        QCOMPARE(f.size(), std::size_t(8));
        ++rows;
        if (f[4] == "failed")
            ++failed;
        else
            ++perClaim[{f[3], f[4]}];
        // No row twice (user, organization, claim).
        QVERIFY(seen.insert({f[0], f[2], f[3] + "/" + f[4]}).second);
    }
    QCOMPARE(rows, spill.rows());

    // Against the plain computation: every changed claim of every token,
    // every failed token.
    const test::Reference expected = test::referenceCheck(s, candidate, &m_production, &apps[0]);
    std::int64_t expectedRows = static_cast<std::int64_t>(expected.failures.size());
    for (const auto& [key, tokens] : expected.changes) {
        expectedRows += static_cast<std::int64_t>(tokens.size());
        QCOMPARE((perClaim[key]), static_cast<std::int64_t>(tokens.size()));
    }
    QCOMPARE(failed, static_cast<std::int64_t>(expected.failures.size()));
    QCOMPARE(rows, expectedRows);
    QVERIFY(rows > 50);
}

void TestRolloutDemo::cancelStopsEarlyAndSaysSo()
{
    std::atomic<bool> cancel{false};
    std::int64_t lastDone = 0;
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateText = demoCandidate();
    o.threads = 2;
    o.usersPerBatch = 50;
    o.cancel = &cancel;
    o.progress = [&](std::int64_t done, std::int64_t) {
        lastDone = done;
        if (done >= 200)
            cancel = true;
    };
    const rollout::RolloutReport r = run(m_demo->get(), o);
    QVERIFY(r.cancelled);
    QVERIFY(r.usersChecked >= 200);
    QVERIFY2(r.usersChecked < 2500, std::to_string(r.usersChecked).c_str());
    QCOMPARE(lastDone, r.usersChecked);
    QCOMPARE(r.usersChecked, r.changed + r.failed + r.unchanged);
}

void TestRolloutDemo::cancelBeforeStart()
{
    std::atomic<bool> cancel{true};
    rollout::RolloutOptions o;
    o.templateName = "default";
    o.candidateVersion = 1;
    o.cancel = &cancel;
    const rollout::RolloutReport r = run(m_demo->get(), o);
    QVERIFY(r.cancelled);
    QCOMPARE(r.usersChecked, std::int64_t(0));
    QCOMPARE(r.tokens.checked, std::int64_t(0));
}

void TestRolloutDemo::membershipsOfManyUsers()
{
    // The store query the check reads memberships with.
    store::Store& s = m_demo->get();
    store::UserQuery uq;
    uq.limit = 300;
    const auto users = must(s.findUsers(uq)).items;
    store::MembershipQuery q;
    q.limit = 100;
    std::set<std::string> wanted;
    for (const model::User& u : users) {
        q.userIds.push_back(u.id);
        wanted.insert(u.id);
    }
    std::size_t seen = 0;
    std::set<std::string> ids;
    for (;;) {
        const auto page = must(s.findMemberships(q));
        for (const model::Membership& m : page.items) {
            QVERIFY(wanted.count(m.userId));
            QVERIFY(ids.insert(m.id).second);
            ++seen;
        }
        if (page.next.empty())
            break;
        q.after = page.next;
    }
    std::size_t expected = 0;
    for (const model::User& u : users) {
        store::MembershipQuery one;
        one.userId = u.id;
        expected += must(s.findMemberships(one)).items.size();
    }
    QCOMPARE(seen, expected);
    QVERIFY(seen > users.size());

    q = {};
    q.userIds.assign(store::kMaxPageSize + 1, users[0].id);
    const auto tooMany = s.findMemberships(q);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().kind, ErrorKind::Invalid);
}
QTEST_GUILESS_MAIN(TestRolloutDemo)
#include "tst_rollout_demo.moc"
