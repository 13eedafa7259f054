// Templates with versions, staging and production; signing keys sealed
// under a key kept outside the database, rotation and the JWKS.

#include "TempStore.h"
#include "TestSupport.h"
#include "jose/Inspector.h"
#include "jose/TokenSigner.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;

namespace {

const char* kTemplate = R"({"urn:app:tier": {{ organization.metadata.tier || 'free' }}})";

jose::Key newKey(jose::Algorithm alg)
{
    jose::Key k;
    std::string error;
    if (!jose::Key::generate(alg, 0, k, error))
        qFatal("%s", error.c_str());
    return k;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QByteArray all = f.readAll();
    QFile wal(path + u"-wal"_s);
    if (wal.open(QIODevice::ReadOnly))
        all += wal.readAll();
    return all;
}

} // namespace

class TestStoreKeysTemplates : public QObject
{
    Q_OBJECT

private slots:
    void templateVersions();
    void templatesWithErrorsAreRefused();
    void promotion();
    void revertIsANewVersion();
    void restoreKeepsTheHistory();
    void keysAreSealed();
    void rotation();
    void jwksHasActiveAndNextKeys();
    void wrongOrMissingKeyFile();
    void passphrase();
    void publicKeysCannotSign();
};

void TestStoreKeysTemplates::templateVersions()
{
    test::TempStore s;
    s->setActor("alice");
    const auto t = s->createTemplate("default", kTemplate, "first");
    QVERIFY2(t, t.error().message.c_str());
    QCOMPARE(t->latestVersion, 1);
    QVERIFY(!t->productionVersion);
    s.clock.advance(1000);
    const auto v2 = s->addTemplateVersion("default", R"({"urn:app:x": 1})", "second", t->version);
    QVERIFY2(v2, v2.error().message.c_str());
    QCOMPARE(v2->number, 2);
    QCOMPARE(v2->author, std::string("alice"));
    QCOMPARE(v2->comment, std::string("second"));
    const auto versions = s->templateVersions("default");
    QCOMPARE(versions->size(), std::size_t(2));
    QCOMPARE(versions->at(0).number, 2); // newest first
    QCOMPARE(s->templateVersion("default", 1)->content, std::string(kTemplate));
    QCOMPARE(s->templateByName("default")->latestVersion, 2);
    // Stale template version: conflict.
    QCOMPARE(s->addTemplateVersion("default", kTemplate, "", t->version).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(s->createTemplate("default", kTemplate, "").error().kind, ErrorKind::Duplicate);
    QCOMPARE(s->createTemplate("Bad Name", kTemplate, "").error().field, std::string("name"));
    QCOMPARE(s->templateVersion("default", 9).error().kind, ErrorKind::NotFound);
}

void TestStoreKeysTemplates::templatesWithErrorsAreRefused()
{
    test::TempStore s;
    const auto r = s->createTemplate("default", "{\"sub\": 1,\n\"urn:x\": {{ }}}", "");
    QCOMPARE(r.error().kind, ErrorKind::Invalid);
    QCOMPARE(r.error().field, std::string("content"));
    QVERIFY2(r.error().message.find("line 1, column 2") != std::string::npos,
             r.error().message.c_str());
    QVERIFY(r.error().message.find("T401") != std::string::npos);
    QCOMPARE(s->templates()->size(), std::size_t(0));
}

void TestStoreKeysTemplates::promotion()
{
    test::TempStore s;
    auto t = s->createTemplate("default", kTemplate, "");
    auto staged = s->promoteTemplate("default", 1, "staging", t->version, "");
    QVERIFY2(staged, staged.error().message.c_str());
    QCOMPARE(*staged->stagingVersion, 1);
    const auto v2 = s->addTemplateVersion("default", R"({"urn:app:y": 2})", "", staged->version);
    t = s->templateByName("default");
    const auto prod =
        s->promoteTemplate("default", 2, "production", t->version, "rollout check: 0 changed");
    QVERIFY(prod);
    QCOMPARE(*prod->productionVersion, 2);
    QCOMPARE(*prod->stagingVersion, 1);
    QCOMPARE(s->promoteTemplate("default", 2, "qa", prod->version, "").error().field,
             std::string("environment"));
    QCOMPARE(s->promoteTemplate("default", 7, "staging", prod->version, "").error().kind,
             ErrorKind::NotFound);
    QCOMPARE(s->promoteTemplate("default", 1, "production", t->version, "").error().kind,
             ErrorKind::Conflict);
    // The audit log has the promotion with its note.
    const auto events = s->findAuditEvents({.action = "template.promote"});
    QCOMPARE(events->items.size(), std::size_t(2));
    QCOMPARE(json::toString(events->items[0].after),
             std::string(R"({"production":2,"note":"rollout check: 0 changed"})"));
    QVERIFY(events->items[0].before.find("production")->isNull());
}

void TestStoreKeysTemplates::revertIsANewVersion()
{
    test::TempStore s;
    auto t = s->createTemplate("default", kTemplate, "v1");
    s->addTemplateVersion("default", R"({"urn:app:y": 2})", "v2", t->version);
    t = s->templateByName("default");
    const auto old = s->templateVersion("default", 1);
    const auto reverted =
        s->addTemplateVersion("default", old->content, "revert to version 1", t->version);
    QCOMPARE(reverted->number, 3);
    QCOMPARE(reverted->content, std::string(kTemplate));
}

void TestStoreKeysTemplates::restoreKeepsTheHistory()
{
    test::TempStore s;
    model::Template t;
    t.name = "imported";
    t.latestVersion = 2;
    t.stagingVersion = 2;
    t.productionVersion = 1;
    t.createdAt = 1000;
    t.updatedAt = 5000;
    t.version = 9;
    std::vector<model::TemplateVersion> versions{
        {"imported", 1, kTemplate, "alice", "first", 1000},
        {"imported", 2, R"({"urn:app:x": 1})", "bob", "second", 3000},
    };
    const auto restored = s->restoreTemplate(t, versions);
    QVERIFY2(restored, restored.error().message.c_str());
    QVERIFY(*s->templateByName("imported") == t);
    QCOMPARE(s->templateVersion("imported", 2)->author, std::string("bob"));
    QCOMPARE(s->templateVersion("imported", 2)->createdAt, model::Millis(3000));
    QCOMPARE(s->templateVersion("imported", 1)->comment, std::string("first"));
    // The store goes on from there.
    QVERIFY(s->addTemplateVersion("imported", kTemplate, "third", 9));
    QCOMPARE(s->templateByName("imported")->latestVersion, 3);

    auto refused = [&](model::Template bad, std::vector<model::TemplateVersion> vs,
                       const char* expected) {
        const auto r = s->restoreTemplate(bad, vs);
        QVERIFY(!r);
        QVERIFY2(r.error().message.find(expected) != std::string::npos, r.error().message.c_str());
        // Nothing of it was written.
        if (bad.name != "imported")
            QCOMPARE(s->templateByName(bad.name).error().kind, store::ErrorKind::NotFound);
    };
    refused(t, versions, "a template named imported exists");
    t.name = "other";
    for (auto& v : versions)
        v.templateName = "other";
    auto misnumbered = versions;
    misnumbered[1].number = 3;
    refused(t, misnumbered, "version 2 is numbered 3");
    model::Template tooMany = t;
    tooMany.latestVersion = 3;
    refused(tooMany, versions, "its latest version is 3 but 2 versions were given");
    model::Template badProduction = t;
    badProduction.productionVersion = 4;
    refused(badProduction, versions, "must name one of its versions, not 4");
    auto broken = versions;
    broken[1].content = R"({"a": {{ user. }}})";
    refused(t, broken, "template other: version 2: the template has errors");
}

void TestStoreKeysTemplates::keysAreSealed()
{
    test::TempStore s;
    const jose::Key key = newKey(jose::Algorithm::ES256);
    const auto added = s->addSigningKey(key, model::KeyState::Active);
    QVERIFY2(added, added.error().message.c_str());
    QCOMPARE(added->kid, key.thumbprint());
    QCOMPARE(added->alg, std::string("ES256"));
    QVERIFY(!added->publicJwk.find("d"));
    // The private scalar is nowhere in the database file.
    const std::string d = key.toJwk(true).find("d")->string();
    QVERIFY(!fileBytes(s.path()).contains(QByteArray::fromStdString(d)));
    // The key file exists, 0600, outside the database.
    QVERIFY(QFile::exists(s.keyFile()));
    QCOMPARE(QFile::permissions(s.keyFile()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    // It still signs, after reopening.
    const auto issuing = s.reopen().signingKeyForIssuing();
    QVERIFY2(issuing, issuing.error().message.c_str());
    QCOMPARE(issuing->thumbprint(), key.thumbprint());
    jose::TokenSigner signer;
    std::string error, token;
    QVERIFY(jose::TokenSigner::create(*issuing, jose::Algorithm::ES256, issuing->thumbprint(),
                                      signer, error));
    QVERIFY(signer.sign(R"({"sub":"x"})", token));
    QCOMPARE(jose::inspect(token, &key, nullptr).signature, jose::Inspection::Signature::Valid);
    // Audit has the key but no private part.
    const auto events = s->findAuditEvents({.action = "key.add"});
    QCOMPARE(events->items.size(), std::size_t(1));
    QVERIFY(json::toString(events->items[0].after).find(d) == std::string::npos);
}

void TestStoreKeysTemplates::rotation()
{
    test::TempStore s;
    QCOMPARE(s->signingKeyForIssuing().error().kind, ErrorKind::NotFound);
    const auto a = s->addSigningKey(newKey(jose::Algorithm::ES256), model::KeyState::Active);
    const auto b = s->addSigningKey(newKey(jose::Algorithm::EdDSA), model::KeyState::Next);
    QCOMPARE(s->signingKeyForIssuing()->thumbprint(), a->kid);
    const auto activated = s->activateSigningKey(b->kid, b->version);
    QVERIFY2(activated, activated.error().message.c_str());
    QCOMPARE(activated->state, model::KeyState::Active);
    QVERIFY(activated->activatedAt);
    QCOMPARE(s->signingKeyForIssuing()->thumbprint(), b->kid);
    const auto keys = s->signingKeys();
    for (const model::SigningKey& k : *keys) {
        if (k.kid == a->kid) {
            QCOMPARE(k.state, model::KeyState::Retired);
            QVERIFY(k.retiredAt);
        }
    }
    QCOMPARE(s->activateSigningKey(b->kid, b->version).error().kind, ErrorKind::Conflict);
    QCOMPARE(s->addSigningKey(newKey(jose::Algorithm::ES256), model::KeyState::Active)->state,
             model::KeyState::Active);
    int active = 0;
    const auto after = s->signingKeys();
    for (const model::SigningKey& k : *after)
        active += k.state == model::KeyState::Active;
    QCOMPARE(active, 1);
}

void TestStoreKeysTemplates::jwksHasActiveAndNextKeys()
{
    test::TempStore s;
    const auto active = s->addSigningKey(newKey(jose::Algorithm::ES256), model::KeyState::Active);
    const auto next = s->addSigningKey(newKey(jose::Algorithm::RS256), model::KeyState::Next);
    const auto retired = s->addSigningKey(newKey(jose::Algorithm::EdDSA), model::KeyState::Next);
    QVERIFY(s->retireSigningKey(retired->kid, retired->version));
    s->addSigningKey(newKey(jose::Algorithm::HS256), model::KeyState::Next); // no public form
    const auto jwks = s->jwks();
    QVERIFY(jwks);
    const json::Array& keys = jwks->find("keys")->array();
    QCOMPARE(keys.size(), std::size_t(2));
    QCOMPARE(keys[0].find("kid")->string(), active->kid);
    QCOMPARE(keys[1].find("kid")->string(), next->kid);
    QCOMPARE(keys[0].find("use")->string(), std::string("sig"));
    QCOMPARE(keys[0].find("alg")->string(), std::string("ES256"));
    for (const json::Value& k : keys)
        QVERIFY(!k.find("d") && !k.find("p"));
    // A verifier can use it.
    jose::KeySet set;
    std::string error;
    QVERIFY2(jose::KeySet::fromJwks(*jwks, set, error), error.c_str());
}

void TestStoreKeysTemplates::wrongOrMissingKeyFile()
{
    test::TempStore s;
    QVERIFY(s->addSigningKey(newKey(jose::Algorithm::ES256), model::KeyState::Active));
    // Another machine without the key file: a clear error naming the file.
    QFile::rename(s.keyFile(), s.keyFile() + u".away"_s);
    auto& reopened = s.reopen();
    auto r = reopened.signingKeyForIssuing();
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.find(s.keyFile().toStdString()) != std::string::npos,
             r.error().message.c_str());
    QVERIFY(r.error().message.find("missing") != std::string::npos);
    // A different key file: the store says it is the wrong one.
    QFile f(s.keyFile());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n");
    f.close();
    r = s.reopen().signingKeyForIssuing();
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.find("not the one") != std::string::npos, r.error().message.c_str());
    // The right one back: it works again.
    QFile::remove(s.keyFile());
    QFile::rename(s.keyFile() + u".away"_s, s.keyFile());
    QVERIFY(s.reopen().signingKeyForIssuing());
}

void TestStoreKeysTemplates::passphrase()
{
    test::TempStore s;
    test::recordSecret("correct horse battery staple");
    qputenv("CLAIMSMITH_PASSPHRASE", "correct horse battery staple");
    QVERIFY(s->addSigningKey(newKey(jose::Algorithm::ES256), model::KeyState::Active));
    QVERIFY(!QFile::exists(s.keyFile())); // no key file with a passphrase
    QVERIFY(s.reopen().signingKeyForIssuing());
    qputenv("CLAIMSMITH_PASSPHRASE", "wrong");
    auto r = s.reopen().signingKeyForIssuing();
    QVERIFY2(r.error().message.find("not the passphrase") != std::string::npos,
             r.error().message.c_str());
    qunsetenv("CLAIMSMITH_PASSPHRASE");
    r = s.reopen().signingKeyForIssuing();
    QVERIFY2(r.error().message.find("set CLAIMSMITH_PASSPHRASE") != std::string::npos,
             r.error().message.c_str());
}

void TestStoreKeysTemplates::publicKeysCannotSign()
{
    test::TempStore s;
    const auto r =
        s->addSigningKey(newKey(jose::Algorithm::ES256).publicKey(), model::KeyState::Active);
    QCOMPARE(r.error().kind, ErrorKind::Invalid);
    QCOMPARE(s->signingKeys()->size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestStoreKeysTemplates)
#include "tst_store_keys_templates.moc"
