#include "WorkerPool.h"

namespace claimsmith::server {

WorkerPool::WorkerPool(Opener opener, int threads, AuthLimiter* limiter)
    : m_opener(std::move(opener))
    , m_limiter(limiter)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void WorkerPool::open(Worker& worker, const Opener& opener)
{
    store::Result<std::unique_ptr<store::SqliteStore>> opened = opener();
    if (opened) {
        worker.store = std::move(opened.value());
        worker.tokens = std::make_unique<issue::TokenService>(*worker.store);
        worker.openError = {};
    } else {
        worker.openError = opened.error();
    }
}

void WorkerPool::run()
{
    Worker worker;
    worker.limiter = m_limiter;
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                break; // stopping, and nothing left to do
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        if (!worker.store)
            open(worker, m_opener);
        task(worker);
    }
    worker.tokens.reset();
    worker.store.reset();
}

} // namespace claimsmith::server
