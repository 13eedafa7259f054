// Keys: generation for every algorithm, JWK and PEM round trips, thumbprints,
// JWK Sets, and signing from several threads.

#include "JoseTestUtil.h"
#include "jose/Inspector.h"
#include "jose/Jws.h"
#include "jose/TokenSigner.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::Algorithm;
using claimsmith::jose::Key;
using claimsmith::jose::KeySet;

Q_DECLARE_METATYPE(claimsmith::jose::Algorithm)

namespace {

// Fixtures made with the openssl command.
constexpr const char* kSecp256k1Pem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAEnGxSDY9W4ITwWQ/6VA7yebNuVeG84hvU\n"
    "YIgwlwjv5kJ3JQwt8QGeM4m2nPfjBPlE1NFSwLHlOANgulNe+xjKrw==\n"
    "-----END PUBLIC KEY-----\n";
constexpr const char* kEd448Pem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MEMwBQYDK2VxAzoArNhPEwsXxf8fNfuSyHip0izdh5cZxf2FSDHxOVq2M+BQd5TH\n"
    "u9dXQTA+IMMmi9vKRJ6oUJiwwqGA\n"
    "-----END PUBLIC KEY-----\n";
constexpr const char* kSec1P256Pem =
    "-----BEGIN EC PRIVATE KEY-----\n"
    "MHcCAQEEINgCsNsn7etCEPAZ8rGAvxiQHx3OmS/55mVsMdOaqHg7oAoGCCqGSM49\n"
    "AwEHoUQDQgAEo0WVEhnRri/iPYnM15r7r3LSaZLouvSUEOdlbL47fuLMtC+pkHy6\n"
    "7pTsp/AEwsZtoxZNQppksV83qyjg0mp7qQ==\n"
    "-----END EC PRIVATE KEY-----\n";
constexpr const char* kRsa1024Pem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDmfvEw8i32sekl/tXVmkSUrH7x\n"
    "oe2vKpu99GrR589ilUhx4ttQ4z34na1jFl7rNVqG47Kr/lgGK7uMjlXGFZ0mrFXC\n"
    "HMUc+HMfRi/TAJegpexGjdCS3Ltsh/CHKQoXmMf6y2cdYWUqOXsYaEOm/DJXoC0b\n"
    "D/k6vL7JAaL03pUiIwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

} // namespace

class TestJoseKeys : public QObject
{
    Q_OBJECT

private slots:
    void generateAndRoundTrip_data();
    void generateAndRoundTrip();
    void rsaSizes();
    void hmacSizes();
    void pemFormats();
    void thumbprintIgnoresMetadata();
    void publicKeyKeepsMetadata();
    void keySets();
    void concurrentSigning();
};

void TestJoseKeys::generateAndRoundTrip_data()
{
    QTest::addColumn<Algorithm>("alg");
    for (Algorithm a : jose::kAllAlgorithms)
        QTest::newRow(std::string(jose::algorithmName(a)).c_str()) << a;
}
void TestJoseKeys::generateAndRoundTrip()
{
    QFETCH(Algorithm, alg);
    std::string error;
    Key key;
    QVERIFY2(Key::generate(alg, 0, key, error), error.c_str());
    QVERIFY(key.hasPrivate());
    QCOMPARE(key.kid(), key.thumbprint());
    QCOMPARE(key.algName(), std::string(jose::algorithmName(alg)));
    QCOMPARE(key.thumbprint().size(), std::size_t{43}); // SHA-256, base64url
    QVERIFY(key.canSign(alg));
    QVERIFY(key.canVerify(alg));

    // JWK, private: the same key back.
    const json::Value privateJwk = key.toJwk(true);
    Key again;
    QVERIFY2(Key::fromJwk(privateJwk, again, error), error.c_str());
    QCOMPARE(again.thumbprint(), key.thumbprint());
    QCOMPARE(json::toString(again.toJwk(true)), json::toString(privateJwk));

    // The public key: no private members, same thumbprint.
    Key verifier = jose::isHmac(alg) ? key : key.publicKey();
    if (!jose::isHmac(alg)) {
        QVERIFY(!verifier.hasPrivate());
        const json::Value publicJwk = verifier.toJwk(false);
        QVERIFY(!publicJwk.find("d"));
        QVERIFY(publicJwk.find("kid"));
        Key imported;
        QVERIFY2(Key::fromJwk(publicJwk, imported, error), error.c_str());
        QCOMPARE(imported.thumbprint(), key.thumbprint());
        QVERIFY(!imported.canSign(alg));
        QCOMPARE(imported.checkUse(alg, jose::KeyOperation::Sign)->code,
                 std::string("key_not_private"));

        // PEM: PKCS#8 private and SPKI public, both back to the same key.
        std::string pem;
        QVERIFY2(key.toPem(true, pem, error), error.c_str());
        QVERIFY(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
        Key fromPem;
        QVERIFY2(Key::fromPem(pem, fromPem, error), error.c_str());
        QVERIFY(fromPem.hasPrivate());
        QCOMPARE(fromPem.thumbprint(), key.thumbprint());
        QVERIFY2(key.toPem(false, pem, error), error.c_str());
        QVERIFY(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
        QVERIFY2(Key::fromPem(pem, fromPem, error), error.c_str());
        QVERIFY(!fromPem.hasPrivate());
        QCOMPARE(fromPem.thumbprint(), key.thumbprint());
    } else {
        QVERIFY(key.publicKey().isNull());
        QVERIFY(key.toJwk(false).isNull());
        std::string pem;
        QVERIFY(!key.toPem(true, pem, error));
    }

    // Sign a token; verify it with the public key (and the re-imported key).
    jose::TokenSigner signer;
    QVERIFY2(jose::TokenSigner::create(again, alg, key.kid(), signer, error), error.c_str());
    std::string token = "prefix:";
    QVERIFY(signer.sign(R"({"sub":"user_1","exp":4102444800})", token));
    QVERIFY(token.starts_with("prefix:"));
    token.erase(0, 7);
    jose::Inspection inspection = jose::inspect(token, &verifier, nullptr);
    QCOMPARE(jose::signatureName(inspection.signature), std::string_view("valid"));
    QVERIFY(inspection.ok());
    QCOMPARE(inspection.keyId, key.kid());
    QCOMPARE(json::toString(inspection.header),
             R"({"alg":")" + std::string(jose::algorithmName(alg)) + R"(","kid":")" + key.kid() +
                 R"(","typ":"JWT"})");

    // Tampering with any part is caught.
    jose::CompactParts parts;
    QVERIFY(jose::splitCompact(token, parts));
    const std::string header(parts.header), payload(parts.payload), sig(parts.signature);
    const std::string otherPayload = b64(R"({"sub":"admin","exp":4102444800})");
    const std::string otherHeader =
        b64(R"({"alg":")" + std::string(jose::algorithmName(alg)) + R"(","typ":"JWT"})");
    std::string badSig = unb64(sig);
    badSig[0] = static_cast<char>(badSig[0] ^ 0x40);
    for (const std::string& tampered :
         {header + "." + otherPayload + "." + sig, otherHeader + "." + payload + "." + sig,
          header + "." + payload + "." + b64(badSig)}) {
        inspection = jose::inspect(tampered, &verifier, nullptr);
        QCOMPARE(jose::signatureName(inspection.signature), std::string_view("invalid"));
        QVERIFY(inspection.find("bad_signature"));
    }
}
void TestJoseKeys::rsaSizes()
{
    std::string error;
    Key key;
    for (int bits : {3072, 4096}) {
        QVERIFY2(Key::generate(Algorithm::PS256, bits, key, error), error.c_str());
        QCOMPARE(key.bits(), bits);
        std::string sig;
        QVERIFY2(jose::sign(key, Algorithm::PS256, "input", sig, error), error.c_str());
        QCOMPARE(sig.size(), static_cast<std::size_t>(bits / 8));
    }
    QVERIFY(!Key::generate(Algorithm::RS256, 1024, key, error));
    QVERIFY(error.find("2048") != std::string::npos);
    QVERIFY(!Key::generate(Algorithm::RS256, 32768, key, error));
}
void TestJoseKeys::hmacSizes()
{
    std::string error;
    for (auto [alg, bytes] : {std::pair{Algorithm::HS256, 32}, std::pair{Algorithm::HS384, 48},
                              std::pair{Algorithm::HS512, 64}}) {
        Key key;
        QVERIFY2(Key::generate(alg, 0, key, error), error.c_str());
        QCOMPARE(key.bits(), bytes * 8);
        QCOMPARE(unb64(member(key.toJwk(true), "k")).size(), static_cast<std::size_t>(bytes));
    }
}
void TestJoseKeys::pemFormats()
{
    std::string error;
    Key key;
    // SEC1 "EC PRIVATE KEY" is read as well as PKCS#8.
    QVERIFY2(Key::fromPem(kSec1P256Pem, key, error), error.c_str());
    QVERIFY(key.hasPrivate());
    QCOMPARE(key.curve(), std::string_view("P-256"));
    QVERIFY(key.canSign(Algorithm::ES256));

    QVERIFY(!Key::fromPem(kSecp256k1Pem, key, error));
    QVERIFY2(error.find("secp256k1") != std::string::npos, error.c_str());
    QVERIFY(!Key::fromPem(kEd448Pem, key, error));
    QVERIFY2(error.find("ED448") != std::string::npos, error.c_str());
    QVERIFY(!Key::fromPem(kRsa1024Pem, key, error));
    QVERIFY2(error.find("1024 bits") != std::string::npos, error.c_str());
    QVERIFY(!Key::fromPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED "
                          "PRIVATE KEY-----\n",
                          key, error));
    QVERIFY2(error.find("encrypted") != std::string::npos, error.c_str());
    QVERIFY(!Key::fromPem("not a key", key, error));
    QVERIFY(
        !Key::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", key, error));
}
void TestJoseKeys::thumbprintIgnoresMetadata()
{
    // RFC 7638 §3.1: the thumbprint covers e, kty, n only.
    std::string error;
    Key key;
    json::Value jwk =
        jwkOf(R"({"kty":"RSA","e":"AQAB","alg":"RS256","kid":"2011-04-29","n":")"
              "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1R"
              "K7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9"
              "yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZg"
              "nYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6We"
              "Zu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\"}");
    QVERIFY2(Key::fromJwk(jwk, key, error), error.c_str());
    QCOMPARE(key.thumbprint(), std::string("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    jwk.set("kid", "other");
    jwk.set("use", "sig");
    jwk.remove("alg");
    QVERIFY2(Key::fromJwk(jwk, key, error), error.c_str());
    QCOMPARE(key.thumbprint(), std::string("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
}
void TestJoseKeys::publicKeyKeepsMetadata()
{
    std::string error;
    Key key;
    json::Value jwk = cookbookKey("rfc7520_3_2_ec_private_key.json");
    jwk.set("key_ops", json::Value::array({"sign"}));
    QVERIFY2(Key::fromJwk(jwk, key, error), error.c_str());
    QVERIFY(key.canSign(Algorithm::ES512));
    QVERIFY(!key.canVerify(Algorithm::ES512)); // key_ops says sign only
    const Key pub = key.publicKey();
    QCOMPARE(pub.kid(), key.kid());
    QCOMPARE(pub.use(), std::string("sig"));
    QCOMPARE(json::toString(*pub.toJwk(false).find("key_ops")), std::string(R"(["verify"])"));
    QVERIFY(pub.canVerify(Algorithm::ES512));
}
void TestJoseKeys::keySets()
{
    std::string error;
    Key rsa, ec, ed, hs;
    QVERIFY(Key::fromJwk(cookbookKey("rfc7520_3_4_rsa_private_key.json"), rsa, error));
    QVERIFY(Key::generate(Algorithm::ES256, 0, ec, error));
    QVERIFY(Key::generate(Algorithm::EdDSA, 0, ed, error));
    QVERIFY(Key::generate(Algorithm::HS256, 0, hs, error));

    KeySet pub;
    QVERIFY2(pub.add(rsa.publicKey(), error), error.c_str());
    QVERIFY2(pub.add(ec.publicKey(), error), error.c_str());
    QVERIFY2(pub.add(ed.publicKey(), error), error.c_str());
    // Mixing in a private key or a secret is refused, and so is a duplicate kid.
    QVERIFY(!pub.add(ec, error));
    QVERIFY2(error.find("mixes public and private") != std::string::npos, error.c_str());
    QVERIFY(!pub.add(hs, error));
    Key same = ed.publicKey();
    QVERIFY(!pub.add(same, error));
    QVERIFY2(error.find("two keys have the kid") != std::string::npos, error.c_str());

    // Round trip through the JWKS form.
    const json::Value jwks = pub.toJwks(false);
    QCOMPARE(jwks.find("keys")->size(), std::size_t{3});
    KeySet back;
    QVERIFY2(KeySet::fromJwks(jwks, back, error), error.c_str());
    QCOMPARE(back.size(), std::size_t{3});
    QVERIFY(!back.isPrivate());
    QVERIFY(back.findByKid(ec.kid()));
    QCOMPARE(back.findByKid(ec.kid())->thumbprint(), ec.thumbprint());

    // A private set leaves secrets out of its public form.
    KeySet priv;
    QVERIFY(priv.add(ec, error));
    QVERIFY(priv.add(hs, error));
    QCOMPARE(priv.toJwks(false).find("keys")->size(), std::size_t{1});
    QCOMPARE(priv.toJwks(true).find("keys")->size(), std::size_t{2});

    // Selection: by kid whatever the type; without a kid, by alg and curve.
    QCOMPARE(back.candidates(ec.kid(), Algorithm::RS256).size(), std::size_t{1});
    QCOMPARE(back.candidates("", Algorithm::ES256).size(), std::size_t{1});
    QCOMPARE(back.candidates("", Algorithm::ES384).size(), std::size_t{0});
    QCOMPARE(back.candidates("", Algorithm::PS256).size(), std::size_t{1});
    QCOMPARE(back.candidates("missing", Algorithm::ES256).size(), std::size_t{0});

    QVERIFY(!KeySet::fromJwksText(R"({"keys":{}})", back, error));
    QVERIFY(!KeySet::fromJwksText(R"([])", back, error));
    QVERIFY(!KeySet::fromJwksText(R"({"keys":[{"kty":"oct","k":""}]})", back, error));
    QVERIFY2(error.starts_with("key 0: "), error.c_str());
}
void TestJoseKeys::concurrentSigning()
{
    // One TokenSigner (and Key) shared by several threads.
    for (Algorithm alg : {Algorithm::HS256, Algorithm::ES256, Algorithm::EdDSA}) {
        std::string error;
        Key key;
        QVERIFY(Key::generate(alg, 0, key, error));
        jose::TokenSigner signer;
        QVERIFY(jose::TokenSigner::create(key, alg, key.kid(), signer, error));
        const Key verifier = jose::isHmac(alg) ? key : key.publicKey();
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                std::string token;
                for (int i = 0; i < 100; ++i) {
                    token.clear();
                    const std::string payload =
                        R"({"sub":"user_)" + std::to_string(t * 1000 + i) + R"("})";
                    std::string decoded;
                    if (signer.sign(payload, token) &&
                        jose::verifyCompact(verifier, alg, token, decoded) && decoded == payload)
                        ++good;
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(good.load(), 400);
    }
}

QTEST_APPLESS_MAIN(TestJoseKeys)
#include "tst_jose_keys.moc"
