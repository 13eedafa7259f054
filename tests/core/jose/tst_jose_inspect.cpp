// Token inspection: every rejection with its problem code and message.

#include "InspectTestUtil.h"
#include "jose/KeySet.h"
#include "jose/TokenSigner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::KeySet;

class TestJoseInspect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validToken();
    void unchecked();
    void algNone();
    void keyConfusion();
    void keyConfusionThroughKeySet();
    void rsaAlgWithEcKey();
    void wrongCurve();
    void jwkAlgMismatch();
    void wrongUse();
    void keyOpsWithoutVerify();
    void critHeader();
    void embeddedKeysAreIgnored_data();
    void embeddedKeysAreIgnored();
    void malformed_data();
    void malformed();
    void duplicateMembers();
    void algMissingOrUnknown();
    void tampered();
    void signerValidatesHeader();
    void toJson();

private:
    Key m_rsa, m_ec, m_hs, m_ed;
    std::string m_rsaPublicPem;
};

void TestJoseInspect::initTestCase()
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
void TestJoseInspect::validToken()
{
    const std::string token =
        signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256","typ":"JWT"})",
                R"({"sub":"u","z":1,"a":2,"exp":1700000600,"iat":1699999990,"nbf":1699999990})");
    const Inspection i = jose::inspect(token, &m_ec, nullptr, at(kNow));
    QVERIFY2(i.ok(), codes(i).c_str());
    QVERIFY(i.problems.empty());
    QCOMPARE(i.signature, Inspection::Signature::Valid);
    QCOMPARE(i.algorithm, std::optional<Algorithm>(Algorithm::ES256));
    // Member order is kept as written.
    QCOMPARE(json::toString(i.payload),
             std::string(
                 R"({"sub":"u","z":1,"a":2,"exp":1700000600,"iat":1699999990,"nbf":1699999990})"));
    QCOMPARE(json::toString(i.header), std::string(R"({"alg":"ES256","typ":"JWT"})"));
}
void TestJoseInspect::unchecked()
{
    const std::string token =
        signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256"})", R"({"exp":1700000600})");
    const Inspection i = jose::inspect(token, nullptr, nullptr, at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Unchecked);
    QVERIFY(i.ok());
    QCOMPARE(i.find("signature_unchecked")->severity, jose::Severity::Info);
}
void TestJoseInspect::algNone()
{
    for (const char* alg : {"none", "None", "NONE"}) {
        const std::string token =
            b64(R"({"alg":")" + std::string(alg) + R"("})") + "." + b64(R"({"sub":"admin"})") + ".";
        Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow));
        CHECK_REJECTED(i, "alg_none", "not signed");
        QCOMPARE(i.signature, Inspection::Signature::Invalid);
        // Without a key it is still an error.
        i = jose::inspect(token, nullptr, nullptr, at(kNow));
        CHECK_REJECTED(i, "alg_none", "never accepted");
    }
}
void TestJoseInspect::keyConfusion()
{
    // The classic attack: HS256 "signed" with the bytes of the RSA public
    // key's PEM, presented to a verifier that holds that RSA key.
    const std::string header = R"({"alg":"HS256","typ":"JWT"})";
    const std::string payload = R"({"sub":"admin","exp":1700000600})";
    const Key rsaPublic = m_rsa.publicKey();
    for (const Key* key : {&rsaPublic, static_cast<const Key*>(&m_rsa)}) {
        const Inspection i =
            jose::inspect(forgeHs256(m_rsaPublicPem, header, payload), key, nullptr, at(kNow));
        CHECK_REJECTED(i, "key_confusion", "key-confusion attack");
        QCOMPARE(i.signature, Inspection::Signature::Invalid);
    }
    // The same with the EC public key's JWK bytes and raw point.
    const Key ecPublic = m_ec.publicKey();
    const Inspection i =
        jose::inspect(forgeHs256(json::toString(ecPublic.toJwk(false)), header, payload), &ecPublic,
                      nullptr, at(kNow));
    CHECK_REJECTED(i, "key_confusion", "an EC public key on P-256");
    // And through the primitive: never a MAC with an asymmetric key.
    std::string error;
    QVERIFY(!jose::verify(rsaPublic, Algorithm::HS256, "x", std::string(32, 'a'), &error));
    QVERIFY2(error.find("key-confusion") != std::string::npos, error.c_str());
}
void TestJoseInspect::keyConfusionThroughKeySet()
{
    KeySet set;
    std::string error;
    Key rsaPublic = m_rsa.publicKey();
    QVERIFY(set.add(rsaPublic, error));
    const std::string header = R"({"alg":"HS256","kid":")" + rsaPublic.kid() + R"("})";
    const Inspection i =
        jose::inspect(forgeHs256(m_rsaPublicPem, header, "{}"), nullptr, &set, at(kNow));
    CHECK_REJECTED(i, "key_confusion", "RSA public key");
    // Without a kid no RSA key is even a candidate for HS256.
    const Inspection j = jose::inspect(forgeHs256(m_rsaPublicPem, R"({"alg":"HS256"})", "{}"),
                                       nullptr, &set, at(kNow));
    CHECK_REJECTED(j, "no_matching_key", "HS256");
}
void TestJoseInspect::rsaAlgWithEcKey()
{
    const std::string token = signRaw(m_rsa, Algorithm::RS256, R"({"alg":"RS256"})", "{}");
    const Key ecPublic = m_ec.publicKey();
    const Inspection i = jose::inspect(token, &ecPublic, nullptr, at(kNow));
    CHECK_REJECTED(i, "key_alg_mismatch", "RS256 needs an RSA key");
    const Inspection j = jose::inspect(signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256"})", "{}"),
                                       &m_rsa, nullptr, at(kNow));
    CHECK_REJECTED(j, "key_alg_mismatch", "ES256 needs an EC key on P-256");
    const Inspection k = jose::inspect(signRaw(m_ed, Algorithm::EdDSA, R"({"alg":"EdDSA"})", "{}"),
                                       &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(k, "key_alg_mismatch", "EdDSA needs an Ed25519 key");
}
void TestJoseInspect::wrongCurve()
{
    // A header that claims ES384 for a P-256 key.
    std::string sig, error;
    const std::string input = b64(R"({"alg":"ES384"})") + "." + b64("{}");
    QVERIFY(jose::sign(m_ec, Algorithm::ES256, input, sig, error));
    const Inspection i = jose::inspect(input + "." + b64(sig), &m_ec, nullptr, at(kNow));
    CHECK_REJECTED(i, "wrong_curve", "needs an EC key on P-384");
}
void TestJoseInspect::jwkAlgMismatch()
{
    // The RSA key is declared for RS256; a PS256 token from the same key
    // (a valid RSA signature) is still refused.
    json::Value jwk = m_rsa.toJwk(true);
    jwk.set("alg", "RS256");
    Key bound;
    std::string error;
    QVERIFY2(Key::fromJwk(jwk, bound, error), error.c_str());
    const std::string token = signRaw(m_rsa, Algorithm::PS256, R"({"alg":"PS256"})", "{}");
    QVERIFY(jose::inspect(token, &m_rsa, nullptr, at(kNow)).signature ==
            Inspection::Signature::Valid);
    const Inspection i = jose::inspect(token, &bound, nullptr, at(kNow));
    CHECK_REJECTED(i, "key_alg_mismatch", "declared for RS256");
    // An unregistered JWK alg binds too (Wycheproof's "ES521").
    json::Value ec = m_ec.toJwk(false);
    ec.set("alg", "ES521");
    QVERIFY(Key::fromJwk(ec, bound, error));
    const Inspection j = jose::inspect(signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256"})", "{}"),
                                       &bound, nullptr, at(kNow));
    CHECK_REJECTED(j, "key_alg_mismatch", "declared for ES521");
}
void TestJoseInspect::wrongUse()
{
    json::Value jwk = m_ec.toJwk(false);
    jwk.set("use", "enc");
    Key key;
    std::string error;
    QVERIFY(Key::fromJwk(jwk, key, error));
    const Inspection i = jose::inspect(signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256"})", "{}"),
                                       &key, nullptr, at(kNow));
    CHECK_REJECTED(i, "key_wrong_use", "\"use\": \"enc\"");
}
void TestJoseInspect::keyOpsWithoutVerify()
{
    json::Value jwk = m_ec.toJwk(false);
    jwk.set("key_ops", json::Value::array({"encrypt", "sign, verify"}));
    Key key;
    std::string error;
    QVERIFY(Key::fromJwk(jwk, key, error));
    const Inspection i = jose::inspect(signRaw(m_ec, Algorithm::ES256, R"({"alg":"ES256"})", "{}"),
                                       &key, nullptr, at(kNow));
    CHECK_REJECTED(i, "key_wrong_use", "\"key_ops\" does not include \"verify\"");
}
void TestJoseInspect::critHeader()
{
    for (const char* header :
         {R"({"alg":"HS256","crit":["exp"],"exp":1})",
          R"({"alg":"HS256","crit":["b64"],"b64":false})", R"({"alg":"HS256","crit":[]})"}) {
        const Inspection i =
            jose::inspect(signRaw(m_hs, Algorithm::HS256, header, "{}"), &m_hs, nullptr, at(kNow));
        CHECK_REJECTED(i, "crit_unsupported", "RFC 7515 §4.1.11");
        QCOMPARE(i.signature, Inspection::Signature::Invalid);
    }
}
void TestJoseInspect::embeddedKeysAreIgnored_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::newRow("jwk") << QByteArray("jwk");
    QTest::newRow("jku") << QByteArray("jku");
    QTest::newRow("x5u") << QByteArray("x5u");
    QTest::newRow("x5c") << QByteArray("x5c");
}
void TestJoseInspect::embeddedKeysAreIgnored()
{
    // The attacker signs with their own key and embeds (or links) it.
    QFETCH(QByteArray, member);
    Key attacker;
    std::string error;
    QVERIFY(Key::generate(Algorithm::ES256, 0, attacker, error));
    json::Value header = json::Value::object({{"alg", "ES256"}});
    if (member == "jwk")
        header.set("jwk", attacker.publicKey().toJwk(false));
    else if (member == "x5c")
        header.set("x5c", json::Value::array({"MIIB"}));
    else
        header.set(str(member), "https://attacker.example/keys");
    const std::string token =
        signRaw(attacker, Algorithm::ES256, json::toString(header), R"({"sub":"admin"})");
    const Key ours = m_ec.publicKey();
    Inspection i = jose::inspect(token, &ours, nullptr, at(kNow));
    CHECK_REJECTED(i, "bad_signature", "signed with another key");
    QCOMPARE(i.find("embedded_key_ignored")->severity, jose::Severity::Warning);
    // With no key of ours the signature is unchecked, never "valid".
    i = jose::inspect(token, nullptr, nullptr, at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Unchecked);
    QVERIFY(i.find("embedded_key_ignored"));
}
void TestJoseInspect::malformed_data()
{
    const std::string good =
        signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", R"({"sub":"u?"})");
    jose::CompactParts p;
    jose::splitCompact(good, p);
    const std::string h(p.header), pl(p.payload), s(p.signature);
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("phrase");
    const auto row = [](const char* name, const std::string& token, const char* code,
                        const char* phrase) {
        QTest::newRow(name) << qbytes(token) << QByteArray(code) << QByteArray(phrase);
    };
    row("empty", "", "empty_token", "no token");
    row("one part", h, "wrong_segment_count", "has 1 part;");
    row("two parts", h + "." + pl, "wrong_segment_count", "cut off");
    row("four parts (trailing data)", good + ".eyJ9", "wrong_segment_count", "has 4 parts");
    row("trailing dot", good + ".", "wrong_segment_count", "has 4 parts");
    row("five parts (JWE)", h + "." + pl + "." + s + ".a.b", "wrong_segment_count", "(JWE)");
    row("JSON serialization", R"({"payload":")" + pl + R"(","signatures":[]})",
        "json_serialization", "compact form");
    row("trailing newline", good + "\n", "bad_base64", "whitespace");
    row("trailing space", good + " ", "bad_base64", "whitespace");
    row("space in header", h.substr(0, 4) + " " + h.substr(4) + "." + pl + "." + s, "bad_base64",
        "header part contains whitespace");
    row("padding in signature", good + "=", "bad_base64", "padding");
    row("padding in payload", h + "." + pl + "=." + s, "bad_base64", "payload part has '='");
    row("standard alphabet", h + "." + pl + "." + s.substr(0, 5) + "+" + s.substr(6), "bad_base64",
        "standard base64 alphabet");
    row("non-alphabet character", h + "." + pl + "." + s.substr(0, 5) + "?" + s.substr(6),
        "bad_base64", "not base64url at position 6");
    row("impossible length", h + "." + pl + "." + s + "AB", "bad_base64", "impossible length");
    row("non-canonical trailing bits", h + "." + pl + "." + s.substr(0, s.size() - 1) + "B",
        "bad_base64", "trailing bits");
    row("header not JSON", b64("{alg:HS256}") + "." + pl + "." + s, "bad_header_json",
        "not valid JSON");
    row("header not an object", b64(R"(["HS256"])") + "." + pl + "." + s, "bad_header_json",
        "JSON object");
    row("header with trailing data", b64(R"({"alg":"HS256"} x)") + "." + pl + "." + s,
        "bad_header_json", "not valid JSON");
    row("empty signature", h + "." + pl + ".", "bad_signature", "no signature");
    row("short signature", h + "." + pl + "." + s.substr(0, 40), "bad_signature",
        "has 30 bytes; HS256 with this key makes 32");
}
void TestJoseInspect::malformed()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, phrase);
    const Inspection i = jose::inspect(str(token), &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(i, code.constData(), phrase.constData());
    QCOMPARE(i.signature, Inspection::Signature::Invalid);
    std::string payload;
    QVERIFY(!jose::verifyCompact(m_hs, Algorithm::HS256, str(token), payload));
}
void TestJoseInspect::duplicateMembers()
{
    // A verifier reading the first "alg" and another reading the last would disagree.
    Inspection i =
        jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256","alg":"none"})", "{}"),
                      &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(i, "duplicate_header_member", "\"alg\"");
    QVERIFY(i.header.isNull());
    i = jose::inspect(
        signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS256"})", R"({"sub":"user","sub":"admin"})"),
        &m_hs, nullptr, at(kNow));
    CHECK_REJECTED(i, "duplicate_claim", "\"sub\"");
}
void TestJoseInspect::algMissingOrUnknown()
{
    Inspection i =
        jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"typ":"JWT"})", "{}"), &m_hs, nullptr);
    CHECK_REJECTED(i, "alg_missing", "no \"alg\"");
    i = jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"HS1024"})", "{}"), &m_hs, nullptr);
    CHECK_REJECTED(i, "alg_unknown", "\"HS1024\"");
    i = jose::inspect(signRaw(m_hs, Algorithm::HS256, R"({"alg":"hs256"})", "{}"), &m_hs, nullptr);
    CHECK_REJECTED(i, "alg_unknown", "\"hs256\"");
}
void TestJoseInspect::tampered()
{
    const std::string token =
        signRaw(m_rsa, Algorithm::PS384, R"({"alg":"PS384"})", R"({"role":"user"})");
    jose::CompactParts p;
    QVERIFY(jose::splitCompact(token, p));
    const std::string s(p.signature);
    std::string sig = unb64(s);
    sig[10] = static_cast<char>(sig[10] ^ 1);
    for (const std::string& t :
         {std::string(p.header) + "." + b64(R"({"role":"admin"})") + "." + s,
          b64(R"({"alg":"PS384","x":1})") + "." + std::string(p.payload) + "." + s,
          std::string(p.signingInput) + "." + b64(sig)}) {
        const Inspection i = jose::inspect(t, &m_rsa, nullptr, at(kNow));
        CHECK_REJECTED(i, "bad_signature", "changed after it was signed");
    }
}
void TestJoseInspect::signerValidatesHeader()
{
    std::string error;
    jose::TokenSigner signer;
    QVERIFY(!jose::TokenSigner::createEncoded(m_hs, Algorithm::HS256, b64(R"({"alg":"HS512"})"),
                                              signer, error));
    QVERIFY2(error.find("\"HS256\"") != std::string::npos, error.c_str());
    QVERIFY(!jose::TokenSigner::createEncoded(
        m_hs, Algorithm::HS256, b64(R"({"alg":"HS256","crit":["x"]})"), signer, error));
    QVERIFY(!jose::TokenSigner::createEncoded(m_hs, Algorithm::HS256,
                                              b64(R"({"alg":"HS256"})") + "=", signer, error));
    QVERIFY(!jose::TokenSigner::create(m_rsa.publicKey(), Algorithm::RS256, "k", signer, error));
    QVERIFY2(error.find("private key") != std::string::npos, error.c_str());
    QVERIFY(!jose::TokenSigner::create(m_rsa, Algorithm::HS256, "k", signer, error));
    QVERIFY2(error.find("key-confusion") != std::string::npos, error.c_str());

    // A pre-encoded header with odd spacing is used exactly as given.
    const std::string encoded = b64("{ \"alg\" : \"HS256\" }");
    QVERIFY2(jose::TokenSigner::createEncoded(m_hs, Algorithm::HS256, encoded, signer, error),
             error.c_str());
    std::string token;
    QVERIFY(signer.sign(R"({"a":1})", token));
    QVERIFY(token.starts_with(encoded + "." + b64(R"({"a":1})") + "."));
    const Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow));
    QCOMPARE(i.signature, Inspection::Signature::Valid);
}
void TestJoseInspect::toJson()
{
    const std::string token = b64(R"({"alg":"none"})") + "." + b64(R"({"sub":"a","exp":1})") + ".";
    const Inspection i = jose::inspect(token, &m_hs, nullptr, at(kNow));
    const json::Value j = i.toJson();
    QCOMPARE(json::toString(*j.find("header")), std::string(R"({"alg":"none"})"));
    QCOMPARE(json::toString(*j.find("payload")), std::string(R"({"sub":"a","exp":1})"));
    QCOMPARE(member(j, "signature"), std::string("invalid"));
    const json::Value& problems = *j.find("problems");
    QCOMPARE(problems.size(), std::size_t{2});
    QCOMPARE(member(*problems.at(0), "code"), std::string("alg_none"));
    QCOMPARE(member(*problems.at(0), "severity"), std::string("error"));
    QCOMPARE(member(*problems.at(1), "code"), std::string("expired"));
    QVERIFY(member(*problems.at(1), "message").find("1970-01-01T00:00:01Z") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestJoseInspect)
#include "tst_jose_inspect.moc"
