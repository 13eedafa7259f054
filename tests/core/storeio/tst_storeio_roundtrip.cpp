// export then import into an empty store gives the same store: every object,
// field by field — ids, times, versions, metadata member order, 64-bit
// integers, templates with their whole history — except that signing keys
// keep their private part in the old store (documented).

#include "StoreIoTestSupport.h"
#include "TempStore.h"
#include "jose/Key.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"
#include "store/io/Importer.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace claimsmith;
namespace io = store::io;

namespace {

json::Value j(const char* text)
{
    return json::parse(text).value;
}

template <class T>
T must(store::Result<T> r)
{
    if (!r)
        qFatal("store write failed: %s", r.error().message.c_str());
    return std::move(r.value());
}

void must(const store::Error& e)
{
    if (e)
        qFatal("store write failed: %s", e.message.c_str());
}

constexpr int kUsers = 1234; // more than one page of kMaxPageSize

void fill(test::TempStore& temp)
{
    store::Store& s = *temp;
    auto tick = [&] { temp.clock.advance(1500); };
    must(s.setIssuer("https://auth.example.com"));

    model::Permission read{"billing:read", "Read billing", "Invoices and plans"};
    read = must(s.createPermission(read));
    read.name = "Read billing data";
    read = must(s.updatePermission(read));
    read.description = "Invoices, plans and seats";
    must(s.updatePermission(read)); // version 3
    must(s.createPermission({"users:write", "Write users", ""}));
    model::Role admin{"admin", "Administrator", "Everything", {"billing:read", "users:write"}};
    admin = must(s.createRole(admin));
    admin.description = "Everything there is";
    must(s.updateRole(admin)); // version 2
    must(s.createRole({"member", "Member", "", {}}));

    model::Organization acme;
    acme.name = "Acme, Inc.";
    acme.externalId = "acme-1";
    acme.domains = {{"acme.com", "verified"}, {"acme.io", "pending"}};
    acme.metadata = j(R"({"z":18446744073709551615,"a":-9223372036854775808,"m":1.50,)"
                      R"("nested":{"b":[1,{"c":null}],"é":"ünïcode"}})");
    acme = must(s.createOrganization(acme));
    tick();
    acme.name = "Acme Corporation";
    acme = must(s.updateOrganization(acme)); // version 2, updated_at later
    tick();
    model::Organization globex;
    globex.name = "Globex";
    globex = must(s.createOrganization(globex));

    std::vector<model::User> users;
    for (int i = 0; i < kUsers; ++i) {
        if (i % 100 == 0)
            tick();
        model::User u;
        u.email = "user" + std::to_string(i) + "@example.com";
        u.emailVerified = i % 3 == 0;
        if (i % 4 != 0)
            u.firstName = "First" + std::to_string(i);
        if (i % 5 != 0)
            u.lastName = "Lást" + std::to_string(i);
        if (i % 2 == 0)
            u.externalId = "crm-" + std::to_string(i);
        u.metadata = j(R"({"seats":9007199254740993,"plan":"pro","flags":[true,false]})");
        if (i % 7 == 0)
            u.userMetadata = j(R"({"theme":"dark","lang":"de"})");
        if (i % 11 == 0)
            u.ssoAttributes = j(R"({"department":"R&D","groups":["a","b"]})");
        users.push_back(must(s.createUser(u)));
    }
    tick();
    for (int i = 0; i < 50; ++i) {
        model::User u = users[static_cast<std::size_t>(i * 3)];
        u.metadata.set("updated", i);
        u = must(s.updateUser(u));
        if (i % 2 == 0)
            must(s.patchUserMetadata(u.id, store::MetadataField::UserMetadata, j(R"({"k":"v"})"),
                                     u.version));
    }

    model::Membership m1;
    m1.userId = users[0].id;
    m1.organizationId = acme.id;
    m1.roles = {"admin", "member"};
    m1.customAttributes = j(R"({"title":"CTO","since":2019})");
    m1 = must(s.createMembership(m1));
    tick();
    m1.status = "inactive";
    must(s.updateMembership(m1));
    model::Membership m2;
    m2.userId = users[1].id;
    m2.organizationId = globex.id;
    m2.status = "pending";
    must(s.createMembership(m2));

    model::Application web;
    web.name = "Web";
    web.metadata = j(R"({"tier":"gold","limit":5})");
    web.templateName = "default";
    web.tokenLifetime = 900;
    web = must(s.createApplication(web));
    tick();
    web.name = "Web app";
    must(s.updateApplication(web));
    model::Application cli;
    cli.name = "CLI";
    cli.clientId = "client_cli_fixed";
    must(s.createApplication(cli));

    model::Template t = must(s.createTemplate("default", R"({"aud": "web"})", "first"));
    tick();
    s.setActor("alice");
    must(s.addTemplateVersion("default", R"({"tier": {{ organization.metadata.tier || 'free' }}})",
                              "tier", t.version));
    s.setActor("test");
    t = must(s.promoteTemplate("default", 2, "staging", 2, {}));
    tick();
    t = must(s.promoteTemplate("default", 1, "production", t.version, "first rollout"));
    // Promoted back and forth: its version is not that of a plain history.
    t = must(s.promoteTemplate("default", 2, "production", t.version, {}));
    tick();
    must(s.promoteTemplate("default", 1, "production", t.version, "rolled back"));
    must(s.createTemplate("mobile", R"({"aud": "mobile"})", ""));

    jose::Key key;
    std::string error;
    if (!jose::Key::generate(jose::Algorithm::ES256, 0, key, error))
        qFatal("key generation failed: %s", error.c_str());
    must(s.addSigningKey(key, model::KeyState::Active));
}

template <class T, class Key>
void sortBy(std::vector<T>& v, Key key)
{
    std::sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
}

// The export's lines without signing keys (whose private parts stay in the
// old store on purpose), in order.
std::vector<std::string> comparableLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        if (!line.starts_with(R"({"type":"signing_key")"))
            out.push_back(line);
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return out;
}

} // namespace

class TestStoreIoRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void exportThenImportGivesTheSameStore();
    void exportIsInDependencyOrder();
};

void TestStoreIoRoundTrip::exportThenImportGivesTheSameStore()
{
    test::TempStore from;
    fill(from);
    const std::string text = test::exportText(*from);

    test::TempStore to;
    to.clock.advance(86400000); // a day later: nothing may take the new store's clock
    const io::ImportResult r = test::importText(*to, text, io::Format::Jsonl, true);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    QCOMPARE(r.outcome, io::ImportOutcome::Imported);
    QCOMPARE(r.counts.users, kUsers);
    QCOMPARE(r.counts.ignored, 1); // the signing key
    QCOMPARE(r.warnings.size(), 1u);

    QCOMPARE(*to->limitsProfile(), *from->limitsProfile());
    QCOMPARE(*to->issuer(), std::string("https://auth.example.com"));
    QVERIFY(*to->permissions() == *from->permissions());
    QCOMPARE(to->permissions()->front().version, 3);
    QVERIFY(*to->roles() == *from->roles());

    std::vector<model::Organization> orgsFrom = test::allOrganizations(*from);
    std::vector<model::Organization> orgsTo = test::allOrganizations(*to);
    sortBy(orgsFrom, [](const auto& o) { return o.id; });
    sortBy(orgsTo, [](const auto& o) { return o.id; });
    QCOMPARE(orgsTo.size(), 2u);
    QVERIFY(orgsTo == orgsFrom);
    const auto acme = to->organizationByExternalId("acme-1");
    QVERIFY(acme);
    QCOMPARE(acme->version, 2);
    QCOMPARE(json::toString(acme->metadata),
             std::string(R"({"z":18446744073709551615,"a":-9223372036854775808,"m":1.50,)"
                         R"("nested":{"b":[1,{"c":null}],"é":"ünïcode"}})"));

    const std::vector<model::User> usersFrom = test::allUsers(*from);
    const std::vector<model::User> usersTo = test::allUsers(*to);
    QCOMPARE(usersTo.size(), usersFrom.size());
    for (std::size_t i = 0; i < usersFrom.size(); ++i) {
        if (!(usersTo[i] == usersFrom[i]))
            QFAIL(("user differs: " + json::toString(model::toJson(usersFrom[i])) + " vs " +
                   json::toString(model::toJson(usersTo[i])))
                      .c_str());
    }
    QCOMPARE(*to->userCount(), *from->userCount());
    QCOMPARE(*to->organizationCount(), *from->organizationCount());

    std::vector<model::Membership> mFrom = test::allMemberships(*from);
    std::vector<model::Membership> mTo = test::allMemberships(*to);
    sortBy(mFrom, [](const auto& m) { return m.id; });
    sortBy(mTo, [](const auto& m) { return m.id; });
    QCOMPARE(mTo.size(), 2u);
    QVERIFY(mTo == mFrom);

    QVERIFY(*to->applications() == *from->applications());

    const auto tFrom = *from->templates();
    const auto tTo = *to->templates();
    QCOMPARE(tTo.size(), tFrom.size());
    for (std::size_t i = 0; i < tFrom.size(); ++i) {
        // Times, version, staging and production included.
        QVERIFY(tTo[i] == tFrom[i]);
        const auto vFrom = *from->templateVersions(tFrom[i].name);
        const auto vTo = *to->templateVersions(tTo[i].name);
        QCOMPARE(vTo.size(), vFrom.size());
        QVERIFY(vTo == vFrom);
    }
    QCOMPARE(tFrom[0].version, std::int64_t(6));
    QCOMPARE(from->templateVersion("default", 2)->author, std::string("alice"));

    QCOMPARE(from->signingKeys()->size(), 1u);
    QVERIFY(to->signingKeys()->empty());

    // And the new store exports the same lines.
    QCOMPARE(comparableLines(test::exportText(*to)), comparableLines(text));
}

void TestStoreIoRoundTrip::exportIsInDependencyOrder()
{
    test::TempStore s;
    fill(s);
    const std::string text = test::exportText(*s);
    const char* order[] = {"settings",   "permission",  "role",     "organization", "user",
                           "membership", "application", "template", "signing_key"};
    std::size_t rank = 0;
    std::size_t start = 0;
    std::size_t lines = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const json::ParseResult line = json::parse(text.substr(start, end - start));
        QVERIFY(line.ok);
        const std::string type = line.value.find("type")->string();
        while (rank < std::size(order) && type != order[rank])
            ++rank;
        QVERIFY2(rank < std::size(order), ("out of order: " + type).c_str());
        // Never a private key member.
        if (type == "signing_key")
            QVERIFY(!line.value.find("public_jwk")->find("d"));
        start = end + 1;
        ++lines;
    }
    QCOMPARE(lines, std::size_t(1 + 2 + 2 + 2 + kUsers + 2 + 2 + 2 + 1));
}

QTEST_GUILESS_MAIN(TestStoreIoRoundTrip)
#include "tst_storeio_roundtrip.moc"
