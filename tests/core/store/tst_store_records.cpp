// The records of a store: users, organizations, memberships, roles,
// permissions and applications — creation, lookups, unique values, stale
// versions, metadata merges and limits, and the audit log of every write.

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"
#include "store/sql/SqlConnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;

namespace {

json::Value j(const char* text)
{
    return json::parse(text).value;
}

model::User newUser(const std::string& email)
{
    model::User u;
    u.email = email;
    u.firstName = "Ada";
    u.lastName = "Lovelace";
    u.metadata = j(R"({"plan":"pro","seats":5})");
    return u;
}

} // namespace

class TestStoreRecords : public QObject
{
    Q_OBJECT

private slots:
    void createAndRead();
    void emailIsUniqueWhateverItsCase();
    void externalIdIsUnique();
    void staleVersionIsAConflictAndChangesNothing();
    void updateBumpsVersionAndKeepsCreatedAt();
    void patchMetadataMerges();
    void limitsOnEveryWrite_data();
    void limitsOnEveryWrite();
    void limitsProfileOfAnotherConnectionApplies();
    void invalidFieldsAreNamed();
    void deleteRemovesEverywhere();
    void organizationsAndDomains();
    void membershipsNeedRolesThatExist();
    void rolesAndPermissions();
    void applications();
    void auditLogHasEveryWrite();
    void countsAreKept();
    void batchWritesAreCheckedAndCountedAsSingleOnes();
    void manyMetadataKeysAreAllIndexed();
    void usersInOneGoAreCreatedAsOneByOne();
    void usersInOneGoBeyondOneStatement();
    void membershipsInOneGoAreCreatedAsOneByOne();
    void storeFileIsPrivate();
};

void TestStoreRecords::createAndRead()
{
    test::TempStore s;
    const auto created = s->createUser(newUser("ada@example.com"));
    QVERIFY2(created, created.error().message.c_str());
    QVERIFY(created->id.rfind("user_", 0) == 0);
    QCOMPARE(created->version, 1);
    QCOMPARE(created->createdAt, s.clock.now());
    for (const auto& found : {s->user(created->id), s->userByEmail("ADA@Example.COM")}) {
        QVERIFY(found);
        QCOMPARE(found->email, std::string("ada@example.com"));
        QCOMPARE(json::toString(found->metadata), std::string(R"({"plan":"pro","seats":5})"));
        QCOMPARE(*found->lastName, std::string("Lovelace"));
    }
    const auto missing = s->user("user_01JB00000000000000000000X0");
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().message.find("user_01JB") != std::string::npos,
             missing.error().message.c_str());
    // 64-bit integers and member order survive the store.
    model::User big = newUser("big@example.com");
    big.metadata = j(R"({"z":18446744073709551615,"a":-9223372036854775808,"m":1.50})");
    const auto stored = s->createUser(big);
    QVERIFY(stored);
    QCOMPARE(json::toString(s->user(stored->id)->metadata),
             std::string(R"({"z":18446744073709551615,"a":-9223372036854775808,"m":1.50})"));
}

void TestStoreRecords::emailIsUniqueWhateverItsCase()
{
    test::TempStore s;
    const auto first = s->createUser(newUser("Grace@Example.com"));
    QVERIFY(first);
    const auto dup = s->createUser(newUser("grace@EXAMPLE.com"));
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().field, std::string("email"));
    QCOMPARE(dup.error().recordId, first->id);
    QVERIFY2(dup.error().message.find(first->id) != std::string::npos, dup.error().message.c_str());
    // Unicode case folding too.
    QVERIFY(s->createUser(newUser("Ünal@example.com")));
    QCOMPARE(s->createUser(newUser("ünal@example.com")).error().kind, ErrorKind::Duplicate);
    // Changing another user's email to a taken one is refused as well.
    auto other = s->createUser(newUser("other@example.com"));
    model::User change = *other;
    change.email = "GRACE@example.com";
    QCOMPARE(s->updateUser(change).error().field, std::string("email"));
}

void TestStoreRecords::externalIdIsUnique()
{
    test::TempStore s;
    model::User u = newUser("a@example.com");
    u.externalId = "crm-1";
    const auto a = s->createUser(u);
    QVERIFY(a);
    QCOMPARE(s->userByExternalId("crm-1")->id, a->id);
    model::User v = newUser("b@example.com");
    v.externalId = "crm-1";
    const auto dup = s->createUser(v);
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().field, std::string("external_id"));
    QCOMPARE(dup.error().recordId, a->id);
    // Users and organizations have separate external id spaces.
    model::Organization o;
    o.name = "Acme";
    o.externalId = "crm-1";
    QVERIFY(s->createOrganization(o));
}

void TestStoreRecords::staleVersionIsAConflictAndChangesNothing()
{
    test::TempStore s;
    const auto u = s->createUser(newUser("ada@example.com"));
    model::User mine = *u;
    model::User theirs = *u;
    theirs.firstName = "Augusta";
    QVERIFY(s->updateUser(theirs));
    mine.firstName = "Countess";
    const auto r = s->updateUser(mine);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    QCOMPARE(r.error().currentVersion, 2);
    QCOMPARE(*s->user(u->id)->firstName, std::string("Augusta"));
    QCOMPARE(s->patchUserMetadata(u->id, store::MetadataField::Metadata, j(R"({"plan":"free"})"), 1)
                 .error()
                 .kind,
             ErrorKind::Conflict);
    QCOMPARE(s->user(u->id)->metadata.find("plan")->string(), std::string("pro"));
    QCOMPARE(s->deleteUser(u->id, 1).kind, ErrorKind::Conflict);
    QVERIFY(s->user(u->id));
}

void TestStoreRecords::updateBumpsVersionAndKeepsCreatedAt()
{
    test::TempStore s;
    const auto u = s->createUser(newUser("ada@example.com"));
    s.clock.advance(60000);
    model::User changed = *u;
    changed.emailVerified = true;
    changed.createdAt = 5; // ignored: creation time never changes
    const auto r = s->updateUser(changed);
    QVERIFY(r);
    QCOMPARE(r->version, 2);
    QCOMPARE(r->createdAt, u->createdAt);
    QCOMPARE(r->updatedAt, u->createdAt + 60000);
    QVERIFY(s->user(u->id)->emailVerified);
}

void TestStoreRecords::patchMetadataMerges()
{
    test::TempStore s;
    const auto u = s->createUser(newUser("ada@example.com"));
    const auto r = s->patchUserMetadata(u->id, store::MetadataField::Metadata,
                                        j(R"({"seats":null,"tier":"gold"})"), 1);
    QVERIFY2(r, r.error().message.c_str());
    QCOMPARE(json::toString(r->metadata), std::string(R"({"plan":"pro","tier":"gold"})"));
    const auto um = s->patchUserMetadata(u->id, store::MetadataField::UserMetadata,
                                         j(R"({"theme":"dark"})"), 2);
    QVERIFY(um);
    QCOMPARE(json::toString(um->userMetadata), std::string(R"({"theme":"dark"})"));
    QCOMPARE(s->patchUserMetadata(u->id, store::MetadataField::Metadata, j("[1]"), 3).error().kind,
             ErrorKind::Invalid);
}

void TestStoreRecords::limitsOnEveryWrite_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<QString>("field"); // expected field of the error
    QTest::newRow("workos: 11 keys")
        << u"workos"_s
        << uR"({"a":"1","b":"1","c":"1","d":"1","e":"1","f":"1","g":"1","h":"1","i":"1","j":"1","k":"1"})"_s
        << u"metadata"_s;
    QTest::newRow("workos: long key")
        << u"workos"_s << uR"({"abcdefghijabcdefghijabcdefghijabcdefghijX":"1"})"_s
        << u"metadata.abcdefghijabcdefghijabcdefghijabcdefghijX"_s;
    QTest::newRow("workos: number value")
        << u"workos"_s << uR"({"seats":5})"_s << u"metadata.seats"_s;
    QTest::newRow("auth0: dot in key")
        << u"auth0"_s << uR"({"billing.plan":"x"})"_s << u"metadata.billing.plan"_s;
    QTest::newRow("auth0: dollar in key")
        << u"auth0"_s << uR"({"$set":"x"})"_s << u"metadata.$set"_s;
    QTest::newRow("default: 101 keys") << u"default"_s << QString() << u"metadata"_s;
}

void TestStoreRecords::limitsOnEveryWrite()
{
    QFETCH(QString, profile);
    QFETCH(QString, metadata);
    QFETCH(QString, field);
    if (metadata.isEmpty()) {
        QStringList members;
        for (int i = 0; i < 101; ++i)
            members << u"\"k%1\":1"_s.arg(i);
        metadata = u"{"_s + members.join(u',') + u"}"_s;
    }
    test::TempStore s;
    QVERIFY(!s->setLimitsProfile(profile.toStdString()));
    QCOMPARE(*s->limitsProfile(), profile.toStdString());
    const json::Value bag = j(metadata.toUtf8().constData());
    auto check = [&](const store::Error& e, const char* what) {
        QVERIFY2(e.kind == ErrorKind::Limit, (std::string(what) + ": " + e.message).c_str());
        QCOMPARE(QString::fromStdString(e.field), field);
        QVERIFY2(e.message.find(profile.toStdString()) != std::string::npos ||
                     profile == u"default"_s,
                 e.message.c_str());
    };
    // create, update, patch of a user
    model::User u = newUser("a@example.com");
    u.metadata = bag;
    check(s->createUser(u).error(), "create user");
    const auto ok = s->createUser(newUser("b@example.com"));
    if (profile == u"workos"_s) {
        QVERIFY(!ok); // the fixture's numeric "seats" is refused by workos as well
        return;
    }
    QVERIFY2(ok, ok.error().message.c_str());
    model::User changed = *ok;
    changed.metadata = bag;
    check(s->updateUser(changed).error(), "update user");
    check(s->patchUserMetadata(ok->id, store::MetadataField::Metadata, bag, ok->version).error(),
          "patch user");
    // the same rules for user_metadata, organizations and applications
    changed = *ok;
    changed.userMetadata = bag;
    QCOMPARE(s->updateUser(changed).error().kind, ErrorKind::Limit);
    model::Organization o;
    o.name = "Acme";
    o.metadata = bag;
    check(s->createOrganization(o).error(), "create organization");
    model::Application a;
    a.name = "App";
    a.metadata = bag;
    check(s->createApplication(a).error(), "create application");
    // nothing was stored
    QCOMPARE(*s->userCount(), 1);
    QCOMPARE(*s->organizationCount(), 0);
}

// Two connections to one file (two server threads, the GUI and the CLI):
// a profile set through one is the one the other checks its next write
// against, without opening again — in a single write and in a batch.
void TestStoreRecords::limitsProfileOfAnotherConnectionApplies()
{
    test::TempStore s;
    std::unique_ptr<store::SqliteStore> other = s.openAnother();
    const json::Value eleven = j(
        R"({"a":"1","b":"1","c":"1","d":"1","e":"1","f":"1","g":"1","h":"1","i":"1","j":"1","k":"1"})");
    // The other connection has written under the default profile (and read it).
    model::User first = newUser("first@example.com");
    first.metadata = eleven;
    const auto made = other->createUser(first);
    QVERIFY2(made, made.error().message.c_str());

    QVERIFY(!s->setLimitsProfile("workos"));
    model::User second = newUser("second@example.com");
    second.metadata = eleven;
    const auto refused = other->createUser(second);
    QVERIFY2(!refused, "a write of the other connection was checked against the old profile");
    QCOMPARE(refused.error().kind, ErrorKind::Limit);
    QVERIFY2(refused.error().message.find("workos") != std::string::npos,
             refused.error().message.c_str());
    model::User changed = *made;
    changed.firstName = "Changed";
    QCOMPARE(other->updateUser(changed).error().kind, ErrorKind::Limit);
    model::Organization o;
    o.name = "Acme";
    o.metadata = eleven;
    QCOMPARE(other->createOrganization(o).error().kind, ErrorKind::Limit);
    // A batch (an import) checks against it too.
    QVERIFY(!other->beginBatch("import", "test"));
    QCOMPARE(other->createUser(second).error().kind, ErrorKind::Limit);
    other->rollbackBatch();

    // A change of the profile through the other connection records the
    // profile it replaced as the store had it, not as that connection last saw it.
    QVERIFY(!s->setLimitsProfile("default"));
    QVERIFY(!other->setLimitsProfile("auth0"));
    store::AuditQuery q;
    q.action = "settings.limits_profile";
    const auto events = s->findAuditEvents(q);
    QVERIFY(events && events->items.size() == 3);
    QCOMPARE(json::toString(events->items.front().after),
             std::string(R"({"limits_profile":"auth0"})"));
    QCOMPARE(json::toString(events->items.front().before),
             std::string(R"({"limits_profile":"default"})"));

    // And back: the other connection may write eleven keys again.
    QVERIFY(!s->setLimitsProfile("default"));
    const auto accepted = other->createUser(second);
    QVERIFY2(accepted, accepted.error().message.c_str());
    QCOMPARE(*other->limitsProfile(), std::string("default"));
}

void TestStoreRecords::invalidFieldsAreNamed()
{
    test::TempStore s;
    QCOMPARE(s->createUser(newUser("not-an-email")).error().field, std::string("email"));
    model::User u = newUser("a@example.com");
    u.id = "usr_123";
    QCOMPARE(s->createUser(u).error().field, std::string("id"));
    model::Organization o;
    QCOMPARE(s->createOrganization(o).error().field, std::string("name"));
    o.name = "Acme";
    o.domains = {{"acme.com", "verified"}, {"bad domain", "verified"}};
    QCOMPARE(s->createOrganization(o).error().field, std::string("domains[1].domain"));
    o.domains = {{"acme.com", "maybe"}};
    QCOMPARE(s->createOrganization(o).error().field, std::string("domains[0].state"));
    // A name of at most 512 bytes.
    o.domains.clear();
    o.name = std::string(513, 'n');
    const store::Error tooLong = s->createOrganization(o).error();
    QCOMPARE(tooLong.field, std::string("name"));
    QCOMPARE(tooLong.message, std::string("an organization's name is at most 512 bytes"));
    o.name.pop_back();
    QVERIFY(s->createOrganization(o));
    model::Application a;
    a.name = "App";
    a.tokenLifetime = 5;
    QCOMPARE(s->createApplication(a).error().field, std::string("token_lifetime"));
}

void TestStoreRecords::deleteRemovesEverywhere()
{
    test::TempStore s;
    const auto u = s->createUser(newUser("ada@example.com"));
    QVERIFY(!s->createRole({"member", "Member", "", {}, 0}).error());
    model::Organization o;
    o.name = "Acme";
    const auto org = s->createOrganization(o);
    model::Membership m;
    m.userId = u->id;
    m.organizationId = org->id;
    m.roles = {"member"};
    QVERIFY(s->createMembership(m));
    QCOMPARE(s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->size(),
             std::size_t(2));
    QVERIFY(!s->deleteUser(u->id, 1));
    QCOMPARE(s->user(u->id).error().kind, ErrorKind::NotFound);
    QVERIFY(s->findMemberships({"", org->id})->items.empty());
    QVERIFY(s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->empty());
    // the email is free again
    QVERIFY(s->createUser(newUser("ada@example.com")));
}

void TestStoreRecords::organizationsAndDomains()
{
    test::TempStore s;
    model::Organization o;
    o.name = "Analytical Engines";
    o.externalId = "acct-1";
    o.domains = {{"engines.example", "verified"}, {"ae.example", "pending"}};
    o.metadata = j(R"({"tier":"gold"})");
    const auto created = s->createOrganization(o);
    QVERIFY2(created, created.error().message.c_str());
    QCOMPARE(s->organizationByExternalId("acct-1")->id, created->id);
    const auto byDomain = s->findOrganizations({.domain = "ENGINES.example"});
    QVERIFY(byDomain);
    QCOMPARE(byDomain->items.size(), std::size_t(1));
    QCOMPARE(byDomain->items[0].domains.size(), std::size_t(2));
    QCOMPARE(byDomain->items[0].domains[1].state, std::string("pending"));
    QCOMPARE(s->findOrganizations({.text = "anal"})->items.size(), std::size_t(1));
    const auto patched = s->patchOrganizationMetadata(created->id, j(R"({"tier":"platinum"})"), 1);
    QVERIFY(patched);
    QCOMPARE(patched->metadata.find("tier")->string(), std::string("platinum"));
    model::Organization change = *patched;
    change.domains = {{"new.example", "verified"}};
    QVERIFY(s->updateOrganization(change));
    QVERIFY(s->findOrganizations({.domain = "engines.example"})->items.empty());
    QCOMPARE(s->findOrganizations({.domain = "new.example"})->items.size(), std::size_t(1));
}

void TestStoreRecords::membershipsNeedRolesThatExist()
{
    test::TempStore s;
    QVERIFY(s->createPermission({"users:read", "Read users", "", 0}));
    QVERIFY(s->createRole({"admin", "Admin", "", {"users:read"}, 0}));
    const auto u = s->createUser(newUser("ada@example.com"));
    model::Organization o;
    o.name = "Acme";
    const auto org = s->createOrganization(o);
    model::Membership m;
    m.userId = u->id;
    m.organizationId = org->id;
    m.roles = {"admin", "ghost"};
    QCOMPARE(s->createMembership(m).error().field, std::string("roles[1]"));
    m.roles = {"admin"};
    m.userId = "user_01JB00000000000000000000X0";
    QCOMPARE(s->createMembership(m).error().field, std::string("user_id"));
    m.userId = u->id;
    const auto created = s->createMembership(m);
    QVERIFY2(created, created.error().message.c_str());
    QCOMPARE(s->membershipOf(u->id, org->id)->id, created->id);
    const auto dup = s->createMembership(m);
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().recordId, created->id);
    model::Membership change = *created;
    change.status = "suspended";
    QCOMPARE(s->updateMembership(change).error().field, std::string("status"));
    change.status = "inactive";
    QCOMPARE(s->updateMembership(change)->status, std::string("inactive"));
    QCOMPARE(s->findMemberships({u->id, ""})->items.size(), std::size_t(1));
}

void TestStoreRecords::rolesAndPermissions()
{
    test::TempStore s;
    QVERIFY(s->createPermission({"users:read", "Read", "", 0}));
    QVERIFY(s->createPermission({"users:write", "Write", "", 0}));
    QCOMPARE(s->createPermission({"users:read", "", "", 0}).error().kind, ErrorKind::Duplicate);
    QCOMPARE(s->createPermission({"bad slug", "", "", 0}).error().field, std::string("slug"));
    QCOMPARE(s->createRole({"x", "", "", {"nope"}, 0}).error().field,
             std::string("permissions[0]"));
    const auto admin =
        s->createRole({"admin", "Admin", "everything", {"users:read", "users:write"}, 0});
    QVERIFY(admin);
    // A permission in use cannot go.
    const store::Error inUse = s->deletePermission("users:write", 1);
    QCOMPARE(inUse.kind, ErrorKind::Invalid);
    QVERIFY2(inUse.message.find("admin") != std::string::npos, inUse.message.c_str());
    model::Role change = *admin;
    change.permissions = {"users:read"};
    QVERIFY(s->updateRole(change));
    QVERIFY(!s->deletePermission("users:write", 1));
    QCOMPARE(s->permissions()->size(), std::size_t(1));
    // A role held by a membership cannot go.
    const auto u = s->createUser(newUser("ada@example.com"));
    model::Organization o;
    o.name = "Acme";
    const auto org = s->createOrganization(o);
    model::Membership m;
    m.userId = u->id;
    m.organizationId = org->id;
    m.roles = {"admin"};
    QVERIFY(s->createMembership(m));
    QCOMPARE(s->deleteRole("admin", 2).kind, ErrorKind::Invalid);
}

void TestStoreRecords::applications()
{
    test::TempStore s;
    QCOMPARE(s->defaultApplication().error().kind, ErrorKind::NotFound);
    model::Application a;
    a.name = "Dashboard";
    a.metadata = j(R"({"homepage":"https://example.com"})");
    const auto first = s->createApplication(a);
    QVERIFY2(first, first.error().message.c_str());
    QVERIFY(first->clientId.rfind("client_", 0) == 0);
    a.name = "Mobile";
    a.clientId = first->clientId;
    QCOMPARE(s->createApplication(a).error().field, std::string("client_id"));
    a.clientId = "mobile";
    QVERIFY(s->createApplication(a));
    QCOMPARE(s->defaultApplication()->id, first->id);
    QCOMPARE(s->applicationByClientId("mobile")->name, std::string("Mobile"));
    QCOMPARE(s->applications()->size(), std::size_t(2));
    const auto patched =
        s->patchApplicationMetadata(first->id, j(R"({"homepage":null,"color":"blue"})"), 1);
    QCOMPARE(json::toString(patched->metadata), std::string(R"({"color":"blue"})"));
    // The second application still has its homepage; the first now has a color.
    const auto keys =
        s->metadataKeys(store::MetadataObject::Application, store::MetadataField::Metadata);
    QCOMPARE(keys->size(), std::size_t(2));
    QCOMPARE(keys->at(0).count + keys->at(1).count, 2);
}

void TestStoreRecords::auditLogHasEveryWrite()
{
    test::TempStore s;
    s->setActor("alice@admins");
    const auto u = s->createUser(newUser("ada@example.com"));
    QVERIFY(s->patchUserMetadata(u->id, store::MetadataField::Metadata,
                                 j(R"({"plan":"enterprise"})"), 1));
    QVERIFY(!s->deleteUser(u->id, 2));
    const auto events = s->findAuditEvents({});
    QVERIFY(events);
    QCOMPARE(events->items.size(), std::size_t(3));
    const model::AuditEvent& update = events->items[1]; // newest first
    QCOMPARE(update.action, std::string("user.update"));
    QCOMPARE(update.actor, std::string("alice@admins"));
    QCOMPARE(update.targetId, u->id);
    // Only what changed, and in metadata only the key that changed.
    QCOMPARE(json::toString(update.before), std::string(R"({"metadata":{"plan":"pro"}})"));
    QCOMPARE(json::toString(update.after), std::string(R"({"metadata":{"plan":"enterprise"}})"));
    QCOMPARE(events->items[2].action, std::string("user.create"));
    QVERIFY(events->items[2].before.isNull());
    QCOMPARE(events->items[2].after.find("email")->string(), std::string("ada@example.com"));
    QVERIFY(events->items[0].after.isNull());
    // Filters and paging.
    QCOMPARE(s->findAuditEvents({.action = "user."})->items.size(), std::size_t(3));
    QCOMPARE(s->findAuditEvents({.action = "user.delete"})->items.size(), std::size_t(1));
    QCOMPARE(s->findAuditEvents({.actor = "bob"})->items.size(), std::size_t(0));
    const auto page1 = s->findAuditEvents({.limit = 2});
    QCOMPARE(page1->items.size(), std::size_t(2));
    QVERIFY(!page1->next.empty());
    const auto page2 = s->findAuditEvents({.limit = 2, .after = page1->next});
    QCOMPARE(page2->items.size(), std::size_t(1));
    QVERIFY(page2->next.empty());
    // A refused write leaves no event.
    QVERIFY(!s->createUser(newUser("bad")));
    QCOMPARE(s->findAuditEvents({})->items.size(), std::size_t(3));
}

// An import is one batch; there a write's checks are made by its INSERT (one
// round trip on PostgreSQL) and the counters change at the commit. The same
// errors as outside a batch, a failed write changes nothing, and the counts
// read during the batch are those of what it has written.
void TestStoreRecords::batchWritesAreCheckedAndCountedAsSingleOnes()
{
    test::TempStore s;
    QVERIFY(s->createPermission({"users:read", "Read users", "", 0}));
    QVERIFY(s->createRole({"admin", "Admin", "", {"users:read"}, 0}));
    model::User first = newUser("first@example.com");
    first.externalId = "crm-1";
    const auto a = s->createUser(first);
    QVERIFY(a);
    model::Organization o;
    o.name = "Acme";
    const auto org = s->createOrganization(o);
    QVERIFY(org);

    QVERIFY(!s->beginBatch("import", "test"));
    model::User b = newUser("second@example.com");
    b.id = "user_01JB00000000000000000000B0";
    b.externalId = "crm-2";
    QVERIFY(s->createUser(b));
    QCOMPARE(*s->userCount(), 2);

    model::User sameId = newUser("third@example.com");
    sameId.id = b.id;
    auto dup = s->createUser(sameId);
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().field, std::string("id"));
    QCOMPARE(dup.error().recordId, b.id);
    model::User sameEmail = newUser("FIRST@example.com");
    dup = s->createUser(sameEmail);
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().field, std::string("email"));
    QCOMPARE(dup.error().recordId, a->id);
    model::User sameExternal = newUser("fourth@example.com");
    sameExternal.externalId = "crm-2";
    dup = s->createUser(sameExternal);
    QCOMPARE(dup.error().kind, ErrorKind::Duplicate);
    QCOMPARE(dup.error().field, std::string("external_id"));
    QCOMPARE(dup.error().recordId, b.id);
    QCOMPARE(*s->userCount(), 2); // the failed writes counted nothing

    model::Membership m;
    m.userId = b.id;
    m.organizationId = org->id;
    m.roles = {"admin"};
    const auto member = s->createMembership(m);
    QVERIFY2(member, member.error().message.c_str());
    const auto again = s->createMembership(m);
    QCOMPARE(again.error().kind, ErrorKind::Duplicate);
    QCOMPARE(again.error().field, std::string("organization_id"));
    QCOMPARE(again.error().recordId, member->id);
    model::Membership takenId = m;
    takenId.userId = a->id;
    takenId.id = member->id;
    const auto taken = s->createMembership(takenId);
    QCOMPARE(taken.error().kind, ErrorKind::Duplicate);
    QCOMPARE(taken.error().field, std::string("id"));
    model::Membership noOrg = m;
    noOrg.organizationId = "org_01JB00000000000000000000X0";
    const auto missing = s->createMembership(noOrg);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(missing.error().field, std::string("organization_id"));

    QVERIFY(s->createOrganization(o));
    QCOMPARE(*s->organizationCount(), 2);
    QVERIFY(!s->commitBatch());
    QCOMPARE(*s->userCount(), 2);
    QCOMPARE(*s->organizationCount(), 2);
    QCOMPARE(s->findMemberships({b.id, ""})->items.size(), std::size_t(1));
    const auto keys = s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    QVERIFY(keys);
    QCOMPARE(keys->size(), std::size_t(2)); // plan and seats
    QCOMPARE(keys->front().count, 2);

    // A batch rolled back takes its counts with it.
    QVERIFY(!s->beginBatch("import", "test"));
    QVERIFY(s->createUser(newUser("fifth@example.com")));
    QCOMPARE(*s->userCount(), 3);
    s->rollbackBatch();
    QCOMPARE(*s->userCount(), 2);
    QCOMPARE(
        s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->front().count,
        2);
}

// More new keys than one statement inserts on PostgreSQL
// (SqlConnection::kRowsPerInsert): every one is searchable.
void TestStoreRecords::manyMetadataKeysAreAllIndexed()
{
    test::TempStore s;
    model::User u = newUser("many@example.com");
    json::Object meta;
    for (int i = 0; i < 70; ++i)
        meta.push_back({"k" + std::to_string(i), json::Value(std::to_string(i))});
    u.metadata = json::Value(std::move(meta));
    u.userMetadata = j(R"({"theme":"dark"})");
    const auto created = s->createUser(u);
    QVERIFY2(created, created.error().message.c_str());
    QVERIFY(s->createUser(newUser("few@example.com")));
    for (const char* key : {"k0", "k31", "k32", "k63", "k64", "k69"}) {
        store::UserQuery q;
        q.metadata = {
            {store::MetadataField::Metadata, key, store::MetadataCondition::Op::Exists, "", true}};
        const auto found = s->findUsers(q);
        QVERIFY(found);
        QCOMPARE(found->items.size(), std::size_t(1));
        QCOMPARE(found->items.front().id, created->id);
    }
    store::UserQuery q;
    q.metadata = {{store::MetadataField::UserMetadata, "theme",
                   store::MetadataCondition::Op::Equals, "dark", true}};
    QCOMPARE(s->findUsers(q)->items.size(), std::size_t(1));
    QCOMPARE(s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)->size(),
             std::size_t(72));
}

// Store::createUsers in a batch (an import's run of user records; on
// PostgreSQL one INSERT for all of them, and one by one when any is
// refused): the same records, ids, errors, counts, key statistics and audit
// as createUser() one by one, whichever of them fails.
void TestStoreRecords::usersInOneGoAreCreatedAsOneByOne()
{
    auto chunk = [](const std::string& prefix) {
        std::vector<model::User> users;
        for (int i = 0; i < 8; ++i) {
            model::User u = newUser(prefix + std::to_string(i) + "@example.com");
            u.metadata = json::Value::object({{"plan", "pro"}, {"n", "v" + std::to_string(i)}});
            if (i % 2 == 1)
                u.userMetadata = j(R"({"theme":"dark"})");
            users.push_back(u);
        }
        return users;
    };
    std::vector<model::User> mixed = chunk("u");
    mixed[3].email = "TAKEN@example.com"; // held by the user already in the store
    mixed[5].email = "U1@example.com";    // held by mixed[1], of the same chunk
    mixed[6].email = "not an email";      // refused before anything is written
    mixed[7].externalId = "crm-1";        // held by the user already in the store
    std::vector<model::User> clean = chunk("c");

    test::TempStore one;      // createUser() of each
    test::TempStore together; // createUsers()
    std::string takenId;
    std::vector<std::string> created;
    for (test::TempStore* s : {&one, &together}) {
        model::User taken = newUser("taken@example.com");
        taken.externalId = "crm-1";
        const auto made = (*s)->createUser(taken);
        QVERIFY(made);
        takenId = made->id;
        QVERIFY(!(*s)->beginBatch("import", "test"));
    }
    for (const std::vector<model::User>* users : {&mixed, &clean}) {
        std::vector<store::Result<model::User>> expected;
        for (const model::User& u : *users)
            expected.push_back(one->createUser(u));
        const std::vector<store::Result<model::User>> got = together->createUsers(*users);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(bool(got[i]), bool(expected[i]));
            if (got[i]) {
                created.push_back(got[i]->id);
                QCOMPARE(json::toString(model::toJson(*got[i])),
                         json::toString(model::toJson(*expected[i])));
            } else {
                QCOMPARE(got[i].error().kind, expected[i].error().kind);
                QCOMPARE(got[i].error().field, expected[i].error().field);
                QCOMPARE(got[i].error().recordId, expected[i].error().recordId);
                QCOMPARE(got[i].error().message, expected[i].error().message);
            }
        }
        if (users == &mixed) {
            QCOMPARE(got[3].error().kind, ErrorKind::Duplicate);
            QCOMPARE(got[3].error().field, std::string("email"));
            QCOMPARE(got[3].error().recordId, takenId);
            QCOMPARE(got[5].error().kind, ErrorKind::Duplicate);
            QCOMPARE(got[5].error().recordId, got[1]->id);
            QCOMPARE(got[6].error().kind, ErrorKind::Invalid);
            QCOMPARE(got[7].error().field, std::string("external_id"));
            QCOMPARE(got[7].error().recordId, takenId);
        } else {
            for (const auto& r : got)
                QVERIFY2(r, r.error().message.c_str());
        }
    }
    QCOMPARE(*together->userCount(), 1 + 4 + 8); // counted in the batch
    for (test::TempStore* s : {&one, &together}) {
        QVERIFY(!(*s)->commitBatch());
        QCOMPARE(*(*s)->userCount(), 1 + 4 + 8);
        const auto keys =
            (*s)->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
        QVERIFY(keys);
        std::map<std::string, std::int64_t> counts;
        for (const store::MetadataKeyStats& k : *keys)
            counts[k.key] = k.count;
        QCOMPARE(counts["plan"], 13);
        QCOMPARE(counts["seats"], 1); // the user made before the batch
        QCOMPARE(counts["n"], 12);
        const auto themes =
            (*s)->metadataKeys(store::MetadataObject::User, store::MetadataField::UserMetadata);
        QCOMPARE(themes->size(), std::size_t(1));
        QCOMPARE(themes->front().count, 1 + 4); // mixed[1] and four of the clean chunk
        // Each key row belongs to its own user.
        for (const char* value : {"v0", "v4", "v7"}) {
            store::UserQuery q;
            q.metadata = {{store::MetadataField::Metadata, "n",
                           store::MetadataCondition::Op::Equals, value, true}};
            const auto found = (*s)->findUsers(q);
            QVERIFY(found);
            for (const model::User& u : found->items)
                QCOMPARE(u.metadata.find("n")->string(), std::string(value));
            QCOMPARE(found->items.size(), std::size_t(value == std::string("v7") ? 1 : 2));
        }
        store::AuditQuery q;
        q.action = "import";
        const auto events = (*s)->findAuditEvents(q);
        QVERIFY(events);
        QCOMPARE(events->items.size(), std::size_t(1));
        const json::Value* writes = events->items.front().after.find("writes");
        QVERIFY(writes);
        QCOMPARE(json::toString(*writes), std::string("12"));
    }
    // The rows stored are the records answered.
    for (const std::string& id : created) {
        const auto a = one->user(id);
        const auto b = together->user(id);
        QVERIFY(a && b);
        QCOMPARE(json::toString(model::toJson(*b)), json::toString(model::toJson(*a)));
    }
    QCOMPARE(created.size(), std::size_t(12));
}

// More users than one INSERT takes on PostgreSQL (65,535 parameters: 4,369
// rows of 15 columns), with more key rows than one takes (13,107 of 5): all
// written, each key row on its own user.
void TestStoreRecords::usersInOneGoBeyondOneStatement()
{
    test::TempStore s;
    constexpr int kUsers = 4500;
    std::vector<model::User> users;
    users.reserve(kUsers);
    for (int i = 0; i < kUsers; ++i) {
        model::User u;
        u.email = "bulk" + std::to_string(i) + "@example.com";
        u.metadata = json::Value::object({{"n", "v" + std::to_string(i)}, {"a", "x"}, {"b", true}});
        users.push_back(std::move(u));
    }
    QVERIFY(!s->beginBatch("import", "test"));
    const auto done = s->createUsers(users);
    QCOMPARE(done.size(), std::size_t(kUsers));
    int failed = 0;
    for (const auto& r : done)
        failed += r ? 0 : 1;
    QCOMPARE(failed, 0);
    QVERIFY(!s->commitBatch());
    QCOMPARE(*s->userCount(), kUsers);
    const auto keys = s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    QVERIFY(keys);
    QCOMPARE(keys->size(), std::size_t(3));
    for (const store::MetadataKeyStats& k : *keys)
        QCOMPARE(k.count, kUsers);
    for (int i : {0, 4095, 4096, 4368, 4369, 4499}) {
        store::UserQuery q;
        q.metadata = {{store::MetadataField::Metadata, "n", store::MetadataCondition::Op::Equals,
                       "v" + std::to_string(i), true}};
        const auto found = s->findUsers(q);
        QVERIFY(found);
        QCOMPARE(found->items.size(), std::size_t(1));
        QCOMPARE(found->items.front().email, "bulk" + std::to_string(i) + "@example.com");
        QCOMPARE(found->items.front().id, done[static_cast<std::size_t>(i)]->id);
    }
}

// Store::createMemberships in a batch (on PostgreSQL the roles and row keys
// read once and one INSERT, and one by one when any is refused): the same
// records, ids, errors and audit as createMembership() one by one.
void TestStoreRecords::membershipsInOneGoAreCreatedAsOneByOne()
{
    test::TempStore one;      // createMembership() of each
    test::TempStore together; // createMemberships()
    std::vector<std::string> userIds;
    std::vector<std::string> orgIds;
    for (test::TempStore* s : {&one, &together}) {
        QVERIFY((*s)->createRole({"admin", "Admin", "", {}, 0}));
        QVERIFY((*s)->createRole({"member", "Member", "", {}, 0}));
        userIds.clear();
        orgIds.clear();
        for (int i = 0; i < 6; ++i)
            userIds.push_back(
                (*s)->createUser(newUser("m" + std::to_string(i) + "@example.com"))->id);
        for (const char* name : {"Acme", "Globex"}) {
            model::Organization o;
            o.name = name;
            orgIds.push_back((*s)->createOrganization(o)->id);
        }
        model::Membership m;
        m.userId = userIds[0];
        m.organizationId = orgIds[0];
        QVERIFY((*s)->createMembership(m));
        QVERIFY(!(*s)->beginBatch("import", "test"));
    }
    auto membership = [&](int user, int org, std::vector<std::string> roles) {
        model::Membership m;
        m.userId = user < 0 ? "user_01JB00000000000000000000Z9" : userIds[user];
        m.organizationId = orgIds[org];
        m.roles = std::move(roles);
        m.customAttributes = j(R"({"cc":"CC-1"})");
        return m;
    };
    std::vector<model::Membership> mixed = {
        membership(1, 0, {"admin"}),
        membership(0, 0, {"member"}), // user 0 is a member of Acme already
        membership(2, 0, {"owner"}),  // no such role
        membership(-1, 0, {}),        // no such user
        membership(1, 0, {"member"}), // the first of this chunk again
        membership(3, 1, {"member"}),
    };
    std::vector<model::Membership> clean;
    for (int i = 0; i < 6; ++i)
        clean.push_back(membership(i, 1, {"member"}));
    clean.erase(clean.begin() + 3); // user 3 is in Globex from the mixed chunk
    std::size_t created = 0;
    for (const std::vector<model::Membership>* ms : {&mixed, &clean}) {
        std::vector<store::Result<model::Membership>> expected;
        for (const model::Membership& m : *ms)
            expected.push_back(one->createMembership(m));
        const auto got = together->createMemberships(*ms);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(bool(got[i]), bool(expected[i]));
            if (got[i]) {
                ++created;
                QCOMPARE(json::toString(model::toJson(*got[i])),
                         json::toString(model::toJson(*expected[i])));
                const auto stored = together->membership(got[i]->id);
                QVERIFY(stored);
                QCOMPARE(json::toString(model::toJson(*stored)),
                         json::toString(model::toJson(*got[i])));
            } else {
                QCOMPARE(got[i].error().kind, expected[i].error().kind);
                QCOMPARE(got[i].error().field, expected[i].error().field);
                QCOMPARE(got[i].error().recordId, expected[i].error().recordId);
                QCOMPARE(got[i].error().message, expected[i].error().message);
            }
        }
        if (ms == &mixed) {
            QCOMPARE(got[1].error().kind, ErrorKind::Duplicate);
            QCOMPARE(got[2].error().field, std::string("roles[0]"));
            QCOMPARE(got[3].error().kind, ErrorKind::NotFound);
            QCOMPARE(got[4].error().recordId, got[0]->id);
        } else {
            for (const auto& r : got)
                QVERIFY2(r, r.error().message.c_str());
        }
    }
    QCOMPARE(created, std::size_t(2 + 5));
    for (test::TempStore* s : {&one, &together}) {
        QVERIFY(!(*s)->commitBatch());
        store::MembershipQuery q;
        q.organizationId = orgIds[1];
        QCOMPARE((*s)->findMemberships(q)->items.size(), std::size_t(6));
        store::AuditQuery a;
        a.action = "import";
        const auto events = (*s)->findAuditEvents(a);
        QVERIFY(events);
        QCOMPARE(events->items.size(), std::size_t(1));
        const json::Value* writes = events->items.front().after.find("writes");
        QVERIFY(writes);
        QCOMPARE(json::toString(*writes), std::string("7"));
    }
}

void TestStoreRecords::countsAreKept()
{
    test::TempStore s;
    for (int i = 0; i < 5; ++i)
        QVERIFY(s->createUser(newUser("u" + std::to_string(i) + "@example.com")));
    QCOMPARE(*s->userCount(), 5);
    const auto u = s->userByEmail("u3@example.com");
    QVERIFY(!s->deleteUser(u->id, u->version));
    QCOMPARE(*s->userCount(), 4);
    QCOMPARE(*s.reopen().userCount(), 4);
}

void TestStoreRecords::storeFileIsPrivate()
{
    test::TempStore s;
    if (s.isPostgres()) {
        // A database has no file of the store's: its tables are private to
        // their owner instead, no table granting anything to every user.
        auto c = store::sql::SqlConnection::openPostgres(s.location());
        QVERIFY2(c, c.error().message.c_str());
        auto q = (*c)->prepare(u"SELECT count(*) FROM information_schema.role_table_grants"
                               " WHERE grantee = 'PUBLIC' AND table_schema = current_schema()"_s);
        std::int64_t grants = -1;
        QVERIFY(!(*c)->select(*q, [&](const store::sql::Statement& r) {
            grants = r.integer(0);
            return false;
        }));
        QCOMPARE(grants, std::int64_t(0));
        return;
    }
    QFile::Permissions p = QFile::permissions(s.path());
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(!(p & QFile::ReadGroup));
    QVERIFY(!(p & QFile::ReadOther));
}

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "tst_store_records.moc"
