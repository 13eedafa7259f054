#include "RolloutPipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace claimsmith::rollout {

namespace {

using namespace std::chrono_literals;

// One page of users with their memberships, grouped by user.
struct UserBatch
{
    std::vector<model::User> users;
    std::vector<model::Membership> memberships; // the memberships of users[i] are
    std::vector<std::size_t> firstMembership;   // [firstMembership[i], firstMembership[i + 1])
};

// Batches from the reader to the render threads; at most `capacity` wait,
// so that memory does not grow when rendering is slower than reading.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    // Waits for room, up to `wait`; false when there is none yet.
    bool push(UserBatch& batch, std::chrono::milliseconds wait)
    {
        std::unique_lock lock(m_mutex);
        if (!m_notFull.wait_for(lock, wait, [&] { return m_batches.size() < m_capacity; }))
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // The next batch; none once the queue is closed and empty.
    std::optional<UserBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return std::nullopt;
        UserBatch b = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return b;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    // A checked batch goes back to the reader, whose allocator made it:
    // freeing it there spares both threads the allocator's locks.
    void giveBack(UserBatch&& batch)
    {
        std::lock_guard lock(m_mutex);
        m_returned.push_back(std::move(batch));
    }

    // Frees the batches given back (on the reader's thread).
    void freeReturned()
    {
        std::vector<UserBatch> returned;
        {
            std::lock_guard lock(m_mutex);
            returned.swap(m_returned);
        }
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<UserBatch> m_batches;
    std::vector<UserBatch> m_returned;
    bool m_closed = false;
};

bool isSet(const std::atomic<bool>* flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

// One render thread: builds each token's context (cached organization and
// application parts are lent to it, not copied) and tallies it.
class RenderWorker
{
public:
    RenderWorker(const PipelineInputs& in, BatchQueue& queue, std::atomic<std::int64_t>& done,
                 std::atomic<bool>& stopped)
        : m_in(in)
        , m_queue(queue)
        , m_done(done)
        , m_stopped(stopped)
        , m_tally(*in.plan, in.rowSink)
    {
        if (in.application)
            m_application = in.builder->application(*in.application);
    }

    void run()
    {
        while (std::optional<UserBatch> batch = m_queue.pop()) {
            // After a cancel, drain, so that the reader is never left waiting.
            if (!m_stopped.load(std::memory_order_relaxed))
                checkBatch(*batch);
            m_queue.giveBack(std::move(*batch));
        }
        m_tally.flushRows();
    }

    RolloutTally& tally() { return m_tally; }

private:
    void checkBatch(const UserBatch& b)
    {
        std::int64_t users = 0;
        for (std::size_t i = 0; i < b.users.size(); ++i) {
            if (i % 64 == 0 && isSet(m_in.cancel)) {
                m_stopped.store(true);
                break;
            }
            checkUser(b.users[i], b.memberships.data() + b.firstMembership[i],
                      b.firstMembership[i + 1] - b.firstMembership[i]);
            ++users;
        }
        m_done.fetch_add(users, std::memory_order_relaxed);
    }

    json::Value* organizationContext(const std::string& id)
    {
        auto cached = m_organizations.find(id);
        if (cached != m_organizations.end())
            return &cached->second;
        auto org = m_in.organizations->find(id);
        if (org == m_in.organizations->end())
            return nullptr; // deleted while the check ran: the token has no organization
        return &m_organizations.emplace(id, m_in.builder->organization(org->second)).first->second;
    }

    void checkUser(const model::User& u, const model::Membership* memberships, std::size_t count)
    {
        json::Value context{json::Object{}};
        json::Object& members = context.object();
        members.push_back({"user", m_in.builder->user(u)});
        TokenOutcome outcome;
        if (count == 0) {
            outcome |= checkToken(u, nullptr, nullptr, context);
        } else {
            for (std::size_t k = 0; k < count; ++k) {
                const model::Membership& m = memberships[k];
                outcome |= checkToken(u, &m, organizationContext(m.organizationId), context);
            }
        }
        m_tally.addUser(outcome);
    }

    TokenOutcome checkToken(const model::User& u, const model::Membership* m,
                            json::Value* organization, json::Value& context)
    {
        json::Object& members = context.object();
        members.resize(1); // the user
        if (organization) {
            members.push_back({"organization", json::Value()});
            std::swap(members.back().value, *organization);
        }
        if (m)
            members.push_back({"organization_membership", m_in.builder->membership(*m)});
        if (m_in.application) {
            members.push_back({"application", json::Value()});
            std::swap(members.back().value, m_application);
        }
        const TokenOutcome outcome = m_tally.check(
            {u.id, u.email, m ? std::string_view(m->organizationId) : std::string_view()}, context);
        // Give the lent parts back.
        for (json::Member& member : members) {
            if (organization && member.key == "organization")
                std::swap(member.value, *organization);
            else if (m_in.application && member.key == "application")
                std::swap(member.value, m_application);
        }
        return outcome;
    }

    const PipelineInputs& m_in;
    BatchQueue& m_queue;
    std::atomic<std::int64_t>& m_done;
    std::atomic<bool>& m_stopped;
    RolloutTally m_tally;
    std::unordered_map<std::string, json::Value> m_organizations;
    json::Value m_application;
};

// Calls the progress callback on the calling thread; `done` never goes back.
class ProgressReporter
{
public:
    ProgressReporter(const PipelineInputs& in, const std::atomic<std::int64_t>& done)
        : m_in(in)
        , m_done(done)
        , m_total(in.totalUsers)
    {}

    void update()
    {
        if (!m_in.progress)
            return;
        const std::int64_t done = m_done.load(std::memory_order_relaxed);
        if (done <= m_last)
            return;
        m_last = done;
        m_total = std::max(m_total, done); // users added while the check runs
        m_in.progress(done, m_total);
    }

    // The last call: done equals total unless the check stopped early.
    void finish(bool cancelled)
    {
        if (!m_in.progress)
            return;
        const std::int64_t done = m_done.load();
        m_in.progress(done, cancelled ? std::max(m_total, done) : done);
    }

private:
    const PipelineInputs& m_in;
    const std::atomic<std::int64_t>& m_done;
    std::int64_t m_total;
    std::int64_t m_last = -1;
};

// The memberships of a page of users, grouped by user in the page's order.
store::Error readMemberships(store::Store& store, UserBatch& b)
{
    std::unordered_map<std::string_view, std::size_t> index;
    store::MembershipQuery q;
    q.limit = store::kMaxPageSize;
    for (std::size_t i = 0; i < b.users.size(); ++i) {
        index.emplace(b.users[i].id, i);
        q.userIds.push_back(b.users[i].id);
    }
    std::vector<std::pair<std::size_t, model::Membership>> found;
    for (;;) {
        store::Result<store::Page<model::Membership>> page = store.findMemberships(q);
        if (!page)
            return page.error();
        for (model::Membership& m : page->items) {
            auto owner = index.find(m.userId);
            if (owner != index.end()) // a store that cannot filter by user gives more
                found.emplace_back(owner->second, std::move(m));
        }
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& c) { return a.first < c.first; });
    b.firstMembership.assign(b.users.size() + 1, 0);
    b.memberships.reserve(found.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < b.users.size(); ++i) {
        b.firstMembership[i] = b.memberships.size();
        while (next < found.size() && found[next].first == i)
            b.memberships.push_back(std::move(found[next++].second));
    }
    b.firstMembership[b.users.size()] = b.memberships.size();
    return {};
}

} // namespace

PipelineResult runPipeline(store::Store& store, const PipelineInputs& in, RolloutTally& tally)
{
    const int threads = std::max(1, in.threads);
    BatchQueue queue(static_cast<std::size_t>(2 * threads));
    std::atomic<std::int64_t> done{0};
    std::atomic<bool> stopped{false};
    std::vector<std::unique_ptr<RenderWorker>> workers;
    std::vector<std::thread> pool;
    std::atomic<int> running{threads};
    for (int i = 0; i < threads; ++i) {
        workers.push_back(std::make_unique<RenderWorker>(in, queue, done, stopped));
        pool.emplace_back([w = workers.back().get(), &running] {
            w->run();
            running.fetch_sub(1);
        });
    }

    ProgressReporter progress(in, done);
    PipelineResult result;
    store::UserQuery q;
    q.limit = std::clamp(in.usersPerBatch, 1, store::kMaxPageSize);
    // By e-mail (the default): its keyset walks a unique index, a page
    // costs the same at any depth. (Creation time would bring ids nearly in
    // order, but many users created in the same millisecond, as by an
    // import, make each page rescan them.) Any order gives the same report.
    for (;;) {
        if (isSet(in.cancel) || stopped.load()) {
            stopped.store(true);
            break;
        }
        store::Result<store::Page<model::User>> page = store.findUsers(q);
        if (!page) {
            result.error = page.error();
            break;
        }
        queue.freeReturned();
        UserBatch batch;
        batch.users = std::move(page->items);
        if (!batch.users.empty()) {
            if (store::Error e = readMemberships(store, batch)) {
                result.error = e;
                break;
            }
            while (!queue.push(batch, 50ms)) {
                queue.freeReturned();
                progress.update();
                if (isSet(in.cancel) || stopped.load())
                    break;
            }
        }
        progress.update();
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    if (result.error)
        stopped.store(true);
    queue.close();
    while (running.load() > 0) { // the last batches: keep reporting
        std::this_thread::sleep_for(10ms);
        queue.freeReturned();
        progress.update();
    }
    for (std::thread& t : pool)
        t.join();
    queue.freeReturned();
    for (auto& w : workers)
        tally.merge(std::move(w->tally()));
    result.cancelled = stopped.load() && !result.error;
    progress.update();
    progress.finish(result.cancelled);
    return result;
}

} // namespace claimsmith::rollout
