// The soak test (issue 8, "Load"): minutes of mixed traffic from several
// concurrent clients against the real `claimsmith serve` on loopback, then
// the store checked for every write the server acknowledged.
//
//   claimsmith-bench --filter soak [--seconds 180] [--users 100000] [--clients 8]
//
// Only an explicit --filter runs it (it takes minutes). The store is a demo
// store (`claimsmith demo`, bench-data/soak-demo-<users>.claimsmith, built
// once, its key file next to it), copied for each run to
// bench-data/soak-run-<users>.claimsmith, which the run writes to.
//
// Each client is a thread with its own kept-alive connection running a
// fixed mix: GET a user by id, by external id, a filtered list, PATCH of a
// user's metadata with If-Match after reading it, POST /v1/users, POST
// /v1/tokens and the JWKS. The writing clients own disjoint sets of users,
// so a 412 there is an error; half of the clients race on kHotUsers users
// instead, where 412s are expected and the write is read again and retried.
// Any other status than the expected ones is an error.
//
// The server's memory (/proc/<pid>/status) is sampled after a warm-up,
// every tenth of the run (at most 10 s apart) and at the end. After the run
// the server is stopped with SIGTERM (it must exit with 0) and the store file
// is opened directly: every acknowledged create holds what its answer held,
// every user's last acknowledged PATCH is its current state, the audit log
// holds each acknowledged write (a create with the record that was
// answered, an update with the members it changed), and
// PRAGMA integrity_check is "ok".
//
// Figures go to standard output in the form of the other suites; a table
// for people and the progress go to standard error. Checks that fail are
// error lines and make the program exit with 1.

#include "Bench.h"
#include "BenchServe.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"
#include "store/SqliteStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace claimsmith::bench {

namespace {

using Clock = std::chrono::steady_clock;

enum Op : int
{
    GetUser,
    GetExternal,
    ListUsers,
    PatchUser,
    PatchHot,
    CreateUser,
    Token,
    Jwks,
    kOpCount
};
constexpr std::array<const char*, kOpCount> kOpNames = {
    "get_user",  "get_user_external", "list_users", "patch_user",
    "patch_hot", "create_user",       "token",      "jwks"};

// Each client's mix in percent (requests it starts, not counting the read
// before each PATCH). Racing clients run patch_hot where the others run
// patch_user.
constexpr std::array<int, kOpCount> kMix = {30, 12, 8, 14, 0, 5, 22, 9};
constexpr int kHotUsers = 2;
// Reads and PATCHes of one racing write before it gives up.
constexpr int kHotAttempts = 50;
constexpr std::size_t kErrorSamples = 10;
constexpr std::int64_t kMaxSampledUsers = 200000;
// The server's anonymous memory (its heap) may grow by this much from the
// first third of the run to the last (mean of the samples in each) before
// the run fails: max(kGrowthLimitMiB, kGrowthLimitShare × the start).
// Measured on RssAnon, not VmRSS: the store is memory-mapped, and the pages
// of the file that the run reads count in VmRSS as file cache.
constexpr double kGrowthLimitMiB = 8;
constexpr double kGrowthLimitShare = 0.10;

bool expected(Op op, int status)
{
    if (op == CreateUser)
        return status == 201;
    if (op == PatchHot)
        return status == 200 || status == 412;
    return status == 200;
}

std::string withThousands(std::int64_t n)
{
    const std::string digits = std::to_string(n);
    const std::size_t first = n < 0 ? 1 : 0; // after the sign
    std::string out = digits.substr(0, first);
    for (std::size_t i = first; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// What the clients share: the targets, the phase, the first errors.
struct Shared
{
    quint16 port = 0;
    QByteArray key;
    std::string runTag;
    int racers = 0;
    int writers = 0;                     // the clients that are not racing
    std::vector<std::string> ids;        // shuffled; the first kHotUsers are the hot ones
    std::vector<QByteArray> externalIds; // percent-encoded
    std::vector<std::vector<QByteArray>> listTargets; // groups of filtered lists
    std::atomic<bool> measuring{false};
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> requests{0};
    std::atomic<std::int64_t> errors{0};
    std::mutex samplesMutex;
    std::vector<std::string> errorSamples;
};

struct OpStats
{
    std::map<int, std::int64_t> statuses; // whole run; 0: no answer
    std::int64_t unexpected = 0;          // whole run
    std::int64_t measured = 0;            // requests in the measured phase
    std::vector<double> latencyMs;        // measured phase
};

// A write the server acknowledged, and the audit event it must have left:
// a create's event holds the record that was answered, an update's the
// members it changed ({"metadata":{"soak":<the value written>}}).
struct Ack
{
    bool create = false;
    std::string id;
    std::int64_t version = 0;
    std::string auditKey;   // auditKeyOf() of the event
    std::size_t auditAfter; // hash of the event's "after" as json::toString writes it
};

// What tells the events of the run apart: the action, the user, and for an
// update the value it wrote (each write writes another one).
std::string auditKeyOf(bool create, const std::string& id, const json::Value& after)
{
    if (create)
        return "user.create|" + id;
    const json::Value* metadata = after.isObject() ? after.find("metadata") : nullptr;
    const json::Value* soak = metadata && metadata->isObject() ? metadata->find("soak") : nullptr;
    return "user.update|" + id + "|" + (soak && soak->isString() ? soak->string() : "");
}

class Client
{
public:
    Client(Shared& shared, int index)
        : m_shared(shared)
        , m_index(index)
        , m_racing(index < shared.racers)
        , m_random(0x50a4 + static_cast<std::uint64_t>(index))
    {
        // The writing clients share the users after the hot ones out in turn.
        if (!m_racing) {
            const std::size_t writers = static_cast<std::size_t>(shared.writers);
            for (std::size_t k = kHotUsers + static_cast<std::size_t>(index - shared.racers);
                 k < shared.ids.size(); k += writers)
                m_own.push_back(shared.ids[k]);
        }
    }

    void run()
    {
        HttpConnection http(m_shared.port, m_shared.key);
        m_http = &http;
        std::array<int, kOpCount> mix = kMix;
        if (m_racing)
            std::swap(mix[PatchUser], mix[PatchHot]);
        std::discrete_distribution<int> pick(mix.begin(), mix.end());
        while (!m_shared.stop.load(std::memory_order_relaxed)) {
            switch (static_cast<Op>(pick(m_random))) {
            case GetUser:
                send(GetUser, "GET", "/v1/users/" + QByteArray::fromStdString(randomId()));
                break;
            case GetExternal:
                send(GetExternal, "GET",
                     "/v1/users/external/" +
                         m_shared.externalIds[below(m_shared.externalIds.size())]);
                break;
            case ListUsers: {
                const auto& group = m_shared.listTargets[below(m_shared.listTargets.size())];
                send(ListUsers, "GET", group[below(group.size())]);
                break;
            }
            case PatchUser:
                patchOwn();
                break;
            case PatchHot:
                patchHot();
                break;
            case CreateUser:
                create();
                break;
            case Token:
                send(Token, "POST", "/v1/tokens",
                     R"({"user_id":")" + QByteArray::fromStdString(randomId()) + "\"}");
                break;
            case Jwks:
                send(Jwks, "GET", "/.well-known/jwks.json");
                break;
            case kOpCount:
                break;
            }
        }
        m_http = nullptr;
    }

    std::array<OpStats, kOpCount> ops;
    std::vector<Ack> acks;
    // The answered record of each create, and of each user's latest PATCH.
    std::unordered_map<std::string, std::string> created;
    std::unordered_map<std::string, std::pair<std::int64_t, std::string>> lastPatch;
    std::int64_t unansweredWrites = 0;
    std::int64_t unansweredCreates = 0;
    std::int64_t hotGaveUp = 0;

private:
    std::size_t below(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }
    const std::string& randomId() { return m_shared.ids[below(m_shared.ids.size())]; }

    HttpAnswer send(Op op, const QByteArray& method, const QByteArray& target,
                    const QByteArray& body = {}, std::int64_t ifMatch = 0)
    {
        const bool measuring = m_shared.measuring.load(std::memory_order_relaxed);
        const auto t0 = Clock::now();
        HttpAnswer a = m_http->send(method, target, body, ifMatch);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        OpStats& s = ops[op];
        ++s.statuses[a.status];
        if (measuring) {
            ++s.measured;
            s.latencyMs.push_back(ms);
        }
        m_shared.requests.fetch_add(1, std::memory_order_relaxed);
        if (!expected(op, a.status)) {
            ++s.unexpected;
            note(op, method + ' ' + target,
                 a.status ? u"%1 %2"_s.arg(a.status).arg(QString::fromUtf8(a.body))
                          : u"no answer: "_s + a.error);
        }
        return a;
    }

    void note(Op op, const QByteArray& request, const QString& what)
    {
        m_shared.errors.fetch_add(1, std::memory_order_relaxed);
        std::lock_guard lock(m_shared.samplesMutex);
        if (m_shared.errorSamples.size() < kErrorSamples)
            m_shared.errorSamples.push_back(std::string(kOpNames[op]) + ": " +
                                            request.left(120).toStdString() + " -> " +
                                            what.left(300).toStdString());
    }

    // The record in a write's answer, kept as an acknowledged write.
    // `written` is the value a PATCH wrote (empty for a create).
    bool acknowledge(Op op, const HttpAnswer& a, const std::string& written = {})
    {
        const json::ParseResult parsed = json::parse(a.body.toStdString());
        const json::Value* id = parsed.ok ? parsed.value.find("id") : nullptr;
        const json::Value* version = parsed.ok ? parsed.value.find("version") : nullptr;
        const json::Value* metadata = parsed.ok ? parsed.value.find("metadata") : nullptr;
        const json::Value* soak =
            metadata && metadata->isObject() ? metadata->find("soak") : nullptr;
        if (!id || !id->isString() || !version || !version->isInteger() ||
            (op != CreateUser && (!soak || *soak != json::Value(written)))) {
            ++ops[op].unexpected;
            note(op, kOpNames[op],
                 u"an answer without the record written: "_s + QString::fromUtf8(a.body));
            return false;
        }
        std::string text = json::toString(parsed.value);
        Ack ack;
        ack.create = op == CreateUser;
        ack.id = id->string();
        ack.version = version->toInt64();
        const json::Value after =
            ack.create
                ? parsed.value
                : json::Value::object({{"metadata", json::Value::object({{"soak", written}})}});
        ack.auditKey = auditKeyOf(ack.create, ack.id, after);
        ack.auditAfter = std::hash<std::string>{}(json::toString(after));
        if (ack.create) {
            created[ack.id] = std::move(text);
        } else {
            auto& last = lastPatch[ack.id];
            if (ack.version > last.first)
                last = {ack.version, std::move(text)};
        }
        acks.push_back(std::move(ack));
        return true;
    }

    // A read for the version, then the PATCH with it, on one of this
    // client's own users. Nobody else writes them: any status but 200 is an
    // error.
    void patchOwn() { patch(PatchUser, m_own[below(m_own.size())]); }

    // Read, PATCH; after a 412 read again and retry.
    void patchHot()
    {
        const std::string& id = m_shared.ids[below(kHotUsers)];
        for (int i = 0; i < kHotAttempts && !m_shared.stop.load(std::memory_order_relaxed); ++i) {
            const int status = patch(PatchHot, id);
            if (status != 412)
                return;
        }
        if (!m_shared.stop.load(std::memory_order_relaxed))
            ++hotGaveUp;
    }

    // The PATCH's status; 0 when the read before it failed.
    int patch(Op op, const std::string& id)
    {
        const QByteArray path = "/v1/users/" + QByteArray::fromStdString(id);
        const HttpAnswer read = send(GetUser, "GET", path);
        if (read.status != 200 || read.etagVersion <= 0)
            return 0;
        const std::string value =
            "client " + std::to_string(m_index) + " write " + std::to_string(++m_writes);
        const QByteArray body = QByteArray::fromStdString(json::toString(
            json::Value::object({{"metadata", json::Value::object({{"soak", value}})}})));
        const HttpAnswer a = send(op, "PATCH", path, body, read.etagVersion);
        if (a.status == 200)
            acknowledge(op, a, value);
        else if (a.status == 0)
            ++unansweredWrites;
        return a.status;
    }

    void create()
    {
        const std::string c = std::to_string(m_index);
        const std::string name = m_shared.runTag + "-" + c + "-" + std::to_string(++m_writes);
        const QByteArray body = QByteArray::fromStdString(json::toString(json::Value::object({
            {"email", "soak-" + name + "@soak.example"},
            {"first_name", "Soak"},
            {"last_name", "Client " + c},
            {"external_id", "soak-" + name},
            {"metadata", json::Value::object({{"soak", "created by client " + c}})},
        })));
        const HttpAnswer a = send(CreateUser, "POST", "/v1/users", body);
        if (a.status == 201) {
            acknowledge(CreateUser, a);
        } else if (a.status == 0) {
            ++unansweredWrites;
            ++unansweredCreates;
        }
    }

    Shared& m_shared;
    int m_index;
    bool m_racing;
    std::mt19937_64 m_random;
    HttpConnection* m_http = nullptr;
    std::int64_t m_writes = 0;
    std::vector<std::string> m_own; // the users only this client writes
};

// The server's memory from /proc/<pid>/status, in KiB.
struct MemorySample
{
    double seconds = 0; // since the measured phase began
    std::int64_t rss = 0;
    std::int64_t anon = 0;
};

bool sampleMemory(qint64 pid, double seconds, MemorySample& out)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    if (!status)
        return false;
    out = {};
    out.seconds = seconds;
    std::string field;
    while (status >> field) {
        std::int64_t kib = 0;
        if (field == "VmRSS:" && status >> kib)
            out.rss = kib;
        else if (field == "RssAnon:" && status >> kib)
            out.anon = kib;
        status.ignore(1 << 20, '\n');
    }
    return out.rss > 0;
}

double mib(double kib)
{
    return kib / 1024.0;
}

// Mean of the last third's samples minus the first third's, in KiB.
double growth(const std::vector<MemorySample>& samples, double seconds,
              std::int64_t MemorySample::*field)
{
    double first = 0, last = 0;
    int nFirst = 0, nLast = 0;
    for (const MemorySample& s : samples) {
        if (s.seconds <= seconds / 3) {
            first += static_cast<double>(s.*field);
            ++nFirst;
        }
        if (s.seconds >= 2 * seconds / 3) {
            last += static_cast<double>(s.*field);
            ++nLast;
        }
    }
    return nFirst && nLast ? last / nLast - first / nFirst : 0;
}

// The users the clients work on, read from the store before the server starts.
bool sampleStore(const std::string& path, Shared& shared, std::int64_t& userCount,
                 std::string& error)
{
    auto opened = store::SqliteStore::open(path, {});
    if (!opened) {
        error = opened.error().message;
        return false;
    }
    store::SqliteStore& s = **opened;
    auto count = s.userCount();
    if (!count) {
        error = count.error().message;
        return false;
    }
    userCount = *count;
    std::vector<std::string> prefixes;
    store::UserQuery q{.limit = store::kMaxPageSize};
    while (static_cast<std::int64_t>(shared.ids.size()) < kMaxSampledUsers) {
        auto page = s.findUsers(q);
        if (!page) {
            error = page.error().message;
            return false;
        }
        for (const model::User& u : page->items) {
            shared.ids.push_back(u.id);
            if (u.externalId)
                shared.externalIds.push_back(
                    QUrl::toPercentEncoding(QString::fromStdString(*u.externalId)));
            if (shared.ids.size() % 997 == 0)
                prefixes.push_back(u.email.substr(0, 3));
        }
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    auto orgs = s.findOrganizations({.limit = 200});
    if (!orgs) {
        error = orgs.error().message;
        return false;
    }
    if (shared.ids.size() < 100 || shared.externalIds.empty() || orgs->items.empty()) {
        error = "the store has too few users, external ids or organizations for the mix";
        return false;
    }
    std::mt19937_64 random(0x50a4);
    std::shuffle(shared.ids.begin(), shared.ids.end(), random);
    const QByteArray list = "/v1/users?limit=20&";
    shared.listTargets = {{list + "metadata%5Bplan%5D=team", list + "metadata%5Bplan%5D=enterprise",
                           list + "metadata%5Bregion%5D=eu-west-1"},
                          {},
                          {}};
    prefixes.push_back("a");
    for (const std::string& p : prefixes)
        shared.listTargets[1].push_back(list +
                                        "q=" + QUrl::toPercentEncoding(QString::fromStdString(p)));
    for (const model::Organization& o : orgs->items)
        shared.listTargets[2].push_back(list +
                                        "organization_id=" + QByteArray::fromStdString(o.id));
    return true;
}

struct Verification
{
    std::int64_t acknowledged = 0;
    std::int64_t verified = 0;
    std::int64_t creates = 0;
    std::int64_t updates = 0;
    std::int64_t auditEvents = 0;
    std::vector<std::string> problems; // the first few
    std::int64_t problemCount = 0;
    void problem(std::string what)
    {
        ++problemCount;
        if (problems.size() < kErrorSamples)
            problems.push_back(std::move(what));
    }
};

// The store file after the server stopped, against what the clients were told.
Verification verify(const std::string& path, const std::string& keyName,
                    const std::vector<std::unique_ptr<Client>>& clients, std::int64_t usersBefore)
{
    Verification v;
    auto opened = store::SqliteStore::open(path, {});
    if (!opened) {
        v.problem("cannot open " + path + ": " + opened.error().message);
        return v;
    }
    store::SqliteStore& s = **opened;
    if (auto check = s.integrityCheck(); !check || *check != "ok")
        v.problem("PRAGMA integrity_check: " + (check ? *check : check.error().message));

    // The audit log's user events by the run's key: auditKeyOf -> hash of "after".
    std::unordered_map<std::string, std::size_t> audited;
    store::AuditQuery q{.actor = keyName, .action = "user.", .limit = store::kMaxPageSize};
    while (true) {
        auto page = s.findAuditEvents(q);
        if (!page) {
            v.problem("cannot read the audit log: " + page.error().message);
            break;
        }
        for (const model::AuditEvent& e : page->items) {
            ++v.auditEvents;
            const std::string key = auditKeyOf(e.action == "user.create", e.targetId, e.after);
            if (!audited.emplace(key, std::hash<std::string>{}(json::toString(e.after))).second)
                v.problem("two audit events " + key);
        }
        if (page->next.empty())
            break;
        q.after = page->next;
    }

    // The current state of each written user, and whether the answered
    // record is that state.
    std::unordered_map<std::string, std::pair<std::int64_t, std::string>> last;
    std::int64_t unansweredWrites = 0, unansweredCreates = 0;
    for (const auto& c : clients) {
        for (const auto& [id, text] : c->created)
            last.emplace(id, std::pair<std::int64_t, std::string>{1, text});
        for (const auto& [id, patch] : c->lastPatch) {
            auto& l = last[id];
            if (patch.first > l.first)
                l = patch;
        }
        unansweredWrites += c->unansweredWrites;
        unansweredCreates += c->unansweredCreates;
    }
    std::unordered_set<std::string> stale;
    for (const auto& [id, answered] : last) {
        auto u = s.user(id);
        if (!u) {
            v.problem("user " + id + " (acknowledged at version " + std::to_string(answered.first) +
                      ") is not in the store: " + u.error().message);
            stale.insert(id);
        } else if (const std::string now = json::toString(model::toJson(*u));
                   now != answered.second) {
            v.problem("user " + id + " is at version " + std::to_string(u->version) +
                      ", not as acknowledged at version " + std::to_string(answered.first) + ": " +
                      now.substr(0, 300));
            stale.insert(id);
        }
    }
    for (const auto& c : clients) {
        for (const Ack& a : c->acks) {
            ++v.acknowledged;
            ++(a.create ? v.creates : v.updates);
            const auto found = audited.find(a.auditKey);
            bool ok = true;
            if (found == audited.end()) {
                v.problem("no audit event " + a.auditKey);
                ok = false;
            } else if (found->second != a.auditAfter) {
                v.problem("the audit event " + a.auditKey +
                          " holds another change than was answered");
                ok = false;
            }
            if (a.version == last[a.id].first && stale.count(a.id))
                ok = false;
            if (ok)
                ++v.verified;
        }
    }
    if (v.auditEvents < v.acknowledged || v.auditEvents > v.acknowledged + unansweredWrites)
        v.problem(withThousands(v.auditEvents) + " audit events by the run's key for " +
                  withThousands(v.acknowledged) + " acknowledged writes (and " +
                  withThousands(unansweredWrites) + " without an answer)");
    auto count = s.userCount();
    const std::int64_t expectedUsers = usersBefore + v.creates;
    if (!count)
        v.problem("cannot count the users: " + count.error().message);
    else if (*count < expectedUsers || *count > expectedUsers + unansweredCreates)
        v.problem(withThousands(*count) + " users in the store, expected " +
                  withThousands(expectedUsers) + " (" + withThousands(usersBefore) + " + " +
                  withThousands(v.creates) + " acknowledged creates)");
    return v;
}

void printTable(const std::array<OpStats, kOpCount>& ops, double seconds)
{
    std::fprintf(stderr, "%-18s %10s %9s %8s %8s  %s\n", "operation", "requests", "req/s", "p50 ms",
                 "p99 ms", "statuses (whole run)");
    for (int op = 0; op < kOpCount; ++op) {
        const OpStats& s = ops[static_cast<std::size_t>(op)];
        std::string statuses;
        for (const auto& [status, n] : s.statuses)
            statuses += (statuses.empty() ? "" : " ") +
                        (status ? std::to_string(status) : std::string("none")) + ":" +
                        withThousands(n) + (expected(static_cast<Op>(op), status) ? "" : "!");
        std::fprintf(stderr, "%-18s %10s %9.1f %8.2f %8.2f  %s\n",
                     kOpNames[static_cast<std::size_t>(op)], withThousands(s.measured).c_str(),
                     static_cast<double>(s.measured) / seconds, percentile(s.latencyMs, 0.5),
                     percentile(s.latencyMs, 0.99), statuses.c_str());
    }
}

void run(Report& r)
{
    if (!r.asked("soak"))
        return;
    const auto fail = [&](const std::string& what) { r.error("soak", what); };
    const std::int64_t seconds = r.option("seconds", 180);
    const std::int64_t users = r.option("users", 100000);
    const int clientCount = static_cast<int>(std::min<std::int64_t>(r.option("clients", 8), 256));
    if (clientCount < 2) {
        fail("--clients takes at least 2: two clients race on the same users");
        return;
    }
    const QString dir = QDir::current().absoluteFilePath(u"bench-data"_s);
    QDir().mkpath(dir);
    const QString pristine = dir + u"/soak-demo-%1.claimsmith"_s.arg(users);
    const QString working = dir + u"/soak-run-%1.claimsmith"_s.arg(users);
    const ScopedEnv keyFile("CLAIMSMITH_KEY_FILE",
                            (dir + u"/soak-demo-%1.key"_s.arg(users)).toLocal8Bit());
    QString error;
    if (!buildDemoStore(pristine, users, error) || !copyStore(pristine, working, error)) {
        fail(error.toStdString());
        return;
    }

    Shared shared;
    shared.racers = std::max(2, clientCount / 2);
    shared.writers = clientCount - shared.racers;
    shared.runTag = std::to_string(QDateTime::currentMSecsSinceEpoch());
    std::int64_t usersBefore = 0;
    std::string storeError;
    if (!sampleStore(working.toStdString(), shared, usersBefore, storeError)) {
        fail("cannot read " + working.toStdString() + ": " + storeError);
        return;
    }
    const std::string keyName = "soak-" + shared.runTag;
    ServedStore server;
    if (!server.start(working, QString::fromStdString(keyName), error)) {
        fail(error.toStdString());
        return;
    }
    shared.port = server.port();
    shared.key = server.apiKey();
    const qint64 pid = server.pid();

    std::vector<std::unique_ptr<Client>> clients;
    std::vector<std::thread> threads;
    for (int i = 0; i < clientCount; ++i)
        clients.push_back(std::make_unique<Client>(shared, i));
    for (auto& c : clients)
        threads.emplace_back([&c] { c->run(); });

    const double warmUp = std::clamp(static_cast<double>(seconds) / 10.0, 2.0, 10.0);
    const double period = std::clamp(static_cast<double>(seconds) / 10.0, 1.0, 10.0);
    std::fprintf(stderr,
                 "soak: %d clients (%d racing on %d users) on %s users for %lld s after a %.0f s "
                 "warm-up\n",
                 clientCount, shared.racers, kHotUsers, withThousands(usersBefore).c_str(),
                 static_cast<long long>(seconds), warmUp);
    std::this_thread::sleep_for(std::chrono::duration<double>(warmUp));
    shared.measuring = true;
    const auto start = Clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    std::vector<MemorySample> memory;
    bool memoryRead = true;
    for (int k = 0;; ++k) {
        const double at = std::min(static_cast<double>(seconds), k * period);
        std::this_thread::sleep_until(
            start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(at)));
        MemorySample m;
        if (!sampleMemory(pid, elapsed(), m)) {
            memoryRead = false;
            break;
        }
        memory.push_back(m);
        std::fprintf(stderr,
                     "soak: %4.0f s  %s requests  %s errors  server RSS %.1f MiB (heap %.1f)\n",
                     m.seconds, withThousands(shared.requests.load()).c_str(),
                     withThousands(shared.errors.load()).c_str(), mib(static_cast<double>(m.rss)),
                     mib(static_cast<double>(m.anon)));
        if (at >= static_cast<double>(seconds))
            break;
    }
    shared.stop = true;
    const double measured = elapsed();
    for (std::thread& t : threads)
        t.join();
    QString stopError;
    const bool stoppedCleanly = server.stop(stopError);

    // Figures of the measured phase.
    std::array<OpStats, kOpCount> ops;
    std::int64_t unexpected = 0, conflicts = 0, gaveUp = 0;
    for (const auto& c : clients) {
        for (int op = 0; op < kOpCount; ++op) {
            OpStats& to = ops[static_cast<std::size_t>(op)];
            const OpStats& from = c->ops[static_cast<std::size_t>(op)];
            for (const auto& [status, n] : from.statuses)
                to.statuses[status] += n;
            to.unexpected += from.unexpected;
            to.measured += from.measured;
            to.latencyMs.insert(to.latencyMs.end(), from.latencyMs.begin(), from.latencyMs.end());
        }
        gaveUp += c->hotGaveUp;
    }
    std::int64_t total = 0;
    std::vector<double> all;
    for (const OpStats& s : ops) {
        unexpected += s.unexpected;
        total += s.measured;
        all.insert(all.end(), s.latencyMs.begin(), s.latencyMs.end());
    }
    conflicts = ops[PatchHot].statuses.count(412) ? ops[PatchHot].statuses.at(412) : 0;

    std::fprintf(stderr, "\nsoak: %.0f s measured, %d clients, %s users at the start\n", measured,
                 clientCount, withThousands(usersBefore).c_str());
    printTable(ops, measured);
    std::fprintf(stderr, "%-18s %10s %9.1f %8.2f %8.2f\n", "all", withThousands(total).c_str(),
                 static_cast<double>(total) / measured, percentile(all, 0.5),
                 percentile(all, 0.99));
    std::fprintf(stderr, "unexpected statuses: %s; expected 412s: %s; racing writes given up: %s\n",
                 withThousands(unexpected).c_str(), withThousands(conflicts).c_str(),
                 withThousands(gaveUp).c_str());
    for (const std::string& e : shared.errorSamples)
        std::fprintf(stderr, "  %s\n", e.c_str());

    r.value("soak.seconds", measured, "s");
    r.value("soak.clients", clientCount, "clients");
    r.value("soak.requests_per_s", static_cast<double>(total) / measured, "req/s");
    r.value("soak.p50", percentile(all, 0.5), "ms");
    r.value("soak.p99", percentile(all, 0.99), "ms");
    for (int op = 0; op < kOpCount; ++op) {
        const OpStats& s = ops[static_cast<std::size_t>(op)];
        const std::string name = std::string("soak.") + kOpNames[static_cast<std::size_t>(op)];
        r.value(name + ".requests_per_s", static_cast<double>(s.measured) / measured, "req/s");
        r.value(name + ".p50", percentile(s.latencyMs, 0.5), "ms");
        r.value(name + ".p99", percentile(s.latencyMs, 0.99), "ms");
    }
    r.value("soak.unexpected_statuses", static_cast<double>(unexpected), "responses");
    r.value("soak.expected_412", static_cast<double>(conflicts), "responses");

    if (!memoryRead || memory.empty()) {
        fail("cannot read /proc/" + std::to_string(pid) +
             "/status: the server ended during the run (the run stopped there)");
    } else {
        const MemorySample& first = memory.front();
        const MemorySample& last = memory.back();
        std::int64_t maxRss = 0;
        for (const MemorySample& m : memory)
            maxRss = std::max(maxRss, m.rss);
        const double rssGrowth = growth(memory, measured, &MemorySample::rss);
        const double anonGrowth = growth(memory, measured, &MemorySample::anon);
        const double limit =
            std::max(kGrowthLimitMiB, kGrowthLimitShare * mib(static_cast<double>(first.anon)));
        std::fprintf(stderr,
                     "server RSS (MiB): start %.1f, max %.1f, end %.1f; first to last third "
                     "%+.1f (heap %.1f -> %.1f, %+.1f; limit +%.1f); %zu samples\n",
                     mib(static_cast<double>(first.rss)), mib(static_cast<double>(maxRss)),
                     mib(static_cast<double>(last.rss)), mib(rssGrowth),
                     mib(static_cast<double>(first.anon)), mib(static_cast<double>(last.anon)),
                     mib(anonGrowth), limit, memory.size());
        r.value("soak.server_rss_start", mib(static_cast<double>(first.rss)), "MiB");
        r.value("soak.server_rss_max", mib(static_cast<double>(maxRss)), "MiB");
        r.value("soak.server_rss_end", mib(static_cast<double>(last.rss)), "MiB");
        r.value("soak.server_rss_growth", mib(rssGrowth), "MiB");
        r.value("soak.server_heap_start", mib(static_cast<double>(first.anon)), "MiB");
        r.value("soak.server_heap_end", mib(static_cast<double>(last.anon)), "MiB");
        r.value("soak.server_heap_growth", mib(anonGrowth), "MiB");
        if (mib(anonGrowth) > limit) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "the server's heap grew by %.1f MiB from the first third of the run "
                          "to the last (limit %.1f MiB)",
                          mib(anonGrowth), limit);
            fail(text);
        }
    }

    if (!stoppedCleanly)
        fail(stopError.toStdString());
    const Verification v = verify(working.toStdString(), keyName, clients, usersBefore);
    std::fprintf(stderr,
                 "acknowledged writes verified: %s/%s (%s creates, %s updates; %s audit events "
                 "by the run's key)\n",
                 withThousands(v.verified).c_str(), withThousands(v.acknowledged).c_str(),
                 withThousands(v.creates).c_str(), withThousands(v.updates).c_str(),
                 withThousands(v.auditEvents).c_str());
    for (const std::string& p : v.problems)
        std::fprintf(stderr, "  %s\n", p.c_str());
    r.ratio("soak.writes_verified", static_cast<double>(v.verified), "writes",
            "soak.writes_acknowledged", static_cast<double>(v.acknowledged),
            v.acknowledged ? static_cast<double>(v.verified) / static_cast<double>(v.acknowledged)
                           : 0);
    if (unexpected > 0)
        fail("unexpected statuses: " + withThousands(unexpected) +
             " (the table on standard error shows them, with the first bodies)");
    if (v.acknowledged == 0)
        fail("no write was acknowledged");
    if (v.problemCount > 0 || v.verified != v.acknowledged)
        fail(withThousands(v.acknowledged - v.verified) + " of " + withThousands(v.acknowledged) +
             " acknowledged writes not found as answered; " + withThousands(v.problemCount) +
             " problems" + (v.problems.empty() ? "" : ", the first: " + v.problems.front()));
}

Register reg("soak", &run);

} // namespace

} // namespace claimsmith::bench
