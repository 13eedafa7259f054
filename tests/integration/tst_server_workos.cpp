// The WorkOS-compatible API of the real `claimsmith serve`: the error
// statuses and bodies (WorkOS's {"message","code"[,"errors"]} as
// application/json, never problem+json) and the conventions that the SDK
// script (tst_interop_workos) does not reach.

#include "ServerProcess.h"
#include "json/Writer.h"

#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

// A WorkOS error: the status, application/json, "message" and "code", and
// no member of problem details or of OAuth errors.
void checkError(const test::HttpReply& r, int status, const char* code)
{
    QVERIFY2(r.status == status,
             QByteArray(QByteArray::number(r.status) + " " + r.body).constData());
    QVERIFY2(r.header("content-type").startsWith("application/json"), r.header("content-type"));
    QVERIFY2(r.jsonOk && r.json.isObject(), r.body.constData());
    QVERIFY2(r.json.find("message") && r.json.find("message")->isString(), r.body.constData());
    QVERIFY2(r.json.find("code") && r.json.find("code")->string() == code, r.body.constData());
    QVERIFY2(!r.json.find("error") && !r.json.find("error_description") && !r.json.find("type"),
             r.body.constData());
}

std::string str(const test::HttpReply& r, const char* member)
{
    const json::Value* v = r.json.find(member);
    return v && v->isString() ? v->string() : std::string();
}

} // namespace

class TestServerWorkOs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authentication();
    void malformedAndOversizedBodies();
    void unknownRoutesAndIds();
    void errorsBeforeRoutingTakeTheShapeOfThePath();
    void validationErrors();
    void metadataLimits();
    void duplicates();
    void memberships();
    void listsPageWithBeforeAndAfter();
    void pagingBothWaysGivesTheWholeOrder();
    void unknownAndForeignCursorsGiveAnEmptyPage();
    void successShapes();
    void jwtTemplate();
    void auditedWithTheKeyName();

private:
    test::HttpReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const std::string& key = {});
    std::string createUser(const QByteArray& email);
    std::string createOrg(const QByteArray& name);
    // The ids of a WorkOS list (path with its filters) read page by page:
    // forward through `after` from the start, or backward through `before`
    // from the last page; in both cases in the list's order.
    std::vector<std::string> walk(const QString& path, const char* order, int limit, bool backward);

    test::ServerProcess m_server;
};

test::HttpReply TestServerWorkOs::call(const QByteArray& method, const QString& path,
                                       const QByteArray& body, const std::string& key)
{
    return m_server.request(method, path, body, key.empty() ? m_server.adminKey : key,
                            {{"Content-Type", "application/json"}});
}

std::string TestServerWorkOs::createUser(const QByteArray& email)
{
    const auto r = call("POST", u"/user_management/users"_s, "{\"email\":\"" + email + "\"}");
    if (r.status != 201)
        qWarning("%s", r.body.constData());
    return str(r, "id");
}

std::string TestServerWorkOs::createOrg(const QByteArray& name)
{
    const auto r = call("POST", u"/organizations"_s, "{\"name\":\"" + name + "\"}");
    if (r.status != 201)
        qWarning("%s", r.body.constData());
    return str(r, "id");
}

std::vector<std::string> TestServerWorkOs::walk(const QString& path, const char* order, int limit,
                                                bool backward)
{
    const QString base = path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"order="_s +
                         QString::fromLatin1(order) + u"&limit="_s + QString::number(limit);
    std::vector<std::vector<std::string>> pages;
    std::string cursor;
    // Backward starts from the last page, found going forward.
    bool forward = true;
    for (int guard = 0; guard < 1000; ++guard) {
        QString url = base;
        if (!cursor.empty())
            url += (forward ? u"&after="_s : u"&before="_s) + QString::fromStdString(cursor);
        const auto r = call("GET", url);
        if (r.status != 200 || !r.json.find("data") || !r.json.find("list_metadata")) {
            qWarning("%d %s", r.status, r.body.constData());
            return {};
        }
        std::vector<std::string> ids;
        for (const json::Value& item : r.json.find("data")->array())
            ids.push_back(item.find("id")->string());
        if (static_cast<int>(ids.size()) > limit) {
            qWarning("a page of %zu for limit %d", ids.size(), limit);
            return {};
        }
        const json::Value* meta = r.json.find("list_metadata");
        const json::Value* after = meta->find("after");
        const json::Value* before = meta->find("before");
        if (!after || !before) {
            qWarning("list_metadata without before or after: %s", r.body.constData());
            return {};
        }
        if (forward) {
            if (after->isString()) {
                if (!backward)
                    pages.push_back(ids);
                cursor = after->string();
                continue;
            }
            pages.push_back(ids);
            if (!backward)
                break;
            // The last page: from here back to the first.
            forward = false;
            pages.clear();
            pages.push_back(ids);
            if (!before->isString())
                break;
            cursor = before->string();
            continue;
        }
        pages.insert(pages.begin(), ids);
        if (!before->isString())
            break;
        cursor = before->string();
    }
    std::vector<std::string> all;
    for (const auto& page : pages)
        all.insert(all.end(), page.begin(), page.end());
    return all;
}

void TestServerWorkOs::initTestCase()
{
    QString e = m_server.prepare(3);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = m_server.start({u"--max-body"_s, u"4096"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

void TestServerWorkOs::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerWorkOs::authentication()
{
    // No key, a malformed one, an unknown one: 401 with a JSON body.
    checkError(m_server.request("GET", u"/user_management/users"_s), 401, "unauthorized");
    checkError(m_server.request("GET", u"/organizations"_s, {}, "csk_notakey"), 401,
               "unauthorized");
    // A read-only key reads but does not write.
    QCOMPARE(call("GET", u"/organizations"_s, {}, m_server.readOnlyKey).status, 200);
    checkError(call("POST", u"/organizations"_s, R"({"name":"Nope"})", m_server.readOnlyKey), 403,
               "forbidden");
    const auto list = call("GET", u"/organizations?limit=100"_s);
    for (const json::Value& o : list.json.find("data")->array())
        QVERIFY(o.find("name")->string() != "Nope");
}

void TestServerWorkOs::malformedAndOversizedBodies()
{
    const auto bad = call("POST", u"/user_management/users"_s, "{\"email\": ");
    checkError(bad, 400, "invalid_json");
    QCOMPARE(str(bad, "message"), std::string("Problems parsing JSON"));
    checkError(call("PUT", u"/organizations/org_x"_s, "[1,"), 400, "invalid_json");
    // Over --max-body 4096: refused from its Content-Length.
    const QByteArray big = R"({"name":")" + QByteArray(8000, 'a') + "\"}";
    checkError(call("POST", u"/organizations"_s, big), 413, "payload_too_large");
}

void TestServerWorkOs::unknownRoutesAndIds()
{
    const auto user = call("GET", u"/user_management/users/user_01AAAAAAAAAAAAAAAAAAAAAAAA"_s);
    checkError(user, 404, "entity_not_found");
    QCOMPARE(str(user, "entity_id"), std::string("user_01AAAAAAAAAAAAAAAAAAAAAAAA"));
    checkError(call("GET", u"/organizations/external_id/nobody%20here"_s), 404, "entity_not_found");
    checkError(call("PUT", u"/user_management/users/user_missing"_s, R"({"first_name":"A"})"), 404,
               "entity_not_found");
    checkError(call("DELETE", u"/organizations/org_missing"_s), 404, "entity_not_found");
    checkError(call("DELETE", u"/user_management/organization_memberships/om_missing"_s), 404,
               "entity_not_found");
    checkError(call("GET", u"/user_management/no_such_thing"_s), 404, "entity_not_found");
    // A method the route does not have: WorkOS's shape too, with Allow.
    const auto patch = call("PATCH", u"/organizations/org_x"_s, "{}");
    QCOMPARE(patch.status, 405);
    QVERIFY(patch.jsonOk && patch.json.find("code"));
    QVERIFY(!patch.header("allow").isEmpty());
    // The native API keeps its problem details.
    const auto native = call("GET", u"/v1/users/user_missing"_s);
    QCOMPARE(native.status, 404);
    QCOMPARE(native.header("content-type"), QByteArray("application/problem+json"));
}

void TestServerWorkOs::errorsBeforeRoutingTakeTheShapeOfThePath()
{
    // Answers given before a route is known are in the shape of the API
    // whose routes share the path's first segment.
    // A body over --max-body 4096, refused from its Content-Length before
    // it is read (BodyLimit).
    const QByteArray big = R"({"email":")" + QByteArray(8000, 'a') + "@example.com\"}";
    checkError(call("POST", u"/user_management/users"_s, big), 413, "payload_too_large");
    checkError(call("PUT", u"/user_management/jwt_template"_s, big), 413, "payload_too_large");
    // Paths no route takes under the WorkOS roots, also percent-encoded.
    for (const QString& path : {u"/user_management"_s, u"/user_management/users/a/b/c"_s,
                                u"/organizations/a/b/c"_s, u"/%6Frganizations/a/b/c"_s}) {
        checkError(call("GET", path), 404, "entity_not_found");
    }
    // Target and header limits.
    checkError(call("GET", u"/organizations?search="_s + QString(9000, u'a')), 414, "uri_too_long");
    QList<QPair<QByteArray, QByteArray>> many;
    for (int i = 0; i < 120; ++i)
        many.append({"X-Filler-" + QByteArray::number(i), "x"});
    checkError(m_server.request("GET", u"/user_management/users"_s, {}, m_server.adminKey, many),
               431, "headers_too_large");
    // Elsewhere: problem details, whatever the path looks like.
    for (const QString& path :
         {u"/nope/organizations"_s, u"/v1/organizations/a/b/c"_s, u"/user_managementx/users"_s}) {
        const auto r = call("GET", path);
        QVERIFY2(r.status == 404, qPrintable(path));
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    }
    const auto native = call("POST", u"/v1/users"_s, big);
    QCOMPARE(native.status, 413);
    QCOMPARE(native.header("content-type"), QByteArray("application/problem+json"));
}

void TestServerWorkOs::validationErrors()
{
    for (const QString& q : {u"limit=0"_s, u"limit=101"_s, u"limit=ten"_s, u"order=sideways"_s}) {
        const auto r = call("GET", u"/user_management/users?"_s + q);
        checkError(r, 422, "invalid_request_parameters");
        QVERIFY2(r.json.find("errors")->isArray(), r.body.constData());
        QVERIFY(r.json.find("errors")->at(0)->find("code"));
    }
    const auto noEmail = call("POST", u"/user_management/users"_s, R"({"first_name":"A"})");
    checkError(noEmail, 422, "invalid_request_parameters");
    QCOMPARE(noEmail.json.find("errors")->at(0)->find("field")->string(), std::string("email"));
    checkError(call("POST", u"/user_management/users"_s, R"({"email":"not an address"})"), 422,
               "invalid_request_parameters");
    checkError(call("POST", u"/user_management/users"_s, R"({"email":42})"), 422,
               "invalid_request_parameters");
    checkError(call("POST", u"/organizations"_s, R"({"domains":["a.com"]})"), 422,
               "invalid_request_parameters");
    checkError(
        call("POST", u"/user_management/users"_s, R"({"email":"v@example.com","metadata":[1]})"),
        422, "invalid_request_parameters");
    // limit=100 is allowed.
    QCOMPARE(call("GET", u"/user_management/users?limit=100"_s).status, 200);
}

void TestServerWorkOs::metadataLimits()
{
    const auto tooLongKey =
        call("POST", u"/organizations"_s,
             R"({"name":"M1","metadata":{")" + QByteArray(41, 'k') + R"(":"v"}})");
    checkError(tooLongKey, 400, "invalid_metadata");
    QVERIFY(!tooLongKey.json.find("errors"));
    checkError(call("POST", u"/organizations"_s,
                    R"({"name":"M2","metadata":{"k":")" + QByteArray(601, 'v') + "\"}}"),
               400, "invalid_metadata");
    checkError(call("POST", u"/organizations"_s, R"({"name":"M3","metadata":{"n":5}})"), 400,
               "invalid_metadata");
    checkError(call("POST", u"/organizations"_s, R"({"name":"M4","metadata":{"n":null}})"), 400,
               "invalid_metadata");
    checkError(call("POST", u"/organizations"_s,
                    QByteArray(R"({"name":"M5","metadata":{"k":"caf)") + "\xc3\xa9" + "\"}}"),
               400, "invalid_metadata");
    // Exactly 10 keys of 40 characters are fine, and a value of 600 ASCII characters.
    QByteArray ten = R"({"name":"M6","metadata":{)";
    for (int i = 0; i < 10; ++i)
        ten += (i ? "," : "") + QByteArray("\"") + QByteArray(39, 'k') + QByteArray::number(i) +
               "\":\"v\"";
    ten += "}}";
    const auto org = call("POST", u"/organizations"_s, ten);
    QVERIFY2(org.status == 201, org.body.constData());
    QCOMPARE(org.json.find("metadata")->object().size(), std::size_t(10));
    const auto longValue =
        call("POST", u"/organizations"_s,
             R"({"name":"M8","metadata":{"k":")" + QByteArray(600, 'v') + "\"}}");
    QVERIFY2(longValue.status == 201, longValue.body.constData());
    const auto small =
        call("POST", u"/organizations"_s,
             R"({"name":"M7","metadata":{")" + QByteArray(40, 'k') + R"(":"v","b":"w"}})");
    QVERIFY2(small.status == 201, small.body.constData());
    // An update merges, null deletes, and the limits apply to the result.
    const QString path = u"/organizations/"_s + QString::fromStdString(str(small, "id"));
    const auto merged = call("PUT", path, R"({"metadata":{"b":null,"c":"x"}})");
    QVERIFY2(merged.status == 200, merged.body.constData());
    const json::Value* meta = merged.json.find("metadata");
    QVERIFY(!meta->find("b"));
    QCOMPARE(meta->find("c")->string(), std::string("x"));
    QCOMPARE(meta->find(std::string(40, 'k'))->string(), std::string("v"));
    checkError(call("PUT", path, R"({"metadata":{"d":7}})"), 400, "invalid_metadata");
    checkError(call("PUT", path, R"({"metadata":"x"})"), 422, "invalid_request_parameters");
}

void TestServerWorkOs::duplicates()
{
    const auto a = call("POST", u"/organizations"_s, R"({"name":"Dup A","external_id":"dup-1"})");
    QCOMPARE(a.status, 201);
    checkError(call("POST", u"/organizations"_s, R"({"name":"Dup B","external_id":"dup-1"})"), 400,
               "external_id_already_used");
    const std::string b = createOrg("Dup C");
    checkError(
        call("PUT", u"/organizations/"_s + QString::fromStdString(b), R"({"external_id":"dup-1"})"),
        400, "external_id_already_used");

    const std::string u1 = createUser("taken@example.com");
    const std::string u2 = createUser("other@example.com");
    QVERIFY(!u1.empty() && !u2.empty());
    const auto created =
        call("POST", u"/user_management/users"_s, R"({"email":"TAKEN@example.com"})");
    checkError(created, 400, "user_creation_error");
    QCOMPARE(created.json.find("errors")->at(0)->find("code")->string(),
             std::string("email_not_available"));
    checkError(call("PUT", u"/user_management/users/"_s + QString::fromStdString(u2),
                    R"({"email":"taken@example.com"})"),
               400, "email_not_available");
    // Idempotency-Key: the same key answers the first organization again.
    const QList<QPair<QByteArray, QByteArray>> idem = {{"Content-Type", "application/json"},
                                                       {"Idempotency-Key", "idem-1"}};
    const auto first = m_server.request("POST", u"/organizations"_s, R"({"name":"Idem"})",
                                        m_server.adminKey, idem);
    const auto again = m_server.request("POST", u"/organizations"_s, R"({"name":"Idem"})",
                                        m_server.adminKey, idem);
    QCOMPARE(first.status, 201);
    QCOMPARE(str(again, "id"), str(first, "id"));
}

void TestServerWorkOs::memberships()
{
    const std::string user = createUser("member@example.com");
    const std::string org = createOrg("Members Inc");
    const QByteArray ids = QByteArray::fromStdString(R"("user_id":")" + user +
                                                     R"(","organization_id":")" + org + "\"");
    checkError(call("GET", u"/user_management/organization_memberships"_s), 400,
               "missing_user_id_or_organization_id");
    checkError(call("POST", u"/user_management/organization_memberships"_s,
                    "{" + ids + R"(,"role_slug":"no-such-role"})"),
               422, "invalid_role");
    checkError(call("POST", u"/user_management/organization_memberships"_s,
                    R"({"user_id":"user_missing","organization_id":")" +
                        QByteArray::fromStdString(org) + "\"}"),
               404, "entity_not_found");
    // Without a role: member.
    const auto made = call("POST", u"/user_management/organization_memberships"_s, "{" + ids + "}");
    QVERIFY2(made.status == 201, made.body.constData());
    QCOMPARE(made.json.find("role")->find("slug")->string(), std::string("member"));
    QCOMPARE(made.json.find("status")->string(), std::string("active"));
    QCOMPARE(made.json.find("user")->find("id")->string(), user);
    QCOMPARE(made.json.find("organization_name")->string(), std::string("Members Inc"));
    checkError(call("POST", u"/user_management/organization_memberships"_s, "{" + ids + "}"), 409,
               "organization_membership_already_exists");
    // statuses in the three forms.
    const QString base =
        u"/user_management/organization_memberships?user_id="_s + QString::fromStdString(user);
    for (const QString& q : {u"&statuses=active,inactive"_s, u"&statuses=pending&statuses=active"_s,
                             u"&statuses%5B%5D=active"_s})
        QCOMPARE(call("GET", base + q).json.find("data")->array().size(), std::size_t(1));
    QCOMPARE(call("GET", base + u"&statuses=inactive"_s).json.find("data")->array().size(),
             std::size_t(0));
    // Deleting the organization takes its memberships with it.
    QCOMPARE(call("DELETE", u"/organizations/"_s + QString::fromStdString(org)).status, 200);
    checkError(call("GET", u"/user_management/organization_memberships/"_s +
                               QString::fromStdString(str(made, "id"))),
               404, "entity_not_found");
}

void TestServerWorkOs::listsPageWithBeforeAndAfter()
{
    std::vector<std::string> ids;
    for (int i = 0; i < 3; ++i)
        ids.push_back(createUser("page" + QByteArray::number(i) + "@pages.example.com"));
    // Newest first by default; the last page has after = null.
    const auto all = call("GET", u"/user_management/users?limit=100"_s);
    const json::Array& data = all.json.find("data")->array();
    QVERIFY(data.size() >= 3);
    QCOMPARE(data[0].find("id")->string(), ids[2]);
    QVERIFY(all.json.find("list_metadata")->find("after")->isNull());
    QVERIFY(all.json.find("list_metadata")->find("before")->isNull());
    const auto asc = call("GET", u"/user_management/users?limit=1&order=asc"_s);
    QCOMPARE(asc.json.find("data")->at(0)->find("id")->string(), data.back().find("id")->string());
    // One by one through after, then back through before.
    const auto p1 = call("GET", u"/user_management/users?limit=1"_s);
    const std::string after = p1.json.find("list_metadata")->find("after")->string();
    QCOMPARE(after, ids[2]);
    const auto p2 =
        call("GET", u"/user_management/users?limit=1&after="_s + QString::fromStdString(after));
    QCOMPARE(p2.json.find("data")->at(0)->find("id")->string(), ids[1]);
    const std::string before = p2.json.find("list_metadata")->find("before")->string();
    const auto back =
        call("GET", u"/user_management/users?limit=1&before="_s + QString::fromStdString(before));
    QCOMPARE(back.json.find("data")->at(0)->find("id")->string(), ids[2]);
    QVERIFY(back.json.find("list_metadata")->find("before")->isNull());
    // A cursor that names no object is not an error.
    const auto gone = call("GET", u"/user_management/users?after=user_gone"_s);
    QCOMPARE(gone.status, 200);
    QCOMPARE(gone.json.find("data")->array().size(), std::size_t(0));
    // Email is matched in any case.
    const auto byEmail = call("GET", u"/user_management/users?email=PAGE1%40pages.example.com"_s);
    QCOMPARE(byEmail.json.find("data")->array().size(), std::size_t(1));
}

void TestServerWorkOs::pagingBothWaysGivesTheWholeOrder()
{
    // A few hundred users (several a millisecond, so ties of created_at go
    // by id), in an organization or not.
    const std::string org = createOrg("Paging Corp");
    QVERIFY(!org.empty());
    std::vector<std::string> members;
    for (int i = 0; i < 260; ++i) {
        const std::string id = createUser("walk" + QByteArray::number(i) + "@paging.example.com");
        QVERIFY(!id.empty());
        if (i % 4 == 0) {
            const auto m =
                call("POST", u"/user_management/organization_memberships"_s,
                     QByteArray::fromStdString(R"({"user_id":")" + id + R"(","organization_id":")" +
                                               org + R"("})"));
            QCOMPARE(m.status, 201);
            members.push_back(str(m, "id"));
        }
    }
    // The expected orders, from the native API's whole list.
    struct Row
    {
        std::string createdAt;
        std::string id;
        bool operator<(const Row& o) const
        {
            return std::tie(createdAt, id) < std::tie(o.createdAt, o.id);
        }
    };
    std::vector<Row> users;
    const auto all = call("GET", u"/v1/users?limit=1000"_s);
    QCOMPARE(all.status, 200);
    for (const json::Value& u : all.json.find("data")->array())
        users.push_back({u.find("created_at")->string(), u.find("id")->string()});
    QVERIFY(users.size() >= 260);
    std::sort(users.begin(), users.end());
    std::vector<std::string> ascending;
    for (const Row& r : users)
        ascending.push_back(r.id);
    std::vector<std::string> descending(ascending.rbegin(), ascending.rend());

    for (int limit : {1, 7, 100}) {
        if (limit == 1) {
            // One at a time only over the newest few (the whole list would be
            // hundreds of requests): the first pages must be the newest users.
            const auto p = call("GET", u"/user_management/users?limit=1"_s);
            QCOMPARE(p.json.find("data")->at(0)->find("id")->string(), descending.front());
            continue;
        }
        QCOMPARE(walk(u"/user_management/users"_s, "desc", limit, false), descending);
        QCOMPARE(walk(u"/user_management/users"_s, "asc", limit, false), ascending);
        QCOMPARE(walk(u"/user_management/users"_s, "desc", limit, true), descending);
        QCOMPARE(walk(u"/user_management/users"_s, "asc", limit, true), ascending);
    }
    // "normal" is desc.
    QCOMPARE(walk(u"/user_management/users"_s, "normal", 50, false), descending);

    // The members of the organization, and their memberships.
    const auto memberList = call("GET", u"/user_management/organization_memberships"
                                        u"?limit=100&organization_id="_s +
                                            QString::fromStdString(org));
    QCOMPARE(memberList.json.find("data")->array().size(), members.size());
    std::vector<Row> memberRows;
    std::vector<std::string> memberUsers;
    for (const json::Value& m : memberList.json.find("data")->array()) {
        memberRows.push_back({m.find("created_at")->string(), m.find("id")->string()});
        memberUsers.push_back(m.find("user_id")->string());
    }
    std::sort(memberRows.begin(), memberRows.end());
    std::vector<std::string> membershipsAscending;
    for (const Row& r : memberRows)
        membershipsAscending.push_back(r.id);
    const QString byOrg = u"/user_management/organization_memberships?organization_id="_s +
                          QString::fromStdString(org);
    QCOMPARE(walk(byOrg, "asc", 9, false), membershipsAscending);
    QCOMPARE(walk(byOrg, "asc", 9, true), membershipsAscending);
    QCOMPARE(walk(byOrg, "desc", 9, true),
             std::vector<std::string>(membershipsAscending.rbegin(), membershipsAscending.rend()));
    std::vector<std::string> membersAscending;
    for (const std::string& id : ascending) {
        if (std::find(memberUsers.begin(), memberUsers.end(), id) != memberUsers.end())
            membersAscending.push_back(id);
    }
    QCOMPARE(membersAscending.size(), members.size());
    const QString usersOfOrg =
        u"/user_management/users?organization_id="_s + QString::fromStdString(org);
    QCOMPARE(walk(usersOfOrg, "asc", 8, false), membersAscending);
    QCOMPARE(walk(usersOfOrg, "desc", 8, true),
             std::vector<std::string>(membersAscending.rbegin(), membersAscending.rend()));

    // Organizations the same way.
    for (int i = 0; i < 25; ++i)
        QVERIFY(!createOrg("Paged Org " + QByteArray::number(i)).empty());
    std::vector<Row> orgRows;
    const auto orgs = call("GET", u"/v1/organizations?limit=1000"_s);
    for (const json::Value& o : orgs.json.find("data")->array())
        orgRows.push_back({o.find("created_at")->string(), o.find("id")->string()});
    std::sort(orgRows.begin(), orgRows.end());
    std::vector<std::string> orgsAscending;
    for (const Row& r : orgRows)
        orgsAscending.push_back(r.id);
    QCOMPARE(walk(u"/organizations"_s, "asc", 4, false), orgsAscending);
    QCOMPARE(walk(u"/organizations"_s, "asc", 4, true), orgsAscending);
    QCOMPARE(walk(u"/organizations"_s, "desc", 6, true),
             std::vector<std::string>(orgsAscending.rbegin(), orgsAscending.rend()));
}

void TestServerWorkOs::unknownAndForeignCursorsGiveAnEmptyPage()
{
    const std::string user = createUser("cursor@paging.example.com");
    const std::string org = createOrg("Cursor Corp");
    QVERIFY(!user.empty() && !org.empty());
    const auto empty = [&](const QString& path) {
        const auto r = call("GET", path);
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY2(r.json.find("data")->array().empty(), r.body.constData());
        QVERIFY(r.json.find("list_metadata")->find("before")->isNull());
        QVERIFY(r.json.find("list_metadata")->find("after")->isNull());
    };
    // An id that names nothing, in either direction and order (as
    // docs/workos-compat.md documents: not an error, data empty).
    for (const QString& cursor :
         {u"after=user_01AAAAAAAAAAAAAAAAAAAAAAAA"_s, u"before=user_01AAAAAAAAAAAAAAAAAAAAAAAA"_s,
          u"after=not-an-id"_s, u"before=%00"_s}) {
        empty(u"/user_management/users?"_s + cursor);
        empty(u"/user_management/users?order=asc&"_s + cursor);
        empty(u"/organizations?"_s + cursor);
    }
    // An id of another kind of object.
    empty(u"/user_management/users?after="_s + QString::fromStdString(org));
    empty(u"/user_management/users?before="_s + QString::fromStdString(org));
    empty(u"/organizations?after="_s + QString::fromStdString(user));
    empty(u"/user_management/organization_memberships?user_id="_s + QString::fromStdString(user) +
          u"&after="_s + QString::fromStdString(user));
    // The list goes on after the same cursors once they name a record.
    const auto fromUser =
        call("GET", u"/user_management/users?order=asc&before="_s + QString::fromStdString(user));
    QCOMPARE(fromUser.status, 200);
    QVERIFY(!fromUser.json.find("data")->array().empty());
}

void TestServerWorkOs::successShapes()
{
    const auto made = call("POST", u"/user_management/users"_s,
                           R"({"email":"shape@example.com","password":"ignored","name":"x"})");
    QCOMPARE(made.status, 201);
    QVERIFY(made.header("content-type").startsWith("application/json"));
    QVERIFY(made.header("etag").isEmpty());
    QCOMPARE(str(made, "object"), std::string("user"));
    for (const char* f : {"first_name", "last_name", "name", "profile_picture_url",
                          "last_sign_in_at", "locale", "external_id"})
        QVERIFY2(made.json.find(f) && made.json.find(f)->isNull(), f);
    QVERIFY(made.json.find("metadata")->isObject());
    QVERIFY(str(made, "created_at").ends_with("Z"));
    QCOMPARE(str(made, "created_at").size(), std::string("2026-01-15T12:00:00.000Z").size());
    QVERIFY(made.body.indexOf("shape@example.com") >= 0 && made.body.indexOf("ignored") < 0);
    // PUT without If-Match; absent fields stay.
    const QString path = u"/user_management/users/"_s + QString::fromStdString(str(made, "id"));
    const auto put = call("PUT", path, R"({"first_name":"Ada","email_verified":true})");
    QCOMPARE(put.status, 200);
    QCOMPARE(str(put, "email"), std::string("shape@example.com"));
    QVERIFY(put.json.find("email_verified")->toBool());
    // Domains of an organization.
    const auto org =
        call("POST", u"/organizations"_s,
             R"({"name":"Shapes","domain_data":[{"domain":"shapes.example","state":"verified"}]})");
    QCOMPARE(org.status, 201);
    const json::Value* domain = org.json.find("domains")->at(0);
    QCOMPARE(domain->find("object")->string(), std::string("organization_domain"));
    QVERIFY(domain->find("id")->string().starts_with("org_domain_"));
    QCOMPARE(domain->find("state")->string(), std::string("verified"));
    const auto byDomain = call("GET", u"/organizations?domains=nothing.example,shapes.example"_s);
    QCOMPARE(byDomain.json.find("data")->array().size(), std::size_t(1));
    QCOMPARE(byDomain.json.find("data")->at(0)->find("domains")->at(0)->find("id")->string(),
             domain->find("id")->string());
    // Delete: 200, application/json, empty body.
    const auto del = call("DELETE", path);
    QCOMPARE(del.status, 200);
    QVERIFY(del.body.isEmpty());
    QVERIFY(del.header("content-type").startsWith("application/json"));
}

void TestServerWorkOs::jwtTemplate()
{
    const auto bad =
        call("PUT", u"/user_management/jwt_template"_s, R"({"content":"{ \"a\": {{ "})");
    checkError(bad, 422, "invalid_request_parameters");
    QCOMPARE(bad.json.find("errors")->at(0)->find("code")->string(),
             std::string("invalid_template"));
    checkError(call("PUT", u"/user_management/jwt_template"_s, R"({"content":5})"), 422,
               "invalid_request_parameters");
    checkError(call("PUT", u"/user_management/jwt_template"_s, R"({"content":"{}"})",
                    m_server.readOnlyKey),
               403, "forbidden");
}

void TestServerWorkOs::auditedWithTheKeyName()
{
    createOrg("Audited Org");
    const auto audit = call("GET", u"/v1/audit?action=organization.&limit=100"_s);
    QCOMPARE(audit.status, 200);
    bool found = false;
    for (const json::Value& e : audit.json.find("data")->array())
        found = found || (e.find("actor")->string() == "test admin" &&
                          json::toString(e).find("Audited Org") != std::string::npos);
    QVERIFY2(found, audit.body.constData());
    QTRY_VERIFY(m_server.serverStderr().contains(
        R"("method":"POST","path":"/organizations","status":201)"));
}

QTEST_GUILESS_MAIN(TestServerWorkOs)
#include "tst_server_workos.moc"
