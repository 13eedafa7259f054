// The JSON shapes of the model types: exact round trips, the documented member
// names and order, and bad input reported at the exact field.

#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/Clock.h"
#include "model/ModelJson.h"

#include <QTest>

#include <climits>

// No \" inside raw strings in this file: moc 6.4 loses track of them.
using namespace claimsmith;
using namespace claimsmith::model;
using namespace Qt::StringLiterals;

namespace {

constexpr const char* kUserId = "user_01HWT0D7G0DTAJHVZ36ES6DW83";
constexpr const char* kOrgId = "org_01HWT0D7G1A2B3C4D5E6F7G8H9";
constexpr const char* kMembershipId = "om_01HWT0D7G2ZZZZZZZZZZZZZZZZ";
constexpr const char* kAppId = "app_01HWT0D7G3QRSTVWXYZ0123456";

json::Value parsed(std::string_view text)
{
    json::ParseResult r = json::parse(text);
    if (!r.ok)
        qFatal("bad test JSON: %s", r.error.toString().c_str());
    return r.value;
}

// A valid object of each type, as JSON text, for the bad-input rows to spoil.
json::Value base(const QString& type)
{
    if (type == u"user")
        return parsed(R"({"id":"user_01HWT0D7G0DTAJHVZ36ES6DW83","email":"ada@example.com"})");
    if (type == u"organization")
        return parsed(R"({"id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9","name":"Acme"})");
    if (type == u"membership")
        return parsed(R"({"id":"om_01HWT0D7G2ZZZZZZZZZZZZZZZZ",)"
                      R"("user_id":"user_01HWT0D7G0DTAJHVZ36ES6DW83",)"
                      R"("organization_id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9"})");
    if (type == u"permission" || type == u"role")
        return parsed(R"({"slug":"billing:read"})");
    if (type == u"application")
        return parsed(R"({"id":"app_01HWT0D7G3QRSTVWXYZ0123456","name":"Web","client_id":"c1"})");
    if (type == u"template")
        return parsed(R"({"name":"default"})");
    if (type == u"template version")
        return parsed(R"({"template_name":"default","version":1,"content":"{}"})");
    if (type == u"signing key")
        return parsed(R"({"kid":"k1","alg":"ES256","state":"active"})");
    if (type == u"audit event")
        return parsed(R"({"id":1,"at":"2024-05-01T12:00:00.000Z","action":"user.create"})");
    qFatal("unknown type");
}

std::optional<FieldError> parseAs(const QString& type, const json::Value& v,
                                  UnknownFields* unknown = nullptr)
{
    if (type == u"user")
        return userFromJson(v, unknown).error;
    if (type == u"organization")
        return organizationFromJson(v, unknown).error;
    if (type == u"membership")
        return membershipFromJson(v, unknown).error;
    if (type == u"permission")
        return permissionFromJson(v, unknown).error;
    if (type == u"role")
        return roleFromJson(v, unknown).error;
    if (type == u"application")
        return applicationFromJson(v, unknown).error;
    if (type == u"template")
        return templateFromJson(v, unknown).error;
    if (type == u"template version")
        return templateVersionFromJson(v, unknown).error;
    if (type == u"signing key")
        return signingKeyFromJson(v, unknown).error;
    if (type == u"audit event")
        return auditEventFromJson(v, unknown).error;
    if (type == u"domain")
        return domainFromJson(v, unknown).error;
    qFatal("unknown type");
}

// toJson → text → parse → fromJson gives `x` back, and writing it again gives
// the same text (member order, number text).
template <class T, class FromJson>
void checkRoundTrip(const T& x, FromJson fromJson)
{
    const std::string text = json::toString(toJson(x));
    const json::ParseResult reread = json::parse(text);
    QVERIFY2(reread.ok, text.c_str());
    UnknownFields unknown;
    const Parsed<T> back = fromJson(reread.value, &unknown);
    QVERIFY2(back.ok(), back.error ? (back.error->field + ": " + back.error->message).c_str() : "");
    QVERIFY2(back.value == x, text.c_str());
    QCOMPARE(json::toString(toJson(back.value)), text);
    QVERIFY(unknown.empty());
    // Straight from the value too, without the text.
    QVERIFY(fromJson(toJson(x), nullptr).value == x);
}

User fullUser()
{
    User u;
    u.id = kUserId;
    u.email = "zoë.李@例子.广告";
    u.emailVerified = true;
    u.firstName = "Zoë 🎉";
    u.lastName = ""; // present but empty is not absent
    u.externalId = "crm:\"42\"\\7";
    u.metadata =
        parsed(R"({"zeta":1,"alpha":18446744073709551615,"mid":-9223372036854775808,)"
               R"("exact":9007199254740993,"real":1.50,"nested":{"b":[1,{"a":null}],"a":true},)"
               "\"text\":\"line\\nbreak \\u2028 \\\"quoted\\\"\"}");
    u.userMetadata = json::Value(json::Object{});
    u.ssoAttributes = parsed(R"({"groups":["a","b"],"dept":"R&D"})");
    u.createdAt = 1714564800123;
    u.updatedAt = -1;
    u.version = INT64_MAX;
    return u;
}

} // namespace

class TestModelJson : public QObject
{
    Q_OBJECT

private slots:
    void userShape();
    void roundTripUser();
    void roundTripOrganization();
    void roundTripMembership();
    void roundTripRoleAndPermission();
    void roundTripApplication();
    void roundTripTemplates();
    void roundTripSigningKey();
    void roundTripAuditEvent();
    void shapes_data();
    void shapes();
    void defaultsWhenAbsent();
    void unknownFieldsAreReported();
    void badInput_data();
    void badInput();
    void paths();
    void keyStates();
};

void TestModelJson::userShape()
{
    User u;
    u.id = kUserId;
    u.email = "ada@example.com";
    QCOMPARE(json::toString(toJson(u)),
             std::string(R"({"id":"user_01HWT0D7G0DTAJHVZ36ES6DW83","email":"ada@example.com",)"
                         R"("email_verified":false,"first_name":null,"last_name":null,)"
                         R"("external_id":null,"metadata":{},"user_metadata":{},)"
                         R"("sso_attributes":{},"created_at":"1970-01-01T00:00:00.000Z",)"
                         R"("updated_at":"1970-01-01T00:00:00.000Z","version":0})"));
}

void TestModelJson::roundTripUser()
{
    checkRoundTrip(fullUser(), userFromJson);
    User minimal;
    minimal.id = kUserId;
    minimal.email = "a@b";
    checkRoundTrip(minimal, userFromJson);
    // The metadata member order survives, and the 64-bit integers stay exact.
    const User back = userFromJson(parsed(json::toString(toJson(fullUser())))).value;
    QCOMPARE(back.metadata.object()[0].key, std::string("zeta"));
    QCOMPARE(back.metadata.find("alpha")->toUInt64(), UINT64_MAX);
    QCOMPARE(back.metadata.find("mid")->toInt64(), INT64_MIN);
    QCOMPARE(back.metadata.find("exact")->toInt64(), std::int64_t{9007199254740993});
    QCOMPARE(json::toString(*back.metadata.find("real")), std::string("1.50"));
}

void TestModelJson::roundTripOrganization()
{
    Organization o;
    o.id = kOrgId;
    o.name = "Ünïcödé GmbH & Co. KG";
    o.externalId = "sf-0012";
    o.domains = {
        {"acme.example", "verified"}, {"acme.test", "pending"}, {"xn--bcher-kva.de", "failed"}};
    o.metadata = parsed(R"({"tier":"enterprise","seats":4294967296})");
    o.createdAt = 0;
    o.updatedAt = 253402300799999;
    o.version = 7;
    checkRoundTrip(o, organizationFromJson);
    Organization bare;
    bare.id = kOrgId;
    bare.name = "x";
    checkRoundTrip(bare, organizationFromJson);
    checkRoundTrip(Domain{"example.com", "pending"}, domainFromJson);
}

void TestModelJson::roundTripMembership()
{
    Membership m;
    m.id = kMembershipId;
    m.userId = kUserId;
    m.organizationId = kOrgId;
    m.roles = {"admin", "billing-viewer", "rôle"};
    m.status = "pending";
    m.customAttributes = parsed(R"({"department":"Eng","cost_center":12})");
    m.createdAt = 1;
    m.updatedAt = 2;
    m.version = 3;
    checkRoundTrip(m, membershipFromJson);
    Membership none = m;
    none.roles.clear();
    none.status = "inactive";
    none.customAttributes = json::Value(json::Object{});
    checkRoundTrip(none, membershipFromJson);
}

void TestModelJson::roundTripRoleAndPermission()
{
    checkRoundTrip(
        Role{"admin", "Administrator", "Can do “everything”", {"users:write", "users:read"}, 12},
        roleFromJson);
    checkRoundTrip(Role{"empty", "", "", {}, 0}, roleFromJson);
    checkRoundTrip(Permission{"users:read", "Read users", "", 1}, permissionFromJson);
}

void TestModelJson::roundTripApplication()
{
    Application a;
    a.id = kAppId;
    a.name = "Dashboard";
    a.clientId = "client_abc";
    a.metadata = parsed(R"({"redirect":"https://example.com/cb","max":9223372036854775807})");
    a.templateName = "staging-claims";
    a.tokenLifetime = 31536000000;
    a.createdAt = 1714564800000;
    a.updatedAt = 1714564800001;
    a.version = 1;
    checkRoundTrip(a, applicationFromJson);
}

void TestModelJson::roundTripTemplates()
{
    Template t;
    t.name = "default";
    t.latestVersion = INT_MAX;
    t.stagingVersion = INT_MAX;
    t.productionVersion = 1;
    t.createdAt = 10;
    t.updatedAt = 20;
    t.version = 5;
    checkRoundTrip(t, templateFromJson);
    Template fresh;
    fresh.name = "new";
    checkRoundTrip(fresh, templateFromJson); // no versions, neither environment set

    TemplateVersion v;
    v.templateName = "default";
    v.number = 3;
    v.content = "{\n  \"plan\": {{ user.metadata.plan || 'free' }}\n}\n";
    v.author = "Zoë";
    v.comment = "";
    v.createdAt = 1714564800123;
    checkRoundTrip(v, templateVersionFromJson);
}

void TestModelJson::roundTripSigningKey()
{
    SigningKey k;
    k.kid = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";
    k.alg = "ES256";
    k.state = KeyState::Retired;
    k.publicJwk = parsed(R"({"kty":"EC","crv":"P-256","x":"f83O","y":"x_FE"})");
    k.createdAt = 1;
    k.activatedAt = 2;
    k.retiredAt = 3;
    k.version = 4;
    checkRoundTrip(k, signingKeyFromJson);
    SigningKey hmac;
    hmac.kid = "hs";
    hmac.alg = "HS256";
    hmac.state = KeyState::Next; // publicJwk null, never activated
    checkRoundTrip(hmac, signingKeyFromJson);
    QVERIFY(toJson(hmac).find("public_jwk")->isNull());
    QVERIFY(toJson(hmac).find("activated_at")->isNull());
    hmac.state = KeyState::Active;
    hmac.activatedAt = -86400000;
    checkRoundTrip(hmac, signingKeyFromJson);
}

void TestModelJson::roundTripAuditEvent()
{
    AuditEvent e;
    e.id = INT64_MAX;
    e.at = 1714564800123;
    e.actor = "api-key:ci";
    e.action = "user.update";
    e.targetType = "user";
    e.targetId = kUserId;
    e.before = toJson(fullUser());
    e.after = parsed(R"({"n":18446744073709551615})");
    checkRoundTrip(e, auditEventFromJson);
    AuditEvent creation = e;
    creation.before = json::Value();
    creation.after = json::Value("scalar");
    checkRoundTrip(creation, auditEventFromJson);
}

void TestModelJson::shapes_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    auto row = [](const char* name, const json::Value& v, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(json::toString(v)) << QByteArray(expected);
    };
    Organization o;
    o.id = kOrgId;
    o.name = "Acme";
    o.domains = {{"acme.example", "verified"}};
    row("organization", toJson(o),
        R"({"id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9","name":"Acme","external_id":null,)"
        R"("domains":[{"domain":"acme.example","state":"verified"}],"metadata":{},)"
        R"("created_at":"1970-01-01T00:00:00.000Z","updated_at":"1970-01-01T00:00:00.000Z",)"
        R"("version":0})");
    Membership m;
    m.id = kMembershipId;
    m.userId = kUserId;
    m.organizationId = kOrgId;
    m.roles = {"admin"};
    row("membership", toJson(m),
        R"({"id":"om_01HWT0D7G2ZZZZZZZZZZZZZZZZ","user_id":"user_01HWT0D7G0DTAJHVZ36ES6DW83",)"
        R"("organization_id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9","roles":["admin"],)"
        R"("status":"active","custom_attributes":{},"created_at":"1970-01-01T00:00:00.000Z",)"
        R"("updated_at":"1970-01-01T00:00:00.000Z","version":0})");
    row("role", toJson(Role{"admin", "Admin", "All", {"a", "b"}, 2}),
        R"({"slug":"admin","name":"Admin","description":"All","permissions":["a","b"],"version":2})");
    row("permission", toJson(Permission{"a", "A", "", 0}),
        R"({"slug":"a","name":"A","description":"","version":0})");
    Application a;
    a.id = kAppId;
    a.name = "Web";
    a.clientId = "c1";
    row("application", toJson(a),
        R"({"id":"app_01HWT0D7G3QRSTVWXYZ0123456","name":"Web","client_id":"c1","metadata":{},)"
        R"("template":"default","token_lifetime":3600,"created_at":"1970-01-01T00:00:00.000Z",)"
        R"("updated_at":"1970-01-01T00:00:00.000Z","version":0})");
    Template t;
    t.name = "default";
    t.latestVersion = 2;
    t.productionVersion = 1;
    row("template", toJson(t),
        R"({"name":"default","latest_version":2,"staging_version":null,"production_version":1,)"
        R"("created_at":"1970-01-01T00:00:00.000Z","updated_at":"1970-01-01T00:00:00.000Z",)"
        R"("version":0})");
    row("template version", toJson(TemplateVersion{"default", 2, "{}", "ada", "why", 0}),
        R"({"template_name":"default","version":2,"content":"{}","author":"ada",)"
        R"("comment":"why","created_at":"1970-01-01T00:00:00.000Z"})");
    SigningKey k;
    k.kid = "k1";
    k.alg = "EdDSA";
    k.state = KeyState::Active;
    k.publicJwk = json::Value::object({{"kty", "OKP"}});
    k.activatedAt = 1000;
    row("signing key", toJson(k),
        R"({"kid":"k1","alg":"EdDSA","state":"active","public_jwk":{"kty":"OKP"},)"
        R"("created_at":"1970-01-01T00:00:00.000Z","activated_at":"1970-01-01T00:00:01.000Z",)"
        R"("retired_at":null,"version":0})");
    AuditEvent e;
    e.id = 9;
    e.action = "user.delete";
    e.before = json::Value::object({{"id", kUserId}});
    row("audit event", toJson(e),
        R"({"id":9,"at":"1970-01-01T00:00:00.000Z","actor":"","action":"user.delete",)"
        R"("target_type":"","target_id":"","before":{"id":"user_01HWT0D7G0DTAJHVZ36ES6DW83"},)"
        R"("after":null})");
}

void TestModelJson::shapes()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
}

void TestModelJson::defaultsWhenAbsent()
{
    const Parsed<User> u = userFromJson(base(u"user"_s));
    QVERIFY(u.ok());
    QVERIFY(!u.value.firstName && !u.value.externalId);
    QVERIFY(u.value.metadata.isObject() && u.value.metadata.size() == 0);
    QCOMPARE(u.value.version, std::int64_t{0});
    // null where the output writes null means absent.
    json::Value withNulls = base(u"user"_s);
    withNulls.set("first_name", nullptr);
    withNulls.set("external_id", nullptr);
    const Parsed<User> n = userFromJson(withNulls);
    QVERIFY(n.ok());
    QVERIFY(!n.value.firstName && !n.value.externalId);

    const Parsed<Membership> m = membershipFromJson(base(u"membership"_s));
    QVERIFY(m.ok());
    QCOMPARE(m.value.status, std::string("active"));
    QVERIFY(m.value.roles.empty());
    const Parsed<Application> a = applicationFromJson(base(u"application"_s));
    QCOMPARE(a.value.templateName, std::string("default"));
    QCOMPARE(a.value.tokenLifetime, std::int64_t{3600});
    const Parsed<Domain> d = domainFromJson(parsed(R"({"domain":"a.example"})"));
    QCOMPARE(d.value.state, std::string("pending"));
    const Parsed<SigningKey> k = signingKeyFromJson(base(u"signing key"_s));
    QVERIFY(k.ok());
    QCOMPARE(k.value.state, KeyState::Active);
    QVERIFY(k.value.publicJwk.isNull() && !k.value.activatedAt);
    const Parsed<Template> t = templateFromJson(base(u"template"_s));
    QVERIFY(t.ok() && !t.value.stagingVersion && !t.value.productionVersion);
}

void TestModelJson::unknownFieldsAreReported()
{
    json::Value v = parsed(
        R"({"object":"organization","id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9","name":"Acme",)"
        R"("domains":[{"id":"org_domain_1","domain":"a.example","state":"verified"},)"
        R"({"domain":"b.example","verification_token":"t"}],"allow_profiles_outside_organization":false,)"
        R"("metadata":{"not":"reported"},"a.b":1})");
    UnknownFields unknown;
    const Parsed<Organization> o = organizationFromJson(v, &unknown);
    QVERIFY(o.ok());
    QCOMPARE(o.value.domains.size(), std::size_t{2});
    const UnknownFields expected = {"domains[0].id", "domains[1].verification_token", "object",
                                    "allow_profiles_outside_organization", R"(["a.b"])"};
    QCOMPARE(unknown, expected);
    // Without a list nothing is reported, and the object reads the same.
    QVERIFY(organizationFromJson(v).value == o.value);

    UnknownFields none;
    QVERIFY(userFromJson(toJson(fullUser()), &none).ok());
    QVERIFY(none.empty());
}

void TestModelJson::badInput_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("set");     // members set on the valid base object
    QTest::addColumn<QStringList>("remove"); // members removed from it
    QTest::addColumn<QString>("field");      // "-": valid
    QTest::addColumn<QString>("message");    // part of the message

    auto row = [](const char* name, const char* type, const char* set, QStringList remove,
                  const QString& field, const QString& message) {
        QTest::newRow(name) << QString::fromUtf8(type) << QByteArray(set) << remove << field
                            << message;
    };
    const QStringList keep;
    // user
    row("user: valid", "user", "{}", keep, u"-"_s, QString());
    row("user: missing id", "user", "{}", {u"id"_s}, u"id"_s, u"is required"_s);
    row("user: id of another type", "user", R"({"id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9"})", keep,
        u"id"_s, u"must be \"user_\" followed by a 26-character ULID"_s);
    row("user: lower-case id", "user", R"({"id":"user_01hwt0d7g0dtajhvz36es6dw83"})", keep, u"id"_s,
        u"ULID, not \"user_01hwt"_s);
    row("user: id number", "user", R"({"id":7})", keep, u"id"_s,
        u"must be a string, not a number"_s);
    row("user: missing email", "user", "{}", {u"email"_s}, u"email"_s, u"is required"_s);
    row("user: email without @", "user", R"({"email":"ada"})", keep, u"email"_s, u"has no \"@\""_s);
    row("user: email null", "user", R"({"email":null})", keep, u"email"_s,
        u"must be a string, not null"_s);
    row("user: email_verified string", "user", R"({"email_verified":"yes"})", keep,
        u"email_verified"_s, u"must be true or false, not a string"_s);
    row("user: first_name number", "user", R"({"first_name":5})", keep, u"first_name"_s,
        u"must be a string or null, not a number"_s);
    row("user: last_name object", "user", R"({"last_name":{}})", keep, u"last_name"_s,
        u"not an object"_s);
    row("user: external_id array", "user", R"({"external_id":[]})", keep, u"external_id"_s,
        u"not an array"_s);
    row("user: metadata string", "user", R"({"metadata":"x"})", keep, u"metadata"_s,
        u"must be a JSON object, not a string"_s);
    row("user: metadata null", "user", R"({"metadata":null})", keep, u"metadata"_s, u"not null"_s);
    row("user: user_metadata array", "user", R"({"user_metadata":[]})", keep, u"user_metadata"_s,
        u"not an array"_s);
    row("user: sso_attributes number", "user", R"({"sso_attributes":1})", keep, u"sso_attributes"_s,
        u"not a number"_s);
    row("user: created_at words", "user", R"({"created_at":"yesterday"})", keep, u"created_at"_s,
        u"is not an ISO 8601 time (like \"2024-05-01T12:00:00.000Z\"): \"yesterday\""_s);
    row("user: created_at unix seconds", "user", R"({"created_at":1714564800})", keep,
        u"created_at"_s, u"must be an ISO 8601 time string, not a number"_s);
    row("user: updated_at Feb 30", "user", R"({"updated_at":"2024-02-30T00:00:00Z"})", keep,
        u"updated_at"_s, u"is not an ISO 8601 time"_s);
    row("user: updated_at with offset is fine", "user",
        R"({"updated_at":"2024-05-01T14:00:00+02:00"})", keep, u"-"_s, QString());
    row("user: version string", "user", R"({"version":"3"})", keep, u"version"_s,
        u"must be an integer, not a string"_s);
    row("user: version fraction", "user", R"({"version":1.5})", keep, u"version"_s,
        u"must be an integer, not 1.5"_s);
    row("user: version negative", "user", R"({"version":-1})", keep, u"version"_s,
        u"must be at least 0, not -1"_s);
    row("user: version over int64", "user", R"({"version":18446744073709551615})", keep,
        u"version"_s, u"must be at most 9223372036854775807"_s);
    // organization and domains
    row("organization: valid", "organization",
        R"({"domains":[{"domain":"a.example","state":"verified"}]})", keep, u"-"_s, QString());
    row("organization: missing name", "organization", "{}", {u"name"_s}, u"name"_s,
        u"is required"_s);
    row("organization: empty name", "organization", R"({"name":""})", keep, u"name"_s,
        u"must not be empty"_s);
    row("organization: domains object", "organization", R"({"domains":{}})", keep, u"domains"_s,
        u"must be an array"_s);
    row("organization: unknown domain state", "organization",
        R"({"domains":[{"domain":"a.example","state":"weird"}]})", keep, u"domains[0].state"_s,
        u"is not a known state: \"weird\" (use verified, pending or failed)"_s);
    row("organization: domain missing", "organization",
        R"({"domains":[{"domain":"a.example"},{"state":"verified"}]})", keep,
        u"domains[1].domain"_s, u"is required"_s);
    row("organization: domain not an object", "organization",
        R"({"domains":[{"domain":"a.example"},5]})", keep, u"domains[1]"_s,
        u"a domain must be a JSON object, not a number"_s);
    row("organization: id of a user", "organization", R"({"id":"user_01HWT0D7G0DTAJHVZ36ES6DW83"})",
        keep, u"id"_s, u"\"org_\""_s);
    // membership
    row("membership: valid", "membership", R"({"roles":["admin"],"status":"inactive"})", keep,
        u"-"_s, QString());
    row("membership: user_id of an org", "membership",
        R"({"user_id":"org_01HWT0D7G1A2B3C4D5E6F7G8H9"})", keep, u"user_id"_s, u"\"user_\""_s);
    row("membership: missing organization_id", "membership", "{}", {u"organization_id"_s},
        u"organization_id"_s, u"is required"_s);
    row("membership: roles string", "membership", R"({"roles":"admin"})", keep, u"roles"_s,
        u"must be an array of strings, not a string"_s);
    row("membership: roles[2] number", "membership", R"({"roles":["admin","member",3]})", keep,
        u"roles[2]"_s, u"must be a string, not a number"_s);
    row("membership: roles[1] empty", "membership", R"({"roles":["admin",""]})", keep,
        u"roles[1]"_s, u"must not be empty"_s);
    row("membership: unknown status", "membership", R"({"status":"banned"})", keep, u"status"_s,
        u"is not a known status: \"banned\" (use active, pending or inactive)"_s);
    row("membership: custom_attributes array", "membership", R"({"custom_attributes":[]})", keep,
        u"custom_attributes"_s, u"must be a JSON object"_s);
    // role and permission
    row("role: missing slug", "role", "{}", {u"slug"_s}, u"slug"_s, u"is required"_s);
    row("role: permissions[0] number", "role", R"({"permissions":[1]})", keep, u"permissions[0]"_s,
        u"must be a string"_s);
    row("permission: empty slug", "permission", R"({"slug":""})", keep, u"slug"_s,
        u"must not be empty"_s);
    row("permission: name number", "permission", R"({"name":1})", keep, u"name"_s,
        u"must be a string"_s);
    // application
    row("application: id of a user", "application", R"({"id":"user_01HWT0D7G0DTAJHVZ36ES6DW83"})",
        keep, u"id"_s, u"\"app_\""_s);
    row("application: missing client_id", "application", "{}", {u"client_id"_s}, u"client_id"_s,
        u"is required"_s);
    row("application: token_lifetime 0", "application", R"({"token_lifetime":0})", keep,
        u"token_lifetime"_s, u"must be at least 1, not 0"_s);
    row("application: empty template", "application", R"({"template":""})", keep, u"template"_s,
        u"must not be empty"_s);
    row("application: metadata array", "application", R"({"metadata":[]})", keep, u"metadata"_s,
        u"must be a JSON object"_s);
    // template and versions
    row("template: latest_version negative", "template", R"({"latest_version":-1})", keep,
        u"latest_version"_s, u"at least 0"_s);
    row("template: latest_version over int", "template", R"({"latest_version":2147483648})", keep,
        u"latest_version"_s, u"must be at most 2147483647"_s);
    row("template: staging_version 0", "template", R"({"staging_version":0})", keep,
        u"staging_version"_s, u"must be at least 1"_s);
    row("template: production_version string", "template", R"({"production_version":"1"})", keep,
        u"production_version"_s, u"must be an integer, not a string"_s);
    row("template: staging_version null is fine", "template", R"({"staging_version":null})", keep,
        u"-"_s, QString());
    row("template version: missing version", "template version", "{}", {u"version"_s}, u"version"_s,
        u"is required"_s);
    row("template version: version 0", "template version", R"({"version":0})", keep, u"version"_s,
        u"at least 1"_s);
    row("template version: content number", "template version", R"({"content":5})", keep,
        u"content"_s, u"must be a string, not a number"_s);
    row("template version: missing template_name", "template version", "{}", {u"template_name"_s},
        u"template_name"_s, u"is required"_s);
    // signing key
    row("signing key: unknown state", "signing key", R"({"state":"revoked"})", keep, u"state"_s,
        u"is not a known state: \"revoked\" (use next, active or retired)"_s);
    row("signing key: missing state", "signing key", "{}", {u"state"_s}, u"state"_s,
        u"is required"_s);
    row("signing key: public_jwk string", "signing key", R"({"public_jwk":"x"})", keep,
        u"public_jwk"_s, u"must be a JWK object or null, not a string"_s);
    row("signing key: activated_at bad", "signing key",
        R"({"activated_at":"2024-05-01T24:00:00Z"})", keep, u"activated_at"_s,
        u"is not an ISO 8601 time"_s);
    row("signing key: empty alg", "signing key", R"({"alg":""})", keep, u"alg"_s,
        u"must not be empty"_s);
    // audit event
    row("audit event: any before/after", "audit event", R"({"before":[1,"x"],"after":null})", keep,
        u"-"_s, QString());
    row("audit event: missing at", "audit event", "{}", {u"at"_s}, u"at"_s, u"is required"_s);
    row("audit event: id negative", "audit event", R"({"id":-1})", keep, u"id"_s, u"at least 0"_s);
    row("audit event: missing action", "audit event", "{}", {u"action"_s}, u"action"_s,
        u"is required"_s);
}

void TestModelJson::badInput()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, set);
    QFETCH(QStringList, remove);
    QFETCH(QString, field);
    QFETCH(QString, message);

    json::Value v = base(type);
    const json::Value changes = parsed(set.toStdString());
    for (const json::Member& m : changes.object())
        v.set(m.key, m.value);
    for (const QString& key : remove)
        QVERIFY(v.remove(key.toStdString()));

    const std::optional<FieldError> error = parseAs(type, v);
    if (field == u"-") {
        QVERIFY2(!error, error ? (error->field + ": " + error->message).c_str() : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->field), field);
    QVERIFY2(QString::fromStdString(error->message).contains(message), error->message.c_str());
}

void TestModelJson::paths()
{
    // Not an object at all: the whole value is at fault.
    for (const QString& type :
         {u"user"_s, u"organization"_s, u"membership"_s, u"role"_s, u"permission"_s,
          u"application"_s, u"template"_s, u"template version"_s, u"signing key"_s,
          u"audit event"_s, u"domain"_s}) {
        const std::optional<FieldError> e = parseAs(type, parsed("[]"));
        QVERIFY(e);
        QCOMPARE(e->field, std::string());
        QVERIFY2(e->message.find("must be a JSON object, not an array") != std::string::npos,
                 e->message.c_str());
    }
    QCOMPARE(fieldPath("metadata", "plan"), std::string("metadata.plan"));
    QCOMPARE(fieldPath("metadata", "a.b"), std::string(R"(metadata["a.b"])"));
    QCOMPARE(fieldPath("metadata", "2fa"), std::string(R"(metadata["2fa"])"));
    QCOMPARE(fieldPath("metadata", "say \"hi\""), std::string("metadata[\"say \\\"hi\\\"\"]"));
    QCOMPARE(fieldPath("", "email"), std::string("email"));
    QCOMPARE(fieldPath("domains[1]", "state"), std::string("domains[1].state"));
    QCOMPARE(indexPath("roles", 2), std::string("roles[2]"));
}

void TestModelJson::keyStates()
{
    for (KeyState s : {KeyState::Next, KeyState::Active, KeyState::Retired})
        QCOMPARE(keyStateFromName(keyStateName(s)), std::optional(s));
    QCOMPARE(std::string(keyStateName(KeyState::Retired)), std::string("retired"));
    QCOMPARE(keyStateFromName("Active"), std::optional<KeyState>());
    QVERIFY(isDomainState("verified") && !isDomainState("Verified"));
    QVERIFY(isMembershipStatus("pending") && !isMembershipStatus("deleted"));
}

QTEST_APPLESS_MAIN(TestModelJson)
#include "tst_model_json.moc"
