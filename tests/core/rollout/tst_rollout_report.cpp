// The parts of a rollout report: claims split from rendered text, lists
// that keep the first entries whatever order they come in, and the JSON,
// CSV and text forms of a report (JSON read back gives the same report;
// CSV read back gives the same rows).

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "rollout/ClaimSplit.h"
#include "rollout/ReportCsv.h"
#include "rollout/ReportJson.h"
#include "rollout/ReportText.h"
#include "rollout/RolloutCheck.h"
#include "rollout/Smallest.h"
#include "store/io/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

template <typename T>
T must(store::Result<T> r)
{
    if (!r)
        qFatal("store: %s", r.error().message.c_str());
    return std::move(r).value();
}

// A report with a bit of everything: changes, failures, over budget, over
// the limit, values with commas, quotes and line ends, a user without an
// organization.
rollout::RolloutReport sampleReport()
{
    test::TempStore s;
    model::Organization o;
    o.name = "Acme, Inc.";
    o.metadata = json::parse(R"({"tier":"gold","seats":"x"})").value;
    const model::Organization acme = must(s->createOrganization(o));
    for (int i = 0; i < 12; ++i) {
        model::User u;
        u.email = "user" + std::to_string(i) + "@example.com";
        u.firstName = i % 3 == 0 ? std::optional<std::string>("Quote \"me\", please\nnow")
                                 : std::optional<std::string>("Plain" + std::to_string(i));
        if (i == 4)
            u.metadata = json::Value::object({{"blob", std::string(1500, 'x')}});
        if (i == 8)
            u.metadata = json::Value::object({{"blob", std::string(3500, 'y')}});
        if (i == 6)
            u.metadata = json::Value::object({{"seats", "7"}});
        const model::User created = must(s->createUser(u));
        if (i % 4 != 0) {
            model::Membership m;
            m.userId = created.id;
            m.organizationId = acme.id;
            must(s->createMembership(m));
        }
    }
    const model::Template t = must(s->createTemplate(
        "t", R"({"urn:n": "{{ user.first_name }}", "urn:tier": {{ organization.metadata.tier }}})",
        "first"));
    must(s->promoteTemplate("t", 1, "production", t.version, ""));
    rollout::RolloutOptions options;
    options.templateName = "t";
    options.candidateText = R"({
  "urn:n": "{{ user.first_name | upcase }}",
  "urn:blob": {{ user.metadata.blob }},
  "urn:seats": {{ user.metadata.seats || organization.metadata.seats | to_number }}
})";
    options.threads = 2;
    store::Result<rollout::RolloutReport> r = rollout::RolloutCheck(options).run(*s);
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return std::move(r).value();
}

std::vector<std::vector<std::string>> readCsv(const std::string& text)
{
    QByteArray bytes = QByteArray::fromStdString(text);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    store::io::CsvReader reader(buffer);
    std::vector<std::vector<std::string>> records;
    for (;;) {
        const auto status = reader.next();
        if (status == store::io::CsvReader::Status::End)
            return records;
        if (status != store::io::CsvReader::Status::Record)
            qFatal("CSV line %lld: %s", static_cast<long long>(reader.line()),
                   reader.problem().c_str());
        records.push_back(reader.fields());
    }
}

// What a field reads after the export's guard against spreadsheet formulas.
std::string guarded(const std::string& field)
{
    return !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string::npos
               ? "'" + field
               : field;
}

struct ByNumber
{
    std::tuple<int> operator()(const int& i) const { return {i}; }
};

} // namespace

class TestRolloutReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitClaims_data();
    void splitClaims();
    void splitRefusesWhatIsNotAnObject();
    void smallestKeepsTheFirstWhateverTheOrder();
    void jsonRoundTrip();
    void jsonTopLevelCounts();
    void jsonErrorsSayWhere();
    void csvRoundTrip();
    void csvQuoting();
    void textSummary();

private:
    rollout::RolloutReport m_report;
};

void TestRolloutReport::initTestCase()
{
    m_report = sampleReport();
    // The sample has what the writers must handle.
    QVERIFY(m_report.changed > 0);
    QVERIFY(m_report.failed >= 2); // "x" is no number; the 3,500-byte blob is over the limit
    QVERIFY(m_report.overBudget >= 2);
    QVERIFY(!m_report.claimChanges.empty());
    QVERIFY(!m_report.rows.empty());
}

void TestRolloutReport::splitClaims_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QStringList>("parts"); // key=value

    QTest::newRow("empty") << u"{}"_s << QStringList{};
    QTest::newRow("scalars") << uR"({"a":1,"b":true,"c":null,"d":-2.5e3})"_s
                             << QStringList{u"a=1"_s, u"b=true"_s, u"c=null"_s, u"d=-2.5e3"_s};
    QTest::newRow("strings with braces and quotes")
        << uR"({"a":"}{,\"]","b\"x":"\\"})"_s << QStringList{uR"(a="}{,\"]")"_s, uR"(b\"x="\\")"_s};
    QTest::newRow("nested") << uR"({"o":{"a":[1,{"b":"]"}],"c":{}},"z":[]})"_s
                            << QStringList{uR"(o={"a":[1,{"b":"]"}],"c":{}})"_s, u"z=[]"_s};
}

void TestRolloutReport::splitClaims()
{
    QFETCH(QString, object);
    QFETCH(QStringList, parts);
    const std::string text = object.toStdString(); // the spans point into it
    std::vector<rollout::ClaimSpan> spans;
    QVERIFY(rollout::splitClaims(text, spans));
    QStringList got;
    for (const rollout::ClaimSpan& s : spans)
        got << QString::fromStdString(std::string(s.key) + "=" + std::string(s.value));
    QCOMPARE(got, parts);
}

void TestRolloutReport::splitRefusesWhatIsNotAnObject()
{
    std::vector<rollout::ClaimSpan> spans;
    for (const char* bad :
         {"", "[]", "{", R"({"a":1)", R"({"a"})", R"({"a":1,})", R"({"a":"x)", R"({"a":1}x)"})
        QVERIFY2(!rollout::splitClaims(bad, spans), bad);
}

void TestRolloutReport::smallestKeepsTheFirstWhateverTheOrder()
{
    std::vector<int> numbers(1000);
    for (int i = 0; i < 1000; ++i)
        numbers[static_cast<std::size_t>(i)] = (i * 7919) % 1000;
    std::vector<int> expected(numbers);
    std::sort(expected.begin(), expected.end());
    expected.resize(25);
    std::mt19937 rng(5);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(numbers.begin(), numbers.end(), rng);
        // Split among three, merged: the same as one.
        rollout::Smallest<int, ByNumber> parts[3] = {rollout::Smallest<int, ByNumber>(25),
                                                     rollout::Smallest<int, ByNumber>(25),
                                                     rollout::Smallest<int, ByNumber>(25)};
        for (std::size_t i = 0; i < numbers.size(); ++i)
            parts[i % 3].add(numbers[i]);
        parts[0].merge(std::move(parts[2]));
        parts[1].merge(std::move(parts[0]));
        QCOMPARE(parts[1].take(), expected);
    }
    rollout::Smallest<int, ByNumber> none(0);
    none.add(1);
    QVERIFY(none.take().empty());
}

void TestRolloutReport::jsonRoundTrip()
{
    const std::string text = json::toString(rollout::reportToJson(m_report));
    const json::ParseResult parsed = json::parse(text);
    QVERIFY(parsed.ok);
    rollout::RolloutReport back;
    std::string error;
    QVERIFY2(rollout::reportFromJson(parsed.value, back, error), error.c_str());
    rollout::RolloutReport expected = m_report;
    expected.rows.clear(); // the CSV's rows are not in the JSON
    expected.rowsComplete = true;
    QVERIFY(back == expected);
    // And the same text again.
    QCOMPARE(json::toString(rollout::reportToJson(back)), text);
}

void TestRolloutReport::jsonTopLevelCounts()
{
    const json::Value j = rollout::reportToJson(m_report);
    QCOMPARE(j.find("users_checked")->toInt64(), m_report.usersChecked);
    QCOMPARE(j.find("changed")->toInt64(), m_report.changed);
    QCOMPARE(j.find("failed")->toInt64(), m_report.failed);
    QCOMPARE(j.find("over_budget")->toInt64(), m_report.overBudget);
    QCOMPARE(j.find("unchanged")->toInt64(), m_report.unchanged);
    QCOMPARE(j.find("sizes")->find("budget_bytes")->toInt64(), std::int64_t(1200));
    // Example values are JSON values; a side where the claim is not set has no member.
    bool sawAdded = false;
    for (const json::Value& c : j.find("claims")->array()) {
        for (const json::Value& e : c.find("examples")->array()) {
            if (c.find("change")->string() == "added") {
                sawAdded = true;
                QVERIFY(!e.find("before"));
                QVERIFY(e.find("after"));
            }
        }
    }
    QVERIFY(sawAdded);
    // Buckets past the budget say so.
    for (const json::Value& b : j.find("sizes")->find("histogram")->array())
        QCOMPARE(b.find("over_budget")->toBool(), b.find("min")->toInt64() > 1200);
}

void TestRolloutReport::jsonErrorsSayWhere()
{
    json::Value j = rollout::reportToJson(m_report);
    j.find("claims")->array()[0].set("change", "renamed");
    rollout::RolloutReport back;
    std::string error;
    QVERIFY(!rollout::reportFromJson(j, back, error));
    QVERIFY2(error.rfind("claims[0].change:", 0) == 0 && error.find("renamed") != std::string::npos,
             error.c_str());
    j = rollout::reportToJson(m_report);
    j.remove("users_checked");
    QVERIFY(!rollout::reportFromJson(j, back, error));
    QCOMPARE(error, std::string("users_checked: is missing"));
    QVERIFY(!rollout::reportFromJson(json::Value("x"), back, error));
}

void TestRolloutReport::csvRoundTrip()
{
    const std::string csv = rollout::reportToCsv(m_report);
    const auto records = readCsv(csv);
    QCOMPARE(records.size(), m_report.rows.size() + 1);
    QCOMPARE(records[0], (std::vector<std::string>{"user_id", "email", "organization_id", "claim",
                                                   "change", "before", "after", "error"}));
    std::int64_t failed = 0;
    std::map<std::pair<std::string, std::string>, std::int64_t> perClaim;
    for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
        const rollout::ReportRow& r = m_report.rows[i];
        const std::vector<std::string> expected = {guarded(r.token.userId),
                                                   guarded(r.token.email),
                                                   guarded(r.token.organizationId),
                                                   guarded(r.claim),
                                                   r.change,
                                                   guarded(r.before.value_or("")),
                                                   guarded(r.after.value_or("")),
                                                   guarded(r.error)};
        QCOMPARE(records[i + 1], expected);
        if (r.change == "failed")
            ++failed;
        else
            ++perClaim[{r.claim, r.change}];
    }
    // Every changed claim of every token, every failed token: one row each.
    QVERIFY(m_report.rowsComplete);
    QCOMPARE(failed, m_report.tokens.failed);
    for (const rollout::ClaimChange& c : m_report.claimChanges)
        QCOMPARE((perClaim[{c.claim, rollout::changeKindName(c.kind)}]), c.tokens);
}

void TestRolloutReport::csvQuoting()
{
    std::string out;
    for (const char* field : {"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""}) {
        out.clear();
        rollout::appendCsvField(out, field);
        const auto records = readCsv(out + ",end\r\n");
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0][0], std::string(field));
        QCOMPARE(records[0][1], std::string("end"));
    }
    // What a spreadsheet would run as a formula gets a leading ' inside
    // quotes (OWASP, CSV injection): = + - @ tab and carriage return first.
    for (const char* field :
         {"=HYPERLINK(\"http://x\")", "+1+2", "-5", "@SUM(A1)", "\tx", "\rx", "=1,2"}) {
        out.clear();
        rollout::appendCsvField(out, field);
        QVERIFY2(out.rfind("\"'", 0) == 0, out.c_str());
        const auto records = readCsv(out + ",end\r\n");
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0][0], "'" + std::string(field));
    }
    // Only the first character counts.
    for (const char* field : {"a=b", "5-3", "x@y"}) {
        out.clear();
        rollout::appendCsvField(out, field);
        QCOMPARE(out, std::string(field));
    }
    // A whole row: a negative number as a claim value.
    out.clear();
    rollout::appendCsvRow(out, "user_1", "a@example.com", "", "urn:x:seats", "changed", "3", "-1",
                          "");
    QCOMPARE(out, std::string("user_1,a@example.com,,urn:x:seats,changed,3,\"'-1\",\r\n"));
}

void TestRolloutReport::textSummary()
{
    const std::string text = rollout::reportToText(m_report);
    auto has = [&](const std::string& part) {
        if (text.find(part) == std::string::npos)
            qWarning("not in the summary: %s\n%s", part.c_str(), text.c_str());
        return text.find(part) != std::string::npos;
    };
    QVERIFY(has("Rollout check of template \"t\": the candidate against production version 1"));
    QVERIFY(has("Checked " + std::to_string(m_report.usersChecked) + " users"));
    QVERIFY(has("budget 1,200 bytes"));
    QVERIFY(has("urn:blob\n    added in"));
    QVERIFY(has("T301 at 4:"));
    QVERIFY(has("T403 at "));
    QVERIFY(has("Largest tokens"));
    QVERIFY(has("Result: " + std::to_string(m_report.failed) + " users fail to render"));
    // The budget line falls between the bucket that ends at the budget and the next.
    const auto budget = text.find("budget 1,200 bytes ----");
    QVERIFY(budget != std::string::npos);
    QVERIFY(text.rfind("1,200 |", budget) != std::string::npos);
    QVERIFY(text.find("1,201 - ", budget) != std::string::npos);
}

QTEST_GUILESS_MAIN(TestRolloutReport)
#include "tst_rollout_report.moc"
