#include "StoreWorker.h"

#include <QDateTime>
#include <QMetaObject>

#include <deque>
#include <utility>

namespace claimsmith::ui {

void JobControl::progress(qint64 done, qint64 total, const QString& text)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReport < 100 && done != total)
        return;
    m_lastReport = now;
    if (m_report)
        m_report(done, total, text);
}

// Lives on the worker thread; owns the store there.
class StoreWorker::Executor : public QObject
{
public:
    explicit Executor(Opener opener)
        : m_opener(std::move(opener))
    {}

    // Runs `task`, then `after`. A call that arrives while another runs came
    // in through a local event loop of the running one (RemoteStore waits for
    // its replies in one): it waits for its turn, so that calls never overlap.
    void runTask(Task task, std::function<void()> after)
    {
        m_waiting.emplace_back(std::move(task), std::move(after));
        if (m_busy)
            return;
        m_busy = true;
        while (!m_waiting.empty()) {
            auto [next, then] = std::move(m_waiting.front());
            m_waiting.pop_front();
            runOne(next);
            then();
        }
        m_busy = false;
        if (m_closeRequested)
            m_store.reset();
    }

    // The store closes on this thread; during a call, after it.
    void close()
    {
        if (m_busy)
            m_closeRequested = true;
        else
            m_store.reset();
    }

    std::atomic_bool m_stopping{false};

private:
    void runOne(const Task& task)
    {
        if (m_stopping.load())
            return;
        if (!m_opened) {
            m_opened = true;
            store::Result<std::unique_ptr<store::Store>> s = m_opener();
            if (s)
                m_store = std::move(s.value());
            else
                m_openError = s.error();
        }
        task(m_store.get(), m_openError);
    }

    Opener m_opener;
    std::deque<std::pair<Task, std::function<void()>>> m_waiting;
    bool m_busy = false;
    bool m_closeRequested = false;
    bool m_opened = false;
    std::unique_ptr<store::Store> m_store;
    store::Error m_openError;
};

StoreWorker::StoreWorker(Opener opener, QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_executor(new Executor(std::move(opener)))
{
    m_thread.setObjectName(QStringLiteral("store worker"));
    m_executor->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_executor->m_stopping = true;
    for (auto& [id, flag] : m_jobs)
        flag->store(true);
    // A call that waits (a remote store's pause before a retry) stops waiting.
    m_thread.requestInterruption();
    // Queued after the running call; the calls in between are skipped.
    QMetaObject::invokeMethod(
        m_executor, [e = m_executor] { e->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_executor;
}

void StoreWorker::enqueue(Task task)
{
    ++m_pending;
    emit pendingChanged(m_pending);
    QMetaObject::invokeMethod(
        m_executor,
        [this, e = m_executor, task = std::move(task)]() mutable {
            e->runTask(std::move(task), [this] {
                deliver([this] {
                    --m_pending;
                    emit pendingChanged(m_pending);
                });
            });
        },
        Qt::QueuedConnection);
}

void StoreWorker::deliver(std::function<void()> onGuiThread)
{
    QMetaObject::invokeMethod(this, std::move(onGuiThread), Qt::QueuedConnection);
}

quint64 StoreWorker::startJob(const QString& title, JobControl& control)
{
    const quint64 id = ++m_lastJob;
    m_jobs[id] = control.m_cancelled;
    control.m_report = [this, id](qint64 done, qint64 total, QString text) {
        deliver([this, id, done, total, text = std::move(text)] {
            if (m_jobs.count(id))
                emit jobProgress(id, done, total, text);
        });
    };
    emit jobStarted(id, title);
    return id;
}

void StoreWorker::finishJob(quint64 id)
{
    m_jobs.erase(id);
    emit jobFinished(id);
}

void StoreWorker::cancelJob(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it != m_jobs.end())
        it->second->store(true);
}

} // namespace claimsmith::ui
