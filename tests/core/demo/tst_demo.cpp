// The demo data generator: the same seed gives the same store, the data has
// realistic proportions, the `default` template compiles and renders for
// every demo user, and the signing key signs.

#include "TempStore.h"
#include "TestSupport.h"
#include "TokenContext.h"
#include "jose/Jws.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/Clock.h"
#include "model/ModelJson.h"
#include "store/demo/Demo.h"
#include "store/demo/DemoNames.h"
#include "store/demo/DemoOrganizations.h"
#include "template/Template.h"
#include "template/Vocabulary.h"

#include <QTest>

#include <limits>
#include <map>
#include <set>

using namespace claimsmith;

namespace {

using Dump = std::vector<std::string>;

// The value of a store call that must succeed (a copy: range-for over
// `*temporary` would dangle).
template <typename T>
T must(store::Result<T> r)
{
    if (!r)
        qFatal("store: %s", r.error().message.c_str());
    return std::move(r).value();
}

template <typename F>
void forEachUser(store::Store& s, F&& f)
{
    store::UserQuery q;
    q.sort = store::UserSort::CreatedAt;
    q.limit = store::kMaxPageSize;
    for (;;) {
        auto page = s.findUsers(q);
        QVERIFY2(page, page.error().message.c_str());
        for (const model::User& u : page->items)
            f(u);
        if (page->next.empty())
            return;
        q.after = page->next;
    }
}

template <typename F>
void forEachOrganization(store::Store& s, F&& f)
{
    store::OrganizationQuery q;
    q.limit = store::kMaxPageSize;
    for (;;) {
        auto page = s.findOrganizations(q);
        QVERIFY2(page, page.error().message.c_str());
        for (const model::Organization& o : page->items)
            f(o);
        if (page->next.empty())
            return;
        q.after = page->next;
    }
}

std::vector<model::Membership> membershipsOf(store::Store& s, const std::string& userId)
{
    store::MembershipQuery q;
    q.userId = userId;
    auto page = s.findMemberships(q);
    return page ? page->items : std::vector<model::Membership>{};
}

// Every record as its JSON line, except the signing key's random parts.
Dump dump(store::Store& s)
{
    Dump d;
    auto line = [&](const json::Value& v) { d.push_back(json::toString(v)); };
    forEachUser(s, [&](const model::User& u) { line(model::toJson(u)); });
    forEachOrganization(s, [&](const model::Organization& o) { line(model::toJson(o)); });
    store::MembershipQuery mq;
    mq.limit = store::kMaxPageSize;
    for (;;) {
        auto page = s.findMemberships(mq);
        if (!page)
            break;
        for (const model::Membership& m : page->items)
            line(model::toJson(m));
        if (page->next.empty())
            break;
        mq.after = page->next;
    }
    for (const auto& p : must(s.permissions()))
        line(model::toJson(p));
    for (const auto& r : must(s.roles()))
        line(model::toJson(r));
    for (const auto& a : must(s.applications()))
        line(model::toJson(a));
    for (const auto& t : must(s.templates())) {
        line(model::toJson(t));
        for (const auto& v : must(s.templateVersions(t.name)))
            line(model::toJson(v));
    }
    for (const auto& k : must(s.signingKeys())) {
        // kid and public key are random; what the demo chose is not.
        line(json::Value::object({{"alg", k.alg},
                                  {"state", model::keyStateName(k.state)},
                                  {"created_at", k.createdAt}}));
    }
    d.push_back("issuer " + *s.issuer());
    return d;
}

Dump generate(std::int64_t users, int orgs, std::uint64_t seed, std::int64_t perBatch = 0)
{
    test::TempStore s;
    demo::DemoOptions o;
    o.users = users;
    o.organizations = orgs;
    o.seed = seed;
    o.usersPerBatch = perBatch;
    const store::Error e = demo::generateDemo(*s, o);
    if (e)
        qFatal("generateDemo: %s", e.message.c_str());
    return dump(*s);
}

bool isPlainKey(std::string_view key)
{
    if (key.empty() || key[0] == '-')
        return false;
    bool digits = true;
    for (char c : key) {
        const bool name = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                          c == '-' || (c >= '0' && c <= '9') ||
                          static_cast<unsigned char>(c) >= 0x80;
        if (!name)
            return false;
        digits = digits && c >= '0' && c <= '9';
    }
    return !digits;
}

bool hasNonAscii(const std::optional<std::string>& s)
{
    return s && std::any_of(s->begin(), s->end(),
                            [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Kind bits as MetadataKeyStats has them: null 1, bool 2, number 4, string 8,
// object 16, array 32.
std::uint8_t kindBit(const json::Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return 1;
    case json::Type::Bool:
        return 2;
    case json::Type::Number:
        return 4;
    case json::Type::String:
        return 8;
    case json::Type::Object:
        return 16;
    case json::Type::Array:
        return 32;
    }
    return 0;
}

struct KeyCount
{
    std::int64_t count = 0;
    std::uint8_t kinds = 0;
};
using KeyCounts = std::map<std::string, KeyCount>;

void countKeys(KeyCounts& into, const json::Value& bag)
{
    for (const json::Member& m : bag.object()) {
        KeyCount& k = into[m.key];
        ++k.count;
        k.kinds |= kindBit(m.value);
    }
}

void compareKeys(store::Store& s, store::MetadataObject object, store::MetadataField field,
                 const KeyCounts& expected)
{
    auto keys = s.metadataKeys(object, field);
    QVERIFY2(keys, keys.error().message.c_str());
    QCOMPARE(keys->size(), expected.size());
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (const store::MetadataKeyStats& k : *keys) {
        const auto it = expected.find(k.key);
        QVERIFY2(it != expected.end(), k.key.c_str());
        QCOMPARE(k.count, it->second.count);
        QCOMPARE(int(k.kinds), int(it->second.kinds));
        QVERIFY(k.count <= previous); // most frequent first
        previous = k.count;
    }
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameStore();
    void batchesDoNotChangeTheData();
    void otherSeedOtherStore();
    void proportions();
    void templateCompilesAndRendersForEveryUser();
    void signingKeySigns();
    void progressIsReported();
    void zeroUsers();
    void refusesBadOptionsAndStoresWithData();
    void organizationNamesAndDomainsAreUnique();
    void wordLists();

private:
    // One 2,000-user store shared by the tests that only read it.
    test::TempStore& big();
    std::unique_ptr<test::TempStore> m_big;
};

test::TempStore& TestDemo::big()
{
    if (!m_big) {
        m_big = std::make_unique<test::TempStore>();
        demo::DemoOptions o;
        o.users = 2000;
        const store::Error e = demo::generateDemo(**m_big, o);
        if (e)
            qFatal("generateDemo: %s", e.message.c_str());
    }
    return *m_big;
}

void TestDemo::sameSeedSameStore()
{
    const Dump a = generate(400, 12, 7);
    const Dump b = generate(400, 12, 7);
    QVERIFY(a.size() > 400 + 12 + 400);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QCOMPARE(a[i], b[i]);
}

void TestDemo::batchesDoNotChangeTheData()
{
    const Dump whole = generate(250, 5, 3);
    const Dump batched = generate(250, 5, 3, 64);
    QCOMPARE(whole.size(), batched.size());
    for (std::size_t i = 0; i < whole.size(); ++i)
        QCOMPARE(whole[i], batched[i]);
}

void TestDemo::otherSeedOtherStore()
{
    const Dump a = generate(100, 5, 1);
    const Dump b = generate(100, 5, 2);
    // Users (ids, names, e-mails) and organizations differ; the fixed
    // catalog (permissions, roles) does not.
    QVERIFY(a.front() != b.front());
    std::size_t same = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        same += a[i] == b[i];
    QVERIFY2(same < a.size() / 4, std::to_string(same).c_str());
}

void TestDemo::proportions()
{
    store::Store& s = *big();
    QCOMPARE(*s.userCount(), std::int64_t(2000));
    QCOMPARE(*s.organizationCount(), std::int64_t(50));

    // Roles with their permissions.
    const auto roles = *s.roles();
    std::set<std::string> permissionSlugs;
    for (const auto& p : must(s.permissions()))
        permissionSlugs.insert(p.slug);
    std::map<std::string, std::size_t> rolePermissions;
    for (const model::Role& r : roles) {
        rolePermissions[r.slug] = r.permissions.size();
        for (const std::string& p : r.permissions)
            QVERIFY2(permissionSlugs.count(p), p.c_str());
    }
    QCOMPARE(rolePermissions.size(), std::size_t(3));
    QCOMPARE(rolePermissions["admin"], permissionSlugs.size());
    QVERIFY(rolePermissions["member"] > rolePermissions["viewer"]);
    QVERIFY(rolePermissions["viewer"] > 0);

    // Organizations: unique domains; SSO ones known by their provider.
    std::map<std::string, model::Organization> orgs;
    std::set<std::string> domains;
    std::size_t orgExternal = 0;
    KeyCounts orgKeys;
    forEachOrganization(s, [&](const model::Organization& o) {
        QVERIFY(!o.domains.empty());
        QCOMPARE(o.domains.front().state, std::string("verified"));
        for (const model::Domain& d : o.domains)
            QVERIFY2(domains.insert(d.domain).second, d.domain.c_str());
        orgExternal += o.externalId.has_value();
        countKeys(orgKeys, o.metadata);
        orgs[o.id] = o;
    });
    QCOMPARE(orgs.size(), std::size_t(50));
    QVERIFY(orgExternal > 20 && orgExternal < 45);
    for (const char* key : {"tier", "plan", "license_key", "max_seats", "sso_required"})
        QVERIFY2(orgKeys.count(key), key);
    QVERIFY(orgKeys["plan"].count == 50);
    QVERIFY(orgKeys["tier"].count < 50); // not every organization has every key
    compareKeys(s, store::MetadataObject::Organization, store::MetadataField::Metadata, orgKeys);

    // Users and their memberships.
    std::int64_t external = 0, withUserMetadata = 0, withSso = 0, nonAscii = 0, noLastName = 0;
    std::int64_t memberships = 0, inSeveral = 0;
    std::map<std::string, std::int64_t> roleCount;
    std::map<std::string, std::int64_t> membersPerOrg;
    std::set<std::string> orgsWithAdmin;
    std::set<std::string> emails;
    KeyCounts metadata, userMetadata, sso;
    forEachUser(s, [&](const model::User& u) {
        QVERIFY2(emails.insert(u.email).second, u.email.c_str());
        external += u.externalId.has_value();
        nonAscii += hasNonAscii(u.firstName) || hasNonAscii(u.lastName);
        noLastName += !u.lastName.has_value();
        countKeys(metadata, u.metadata);
        countKeys(userMetadata, u.userMetadata);
        countKeys(sso, u.ssoAttributes);
        withUserMetadata += u.userMetadata.size() > 0;
        const auto ms = membershipsOf(s, u.id);
        QVERIFY2(!ms.empty(), u.id.c_str()); // every user in at least one organization
        memberships += static_cast<std::int64_t>(ms.size());
        inSeveral += ms.size() > 1;
        bool inSsoOrg = false;
        for (const model::Membership& m : ms) {
            QCOMPARE(m.roles.size(), std::size_t(1));
            ++roleCount[m.roles[0]];
            ++membersPerOrg[m.organizationId];
            if (m.roles[0] == "admin")
                orgsWithAdmin.insert(m.organizationId);
            inSsoOrg = inSsoOrg || orgs[m.organizationId].metadata.find("sso_provider");
        }
        if (u.ssoAttributes.size() > 0) {
            ++withSso;
            QVERIFY2(inSsoOrg, u.email.c_str()); // only users of SSO organizations
            QVERIFY(u.ssoAttributes.find("department") && u.ssoAttributes.find("title"));
        }
        // The address is on an organization's domain or a mail provider's.
        const std::string domain = u.email.substr(u.email.find('@') + 1);
        bool known = domains.count(domain) > 0;
        for (const auto& p : demo::mailProviders())
            known = known || p.value == domain;
        QVERIFY2(known, u.email.c_str());
    });
    QVERIFY(std::abs(double(external) / 2000 - 0.40) <= 0.05);
    QVERIFY(nonAscii > 100);
    QVERIFY(noLastName > 0 && noLastName < 200);
    QVERIFY(withUserMetadata > 600 && withUserMetadata < 1000);
    QVERIFY(withSso > 100);
    QVERIFY(memberships > 2200 && memberships < 3000);
    QVERIFY(inSeveral > 200);
    // Skewed roles: many members, fewer viewers, few admins; every
    // organization with members has an admin.
    QVERIFY(roleCount["member"] > roleCount["viewer"]);
    QVERIFY(roleCount["viewer"] > roleCount["admin"]);
    QVERIFY(roleCount["admin"] > 0);
    for (const auto& [org, n] : membersPerOrg)
        QVERIFY2(orgsWithAdmin.count(org), org.c_str());
    // Skewed organization sizes.
    std::int64_t largest = 0, smallest = 1 << 30;
    for (const auto& [org, n] : membersPerOrg) {
        largest = std::max(largest, n);
        smallest = std::min(smallest, n);
    }
    QVERIFY(largest > 10 * std::max<std::int64_t>(1, smallest));

    // Metadata: realistic keys, not all on everyone, counted by the store as
    // they are in the records.
    for (const char* key : {"department", "plan", "tier", "region", "cost_center", "feature_flags",
                            "license_key", "seats", "billing.plan"})
        QVERIFY2(metadata.count(key), key);
    for (const auto& [key, k] : metadata)
        QVERIFY2(k.count < 2000, key.c_str());
    QVERIFY(metadata["department"].count > metadata["cost_center"].count);
    QCOMPARE(int(metadata["feature_flags"].kinds), 32); // arrays
    QCOMPARE(int(metadata["onboarding"].kinds), 16);    // objects
    QVERIFY(std::any_of(metadata.begin(), metadata.end(),
                        [](const auto& k) { return !isPlainKey(k.first); }));
    QVERIFY(userMetadata.count("language") && userMetadata.count("theme"));
    QVERIFY(sso.count("department") && sso.count("title"));
    compareKeys(s, store::MetadataObject::User, store::MetadataField::Metadata, metadata);
    compareKeys(s, store::MetadataObject::User, store::MetadataField::UserMetadata, userMetadata);
    compareKeys(s, store::MetadataObject::User, store::MetadataField::SsoAttributes, sso);

    // One application with client metadata, using the template.
    const auto apps = *s.applications();
    QCOMPARE(apps.size(), std::size_t(1));
    QCOMPARE(apps[0].templateName, std::string("default"));
    QVERIFY(apps[0].metadata.size() > 3);
}

void TestDemo::templateCompilesAndRendersForEveryUser()
{
    store::Store& s = *big();
    const auto t = s.templateByName("default");
    QVERIFY2(t, t.error().message.c_str());
    QCOMPARE(t->productionVersion, std::optional<int>(1));
    QCOMPARE(t->stagingVersion, std::optional<int>(1));
    const auto version = s.templateVersion("default", 1);
    QVERIFY(version);
    QCOMPARE(version->content, std::string(demo::demoTemplate()));

    // No diagnostics at all: not even a T103 for a metadata key that no
    // record has, when checked against the demo store.
    const tmpl::Vocabulary vocabulary = test::vocabularyOf(s);
    tmpl::CompileOptions options;
    options.vocabulary = &vocabulary;
    const tmpl::Template compiled = tmpl::Template::compile(version->content, options);
    for (const tmpl::Diagnostic& d : compiled.diagnostics())
        qWarning("%s %d:%d %s", d.code.c_str(), d.start.line, d.start.column, d.message.c_str());
    QVERIFY(compiled.diagnostics().empty());
    QVERIFY(tmpl::Template::compile(version->content).diagnostics().empty());

    std::map<std::string, model::Organization> orgs;
    forEachOrganization(s, [&](const model::Organization& o) { orgs[o.id] = o; });
    const auto roles = *s.roles();
    const model::Application app = s.applications()->front();
    std::int64_t renders = 0;
    std::size_t largest = 0, total = 0;
    std::set<std::string> claimNames;
    forEachUser(s, [&](const model::User& u) {
        // Every organization of the user: a token can be for any of them.
        for (const model::Membership& m : membershipsOf(s, u.id)) {
            const json::Value ctx = test::tokenContext(u, orgs[m.organizationId], m, roles, app);
            const tmpl::RenderResult r = compiled.render(ctx);
            for (const tmpl::Diagnostic& d : r.diagnostics)
                qWarning("%s: %s %s", u.id.c_str(), d.code.c_str(), d.message.c_str());
            QVERIFY2(r.ok, u.id.c_str());
            // Not even the size warning (T403, 1,200 bytes).
            QVERIFY2(r.diagnostics.empty(), u.id.c_str());
            const json::ParseResult claims = json::parse(r.json);
            QVERIFY(claims.ok);
            for (const json::Member& c : claims.value.object())
                claimNames.insert(c.key);
            QVERIFY(claims.value.find("urn:demo:email"));
            QVERIFY(claims.value.find("urn:demo:roles"));
            QVERIFY(claims.value.find("urn:demo:billing_plan"));
            largest = std::max(largest, r.json.size());
            total += r.json.size();
            ++renders;
        }
    });
    QVERIFY(renders > 2000);
    // Optional claims appear for some users: metadata reaches the tokens.
    for (const char* name : {"urn:demo:external_id", "urn:demo:features", "urn:demo:title",
                             "urn:demo:cost_center", "urn:demo:organization"})
        QVERIFY2(claimNames.count(name), name);
    qInfo("%lld renders, %zu bytes on average, %zu at most", static_cast<long long>(renders),
          total / static_cast<std::size_t>(renders), largest);
}

void TestDemo::signingKeySigns()
{
    store::Store& s = *big();
    const auto keys = *s.signingKeys();
    QCOMPARE(keys.size(), std::size_t(1));
    QCOMPARE(keys[0].alg, std::string("ES256"));
    QCOMPARE(keys[0].state, model::KeyState::Active);
    const auto key = s.signingKeyForIssuing();
    QVERIFY2(key, key.error().message.c_str());
    std::string signature, error;
    QVERIFY2(jose::sign(*key, jose::Algorithm::ES256, "header.payload", signature, error),
             error.c_str());
    QVERIFY(jose::verify(key->publicKey(), jose::Algorithm::ES256, "header.payload", signature));
    QCOMPARE(s.jwks()->find("keys")->size(), std::size_t(1));
}

void TestDemo::progressIsReported()
{
    test::TempStore s;
    demo::DemoOptions o;
    o.users = 2500;
    o.organizations = 3;
    std::vector<demo::DemoProgress> seen;
    o.progress = [&](const demo::DemoProgress& p) { seen.push_back(p); };
    QVERIFY(!demo::generateDemo(*s, o));
    // 1,000, 2,000, the last user, and done.
    QCOMPARE(seen.size(), std::size_t(4));
    QCOMPARE(seen[0].users, std::int64_t(1000));
    QCOMPARE(seen[2].users, std::int64_t(2500));
    QVERIFY(!seen[2].done);
    QVERIFY(seen[3].done);
    QCOMPARE(seen[3].users, std::int64_t(2500));
    QCOMPARE(seen[3].totalUsers, std::int64_t(2500));
    QCOMPARE(seen[3].memberships, seen[2].memberships);
    QVERIFY(seen[3].memberships >= 2500);
}

void TestDemo::zeroUsers()
{
    test::TempStore s;
    demo::DemoOptions o;
    o.users = 0;
    o.organizations = 4;
    QVERIFY(!demo::generateDemo(*s, o));
    QCOMPARE(*s->userCount(), std::int64_t(0));
    QCOMPARE(*s->organizationCount(), std::int64_t(4));
    QVERIFY(s->templateByName("default"));
    QVERIFY(s->signingKeyForIssuing());
}

void TestDemo::refusesBadOptionsAndStoresWithData()
{
    test::TempStore s;
    demo::DemoOptions o;
    o.users = -1;
    QCOMPARE(demo::generateDemo(*s, o).kind, store::ErrorKind::Invalid);
    o.users = 10;
    o.organizations = 0;
    QCOMPARE(demo::generateDemo(*s, o).kind, store::ErrorKind::Invalid);
    o.organizations = 2;
    QVERIFY(!demo::generateDemo(*s, o));
    // A second run would mix two data sets (and clash): refused, nothing written.
    const store::Error again = demo::generateDemo(*s, o);
    QCOMPARE(again.kind, store::ErrorKind::Invalid);
    QVERIFY2(again.message.find("empty") != std::string::npos, again.message.c_str());
    QCOMPARE(*s->userCount(), std::int64_t(10));

    // The demo's nested values and dotted keys need the default limits.
    test::TempStore workos;
    QVERIFY(!workos->setLimitsProfile("workos"));
    QCOMPARE(demo::generateDemo(*workos, o).kind, store::ErrorKind::Invalid);
}

void TestDemo::organizationNamesAndDomainsAreUnique()
{
    // More organizations than name pairs: the pairs come round again with a number.
    demo::DemoSettings settings{9, 0, 3000, demo::kDemoNow};
    const demo::DemoOrganizations maker(settings);
    std::set<std::string> names, domains;
    for (int i = 0; i < settings.organizations; ++i) {
        demo::OrganizationPlan plan;
        const model::Organization o = maker.make(i, plan);
        // Legal forms aside, the name is unique.
        const auto parts = maker.nameParts(i);
        QVERIFY(names
                    .insert(std::to_string(parts.prefix) + "/" + std::to_string(parts.suffix) +
                            "/" + std::to_string(parts.round))
                    .second);
        for (const model::Domain& d : o.domains)
            QVERIFY2(domains.insert(d.domain).second, d.domain.c_str());
        QCOMPARE(o.domains.front().domain, plan.domain);
    }
}

void TestDemo::wordLists()
{
    auto asciiLetters = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // Domains are prefix + suffix: no two pairs may spell the same word.
    std::set<std::string> spelled;
    for (const demo::Word& p : demo::companyPrefixes()) {
        QVERIFY2(asciiLetters(p.ascii), p.ascii.data());
        for (const demo::Word& s : demo::companySuffixes()) {
            QVERIFY2(asciiLetters(s.ascii), s.ascii.data());
            QVERIFY(spelled.insert(std::string(p.ascii) + std::string(s.ascii)).second);
        }
    }
    // E-mail local parts must not contain digits (the number ends them).
    bool zoe = false, lukasz = false, nguyen = false, native = false;
    for (const auto& c : demo::cultures()) {
        for (auto names : {c.value->firstNames, c.value->lastNames}) {
            QVERIFY(names.size() >= 10);
            for (const demo::PersonName& n : names) {
                QVERIFY2(asciiLetters(n.ascii), n.ascii.data());
                zoe = zoe || n.text == "Zoë";
                lukasz = lukasz || n.text == "Łukasz";
                nguyen = nguyen || n.text == "Nguyễn";
                native = native || !n.native.empty();
            }
        }
        QVERIFY(!c.value->languages.empty() && !c.value->cities.empty() &&
                !c.value->timezones.empty());
    }
    QVERIFY(zoe && lukasz && nguyen && native);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
