// The native REST API of `claimsmith serve` (spec/server-api.md): every
// endpoint and every error status, against the real binary.

#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

QByteArray body(const json::Value& v)
{
    return QByteArray::fromStdString(json::toString(v));
}

json::Value parse(const char* text)
{
    return json::parse(text).value;
}

std::string str(const json::Value& v, const char* name)
{
    const json::Value* m = v.find(name);
    return m && m->isString() ? m->string() : std::string();
}

// The number of items of a list reply; -1 when it is not a list.
int dataSize(const test::HttpReply& r)
{
    const json::Value* data = r.json.find("data");
    return data && data->isArray() ? static_cast<int>(data->size()) : -1;
}

// An integer member, or -1.
std::int64_t num(const json::Value& v, const char* name)
{
    const json::Value* m = v.find(name);
    return m && m->isInteger() ? m->toInt64() : -1;
}

// The field of a problem's first error, or "" when it has none.
std::string firstField(const test::HttpReply& r)
{
    const json::Value* errors = r.json.find("errors");
    return errors && errors->size() > 0 ? str(*errors->at(0), "field") : std::string();
}

QByteArray etag(std::int64_t version)
{
    return '"' + QByteArray::number(static_cast<qlonglong>(version)) + '"';
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authentication();
    void usersLifecycle();
    void staleWritesChangeNothing();
    void listsFilterAndPage();
    void badInput();
    void valuesStoredVerbatim();
    void organizationsAndMemberships();
    void rolesPermissionsApplications();
    void templatesRenderAndTokens();
    void keysAuditAndMetadataKeys();
    void accessLog();

private:
    test::HttpReply call(const QByteArray& method, const QString& path, const QByteArray& data = {},
                         const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return m_server.request(method, path, data, m_server.adminKey, headers);
    }
    void checkProblem(const test::HttpReply& r, int status);

    test::ServerProcess m_server;
};

void TestServerApi::initTestCase()
{
    QVERIFY(QFile::exists(test::claimsmithBinary()));
    const QString prepared = m_server.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestServerApi::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerApi::checkProblem(const test::HttpReply& r, int status)
{
    QVERIFY2(r.status == status,
             qPrintable(u"expected %1, got %2: %3"_s.arg(status).arg(r.status).arg(
                 QString::fromUtf8(r.body))));
    QCOMPARE(r.header("content-type"), "application/problem+json"_ba);
    QVERIFY(r.jsonOk);
    QCOMPARE(num(r.json, "status"), status);
    QVERIFY(str(r.json, "type").rfind("urn:claimsmith:problem:", 0) == 0);
    QVERIFY(!str(r.json, "title").empty());
    QVERIFY(!str(r.json, "detail").empty());
    QVERIFY(r.json.find("errors") && r.json.find("errors")->isArray());
}

void TestServerApi::authentication()
{
    checkProblem(m_server.request("GET", u"/v1/users"_s), 401);
    QCOMPARE(m_server.request("GET", u"/v1/users"_s).header("www-authenticate").left(6),
             "Bearer"_ba);
    checkProblem(m_server.request("GET", u"/v1/users"_s, {}, "csk_notakey"), 401);
    std::string wrong = m_server.adminKey;
    wrong.back() = wrong.back() == 'A' ? 'B' : 'A';
    checkProblem(m_server.request("GET", u"/v1/users"_s, {}, wrong), 401);
    // Public endpoints.
    QCOMPARE(m_server.request("GET", u"/healthz"_s).status, 200);
    QCOMPARE(m_server.request("GET", u"/.well-known/jwks.json"_s).status, 200);
    // A read-only key reads but does not write.
    QCOMPARE(m_server.request("GET", u"/v1/users"_s, {}, m_server.readOnlyKey).status, 200);
    const auto denied = m_server.request(
        "POST", u"/v1/users"_s, body(parse(R"({"email":"ro@example.com"})")), m_server.readOnlyKey);
    checkProblem(denied, 403);
    QCOMPARE(dataSize(call("GET", u"/v1/users?email=ro%40example.com"_s)), 0);
    // Unknown endpoints and methods.
    checkProblem(call("GET", u"/v1/nothing"_s), 404);
    const auto notAllowed = call("PUT", u"/v1/users"_s, "{}");
    checkProblem(notAllowed, 405);
    QVERIFY(notAllowed.header("allow").contains("GET"));
}

void TestServerApi::usersLifecycle()
{
    auto made =
        call("POST", u"/v1/users"_s, body(parse(R"({"email":"Ada@Example.com","first_name":"Ada",
                      "external_id":"crm-ada","metadata":{"plan":"pro","seats":3}})")));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.header("etag"), "\"1\""_ba);
    const std::string id = str(made.json, "id");
    QVERIFY(id.rfind("user_", 0) == 0);
    QCOMPARE(made.header("location"), QByteArray::fromStdString("/v1/users/" + id));
    for (const char* field :
         {"id", "email", "email_verified", "first_name", "last_name", "external_id", "metadata",
          "user_metadata", "sso_attributes", "created_at", "updated_at", "version"})
        QVERIFY2(made.json.find(field), field);

    auto got = call("GET", u"/v1/users/"_s + QString::fromStdString(id));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.header("etag"), "\"1\""_ba);
    JSON_COMPARE(got.json, made.json);
    auto byExternal = call("GET", u"/v1/users/external/crm-ada"_s);
    QCOMPARE(byExternal.status, 200);
    QCOMPARE(str(byExternal.json, "id"), id);
    checkProblem(call("GET", u"/v1/users/external/nobody"_s), 404);

    // PATCH merges metadata at the top level; null deletes.
    auto patched = call("PATCH", u"/v1/users/"_s + QString::fromStdString(id),
                        body(parse(R"({"last_name":"Lovelace",
                         "metadata":{"seats":null,"tier":"gold"},"user_metadata":{"theme":"dark"}})")),
                        {{"If-Match", etag(1)}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.header("etag"), "\"2\""_ba);
    QCOMPARE(str(patched.json, "last_name"), std::string("Lovelace"));
    JSON_COMPARE(*patched.json.find("metadata"), parse(R"({"plan":"pro","tier":"gold"})"));
    JSON_COMPARE(*patched.json.find("user_metadata"), parse(R"({"theme":"dark"})"));
    QCOMPARE(str(patched.json, "first_name"), std::string("Ada"));

    // Write without If-Match: 428, nothing changes.
    checkProblem(call("PATCH", u"/v1/users/"_s + QString::fromStdString(id),
                      body(parse(R"({"first_name":"X"})"))),
                 428);
    checkProblem(call("DELETE", u"/v1/users/"_s + QString::fromStdString(id)), 428);
    QCOMPARE(str(call("GET", u"/v1/users/"_s + QString::fromStdString(id)).json, "first_name"),
             std::string("Ada"));
    // Server-set fields cannot be patched.
    checkProblem(call("PATCH", u"/v1/users/"_s + QString::fromStdString(id),
                      body(parse(R"({"id":"user_01ARZ3NDEKTSV4RRFFQ69G5FAV"})")),
                      {{"If-Match", etag(2)}}),
                 400);

    auto gone =
        call("DELETE", u"/v1/users/"_s + QString::fromStdString(id), {}, {{"If-Match", etag(2)}});
    QCOMPARE(gone.status, 204);
    checkProblem(call("GET", u"/v1/users/"_s + QString::fromStdString(id)), 404);
}

void TestServerApi::staleWritesChangeNothing()
{
    auto made = call("POST", u"/v1/users"_s,
                     body(parse(R"({"email":"stale@example.com","first_name":"A"})")));
    QCOMPARE(made.status, 201);
    const QString path = u"/v1/users/"_s + QString::fromStdString(str(made.json, "id"));
    QCOMPARE(
        call("PATCH", path, body(parse(R"({"first_name":"B"})")), {{"If-Match", etag(1)}}).status,
        200);
    // Someone else read version 1 and writes now.
    auto stale = call("PATCH", path, body(parse(R"({"first_name":"C"})")), {{"If-Match", etag(1)}});
    checkProblem(stale, 412);
    QCOMPARE(num(stale.json, "current_version"), 2);
    auto now = call("GET", path);
    QCOMPARE(str(now.json, "first_name"), std::string("B"));
    QCOMPARE(num(now.json, "version"), 2);
    checkProblem(call("DELETE", path, {}, {{"If-Match", etag(1)}}), 412);
    QCOMPARE(call("GET", path).status, 200);
    checkProblem(call("DELETE", path, {}, {{"If-Match", "\"abc\""_ba}}), 400);
}

void TestServerApi::listsFilterAndPage()
{
    for (int i = 0; i < 3; ++i) {
        const std::string email = "page" + std::to_string(i) + "@filter.example";
        json::Value u = json::Value::object(
            {{"email", email},
             {"metadata",
              json::Value::object({{"team", i == 0 ? "red" : "redwood"}, {"level", i}})}});
        if (i == 2)
            u.find("metadata")->set("vip", true);
        QCOMPARE(call("POST", u"/v1/users"_s, body(u)).status, 201);
    }
    auto byEmail = call("GET", u"/v1/users?email=PAGE1%40filter.example"_s);
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(dataSize(byEmail), 1);
    QVERIFY(byEmail.json.find("list_metadata")->find("after")->isNull());
    QCOMPARE(dataSize(call("GET", u"/v1/users?q=page"_s)), 3);
    QCOMPARE(dataSize(call("GET", u"/v1/users?metadata%5Bteam%5D=red"_s)), 1);
    QCOMPARE(dataSize(call("GET", u"/v1/users?metadata[team][prefix]=red"_s)), 3);
    QCOMPARE(dataSize(call("GET", u"/v1/users?metadata[vip][exists]=true"_s)), 1);
    QCOMPARE(dataSize(call("GET", u"/v1/users?metadata[level]=2&q=page"_s)), 1);
    // Pages of one, following the cursor.
    std::vector<std::string> seen;
    QString next = u"/v1/users?q=page&limit=1"_s;
    for (int guard = 0; guard < 10 && !next.isEmpty(); ++guard) {
        auto page = call("GET", next);
        QCOMPARE(page.status, 200);
        QCOMPARE(dataSize(page), 1);
        seen.push_back(str(page.json.find("data")->array()[0], "email"));
        const json::Value* after = page.json.find("list_metadata")->find("after");
        next = after->isNull() ? QString()
                               : u"/v1/users?q=page&limit=1&after="_s +
                                     QString::fromUtf8(QUrl::toPercentEncoding(
                                         QString::fromStdString(after->string())));
    }
    QVERIFY(seen == (std::vector<std::string>{"page0@filter.example", "page1@filter.example",
                                              "page2@filter.example"}));
    checkProblem(call("GET", u"/v1/users?limit=0"_s), 400);
    checkProblem(call("GET", u"/v1/users?limit=1001"_s), 400);
    QCOMPARE(call("GET", u"/v1/users?limit=1000"_s).status, 200);
    auto badLimit = call("GET", u"/v1/users?limit=ten"_s);
    checkProblem(badLimit, 400);
    QCOMPARE(firstField(badLimit), std::string("limit"));
}

void TestServerApi::badInput()
{
    // Malformed JSON: 400 with the line and column.
    auto malformed = call("POST", u"/v1/users"_s, "{\n  \"email\": \"a@b.c\",\n}");
    checkProblem(malformed, 400);
    QVERIFY2(str(malformed.json, "detail").find("line 3") != std::string::npos,
             str(malformed.json, "detail").c_str());
    checkProblem(call("POST", u"/v1/users"_s, "[1,2]"), 400);
    checkProblem(call("POST", u"/v1/users"_s, "\xff\xfe"), 400);
    // Invalid fields name the field.
    auto invalid = call("POST", u"/v1/users"_s, body(parse(R"({"email":"not an email"})")));
    checkProblem(invalid, 400);
    QCOMPARE(firstField(invalid), std::string("email"));
    auto unknown = call("POST", u"/v1/users"_s, body(parse(R"({"email":"u@x.io","nick":"u"})")));
    checkProblem(unknown, 400);
    QCOMPARE(firstField(unknown), std::string("nick"));
    // Duplicate email (any case): 409 naming the field.
    QCOMPARE(call("POST", u"/v1/users"_s, body(parse(R"({"email":"dup@example.com"})"))).status,
             201);
    auto dup = call("POST", u"/v1/users"_s, body(parse(R"({"email":"DUP@example.com"})")));
    checkProblem(dup, 409);
    QCOMPARE(firstField(dup), std::string("email"));
    // A body over the limit: 413, before the server reads it.
    const QByteArray big = "{\"email\":\"big@example.com\",\"first_name\":\"" +
                           QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    auto tooLarge = call("POST", u"/v1/users"_s, big);
    checkProblem(tooLarge, 413);
    QCOMPARE(dataSize(call("GET", u"/v1/users?email=big%40example.com"_s)), 0);
    // The server still answers.
    QCOMPARE(call("GET", u"/v1/users?limit=1"_s).status, 200);
}

void TestServerApi::valuesStoredVerbatim()
{
    const std::string sql = "Robert'); DROP TABLE users; -- \" OR 1=1 /*";
    const std::string binary = std::string("\x00\x01\x1f\x7f", 4) + "\xc3\xbf\xef\xbf\xbd" +
                               "\xf0\x9f\x98\x80" + "\\u0000 %00 \r\n\t";
    json::Value u =
        json::Value::object({{"email", "verbatim@example.com"},
                             {"first_name", sql},
                             {"last_name", binary},
                             {"external_id", sql},
                             {"metadata", json::Value::object({{sql, binary}, {"b", sql}})}});
    auto made = call("POST", u"/v1/users"_s, body(u));
    QCOMPARE(made.status, 201);
    auto got = call("GET", u"/v1/users/"_s + QString::fromStdString(str(made.json, "id")));
    QCOMPARE(str(got.json, "first_name"), sql);
    QCOMPARE(str(got.json, "last_name"), binary);
    JSON_COMPARE(*got.json.find("metadata"), *u.find("metadata"));
    auto byExternal =
        call("GET", u"/v1/users/external/"_s +
                        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(sql))));
    QCOMPARE(byExternal.status, 200);
    QCOMPARE(str(byExternal.json, "id"), str(made.json, "id"));
    // As a filter value too.
    auto found =
        call("GET", u"/v1/users?metadata%5Bb%5D="_s +
                        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(sql))));
    QCOMPARE(dataSize(found), 1);
    QVERIFY(dataSize(call("GET", u"/v1/users?limit=1000"_s)) > 5);
}

void TestServerApi::organizationsAndMemberships()
{
    auto org =
        call("POST", u"/v1/organizations"_s, body(parse(R"({"name":"Globex","external_id":"gx-1",
                     "domains":[{"domain":"globex.example","state":"verified"}],
                     "metadata":{"tier":"enterprise"}})")));
    QCOMPARE(org.status, 201);
    const std::string orgId = str(org.json, "id");
    QVERIFY(orgId.rfind("org_", 0) == 0);
    QCOMPARE(call("GET", u"/v1/organizations/external/gx-1"_s).status, 200);
    QCOMPARE(dataSize(call("GET", u"/v1/organizations?domain=globex.example"_s)), 1);
    QCOMPARE(dataSize(call("GET", u"/v1/organizations?metadata[tier]=enterprise"_s)), 1);
    auto renamed = call("PATCH", u"/v1/organizations/"_s + QString::fromStdString(orgId),
                        body(parse(R"({"name":"Globex Corp","metadata":{"region":"eu"}})")),
                        {{"If-Match", etag(1)}});
    QCOMPARE(renamed.status, 200);
    JSON_COMPARE(*renamed.json.find("metadata"), parse(R"({"tier":"enterprise","region":"eu"})"));
    checkProblem(call("POST", u"/v1/organizations"_s,
                      body(parse(R"({"name":"Other","external_id":"gx-1"})"))),
                 409);

    auto user = call("POST", u"/v1/users"_s, body(parse(R"({"email":"member@globex.example"})")));
    const std::string userId = str(user.json, "id");
    QCOMPARE(call("POST", u"/v1/roles"_s, body(parse(R"({"slug":"api-viewer","name":"Viewer"})")))
                 .status,
             201);
    auto m = call("POST", u"/v1/memberships"_s,
                  body(json::Value::object({{"user_id", userId},
                                            {"organization_id", orgId},
                                            {"roles", json::Value::array({"api-viewer"})}})));
    QCOMPARE(m.status, 201);
    const std::string mId = str(m.json, "id");
    QCOMPARE(dataSize(call("GET",
                           u"/v1/memberships?organization_id="_s + QString::fromStdString(orgId))),
             1);
    QCOMPARE(dataSize(call("GET", u"/v1/users?organization_id="_s + QString::fromStdString(orgId))),
             1);
    auto inactive = call("PATCH", u"/v1/memberships/"_s + QString::fromStdString(mId),
                         body(parse(R"({"status":"inactive"})")), {{"If-Match", etag(1)}});
    QCOMPARE(inactive.status, 200);
    QCOMPARE(str(inactive.json, "status"), std::string("inactive"));
    checkProblem(call("POST", u"/v1/memberships"_s,
                      body(json::Value::object({{"user_id", userId}, {"organization_id", orgId}}))),
                 409);
    QCOMPARE(call("DELETE", u"/v1/memberships/"_s + QString::fromStdString(mId), {},
                  {{"If-Match", etag(2)}})
                 .status,
             204);
    QCOMPARE(call("DELETE", u"/v1/organizations/"_s + QString::fromStdString(orgId), {},
                  {{"If-Match", etag(2)}})
                 .status,
             204);
}

void TestServerApi::rolesPermissionsApplications()
{
    auto p = call("POST", u"/v1/permissions"_s,
                  body(parse(R"({"slug":"api-reports:read","name":"Read reports"})")));
    QCOMPARE(p.status, 201);
    QCOMPARE(call("GET", u"/v1/permissions/api-reports:read"_s).status, 200);
    auto role = call(
        "POST", u"/v1/roles"_s,
        body(parse(R"({"slug":"analyst","name":"Analyst","permissions":["api-reports:read"]})")));
    QCOMPARE(role.status, 201);
    auto changed = call("PATCH", u"/v1/roles/analyst"_s, body(parse(R"({"description":"Reads"})")),
                        {{"If-Match", etag(1)}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(str(changed.json, "description"), std::string("Reads"));
    auto roles = call("GET", u"/v1/roles?limit=1"_s);
    QCOMPARE(dataSize(roles), 1);
    QVERIFY(roles.json.find("list_metadata")->find("after")->isString());
    checkProblem(call("POST", u"/v1/roles"_s, body(parse(R"({"slug":"analyst"})"))), 409);
    QCOMPARE(call("DELETE", u"/v1/roles/analyst"_s, {}, {{"If-Match", etag(2)}}).status, 204);
    QCOMPARE(call("PATCH", u"/v1/permissions/api-reports:read"_s,
                  body(parse(R"({"name":"Reports"})")), {{"If-Match", etag(1)}})
                 .status,
             200);
    QCOMPARE(
        call("DELETE", u"/v1/permissions/api-reports:read"_s, {}, {{"If-Match", etag(2)}}).status,
        204);

    auto app =
        call("POST", u"/v1/applications"_s,
             body(parse(R"({"name":"Portal","client_id":"portal-web","token_lifetime":600})")));
    QCOMPARE(app.status, 201);
    const std::string appId = str(app.json, "id");
    QCOMPARE(call("GET", u"/v1/applications/external/portal-web"_s).status, 200);
    QVERIFY(dataSize(call("GET", u"/v1/applications"_s)) >= 1);
    auto appPatched = call("PATCH", u"/v1/applications/"_s + QString::fromStdString(appId),
                           body(parse(R"({"metadata":{"env":"prod"}})")), {{"If-Match", etag(1)}});
    QCOMPARE(appPatched.status, 200);
    JSON_COMPARE(*appPatched.json.find("metadata"), parse(R"({"env":"prod"})"));
    QCOMPARE(call("DELETE", u"/v1/applications/"_s + QString::fromStdString(appId), {},
                  {{"If-Match", etag(2)}})
                 .status,
             204);
}

void TestServerApi::templatesRenderAndTokens()
{
    auto made = call(
        "POST", u"/v1/templates"_s,
        body(parse(
            R"({"name":"api-test","content":"{\"plan\": {{ user.metadata.plan }}}","comment":"first"})")));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.header("etag"), "\"1\""_ba);
    checkProblem(
        call("POST", u"/v1/templates/api-test/versions"_s, body(parse(R"({"content":"{}"})"))),
        428);
    auto v2 =
        call("POST", u"/v1/templates/api-test/versions"_s,
             body(parse(R"({"content":"{\"p\": {{ user.metadata.plan }}}","comment":"second"})")),
             {{"If-Match", made.header("etag")}});
    QCOMPARE(v2.status, 201);
    QCOMPARE(v2.json.find("version")->toInt64(), 2);
    auto versions = call("GET", u"/v1/templates/api-test/versions"_s);
    QCOMPARE(dataSize(versions), 2);
    QCOMPARE(call("GET", u"/v1/templates/api-test/versions/1"_s).status, 200);
    auto promoted = call("POST", u"/v1/templates/api-test/promote"_s,
                         body(parse(R"({"version":2,"environment":"staging"})")),
                         {{"If-Match", v2.header("etag")}});
    QCOMPARE(promoted.status, 200);
    QCOMPARE(num(promoted.json, "staging_version"), 2);
    checkProblem(call("POST", u"/v1/templates/api-test/promote"_s,
                      body(parse(R"({"version":1,"environment":"staging"})")),
                      {{"If-Match", v2.header("etag")}}),
                 412);
    QVERIFY(dataSize(call("GET", u"/v1/templates"_s)) >= 1);
    QCOMPARE(call("GET", u"/v1/templates/api-test"_s).status, 200);

    auto user = call("POST", u"/v1/users"_s,
                     body(parse(R"({"email":"token@example.com","metadata":{"plan":"pro"}})")));
    const std::string userId = str(user.json, "id");
    auto rendered =
        call("POST", u"/v1/render"_s,
             body(json::Value::object(
                 {{"template_name", "api-test"}, {"version", 2}, {"user_id", userId}})));
    QCOMPARE(rendered.status, 200);
    JSON_COMPARE(*rendered.json.find("claims"), parse(R"({"p":"pro"})"));
    QCOMPARE(str(*rendered.json.find("payload"), "sub"), userId);
    auto withErrors = call(
        "POST", u"/v1/render"_s,
        body(json::Value::object({{"template", "{\"a\": {{ user. }}}"}, {"user_id", userId}})));
    QCOMPARE(withErrors.status, 200);
    QVERIFY(withErrors.json.find("claims")->isNull());
    QVERIFY(withErrors.json.find("diagnostics")->size() > 0);

    auto token = call("POST", u"/v1/tokens"_s, body(json::Value::object({{"user_id", userId}})));
    QCOMPARE(token.status, 200);
    QCOMPARE(str(token.json, "token_type"), std::string("Bearer"));
    QVERIFY(num(token.json, "expires_in") > 0);
    const std::string jws = str(token.json, "access_token");
    QCOMPARE(std::count(jws.begin(), jws.end(), '.'), 2);
    // A read-only key may fetch tokens (no data changes).
    QCOMPARE(m_server
                 .request("POST", u"/v1/tokens"_s, body(json::Value::object({{"user_id", userId}})),
                          m_server.readOnlyKey)
                 .status,
             200);
    checkProblem(call("POST", u"/v1/tokens"_s, body(parse(R"({"user_id":"user_nobody"})"))), 404);
    checkProblem(call("POST", u"/v1/tokens"_s, "{}"), 400);

    auto check =
        call("POST", u"/v1/rollout-check"_s, body(parse(R"({"template":"api-test","version":2})")));
    QVERIFY2(check.status == 200, check.body.constData());
    QVERIFY(check.jsonOk && check.json.isObject());
}

void TestServerApi::keysAuditAndMetadataKeys()
{
    auto jwks = m_server.request("GET", u"/.well-known/jwks.json"_s);
    QCOMPARE(jwks.status, 200);
    QVERIFY(jwks.header("cache-control").contains("max-age="));
    const std::size_t published = jwks.json.find("keys")->size();
    QVERIFY(published >= 1);
    QVERIFY(!jwks.body.contains("\"d\""));

    auto added = call("POST", u"/v1/keys"_s, body(parse(R"({"alg":"ES256","state":"next"})")));
    QCOMPARE(added.status, 201);
    QVERIFY(!added.body.contains("\"d\""));
    const QString kid = QString::fromStdString(str(added.json, "kid"));
    QCOMPARE(m_server.request("GET", u"/.well-known/jwks.json"_s).json.find("keys")->size(),
             published + 1);
    auto keys = call("GET", u"/v1/keys"_s);
    QCOMPARE(keys.status, 200);
    QVERIFY(!keys.body.contains("\"d\""));
    checkProblem(call("POST", u"/v1/keys/"_s + kid + u"/activate"_s), 428);
    auto active = call("POST", u"/v1/keys/"_s + kid + u"/activate"_s, {},
                       {{"If-Match", added.header("etag")}});
    QCOMPARE(active.status, 200);
    QCOMPARE(str(active.json, "state"), std::string("active"));
    checkProblem(call("POST", u"/v1/keys"_s, body(parse(R"({"alg":"XX999"})"))), 400);

    // Writes are audited with the key's name as the actor.
    auto audit = call("GET", u"/v1/audit?limit=5"_s);
    QCOMPARE(audit.status, 200);
    QCOMPARE(dataSize(audit), 5);
    QCOMPARE(str(audit.json.find("data")->array()[0], "actor"), std::string("test admin"));
    auto byActor = call("GET", u"/v1/audit?actor=test%20admin&action=user.create&limit=1"_s);
    QCOMPARE(dataSize(byActor), 1);
    QVERIFY(byActor.json.find("list_metadata")->find("after")->isString());

    auto mkeys = call("GET", u"/v1/metadata/keys?object=user&field=metadata"_s);
    QCOMPARE(mkeys.status, 200);
    bool sawPlan = false;
    for (const json::Value& k : mkeys.json.find("data")->array())
        sawPlan = sawPlan || (str(k, "key") == "plan" && k.find("count")->toInt64() > 0);
    QVERIFY(sawPlan);
    checkProblem(call("GET", u"/v1/metadata/keys?object=planet"_s), 400);
}

void TestServerApi::accessLog()
{
    QCOMPARE(call("GET", u"/v1/users?limit=1&email=log%40example.com"_s).status, 200);
    QTRY_VERIFY(m_server.serverStderr().contains("\"path\":\"/v1/users\""));
    const QByteArray log = m_server.serverStderr();
    QVERIFY(log.contains("\"key\":\"test admin\""));
    QVERIFY(log.contains("\"status\":401"));
    QVERIFY(log.contains("\"status\":413"));
    QVERIFY(log.contains("\"duration_ms\":"));
    QVERIFY(!log.contains(QByteArray::fromStdString(m_server.adminKey.substr(12))));
    QVERIFY(!log.contains(QByteArray::fromStdString(m_server.readOnlyKey.substr(12))));
    QVERIFY(!log.contains("Authorization"));
    QVERIFY(!log.contains("log%40example.com"));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
