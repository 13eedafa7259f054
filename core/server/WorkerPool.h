#pragma once

#include "issue/TokenService.h"
#include "store/SqliteStore.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace claimsmith::server {

class AuthLimiter;

// The threads that do the server's store work. Each thread opens its own
// store connection (a Store is used by one thread) and its own
// TokenService on first use, and keeps them until the pool stops, so that
// one slow request holds one thread, not the server.
class WorkerPool
{
public:
    using Opener = std::function<store::Result<std::unique_ptr<store::SqliteStore>>()>;
    struct Worker
    {
        std::unique_ptr<store::SqliteStore> store;
        std::unique_ptr<issue::TokenService> tokens;
        store::Error openError;         // why `store` is null
        AuthLimiter* limiter = nullptr; // shared by the server's threads; may be null
    };
    using Task = std::function<void(Worker&)>;

    WorkerPool(Opener opener, int threads, AuthLimiter* limiter = nullptr);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    void post(Task task);
    // Opens the worker's store and token service, or records why not.
    static void open(Worker& worker, const Opener& opener);
    // Runs the tasks already posted, then ends the threads (closing their
    // stores on the threads that opened them).
    void stop();
    int size() const { return static_cast<int>(m_threads.size()); }

private:
    void run();

    Opener m_opener;
    AuthLimiter* m_limiter;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace claimsmith::server
