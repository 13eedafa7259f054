// The store worker: calls run off the GUI thread, in order; results come
// back on the GUI thread, never to a destroyed context; a channel keeps only
// its latest request; an open error reaches every call; jobs report progress
// and can be cancelled; closing while a remote call waits to retry is prompt.

#include "HttpStubs.h"
#include "UiTestSupport.h"
#include "common/StoreWorker.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace claimsmith;
using ui::StoreWorker;

namespace {

StoreWorker::Opener opener(const QString& path)
{
    return [path = path.toStdString()]() -> store::Result<std::unique_ptr<store::Store>> {
        auto s = store::SqliteStore::open(path, {});
        if (!s)
            return s.error();
        return std::unique_ptr<store::Store>(std::move(s.value()));
    };
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsOffTheGuiThreadAndDeliversOnIt();
    void callsRunInOrder();
    void destroyedContextGetsNothing();
    void channelKeepsTheLatest();
    void openErrorReachesEveryCall();
    void jobsReportProgressAndCancel();
    void pendingCountsQueuedCalls();
    void callsNeverOverlapWhenOneRunsAnEventLoop();
    void closingDuringARetryPauseIsPrompt();
};

void TestStoreWorker::runsOffTheGuiThreadAndDeliversOnIt()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    std::int64_t count = -1;
    worker.run(
        this,
        [&](store::Store& st) {
            workThread = QThread::currentThread();
            return st.userCount();
        },
        [&](store::Result<std::int64_t> n) {
            doneThread = QThread::currentThread();
            count = *n;
        });
    QCOMPARE(count, std::int64_t(-1)); // not before the event loop runs
    QTRY_COMPARE(count, std::int64_t(0));
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestStoreWorker::callsRunInOrder()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    std::vector<int> order;
    for (int i = 0; i < 20; ++i) {
        worker.run(
            this, [i](store::Store&) -> store::Result<int> { return i; },
            [&](store::Result<int> r) { order.push_back(*r); });
    }
    QTRY_COMPARE(order.size(), std::size_t(20));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order[static_cast<std::size_t>(i)], i);
}

void TestStoreWorker::destroyedContextGetsNothing()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    std::atomic_bool release{false};
    bool delivered = false;
    auto* context = new QObject;
    worker.run(
        context,
        [&](store::Store& st) {
            while (!release.load())
                QThread::msleep(1);
            return st.userCount();
        },
        [&](store::Result<std::int64_t>) { delivered = true; });
    delete context;
    release = true;
    bool after = false;
    worker.run(
        this, [](store::Store& st) { return st.userCount(); },
        [&](store::Result<std::int64_t>) { after = true; });
    QTRY_VERIFY(after);
    QVERIFY(!delivered);
}

void TestStoreWorker::channelKeepsTheLatest()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    StoreWorker::Channel channel(&worker);
    std::atomic_bool release{false};
    std::atomic_int ran{0};
    // Hold the worker so that the channel's requests queue up.
    worker.run(
        this,
        [&](store::Store&) -> store::Result<int> {
            while (!release.load())
                QThread::msleep(1);
            return 0;
        },
        [](store::Result<int>) {});
    std::vector<int> delivered;
    for (int i = 0; i < 5; ++i) {
        channel.run(
            this,
            [&ran, i](store::Store&) -> store::Result<int> {
                ++ran;
                return i;
            },
            [&](store::Result<int> r) { delivered.push_back(*r); });
    }
    release = true;
    QTRY_COMPARE(delivered.size(), std::size_t(1));
    QCOMPARE(delivered[0], 4);
    QCOMPARE(ran.load(), 1); // the superseded ones never ran
    // A request superseded while it runs is not delivered.
    release = false;
    std::atomic_bool started{false};
    channel.run(
        this,
        [&](store::Store&) -> store::Result<int> {
            started = true;
            while (!release.load())
                QThread::msleep(1);
            return 10;
        },
        [&](store::Result<int> r) { delivered.push_back(*r); });
    QTRY_VERIFY(started.load());
    channel.cancel();
    release = true;
    QVERIFY(worker.pending() > 0);
    QTRY_COMPARE(worker.pending(), 0);
    QCOMPARE(delivered.size(), std::size_t(1));
}

void TestStoreWorker::openErrorReachesEveryCall()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.claimsmith"));
    StoreWorker worker(opener(missing), missing);
    std::vector<store::Error> errors;
    for (int i = 0; i < 2; ++i) {
        worker.run(
            this, [](store::Store& st) { return st.userCount(); },
            [&](store::Result<std::int64_t> n) { errors.push_back(n.error()); });
    }
    QTRY_COMPARE(errors.size(), std::size_t(2));
    for (const store::Error& e : errors) {
        QCOMPARE(e.kind, store::ErrorKind::NotFound);
        QVERIFY2(e.message.find("there is no store at") != std::string::npos, e.message.c_str());
    }
}

void TestStoreWorker::jobsReportProgressAndCancel()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    QSignalSpy started(&worker, &StoreWorker::jobStarted);
    QSignalSpy progress(&worker, &StoreWorker::jobProgress);
    QSignalSpy finished(&worker, &StoreWorker::jobFinished);
    int stoppedAt = -1;
    bool done = false;
    worker.runJob(
        QStringLiteral("Counting"), this,
        [&](store::Store&, ui::JobControl& job) -> store::Result<int> {
            for (int i = 0; i < 100000; ++i) {
                if (job.cancelled())
                    return i;
                job.progress(i, 100000, QStringLiteral("step"));
                QThread::usleep(50);
            }
            return 100000;
        },
        [&](store::Result<int> r) {
            stoppedAt = *r;
            done = true;
        });
    QCOMPARE(started.count(), 1);
    const quint64 id = started.at(0).at(0).value<quint64>();
    QTRY_VERIFY(progress.count() > 0);
    worker.cancelJob(id);
    QTRY_VERIFY(done);
    QVERIFY2(stoppedAt > 0 && stoppedAt < 100000, qPrintable(QString::number(stoppedAt)));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
}

void TestStoreWorker::pendingCountsQueuedCalls()
{
    test::TempStore s;
    StoreWorker worker(opener(s.path()), s.path());
    QSignalSpy pending(&worker, &StoreWorker::pendingChanged);
    for (int i = 0; i < 3; ++i)
        worker.run(
            this, [](store::Store& st) { return st.userCount(); },
            [](store::Result<std::int64_t>) {});
    QCOMPARE(worker.pending(), 3);
    QTRY_COMPARE(worker.pending(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);
}

// A call that runs a local event loop (RemoteStore waits for its replies in
// one) must not let the next call, or the store's closing, run inside it.
void TestStoreWorker::callsNeverOverlapWhenOneRunsAnEventLoop()
{
    test::TempStore s;
    std::atomic_int running{0};
    std::atomic_int most{0};
    int done = 0;
    std::atomic_bool started{false};
    std::atomic_bool storeUsable{false};
    {
        StoreWorker worker(opener(s.path()), s.path());
        for (int i = 0; i < 3; ++i) {
            worker.run(
                this,
                [&](store::Store& st) {
                    most = std::max(most.load(), ++running);
                    QEventLoop loop;
                    QTimer::singleShot(50, &loop, &QEventLoop::quit);
                    loop.exec();
                    const bool ok = st.userCount().ok();
                    --running;
                    return ok ? store::Error()
                              : store::Error::make(store::ErrorKind::Internal, "x");
                },
                [&](store::Error e) {
                    QVERIFY(!e);
                    ++done;
                });
        }
        QTRY_COMPARE(done, 3);
        QCOMPARE(most.load(), 1);
        // Destroyed while a call waits in its loop: the store is closed after it.
        worker.run(
            this,
            [&](store::Store& st) {
                started = true;
                QEventLoop loop;
                QTimer::singleShot(300, &loop, &QEventLoop::quit);
                loop.exec();
                storeUsable = st.userCount().ok();
                return store::Error();
            },
            [](store::Error) {});
        QTRY_VERIFY(started.load());
    }
    QVERIFY(storeUsable.load());
}

// The window closes (the worker is destroyed) while a remote call waits
// before retrying a server that answers 503: the close does not wait out
// the pause (2 s here), nor the retries after it.
void TestStoreWorker::closingDuringARetryPauseIsPrompt()
{
    test::BusyServer busy;
    store::RemoteOptions o;
    o.url = busy.url().toStdString();
    o.backoffMs = 2000;
    o.retries = 3;
    std::atomic_bool finished{false};
    auto* worker = new StoreWorker(
        [o]() -> store::Result<std::unique_ptr<store::Store>> {
            return std::unique_ptr<store::Store>(std::make_unique<store::RemoteStore>(o));
        },
        QString::fromStdString(o.url));
    worker->run(
        this,
        [&](store::Store& st) {
            auto r = st.user("user_01JZ0000000000000000000000");
            finished = true;
            return r;
        },
        [](store::Result<model::User>) {});
    QTRY_COMPARE_WITH_TIMEOUT(busy.requests(), 1, 5000);
    QTest::qWait(200); // well into the pause
    QElapsedTimer t;
    t.start();
    delete worker;
    const qint64 waited = t.elapsed();
    QVERIFY(finished.load());
    QVERIFY2(waited < 200, qPrintable(QString::number(waited) + QStringLiteral(" ms")));
    QCOMPARE(busy.requests(), 1);
}

QTEST_MAIN(TestStoreWorker)
#include "tst_ui_storeworker.moc"
