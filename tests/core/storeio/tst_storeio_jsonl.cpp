// The jsonl format on its own: every kind of bad line with its line number
// and the field at fault, and what abort, skip and dry runs do to the store.

#include "StoreIoTestSupport.h"
#include "TempStore.h"
#include "json/Reader.h"
#include "store/io/ImportTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
namespace io = store::io;

namespace {

const char* const kBob = "user_01HZX0000000000000000000B1";

QString brokenFile()
{
    return test::sourcePath(u"tests/data/import/broken.jsonl"_s);
}

std::string userLine(const std::string& id, const std::string& email, const std::string& extra)
{
    return R"({"type":"user","id":")" + id + R"(","email":")" + email + "\"" + extra + "}\n";
}

// A valid id of a kind ("user_", "om_") numbered i.
std::string numberedId(const std::string& prefix, int i)
{
    const std::string n = std::to_string(i);
    return prefix + "01HZX" + std::string(21 - n.size(), '0') + n;
}

} // namespace

class TestStoreIoJsonl : public QObject
{
    Q_OBJECT

private slots:
    void everyBadLineIsNamed();
    void skipImportsExactlyTheGoodRecords();
    void abortLeavesTheStoreAsItWas();
    void dryRunWritesNothingAndReportsTheSame();
    void duplicatesAgainstTheStore();
    void duplicatesInARunOfUsers();
    void aLongRunOfUsersIsWrittenBeforeWhatFollows();
    void limitsOfTheStoreProfile();
    void settingsLineSwitchesTheProfileForWhatFollows();
    void overlongLineIsRefusedWithoutReadingIt();
    void templateRecordsAreChecked();
};

void TestStoreIoJsonl::everyBadLineIsNamed()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(*s, brokenFile(), io::Format::Jsonl, false);
    struct Expected
    {
        int line;
        const char* field;
        const char* message;
    };
    const Expected expected[] = {
        {6, "email", "email: must be a string, not a number"},
        {7, "metadata", "metadata: must be a JSON object, not an array"},
        {8, "email", "duplicate email BOB@example.com (held by user_01HZX0000000000000000000B1)"},
        {9, "external_id",
         "duplicate external_id ext-bob (held by user_01HZX0000000000000000000B1)"},
        {10, "roles[1]", "roles[1]: there is no role \"owner\""},
        {11, "type", "type: unknown record type \"gizmo\""},
        {12, "", "not valid JSON: "},
        {14, "", "not valid JSON: "},
    };
    QCOMPARE(r.errors.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const io::Problem& p = r.errors[i];
        QCOMPARE(p.line, std::int64_t(expected[i].line));
        QCOMPARE(p.record, std::int64_t(0));
        QCOMPARE(p.field, std::string(expected[i].field));
        QVERIFY2(p.message.starts_with(expected[i].message), p.message.c_str());
    }
    // The signing key is a note, not an error.
    QCOMPARE(r.warnings.size(), 1u);
    QCOMPARE(r.warnings[0].line, 13);
    QVERIFY2(r.warnings[0].message.find("private keys never leave a store") != std::string::npos,
             r.warnings[0].message.c_str());
    QCOMPARE(io::formatProblem("broken.jsonl", r.errors[0]),
             std::string("broken.jsonl:6: email: must be a string, not a number"));
}

void TestStoreIoJsonl::skipImportsExactlyTheGoodRecords()
{
    test::TempStore s;
    const io::ImportResult r = test::importFile(*s, brokenFile(), io::Format::Jsonl, false);
    QCOMPARE(r.outcome, io::ImportOutcome::Imported);
    QCOMPARE(r.counts.records, 14);
    QCOMPARE(r.counts.skipped, 8);
    QCOMPARE(r.counts.ignored, 1);
    QCOMPARE(r.counts.users, 1);
    QCOMPARE(r.counts.organizations, 1);
    QCOMPARE(r.counts.roles, 1);
    QCOMPARE(r.counts.permissions, 1);
    QCOMPARE(r.counts.memberships, 0);
    QVERIFY(!r.clean());

    const std::vector<model::User> users = test::allUsers(*s);
    QCOMPARE(users.size(), 1u);
    const model::User& bob = users[0];
    QCOMPARE(bob.id, std::string(kBob));
    QCOMPARE(bob.version, 2);
    QCOMPARE(bob.createdAt, *model::parseIsoTime("2024-01-01T00:00:00.000Z"));
    QCOMPARE(bob.updatedAt, *model::parseIsoTime("2024-01-02T00:00:00.000Z"));
    QCOMPARE(*bob.externalId, std::string("ext-bob"));
    const auto role = s->role("admin");
    QVERIFY(role);
    QCOMPARE(role->version, 2); // the file's version, not 1
    QCOMPARE(role->permissions, std::vector<std::string>{"billing:read"});
    QCOMPARE(*s->organizationCount(), 1);
    QVERIFY(s->userByEmail("dan@example.com").error().kind == store::ErrorKind::NotFound);
    // One audit event for the whole import.
    store::AuditQuery q;
    q.action = "import";
    const auto events = s->findAuditEvents(q);
    QVERIFY(events);
    QCOMPARE(events->items.size(), 1u);
}

void TestStoreIoJsonl::abortLeavesTheStoreAsItWas()
{
    test::TempStore s;
    model::User existing;
    existing.email = "first@example.com";
    QVERIFY(s->createUser(existing));
    QVERIFY(!s->setIssuer("https://before.example.com"));
    const std::string before = test::exportText(*s);
    const std::int64_t events = test::auditEventCount(*s);

    const io::ImportResult r = test::importFile(*s, brokenFile(), io::Format::Jsonl, true);
    QCOMPARE(r.outcome, io::ImportOutcome::Aborted);
    QCOMPARE(r.errors.size(), 1u); // the first, and the import stops there
    QCOMPARE(r.errors[0].line, 6);
    QCOMPARE(r.counts.records, 6);

    QCOMPARE(test::exportText(*s), before);
    QCOMPARE(test::auditEventCount(*s), events);
    QCOMPARE(*s->userCount(), 1);
    QCOMPARE(*s->organizationCount(), 0);
    QVERIFY(s->permissions()->empty());
    // Still so after reopening the file.
    s.reopen();
    QCOMPARE(test::exportText(*s), before);
}

void TestStoreIoJsonl::dryRunWritesNothingAndReportsTheSame()
{
    for (bool stopOnError : {false, true}) {
        test::TempStore s;
        const std::string before = test::exportText(*s);
        const std::int64_t events = test::auditEventCount(*s);
        const io::ImportResult dry =
            test::importFile(*s, brokenFile(), io::Format::Jsonl, stopOnError, true);
        QCOMPARE(dry.outcome, stopOnError ? io::ImportOutcome::Aborted : io::ImportOutcome::DryRun);
        QCOMPARE(test::exportText(*s), before);
        QCOMPARE(test::auditEventCount(*s), events);
        QCOMPARE(*s->userCount(), 0);
        s.reopen();
        QCOMPARE(test::exportText(*s), before);

        const io::ImportResult real =
            test::importFile(*s, brokenFile(), io::Format::Jsonl, stopOnError, false);
        QCOMPARE(test::problemsText(dry.errors), test::problemsText(real.errors));
        QCOMPARE(test::problemsText(dry.warnings), test::problemsText(real.warnings));
        QCOMPARE(dry.counts.users, real.counts.users);
        QCOMPARE(dry.counts.skipped, real.counts.skipped);
    }
    // A clean dry run says a real run would succeed.
    test::TempStore s;
    const io::ImportResult ok =
        test::importText(*s, userLine("user_01HZX0000000000000000000D1", "ok@example.com", ""),
                         io::Format::Jsonl, true, true);
    QVERIFY(ok.clean());
    QCOMPARE(ok.outcome, io::ImportOutcome::DryRun);
    QCOMPARE(ok.counts.users, 1);
    QCOMPARE(*s->userCount(), 0);
}

void TestStoreIoJsonl::duplicatesAgainstTheStore()
{
    test::TempStore s;
    model::User alice;
    alice.email = "alice@example.com";
    alice.externalId = "crm-7";
    const auto created = s->createUser(alice);
    QVERIFY(created);
    const std::string text = userLine("user_01HZX0000000000000000000E1", "ALICE@example.com", "") +
                             userLine("user_01HZX0000000000000000000E2", "other@example.com",
                                      R"(,"external_id":"crm-7")") +
                             userLine(created->id, "third@example.com", "") +
                             userLine("user_01HZX0000000000000000000E4", "fine@example.com", "");
    const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, false);
    QCOMPARE(r.errors.size(), 3u);
    QCOMPARE(test::problemsText(r.errors),
             "1: duplicate email ALICE@example.com (held by " + created->id + ")\n" +
                 "2: duplicate external_id crm-7 (held by " + created->id + ")\n" +
                 "3: duplicate id " + created->id + " (already in the store)\n");
    QCOMPARE(r.errors[0].field, std::string("email"));
    QCOMPARE(r.errors[1].field, std::string("external_id"));
    QCOMPARE(r.errors[2].field, std::string("id"));
    QCOMPARE(r.counts.users, 1);
    QCOMPARE(*s->userCount(), 2);
}

// A run of user lines is written together (Store::createUsers): a duplicate
// in the middle of it, of a user in the store or of an earlier line of the
// run, is reported at its line, the others go in, and the counts and key
// statistics are exact; in abort mode the import stops at the first.
void TestStoreIoJsonl::duplicatesInARunOfUsers()
{
    std::string text;
    for (int i = 1; i <= 7; ++i) {
        const std::string email = i == 4   ? "ALICE@example.com"
                                  : i == 6 ? "u2@example.com"
                                           : "u" + std::to_string(i) + "@example.com";
        text += userLine(numberedId("user_", i), email,
                         R"(,"metadata":{"plan":"p)" + std::to_string(i) + "\"}");
    }
    for (bool stopOnError : {false, true}) {
        test::TempStore s;
        model::User alice;
        alice.email = "alice@example.com";
        const auto created = s->createUser(alice);
        QVERIFY(created);
        const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, stopOnError);
        if (stopOnError) {
            QCOMPARE(r.outcome, io::ImportOutcome::Aborted);
            QCOMPARE(test::problemsText(r.errors),
                     "4: duplicate email ALICE@example.com (held by " + created->id + ")\n");
            QCOMPARE(r.counts.records, 4);
            QCOMPARE(r.counts.users, 3);
            QCOMPARE(*s->userCount(), 1);
            QVERIFY(s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata)
                        ->empty());
            continue;
        }
        QCOMPARE(r.outcome, io::ImportOutcome::Imported);
        const auto u2 = s->userByEmail("u2@example.com");
        QVERIFY(u2);
        QCOMPARE(test::problemsText(r.errors),
                 "4: duplicate email ALICE@example.com (held by " + created->id + ")\n" +
                     "6: duplicate email u2@example.com (held by " + u2->id + ")\n");
        QCOMPARE(r.errors[0].field, std::string("email"));
        QCOMPARE(r.counts.records, 7);
        QCOMPARE(r.counts.users, 5);
        QCOMPARE(r.counts.skipped, 2);
        QCOMPARE(*s->userCount(), 6);
        const auto keys =
            s->metadataKeys(store::MetadataObject::User, store::MetadataField::Metadata);
        QVERIFY(keys);
        QCOMPARE(keys->size(), std::size_t(1));
        QCOMPARE(keys->front().key, std::string("plan"));
        QCOMPARE(keys->front().count, 5);
        // The rejected lines wrote nothing: u2 is line 2's user.
        QCOMPARE(u2->metadata.find("plan")->string(), std::string("p2"));
    }
}

// More users than one write takes (Importer's kUsersPerWrite, 500), then an
// organization and memberships of the first and the last user: every user
// is in before the lines after the run, which need them.
void TestStoreIoJsonl::aLongRunOfUsersIsWrittenBeforeWhatFollows()
{
    auto userId = [](int i) { return numberedId("user_", i); };
    const std::string org = "org_01HZX0000000000000000000A1";
    constexpr int kUsers = 1201;
    std::string text;
    for (int i = 1; i <= kUsers; ++i)
        text += userLine(userId(i), "run" + std::to_string(i) + "@example.com", "");
    text += R"({"type":"organization","id":")" + org + R"(","name":"Acme"})" + "\n";
    for (int i : {1, kUsers})
        text += R"({"type":"membership","id":")" + numberedId("om_", i) + R"(","user_id":")" +
                userId(i) + R"(","organization_id":")" + org + R"(","status":"active"})" + "\n";
    test::TempStore s;
    const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, true);
    QVERIFY2(r.clean(), test::problemsText(r.errors).c_str());
    QCOMPARE(r.counts.users, kUsers);
    QCOMPARE(r.counts.memberships, 2);
    QCOMPARE(r.counts.records, kUsers + 3);
    QCOMPARE(*s->userCount(), kUsers);
    QVERIFY(s->membershipOf(userId(kUsers), org));
    QCOMPARE(s->user(userId(kUsers))->email, "run" + std::to_string(kUsers) + "@example.com");
}

void TestStoreIoJsonl::limitsOfTheStoreProfile()
{
    test::TempStore s;
    QVERIFY(!s->setLimitsProfile("workos"));
    const std::string text =
        userLine("user_01HZX0000000000000000000F1", "a@example.com",
                 R"(,"metadata":{"plan":"pro"})") +
        userLine("user_01HZX0000000000000000000F2", "b@example.com", R"(,"metadata":{"seats":5})") +
        userLine("user_01HZX0000000000000000000F3", "c@example.com",
                 R"(,"user_metadata":{"a_key_that_is_much_longer_than_forty_characters":"x"})");
    const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, false);
    QCOMPARE(r.errors.size(), 2u);
    QCOMPARE(r.errors[0].line, 2);
    QCOMPARE(r.errors[0].field, std::string("metadata.seats"));
    QVERIFY2(r.errors[0].message.starts_with("metadata.seats: "), r.errors[0].message.c_str());
    QVERIFY2(r.errors[0].message.find("string") != std::string::npos, r.errors[0].message.c_str());
    QCOMPARE(r.errors[1].line, 3);
    QVERIFY2(r.errors[1].field.starts_with("user_metadata"), r.errors[1].field.c_str());
    QVERIFY2(r.errors[1].message.starts_with(r.errors[1].field + ": "),
             r.errors[1].message.c_str());
    QCOMPARE(r.counts.users, 1);
}

void TestStoreIoJsonl::settingsLineSwitchesTheProfileForWhatFollows()
{
    test::TempStore s;
    const std::string text =
        std::string(
            R"({"type":"settings","limits_profile":"workos","issuer":"https://id.example.com"})") +
        "\n" +
        userLine("user_01HZX0000000000000000000G1", "a@example.com", R"(,"metadata":{"n":1})");
    // Abort: the profile is back to what it was, in the file and in memory.
    io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, true);
    QCOMPARE(r.outcome, io::ImportOutcome::Aborted);
    QCOMPARE(r.errors[0].line, 2);
    QCOMPARE(r.errors[0].field, std::string("metadata.n"));
    QCOMPARE(*s->limitsProfile(), std::string("default"));
    QVERIFY(*s->issuer() != "https://id.example.com");
    model::User u;
    u.email = "numbers@example.com";
    u.metadata = json::parse(R"({"n":1})").value;
    QVERIFY(s->createUser(u)); // the default profile is in force again
    // Skip: the settings are kept.
    r = test::importText(*s, text, io::Format::Jsonl, false);
    QCOMPARE(r.counts.settings, 1);
    QCOMPARE(*s->limitsProfile(), std::string("workos"));
    QCOMPARE(*s->issuer(), std::string("https://id.example.com"));
    // A profile that does not exist.
    r = test::importText(*s, R"({"type":"settings","limits_profile":"strict"})", io::Format::Jsonl);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors[0].field, std::string("limits_profile"));
}

void TestStoreIoJsonl::overlongLineIsRefusedWithoutReadingIt()
{
    test::TempStore s;
    std::string text = userLine("user_01HZX0000000000000000000H1", "a@example.com", "");
    text +=
        R"({"type":"user","id":"user_01HZX0000000000000000000H2","email":"b@example.com","metadata":{"big":")";
    text += std::string(20u << 20, 'x');
    text += "\"}}\n";
    text += userLine("user_01HZX0000000000000000000H3", "c@example.com", "");
    const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, false);
    QCOMPARE(test::problemsText(r.errors),
             std::string("2: line 2 is 21 MB; records are limited to 16 MB\n"));
    QCOMPARE(r.counts.users, 2);
    QVERIFY(s->userByEmail("c@example.com"));
}

void TestStoreIoJsonl::templateRecordsAreChecked()
{
    test::TempStore s;
    const std::string text =
        R"({"type":"template","name":"web","latest_version":2,"staging_version":3,"production_version":null,"versions":[{"template_name":"web","version":1,"content":"{}"},{"template_name":"web","version":2,"content":"{}"}]})"
        "\n"
        R"({"type":"template","name":"app","latest_version":1,"versions":[{"template_name":"app","version":1,"content":"{\"a\": "}]})"
        "\n"
        R"({"type":"template","name":"api","latest_version":1,"versions":[{"template_name":"api","version":1,"content":17}]})"
        "\n"
        R"({"type":"template","name":"ok","latest_version":2,"production_version":1,"versions":[{"template_name":"ok","version":1,"content":"{\"a\": 1}","author":"ann"},{"template_name":"ok","version":2,"content":"{\"x\": 1}","comment":"two"}]})"
        "\n";
    const io::ImportResult r = test::importText(*s, text, io::Format::Jsonl, false);
    QVERIFY2(r.errors.size() == 3u, test::problemsText(r.errors).c_str());
    QCOMPARE(r.errors[0].field, std::string("staging_version"));
    QCOMPARE(r.errors[1].line, 2);
    QCOMPARE(r.errors[1].field, std::string("versions[0].content"));
    QCOMPARE(r.errors[2].line, 3);
    QCOMPARE(r.errors[2].field, std::string("versions[0].content"));
    QVERIFY2(r.errors[2].message.starts_with("versions[0].content: must be a string"),
             r.errors[2].message.c_str());
    QCOMPARE(r.counts.templates, 1);
    const auto t = s->templateByName("ok");
    QVERIFY(t);
    QCOMPARE(t->latestVersion, 2);
    QCOMPARE(*t->productionVersion, 1);
    QVERIFY(!t->stagingVersion);
    const auto v1 = s->templateVersion("ok", 1);
    QCOMPARE(v1->author, std::string("ann"));
    QCOMPARE(s->templateVersion("ok", 2)->comment, std::string("two"));
    QVERIFY(s->templateByName("web").error().kind == store::ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestStoreIoJsonl)
#include "tst_storeio_jsonl.moc"
