// Rollout check figures on the store benchmark's 1,000,000-user store
// (CLAIMSMITH_BENCH_USERS overrides the size), with a candidate that changes
// claims for every user, so that every token is split and compared:
//
//   rollout.render_*  contexts already built (as the check builds them),
//                     both versions rendered and compared per token, with
//                     1 and 2 threads. Target: >= 100,000 users/s.
//   rollout.check_*   the whole check with its store reads (RolloutCheck),
//                     with 1 and 2 render threads, and the same reads alone
//                     (users and memberships, one thread): the store is read
//                     on one thread, so the check cannot beat that.
//
// The 2-thread ratios are the 2-thread rate over the 1-thread rate. On a
// shared machine, *_per_cpu_s (users per CPU-second of the render threads)
// and the load average tell how much of a difference came from the others.

#include "Bench.h"
#include "issue/ContextBuilder.h"
#include "rollout/RolloutCheck.h"
#include "rollout/RolloutTally.h"
#include "store/SqliteStore.h"

#include <QtGlobal>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace claimsmith::bench {

namespace {

using Clock = std::chrono::steady_clock;

// The production template of the bench store, with the tier given a
// fallback, the language upper-cased, a region added and the flags removed.
const char* const kCandidate = R"({
  "urn:bench:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:bench:plan": {{ user.metadata.plan || 'free' }},
  "urn:bench:tier": {{ organization.metadata.tier || 'none' }},
  "urn:bench:language": {{ user.metadata.language | upcase }},
  "urn:bench:region": {{ user.metadata.region }},
  "urn:bench:roles": {{ organization_membership.roles | map: 'slug' }}
})";

constexpr std::size_t kChunkUsers = 50000;

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The machine's load when a figure was taken: on a shared machine two
// threads get two cores only when the others leave them free.
double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

template <typename T>
T must(store::Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message);
    return std::move(r).value();
}

// Users with their tokens' contexts, built before the clock starts.
struct Chunk
{
    std::vector<model::User> users;
    std::vector<model::Membership> memberships;
    std::vector<json::Value> contexts;
    std::vector<rollout::TokenKey> keys;
    std::vector<std::size_t> firstToken; // tokens of users[i]: [firstToken[i], firstToken[i+1])
};

class ContextReader
{
public:
    ContextReader(store::Store& s, const rollout::RolloutPlan& plan)
        : m_store(s)
        , m_builder(&plan.usedFields())
    {
        m_builder.setRoles(must(s.roles(), "roles"));
        for (model::Application& a : must(s.applications(), "applications")) {
            if (a.templateName == "default" && !m_app)
                m_app = std::move(a);
        }
        store::OrganizationQuery oq;
        oq.limit = store::kMaxPageSize;
        for (model::Organization& o : must(s.findOrganizations(oq), "organizations").items)
            m_orgs.emplace(o.id, std::move(o));
        m_query.limit = store::kMaxPageSize;
    }

    // The next chunk; empty at the end.
    Chunk next()
    {
        Chunk c;
        while (!m_done && c.users.size() < kChunkUsers) {
            store::Page<model::User> page = must(m_store.findUsers(m_query), "users");
            store::MembershipQuery mq;
            mq.limit = store::kMaxPageSize;
            for (const model::User& u : page.items)
                mq.userIds.push_back(u.id);
            std::unordered_map<std::string, std::vector<model::Membership>> of;
            for (;;) {
                store::Page<model::Membership> mp = must(m_store.findMemberships(mq), "members");
                for (model::Membership& m : mp.items)
                    of[m.userId].push_back(std::move(m));
                if (mp.next.empty())
                    break;
                mq.after = mp.next;
            }
            for (model::User& u : page.items) {
                c.users.push_back(std::move(u));
                auto found = of.find(c.users.back().id);
                c.firstToken.push_back(c.contexts.size());
                if (found == of.end()) {
                    c.contexts.push_back(
                        m_builder.build(c.users.back(), nullptr, nullptr, app(), nullptr));
                    continue;
                }
                for (model::Membership& m : found->second) {
                    c.memberships.push_back(std::move(m));
                    const model::Organization& org = m_orgs.at(c.memberships.back().organizationId);
                    c.contexts.push_back(m_builder.build(c.users.back(), &org,
                                                         &c.memberships.back(), app(), nullptr));
                }
            }
            m_done = page.next.empty();
            m_query.after = page.next;
        }
        c.firstToken.push_back(c.contexts.size());
        // Keys last: the vectors above no longer move.
        std::size_t membership = 0;
        for (std::size_t i = 0; i < c.users.size(); ++i) {
            const std::size_t tokens = c.firstToken[i + 1] - c.firstToken[i];
            for (std::size_t k = 0; k < tokens; ++k) {
                const bool member = c.contexts[c.firstToken[i] + k].find("organization_membership");
                c.keys.push_back({c.users[i].id, c.users[i].email,
                                  member
                                      ? std::string_view(c.memberships[membership++].organizationId)
                                      : std::string_view()});
            }
        }
        return c;
    }

private:
    const model::Application* app() const { return m_app ? &*m_app : nullptr; }

    store::Store& m_store;
    issue::ContextBuilder m_builder;
    std::optional<model::Application> m_app;
    std::unordered_map<std::string, model::Organization> m_orgs;
    store::UserQuery m_query;
    bool m_done = false;
};

// Render threads with their tallies, kept from chunk to chunk as the
// check's threads keep theirs from batch to batch.
class RenderPool
{
public:
    RenderPool(const rollout::RolloutPlan& plan, int threads)
    {
        for (int t = 0; t < threads; ++t)
            m_tallies.emplace_back(plan);
    }

    // Renders and compares every token of `c`, split among the threads.
    void render(const Chunk& c)
    {
        const auto t0 = Clock::now();
        const std::size_t threads = m_tallies.size();
        std::vector<double> cpu(threads, 0.0);
        auto work = [&](std::size_t t) {
            const double cpu0 = threadCpuSeconds();
            rollout::RolloutTally& tally = m_tallies[t];
            const std::size_t from = c.users.size() * t / threads;
            const std::size_t to = c.users.size() * (t + 1) / threads;
            for (std::size_t i = from; i < to; ++i) {
                rollout::TokenOutcome outcome;
                for (std::size_t k = c.firstToken[i]; k < c.firstToken[i + 1]; ++k)
                    outcome |= tally.check(c.keys[k], c.contexts[k]);
                tally.addUser(outcome);
            }
            cpu[t] = threadCpuSeconds() - cpu0;
        };
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (std::thread& t : pool)
            t.join();
        m_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        for (double spent : cpu)
            m_cpuSeconds += spent;
    }

    // Merges the tallies into one report (timed too).
    rollout::RolloutReport finish()
    {
        const auto t0 = Clock::now();
        for (std::size_t t = 1; t < m_tallies.size(); ++t)
            m_tallies[0].merge(std::move(m_tallies[t]));
        rollout::RolloutReport report;
        m_tallies[0].finish(report);
        m_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        return report;
    }

    double seconds() const { return m_seconds; }
    // CPU time of the render threads: what the work costs, whatever else
    // the machine runs meanwhile.
    double cpuSeconds() const { return m_cpuSeconds; }

private:
    std::vector<rollout::RolloutTally> m_tallies;
    double m_seconds = 0;
    double m_cpuSeconds = 0;
};

// Reading alone, as the check reads (users in pages of 1,000 and their
// memberships), on one thread: what the whole check cannot beat.
double storeReadUsersPerSecond(store::Store& s)
{
    const auto t0 = Clock::now();
    store::UserQuery q;
    q.limit = store::kMaxPageSize;
    std::int64_t users = 0;
    for (;;) {
        store::Page<model::User> page = must(s.findUsers(q), "users");
        store::MembershipQuery mq;
        mq.limit = store::kMaxPageSize;
        for (const model::User& u : page.items)
            mq.userIds.push_back(u.id);
        for (;;) {
            store::Page<model::Membership> mp = must(s.findMemberships(mq), "members");
            keep(&mp);
            if (mp.next.empty())
                break;
            mq.after = mp.next;
        }
        users += static_cast<std::int64_t>(page.items.size());
        if (page.next.empty())
            break;
        q.after = page.next;
    }
    return static_cast<double>(users) / std::chrono::duration<double>(Clock::now() - t0).count();
}

rollout::RolloutPlan benchPlan(store::Store& s)
{
    const model::Template t = must(s.templateByName("default"), "template");
    const std::string production =
        must(s.templateVersion("default", t.productionVersion.value_or(1)), "version").content;
    return rollout::RolloutPlan(tmpl::Template::compile(kCandidate),
                                tmpl::Template::compile(production));
}

void run(Report& r)
{
    const bool render = r.wants("rollout.render");
    const bool check = r.wants("rollout.check");
    if (!render && !check)
        return;
    const std::int64_t users = qEnvironmentVariableIsSet("CLAIMSMITH_BENCH_USERS")
                                   ? qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_USERS")
                                   : 1000000;
    const std::string path = benchStore(users);
    auto opened = store::SqliteStore::open(path, {});
    if (!opened)
        throw std::runtime_error("cannot open " + path + ": " + opened.error().message);
    store::SqliteStore& s = **opened;

    if (render) {
        const rollout::RolloutPlan plan = benchPlan(s);
        ContextReader reader(s, plan);
        RenderPool one(plan, 1);
        RenderPool two(plan, 2);
        std::int64_t done = 0;
        for (Chunk c = reader.next(); !c.users.empty(); c = reader.next()) {
            one.render(c);
            two.render(c);
            done += static_cast<std::int64_t>(c.users.size());
            std::fprintf(stderr, "bench: rendered %lld users\n", static_cast<long long>(done));
        }
        const rollout::RolloutReport a = one.finish();
        const rollout::RolloutReport b = two.finish();
        if (a.usersChecked != users || !(a == b) || a.changed != users)
            throw std::runtime_error("rollout bench: the 1- and 2-thread tallies differ or "
                                     "missed users");
        const double seconds1 = one.seconds();
        const double seconds2 = two.seconds();
        const double rate1 = static_cast<double>(done) / seconds1;
        const double rate2 = static_cast<double>(done) / seconds2;
        r.value("rollout.render_users", static_cast<double>(done), "users");
        r.value("rollout.render_tokens", static_cast<double>(a.tokens.checked), "tokens");
        r.value("rollout.render_users_per_s_1_thread", rate1, "users/s");
        // Target: >= 100,000 users/s with 2 threads on a 2-core machine.
        r.ratio("rollout.render_users_per_s_2_threads", rate2, "users/s",
                "rollout.render_users_per_s_1_thread", rate1, rate2 / rate1);
        // Per CPU-second of the render threads: near 1 means the threads do
        // not slow each other down, whatever the wall clock says.
        const double cpuRate1 = static_cast<double>(done) / one.cpuSeconds();
        const double cpuRate2 = static_cast<double>(done) / two.cpuSeconds();
        r.value("rollout.render_users_per_cpu_s_1_thread", cpuRate1, "users/s");
        r.ratio("rollout.render_users_per_cpu_s_2_threads", cpuRate2, "users/s",
                "rollout.render_users_per_cpu_s_1_thread", cpuRate1, cpuRate2 / cpuRate1);
        r.value("rollout.render_load_average", loadAverage(), "runnable");
    }
    if (check) {
        double rates[2] = {0, 0};
        double cpuRates[2] = {0, 0};
        for (int threads : {1, 2}) {
            rollout::RolloutOptions o;
            o.templateName = "default";
            o.candidateText = kCandidate;
            o.threads = threads;
            o.usersPerBatch = store::kMaxPageSize;
            const double cpu0 = processCpuSeconds();
            const rollout::RolloutReport report =
                must(rollout::RolloutCheck(o).run(s), "rollout check");
            const double cpu = processCpuSeconds() - cpu0;
            if (report.usersChecked != users)
                throw std::runtime_error("rollout bench: the check missed users");
            const auto checked = static_cast<double>(report.usersChecked);
            rates[threads - 1] = checked * 1000.0 /
                                 static_cast<double>(std::max<std::int64_t>(1, report.durationMs));
            cpuRates[threads - 1] = checked / cpu;
        }
        const double read = storeReadUsersPerSecond(s);
        r.value("rollout.check_store_read_users_per_s", read, "users/s");
        // The check against reading alone: near 1 means the store is the limit.
        r.ratio("rollout.check_users_per_s_1_thread", rates[0], "users/s",
                "rollout.check_store_read_users_per_s", read, rates[0] / read);
        // Per CPU-second of the whole process (reader and render threads).
        r.value("rollout.check_users_per_cpu_s_1_thread", cpuRates[0], "users/s");
        r.value("rollout.check_users_per_cpu_s_2_threads", cpuRates[1], "users/s");
        r.value("rollout.check_load_average", loadAverage(), "runnable");
        r.ratio("rollout.check_users_per_s_2_threads", rates[1], "users/s",
                "rollout.check_users_per_s_1_thread", rates[0], rates[1] / rates[0]);
    }
}

Register reg("rollout", &run);

} // namespace

} // namespace claimsmith::bench
