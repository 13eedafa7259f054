// ZITADEL ListUsers responses (user service v2 and management v1), with
// base64 metadata values, machine users and bad records.

#include "StoreIoTestSupport.h"
#include "TempStore.h"
#include "json/Writer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
namespace io = store::io;

class TestStoreIoZitadel : public QObject
{
    Q_OBJECT

private slots:
    void userServiceV2();
    void managementV1();
    void shapesOfTheDocument();
};

void TestStoreIoZitadel::userServiceV2()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(
        *s, test::sourcePath(u"tests/data/import/zitadel-v2.json"_s), io::Format::Zitadel, false);
    QCOMPARE(r.errors.size(), 2u);
    QCOMPARE(r.errors[0].record, 3);
    QCOMPARE(r.errors[0].line, 36);
    QCOMPARE(r.errors[0].field, std::string("metadata[0].value"));
    QVERIFY2(r.errors[0].message.starts_with("metadata[0].value: is not base64"),
             r.errors[0].message.c_str());
    QCOMPARE(r.errors[1].record, 4);
    QCOMPARE(r.errors[1].line, 41);
    QCOMPARE(r.errors[1].field, std::string("human.email.email"));
    QCOMPARE(r.errors[1].message, std::string("human.email.email: required"));

    // The machine user is a note; so is the metadata value that is not text.
    QCOMPARE(r.warnings.size(), 2u);
    QCOMPARE(r.warnings[0].line, 4);
    QCOMPARE(r.warnings[0].message,
             std::string("metadata.blob: the value is not UTF-8 text; kept as its base64 form"));
    QCOMPARE(r.warnings[1].record, 2);
    QCOMPARE(r.warnings[1].line, 31);
    QVERIFY2(r.warnings[1].message.starts_with("machine user 259242039378444291 (ci-bot) not "
                                               "imported"),
             r.warnings[1].message.c_str());
    QCOMPARE(r.counts.users, 1);
    QCOMPARE(r.counts.ignored, 1);
    QCOMPARE(r.counts.skipped, 2);

    const auto minnie = s->userByExternalId("259242039378444290");
    QVERIFY(minnie);
    QCOMPARE(minnie->email, std::string("minnie@example.com"));
    QVERIFY(minnie->emailVerified);
    QCOMPARE(*minnie->firstName, std::string("Minnie"));
    QCOMPARE(*minnie->lastName, std::string("Mouse"));
    QCOMPARE(json::toString(minnie->metadata),
             std::string("{\"department\":\"Engineering\",\"blob\":\"/"
                         "/79\"}"));
    QCOMPARE(minnie->createdAt, *model::parseIsoTime("2024-02-01T10:00:00.123Z"));
    QCOMPARE(minnie->updatedAt, *model::parseIsoTime("2024-03-01T10:00:00Z"));
}

void TestStoreIoZitadel::managementV1()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(
        *s, test::sourcePath(u"tests/data/import/zitadel-v1.json"_s), io::Format::Zitadel);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    const auto goofy = s->userByExternalId("100000000000000001");
    QVERIFY(goofy);
    QCOMPARE(goofy->email, std::string("goofy@example.com"));
    QVERIFY(goofy->emailVerified);
    QCOMPARE(*goofy->firstName, std::string("Goofy"));
    QCOMPARE(*goofy->lastName, std::string("Goof"));
    QCOMPARE(goofy->createdAt, *model::parseIsoTime("2023-01-15T01:30:15.010Z"));
}

void TestStoreIoZitadel::shapesOfTheDocument()
{
    test::TempStore s;
    // A bare array (jq .result).
    io::ImportResult r = test::importText(
        *s,
        R"([{"userId":"1","human":{"email":{"email":"a@example.com"},"profile":{"givenName":"A"}},)"
        R"("metadata":[{"key":"json","value":"eyJhIjoxfQ=="}]}])",
        io::Format::Zitadel);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    // Decoded text stays text, even when it looks like JSON.
    QCOMPARE(json::toString(s->userByExternalId("1")->metadata),
             std::string(R"({"json":"{\"a\":1}"})"));
    // No "result": no users.
    r = test::importText(*s, R"({"details":{"totalResult":"0"}})", io::Format::Zitadel);
    QVERIFY(r.clean());
    QCOMPARE(r.counts.records, 0);
    // Not a list of users at all.
    r = test::importText(*s, R"({"result":{"userId":"1"}})", io::Format::Zitadel);
    QCOMPARE(test::problemsText(r.errors),
             std::string("1: result: must be an array, not an object\n"));
    r = test::importText(*s, "{\"result\": [\n{\"userId\": 7, \"human\": {}}]}",
                         io::Format::Zitadel);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors[0].line, 2);
    QCOMPARE(r.errors[0].field, std::string("userId"));
    QCOMPARE(r.errors[0].message, std::string("userId: must be a string, not a number"));
    // A metadata key twice.
    r = test::importText(*s,
                         R"({"result":[{"userId":"9","human":{"email":{"email":"k@example.com"}},)"
                         R"("metadata":[{"key":"k","value":"YQ=="},{"key":"k","value":"Yg=="}]}]})",
                         io::Format::Zitadel);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors[0].field, std::string("metadata[1].key"));
}

QTEST_GUILESS_MAIN(TestStoreIoZitadel)
#include "tst_storeio_zitadel.moc"
