// Keys that must be refused: weak, inconsistent or malformed, with a clear
// message that never repeats key material.

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

class TestJoseWeakKeys : public QObject
{
    Q_OBJECT

private slots:
    void weakRsaKeys();
    void weakHmacKeys();
    void badEcKeys();
    void mismatchedPrivateParts();
    void malformedJwks_data();
    void malformedJwks();
    void messagesHoldNoKeyMaterial();
};

void TestJoseWeakKeys::weakRsaKeys()
{
    std::string error;
    const json::Value small =
        wycheproofKeyGroup("keysize_too_small", "public").find("keys")->array()[0];
    QVERIFY2(refused(small, "has 1024 bits; at least 2048", error), error.c_str());
    const json::Value eOne = wycheproofKeyGroup("exponentOne", "private").find("keys")->array()[0];
    QVERIFY2(refused(eOne, "public exponent is 1", error), error.c_str());
    const json::Value roca =
        wycheproofKeyGroup("jws_rsa_roca_key", "public").find("keys")->array()[0];
    QVERIFY2(refused(roca, "ROCA", error), error.c_str());

    json::Value even = cookbookKey("rfc7520_3_3_rsa_public_key.json");
    even.set("e", "AQAC"); // 65538
    QVERIFY2(refused(even, "exponent is even", error), error.c_str());
    even.set("e", "Ag"); // 2
    QVERIFY2(refused(even, "exponent is even", error), error.c_str());
    // e = 3 is a valid RSASSA key (Wycheproof's PKCS#1 file has valid e = 3 vectors).
    json::Value three = cookbookKey("rfc7520_3_3_rsa_public_key.json");
    three.set("e", "Aw");
    Key key;
    QVERIFY2(Key::fromJwk(three, key, error), error.c_str());
    json::Value evenModulus = cookbookKey("rfc7520_3_3_rsa_public_key.json");
    std::string n = unb64(member(evenModulus, "n"));
    n.back() = static_cast<char>(n.back() & ~1);
    evenModulus.set("n", b64(n));
    QVERIFY2(refused(evenModulus, "modulus is even", error), error.c_str());
}
void TestJoseWeakKeys::weakHmacKeys()
{
    std::string error;
    // With its alg, a short secret is refused at import.
    QVERIFY2(refused(jwkOf(R"({"kty":"oct","alg":"HS256","k":"AAECAwQFBgcICQoLDA0ODw"})"),
                     "must be at least 32 bytes long; this one has 16", error),
             error.c_str());
    QVERIFY2(refused(jwkOf(R"({"kty":"oct","k":""})"), "empty", error), error.c_str());
    // Without, it is refused when used with an alg whose hash is longer.
    Key key;
    QVERIFY2(
        Key::fromJwk(jwkOf(R"({"kty":"oct","k":"hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"})"),
                     key, error),
        error.c_str());
    QVERIFY(key.canVerify(Algorithm::HS256));
    const auto problem = key.checkUse(Algorithm::HS384, jose::KeyOperation::Verify);
    QVERIFY(problem);
    QCOMPARE(problem->code, std::string("weak_key"));
    QVERIFY2(problem->message.find("at least 48") != std::string::npos, problem->message.c_str());
    std::string sig;
    QVERIFY(!jose::sign(key, Algorithm::HS512, "input", sig, error));
}
void TestJoseWeakKeys::badEcKeys()
{
    std::string error;
    json::Value jwk = cookbookKey("rfc7520_3_1_ec_public_key.json"); // P-521
    json::Value offCurve = jwk;
    std::string y = unb64(member(jwk, "y"));
    y.back() = static_cast<char>(y.back() ^ 1);
    offCurve.set("y", b64(y));
    QVERIFY2(refused(offCurve, "not a valid point on P-521", error), error.c_str());
    json::Value wrongCrv = jwk;
    wrongCrv.set("crv", "P-384");
    QVERIFY2(refused(wrongCrv, "must be 48 bytes, not 66", error), error.c_str());
    json::Value wrongAlg = jwk;
    wrongAlg.set("alg", "ES256");
    QVERIFY2(refused(wrongAlg,
                     "ES256 needs an EC key on P-256, but this is an EC public key on "
                     "P-521",
                     error),
             error.c_str());
    json::Value rsaAlg = jwk;
    rsaAlg.set("alg", "RS256");
    QVERIFY2(refused(rsaAlg, "RS256 needs an RSA key", error), error.c_str());
    json::Value shortX = jwk;
    shortX.set("x", b64(unb64(member(jwk, "x")).substr(1)));
    QVERIFY2(refused(shortX, "\"x\" must be 66 bytes, not 65", error), error.c_str());
    QVERIFY2(refused(jwkOf(R"({"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"})"), "not supported",
                     error),
             error.c_str());
    QVERIFY2(refused(jwkOf(R"({"kty":"OKP","crv":"X25519","x":"AA"})"), "use Ed25519", error),
             error.c_str());

    Key key;
    QVERIFY2(Key::fromJwk(jwk, key, error), error.c_str());
    const auto problem = key.checkUse(Algorithm::ES256, jose::KeyOperation::Verify);
    QVERIFY(problem);
    QCOMPARE(problem->code, std::string("wrong_curve"));
}
void TestJoseWeakKeys::mismatchedPrivateParts()
{
    std::string error;
    Key a, b;
    QVERIFY(Key::generate(Algorithm::ES256, 0, a, error));
    QVERIFY(Key::generate(Algorithm::ES256, 0, b, error));
    json::Value jwk = a.toJwk(true);
    jwk.set("d", member(b.toJwk(true), "d"));
    QVERIFY2(refused(jwk, "does not match its public key", error), error.c_str());

    QVERIFY(Key::generate(Algorithm::EdDSA, 0, a, error));
    QVERIFY(Key::generate(Algorithm::EdDSA, 0, b, error));
    jwk = a.toJwk(true);
    jwk.set("d", member(b.toJwk(true), "d"));
    QVERIFY2(refused(jwk, "does not match its public key", error), error.c_str());

    json::Value rsa = cookbookKey("rfc7520_3_4_rsa_private_key.json");
    json::Value wrongD = rsa;
    std::string d = unb64(member(rsa, "d"));
    d.back() = static_cast<char>(d.back() ^ 2);
    wrongD.set("d", b64(d));
    QVERIFY2(refused(wrongD, "does not match its public key", error), error.c_str());
    // Without the primes, d is checked by signing and verifying.
    for (const char* m : {"p", "q", "dp", "dq", "qi"})
        wrongD.remove(m);
    QVERIFY2(refused(wrongD, "\"d\" does not match the public key", error), error.c_str());
    json::Value dOnly = rsa;
    for (const char* m : {"p", "q", "dp", "dq", "qi"})
        dOnly.remove(m);
    Key key;
    QVERIFY2(Key::fromJwk(dOnly, key, error), error.c_str());
    QVERIFY(key.hasPrivate());
    std::string sig;
    QVERIFY2(jose::sign(key, Algorithm::RS256, "input", sig, error), error.c_str());
    QVERIFY(jose::verify(key.publicKey(), Algorithm::RS256, "input", sig));
    json::Value someCrt = rsa;
    someCrt.remove("qi");
    QVERIFY2(refused(someCrt, "has no \"qi\"", error), error.c_str());
}
void TestJoseWeakKeys::malformedJwks_data()
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QByteArray>("phrase");
    QTest::newRow("not an object") << QByteArray("[]") << QByteArray("JSON object");
    QTest::newRow("no kty") << QByteArray(R"({"k":"AAAA"})") << QByteArray("no \"kty\"");
    QTest::newRow("unknown kty") << QByteArray(R"({"kty":"DSA"})") << QByteArray("\"DSA\"");
    QTest::newRow("kty not a string") << QByteArray(R"({"kty":1})") << QByteArray("string");
    QTest::newRow("padded k")
        << QByteArray(R"({"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})")
        << QByteArray("base64url without padding");
    QTest::newRow("standard alphabet")
        << QByteArray(R"({"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/"})")
        << QByteArray("base64url");
    QTest::newRow("key_ops not array")
        << QByteArray(
               R"({"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","key_ops":"sign"})")
        << QByteArray("key_ops");
    QTest::newRow("rsa without e")
        << QByteArray(R"({"kty":"RSA","n":"AQAB"})") << QByteArray("no \"e\"");
    QTest::newRow("multi-prime")
        << QByteArray(
               R"({"kty":"RSA","n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw","e":"AQAB","d":"AQAB","oth":[]})")
        << QByteArray("multi-prime");
    QTest::newRow("duplicate member")
        << QByteArray(R"({"kty":"oct","kty":"RSA"})") << QByteArray("duplicate member");
}
void TestJoseWeakKeys::malformedJwks()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QByteArray, phrase);
    Key key;
    std::string error;
    QVERIFY(!Key::fromJwkText(str(jwk), key, error));
    QVERIFY2(error.find(str(phrase)) != std::string::npos, error.c_str());
}
void TestJoseWeakKeys::messagesHoldNoKeyMaterial()
{
    // Failing imports of private keys must not echo what they were given.
    json::Value rsa = cookbookKey("rfc7520_3_4_rsa_private_key.json");
    json::Value wrongD = rsa;
    std::string d = unb64(member(rsa, "d"));
    d.back() = static_cast<char>(d.back() ^ 2);
    wrongD.set("d", b64(d));
    Key a;
    std::string error;
    QVERIFY(Key::generate(Algorithm::ES256, 0, a, error));
    json::Value ec = a.toJwk(true);
    ec.set("d", member(ec, "d").substr(0, 20));
    json::Value hs = jwkOf(R"({"kty":"oct","alg":"HS512","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQ"})");
    for (const json::Value& jwk : {wrongD, ec, hs}) {
        Key key;
        QVERIFY(!Key::fromJwk(jwk, key, error));
        for (const char* m : {"d", "p", "q", "k"}) {
            const std::string& value = member(jwk, m);
            if (value.size() >= 8)
                QVERIFY2(error.find(value.substr(0, 8)) == std::string::npos, error.c_str());
        }
        QVERIFY(error.find("c2VjcmV0") == std::string::npos);
        QVERIFY(error.find("secret-secret") == std::string::npos);
    }
}

QTEST_APPLESS_MAIN(TestJoseWeakKeys)
#include "tst_jose_weak_keys.moc"
