// CSV users: the header, RFC 4180 quoting, metadata cells read as JSON when
// they are JSON, and the physical line of every bad record.

#include "StoreIoTestSupport.h"
#include "TempStore.h"
#include "json/Writer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
namespace io = store::io;

class TestStoreIoCsv : public QObject
{
    Q_OBJECT

private slots:
    void sampleFile();
    void metadataCells_data();
    void metadataCells();
    void headerProblems_data();
    void headerProblems();
    void limitsOfTheWorkosProfile();
    void dryRunReportsTheSameLines();
};

void TestStoreIoCsv::sampleFile()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(
        *s, test::sourcePath(u"tests/data/import/users.csv"_s), io::Format::Csv, false);
    struct Expected
    {
        int line;
        const char* field;
        const char* start;
    };
    const Expected expected[] = {
        {6, "email_verified", "email_verified: must be true or false, not \"maybe\""},
        {7, "email", "email: required"},
        {8, "", "field 3 has text after its closing quote"},
        {9, "", "the record has 2 fields; the header has 9"},
        {10, "external_id", "duplicate external_id ext-1 (held by user_"},
        {11, "email", "duplicate email ADA@example.com (held by user_"},
        {12, "", "the quoted field 6 is never closed"},
    };
    QCOMPARE(r.errors.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        QCOMPARE(r.errors[i].line, std::int64_t(expected[i].line));
        QCOMPARE(r.errors[i].field, std::string(expected[i].field));
        QVERIFY2(r.errors[i].message.starts_with(expected[i].start), r.errors[i].message.c_str());
    }
    // The unknown column is a note on the header.
    QCOMPARE(r.warnings.size(), 1u);
    QCOMPARE(r.warnings[0].line, 1);
    QVERIFY(r.warnings[0].message.starts_with("column \"nickname\" is not a user field"));
    QCOMPARE(r.counts.users, 3);
    QCOMPARE(r.counts.records, 10); // the header is not a record

    const auto ada = s->userByEmail("ada@example.com"); // the byte order mark is gone
    QVERIFY(ada);
    QCOMPARE(*ada->externalId, std::string("ext-1"));
    QVERIFY(ada->emailVerified);
    QCOMPARE(json::toString(ada->metadata),
             std::string(R"({"seats":25,"plan":"pro","profile":{"team":"core"}})"));
    const auto bob = s->userByEmail("bob@example.com");
    QVERIFY(bob);
    QCOMPARE(*bob->firstName, std::string("Bob, Jr."));
    QCOMPARE(*bob->lastName, std::string("O\"Brien"));
    QVERIFY(!bob->emailVerified);
    QCOMPARE(json::toString(bob->metadata),
             std::string(R"({"seats":3,"plan":"multi\nline plan"})"));
    const auto carol = s->userByEmail("carol@example.com");
    QVERIFY(carol);
    QVERIFY(!carol->lastName);
    QVERIFY(!carol->externalId);
    // "007" is not JSON (no leading zeros): text. "\"quoted\"" is a JSON string.
    QCOMPARE(json::toString(carol->metadata), std::string(R"({"seats":"007","plan":"quoted"})"));
}

void TestStoreIoCsv::metadataCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("metadata");
    QTest::newRow("integer") << "42"
                             << R"({"k":42})";
    QTest::newRow("big integer") << "18446744073709551615"
                                 << R"({"k":18446744073709551615})";
    QTest::newRow("decimal kept as written") << "1.50"
                                             << R"({"k":1.50})";
    QTest::newRow("true") << "true"
                          << R"({"k":true})";
    QTest::newRow("object") << R"("{""a"":[1,2]}")"
                            << R"({"k":{"a":[1,2]}})";
    QTest::newRow("array") << R"("[1,""x""]")"
                           << R"({"k":[1,"x"]})";
    QTest::newRow("null") << "null"
                          << R"({"k":null})";
    QTest::newRow("text") << "gold"
                          << R"({"k":"gold"})";
    QTest::newRow("True is text") << "True"
                                  << R"({"k":"True"})";
    QTest::newRow("broken JSON is text") << R"("{""a"":")"
                                         << R"({"k":"{\"a\":"})";
    QTest::newRow("spaces kept in text") << "\" two words \""
                                         << R"({"k":" two words "})";
    QTest::newRow("empty cell: no key") << ""
                                        << "{}";
    QTest::newRow("empty quoted cell: no key") << "\"\""
                                               << "{}";
}

void TestStoreIoCsv::metadataCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, metadata);
    test::TempStore s;
    const io::ImportResult r = test::importText(
        *s, "email,metadata.k\nx@example.com," + cell.toStdString() + "\n", io::Format::Csv);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    QCOMPARE(json::toString(s->userByEmail("x@example.com")->metadata), metadata.toStdString());
}

void TestStoreIoCsv::headerProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no email column")
        << "first_name,last_name\nAda,Lovelace\n"
        << "1: the header row has no email column (a CSV file starts with a header row such "
           "as: email,first_name,last_name,external_id)\n";
    QTest::newRow("column twice") << "email,Email\na@example.com,b@example.com\n"
                                  << "1: the header names the column \"Email\" twice\n";
    QTest::newRow("metadata key twice") << "email,metadata.a,metadata.a\n"
                                        << "1: the header names the column \"metadata.a\" twice\n";
    QTest::newRow("metadata without key") << "email,metadata.\n"
                                          << "1: the header's column \"metadata.\" names no "
                                             "metadata key (metadata.KEY)\n";
    QTest::newRow("empty file") << ""
                                << "0: the file is empty; a CSV file starts with a header row\n";
    QTest::newRow("bad header") << "\n\nemail,\"x\"y\n"
                                << "3: the header row: field 2 has text after its closing quote; "
                                   "double the quotes inside a quoted field\n";
}

void TestStoreIoCsv::headerProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    test::TempStore s;
    const io::ImportResult r = test::importText(*s, text.toStdString(), io::Format::Csv, false);
    QCOMPARE(test::problemsText(r.errors), problem.toStdString());
    QCOMPARE(r.outcome, io::ImportOutcome::Aborted);
}

void TestStoreIoCsv::limitsOfTheWorkosProfile()
{
    test::TempStore s;
    QVERIFY(!s->setLimitsProfile("workos"));
    const io::ImportResult r = test::importText(*s,
                                                "email,metadata.plan,metadata.seats\n"
                                                "a@example.com,pro,\"\"\"5\"\"\"\n"
                                                "b@example.com,pro,5\n"
                                                "c@example.com,pro,\n",
                                                io::Format::Csv, false);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors[0].line, 3);
    QCOMPARE(r.errors[0].field, std::string("metadata.seats"));
    QVERIFY2(r.errors[0].message.starts_with("metadata.seats: "), r.errors[0].message.c_str());
    QCOMPARE(io::formatProblem("users.csv", r.errors[0]).substr(0, 28),
             std::string("users.csv:3: metadata.seats:"));
    QCOMPARE(r.counts.users, 2);
}

void TestStoreIoCsv::dryRunReportsTheSameLines()
{
    test::TempStore s;
    const QString path = test::sourcePath(u"tests/data/import/users.csv"_s);
    const std::int64_t events = test::auditEventCount(*s);
    const io::ImportResult dry = test::importFile(*s, path, io::Format::Csv, false, true);
    QCOMPARE(*s->userCount(), 0);
    QCOMPARE(test::auditEventCount(*s), events);
    const io::ImportResult real = test::importFile(*s, path, io::Format::Csv, false, false);
    QCOMPARE(dry.errors.size(), real.errors.size());
    for (std::size_t i = 0; i < dry.errors.size(); ++i) {
        QCOMPARE(dry.errors[i].line, real.errors[i].line);
        QCOMPARE(dry.errors[i].field, real.errors[i].field);
    }
    QCOMPARE(dry.counts.users, real.counts.users);
}

QTEST_GUILESS_MAIN(TestStoreIoCsv)
#include "tst_storeio_csv.moc"
