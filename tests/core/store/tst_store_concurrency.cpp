// Concurrent writers, each through its own store connection (as a server's
// threads, or several servers on one PostgreSQL database): every write is
// made once, counts, versions, metadata key statistics and the audit log come
// out exactly right, and of writers racing with the same expected version
// exactly one wins. Run on SQLite and on PostgreSQL (tst_store_concurrency_pg).

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QTest>

#include <array>
#include <atomic>
#include <barrier>
#include <map>
#include <mutex>
#include <thread>

using namespace claimsmith;
using store::ErrorKind;

namespace {

constexpr int kThreads = 4;
constexpr int kWrites = 25;

json::Value j(const std::string& text)
{
    return json::parse(text).value;
}

// Another connection to the store, with ids of its own (TempStore's other
// connections share a seed, and would make the same ids).
std::unique_ptr<store::SqliteStore> connect(test::TempStore& s)
{
    store::SqliteStore::Options o;
    o.clock = &s.clock;
    auto opened = store::SqliteStore::open(s.location().toStdString(), o);
    if (!opened)
        qFatal("cannot open the test store: %s", opened.error().message.c_str());
    std::unique_ptr<store::SqliteStore> c = std::move(opened.value());
    c->setActor("test");
    return c;
}

// Runs `work(thread)` on kThreads threads, each with a connection of its
// own (opened and closed on its thread, as Qt SQL wants), and collects what
// went wrong ("thread 2: …"), empty when nothing did.
std::string onThreads(test::TempStore& s,
                      const std::function<std::string(int, store::SqliteStore&)>& work)
{
    std::mutex mutex;
    std::string failures;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            const std::string failure = work(t, *connect(s));
            if (!failure.empty()) {
                const std::lock_guard lock(mutex);
                failures += "thread " + std::to_string(t) + ": " + failure + "\n";
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    return failures;
}

std::int64_t keyCount(store::Store& s, const std::string& key)
{
    auto keys = s.metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    if (!keys)
        qFatal("cannot read the metadata keys: %s", keys.error().message.c_str());
    for (const store::MetadataKeyStats& k : *keys) {
        if (k.key == key)
            return k.count;
    }
    return 0;
}

// Audit events per action ("user.create": 100, …), all of them.
std::map<std::string, int> auditActions(store::Store& s)
{
    std::map<std::string, int> actions;
    store::AuditQuery q;
    q.limit = store::kMaxPageSize;
    while (true) {
        auto page = s.findAuditEvents(q);
        if (!page)
            qFatal("cannot read the audit log: %s", page.error().message.c_str());
        for (const model::AuditEvent& e : page->items)
            ++actions[e.action];
        if (page->next.empty())
            return actions;
        q.after = page->next;
    }
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void writersOnDifferentRecords();
    void readModifyWriteOnOneRecordLosesNoUpdate();
    void ofRacingWritersWithOneVersionExactlyOneWins();
};

// Each thread creates users (the user count, the counts of the metadata keys
// and the audit log are shared by all) and patches a user of its own.
void TestStoreConcurrency::writersOnDifferentRecords()
{
    test::TempStore s;
    std::vector<std::string> own;
    for (int t = 0; t < kThreads; ++t) {
        model::User u;
        u.email = "own" + std::to_string(t) + "@example.com";
        u.metadata = j(R"({"shared":true})");
        auto made = s->createUser(u);
        QVERIFY2(made, made.error().message.c_str());
        own.push_back(made->id);
    }
    const auto before = auditActions(*s);

    const std::string failures = onThreads(s, [&](int t, store::SqliteStore& c) -> std::string {
        std::int64_t version = 1;
        for (int i = 0; i < kWrites; ++i) {
            model::User u;
            u.email = "t" + std::to_string(t) + "-" + std::to_string(i) + "@example.com";
            u.metadata = j(R"({"shared":1,"thread)" + std::to_string(t) + R"(":"x"})");
            if (auto made = c.createUser(u); !made)
                return "create " + std::to_string(i) + ": " + made.error().message;
            auto patched = c.patchUserMetadata(own[static_cast<std::size_t>(t)],
                                               store::MetadataField::Metadata,
                                               j(R"({"n":)" + std::to_string(i) + "}"), version);
            if (!patched)
                return "patch " + std::to_string(i) + ": " + patched.error().message;
            version = patched->version;
        }
        return {};
    });
    QVERIFY2(failures.empty(), failures.c_str());

    QCOMPARE(*s->userCount(), std::int64_t(kThreads + kThreads * kWrites));
    for (const std::string& id : own) {
        auto u = s->user(id);
        QVERIFY(u);
        QCOMPARE(u->version, std::int64_t(1 + kWrites));
        QCOMPARE(json::toString(*u->metadata.find("n")), std::to_string(kWrites - 1));
    }
    QCOMPARE(keyCount(*s, "shared"), std::int64_t(kThreads + kThreads * kWrites));
    QCOMPARE(keyCount(*s, "n"), std::int64_t(kThreads));
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(keyCount(*s, "thread" + std::to_string(t)), std::int64_t(kWrites));
    auto after = auditActions(*s);
    QCOMPARE(after["user.create"] - before.at("user.create"), kThreads * kWrites);
    QCOMPARE(after["user.update"] - (before.count("user.update") ? before.at("user.update") : 0),
             kThreads * kWrites);
}

// Each thread adds one to a number in one user's metadata, reading the user
// and writing with the version it read (If-Match), again on a conflict: no
// addition is lost.
void TestStoreConcurrency::readModifyWriteOnOneRecordLosesNoUpdate()
{
    test::TempStore s;
    model::User u;
    u.email = "counter@example.com";
    u.metadata = j(R"({"hits":0})");
    auto made = s->createUser(u);
    QVERIFY2(made, made.error().message.c_str());
    const std::string id = made->id;
    std::atomic<int> conflicts{0};

    const std::string failures = onThreads(s, [&](int, store::SqliteStore& c) -> std::string {
        for (int i = 0; i < kWrites;) {
            auto current = c.user(id);
            if (!current)
                return "read: " + current.error().message;
            const auto hits = static_cast<long long>(current->metadata.find("hits")->toInt64());
            auto patched = c.patchUserMetadata(id, store::MetadataField::Metadata,
                                               j(R"({"hits":)" + std::to_string(hits + 1) + "}"),
                                               current->version);
            if (!patched && patched.error().kind == ErrorKind::Conflict) {
                ++conflicts;
                continue;
            }
            if (!patched)
                return "patch: " + std::string(store::errorKindName(patched.error().kind)) + ": " +
                       patched.error().message;
            ++i;
        }
        return {};
    });
    QVERIFY2(failures.empty(), failures.c_str());
    auto final = s->user(id);
    QVERIFY(final);
    QCOMPARE(json::toString(*final->metadata.find("hits")), std::to_string(kThreads * kWrites));
    QCOMPARE(final->version, std::int64_t(1 + kThreads * kWrites));
    QCOMPARE(keyCount(*s, "hits"), std::int64_t(1));
    qInfo("%d writes were refused as stale and made again", conflicts.load());
}

// Rounds in which every thread reads the record, waits for the others, and
// writes with the version it read: one write per round succeeds, the others
// are refused as conflicts (never busy, never a second success).
void TestStoreConcurrency::ofRacingWritersWithOneVersionExactlyOneWins()
{
    test::TempStore s;
    model::User u;
    u.email = "race@example.com";
    auto made = s->createUser(u);
    QVERIFY2(made, made.error().message.c_str());
    const std::string id = made->id;
    constexpr int kRounds = 10;
    std::barrier sync(kThreads);
    std::vector<std::array<int, kRounds>> won(kThreads);

    const std::string failures = onThreads(s, [&](int t, store::SqliteStore& c) -> std::string {
        std::string failure;
        for (int round = 0; round < kRounds; ++round) {
            auto current = c.user(id);
            sync.arrive_and_wait(); // all have read the same version
            std::int64_t version = current ? current->version : -1;
            auto patched =
                c.patchUserMetadata(id, store::MetadataField::Metadata,
                                    j(R"({"winner":)" + std::to_string(t) + "}"), version);
            won[static_cast<std::size_t>(t)][static_cast<std::size_t>(round)] = patched ? 1 : 0;
            if (!patched && patched.error().kind != ErrorKind::Conflict && failure.empty())
                failure = "round " + std::to_string(round) + ": " +
                          store::errorKindName(patched.error().kind) + ": " +
                          patched.error().message;
            sync.arrive_and_wait(); // all have written
        }
        return failure;
    });
    QVERIFY2(failures.empty(), failures.c_str());
    int lastWinner = -1;
    for (int round = 0; round < kRounds; ++round) {
        int winners = 0;
        for (int t = 0; t < kThreads; ++t) {
            if (won[static_cast<std::size_t>(t)][static_cast<std::size_t>(round)]) {
                ++winners;
                lastWinner = t;
            }
        }
        QVERIFY2(winners == 1,
                 qPrintable(QStringLiteral("round %1 had %2 winners").arg(round).arg(winners)));
    }
    auto final = s->user(id);
    QVERIFY(final);
    QCOMPARE(final->version, std::int64_t(1 + kRounds));
    QCOMPARE(json::toString(*final->metadata.find("winner")), std::to_string(lastWinner));
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_store_concurrency.moc"
