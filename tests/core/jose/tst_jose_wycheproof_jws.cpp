// Wycheproof JSON Web Signature and JSON Web Key suites
// (../shared/testdata/wycheproof) through the token inspector, the fast
// verifyCompact path and KeySet.

#include "JoseTestUtil.h"
#include "jose/Inspector.h"
#include "jose/Jws.h"

#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::test::jose;
using claimsmith::jose::Key;
using claimsmith::jose::KeySet;

namespace {

json::Value wycheproof(const char* file)
{
    return test::readJsonFile(
        test::sharedPath(u"testdata/wycheproof/"_s + QLatin1StringView(file)));
}

// Where this implementation deliberately differs from the label, as the
// README of the vectors documents; the outcome is asserted, not skipped.
struct Override
{
    bool accept;
    const char* code; // the problem code the rejection must carry, or ""
};

const std::map<std::int64_t, Override>& jwsOverrides()
{
    static const std::map<std::int64_t, Override> overrides = {
        // Labelled invalid (invalidBase64Padding, invalidBase64PaddingInPayload)
        // but byte-identical to tcId 357 (ValidMac): the padding was lost
        // upstream (C2SP/wycheproof issue #236). The token is valid, so it
        // must verify.
        {367, {true, ""}},
        {370, {true, ""}},
        // Labelled valid but a '?' sits inside a base64url segment (the MAC
        // was computed without it). RFC 7515 requires base64url, so reject.
        {372, {false, "bad_base64"}},
        {373, {false, "bad_base64"}},
        // Labelled valid, but the JWK's own "alg" (PS256, or the unregistered
        // "ES521") differs from the header's (PS384, ES512). The key's alg
        // binds it, as the ps512 group (tcIds 332–340) demands, so reject.
        {346, {false, "key_alg_mismatch"}},
        {347, {false, "key_alg_mismatch"}},
        {350, {false, "key_alg_mismatch"}},
        {351, {false, "key_alg_mismatch"}},
    };
    return overrides;
}

// Rejections whose reason is pinned down (the rest only need to be rejected).
const std::map<std::int64_t, const char*>& jwsReasons()
{
    static const std::map<std::int64_t, const char*> reasons = {
        {2, "bad_signature"},        {3, "bad_signature"},        {13, "empty_token"},
        {14, "wrong_segment_count"}, {15, "wrong_segment_count"}, {16, "alg_none"},
        {17, "json_serialization"},  {31, "key_confusion"},       {32, "bad_signature"},
        {332, "key_alg_mismatch"},   {341, "alg_none"},           {342, "alg_none"},
        {353, "key_wrong_use"},      {354, "key_wrong_use"},      {355, "key_wrong_use"},
        {356, "key_wrong_use"},      {360, "bad_base64"},         {367, ""},
        {374, "bad_base64"},         {379, "bad_signature"},      {380, "bad_signature"},
        {385, "bad_signature"},
    };
    return reasons;
}

} // namespace

class TestJoseWycheproofJws : public QObject
{
    Q_OBJECT

private slots:
    void jsonWebSignature_data();
    void jsonWebSignature();
    void jsonWebKey_data();
    void jsonWebKey();
};

void TestJoseWycheproofJws::jsonWebSignature_data()
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QByteArray>("jws");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QByteArray>("code");
    const json::Value doc = wycheproof("json_web_signature_test.json");
    std::size_t count = 0;
    for (const json::Value& group : doc.find("testGroups")->array()) {
        // Verify with the public JWK when there is one, else the secret.
        const json::Value* jwk = group.find("public");
        if (!jwk)
            jwk = group.find("private");
        for (const json::Value& t : group.find("tests")->array()) {
            const std::int64_t id = t.find("tcId")->toInt64();
            bool accept = member(t, "result") == "valid";
            QByteArray code;
            if (const auto o = jwsOverrides().find(id); o != jwsOverrides().end()) {
                QCOMPARE(accept, !o->second.accept); // still disagrees with the label
                accept = o->second.accept;
                code = o->second.code;
            } else if (const auto r = jwsReasons().find(id); r != jwsReasons().end()) {
                code = r->second;
            }
            // tcId 17 holds a JSON serialization (an object), not a string.
            const json::Value& jws = *t.find("jws");
            QTest::newRow(std::to_string(id).c_str())
                << jsonText(*jwk) << (jws.isString() ? qbytes(jws.string()) : jsonText(jws))
                << accept << code;
            ++count;
        }
    }
    QCOMPARE(count, std::size_t{401});
}

void TestJoseWycheproofJws::jsonWebSignature()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QByteArray, jws);
    QFETCH(bool, accept);
    QFETCH(QByteArray, code);
    Key key;
    std::string error;
    QVERIFY2(keyFromJwkText(jwk, key, error), error.c_str());
    const jose::Inspection inspection = jose::inspect(str(jws), &key, nullptr);
    const bool valid = inspection.signature == jose::Inspection::Signature::Valid;
    if (accept) {
        QVERIFY2(valid && inspection.ok(),
                 inspection.problems.empty() ? "" : inspection.problems.front().message.c_str());
    } else {
        QVERIFY(!valid);
        QVERIFY(!inspection.ok());
        if (!code.isEmpty())
            QVERIFY2(inspection.find(str(code)), json::toString(inspection.toJson()).c_str());
    }
    // The fast path agrees whenever the header names a known algorithm.
    if (inspection.algorithm) {
        std::string payload;
        QCOMPARE(jose::verifyCompact(key, *inspection.algorithm, str(jws), payload), accept);
        if (accept)
            QCOMPARE(payload, inspection.payloadText);
    }
}

void TestJoseWycheproofJws::jsonWebKey_data()
{
    QTest::addColumn<QByteArray>("jwks");
    QTest::addColumn<QByteArray>("jws");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QByteArray>("reason");
    // Why each invalid case is refused: a problem code from inspect(), or a
    // phrase of the KeySet import error.
    static const std::map<std::int64_t, const char*> reasons = {
        {1, "mixes public and private keys"},
        {3, "bad_signature"},
        {4, "two keys have the kid"},
        {6, "key_wrong_use"},
        {7, "ROCA"},
        {8, "at least 2048 are needed"},
        {9, "public exponent is 1"},
        {10, "must be at least 32 bytes"},
        {11, "must be at least 48 bytes"},
        {12, "must be at least 64 bytes"},
        {16, "the HMAC key is empty"},
        {17, "the HMAC key is empty"},
        {18, "the HMAC key is empty"},
        {19, "key_alg_mismatch"},
        {20, "key_alg_mismatch"},
        {21, "key_wrong_use"},
        {22, "not a valid point on P-256"},
        {23, "must be 48 bytes"},
        {24, "has no \"n\""},
        {25, "key_alg_mismatch"},
        {26, "key_alg_mismatch"},
    };
    const json::Value doc = wycheproof("json_web_key_test.json");
    std::size_t count = 0;
    for (const json::Value& group : doc.find("testGroups")->array()) {
        const json::Value* jwks = group.find("public");
        if (!jwks)
            jwks = group.find("private");
        for (const json::Value& t : group.find("tests")->array()) {
            const std::int64_t id = t.find("tcId")->toInt64();
            const bool accept = member(t, "result") == "valid";
            const auto r = reasons.find(id);
            QCOMPARE(r == reasons.end(), accept);
            QTest::newRow(std::to_string(id).c_str())
                << jsonText(*jwks) << qbytes(member(t, "jws")) << accept
                << QByteArray(accept ? "" : r->second);
            ++count;
        }
    }
    QCOMPARE(count, std::size_t{26});
}

void TestJoseWycheproofJws::jsonWebKey()
{
    QFETCH(QByteArray, jwks);
    QFETCH(QByteArray, jws);
    QFETCH(bool, accept);
    QFETCH(QByteArray, reason);
    KeySet set;
    std::string error;
    if (!KeySet::fromJwksText(str(jwks), set, error)) {
        QVERIFY2(!accept, error.c_str());
        QVERIFY2(error.find(str(reason)) != std::string::npos, error.c_str());
        return;
    }
    const jose::Inspection inspection = jose::inspect(str(jws), nullptr, &set);
    if (accept) {
        QCOMPARE(jose::signatureName(inspection.signature), std::string_view("valid"));
        QVERIFY(inspection.ok());
    } else {
        QVERIFY(!inspection.ok());
        QVERIFY(inspection.signature != jose::Inspection::Signature::Valid);
        QVERIFY2(inspection.find(str(reason)), json::toString(inspection.toJson()).c_str());
    }
}

QTEST_APPLESS_MAIN(TestJoseWycheproofJws)
#include "tst_jose_wycheproof_jws.moc"
