// The same user lookup through RemoteStore against a real `claimsmith serve`
// on loopback, end to end, and on SqliteStore directly in the same run.

#include "Bench.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace claimsmith::bench {

namespace {

// Microseconds of each of `n` lookups of the ids in turn.
template <class Lookup>
std::vector<double> sample(const std::vector<std::string>& ids, int n, Lookup lookup)
{
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(n));
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const std::string& id = ids[static_cast<std::size_t>(i) % ids.size()];
        t.start();
        lookup(id);
        us.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
    }
    return us;
}

void run(Report& r)
{
    if (!r.wants("remote.lookup"))
        return;
    // The figure is on a store of a million users (the store suite's
    // store, built once); CLAIMSMITH_BENCH_USERS picks another size.
    const std::string path = benchStore(qEnvironmentVariableIsSet("CLAIMSMITH_BENCH_USERS")
                                            ? qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_USERS")
                                            : 1000000);
    auto local = store::SqliteStore::open(path, {});
    if (!local) {
        std::fprintf(stderr, "remote: %s\n", local.error().message.c_str());
        return;
    }
    const std::string keyName =
        "bench remote " + std::to_string(QDateTime::currentMSecsSinceEpoch());
    auto key = (*local)->createApiKey(keyName, store::ApiKeyRole::Admin);
    if (!key) {
        std::fprintf(stderr, "remote: %s\n", key.error().message.c_str());
        return;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedOutputChannel); // access log discarded below
    server.setStandardErrorFile(QProcess::nullDevice());
    server.start(QCoreApplication::applicationDirPath() + u"/claimsmith"_s,
                 {u"serve"_s, u"--store"_s, QString::fromStdString(path), u"--listen"_s,
                  u"127.0.0.1:%1"_s.arg(port)});
    store::RemoteOptions o;
    o.url = "http://127.0.0.1:" + std::to_string(port);
    o.apiKey = key->secret;
    store::RemoteStore remote(o);
    bool up = false;
    for (int i = 0; i < 200 && !up; ++i) {
        up = remote.limitsProfile().ok();
        if (!up)
            QThread::msleep(100);
    }
    if (up) {
        auto page = (*local)->findUsers(store::UserQuery{.limit = 500});
        std::vector<std::string> ids;
        for (const model::User& u : page->items)
            ids.push_back(u.id);
        sample(ids, 300, [&](const std::string& id) {
            auto u = remote.user(id);
            keep(&u);
        });
        const std::vector<double> remoteUs = sample(ids, 3000, [&](const std::string& id) {
            auto u = remote.user(id);
            keep(&u);
        });
        const std::vector<double> localUs = sample(ids, 3000, [&](const std::string& id) {
            auto u = (*local)->user(id);
            keep(&u);
        });
        const double p50 = percentile(remoteUs, 0.5);
        const double localP50 = percentile(localUs, 0.5);
        r.ratio("remote.lookup_user_p50", p50, "us", "sqlite.lookup_user_p50", localP50,
                p50 / localP50);
        r.value("remote.lookup_user_p99", percentile(remoteUs, 0.99), "us");
        r.value("sqlite.lookup_user_p99", percentile(localUs, 0.99), "us");
    } else {
        std::fprintf(stderr, "remote: the server did not start\n");
    }
    server.terminate();
    server.waitForFinished(10000);
    (*local)->revokeApiKey(keyName);
}

Register reg("remote", &run);

} // namespace

} // namespace claimsmith::bench
