// Auth0 users in both of Auth0's shapes — the NDJSON user export and the
// bulk-import JSON array — with the mapping, line and record numbers, and
// the field at fault for every bad record.

#include "StoreIoTestSupport.h"
#include "TempStore.h"
#include "json/Writer.h"
#include "store/io/Importer.h"
#include "store/io/JsonDocument.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
namespace io = store::io;

class TestStoreIoAuth0 : public QObject
{
    Q_OBJECT

private slots:
    void exportNdjson();
    void bulkImportArray();
    void shapeIsTakenFromTheFirstCharacter();
    void arrayThatIsNotJson();
    void documentSizeLimit();
    void documentRecordLimit();
};

void TestStoreIoAuth0::exportNdjson()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(
        *s, test::sourcePath(u"tests/data/import/auth0-export.ndjson"_s), io::Format::Auth0, false);
    struct Expected
    {
        int line;
        const char* field;
        const char* start;
    };
    const Expected expected[] = {
        {4, "email", "email: must be a string, not a number"},
        {5, "app_metadata", "app_metadata: must be a JSON object, not an array"},
        {6, "email", "duplicate email ADA@example.com (held by user_"},
        {7, "external_id", "duplicate external_id auth0|5f7c8ec7c33c6c004bbafe82 (held by user_"},
        {8, "email", "email: required"},
        {9, "", "not valid JSON: "}, // the truncated last line
    };
    QCOMPARE(r.errors.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        QCOMPARE(r.errors[i].line, std::int64_t(expected[i].line));
        QCOMPARE(r.errors[i].record, std::int64_t(0));
        QCOMPARE(r.errors[i].field, std::string(expected[i].field));
        QVERIFY2(r.errors[i].message.starts_with(expected[i].start), r.errors[i].message.c_str());
    }
    QCOMPARE(r.counts.users, 2);
    QCOMPARE(r.counts.skipped, 6);

    const auto ada = s->userByExternalId("auth0|5f7c8ec7c33c6c004bbafe82");
    QVERIFY(ada);
    QCOMPARE(ada->email, std::string("ada@example.com"));
    QVERIFY(ada->emailVerified);
    QCOMPARE(*ada->firstName, std::string("Ada"));
    QCOMPARE(*ada->lastName, std::string("Lovelace"));
    QCOMPARE(json::toString(ada->metadata), std::string(R"({"plan":"enterprise","seats":25})"));
    QCOMPARE(json::toString(ada->userMetadata), std::string(R"({"theme":"dark"})"));
    QCOMPARE(ada->createdAt, *model::parseIsoTime("2023-03-14T09:26:53.589Z"));
    QCOMPARE(ada->updatedAt, *model::parseIsoTime("2024-01-02T10:00:00.000Z"));
    const auto grace = s->userByEmail("grace@example.com");
    QVERIFY(grace);
    QCOMPARE(*grace->externalId, std::string("google-oauth2|109372923"));
    QVERIFY(!grace->emailVerified);
    // No updated_at: the store takes created_at.
    QCOMPARE(grace->updatedAt, grace->createdAt);

    // In abort mode the first bad line stops everything.
    test::TempStore t;
    const io::ImportResult aborted = test::importFile(
        *t, test::sourcePath(u"tests/data/import/auth0-export.ndjson"_s), io::Format::Auth0, true);
    QCOMPARE(aborted.errors.size(), 1u);
    QCOMPARE(aborted.errors[0].line, 4);
    QCOMPARE(*t->userCount(), 0);
}

void TestStoreIoAuth0::bulkImportArray()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(
        *s, test::sourcePath(u"tests/data/import/auth0-bulk.json"_s), io::Format::Auth0, false);
    QCOMPARE(r.errors.size(), 2u);
    // Record numbers in the array, and the lines where the records start.
    QCOMPARE(r.errors[0].record, 3);
    QCOMPARE(r.errors[0].line, 19);
    QCOMPARE(r.errors[0].field, std::string("email_verified"));
    QCOMPARE(r.errors[0].message,
             std::string("email_verified: must be true or false, not a string"));
    QCOMPARE(r.errors[1].record, 4);
    QCOMPARE(r.errors[1].line, 20);
    QCOMPARE(r.errors[1].field, std::string("email"));
    QCOMPARE(io::formatProblem("bulk.json", r.errors[0]),
             std::string("bulk.json:19: record 3: email_verified: must be true or false, not a "
                         "string"));
    QCOMPARE(r.counts.users, 2);
    const auto ada = s->userByExternalId("ada-001");
    QVERIFY(ada);
    QCOMPARE(json::toString(ada->metadata), std::string(R"({"roles":["admin"],"plan":"pro"})"));
    QCOMPARE(json::toString(ada->userMetadata), std::string(R"({"theme":"light"})"));
    QCOMPARE(ada->createdAt, s.clock.now()); // the file has no created_at
    const auto grace = s->userByExternalId("grace-002");
    QVERIFY(grace);
    QVERIFY(!grace->firstName);
    QCOMPARE(json::toString(grace->metadata), std::string("{}"));
}

void TestStoreIoAuth0::shapeIsTakenFromTheFirstCharacter()
{
    test::TempStore s;
    // White space and a byte order mark before the '[' of an array.
    io::ImportResult r = test::importText(
        *s, "\xEF\xBB\xBF \n\t[{\"email\":\"a@example.com\",\"user_id\":\"auth0|a\"}]",
        io::Format::Auth0);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    QCOMPARE(r.counts.users, 1);
    // An object per line, with blank lines and CRLF.
    r = test::importText(*s,
                         "\r\n{\"email\":\"b@example.com\"}\r\n\r\n{\"email\":\"c@example.com\"}",
                         io::Format::Auth0);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    QCOMPARE(r.counts.users, 2);
    // An array in NDJSON is one bad record, not a bulk file.
    r = test::importText(*s, "{\"email\":\"d@example.com\"}\n[1]\n", io::Format::Auth0, false);
    QCOMPARE(test::problemsText(r.errors),
             std::string("2: an Auth0 user must be a JSON object, not an array\n"));
}

void TestStoreIoAuth0::arrayThatIsNotJson()
{
    test::TempStore s;
    const io::ImportResult r = test::importText(
        *s, "[\n  {\"email\": \"a@example.com\"},\n  {\"email\": }\n]", io::Format::Auth0, false);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors[0].line, 3);
    QVERIFY2(r.errors[0].message.starts_with("not valid JSON"), r.errors[0].message.c_str());
    QCOMPARE(r.outcome, io::ImportOutcome::Aborted); // nothing of a broken document is imported
    QCOMPARE(*s->userCount(), 0);
}

namespace {

// "[", then spaces, then "]": `size` bytes in all, made as they are read.
class PaddedArray : public QIODevice
{
public:
    explicit PaddedArray(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = std::min(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i, ++m_pos)
            data[i] = m_pos == 0 ? '[' : m_pos == m_size - 1 ? ']' : ' ';
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

io::ImportResult importDevice(store::Store& store, QIODevice& device)
{
    io::ImportOptions options;
    options.format = io::Format::Auth0;
    return io::Importer(store).run(device, options);
}

} // namespace

void TestStoreIoAuth0::documentSizeLimit()
{
    test::TempStore s;
    PaddedArray at(static_cast<qint64>(io::kMaxDocumentBytes));
    io::ImportResult r = importDevice(*s, at);
    QCOMPARE(r.outcome, io::ImportOutcome::Imported);
    QCOMPARE(r.counts.bytes, static_cast<std::int64_t>(io::kMaxDocumentBytes));
    PaddedArray over(static_cast<qint64>(io::kMaxDocumentBytes) + 1);
    r = importDevice(*s, over);
    QCOMPARE(r.outcome, io::ImportOutcome::Aborted);
    QCOMPARE(
        test::problemsText(r.errors),
        std::string("0: the input is over 256 MB; JSON documents are read whole and limited to "
                    "that size (split it, or convert it to one JSON object per line)\n"));
}

void TestStoreIoAuth0::documentRecordLimit()
{
    const auto load = [](std::size_t records, io::Problem& error) {
        QByteArray text = "[0";
        for (std::size_t i = 1; i < records; ++i)
            text += ",0";
        text += "]";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        io::JsonDocument document;
        return document.load(buffer, "", error);
    };
    io::Problem error;
    QVERIFY(load(io::kMaxDocumentRecords, error));
    QVERIFY(!load(io::kMaxDocumentRecords + 1, error));
    QCOMPARE(error.message, std::string("not valid JSON: an array has more than 1,000,000 "
                                        "elements, the limit for one array (column 2000002)"));
}

QTEST_GUILESS_MAIN(TestStoreIoAuth0)
#include "tst_storeio_auth0.moc"
