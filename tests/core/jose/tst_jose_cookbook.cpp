// Known-answer JWS from RFC 7515 App. A, RFC 7520 §3–4 and RFC 8037 App. A
// (../shared/testdata/jose-cookbook, see its README).

#include "JoseTestUtil.h"
#include "jose/Inspector.h"
#include "jose/Jws.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::Algorithm;
using claimsmith::jose::Key;

namespace {

json::Value cookbook(const char* file)
{
    return test::readJsonFile(
        test::sharedPath(u"testdata/jose-cookbook/"_s + QLatin1StringView(file)));
}

Algorithm alg(const std::string& name)
{
    const auto a = jose::algorithmFromName(name);
    if (!a)
        throw std::runtime_error("unknown alg in test data: " + name);
    return *a;
}

} // namespace

class TestJoseCookbook : public QObject
{
    Q_OBJECT

private slots:
    void indexVectors_data();
    void indexVectors();
    void unsecuredIsRejected_data();
    void unsecuredIsRejected();
    void thumbprints_data();
    void thumbprints();
    void jsonSerializationOnly_data();
    void jsonSerializationOnly();
    void rfc7520Keys_data();
    void rfc7520Keys();
};

void TestJoseCookbook::indexVectors_data()
{
    QTest::addColumn<QByteArray>("vector");
    const json::Value index = cookbook("jws_index.json");
    const json::Value* vectors = index.find("vectors");
    QVERIFY(vectors && vectors->isArray());
    QCOMPARE(vectors->size(), std::size_t{31});
    for (const json::Value& v : vectors->array())
        QTest::newRow(member(v, "id").c_str()) << jsonText(v);
}

void TestJoseCookbook::indexVectors()
{
    QFETCH(QByteArray, vector);
    const json::Value v = json::parse(str(vector)).value;
    const Algorithm a = alg(member(v, "alg"));
    const std::string& protectedB64 = member(v, "protected_b64u");
    const std::string& payloadB64 = member(v, "payload_b64u");
    // Sign over protected_b64u exactly as given (RFC 7515 A.1 has CR LF in it).
    const std::string signingInput = protectedB64 + "." + payloadB64;
    QCOMPARE(signingInput, member(v, "signingInput"));
    const std::string signature = unb64(member(v, "signature_b64u"));

    const json::Value* jwk = v.find("jwk");
    const json::Value* jwkPublic = v.find("jwkPublic");
    std::string error;
    Key privateKey, verifyKey;
    if (jwk && !jwk->isNull())
        QVERIFY2(Key::fromJwk(*jwk, privateKey, error), error.c_str());
    if (jwkPublic && !jwkPublic->isNull())
        QVERIFY2(Key::fromJwk(*jwkPublic, verifyKey, error), error.c_str());
    else
        verifyKey = privateKey; // oct
    QVERIFY(!verifyKey.isNull());

    // Every vector verifies, and stops verifying when the input changes.
    QVERIFY2(jose::verify(verifyKey, a, signingInput, signature, &error), error.c_str());
    QVERIFY(!jose::verify(verifyKey, a, signingInput + "x", signature));
    std::string flipped = signature;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
    QVERIFY(!jose::verify(verifyKey, a, signingInput, flipped));

    // The whole token through the inspector (a detached payload is put back).
    std::string compact = member(v, "compact");
    if (v.find("detachedPayload")->toBool()) {
        jose::CompactParts parts;
        QVERIFY(jose::splitCompact(compact, parts));
        QVERIFY(parts.payload.empty());
        compact = protectedB64 + "." + payloadB64 + "." + std::string(parts.signature);
    }
    const jose::Inspection inspection = jose::inspect(compact, &verifyKey, nullptr);
    QCOMPARE(jose::signatureName(inspection.signature), std::string_view("valid"));
    std::string payload;
    QVERIFY2(jose::verifyCompact(verifyKey, a, compact, payload, &error), error.c_str());
    QCOMPARE(b64(payload), payloadB64);

    // Deterministic algorithms (HS*, RS*, EdDSA) are reproduced byte for byte.
    if (v.find("deterministic")->toBool()) {
        QVERIFY(!privateKey.isNull());
        std::string produced;
        QVERIFY2(jose::sign(privateKey, a, signingInput, produced, error), error.c_str());
        QCOMPARE(b64(produced), member(v, "signature_b64u"));
    } else if (!privateKey.isNull()) {
        // Randomised (PS*, ES*): our own signature verifies with the public key.
        std::string produced;
        QVERIFY2(jose::sign(privateKey, a, signingInput, produced, error), error.c_str());
        QCOMPARE(produced.size(), signature.size());
        QVERIFY(jose::verify(verifyKey, a, signingInput, produced));
    }
}

void TestJoseCookbook::unsecuredIsRejected_data()
{
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<QByteArray>("jwk");
    const json::Value index = cookbook("jws_index.json");
    const json::Value& negative = index.find("negative")->array().at(0);
    QCOMPARE(member(negative, "id"), std::string("rfc7515-A.5"));
    for (const json::Value& id : negative.find("verifyWithKeys")->array()) {
        for (const json::Value& v : index.find("vectors")->array()) {
            if (member(v, "id") == id.string())
                QTest::newRow(id.string().c_str())
                    << qbytes(member(negative, "compact")) << jsonText(*v.find("jwk"));
        }
    }
}

void TestJoseCookbook::unsecuredIsRejected()
{
    QFETCH(QByteArray, compact);
    QFETCH(QByteArray, jwk);
    Key key;
    std::string error;
    QVERIFY2(keyFromJwkText(jwk, key, error), error.c_str());
    const jose::Inspection inspection = jose::inspect(str(compact), &key, nullptr);
    QCOMPARE(jose::signatureName(inspection.signature), std::string_view("invalid"));
    QVERIFY(inspection.find("alg_none"));
    QVERIFY(!inspection.ok());
}

void TestJoseCookbook::thumbprints_data()
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QByteArray>("expected");
    const json::Value index = cookbook("jws_index.json");
    for (const json::Value& t : index.find("thumbprints")->array())
        QTest::newRow(member(t, "id").c_str())
            << jsonText(*t.find("jwk")) << qbytes(member(t, "thumbprint_b64u"));
}

void TestJoseCookbook::thumbprints()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QByteArray, expected);
    Key key;
    std::string error;
    QVERIFY2(keyFromJwkText(jwk, key, error), error.c_str());
    QCOMPARE(key.thumbprint(), str(expected));
    // The thumbprint ignores kid, alg and use, and survives export and import.
    Key again;
    QVERIFY2(Key::fromJwk(key.toJwk(false), again, error), error.c_str());
    QCOMPARE(again.thumbprint(), str(expected));
}

void TestJoseCookbook::jsonSerializationOnly_data()
{
    // RFC 7520 4.6, 4.7, 4.8 exist only in the JSON serialization: the
    // signing input is built from the protected header (if any) and payload.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("alg");
    QTest::addColumn<QByteArray>("protectedB64");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("signingInput");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("deterministic");
    for (const char* file :
         {"rfc7520_4_6_protecting_specific_header_fields.json",
          "rfc7520_4_7_protecting_content_only.json", "rfc7520_4_8_multiple_signatures.json"}) {
        const json::Value doc = cookbook(file);
        const json::Value& input = *doc.find("input");
        const json::Value& signing = *doc.find("signing");
        const bool multi = signing.isArray();
        const std::size_t n = multi ? signing.size() : 1;
        for (std::size_t i = 0; i < n; ++i) {
            const json::Value& s = multi ? *signing.at(i) : signing;
            const json::Value& key = multi ? *input.find("key")->at(i) : *input.find("key");
            const std::string algName =
                multi ? input.find("alg")->at(i)->string() : input.find("alg")->string();
            // RS256 and HS256 are deterministic; the ES512 signature is verify-only.
            const bool deterministic = algName != "ES512";
            QTest::addRow("%s/%s", file, algName.c_str())
                << jsonText(key) << qbytes(algName) << qbytes(member(s, "protected_b64u"))
                << qbytes(member(input, "payload")) << qbytes(member(s, "sig-input"))
                << qbytes(member(s, "sig")) << deterministic;
        }
    }
}

void TestJoseCookbook::jsonSerializationOnly()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, alg);
    QFETCH(QByteArray, protectedB64);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, signingInput);
    QFETCH(QByteArray, signature);
    QFETCH(bool, deterministic);
    const std::string input = str(protectedB64) + "." + b64(str(payload));
    QCOMPARE(input, str(signingInput));
    Key k;
    std::string error;
    QVERIFY2(keyFromJwkText(key, k, error), error.c_str());
    const Algorithm a = ::alg(str(alg));
    QVERIFY2(jose::verify(k.publicKey().isNull() ? k : k.publicKey(), a, input,
                          unb64(str(signature)), &error),
             error.c_str());
    std::string produced;
    QVERIFY2(jose::sign(k, a, input, produced, error), error.c_str());
    if (deterministic)
        QCOMPARE(b64(produced), str(signature));
    else
        QVERIFY(jose::verify(k, a, input, produced));
}

void TestJoseCookbook::rfc7520Keys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("3.1 EC public") << u"rfc7520_3_1_ec_public_key.json"_s << false;
    QTest::newRow("3.2 EC private") << u"rfc7520_3_2_ec_private_key.json"_s << true;
    QTest::newRow("3.3 RSA public") << u"rfc7520_3_3_rsa_public_key.json"_s << false;
    QTest::newRow("3.4 RSA private") << u"rfc7520_3_4_rsa_private_key.json"_s << true;
    QTest::newRow("3.5 oct") << u"rfc7520_3_5_symmetric_key_mac_computation.json"_s << true;
}

void TestJoseCookbook::rfc7520Keys()
{
    QFETCH(QString, file);
    QFETCH(bool, isPrivate);
    const json::Value jwk =
        test::readJsonFile(test::sharedPath(u"testdata/jose-cookbook/"_s + file));
    Key key;
    std::string error;
    QVERIFY2(Key::fromJwk(jwk, key, error), error.c_str());
    QCOMPARE(key.hasPrivate(), isPrivate);
    QCOMPARE(key.kid(), member(jwk, "kid"));
    // Export gives back every member of the original, in value.
    const json::Value out = key.toJwk(true);
    for (const json::Member& m : jwk.object()) {
        const json::Value* mine = out.find(m.key);
        QVERIFY2(mine, m.key.c_str());
        QCOMPARE(json::toString(*mine), json::toString(m.value));
    }
    QCOMPARE(out.size(), jwk.size());
}

QTEST_APPLESS_MAIN(TestJoseCookbook)
#include "tst_jose_cookbook.moc"
