// Two `claimsmith serve` on different loopback ports over one PostgreSQL
// database (the test cluster): conflicting If-Match writes through both (one
// wins, the other gets 412), a key rotated through one and seen in the other's
// JWKS and tokens, a template promoted through one and used for tokens by the
// other. What one instance commits, the other's next request sees (see
// docs/server.md, "Several instances"); the checks poll with a deadline all
// the same, and fail with what they saw last.

#include "PgTestDatabase.h"
#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr int kDeadlineMs = 10000;

QByteArray body(const json::Value& v)
{
    return QByteArray::fromStdString(json::toString(v));
}

std::string str(const json::Value& v, const char* name)
{
    const json::Value* m = v.find(name);
    return m && m->isString() ? m->string() : std::string();
}

// The header or payload of a compact JWS, parsed.
json::Value jwsPart(const std::string& jws, int part)
{
    const QList<QByteArray> parts = QByteArray::fromStdString(jws).split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray decoded = QByteArray::fromBase64(
        parts[part], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return json::parse(decoded.toStdString()).value;
}

// Runs `probe` until it returns an empty string or kDeadlineMs pass; returns
// empty, or what the probe said last. `tookMs`: how long it took.
QString pollUntil(const std::function<QString()>& probe, qint64* tookMs = nullptr)
{
    QElapsedTimer took;
    took.start();
    QDeadlineTimer deadline(kDeadlineMs);
    QString last;
    while (true) {
        last = probe();
        if (last.isEmpty() || deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    if (tookMs)
        *tookMs = took.elapsed();
    return last.isEmpty() ? QString() : u"still after %1 ms: "_s.arg(took.elapsed()) + last;
}

} // namespace

class TestServerInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void conflictingWritesThroughBothOneWins();
    void keyRotatedThroughOneIsSeenByTheOther();
    void templatePromotedThroughOneIsUsedByTheOther();

private:
    test::HttpReply call(test::ServerProcess& s, const QByteArray& method, const QString& path,
                         const QByteArray& data = {},
                         const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return s.request(method, path, data, m_a.adminKey, headers);
    }
    std::string anyUser();
    // A token issued by `s` for `user`: its header and payload, or a reason.
    QString token(test::ServerProcess& s, const std::string& user, json::Value& header,
                  json::Value& payload);

    std::unique_ptr<test::PgTestDatabase> m_db;
    test::ServerProcess m_a;
    test::ServerProcess m_b;
};

void TestServerInstances::initTestCase()
{
    m_db = std::make_unique<test::PgTestDatabase>();
    QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
    m_a.setStore(m_db->url());
    const QString prepared = m_a.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    // The second instance: the same database and key file, the same keys.
    m_b.setStore(m_db->url());
    m_b.setKeyFile(m_a.keyFile());
    m_b.adminKey = m_a.adminKey;
    m_b.readOnlyKey = m_a.readOnlyKey;
    const QString a = m_a.start();
    QVERIFY2(a.isEmpty(), qPrintable(a));
    const QString b = m_b.start();
    QVERIFY2(b.isEmpty(), qPrintable(b));
    QVERIFY(m_a.port() != m_b.port());
}

void TestServerInstances::cleanupTestCase()
{
    QCOMPARE(m_a.stop(), 0);
    QCOMPARE(m_b.stop(), 0);
    m_db.reset();
}

std::string TestServerInstances::anyUser()
{
    const test::HttpReply users = call(m_a, "GET", u"/v1/users?limit=1"_s);
    if (users.status != 200)
        return {};
    const json::Value* data = users.json.find("data");
    if (!data || !data->isArray() || data->size() == 0)
        return {};
    return str(data->array().front(), "id");
}

QString TestServerInstances::token(test::ServerProcess& s, const std::string& user,
                                   json::Value& header, json::Value& payload)
{
    const test::HttpReply r =
        call(s, "POST", u"/v1/tokens"_s, body(json::Value::object({{"user_id", user}})));
    if (r.status != 200)
        return u"POST /v1/tokens on port %1: HTTP %2 %3"_s.arg(s.port()).arg(r.status).arg(
            QString::fromUtf8(r.body));
    const std::string jws = str(r.json, "access_token");
    header = jwsPart(jws, 0);
    payload = jwsPart(jws, 1);
    if (!header.isObject() || !payload.isObject())
        return u"the token is not a JWS: "_s + QString::fromStdString(jws);
    return {};
}

// Rounds in which both instances get a PATCH of one user with the same
// If-Match at the same time: one answers 200, the other 412, and both then
// show the winner's change.
void TestServerInstances::conflictingWritesThroughBothOneWins()
{
    const std::string id = anyUser();
    QVERIFY(!id.empty());
    const QString path = u"/v1/users/"_s + QString::fromStdString(id);
    for (int round = 0; round < 5; ++round) {
        const test::HttpReply before = call(m_a, "GET", path);
        QCOMPARE(before.status, 200);
        const QByteArray etag = before.header("etag");
        QVERIFY(!etag.isEmpty());
        const std::int64_t version = before.json.find("version")->toInt64();

        struct Attempt
        {
            QString url;
            std::string name;
            test::HttpReply reply;
        };
        Attempt attempts[2] = {
            {m_a.baseUrl() + path, "a" + std::to_string(round), {}},
            {m_b.baseUrl() + path, "b" + std::to_string(round), {}},
        };
        const std::string key = m_a.adminKey;
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            Attempt& at = attempts[i];
            threads[i].reset(QThread::create([&at, etag, key] {
                QNetworkAccessManager nam;
                at.reply = test::sendRequest(nam, at.url, "PATCH",
                                             body(json::Value::object({{"first_name", at.name}})),
                                             key, {{"If-Match", etag}});
            }));
        }
        for (auto& t : threads)
            t->start();
        for (auto& t : threads)
            QVERIFY(t->wait(60000));

        const int sa = attempts[0].reply.status;
        const int sb = attempts[1].reply.status;
        const QString seen = u"round %1: %2 from A (%3), %4 from B (%5)"_s.arg(round)
                                 .arg(sa)
                                 .arg(QString::fromUtf8(attempts[0].reply.body))
                                 .arg(sb)
                                 .arg(QString::fromUtf8(attempts[1].reply.body));
        QVERIFY2((sa == 200 && sb == 412) || (sa == 412 && sb == 200), qPrintable(seen));
        const std::string winner = sa == 200 ? attempts[0].name : attempts[1].name;
        for (test::ServerProcess* s : {&m_a, &m_b}) {
            const test::HttpReply after = call(*s, "GET", path);
            QCOMPARE(after.status, 200);
            QCOMPARE(str(after.json, "first_name"), winner);
            QCOMPARE(after.json.find("version")->toInt64(), version + 1);
        }
    }
}

// A next key added and activated through A: B's JWKS lists it, and B signs
// its tokens with it — although B issued tokens with the old key before
// (its token service keeps the signer).
void TestServerInstances::keyRotatedThroughOneIsSeenByTheOther()
{
    const std::string user = anyUser();
    QVERIFY(!user.empty());
    json::Value header, payload;
    QString why = token(m_b, user, header, payload);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const std::string oldKid = str(header, "kid");
    QVERIFY(!oldKid.empty());

    const test::HttpReply added =
        call(m_a, "POST", u"/v1/keys"_s,
             body(json::Value::object({{"alg", "ES256"}, {"state", "next"}})));
    QCOMPARE(added.status, 201);
    const std::string kid = str(added.json, "kid");
    QVERIFY(!kid.empty() && kid != oldKid);
    const auto jwksHas = [&](const std::string& wanted) -> QString {
        const test::HttpReply jwks = m_b.request("GET", u"/.well-known/jwks.json"_s);
        if (jwks.status != 200)
            return u"JWKS of B: HTTP %1"_s.arg(jwks.status);
        const json::Value* keys = jwks.json.find("keys");
        if (keys && keys->isArray()) {
            for (const json::Value& k : keys->array()) {
                if (str(k, "kid") == wanted)
                    return {};
            }
        }
        return u"the JWKS of B lacks "_s + QString::fromStdString(wanted) + u": "_s +
               QString::fromUtf8(jwks.body);
    };
    qint64 took = 0;
    why = pollUntil([&] { return jwksHas(kid); }, &took);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    qInfo("B's JWKS listed the key added through A after %lld ms", static_cast<long long>(took));

    const test::HttpReply activated =
        call(m_a, "POST", u"/v1/keys/"_s + QString::fromStdString(kid) + u"/activate"_s, {},
             {{"If-Match", added.header("etag")}});
    QCOMPARE(activated.status, 200);
    why = pollUntil(
        [&]() -> QString {
            json::Value h, p;
            if (QString e = token(m_b, user, h, p); !e.isEmpty())
                return e;
            if (str(h, "kid") != kid)
                return u"B signs with "_s + QString::fromStdString(str(h, "kid")) +
                       u", not with the key activated through A, "_s + QString::fromStdString(kid);
            return {};
        },
        &took);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    qInfo("B signed with the key activated through A after %lld ms", static_cast<long long>(took));
}

// A new version of the default template, promoted to production through A:
// B's tokens carry its claims, although B compiled and used the version
// before.
void TestServerInstances::templatePromotedThroughOneIsUsedByTheOther()
{
    const std::string user = anyUser();
    QVERIFY(!user.empty());
    json::Value header, payload;
    QString why = token(m_b, user, header, payload);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(!payload.find("instances"));

    const test::HttpReply tmpl = call(m_a, "GET", u"/v1/templates/default"_s);
    QCOMPARE(tmpl.status, 200);
    const test::HttpReply version =
        call(m_a, "POST", u"/v1/templates/default/versions"_s,
             body(json::Value::object(
                 {{"content", R"({"instances": "two"})"}, {"comment", "seen by every instance"}})),
             {{"If-Match", tmpl.header("etag")}});
    QVERIFY2(version.status == 201, version.body.constData());
    const std::int64_t number = version.json.find("version")->toInt64();
    const test::HttpReply promoted =
        call(m_a, "POST", u"/v1/templates/default/promote"_s,
             body(json::Value::object({{"version", number}, {"environment", "production"}})),
             {{"If-Match", version.header("etag")}});
    QVERIFY2(promoted.status == 200, promoted.body.constData());

    qint64 took = 0;
    why = pollUntil(
        [&]() -> QString {
            json::Value h, p;
            if (QString e = token(m_b, user, h, p); !e.isEmpty())
                return e;
            if (str(p, "instances") != "two")
                return u"B's token lacks the claim of the version promoted through A: "_s +
                       QString::fromStdString(json::toString(p));
            return {};
        },
        &took);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    qInfo("B issued with the version promoted through A after %lld ms",
          static_cast<long long>(took));
}

QTEST_GUILESS_MAIN(TestServerInstances)
#include "tst_server_instances.moc"
