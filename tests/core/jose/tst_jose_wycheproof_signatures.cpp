// Wycheproof signature and MAC vectors (../shared/testdata/wycheproof) run
// through the JWS primitives jose::sign / jose::verify: ECDSA in the P1363
// (r‖s) form JWS uses, RSASSA-PKCS1-v1_5, RSASSA-PSS, Ed25519 and HMAC.

#include "JoseTestUtil.h"
#include "jose/Jws.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::Algorithm;
using claimsmith::jose::Key;

namespace {

json::Value wycheproof(const char* file)
{
    return test::readJsonFile(
        test::sharedPath(u"testdata/wycheproof/"_s + QLatin1StringView(file)));
}

void addSignatureRows(const char* file, const char* alg, std::size_t expectedCount)
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("alg");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("sig");
    QTest::addColumn<QByteArray>("result");
    const json::Value doc = wycheproof(file);
    std::size_t count = 0;
    for (const json::Value& group : doc.find("testGroups")->array()) {
        // PKCS#1 groups call their JWK "keyJwk"; the others "publicKeyJwk".
        const json::Value* jwk = group.find("publicKeyJwk");
        if (!jwk)
            jwk = group.find("keyJwk");
        const QByteArray jwkText = jwk ? jsonText(*jwk) : QByteArray();
        const QByteArray pem = qbytes(member(group, "publicKeyPem"));
        for (const json::Value& t : group.find("tests")->array()) {
            QTest::newRow(std::to_string(t.find("tcId")->toInt64()).c_str())
                << jwkText << pem << QByteArray(alg) << qbytes(fromHex(member(t, "msg")))
                << qbytes(fromHex(member(t, "sig"))) << qbytes(member(t, "result"));
            ++count;
        }
    }
    QCOMPARE(count, expectedCount);
    QCOMPARE(static_cast<std::size_t>(doc.find("numberOfTests")->toInt64()), expectedCount);
}

void checkSignatureRow()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, alg);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, sig);
    QFETCH(QByteArray, result);
    std::string error;
    Key fromPem;
    QVERIFY2(Key::fromPem(str(pem), fromPem, error), error.c_str());
    Key key = fromPem;
    if (!jwk.isEmpty()) {
        QVERIFY2(keyFromJwkText(jwk, key, error), error.c_str());
        // The JWK and the SPKI PEM of the group are the same key.
        QCOMPARE(key.thumbprint(), fromPem.thumbprint());
    }
    const auto a = jose::algorithmFromName(str(alg));
    QVERIFY(a);
    const bool verified = jose::verify(key, *a, str(msg), str(sig), &error);
    QVERIFY2(error.empty(), error.c_str());
    if (result == "valid") {
        QVERIFY(verified);
    } else if (result == "invalid") {
        QVERIFY(!verified);
    } else {
        // The one "acceptable" vector (RSA PKCS#1 tcId 8, MissingNull: the
        // DigestInfo lacks the NULL parameters). OpenSSL's verifier compares
        // the whole encoded DigestInfo, so the legacy form is rejected, which
        // is the strict choice Wycheproof recommends.
        QCOMPARE(result, QByteArray("acceptable"));
        QVERIFY(!verified);
    }
}

} // namespace

class TestJoseWycheproofSignatures : public QObject
{
    Q_OBJECT

private slots:
    void ecdsaP256_data()
    {
        addSignatureRows("ecdsa_secp256r1_sha256_p1363_test.json", "ES256", 262);
    }
    void ecdsaP256() { checkSignatureRow(); }
    void ecdsaP384_data()
    {
        addSignatureRows("ecdsa_secp384r1_sha384_p1363_test.json", "ES384", 280);
    }
    void ecdsaP384() { checkSignatureRow(); }
    void ecdsaP521_data()
    {
        addSignatureRows("ecdsa_secp521r1_sha512_p1363_test.json", "ES512", 318);
    }
    void ecdsaP521() { checkSignatureRow(); }
    void rsaPkcs1_data() { addSignatureRows("rsa_signature_2048_sha256_test.json", "RS256", 259); }
    void rsaPkcs1() { checkSignatureRow(); }
    void rsaPss_data() { addSignatureRows("rsa_pss_2048_sha256_mgf1_32_test.json", "PS256", 108); }
    void rsaPss() { checkSignatureRow(); }
    void ed25519_data() { addSignatureRows("ed25519_test.json", "EdDSA", 151); }
    void ed25519() { checkSignatureRow(); }

    void hmacSha256_data() { addMacRows("hmac_sha256_test.json", "HS256"); }
    void hmacSha256() { checkMacRow(); }
    void hmacSha384_data() { addMacRows("hmac_sha384_test.json", "HS384"); }
    void hmacSha384() { checkMacRow(); }
    void hmacSha512_data() { addMacRows("hmac_sha512_test.json", "HS512"); }
    void hmacSha512() { checkMacRow(); }

private:
    static void addMacRows(const char* file, const char* alg);
    static void checkMacRow();
};

void TestJoseWycheproofSignatures::addMacRows(const char* file, const char* alg)
{
    QTest::addColumn<QByteArray>("alg");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<int>("tagBytes");
    QTest::addColumn<QByteArray>("result");
    const json::Value doc = wycheproof(file);
    std::size_t count = 0;
    for (const json::Value& group : doc.find("testGroups")->array()) {
        const int tagBytes = static_cast<int>(group.find("tagSize")->toInt64() / 8);
        for (const json::Value& t : group.find("tests")->array()) {
            QTest::newRow(std::to_string(t.find("tcId")->toInt64()).c_str())
                << QByteArray(alg) << qbytes(fromHex(member(t, "key")))
                << qbytes(fromHex(member(t, "msg"))) << qbytes(fromHex(member(t, "tag")))
                << tagBytes << qbytes(member(t, "result"));
            ++count;
        }
    }
    QCOMPARE(count, static_cast<std::size_t>(doc.find("numberOfTests")->toInt64()));
}

// JWS HS* always uses the full tag, and its keys must be at least as long as
// the hash (RFC 7518 §3.2). So:
// - full-size tags: the JWS verifier accepts every valid tag and rejects
//   every invalid one, and signing reproduces the valid ones;
// - truncated tags (tagSize < hash size): the JWS verifier rejects them all,
//   and the MAC arithmetic is still checked: the first tagSize/8 bytes of our
//   signature equal a valid tag and differ from an invalid one;
// - keys shorter than the hash: the key policy refuses them (weak_key), and
//   the arithmetic is checked with the key zero-padded to the hash size,
//   which HMAC treats as the same key (keys shorter than the block are
//   zero-padded, RFC 2104 §2).
void TestJoseWycheproofSignatures::checkMacRow()
{
    QFETCH(QByteArray, alg);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, tag);
    QFETCH(int, tagBytes);
    QFETCH(QByteArray, result);
    const Algorithm a = *jose::algorithmFromName(str(alg));
    const auto hashBytes = jose::hashSize(a);
    std::string error;
    Key k;
    QVERIFY2(Key::fromSecret(str(key), k, error), error.c_str());
    if (key.size() < hashBytes) {
        const auto problem = k.checkUse(a, jose::KeyOperation::Verify);
        QVERIFY(problem);
        QCOMPARE(problem->code, std::string("weak_key"));
        QVERIFY(!jose::verify(k, a, str(msg), str(tag)));
        QByteArray padded = key;
        padded.append(QByteArray(hashBytes - key.size(), '\0'));
        QVERIFY2(Key::fromSecret(str(padded), k, error), error.c_str());
    }
    const bool verified = jose::verify(k, a, str(msg), str(tag), &error);
    QVERIFY2(error.empty(), error.c_str());
    std::string mac;
    QVERIFY2(jose::sign(k, a, str(msg), mac, error), error.c_str());
    QCOMPARE(static_cast<int>(mac.size()), hashBytes);
    const bool prefixMatches = qbytes(mac.substr(0, static_cast<std::size_t>(tagBytes))) == tag;
    QCOMPARE(prefixMatches, result == "valid");
    if (tagBytes < hashBytes)
        QVERIFY(!verified); // a truncated tag is never a JWS signature
    else
        QCOMPARE(verified, result == "valid");
}

QTEST_APPLESS_MAIN(TestJoseWycheproofSignatures)
#include "tst_jose_wycheproof_signatures.moc"
