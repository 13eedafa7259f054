// Store figures on a store of 1,000,000 users with 10 metadata keys each
// (CLAIMSMITH_BENCH_USERS overrides the size): import rate against raw
// SQLite C-API inserts of the same rows, lookups by external id, metadata
// searches, key statistics, token issuance against a bare ES256 signature,
// and the bytes per user. The big store is built once and kept in
// build/bench-data/ (delete it to rebuild).

#include "Bench.h"
#include "issue/TokenService.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/Clock.h"
#include "model/Ids.h"
#include "store/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <openssl/evp.h>
#include <random>
#include <sqlite3.h>
#include <stdexcept>
#include <time.h>
#include <utility>

namespace claimsmith::bench {

namespace {

using Clock = std::chrono::steady_clock;

const char* const kPlans[] = {"free", "pro", "pro", "enterprise", "free", "team"};
const char* const kDepartments[] = {"Engineering", "Sales",    "Support",
                                    "Finance",     "Research", "Legal"};
const char* const kLanguages[] = {"en", "de", "fr", "es", "ja", "pt"};
const char* const kRegions[] = {"eu-west-1", "us-east-1", "us-west-2", "ap-south-1"};

// User number i, always the same.
model::User benchUser(std::int64_t i)
{
    model::User u;
    u.email = "user" + std::to_string(i) + "@bench" + std::to_string(i % 97) + ".example";
    u.firstName = "First" + std::to_string(i % 5000);
    u.lastName = "Last" + std::to_string(i % 20000);
    if (i % 5 < 2)
        u.externalId = "crm-" + std::to_string(i);
    std::mt19937_64 rng(static_cast<std::uint64_t>(i));
    json::Object m;
    m.push_back({"plan", kPlans[rng() % 6]});
    m.push_back({"tier", rng() % 10 == 0 ? "gold" : "silver"});
    m.push_back({"language", kLanguages[rng() % 6]});
    m.push_back({"department", kDepartments[rng() % 6]});
    m.push_back({"region", kRegions[rng() % 4]});
    m.push_back({"seats", static_cast<long long>(1 + rng() % 500)});
    m.push_back({"beta", rng() % 3 == 0});
    m.push_back({"theme", rng() % 2 == 0 ? "dark" : "light"});
    m.push_back({"cost_center", "CC-" + std::to_string(rng() % 1000)});
    m.push_back({"license_key", "LK-" + std::to_string(rng())});
    u.metadata = json::Value(std::move(m));
    return u;
}

std::unique_ptr<store::SqliteStore> openStore(const std::string& path, bool create,
                                              const model::Clock* clock)
{
    store::SqliteStore::Options o;
    o.create = create;
    o.clock = clock;
    o.idSeed = 7;
    auto s = store::SqliteStore::open(path, o);
    if (!s)
        throw std::runtime_error("cannot open " + path + ": " + s.error().message);
    (*s)->setActor("bench");
    return std::move(s.value());
}

// Our import path: Store::createUser for every user in one batch.
double importThroughStore(const std::string& path, std::int64_t from, std::int64_t count,
                          const model::Clock& clock)
{
    auto s = openStore(path, true, &clock);
    const auto t0 = Clock::now();
    if (s->beginBatch("bench.import", "bench"))
        throw std::runtime_error("cannot begin a batch");
    for (std::int64_t i = from; i < from + count; ++i) {
        auto r = s->createUser(benchUser(i));
        if (!r)
            throw std::runtime_error("import failed at " + std::to_string(i) + ": " +
                                     r.error().message);
        if ((i - from) % 100000 == 99999) {
            std::fprintf(stderr, "bench: %lld users\n", static_cast<long long>(i - from + 1));
        }
    }
    if (s->commitBatch())
        throw std::runtime_error("commit failed");
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The same rows with the SQLite C API: prepared statements, one transaction.
double importRaw(const std::string& path, std::int64_t from, std::int64_t count)
{
    openStore(path, true, nullptr); // the same schema
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt* user = nullptr;
    sqlite3_stmt* meta = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO users (id, email, email_key, email_verified, first_name, last_name, name_key,"
        " last_key, external_id, metadata, user_metadata, sso_attributes, created_at, updated_at,"
        " version) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, '{}', '{}', ?, ?, 1)",
        -1, &user, nullptr);
    sqlite3_prepare_v2(
        db, "INSERT INTO metadata_values (object, field, key, owner, value) VALUES (1, 1, ?, ?, ?)",
        -1, &meta, nullptr);
    model::IdGenerator ids(model::systemClock(), 9);
    const auto t0 = Clock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (std::int64_t i = from; i < from + count; ++i) {
        const model::User u = benchUser(i);
        const std::string id = ids.next("user_");
        std::string lower = u.email;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return static_cast<char>(std::tolower(c)); });
        const std::string full = *u.firstName + " " + *u.lastName;
        const std::string metadata = json::toString(u.metadata);
        sqlite3_bind_text(user, 1, id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 2, u.email.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 3, lower.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 4, u.firstName->c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 5, u.lastName->c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 6, full.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 7, u.lastName->c_str(), -1, SQLITE_TRANSIENT);
        if (u.externalId)
            sqlite3_bind_text(user, 8, u.externalId->c_str(), -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(user, 8);
        sqlite3_bind_text(user, 9, metadata.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(user, 10, 1767225600000);
        sqlite3_bind_int64(user, 11, 1767225600000);
        if (sqlite3_step(user) != SQLITE_DONE)
            throw std::runtime_error(std::string("raw insert failed: ") + sqlite3_errmsg(db));
        sqlite3_reset(user);
        const sqlite3_int64 rid = sqlite3_last_insert_rowid(db);
        for (const json::Member& m : u.metadata.object()) {
            const std::string value =
                m.value.isString() ? m.value.string() : json::toString(m.value);
            sqlite3_bind_text(meta, 1, m.key.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(meta, 2, rid);
            sqlite3_bind_text(meta, 3, value.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_step(meta);
            sqlite3_reset(meta);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    sqlite3_finalize(user);
    sqlite3_finalize(meta);
    sqlite3_close(db);
    return seconds;
}

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// One ES256 signature of `input` with OpenSSL's EVP interface, as a program
// without Claimsmith would make it: the reference of the token figures.
void bareEs256Sign(EVP_PKEY* key, const std::string& input)
{
    unsigned char sig[128];
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    std::size_t len = sizeof sig;
    EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char*>(input.data()),
                   input.size());
    keep(sig);
}

// The million-user store, built once.
std::string bigStore(std::int64_t users)
{
    const QString dir = QDir::current().absoluteFilePath(QStringLiteral("bench-data"));
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/users-%1.claimsmith").arg(users);
    const std::string path = file.toStdString();
    qputenv("CLAIMSMITH_KEY_FILE", (dir + QStringLiteral("/bench.key")).toLocal8Bit());
    if (QFile::exists(QString::fromStdString(path)))
        return path;
    const std::string building = path + ".building";
    QFile::remove(QString::fromStdString(building));
    std::fprintf(stderr, "bench: building a store of %lld users in %s (once)\n",
                 static_cast<long long>(users), path.c_str());
    model::FixedClock clock(1767225600000);
    importThroughStore(building, 0, users, clock);
    {
        auto s = openStore(building, false, &clock);
        s->createPermission({"users:read", "", "", 0});
        s->createRole({"admin", "", "", {"users:read"}, 0});
        model::Organization o;
        o.name = "Bench";
        o.metadata = json::parse(R"({"tier":"gold"})").value;
        const auto org = s->createOrganization(o);
        for (std::int64_t i = 0; i < 1000; ++i) {
            model::Membership m;
            m.userId = s->findUsers({.text = "user" + std::to_string(i) + "@", .limit = 1})
                           ->items.at(0)
                           .id;
            m.organizationId = org->id;
            m.roles = {"admin"};
            s->createMembership(m);
        }
        model::Application a;
        a.name = "Bench";
        a.clientId = "bench-client";
        s->createApplication(a);
        auto t = s->createTemplate("default", R"({
  "urn:bench:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:bench:plan": {{ user.metadata.plan || 'free' }},
  "urn:bench:tier": {{ organization.metadata.tier }},
  "urn:bench:language": {{ user.metadata.language }},
  "urn:bench:flags": {{ user.metadata.beta }},
  "urn:bench:roles": {{ organization_membership.roles | map: 'slug' }}
})",
                                   "bench");
        s->promoteTemplate("default", 1, "production", t->version, "");
        jose::Key k;
        std::string error;
        jose::Key::generate(jose::Algorithm::ES256, 0, k, error);
        s->addSigningKey(k, model::KeyState::Active);
        s->analyze();
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::rename(QString::fromStdString(building + suffix),
                      QString::fromStdString(path + suffix));
    return path;
}

} // namespace

std::string benchStore(std::int64_t users)
{
    return bigStore(users);
}

namespace {

// Users spread evenly over the whole store, each a member (role admin) of
// the organization "Spread": the subjects of the distinct-user token figures.
// Added to the bench store the first time they are needed.
struct Spread
{
    std::string organizationId;
    std::vector<std::string> userIds; // in a shuffled order
};

Spread spreadMembers(store::SqliteStore& s, std::int64_t users)
{
    const std::int64_t count = std::min<std::int64_t>(32768, users / 2);
    const std::int64_t step = users / count;
    Spread out;
    out.userIds.reserve(static_cast<std::size_t>(count));
    for (std::int64_t k = 0; k < count; ++k) {
        const std::int64_t i = k * step + step / 2;
        const std::string email =
            "user" + std::to_string(i) + "@bench" + std::to_string(i % 97) + ".example";
        auto u = s.userByEmail(email);
        if (!u)
            throw std::runtime_error("no bench user " + email);
        out.userIds.push_back(u->id);
    }
    auto orgs = s.findOrganizations({.text = "Spread"});
    if (orgs && !orgs->items.empty()) {
        out.organizationId = orgs->items.front().id;
    } else {
        std::fprintf(stderr, "bench: adding %lld members spread over the store (once)\n",
                     static_cast<long long>(count));
        model::Organization o;
        o.name = "Spread";
        o.metadata = json::parse(R"({"tier":"silver"})").value;
        if (s.beginBatch("bench.spread", "bench"))
            throw std::runtime_error("cannot begin a batch");
        const auto org = s.createOrganization(o);
        if (!org)
            throw std::runtime_error("cannot add the organization: " + org.error().message);
        out.organizationId = org->id;
        for (const std::string& id : out.userIds) {
            model::Membership m;
            m.userId = id;
            m.organizationId = org->id;
            m.roles = {"admin"};
            if (auto r = s.createMembership(m); !r)
                throw std::runtime_error("cannot add a membership: " + r.error().message);
        }
        if (s.commitBatch())
            throw std::runtime_error("commit failed");
    }
    std::shuffle(out.userIds.begin(), out.userIds.end(), std::mt19937_64(11));
    return out;
}

// CPU time of this thread, in nanoseconds.
double threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
}

// Nanoseconds of CPU time per call of `op` over a round of at least `round`.
double cpuNsPerOp(const std::function<void()>& op, std::chrono::milliseconds round)
{
    const auto end = Clock::now() + round;
    std::int64_t n = 0;
    const double t0 = threadCpuNs();
    do {
        for (int i = 0; i < 16; ++i)
            op();
        n += 16;
    } while (Clock::now() < end);
    return (threadCpuNs() - t0) / static_cast<double>(n);
}

// Nanoseconds per call of `a` and of `b`, measured in alternating rounds so
// that both see the same state of the machine (medians of 9 rounds each).
// CPU time of the thread, not wall time: other programs on the machine
// delay both alike, but would add to wall time unevenly; the two agree on
// an idle machine (everything here runs on this thread, and the store's
// file is in the system's page cache).
std::pair<double, double> pairedNs(const std::function<void()>& a, const std::function<void()>& b)
{
    for (int i = 0; i < 64; ++i) { // warm up both
        a();
        b();
    }
    std::vector<double> as;
    std::vector<double> bs;
    for (int round = 0; round < 9; ++round) {
        as.push_back(cpuNsPerOp(a, std::chrono::milliseconds(40)));
        bs.push_back(cpuNsPerOp(b, std::chrono::milliseconds(40)));
    }
    std::sort(as.begin(), as.end());
    std::sort(bs.begin(), bs.end());
    return {as[as.size() / 2], bs[bs.size() / 2]};
}

// Microseconds of CPU time per call of `op`: the median of 5 rounds.
double cpuUs(const std::function<void()>& op)
{
    std::vector<double> v;
    for (int round = 0; round < 5; ++round)
        v.push_back(cpuNsPerOp(op, std::chrono::milliseconds(40)));
    std::sort(v.begin(), v.end());
    return v[v.size() / 2] / 1000;
}

// One read transaction of the SQLite C API on the file, reading one row
// (its file locks are system calls): the floor under any read, in us.
double rawTrivialReadUs(const std::string& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT value FROM counters WHERE name = 'users'", -1, &stmt, nullptr);
    const double us = cpuUs([&] {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            keep(sqlite3_column_blob(stmt, 0));
        sqlite3_reset(stmt);
    });
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return us;
}

// Target: a token issued from the store costs <= 1.3 x the bare ES256
// signature. The figures (microseconds, and ratios to a bare ES256
// signature of the same header and payload, measured in alternating
// rounds):
// - render+sign of a subject already read (the rollout check reads users in
//   bulk);
// - the whole issue (TokenService::issue for user id + organization id, as
//   `render --store --sign` and the server do) over distinct users spread
//   over the store, each token for another user, so that their rows are
//   rarely in SQLite's page cache;
// - the whole issue for one user again and again;
// - and the parts: one empty read transaction of the C API, the store
//   lookup, the issue without signing.
void tokenFigures(Report& r, store::SqliteStore& s, std::int64_t users, const std::string& path)
{
    const Spread spread = spreadMembers(s, users);
    issue::TokenService service(s);
    std::size_t next = 0;
    auto distinct = [&]() -> const std::string& {
        const std::string& id = spread.userIds[next];
        next = (next + 1) % spread.userIds.size();
        return id;
    };
    const std::string sameUser = spread.userIds.front();
    auto first = service.issue({sameUser, spread.organizationId});
    if (!first)
        throw std::runtime_error("issue failed: " + first.error().message);
    // The reference signs what the token's signature covers: header.payload.
    const std::string signingInput = first->token.substr(0, first->token.rfind('.'));
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const std::function<void()> bare = [&] { bareEs256Sign(key.get(), signingInput); };
    auto report = [&](const char* name, const std::pair<double, double>& ns) {
        r.ratio(name, ns.second / 1000, "us", "openssl.es256_sign", ns.first / 1000,
                ns.second / ns.first);
    };

    const auto subject = s.tokenSubject(sameUser, spread.organizationId);
    if (!subject)
        throw std::runtime_error("no token subject: " + subject.error().message);
    {
        // A subject read before, rendered and signed inside the snapshot it
        // was read in (as a reader of users in bulk does): no store access.
        store::ReadSnapshot snapshot(s);
        report("store.token_render_sign_vs_es256_sign", pairedNs(bare, [&] {
                   auto t = service.issue(*subject, {});
                   keep(&t);
               }));
        r.value("store.token_render_without_signing_given_subject", cpuUs([&] {
                    auto t = service.render(*subject, {});
                    keep(&t);
                }),
                "us");
    }
    report("store.token_issue_distinct_users_vs_es256_sign", pairedNs(bare, [&] {
               auto t = service.issue({distinct(), spread.organizationId});
               if (!t)
                   throw std::runtime_error("issue failed: " + t.error().message);
               keep(&t);
           }));
    report("store.token_issue_same_user_vs_es256_sign", pairedNs(bare, [&] {
               auto t = service.issue({sameUser, spread.organizationId});
               keep(&t);
           }));

    // The parts.
    r.value("store.sqlite_c_api_trivial_read", rawTrivialReadUs(path), "us");
    r.value("store.token_subject_lookup_distinct_users", cpuUs([&] {
                auto t = s.tokenSubject(distinct(), spread.organizationId);
                keep(&t);
            }),
            "us");
    r.value("store.token_subject_lookup_same_user", cpuUs([&] {
                auto t = s.tokenSubject(sameUser, spread.organizationId);
                keep(&t);
            }),
            "us");
    r.value("store.token_render_without_signing_distinct_users", cpuUs([&] {
                auto t = service.render({distinct(), spread.organizationId});
                keep(&t);
            }),
            "us");
    r.value("store.token_render_without_signing_same_user", cpuUs([&] {
                auto t = service.render({sameUser, spread.organizationId});
                keep(&t);
            }),
            "us");
}

void run(Report& r)
{
    const bool bigStoreNeeded = r.wants("store.users") || r.wants("store.bytes_per_user") ||
                                r.wants("store.lookup") || r.wants("store.search") ||
                                r.wants("store.keys") || r.wants("store.token");
    if (!r.wants("store.import") && !bigStoreNeeded)
        return;
    const std::int64_t users = qEnvironmentVariableIsSet("CLAIMSMITH_BENCH_USERS")
                                   ? qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_USERS")
                                   : 1000000;

    if (r.wants("store.import")) {
        // The same 100,000 rows both ways, each into a new file.
        QTemporaryDir tmp;
        qputenv("CLAIMSMITH_KEY_FILE", tmp.filePath(QStringLiteral("k.key")).toLocal8Bit());
        const std::int64_t n = std::min<std::int64_t>(users, 100000);
        model::FixedClock clock(1767225600000);
        const double raw = importRaw(tmp.filePath(QStringLiteral("raw.db")).toStdString(), 0, n);
        const double ours =
            importThroughStore(tmp.filePath(QStringLiteral("ours.db")).toStdString(), 0, n, clock);
        const double rawRate = static_cast<double>(n) / raw;
        const double ourRate = static_cast<double>(n) / ours;
        // Target: ratio >= 0.5.
        r.ratio("store.import_users_per_s", ourRate, "users/s", "sqlite_c_api_inserts", rawRate,
                ourRate / rawRate);
    }

    if (!bigStoreNeeded)
        return;
    const std::string path = bigStore(users);
    auto s = openStore(path, false, nullptr);
    r.value("store.users", static_cast<double>(*s->userCount()), "users");
    const double bytes =
        static_cast<double>(QFileInfo(QString::fromStdString(path)).size() +
                            QFileInfo(QString::fromStdString(path + "-wal")).size());
    r.value("store.bytes_per_user", bytes / static_cast<double>(users), "bytes");

    if (r.wants("store.lookup")) {
        std::mt19937_64 rng(3);
        std::vector<double> samples;
        for (int k = 0; k < 20000; ++k) {
            std::int64_t i = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(users));
            i -= i % 5; // an index with an external id
            const std::string ext = "crm-" + std::to_string(i);
            const auto t0 = Clock::now();
            auto u = s->userByExternalId(ext);
            const double us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
            if (!u)
                throw std::runtime_error("lookup failed: " + u.error().message);
            samples.push_back(us);
        }
        // Target: p50 <= 50 us.
        r.value("store.lookup_external_id_p50", percentile(samples, 0.5), "us");
        r.value("store.lookup_external_id_p99", percentile(samples, 0.99), "us");
    }
    if (r.wants("store.search")) {
        auto time = [&](const store::UserQuery& q) {
            std::vector<double> ms;
            for (int k = 0; k < 15; ++k) {
                const auto t0 = Clock::now();
                auto page = s->findUsers(q);
                ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (!page || page->items.empty())
                    throw std::runtime_error("search found nothing");
            }
            return percentile(ms, 0.5);
        };
        using Op = store::MetadataCondition::Op;
        store::UserQuery common;
        common.metadata = {{store::MetadataField::Metadata, "plan", Op::Equals, "pro", true}};
        // Target: <= 20 ms to the first page.
        r.value("store.search_metadata_equals_common_first_page", time(common), "ms");
        store::UserQuery rare;
        rare.metadata = {{store::MetadataField::Metadata, "cost_center", Op::Equals, "CC-7", true}};
        r.value("store.search_metadata_equals_rare_first_page", time(rare), "ms");
        store::UserQuery two;
        two.metadata = {{store::MetadataField::Metadata, "plan", Op::Equals, "team", true},
                        {store::MetadataField::Metadata, "region", Op::StartsWith, "eu-", true}};
        r.value("store.search_metadata_two_conditions_first_page", time(two), "ms");
        store::UserQuery insensitive;
        insensitive.metadata = {
            {store::MetadataField::Metadata, "department", Op::Equals, "SALES", false}};
        r.value("store.search_metadata_any_case_first_page", time(insensitive), "ms");
        store::UserQuery text;
        text.text = "first42";
        r.value("store.search_name_prefix_first_page", time(text), "ms");
        store::UserQuery sorted;
        sorted.sort = store::UserSort::CreatedAt;
        sorted.descending = true;
        r.value("store.first_page_newest_users", time(sorted), "ms");
    }
    if (r.wants("store.keys")) {
        const double ms = nsPerOp([&] {
                              auto k = s->metadataKeys(store::MetadataObject::User,
                                                       store::MetadataField::Metadata);
                              keep(&k);
                          }) /
                          1e6;
        // Target: <= 10 ms.
        r.value("store.metadata_key_stats", ms, "ms");
    }
    if (r.wants("store.token"))
        tokenFigures(r, *s, users, path);
}

Register reg("store", &run);

} // namespace

} // namespace claimsmith::bench
