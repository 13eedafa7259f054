// Server figures (issue 7), measured with wrk on loopback against the real
// `claimsmith serve`, in bounded runs (2 threads, 16 connections, 5 s):
// GET /v1/users/{id} requests per second and p99 latency on a store of
// 1,000,000 users, and POST /v1/tokens (ES256) requests per second against
// the bare ES256 signature rate of the same machine, on as many threads as
// it has cores, measured in the same run.
//
// The store: CLAIMSMITH_BENCH_SERVER_STORE, else
// /work/bench-data/demo-1000000.claimsmith when it exists, is COPIED into
// bench-data/ (the original is never written to); elsewhere `claimsmith demo`
// builds one of CLAIMSMITH_BENCH_USERS (default 1,000,000) users there, once.
// Needs wrk (scripts/install-deps.sh installs it); without it the suite
// prints an error line and no figures.

#include "Bench.h"
#include "BenchServe.h"
#include "json/Reader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
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

struct WrkFigures
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    int non2xx = 0;
};

bool runWrk(const QStringList& args, WrkFigures& out, QString& error)
{
    QProcess wrk;
    wrk.start(u"wrk"_s, args);
    if (!wrk.waitForFinished(120000) || wrk.exitCode() != 0) {
        error = u"wrk failed: "_s + QString::fromUtf8(wrk.readAllStandardError());
        return false;
    }
    const QString text = QString::fromUtf8(wrk.readAllStandardOutput());
    const auto rps = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(text);
    const auto p99 = QRegularExpression(u"\\s99%\\s+([0-9.]+)(us|ms|s)"_s).match(text);
    const auto bad = QRegularExpression(u"Non-2xx or 3xx responses:\\s+([0-9]+)"_s).match(text);
    if (!rps.hasMatch()) {
        error = u"no Requests/sec in wrk's output: "_s + text;
        return false;
    }
    out.requestsPerSecond = rps.captured(1).toDouble();
    if (p99.hasMatch()) {
        const double v = p99.captured(1).toDouble();
        const QString unit = p99.captured(2);
        out.p99Ms = unit == u"us"_s ? v / 1000 : unit == u"s"_s ? v * 1000 : v;
    }
    out.non2xx = bad.hasMatch() ? bad.captured(1).toInt() : 0;
    return true;
}

// ES256 signatures per second of OpenSSL alone over a token-sized input, on
// `threads` threads for `seconds`.
double bareEs256Rate(int threads, double seconds)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    const std::string input(380, 'a'); // about a token's header.payload
    std::atomic<long long> total{0};
    std::vector<std::thread> pool;
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
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
        });
    }
    for (std::thread& t : pool)
        t.join();
    EVP_PKEY_free(key);
    return static_cast<double>(total.load()) / seconds;
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
    QByteArray body;
    std::string userId;
    if (httpGet(port, "/v1/users?limit=1", key, body) == 200) {
        const json::ParseResult parsed = json::parse(body.toStdString());
        if (parsed.ok && parsed.value.find("data") && parsed.value.find("data")->at(0))
            userId = parsed.value.find("data")->at(0)->find("id")->string();
    }
    if (userId.empty()) {
        fail(u"no user found in the store: "_s + QString::fromUtf8(body));
        return;
    }
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);
    const QStringList common = {u"-t2"_s,  u"-c16"_s,
                                u"-d5s"_s, u"--latency"_s,
                                u"-H"_s,   u"Authorization: Bearer "_s + QString::fromLatin1(key)};
    WrkFigures get;
    if (!runWrk(common + QStringList{base + u"/v1/users/"_s + QString::fromStdString(userId)}, get,
                error)) {
        fail(error);
        return;
    }
    r.value("server.get_user.requests_per_s", get.requestsPerSecond, "req/s");
    r.value("server.get_user.p99", get.p99Ms, "ms");
    if (get.non2xx > 0)
        r.value("server.get_user.non_2xx", get.non2xx, "responses");

    const int threads = std::max(1, QThread::idealThreadCount());
    const double bare = bareEs256Rate(threads, 3.0);
    QFile lua(QDir::current().absoluteFilePath(u"bench-data/tokens.lua"_s));
    lua.open(QIODevice::WriteOnly | QIODevice::Truncate);
    lua.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
              "wrk.body = '{\"user_id\":\"" +
              QByteArray::fromStdString(userId) + "\"}'\n");
    lua.close();
    WrkFigures tokens;
    if (!runWrk(common + QStringList{u"-s"_s, lua.fileName(), base + u"/v1/tokens"_s}, tokens,
                error)) {
        fail(error);
        return;
    }
    r.value("openssl.es256_sign_rate", bare, "sig/s");
    r.ratio("server.tokens_es256.requests_per_s", tokens.requestsPerSecond, "req/s",
            "openssl.es256_sign_rate", bare, tokens.requestsPerSecond / bare);
    r.value("server.tokens_es256.p99", tokens.p99Ms, "ms");
    if (tokens.non2xx > 0)
        r.value("server.tokens_es256.non_2xx", tokens.non2xx, "responses");
}

Register reg("server", &run);

} // namespace

} // namespace claimsmith::bench
