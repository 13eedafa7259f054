#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>
#include <utility>

namespace claimsmith::ui::inspector {

// Runs CPU work (decoding a token, checking a signature, reading a key) on
// the thread pool and keeps only the latest request: a request made while
// another runs waits, replacing any request that was already waiting, and
// the result of a superseded request is never delivered. Results arrive on
// the GUI thread, and not at all once `context` is gone. R must be copyable
// (a shared_ptr to the result).
template <class R>
class LatestTask
{
public:
    explicit LatestTask(QObject* context)
        : m_context(context)
    {}
    LatestTask(const LatestTask&) = delete;
    LatestTask& operator=(const LatestTask&) = delete;

    void run(std::function<R()> work, std::function<void(R)> done)
    {
        m_waiting = Request{std::move(work), std::move(done), ++m_latest};
        if (!m_running)
            startWaiting();
    }
    // Drops the waiting request and the result of the running one.
    void cancel()
    {
        ++m_latest;
        m_waiting.reset();
    }
    bool isBusy() const { return m_running || m_waiting.has_value(); }

private:
    struct Request
    {
        std::function<R()> work;
        std::function<void(R)> done;
        quint64 id = 0;
    };

    void startWaiting()
    {
        Request request = std::move(*m_waiting);
        m_waiting.reset();
        m_running = true;
        // The watcher belongs to the context: once that is gone, nothing is
        // delivered, and the work finishes on its own.
        auto* watcher = new QFutureWatcher<R>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [this, watcher, done = std::move(request.done), id = request.id] {
                             R result = watcher->result();
                             watcher->deleteLater();
                             m_running = false;
                             if (id == m_latest)
                                 done(std::move(result));
                             if (m_waiting && !m_running)
                                 startWaiting();
                         });
        watcher->setFuture(QtConcurrent::run(std::move(request.work)));
    }

    QObject* m_context;
    std::optional<Request> m_waiting;
    quint64 m_latest = 0;
    bool m_running = false;
};

} // namespace claimsmith::ui::inspector
