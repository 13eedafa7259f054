// Token inspection: the claims checks (exp, nbf, iat with leeway, aud, iss) and
// key selection from a JWK Set.

#include "InspectTestUtil.h"
#include "jose/KeySet.h"
#include "jose/TokenSigner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::KeySet;

class TestJoseClaims : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expiry();
    void notBefore();
    void issuedAt();
    void audience_data();
    void audience();
    void issuer();
    void invalidClaimTypes();
    void keySetSelection();

private:
    Key m_rsa, m_ec, m_hs, m_ed;
    std::string m_rsaPublicPem;
};

void TestJoseClaims::initTestCase()
{
    std::string error;
    QVERIFY(Key::fromJwk(test::readJsonFile(test::sharedPath(
                             u"testdata/jose-cookbook/rfc7520_3_4_rsa_private_key.json"_s)),
                         m_rsa, error));
    QVERIFY(Key::generate(Algorithm::ES256, 0, m_ec, error));
    QVERIFY(Key::generate(Algorithm::HS256, 0, m_hs, error));
    QVERIFY(Key::generate(Algorithm::EdDSA, 0, m_ed, error));
    QVERIFY(m_rsa.publicKey().toPem(false, m_rsaPublicPem, error));
}
void TestJoseClaims::expiry()
{
    const std::string token = signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})",
                                      R"({"exp":1700000000})"); // = kNow
    // Within the default 60 s leeway it is still accepted…
    QVERIFY(jose::inspect(token, &m_hs, nullptr, at(kNow + 59)).ok());
    // …and not from the 60th second on.
    Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow + 60));
    CHECK_REJECTED(i, "expired", "expired at 2023-11-14T22:13:20Z, 1 min ago");
    QCOMPARE(i.signature, Inspection::Signature::Valid); // the signature itself is fine
    i = jose::inspect(token, &m_hs, nullptr, at(kNow + 3 * 3600 + 120));
    CHECK_REJECTED(i, "expired", "3 h 2 min ago (beyond the 60 s allowed for clock skew)");
    jose::InspectOptions strict = at(kNow + 1);
    strict.leeway = 0;
    CHECK_REJECTED(jose::inspect(token, &m_hs, nullptr, strict), "expired", "1 s ago.");
    jose::InspectOptions lenient = at(kNow + 299);
    lenient.leeway = 300;
    QVERIFY(jose::inspect(token, &m_hs, nullptr, lenient).ok());

    // No exp: a warning, not an error.
    i = jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", R"({"sub":"u"})"),
                      &m_hs, nullptr, at(kNow));
    QVERIFY(i.ok());
    QCOMPARE(i.find("no_expiry")->severity, jose::Severity::Warning);
}
void TestJoseClaims::notBefore()
{
    const std::string token = signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})",
                                      R"({"nbf":1700000100,"exp":1800000000})");
    QVERIFY(jose::inspect(token, &m_hs, nullptr, at(kNow + 40)).ok()); // 60 s early is fine
    const Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(i, "not_yet_valid",
                   "not valid before 2023-11-14T22:15:00Z, 1 min 40 s from now");
    QVERIFY(jose::inspect(token, &m_hs, nullptr, at(kNow + 100)).ok());
}
void TestJoseClaims::issuedAt()
{
    const std::string token = signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})",
                                      R"({"iat":1700086400,"exp":1800000000})");
    const Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(i, "issued_in_future", "1 day in the future");
    QVERIFY(jose::inspect(token, &m_hs, nullptr, at(1700086400 - 60)).ok());
}
void TestJoseClaims::audience_data()
{
    QTest::addColumn<QByteArray>("aud");
    QTest::addColumn<QByteArray>("code"); // empty: accepted
    QTest::addColumn<QByteArray>("phrase");
    QTest::newRow("string") << QByteArray(R"("api")") << QByteArray() << QByteArray();
    QTest::newRow("array") << QByteArray(R"(["web","api"])") << QByteArray() << QByteArray();
    QTest::newRow("other string") << QByteArray(R"("web")") << QByteArray("wrong_audience")
                                  << QByteArray(R"(for "web" ("aud"), not "api")");
    QTest::newRow("other array") << QByteArray(R"(["web","admin"])") << QByteArray("wrong_audience")
                                 << QByteArray(R"(["web","admin"])");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("wrong_audience")
                                 << QByteArray("not \"api\"");
    QTest::newRow("absent") << QByteArray() << QByteArray("missing_audience")
                            << QByteArray("no \"aud\" claim");
    QTest::newRow("number") << QByteArray("1") << QByteArray("invalid_claim")
                            << QByteArray("\"aud\" must be a string or an array of strings");
    QTest::newRow("array of numbers") << QByteArray(R"(["api",2])") << QByteArray("invalid_claim")
                                      << QByteArray("\"aud\" must be");
}
void TestJoseClaims::audience()
{
    QFETCH(QByteArray, aud);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, phrase);
    const std::string payload =
        aud.isEmpty() ? R"({"exp":1800000000})" : R"({"exp":1800000000,"aud":)" + str(aud) + "}";
    const std::string token = signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", payload);
    jose::InspectOptions options = at(kNow);
    options.audience = "api";
    const Inspection i = jose::inspect(token, &m_hs, nullptr, options);
    if (code.isEmpty()) {
        QVERIFY2(i.ok(), codes(i).c_str());
    } else {
        CHECK_REJECTED(i, code.constData(), phrase.constData());
        QCOMPARE(i.signature, Inspection::Signature::Valid);
    }
    // Without an expected audience, aud is not checked.
    QVERIFY(jose::inspect(token, &m_hs, nullptr, at(kNow)).ok());
}
void TestJoseClaims::issuer()
{
    jose::InspectOptions options = at(kNow);
    options.issuer = "https://auth.example";
    const auto token = [&](const char* payload) {
        return signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", payload);
    };
    QVERIFY(jose::inspect(token("{\"iss\":\"https://auth.example\",\"exp\":1800000000}"), &m_hs,
                          nullptr, options)
                .ok());
    CHECK_REJECTED(jose::inspect(token("{\"iss\":\"https://evil.example\",\"exp\":1800000000}"),
                                 &m_hs, nullptr, options),
                   "wrong_issuer", "issued by \"https://evil.example\"");
    CHECK_REJECTED(jose::inspect(token(R"({"exp":1800000000})"), &m_hs, nullptr, options),
                   "missing_issuer", "no \"iss\" claim");
    CHECK_REJECTED(jose::inspect(token("{\"iss\":[\"https://auth.example\"],\"exp\":1800000000}"),
                                 &m_hs, nullptr, options),
                   "invalid_claim", "\"iss\" must be a string");
}
void TestJoseClaims::invalidClaimTypes()
{
    for (const char* payload :
         {R"({"exp":"1800000000"})", R"({"exp":null})", R"({"exp":1800000000,"nbf":true})",
          R"({"exp":1800000000,"iat":{}})"}) {
        const Inspection i =
            jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", payload), &m_hs,
                          nullptr, at(kNow));
        CHECK_REJECTED(i, "invalid_claim", "must be a number of seconds since 1970");
    }
    // A fractional NumericDate is fine (RFC 7519 §2).
    QVERIFY(jose::inspect(
                signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", R"({"exp":1700000000.5})"),
                &m_hs, nullptr, at(kNow))
                .ok());
    // Payloads that are not claims are reported, not rejected.
    Inspection i = jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", "hello"),
                                 &m_hs, nullptr, at(kNow));
    QVERIFY(i.ok());
    QVERIFY(i.find("payload_not_json"));
    QCOMPARE(i.payloadText, std::string("hello"));
    i = jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", "[1]"), &m_hs, nullptr,
                      at(kNow));
    QVERIFY(i.find("payload_not_object"));
}
void TestJoseClaims::keySetSelection()
{
    std::string error;
    Key ec2;
    QVERIFY(Key::generate(Algorithm::ES256, 0, ec2, error));
    KeySet set;
    QVERIFY(set.add(m_rsa.publicKey(), error));
    QVERIFY(set.add(m_ec.publicKey(), error));
    QVERIFY(set.add(ec2.publicKey(), error));

    // By kid.
    const std::string withKid =
        signRaw(ec2, Algorithm::ES256, R"({"alg":"ES256","kid":")" + ec2.kid() + R"("})", "{}");
    Inspection i = jose::inspect(withKid, nullptr, &set, at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Valid);
    QCOMPARE(i.keyId, ec2.kid());

    // A kid that names another key of the right type: that key, and it fails.
    const std::string wrongKid =
        signRaw(ec2, Algorithm::ES256, R"({"alg":"ES256","kid":")" + m_ec.kid() + R"("})", "{}");
    CHECK_REJECTED(jose::inspect(wrongKid, nullptr, &set, at(kNow)), "bad_signature",
                   "signed with another key");

    // An unknown kid.
    CHECK_REJECTED(jose::inspect(signRaw(ec2, Algorithm::ES256,
                                         R"({"alg":"ES256","kid":"rotated-away"})", "{}"),
                                 nullptr, &set, at(kNow)),
                   "no_matching_key", "\"rotated-away\"");

    // No kid: every key that suits the alg is tried.
    i = jose::inspect(signRaw(ec2, Algorithm::ES256, R"({"alg":"ES256"})", "{}"), nullptr, &set,
                      at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Valid);
    QCOMPARE(i.keyId, ec2.kid());
    i = jose::inspect(signRaw(m_rsa, Algorithm::RS512, R"({"alg":"RS512"})", "{}"), nullptr, &set,
                      at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Valid);
    Key stranger;
    QVERIFY(Key::generate(Algorithm::ES256, 0, stranger, error));
    CHECK_REJECTED(jose::inspect(signRaw(stranger, Algorithm::ES256, R"({"alg":"ES256"})", "{}"),
                                 nullptr, &set, at(kNow)),
                   "bad_signature", "any of the 2 keys");
    CHECK_REJECTED(jose::inspect(signRaw(m_ed, Algorithm::EdDSA, R"({"alg":"EdDSA"})", "{}"),
                                 nullptr, &set, at(kNow)),
                   "no_matching_key", "EdDSA");
}

QTEST_APPLESS_MAIN(TestJoseClaims)
#include "tst_jose_claims.moc"
