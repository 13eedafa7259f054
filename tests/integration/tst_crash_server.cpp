// Crash consistency of `claimsmith serve`: template promotions and a burst of
// creates and updates (If-Match) from several client threads, the server
// killed with SIGKILL at random points (seeded; every failure names the seed)
// and started again for the next round. After each kill the store passes
// PRAGMA integrity_check, every write a client got a 2xx for is there with
// the content and version it was answered with, the one write under way per
// client is whole or absent, and the audit log matches the data.

#include "FaultSupport.h"
#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Writer.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr int kVersions = 4; // template versions the promotions cycle through
constexpr int kWriters = 4;  // client threads of the burst

QByteArray ifMatch(std::int64_t version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::int64_t integer(const json::Value& v, std::string_view key)
{
    const json::Value* m = v.find(key);
    return m && m->isInteger() ? m->toInt64() : -1;
}

// One user a writer owns: what it was last answered.
struct Owned
{
    std::string id;
    std::string email;
    std::int64_t version = 0;
    std::int64_t seq = 0;
};

// What a writer sent last and got no answer for.
struct InFlight
{
    bool create = false;
    std::size_t index = 0; // into `owned`, for an update
    std::string email;     // for a create
    std::int64_t seq = 0;
};

struct Writer
{
    std::vector<Owned> owned;
    std::optional<InFlight> inFlight;
    QString error; // an answer that should not have come
    int acknowledged = 0;
};

} // namespace

class TestCrashServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedPromotionsAreAllOrNothing();
    void killedServerKeepsAcknowledgedWrites();

private:
    test::Seed m_seed;
};

void TestCrashServer::initTestCase()
{
    QVERIFY2(QFile::exists(test::claimsmithBinary()), "the claimsmith binary is not built");
}

void TestCrashServer::killedPromotionsAreAllOrNothing()
{
    QRandomGenerator rng = m_seed.forScenario("promote");
    test::ServerProcess server;
    QString e = server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString templatePath = u"/v1/templates/default"_s;
    test::HttpReply r = server.request("GET", templatePath, {}, server.adminKey);
    QCOMPARE(r.status, 200);
    std::int64_t version = integer(r.json, "version");
    for (auto n = integer(r.json, "latest_version") + 1; n <= kVersions; ++n) {
        const json::Value body = json::Value::object(
            {{"content", "{\"rev\": " + std::to_string(n) + "}"}, {"comment", "crash test"}});
        r = server.request("POST", templatePath + u"/versions"_s,
                           QByteArray::fromStdString(json::toString(body)), server.adminKey,
                           {{"If-Match", ifMatch(version)}});
        QVERIFY2(r.status == 201, r.body.constData());
        version = r.header("etag").mid(1).chopped(1).toLongLong();
    }
    QCOMPARE(server.stop(), 0);

    std::int64_t baseVersion = 0;
    std::size_t baseEvents = 0;
    {
        auto s = test::reopenStore(server.storePath(), server.dir() + u"/store.key"_s);
        QVERIFY2(s, s.error().message.c_str());
        baseVersion = (*s)->templateByName("default")->version;
        baseEvents = test::eventCount(test::auditByTarget(**s), "default");
    }

    const int rounds = 3;
    for (int round = 0; round < rounds; ++round) {
        e = server.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        r = server.request("GET", templatePath, {}, server.adminKey);
        QCOMPARE(r.status, 200);
        // The client: staging k, then production k, k = 1…kVersions, again
        // and again, each with the If-Match of the previous answer.
        struct Promoter
        {
            std::int64_t version = 0; // of the template, as last answered
            std::map<std::string, std::int64_t> acked;
            std::optional<std::pair<std::string, int>> inFlight;
            QString error;
            int acknowledged = 0;
        } client;
        client.version = integer(r.json, "version");
        client.acked["staging"] = integer(r.json, "staging_version");
        client.acked["production"] = integer(r.json, "production_version");
        const QString url = server.baseUrl() + templatePath + u"/promote"_s;
        const std::string key = server.adminKey;
        std::unique_ptr<QThread> thread(QThread::create([&client, url, key, round] {
            QNetworkAccessManager nam;
            for (int step = round;; ++step) {
                const std::string env = step % 2 ? "production" : "staging";
                const int number = (step / 2) % kVersions + 1;
                const json::Value body =
                    json::Value::object({{"version", number}, {"environment", env}});
                client.inFlight = {env, number};
                const test::HttpReply a = test::sendRequest(
                    nam, url, "POST", QByteArray::fromStdString(json::toString(body)), key,
                    {{"If-Match", ifMatch(client.version)}}, nullptr, 10000);
                if (a.status == 0)
                    return; // the server is gone: the promotion may or may not be in
                if (a.status != 200) {
                    client.error = u"HTTP %1: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body));
                    return;
                }
                client.inFlight.reset();
                client.version = integer(a.json, "version");
                client.acked[env] = number;
                ++client.acknowledged;
            }
        }));
        thread->start();
        const int at = test::between(rng, 150, 700);
        QThread::msleep(static_cast<unsigned long>(at));
        server.kill();
        QVERIFY(thread->wait(30000));
        const QString where =
            u"round %1, server killed at %2 ms after %3 promotions"_s.arg(round).arg(at).arg(
                client.acknowledged);
        SEEDED_VERIFY(m_seed, client.error.isEmpty(), where + u": "_s + client.error);

        auto s = test::reopenStore(server.storePath(), server.dir() + u"/store.key"_s);
        SEEDED_VERIFY(m_seed, s, where);
        const QString problem = test::integrityProblem(**s);
        SEEDED_VERIFY(m_seed, problem.isEmpty(), where + u": integrity_check: "_s + problem);
        const store::Result<model::Template> t = (*s)->templateByName("default");
        SEEDED_VERIFY(m_seed, t, where);
        const std::int64_t staging = t->stagingVersion.value_or(-1);
        const std::int64_t production = t->productionVersion.value_or(-1);
        // All or nothing: the acknowledged state, or that and the one under way.
        bool inFlightApplied = false;
        if (t->version == client.version) {
            SEEDED_VERIFY(
                m_seed,
                staging == client.acked["staging"] && production == client.acked["production"],
                where +
                    u": staging %1 and production %2 are not what was answered"_s.arg(staging).arg(
                        production));
        } else {
            SEEDED_VERIFY(m_seed, client.inFlight && t->version == client.version + 1,
                          where + u": the template is at version %1, answered %2"_s.arg(t->version)
                                      .arg(client.version));
            const auto& [env, number] = *client.inFlight;
            const std::string other = env == "staging" ? "production" : "staging";
            SEEDED_VERIFY(m_seed,
                          (env == "staging" ? staging : production) == number &&
                              (env == "staging" ? production : staging) == client.acked[other],
                          where + u": half of the promotion under way is there"_s);
            inFlightApplied = true;
        }
        // The audit log: one event per change, the newest saying what is now.
        const test::AuditByTarget audit = test::auditByTarget(**s);
        const auto events = static_cast<std::int64_t>(test::eventCount(audit, "default")) -
                            static_cast<std::int64_t>(baseEvents);
        SEEDED_VERIFY(
            m_seed, events == t->version - baseVersion,
            where + u": %1 changes, %2 audit events"_s.arg(t->version - baseVersion).arg(events));
        for (const model::AuditEvent& ev : audit.at("default")) {
            if (ev.action != "template.promote")
                continue;
            for (const char* env : {"staging", "production"}) {
                if (const json::Value* v = ev.after.find(env)) {
                    SEEDED_VERIFY(m_seed,
                                  v->toInt64() ==
                                      (std::string_view(env) == "staging" ? staging : production),
                                  where + u": the newest promotion event is not what is stored"_s);
                }
            }
            break;
        }
        qInfo("%s: %s", qPrintable(where),
              inFlightApplied ? "the one under way is in, whole" : "nothing more");
    }
    // The server starts again on the store the kills left.
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(server.request("GET", templatePath, {}, server.adminKey).status, 200);
    QCOMPARE(server.stop(), 0);
}

void TestCrashServer::killedServerKeepsAcknowledgedWrites()
{
    QRandomGenerator rng = m_seed.forScenario("burst");
    test::ServerProcess server;
    QString e = server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    std::vector<Writer> writers(kWriters);
    std::vector<quint32> writerSeeds;
    for (int w = 0; w < kWriters; ++w)
        writerSeeds.push_back(rng.generate());
    std::int64_t sequence = 0; // seq values, unique across rounds and writers

    const int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        e = server.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString base = server.baseUrl();
        const std::string key = server.adminKey;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < kWriters; ++w) {
            Writer& writer = writers[static_cast<std::size_t>(w)];
            const std::int64_t firstSeq = sequence + std::int64_t(w) * 1000000;
            QRandomGenerator own(writerSeeds[static_cast<std::size_t>(w)] + quint32(round));
            threads.emplace_back(QThread::create([&writer, base, key, w, firstSeq, own]() mutable {
                QNetworkAccessManager nam;
                for (std::int64_t seq = firstSeq;; ++seq) {
                    const bool create = writer.owned.size() < 3 || own.bounded(10) < 3;
                    InFlight f{create, 0, {}, seq};
                    test::HttpReply a;
                    if (create) {
                        f.email =
                            "w" + std::to_string(w) + "-" + std::to_string(seq) + "@example.com";
                        const json::Value body = json::Value::object(
                            {{"email", f.email},
                             {"metadata", json::Value::object({{"writer", w}, {"seq", seq}})}});
                        writer.inFlight = f;
                        a = test::sendRequest(nam, base + u"/v1/users"_s, "POST",
                                              QByteArray::fromStdString(json::toString(body)), key,
                                              {}, nullptr, 10000);
                    } else {
                        f.index = own.bounded(static_cast<quint32>(writer.owned.size()));
                        const Owned& o = writer.owned[f.index];
                        const json::Value body = json::Value::object(
                            {{"metadata", json::Value::object({{"seq", seq}})}});
                        writer.inFlight = f;
                        a = test::sendRequest(
                            nam, base + u"/v1/users/"_s + QString::fromStdString(o.id), "PATCH",
                            QByteArray::fromStdString(json::toString(body)), key,
                            {{"If-Match", ifMatch(o.version)}}, nullptr, 10000);
                    }
                    if (a.status == 0)
                        return; // the server is gone
                    if (a.status != (create ? 201 : 200) || !a.jsonOk) {
                        writer.error =
                            u"HTTP %1: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body));
                        return;
                    }
                    writer.inFlight.reset();
                    ++writer.acknowledged;
                    if (create) {
                        writer.owned.push_back({a.json.find("id")->string(), f.email,
                                                integer(a.json, "version"), seq});
                    } else {
                        Owned& o = writer.owned[f.index];
                        o.version = integer(a.json, "version");
                        o.seq = integer(*a.json.find("metadata"), "seq");
                    }
                }
            }));
            threads.back()->start();
        }
        const int at = test::between(rng, 300, 1200);
        QThread::msleep(static_cast<unsigned long>(at));
        server.kill();
        int acknowledged = 0;
        for (auto& t : threads)
            QVERIFY(t->wait(30000));
        for (const Writer& w : writers) {
            acknowledged += w.acknowledged;
            QVERIFY2(w.error.isEmpty(), m_seed.note(w.error).constData());
        }
        sequence += 100000000;
        const QString where =
            u"round %1, server killed at %2 ms (%3 writes answered so far)"_s.arg(round)
                .arg(at)
                .arg(acknowledged);

        auto s = test::reopenStore(server.storePath(), server.dir() + u"/store.key"_s);
        SEEDED_VERIFY(m_seed, s, where);
        const QString problem = test::integrityProblem(**s);
        SEEDED_VERIFY(m_seed, problem.isEmpty(), where + u": integrity_check: "_s + problem);
        const test::AuditByTarget audit = test::auditByTarget(**s);
        std::int64_t versions = 0;
        int landed = 0;
        for (Writer& writer : writers) {
            // The create under way: absent, or there whole (then it is owned).
            if (writer.inFlight && writer.inFlight->create) {
                const store::Result<model::User> u = (*s)->userByEmail(writer.inFlight->email);
                if (u) {
                    SEEDED_VERIFY(m_seed,
                                  u->version == 1 &&
                                      integer(u->metadata, "seq") == writer.inFlight->seq,
                                  where + u": the create under way is there, but not whole"_s);
                    writer.owned.push_back(
                        {u->id, u->email, u->version, integer(u->metadata, "seq")});
                    ++landed;
                } else {
                    SEEDED_VERIFY(m_seed, u.error().kind == store::ErrorKind::NotFound, where);
                }
            }
            for (std::size_t i = 0; i < writer.owned.size(); ++i) {
                Owned& o = writer.owned[i];
                const store::Result<model::User> u = (*s)->user(o.id);
                SEEDED_VERIFY(
                    m_seed, u,
                    where + u": the answered user %1 is gone"_s.arg(QString::fromStdString(o.id)));
                const std::int64_t seq = integer(u->metadata, "seq");
                const bool underWay =
                    writer.inFlight && !writer.inFlight->create && writer.inFlight->index == i;
                if (u->version == o.version) {
                    SEEDED_VERIFY(
                        m_seed, seq == o.seq,
                        where + u": user %1 is at the answered version %2 with other "
                                "content (seq %3, answered %4)"_s.arg(QString::fromStdString(o.id))
                                    .arg(o.version)
                                    .arg(seq)
                                    .arg(o.seq));
                } else {
                    // Only the update under way may have landed, whole.
                    SEEDED_VERIFY(m_seed,
                                  underWay && u->version == o.version + 1 &&
                                      seq == writer.inFlight->seq,
                                  where + u": user %1 is at version %2 (seq %3), answered %4 "
                                          "(seq %5)"_s.arg(QString::fromStdString(o.id))
                                              .arg(u->version)
                                              .arg(seq)
                                              .arg(o.version)
                                              .arg(o.seq));
                    o.version = u->version;
                    o.seq = seq;
                    ++landed;
                }
                // Every change has its event, and no event is for a change
                // that is not there: a create and an update per version.
                const auto events = static_cast<std::int64_t>(test::eventCount(audit, o.id));
                SEEDED_VERIFY(m_seed, events == u->version,
                              where + u": user %1 is at version %2 with %3 audit events"_s
                                          .arg(QString::fromStdString(o.id))
                                          .arg(u->version)
                                          .arg(events));
                versions += u->version;
            }
            writer.inFlight.reset();
        }
        // No event for a user that is not there (a create under way that
        // did not land): the user events are exactly the owned users'.
        std::int64_t userEvents = 0;
        for (const auto& [target, events] : audit) {
            for (const model::AuditEvent& ev : events) {
                if (ev.targetType == "user" && ev.actor == "test admin")
                    ++userEvents;
            }
        }
        SEEDED_VERIFY(m_seed, userEvents == versions,
                      where + u": %1 user events for %2 versions"_s.arg(userEvents).arg(versions));
        qInfo("%s: sound; %d of the writes under way had landed", qPrintable(where), landed);
    }
}

QTEST_GUILESS_MAIN(TestCrashServer)
#include "tst_crash_server.moc"
