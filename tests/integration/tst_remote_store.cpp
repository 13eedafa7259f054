// RemoteStore against the real `claimsmith serve`: the store checks of the
// SQLite store, through HTTP; errors mapped back to store error kinds;
// answers equal to SqliteStore's on the same data; a server that is down,
// a retry after a 503, a write whose answer was lost, and a retry pause that
// ends when the thread is asked to stop.

#include "HttpStubs.h"
#include "ServerProcess.h"
#include "TestSupport.h"
#include "jose/Key.h"
#include "model/ModelJson.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;

namespace {

// A server that answers its first request with 503 and the next with a
// user, counting the requests.
class FlakyServer : public QTcpServer
{
public:
    int requests = 0;
    QByteArray userJson;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            const bool fail = requests == 1;
            const QByteArray body =
                fail ? QByteArray(R"({"type":"urn:claimsmith:problem:)"
                                  R"(unavailable","status":503,"detail":"busy"})")
                     : userJson;
            socket->write((fail ? "HTTP/1.1 503 Service Unavailable\r\n" : "HTTP/1.1 200 OK\r\n") +
                          QByteArray("Content-Type: application/json\r\nContent-Length: ") +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    }
};

} // namespace

class TestRemoteStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usersRoundTrip();
    void staleVersionIsAConflictAndChangesNothing();
    void duplicateAndLimitNameTheField();
    void keysAreChecked();
    void searchesMatchTheSqliteStore();
    void organizationsMembershipsAndTokenSubject();
    void rolesPermissionsApplications();
    void templatesAndSigningKeys();
    void settingsCountsAndChanges();
    void downServerIsAClearErrorWithinTheTimeout();
    void retriesAfterA503();
    void aWriteWhoseAnswerWasLostIsRecognised();
    void aConflictStaysAConflictAfterARetry();
    void aCreateWhoseAnswerWasLostIsSentOnce();
    void aRetryPauseEndsWhenTheThreadIsToStop();

private:
    std::unique_ptr<store::RemoteStore> remote(const std::string& key);
    std::unique_ptr<store::RemoteStore> through(const test::LossyProxy& proxy);

    test::ServerProcess m_server;
    std::unique_ptr<store::RemoteStore> m_remote;
    std::unique_ptr<store::SqliteStore> m_local; // the same file, read directly
};

std::unique_ptr<store::RemoteStore> TestRemoteStore::remote(const std::string& key)
{
    store::RemoteOptions o;
    o.url = m_server.baseUrl().toStdString() + "/";
    o.apiKey = key;
    o.timeoutMs = 10000;
    return std::make_unique<store::RemoteStore>(o);
}

std::unique_ptr<store::RemoteStore> TestRemoteStore::through(const test::LossyProxy& proxy)
{
    store::RemoteOptions o;
    o.url = proxy.url().toStdString();
    o.apiKey = m_server.adminKey;
    o.timeoutMs = 10000;
    o.backoffMs = 10;
    return std::make_unique<store::RemoteStore>(o);
}

void TestRemoteStore::initTestCase()
{
    QString e = m_server.prepare(60);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = m_server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    m_remote = remote(m_server.adminKey);
    auto local = store::SqliteStore::open(m_server.storePath().toStdString(), {});
    QVERIFY2(local.ok(), local.error().message.c_str());
    m_local = std::move(local.value());
}

void TestRemoteStore::cleanupTestCase()
{
    if (m_server.process().state() == QProcess::Running)
        QCOMPARE(m_server.stop(), 0);
}

void TestRemoteStore::usersRoundTrip()
{
    QCOMPARE(m_remote->location(), m_server.baseUrl().toStdString() + "/");
    model::User u;
    u.email = "ada@example.com";
    u.firstName = "Ada";
    u.externalId = "ext-ada";
    u.metadata = json::Value::object({{"plan", "pro"},
                                      {"seats", 12},
                                      {"big", json::Value(std::int64_t{9007199254740993})},
                                      {"sql", "'; DROP TABLE users; --"}});
    u.userMetadata = json::Value::object({{"theme", "dark"}});
    auto made = m_remote->createUser(u);
    QVERIFY2(made.ok(), made.error().message.c_str());
    QVERIFY(made->id.starts_with("user_"));
    QCOMPARE(made->version, std::int64_t{1});
    // What the server stored is what the SQLite store reads, field for field.
    auto stored = m_local->user(made->id);
    QVERIFY(stored.ok());
    QVERIFY(*stored == *made);
    auto got = m_remote->user(made->id);
    QVERIFY(got.ok());
    QVERIFY(*got == *made);
    QVERIFY(*m_remote->userByExternalId("ext-ada") == *made);
    QVERIFY(*m_remote->userByEmail("ada@example.com") == *made);

    // Update replaces the bags: a removed key is removed.
    model::User changed = *made;
    changed.lastName = "Lovelace";
    changed.metadata.remove("seats");
    auto updated = m_remote->updateUser(changed);
    QVERIFY2(updated.ok(), updated.error().message.c_str());
    QCOMPARE(updated->version, std::int64_t{2});
    QVERIFY(!updated->metadata.find("seats"));
    QCOMPARE(*updated->lastName, std::string("Lovelace"));
    QVERIFY(*m_local->user(made->id) == *updated);

    // Metadata patch merges at the top level; null deletes.
    auto patched = m_remote->patchUserMetadata(
        made->id, store::MetadataField::UserMetadata,
        json::Value::object({{"theme", json::Value()}, {"lang", "de"}}), 2);
    QVERIFY2(patched.ok(), patched.error().message.c_str());
    QCOMPARE(patched->version, std::int64_t{3});
    JSON_COMPARE(patched->userMetadata, json::Value::object({{"lang", "de"}}));
    QVERIFY(patched->metadata == updated->metadata);

    QVERIFY(!m_remote->deleteUser(made->id, 3));
    auto gone = m_remote->user(made->id);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_local->user(made->id).error().kind, ErrorKind::NotFound);
}

void TestRemoteStore::staleVersionIsAConflictAndChangesNothing()
{
    model::User u;
    u.email = "stale@example.com";
    auto made = m_remote->createUser(u);
    QVERIFY(made.ok());
    model::User first = *made;
    first.firstName = "First";
    QVERIFY(m_remote->updateUser(first).ok());
    model::User stale = *made; // still version 1
    stale.firstName = "Stale";
    auto r = m_remote->updateUser(stale);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    QCOMPARE(r.error().currentVersion, std::int64_t{2});
    QVERIFY(!r.error().message.empty());
    auto p = m_remote->patchUserMetadata(made->id, store::MetadataField::Metadata,
                                         json::Value::object({{"x", 1}}), 1);
    QCOMPARE(p.error().kind, ErrorKind::Conflict);
    QCOMPARE(p.error().currentVersion, std::int64_t{2});
    store::Error d = m_remote->deleteUser(made->id, 1);
    QCOMPARE(d.kind, ErrorKind::Conflict);
    auto now = m_local->user(made->id);
    QVERIFY(now.ok());
    QCOMPARE(now->version, std::int64_t{2});
    QCOMPARE(*now->firstName, std::string("First"));
    QVERIFY(!now->metadata.find("x"));
}

void TestRemoteStore::duplicateAndLimitNameTheField()
{
    model::User u;
    u.email = "dup@example.com";
    auto made = m_remote->createUser(u);
    QVERIFY(made.ok());
    u.email = "DUP@example.com";
    auto again = m_remote->createUser(u);
    QCOMPARE(again.error().kind, ErrorKind::Duplicate);
    QCOMPARE(again.error().field, std::string("email"));
    QCOMPARE(again.error().recordId, made->id);
    // The same error as the SQLite store's, message included.
    auto local = m_local->createUser(u);
    QCOMPARE(local.error().kind, ErrorKind::Duplicate);
    QCOMPARE(again.error().message, local.error().message);

    model::User big;
    big.email = "big@example.com";
    big.metadata = json::Value::object({{"blob", std::string(200000, 'x')}});
    auto limited = m_remote->createUser(big);
    QCOMPARE(limited.error().kind, ErrorKind::Limit);
    QVERIFY2(limited.error().field.starts_with("metadata"), limited.error().field.c_str());
    QCOMPARE(m_local->userByEmail("big@example.com").error().kind, ErrorKind::NotFound);
}

void TestRemoteStore::keysAreChecked()
{
    auto unknown = remote("csk_this-key-does-not-exist-0000000000000000000000");
    auto r = unknown->user("user_01");
    QCOMPARE(r.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(r.error().message.starts_with("the API key was refused: "), r.error().message.c_str());
    QVERIFY(r.error().message.find("csk_") == std::string::npos);
    QCOMPARE(store::RemoteStore::open({m_server.baseUrl().toStdString(), "csk_nope"}).error().kind,
             ErrorKind::Unauthorized);

    auto readOnly = remote(m_server.readOnlyKey);
    QVERIFY(readOnly->findUsers({}).ok());
    model::User u;
    u.email = "ro@example.com";
    auto w = readOnly->createUser(u);
    QCOMPARE(w.error().kind, ErrorKind::Forbidden);
    QVERIFY2(w.error().message.find("read-only") != std::string::npos, w.error().message.c_str());
    QVERIFY(w.error().message.find(m_server.readOnlyKey) == std::string::npos);
    QCOMPARE(m_local->userByEmail("ro@example.com").error().kind, ErrorKind::NotFound);
}

void TestRemoteStore::searchesMatchTheSqliteStore()
{
    using Op = store::MetadataCondition::Op;
    for (int i = 0; i < 7; ++i) {
        model::User u;
        u.email = "tier" + std::to_string(i) + "@search.example";
        u.metadata = i % 2 ? json::Value::object({{"tier", i < 4 ? "Gold" : "gold-plus"}})
                           : json::Value::object({{"other", i}});
        QVERIFY(m_remote->createUser(u).ok());
    }
    std::vector<store::UserQuery> queries;
    store::UserQuery all;
    all.limit = 7;
    queries.push_back(all);
    store::UserQuery gold;
    gold.metadata.push_back({store::MetadataField::Metadata, "tier", Op::Equals, "Gold", true});
    queries.push_back(gold);
    store::UserQuery anyCase = gold;
    anyCase.metadata[0].caseSensitive = false;
    anyCase.metadata[0].op = Op::StartsWith;
    anyCase.metadata[0].value = "GOLD";
    queries.push_back(anyCase);
    store::UserQuery missing;
    missing.text = "tier";
    missing.metadata.push_back({store::MetadataField::Metadata, "tier", Op::NotExists, {}, true});
    queries.push_back(missing);
    store::UserQuery byName;
    byName.sort = store::UserSort::CreatedAt;
    byName.descending = true;
    byName.limit = 3;
    byName.offset = 4;
    queries.push_back(byName);

    for (const store::UserQuery& q : queries) {
        auto r = m_remote->findUsers(q);
        auto l = m_local->findUsers(q);
        QVERIFY2(r.ok(), r.error().message.c_str());
        QVERIFY(l.ok());
        QVERIFY(r->items == l->items);
        QCOMPARE(r->next, l->next);
        auto rc = m_remote->countUsers(q);
        QVERIFY2(rc.ok(), rc.error().message.c_str());
        QCOMPARE(*rc, *m_local->countUsers(q));
    }
    QCOMPARE(m_remote->countUsers(gold).value(), std::int64_t{2});
    QCOMPARE(m_remote->countUsers(anyCase).value(), std::int64_t{3});
    QCOMPARE(m_remote->countUsers(missing).value(), std::int64_t{4});

    // Cursor pages walk the same users as the SQLite store's pages.
    store::UserQuery paged;
    paged.limit = 9;
    std::vector<std::string> remoteIds, localIds;
    for (store::UserQuery q = paged;;) {
        auto page = m_remote->findUsers(q);
        QVERIFY(page.ok());
        for (const model::User& u : page->items)
            remoteIds.push_back(u.id);
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    for (store::UserQuery q = paged;;) {
        auto page = m_local->findUsers(q);
        for (const model::User& u : page->items)
            localIds.push_back(u.id);
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    QCOMPARE(remoteIds, localIds);
    QCOMPARE(static_cast<std::int64_t>(remoteIds.size()), *m_remote->userCount());
    QCOMPARE(*m_remote->userCount(), *m_local->userCount());

    auto keys = m_remote->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    auto localKeys =
        m_local->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), localKeys->size());
    for (std::size_t i = 0; i < keys->size(); ++i) {
        QCOMPARE((*keys)[i].key, (*localKeys)[i].key);
        QCOMPARE((*keys)[i].count, (*localKeys)[i].count);
        QCOMPARE((*keys)[i].kinds, (*localKeys)[i].kinds);
    }
}

void TestRemoteStore::organizationsMembershipsAndTokenSubject()
{
    model::Organization o;
    o.name = "Remote Org";
    o.externalId = "ext-org";
    o.domains.push_back({"remote.example", "verified"});
    o.metadata = json::Value::object({{"region", "eu"}});
    auto org = m_remote->createOrganization(o);
    QVERIFY2(org.ok(), org.error().message.c_str());
    QVERIFY(*m_local->organization(org->id) == *org);
    QVERIFY(*m_remote->organizationByExternalId("ext-org") == *org);
    store::OrganizationQuery oq;
    oq.domain = "remote.example";
    auto found = m_remote->findOrganizations(oq);
    QVERIFY(found.ok());
    QCOMPARE(found->items.size(), std::size_t(1));
    auto patched = m_remote->patchOrganizationMetadata(
        org->id, json::Value::object({{"region", json::Value()}, {"tier", "a"}}), 1);
    QVERIFY(patched.ok());
    JSON_COMPARE(patched->metadata, json::Value::object({{"tier", "a"}}));
    QCOMPARE(*m_remote->organizationCount(), *m_local->organizationCount());

    model::User u;
    u.email = "member@example.com";
    u.externalId = "ext-member";
    auto user = m_remote->createUser(u);
    QVERIFY(user.ok());
    model::Membership m;
    m.userId = user->id;
    m.organizationId = org->id;
    m.customAttributes = json::Value::object({{"dept", "ops"}});
    auto made = m_remote->createMembership(m);
    QVERIFY2(made.ok(), made.error().message.c_str());
    QVERIFY(*m_remote->membership(made->id) == *made);
    QVERIFY(*m_remote->membershipOf(user->id, org->id) == *made);
    store::MembershipQuery mq;
    mq.userIds = {user->id, "user_01NOBODY0000000000000000"};
    auto list = m_remote->findMemberships(mq);
    QVERIFY(list.ok());
    QCOMPARE(list->items.size(), std::size_t(1));
    model::Membership changed = *made;
    changed.status = "inactive";
    changed.customAttributes = json::Value(json::Object{});
    auto updated = m_remote->updateMembership(changed);
    QVERIFY2(updated.ok(), updated.error().message.c_str());
    QCOMPARE(updated->status, std::string("inactive"));
    QCOMPARE(updated->customAttributes.size(), std::size_t(0));

    auto subject = m_remote->tokenSubject("ext-member", "ext-org");
    QVERIFY2(subject.ok(), subject.error().message.c_str());
    QCOMPARE(subject->user.id, user->id);
    QCOMPARE(subject->organization->id, org->id);
    QCOMPARE(subject->membership->id, made->id);
    auto notMember = m_remote->tokenSubject(user->id, "org_01NOBODY0000000000000000");
    QCOMPARE(notMember.error().kind, ErrorKind::NotFound);
    QCOMPARE(notMember.error().field, std::string("organization_id"));

    QVERIFY(!m_remote->deleteMembership(made->id, updated->version));
    QCOMPARE(m_remote->membershipOf(user->id, org->id).error().kind, ErrorKind::NotFound);
    QVERIFY(!m_remote->deleteOrganization(org->id, patched->version));
    QCOMPARE(m_remote->organization(org->id).error().kind, ErrorKind::NotFound);
}

void TestRemoteStore::rolesPermissionsApplications()
{
    auto perm = m_remote->createPermission({"remote:read", "Read", "reads", 0});
    QVERIFY2(perm.ok(), perm.error().message.c_str());
    model::Permission p = *perm;
    p.description = "reads things";
    auto p2 = m_remote->updatePermission(p);
    QVERIFY2(p2.ok(), p2.error().message.c_str());
    QCOMPARE(p2->description, std::string("reads things"));
    QVERIFY(*m_remote->permissions() == *m_local->permissions());

    auto role = m_remote->createRole({"remote-reader", "Reader", "", {"remote:read"}, 0});
    QVERIFY2(role.ok(), role.error().message.c_str());
    QVERIFY(*m_remote->role("remote-reader") == *role);
    model::Role r = *role;
    r.permissions.clear();
    auto r2 = m_remote->updateRole(r);
    QVERIFY(r2.ok());
    QVERIFY(r2->permissions.empty());
    QCOMPARE(m_remote->roles()->size(), m_local->roles()->size());
    QCOMPARE(m_remote->deleteRole("remote-reader", 1).kind, ErrorKind::Conflict);
    QVERIFY(!m_remote->deleteRole("remote-reader", r2->version));
    QVERIFY(!m_remote->deletePermission("remote:read", p2->version));

    model::Application a;
    a.name = "Remote App";
    a.clientId = "client_remote";
    a.metadata = json::Value::object({{"k", "v"}});
    auto app = m_remote->createApplication(a);
    QVERIFY2(app.ok(), app.error().message.c_str());
    QVERIFY(*m_remote->application(app->id) == *app);
    QVERIFY(*m_remote->applicationByClientId("client_remote") == *app);
    QVERIFY(*m_remote->defaultApplication() == *m_local->defaultApplication());
    auto patched =
        m_remote->patchApplicationMetadata(app->id, json::Value::object({{"k", json::Value()}}), 1);
    QVERIFY(patched.ok());
    QCOMPARE(patched->metadata.size(), std::size_t(0));
    model::Application changed = *patched;
    changed.tokenLifetime = 600;
    auto updated = m_remote->updateApplication(changed);
    QVERIFY(updated.ok());
    QCOMPARE(updated->tokenLifetime, std::int64_t{600});
    QCOMPARE(m_remote->applications()->size(), m_local->applications()->size());
    QVERIFY(!m_remote->deleteApplication(app->id, updated->version));
}

void TestRemoteStore::templatesAndSigningKeys()
{
    auto t = m_remote->createTemplate("remote", R"({"urn:test:id": {{ user.id }}})", "first");
    QVERIFY2(t.ok(), t.error().message.c_str());
    auto v2 = m_remote->addTemplateVersion("remote", R"({"urn:test:email": {{ user.email }}})",
                                           "second", t->version);
    QVERIFY2(v2.ok(), v2.error().message.c_str());
    QCOMPARE(v2->number, 2);
    QCOMPARE(v2->author, std::string("test admin")); // the key's name
    auto now = m_remote->templateByName("remote");
    QVERIFY(now.ok());
    auto promoted = m_remote->promoteTemplate("remote", 2, "staging", now->version, "checked");
    QVERIFY2(promoted.ok(), promoted.error().message.c_str());
    QCOMPARE(*promoted->stagingVersion, 2);
    QCOMPARE(m_remote->promoteTemplate("remote", 1, "staging", now->version).error().kind,
             ErrorKind::Conflict);
    auto versions = m_remote->templateVersions("remote");
    QVERIFY(versions.ok());
    QVERIFY(*versions == *m_local->templateVersions("remote"));
    QVERIFY(*m_remote->templateVersion("remote", 1) == versions->back());
    QVERIFY(*m_remote->templates() == *m_local->templates());

    // Import: the whole history under a new name, as exported.
    model::Template copy = *promoted;
    copy.name = "remote-copy";
    std::vector<model::TemplateVersion> history = *versions;
    for (model::TemplateVersion& v : history)
        v.templateName = "remote-copy";
    std::reverse(history.begin(), history.end()); // numbered 1…N
    auto restored = m_remote->restoreTemplate(copy, history);
    QVERIFY2(restored.ok(), restored.error().message.c_str());
    QCOMPARE(*restored->stagingVersion, 2);
    QVERIFY(*m_remote->templateVersions("remote-copy") ==
            *m_local->templateVersions("remote-copy"));
    QCOMPARE(m_remote->templateVersions("remote-copy")->size(), std::size_t(2));

    auto keys = m_remote->signingKeys();
    QVERIFY(keys.ok());
    QVERIFY(*keys == *m_local->signingKeys());
    jose::Key key;
    std::string why;
    QVERIFY2(jose::Key::generate(jose::Algorithm::ES256, 0, key, why), why.c_str());
    auto added = m_remote->addSigningKey(key, model::KeyState::Next);
    QVERIFY2(added.ok(), added.error().message.c_str());
    QCOMPARE(added->state, model::KeyState::Next);
    auto jwks = m_remote->jwks();
    QVERIFY(jwks.ok());
    QVERIFY(*jwks == *m_local->jwks());
    auto active = m_remote->activateSigningKey(added->kid, added->version);
    QVERIFY2(active.ok(), active.error().message.c_str());
    QCOMPARE(active->state, model::KeyState::Active);
    QCOMPARE(m_remote->activeSigningKey()->kid, added->kid);
    QCOMPARE(m_remote->signingKeyForIssuing().error().kind, ErrorKind::Forbidden);
}

void TestRemoteStore::settingsCountsAndChanges()
{
    QCOMPARE(*m_remote->limitsProfile(), *m_local->limitsProfile());
    QVERIFY(!m_remote->setIssuer("https://remote.example"));
    QCOMPARE(*m_remote->issuer(), std::string("https://remote.example"));
    QCOMPARE(*m_local->issuer(), std::string("https://remote.example"));
    QVERIFY(!m_remote->setLimitsProfile("workos"));
    QCOMPARE(*m_remote->limitsProfile(), std::string("workos"));
    QCOMPARE(m_remote->setLimitsProfile("nonsense").kind, ErrorKind::Invalid);
    QVERIFY(!m_remote->setLimitsProfile("default"));

    auto before = m_remote->changeCount();
    QVERIFY(before.ok());
    QCOMPARE(*m_remote->changeCount(), *before);
    model::User u;
    u.email = "change@example.com";
    QVERIFY(m_remote->createUser(u).ok());
    QVERIFY(*m_remote->changeCount() != *before);

    store::AuditQuery q;
    q.action = "user.";
    q.limit = 5;
    auto events = m_remote->findAuditEvents(q);
    QVERIFY(events.ok());
    QVERIFY(events->items == m_local->findAuditEvents(q)->items);
    QCOMPARE(events->items.front().actor, std::string("test admin"));
}

void TestRemoteStore::downServerIsAClearErrorWithinTheTimeout()
{
    store::RemoteOptions o;
    o.url = "http://127.0.0.1:" + std::to_string(test::freePort());
    o.apiKey = "csk_secret-value-that-must-not-show";
    o.timeoutMs = 2000;
    store::RemoteStore down(o);
    QElapsedTimer t;
    t.start();
    auto r = down.user("user_01");
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.find(o.url) != std::string::npos, r.error().message.c_str());
    QVERIFY(r.error().message.find("claimsmith serve") != std::string::npos);
    QVERIFY(r.error().message.find("csk_") == std::string::npos);

    // A server that accepts and never answers: the timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    o.url = "http://127.0.0.1:" + std::to_string(silent.serverPort());
    o.timeoutMs = 700;
    store::RemoteStore hung(o);
    t.restart();
    auto h = hung.user("user_01");
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(h.error().kind, ErrorKind::Unavailable);
    QVERIFY2(h.error().message.find("did not answer within 1 s") != std::string::npos,
             h.error().message.c_str());
}

void TestRemoteStore::retriesAfterA503()
{
    FlakyServer flaky;
    model::User u;
    u.id = "user_01JZ0000000000000000000000";
    u.email = "flaky@example.com";
    flaky.userJson = QByteArray::fromStdString(json::toString(model::toJson(u)));
    QVERIFY(flaky.listen(QHostAddress::LocalHost));
    store::RemoteOptions o;
    o.url = "http://127.0.0.1:" + std::to_string(flaky.serverPort());
    o.backoffMs = 10;
    store::RemoteStore s(o);
    auto r = s.user(u.id);
    QVERIFY2(r.ok(), r.error().message.c_str());
    QCOMPARE(r->email, u.email);
    QCOMPARE(flaky.requests, 2);

    // A create is not retried: its first attempt may have written.
    flaky.requests = 0;
    auto c = s.createUser(u);
    QCOMPARE(c.error().kind, ErrorKind::Unavailable);
    QCOMPARE(flaky.requests, 1);
}

// The server applies a write and its answer is lost: the retry is refused
// as stale (412) or gone (404), and the client recognises its own write.
void TestRemoteStore::aWriteWhoseAnswerWasLostIsRecognised()
{
    test::LossyProxy proxy(m_server.port());
    auto lossy = through(proxy);
    model::User u;
    u.email = "lost-answer@example.com";
    u.metadata = json::Value::object({{"plan", "free"}, {"seats", 3}});
    auto made = m_remote->createUser(u);
    QVERIFY2(made, made.error().message.c_str());

    // PUT of the whole user.
    model::User changed = *made;
    changed.firstName = "Lost";
    changed.metadata = json::Value::object({{"seats", 3}, {"plan", "pro"}});
    proxy.dropAnswers("PUT", 1);
    auto updated = lossy->updateUser(changed);
    QVERIFY2(updated, updated.error().message.c_str());
    QCOMPARE(proxy.forwarded("PUT"), 2); // the lost answer, then the refused retry
    QCOMPARE(updated->version, made->version + 1);
    QCOMPARE(*updated->firstName, std::string("Lost"));
    QCOMPARE(m_local->user(made->id)->version, made->version + 1); // applied once

    // PATCH of a metadata bag (a key set, a key deleted).
    proxy.dropAnswers("PATCH", 1);
    auto patched = lossy->patchUserMetadata(
        made->id, store::MetadataField::Metadata,
        json::Value::object({{"plan", "enterprise"}, {"seats", json::Value()}}), updated->version);
    QVERIFY2(patched, patched.error().message.c_str());
    QCOMPARE(proxy.forwarded("PATCH"), 2);
    QCOMPARE(patched->version, updated->version + 1);
    QCOMPARE(json::toString(m_local->user(made->id)->metadata),
             std::string(R"({"plan":"enterprise"})"));

    // PUT of an organization.
    model::Organization o;
    o.name = "Lost Answers";
    auto org = m_remote->createOrganization(o);
    QVERIFY(org);
    model::Organization renamed = *org;
    renamed.name = "Found Answers";
    renamed.domains = {{"found.example", "verified"}};
    proxy.dropAnswers("PUT", 1);
    auto saved = lossy->updateOrganization(renamed);
    QVERIFY2(saved, saved.error().message.c_str());
    QCOMPARE(saved->name, std::string("Found Answers"));

    // DELETE: the retry finds the user gone.
    proxy.dropAnswers("DELETE", 1);
    const store::Error deleted = lossy->deleteUser(made->id, patched->version);
    QVERIFY2(!deleted, deleted.message.c_str());
    QCOMPARE(proxy.forwarded("DELETE"), 2);
    QCOMPARE(m_local->user(made->id).error().kind, ErrorKind::NotFound);
}

// A stale write whose refusal was lost is still a conflict after the retry:
// the record is not what that write would have made.
void TestRemoteStore::aConflictStaysAConflictAfterARetry()
{
    test::LossyProxy proxy(m_server.port());
    auto lossy = through(proxy);
    model::User u;
    u.email = "stale-after-retry@example.com";
    auto made = m_remote->createUser(u);
    QVERIFY(made);
    // Someone else changes it once: the next version, other content.
    model::User theirs = *made;
    theirs.firstName = "Theirs";
    QVERIFY(m_remote->updateUser(theirs));
    model::User mine = *made;
    mine.firstName = "Mine";
    proxy.dropAnswers("PUT", 1);
    auto r = lossy->updateUser(mine);
    QCOMPARE(proxy.forwarded("PUT"), 2);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    QCOMPARE(*m_local->user(made->id)->firstName, std::string("Theirs"));
    // Changed twice since: not the next version.
    theirs.version = made->version + 1;
    theirs.lastName = "Again";
    QVERIFY(m_remote->updateUser(theirs));
    mine.firstName = "Theirs"; // even the same content as the current record
    mine.lastName = "Again";
    proxy.dropAnswers("PUT", 1);
    QCOMPARE(lossy->updateUser(mine).error().kind, ErrorKind::Conflict);
    // A stale delete is refused (412), not taken for a lost answer.
    proxy.dropAnswers("DELETE", 1);
    QCOMPARE(lossy->deleteUser(made->id, made->version).kind, ErrorKind::Conflict);
    QVERIFY(m_local->user(made->id));
}

// Qt's HTTP layer sends a request again by itself when the connection
// closes before the answer; a create must not be (it was applied the first
// time): it fails, saying that it may have been made.
void TestRemoteStore::aCreateWhoseAnswerWasLostIsSentOnce()
{
    test::LossyProxy proxy(m_server.port());
    auto lossy = through(proxy);
    proxy.dropAnswers("POST", 1);
    model::Organization o;
    o.name = "Created Once";
    auto r = lossy->createOrganization(o);
    QCOMPARE(proxy.forwarded("POST"), 1);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.find("may have been made") != std::string::npos,
             r.error().message.c_str());
    store::OrganizationQuery q;
    q.text = "Created Once";
    QCOMPARE(m_local->findOrganizations(q)->items.size(), std::size_t(1));
}

// A call waiting before a retry gives up as soon as interruption of its
// thread is requested (the store worker does so when the store closes), not
// after the pause.
void TestRemoteStore::aRetryPauseEndsWhenTheThreadIsToStop()
{
    test::BusyServer busy;
    store::RemoteOptions o;
    o.url = busy.url().toStdString();
    o.backoffMs = 2000;
    o.retries = 3;
    store::Result<model::User> result = store::Error::make(ErrorKind::Internal, "not run");
    std::unique_ptr<QThread> worker(QThread::create([&] {
        store::RemoteStore s(o);
        result = s.user("user_01JZ0000000000000000000000");
    }));
    worker->start();
    QTRY_COMPARE_WITH_TIMEOUT(busy.requests(), 1, 5000);
    QTest::qWait(200); // well into the 2 s pause
    QElapsedTimer t;
    t.start();
    worker->requestInterruption();
    QVERIFY(worker->wait(5000));
    const qint64 waited = t.elapsed();
    QVERIFY2(waited < 200, qPrintable(QString::number(waited) + u" ms"_s));
    QCOMPARE(busy.requests(), 1);
    QCOMPARE(result.error().kind, ErrorKind::Unavailable);
    QVERIFY2(result.error().message.find("being closed") != std::string::npos,
             result.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestRemoteStore)
#include "tst_remote_store.moc"
