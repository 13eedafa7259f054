// TokenService: tokens from the store's data, the production template and
// the active key; what it caches and when it notices changes.

#include "TempStore.h"
#include "TestSupport.h"
#include "issue/TokenService.h"
#include "jose/Inspector.h"
#include "jose/KeySet.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;

namespace {

const char* kTemplate = R"({
  "urn:app:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:app:tier": {{ organization.metadata.tier || 'free' }},
  "urn:app:plan": {{ user.metadata.plan }},
  "urn:app:perms": {{ organization_membership.permissions }},
  "urn:app:client": {{ application.metadata.color }}
})";

struct World
{
    World()
        : service(*s, issue::TokenService::Options{&s.clock})
    {
        s->setIssuer("https://auth.example.com");
        s->createPermission({"users:read", "", "", 0});
        s->createPermission({"users:write", "", "", 0});
        s->createPermission({"billing:read", "", "", 0});
        s->createRole({"admin", "", "", {"users:read", "users:write"}, 0});
        s->createRole({"billing", "", "", {"billing:read", "users:read"}, 0});
        model::User u;
        u.email = "ada@example.com";
        u.firstName = "Ada";
        u.lastName = "Lovelace";
        u.externalId = "crm-1";
        u.metadata = json::parse(R"({"plan":"pro"})").value;
        user = *s->createUser(u);
        model::Organization o;
        o.name = "Acme";
        o.externalId = "acct-7";
        o.metadata = json::parse(R"({"tier":"gold"})").value;
        org = *s->createOrganization(o);
        model::Membership m;
        m.userId = user.id;
        m.organizationId = org.id;
        m.roles = {"admin", "billing"};
        s->createMembership(m);
        model::Application a;
        a.name = "Dashboard";
        a.clientId = "client-1";
        a.tokenLifetime = 600;
        a.metadata = json::parse(R"({"color":"blue"})").value;
        s->createApplication(a);
        auto t = s->createTemplate("default", kTemplate, "");
        s->promoteTemplate("default", 1, "production", t->version, "");
        jose::Key k;
        std::string error;
        jose::Key::generate(jose::Algorithm::ES256, 0, k, error);
        key = *s->addSigningKey(k, model::KeyState::Active);
    }

    json::Value payloadOf(const std::string& token)
    {
        const json::Value jwks = *s->jwks();
        jose::KeySet set;
        std::string error;
        jose::KeySet::fromJwks(jwks, set, error);
        jose::InspectOptions o;
        o.now = s.clock.now() / 1000;
        const jose::Inspection i = jose::inspect(token, nullptr, &set, o);
        if (i.signature != jose::Inspection::Signature::Valid)
            qFatal("token does not verify: %s", json::toString(i.toJson()).c_str());
        return i.payload;
    }

    test::TempStore s;
    issue::TokenService service;
    model::User user;
    model::Organization org;
    model::SigningKey key;
};

} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

private slots:
    void issuesAVerifiableToken();
    void externalIds();
    void withoutOrganization();
    void errorsSayWhatIsMissing();
    void seesPromotionsAndRotations();
    void onlyUsedFieldsGiveTheSameClaims();
    void reproducibleWithNow();
    void fromASubjectAlreadyRead();
    void seesWritesOfAnotherConnection();
    void changeCountAndSnapshots();
    void readsOnlyTheBagsAsked();
};

void TestTokenService::issuesAVerifiableToken()
{
    World w;
    const auto t = w.service.issue({w.user.id, w.org.id});
    QVERIFY2(t, t.error().message.c_str());
    QCOMPARE(t->kid, w.key.kid);
    QCOMPARE(t->expiresIn, 600);
    const json::Value p = w.payloadOf(t->token);
    std::vector<std::string> keys;
    for (const json::Member& m : p.object())
        keys.push_back(m.key);
    QVERIFY((keys == std::vector<std::string>{"iss", "sub", "aud", "iat", "exp", "jti", "org_id",
                                              "role", "roles", "permissions", "urn:app:name",
                                              "urn:app:tier", "urn:app:plan", "urn:app:perms",
                                              "urn:app:client"}));
    QCOMPARE(p.find("iss")->string(), std::string("https://auth.example.com"));
    QCOMPARE(p.find("sub")->string(), w.user.id);
    QCOMPARE(p.find("aud")->string(), std::string("client-1"));
    QCOMPARE(p.find("iat")->toInt64(), w.s.clock.now() / 1000);
    QCOMPARE(p.find("exp")->toInt64() - p.find("iat")->toInt64(), 600);
    QCOMPARE(p.find("org_id")->string(), w.org.id);
    QCOMPARE(p.find("role")->string(), std::string("admin"));
    // Permissions of both roles, each once, in role order.
    QCOMPARE(json::toString(*p.find("permissions")),
             std::string(R"(["users:read","users:write","billing:read"])"));
    QCOMPARE(json::toString(*p.find("urn:app:perms")), json::toString(*p.find("permissions")));
    QCOMPARE(p.find("urn:app:name")->string(), std::string("Ada Lovelace"));
    QCOMPARE(p.find("urn:app:tier")->string(), std::string("gold"));
    QCOMPARE(p.find("urn:app:client")->string(), std::string("blue"));
    QCOMPARE(t->claims.substr(0, 1), std::string("{"));
    QCOMPARE(json::toString(w.payloadOf(t->token)), t->payload);
    // A new jti every time.
    QVERIFY(w.payloadOf(w.service.issue({w.user.id, w.org.id})->token).find("jti")->string() !=
            p.find("jti")->string());
}

void TestTokenService::externalIds()
{
    World w;
    const auto t = w.service.issue({"crm-1", "acct-7", "client-1"});
    QVERIFY2(t, t.error().message.c_str());
    QCOMPARE(w.payloadOf(t->token).find("sub")->string(), w.user.id);
    QCOMPARE(w.payloadOf(t->token).find("org_id")->string(), w.org.id);
}

void TestTokenService::withoutOrganization()
{
    World w;
    const auto t = w.service.issue({w.user.id});
    QVERIFY2(t, t.error().message.c_str());
    const json::Value p = w.payloadOf(t->token);
    QVERIFY(!p.find("org_id") && !p.find("role") && !p.find("permissions"));
    QCOMPARE(p.find("urn:app:tier")->string(), std::string("free"));
}

void TestTokenService::errorsSayWhatIsMissing()
{
    World w;
    auto r = w.service.issue({"user_01JB00000000000000000000X0"});
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QCOMPARE(r.error().field, std::string("user_id"));
    model::Organization other;
    other.name = "Other";
    const auto o = w.s->createOrganization(other);
    r = w.service.issue({w.user.id, o->id});
    QCOMPARE(r.error().field, std::string("organization_id"));
    QVERIFY2(r.error().message.find("not a member") != std::string::npos,
             r.error().message.c_str());
    r = w.service.issue({w.user.id, "", "no-such-app"});
    QCOMPARE(r.error().field, std::string("application_id"));
    // A template without a production version.
    test::TempStore empty;
    issue::TokenService service(*empty);
    model::User u;
    u.email = "x@example.com";
    const auto user = empty->createUser(u);
    empty->createTemplate("default", kTemplate, "");
    r = service.issue({user->id});
    QVERIFY2(r.error().message.find("no production version") != std::string::npos,
             r.error().message.c_str());
    const auto t = empty->templateByName("default");
    empty->promoteTemplate("default", 1, "production", t->version, "");
    service.invalidate();
    r = service.issue({user->id});
    QVERIFY2(r.error().message.find("no active signing key") != std::string::npos,
             r.error().message.c_str());
    QVERIFY(service.render({user->id})); // rendering needs no key
}

void TestTokenService::seesPromotionsAndRotations()
{
    World w;
    auto t = w.s->templateByName("default");
    w.s->addTemplateVersion("default", R"({"urn:app:v": 2})", "", t->version);
    t = w.s->templateByName("default");
    w.s->promoteTemplate("default", 2, "production", t->version, "");
    auto issued = w.service.issue({w.user.id});
    QCOMPARE(issued->claims, std::string(R"({"urn:app:v":2})"));
    QCOMPARE(issued->templateVersion, 2);
    jose::Key k;
    std::string error;
    jose::Key::generate(jose::Algorithm::EdDSA, 0, k, error);
    const auto next = w.s->addSigningKey(k, model::KeyState::Next);
    w.s->activateSigningKey(next->kid, next->version);
    issued = w.service.issue({w.user.id});
    QCOMPARE(issued->kid, next->kid);
    QVERIFY(w.payloadOf(issued->token).isObject());
    // The next token, not a later one, sees a change.
    issue::TokenService other(*w.s);
    QCOMPARE(other.issue({w.user.id})->kid, next->kid);
    jose::Key k2;
    jose::Key::generate(jose::Algorithm::ES256, 0, k2, error);
    const auto third = w.s->addSigningKey(k2, model::KeyState::Active);
    QCOMPARE(other.issue({w.user.id})->kid, third->kid);
    QCOMPARE(w.service.issue({w.user.id})->kid, third->kid);
}

void TestTokenService::onlyUsedFieldsGiveTheSameClaims()
{
    World w;
    const auto full = w.service.context({w.user.id, w.org.id});
    QVERIFY(full);
    QVERIFY(full->find("user")->find("sso_attributes")); // the whole context has everything
    const tmpl::Template t = tmpl::Template::compile(kTemplate);
    QCOMPARE(t.render(*full).json, w.service.render({w.user.id, w.org.id})->claims);
    const std::vector<std::string> used = t.usedFields();
    QVERIFY(std::find(used.begin(), used.end(), "user.metadata") != used.end());
    QVERIFY(std::find(used.begin(), used.end(), "user.user_metadata") == used.end());
}

void TestTokenService::reproducibleWithNow()
{
    World w;
    issue::TokenRequest r{w.user.id, w.org.id};
    r.now = 1767225600;
    const auto a = w.service.render(r);
    const auto b = w.service.render(r);
    QCOMPARE(a->payload, b->payload);
    QVERIFY(a->payload.find("\"iat\":1767225600") != std::string::npos);
}

void TestTokenService::fromASubjectAlreadyRead()
{
    World w;
    issue::TokenRequest r{w.user.id, w.org.id};
    r.now = 1767225600;
    const auto subject = w.s->tokenSubject(w.user.id, w.org.id);
    QVERIFY(subject);
    // The same payload as the lookup by id gives.
    const auto looked = w.service.render(r);
    const auto given = w.service.render(*subject, issue::TokenRequest{{}, {}, {}, {}, r.now});
    QVERIFY2(given, given.error().message.c_str());
    QCOMPARE(given->payload, looked->payload);
    const auto signed_ = w.service.issue(*subject, issue::TokenRequest{{}, {}, {}, {}, r.now});
    QVERIFY(signed_);
    QCOMPARE(json::toString(w.payloadOf(signed_->token)), looked->payload);
    // A subject changed by the caller is what the token says.
    store::TokenSubject other = *subject;
    other.user.firstName = "Augusta";
    const auto changed = w.service.render(other, issue::TokenRequest{{}, {}, {}, {}, r.now});
    QVERIFY(changed->payload.find("Augusta Lovelace") != std::string::npos);
}

void TestTokenService::seesWritesOfAnotherConnection()
{
    World w;
    auto claim = [&](const char* name) {
        const auto t = w.service.issue({w.user.id, w.org.id});
        if (!t)
            qFatal("issue failed: %s", t.error().message.c_str());
        const json::Value payload = w.payloadOf(t->token);
        const json::Value* v = payload.find(name);
        return v ? json::toString(*v) : std::string("(none)");
    };
    QCOMPARE(claim("urn:app:plan"), std::string(R"("pro")"));
    // Another connection (another process would do the same) changes the
    // user's metadata: the very next token has it.
    auto other = w.s.openAnother();
    const auto user = other->user(w.user.id);
    const json::Value team = json::parse(R"({"plan":"team"})").value;
    QVERIFY(
        other->patchUserMetadata(w.user.id, store::MetadataField::Metadata, team, user->version));
    QCOMPARE(claim("urn:app:plan"), std::string(R"("team")"));
    // The organization's metadata.
    const auto org = other->organization(w.org.id);
    const json::Value platinum = json::parse(R"({"tier":"platinum"})").value;
    QVERIFY(other->patchOrganizationMetadata(w.org.id, platinum, org->version));
    QCOMPARE(claim("urn:app:tier"), std::string(R"("platinum")"));
    // A role's permissions.
    auto role = *other->role("billing");
    role.permissions = {"billing:read", "billing:write"};
    QVERIFY(other->createPermission({"billing:write", "", "", 0}));
    QVERIFY(other->updateRole(role));
    const std::string permissions = json::toString(
        json::Value(json::Array{"users:read", "users:write", "billing:read", "billing:write"}));
    QCOMPARE(claim("permissions"), permissions);
    // The issuer.
    QVERIFY(!other->setIssuer("https://id.example.org"));
    QCOMPARE(claim("iss"), std::string("\"https://id.example.org\""));
    // A new production version of the template.
    auto t = other->templateByName("default");
    const std::string v2Text = R"({"urn:app:v": {{ user.metadata.plan }}})";
    QVERIFY(other->addTemplateVersion("default", v2Text, "", t->version));
    t = other->templateByName("default");
    QVERIFY(other->promoteTemplate("default", 2, "production", t->version, ""));
    const auto v2 = w.service.issue({w.user.id, w.org.id});
    QVERIFY2(v2, v2.error().message.c_str());
    QCOMPARE(v2->templateVersion, 2);
    QCOMPARE(v2->claims, std::string(R"({"urn:app:v":"team"})"));
    // A new active key: the next token is signed with it and verifies.
    jose::Key k;
    std::string error;
    QVERIFY(jose::Key::generate(jose::Algorithm::ES256, 0, k, error));
    const auto added = other->addSigningKey(k, model::KeyState::Active);
    QVERIFY(added);
    const auto rotated = w.service.issue({w.user.id, w.org.id});
    QVERIFY2(rotated, rotated.error().message.c_str());
    QCOMPARE(rotated->kid, added->kid);
    QVERIFY(rotated->kid != w.key.kid);
    QCOMPARE(w.payloadOf(rotated->token).find("urn:app:v")->string(), std::string("team"));
    // Back to the first version, and a user deleted elsewhere is gone at once.
    t = other->templateByName("default");
    QVERIFY(other->promoteTemplate("default", 1, "production", t->version, ""));
    QCOMPARE(claim("urn:app:plan"), std::string(R"("team")"));
    const auto current = other->user(w.user.id);
    QVERIFY(!other->deleteUser(w.user.id, current->version));
    const auto gone = w.service.issue({w.user.id, w.org.id});
    QVERIFY(!gone);
    QCOMPARE(gone.error().field, std::string("user_id"));
}

void TestTokenService::changeCountAndSnapshots()
{
    World w;
    const auto first = w.s->changeCount();
    QVERIFY(first);
    QCOMPARE(*w.s->changeCount(), *first); // nothing changed
    // A write through this connection moves it.
    const auto u = w.s->user(w.user.id);
    const json::Value a1 = json::parse(R"({"a":1})").value;
    QVERIFY(w.s->patchUserMetadata(w.user.id, store::MetadataField::UserMetadata, a1, u->version));
    const auto second = w.s->changeCount();
    QVERIFY(*second != *first);
    // So does a write committed by another connection.
    auto other = w.s.openAnother();
    QCOMPARE(*w.s->changeCount(), *second);
    model::User x;
    x.email = "x@example.com";
    QVERIFY(other->createUser(x));
    const auto third = w.s->changeCount();
    QVERIFY(*third != *second);
    // Inside a snapshot, a later commit elsewhere is not seen, not even by the
    // change count; after it, both are.
    {
        store::ReadSnapshot snapshot(*w.s);
        QVERIFY(!snapshot.error());
        QCOMPARE(*w.s->changeCount(), *third);
        QCOMPARE(*w.s->userCount(), 2);
        model::User y;
        y.email = "y@example.com";
        QVERIFY(other->createUser(y));
        QCOMPARE(*w.s->userCount(), 2);
        QCOMPARE(*w.s->changeCount(), *third);
    }
    QCOMPARE(*w.s->userCount(), 3);
    QVERIFY(*w.s->changeCount() != *third);
    // A write inside a snapshot is committed with it.
    {
        store::ReadSnapshot snapshot(*w.s);
        QCOMPARE(*w.s->userCount(), 3);
        model::User z;
        z.email = "z@example.com";
        QVERIFY(w.s->createUser(z));
    }
    QCOMPARE(*other->userCount(), 4);
}

void TestTokenService::readsOnlyTheBagsAsked()
{
    World w;
    store::TokenSubjectParts parts;
    parts.userMetadata = false;
    parts.organizationDomains = false;
    const auto some = w.s->tokenSubject(w.user.id, w.org.id, parts);
    QVERIFY(some);
    QVERIFY(!some->user.metadata.find("plan")); // not read
    QCOMPARE(json::toString(some->organization->metadata), std::string(R"({"tier":"gold"})"));
    QCOMPARE(some->membership->roles, (std::vector<std::string>{"admin", "billing"}));
    const auto all = w.s->tokenSubject(w.user.id, w.org.id);
    QCOMPARE(json::toString(all->user.metadata), std::string(R"({"plan":"pro"})"));
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_token_service.moc"
