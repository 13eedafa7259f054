#pragma once

#include "store/Store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <type_traits>

namespace claimsmith::ui {

// The error a call's result holds, if any (Result<T> or Error; other result
// types hold none).
template <class T>
const store::Error* errorOf(const store::Result<T>& result)
{
    return result ? nullptr : &result.error();
}
inline const store::Error* errorOf(const store::Error& error)
{
    return error ? &error : nullptr;
}
template <class R>
const store::Error* errorOf(const R&)
{
    return nullptr;
}

// What a long job may look at while it runs: whether the admin cancelled it,
// and where to report progress (posted to the GUI at most every 100 ms).
class JobControl
{
public:
    bool cancelled() const { return m_cancelled->load(std::memory_order_relaxed); }
    // done of total (total 0: unknown), with a line of text.
    void progress(qint64 done, qint64 total, const QString& text = {});

private:
    friend class StoreWorker;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::function<void(qint64, qint64, QString)> m_report;
    qint64 m_lastReport = 0;
};

// Runs store calls on a thread of its own that owns its own Store (each
// thread its own connection), so that the GUI thread never waits on storage.
// Calls run one after another in the order they were made; each result is
// delivered on the GUI thread to a context object, and dropped if that object
// was destroyed meanwhile.
//
// A Channel keeps only the latest of its requests: a request that is
// superseded before it starts never runs, and a superseded result is never
// delivered (a search field that is typed into, a page that is scrolled).
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<store::Result<std::unique_ptr<store::Store>>()>;

    // `opener` runs on the worker thread, before the first call.
    StoreWorker(Opener opener, QString location, QObject* parent = nullptr);
    // Waits for the running call to finish; calls not started are dropped.
    // The worker thread's interruption is requested first, so that a remote
    // store's call that waits to retry gives up at once (see HttpClient).
    ~StoreWorker() override;

    const QString& location() const { return m_location; }
    int pending() const { return m_pending; }

    // Runs `work(Store&)` on the worker, then `done(result)` on the GUI
    // thread if `context` still exists. The result type must be constructible
    // from store::Error (Result<T> or Error): if the store cannot be opened,
    // `done` gets that error.
    template <class Work, class Done>
    void run(QObject* context, Work work, Done done)
    {
        post(context, nullptr, 0, std::move(work), std::move(done));
    }

    // The same for long work: `work(Store&, JobControl&)`; the status bar
    // shows `title` with progress and a cancel button while it runs.
    template <class Work, class Done>
    void runJob(const QString& title, QObject* context, Work work, Done done);

    class Channel
    {
    public:
        explicit Channel(StoreWorker* worker = nullptr)
            : m_worker(worker)
        {}
        void setWorker(StoreWorker* worker) { m_worker = worker; }
        StoreWorker* worker() const { return m_worker; }
        // Supersedes every earlier request of this channel.
        template <class Work, class Done>
        void run(QObject* context, Work work, Done done)
        {
            if (!m_worker)
                return;
            const quint64 id = ++*m_latest;
            m_worker->post(context, m_latest, id, std::move(work), std::move(done));
        }
        // Drops every request made so far.
        void cancel() { ++*m_latest; }

    private:
        QPointer<StoreWorker> m_worker;
        std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    };

signals:
    // The number of calls queued or running changed (the status bar's busy sign).
    void pendingChanged(int pending);
    // A job started, progressed or ended (the status bar's progress).
    void jobStarted(quint64 id, const QString& title);
    void jobProgress(quint64 id, qint64 done, qint64 total, const QString& text);
    void jobFinished(quint64 id);
    // A call found the store's server not answering (store::Cause::Unreachable);
    // `message` says where and what to do. Emitted for every such call.
    void unreachable(const QString& message);

public slots:
    void cancelJob(quint64 id);

private:
    using Task = std::function<void(store::Store*, const store::Error&)>;

    template <class Work, class Done>
    void post(QObject* context, std::shared_ptr<std::atomic<quint64>> latest, quint64 id, Work work,
              Done done)
    {
        using R = std::invoke_result_t<Work&, store::Store&>;
        QPointer<QObject> target(context);
        enqueue([this, target, latest, id, work = std::move(work),
                 done = std::move(done)](store::Store* s, const store::Error& openError) mutable {
            if (latest && latest->load() != id)
                return; // superseded before it started
            auto result = std::make_shared<R>(s ? work(*s) : R(openError));
            const store::Error* error = errorOf(*result);
            if (error && error->cause == store::Cause::Unreachable)
                deliver([this, message = QString::fromStdString(error->message)] {
                    emit unreachable(message);
                });
            deliver([target, latest, id, result, done = std::move(done)]() mutable {
                if (!target || (latest && latest->load() != id))
                    return;
                done(std::move(*result));
            });
        });
    }

    void enqueue(Task task);
    void deliver(std::function<void()> onGuiThread);
    quint64 startJob(const QString& title, JobControl& control);
    void finishJob(quint64 id);

    class Executor;
    QString m_location;
    QThread m_thread;
    Executor* m_executor;
    int m_pending = 0;
    quint64 m_lastJob = 0;
    std::map<quint64, std::shared_ptr<std::atomic_bool>> m_jobs;
};

template <class Work, class Done>
void StoreWorker::runJob(const QString& title, QObject* context, Work work, Done done)
{
    auto control = std::make_shared<JobControl>();
    const quint64 id = startJob(title, *control);
    QPointer<QObject> target(context);
    // Delivered to the worker itself, so that the job ends in the status bar
    // even when its context is gone.
    post(
        this, nullptr, 0,
        [control, work = std::move(work)](store::Store& s) mutable { return work(s, *control); },
        [this, id, target, done = std::move(done)](auto result) mutable {
            finishJob(id);
            if (target)
                done(std::move(result));
        });
}

} // namespace claimsmith::ui
