// Server figures (issue 7), measured with wrk on loopback against the real
// `claimsmith serve`, in bounded runs (2 threads, 16 connections, 5 s, or
// CLAIMSMITH_BENCH_SECONDS):
// GET /v1/users/{id} requests per second and p99 latency on a store of
// 1,000,000 users, and POST /v1/tokens (ES256) requests per second against
// the bare ES256 signature rate of the same machine, on as many threads as
// it has cores, measured in the same run. The same token load against
// SignOnlyServer (nothing but the signature behind plain epoll) gives the
// ceiling of any token server on these cores with wrk beside it.
//
// The store: CLAIMSMITH_BENCH_SERVER_STORE, when set, is COPIED into
// bench-data/ (the original is never written to); otherwise `claimsmith demo`
// builds one of CLAIMSMITH_BENCH_USERS (default 1,000,000) users there, once.
// Needs wrk (scripts/install-deps.sh installs it); without it the suite
// prints an error line and no figures.

#include "Bench.h"
#include "BenchServe.h"
#include "SignOnlyServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <openssl/evp.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace claimsmith::bench {

namespace {

// The store the server benchmarks run on: a copy, or one built once.
QString serverStore(QString& error)
{
    const QString dir = QDir::current().absoluteFilePath(u"bench-data"_s);
    QDir().mkpath(dir);
    // A demo store made elsewhere (CLAIMSMITH_BENCH_SERVER_STORE) is copied,
    // never written.
    const QString source = qEnvironmentVariable("CLAIMSMITH_BENCH_SERVER_STORE");
    if (!source.isEmpty()) {
        const QString copy = dir + u"/server-"_s + QFileInfo(source).fileName();
        if (!QFile::exists(copy)) {
            std::fprintf(stderr, "bench: copying %s to %s\n", qPrintable(source), qPrintable(copy));
            if (!QFile::copy(source, copy + u".copying"_s) ||
                !QFile::rename(copy + u".copying"_s, copy)) {
                error = u"cannot copy "_s + source + u" to "_s + copy;
                return {};
            }
        }
        return copy;
    }
    const int users = qEnvironmentVariableIsSet("CLAIMSMITH_BENCH_USERS")
                          ? qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_USERS")
                          : 1000000;
    const QString file = dir + u"/server-demo-%1.claimsmith"_s.arg(users);
    return buildDemoStore(file, users, error) ? file : QString();
}

// ES256 signatures per second of OpenSSL alone over a token-sized input, on
// `threads` threads for `seconds`; `cpuPerSignature` gets the CPU seconds
// one signature took (the threads' CPU time, whatever else runs).
double bareEs256Rate(int threads, double seconds, double& cpuPerSignature)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    const std::string input(380, 'a'); // about a token's header.payload
    std::atomic<long long> total{0};
    std::mutex cpuMutex;
    double cpu = 0;
    std::vector<std::thread> pool;
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            const double cpu0 = threadCpuSeconds();
            long long n = 0;
            unsigned char sig[128];
            while (std::chrono::steady_clock::now() < until) {
                EVP_MD_CTX* ctx = EVP_MD_CTX_new();
                std::size_t len = sizeof sig;
                EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
                EVP_DigestSign(ctx, sig, &len, reinterpret_cast<const unsigned char*>(input.data()),
                               input.size());
                EVP_MD_CTX_free(ctx);
                keep(sig);
                ++n;
            }
            total += n;
            const std::lock_guard lock(cpuMutex);
            cpu += threadCpuSeconds() - cpu0;
        });
    }
    for (std::thread& t : pool)
        t.join();
    EVP_PKEY_free(key);
    cpuPerSignature = total.load() > 0 ? cpu / static_cast<double>(total.load()) : 0;
    return static_cast<double>(total.load()) / seconds;
}

// The same token load against SignOnlyServer: the most any token server
// reaches on this machine with wrk on the same cores, against the bare
// signature rate, and claimsmith's token rate against it.
void signOnlyCeiling(Report& r, int threads, const QStringList& common, const QString& lua,
                     double bare, double tokensPerSecond)
{
    SignOnlyServer server;
    std::string error;
    if (!server.start(threads, error)) {
        r.error("server.sign_only", error);
        return;
    }
    WrkFigures figures;
    QString wrkError;
    // The bench itself waits for wrk meanwhile: its CPU is the server's.
    const qint64 self = QCoreApplication::applicationPid();
    const double serverCpu0 = processCpuSeconds(self);
    const double clientCpu0 = childrenCpuSeconds();
    const bool ran = runWrk(
        common + QStringList{u"-s"_s, lua, u"http://127.0.0.1:%1/v1/tokens"_s.arg(server.port())},
        figures, wrkError);
    const double clientCpu = childrenCpuSeconds() - clientCpu0;
    const double serverCpu = processCpuSeconds(self) - serverCpu0;
    server.stop();
    if (!ran || figures.requestsPerSecond <= 0 || figures.non2xx > 0) {
        r.error("server.sign_only", ran ? "wrk got no answers or errors from the sign-only server"
                                        : wrkError.toStdString());
        return;
    }
    r.ratio("server.sign_only.requests_per_s", figures.requestsPerSecond, "req/s",
            "openssl.es256_sign_rate", bare, figures.requestsPerSecond / bare);
    if (figures.requests > 0) {
        r.value("server.sign_only.server_cpu_per_token", serverCpu * 1e6 / figures.requests, "us");
        r.value("server.sign_only.client_cpu_per_token", clientCpu * 1e6 / figures.requests, "us");
    }
    r.ratio("server.tokens_es256.of_sign_only", tokensPerSecond, "req/s",
            "server.sign_only.requests_per_s", figures.requestsPerSecond,
            tokensPerSecond / figures.requestsPerSecond);
}

void run(Report& r)
{
    if (!r.wants("server.get_user.requests_per_s") &&
        !r.wants("server.tokens_es256.requests_per_s"))
        return;
    const auto fail = [&](const QString& what) { r.error("server", what.toStdString()); };
    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty()) {
        fail(u"wrk is not installed (scripts/install-deps.sh installs it)"_s);
        return;
    }
    QString error;
    const QString store = serverStore(error);
    if (store.isEmpty()) {
        fail(error);
        return;
    }
    ServedStore server;
    if (!server.start(store, u"bench-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()), error)) {
        fail(error);
        return;
    }
    const quint16 port = server.port();
    const QByteArray& key = server.apiKey();
    // A user of the store (a lookup by id costs the same for any).
    const std::string userId = firstUserId(port, key, error);
    if (userId.empty()) {
        fail(error);
        return;
    }
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);
    const QStringList common = wrkOptions(key);
    WrkFigures get;
    const double getCpu0 = processCpuSeconds(server.pid());
    if (!runWrk(common + QStringList{base + u"/v1/users/"_s + QString::fromStdString(userId)}, get,
                error)) {
        fail(error);
        return;
    }
    r.value("server.get_user.requests_per_s", get.requestsPerSecond, "req/s");
    r.value("server.get_user.p99", get.p99Ms, "ms");
    if (get.requests > 0 && getCpu0 >= 0)
        r.value("server.get_user.server_cpu_per_request",
                (processCpuSeconds(server.pid()) - getCpu0) * 1e6 / get.requests, "us");
    if (get.non2xx > 0)
        r.value("server.get_user.non_2xx", get.non2xx, "responses");

    const int threads = std::max(1, QThread::idealThreadCount());
    double signatureCpu = 0;
    const double bare = bareEs256Rate(threads, 3.0, signatureCpu);
    WrkFigures tokens;
    const double serverCpu0 = processCpuSeconds(server.pid());
    const double clientCpu0 = childrenCpuSeconds();
    if (!runWrk(common + QStringList{u"-s"_s, tokensLua(userId), base + u"/v1/tokens"_s}, tokens,
                error)) {
        fail(error);
        return;
    }
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpu0;
    const double clientCpu = childrenCpuSeconds() - clientCpu0;
    r.value("openssl.es256_sign_rate", bare, "sig/s");
    r.ratio("server.tokens_es256.requests_per_s", tokens.requestsPerSecond, "req/s",
            "openssl.es256_sign_rate", bare, tokens.requestsPerSecond / bare);
    // Where the CPU of a token goes: wrk shares the cores with the server,
    // so the rate above counts the client's work too. One signature's CPU
    // against the server's own CPU per token is the rate the server would
    // reach with the cores to itself, as a share of the bare rate.
    if (tokens.requests > 0 && serverCpu0 >= 0 && serverCpu > 0 && signatureCpu > 0) {
        const double serverUs = serverCpu * 1e6 / tokens.requests;
        const double signatureUs = signatureCpu * 1e6;
        r.value("server.tokens_es256.server_cpu_per_token", serverUs, "us");
        r.value("server.tokens_es256.client_cpu_per_token", clientCpu * 1e6 / tokens.requests,
                "us");
        r.ratio("server.tokens_es256.server_cpu_share_signing", signatureUs, "us",
                "server.tokens_es256.server_cpu_per_token", serverUs, signatureUs / serverUs);
    }
    r.value("server.tokens_es256.p99", tokens.p99Ms, "ms");
    if (tokens.non2xx > 0)
        r.value("server.tokens_es256.non_2xx", tokens.non2xx, "responses");
    signOnlyCeiling(r, threads, common, tokensLua(userId), bare, tokens.requestsPerSecond);
}

Register reg("server", &run);

} // namespace

} // namespace claimsmith::bench
