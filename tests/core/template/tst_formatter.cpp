// The formatter behind the editor's Format action: the JSON structure is
// pretty-printed, holes and strings keep their text, members their order;
// formatting twice changes nothing, the result renders the same claims, and a
// template with a syntax error is refused.

#include "TestSupport.h"
#include "json/Reader.h"
#include "template/Formatter.h"
#include "template/Template.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::tmpl;

namespace {

json::Value parseJson(std::string_view text)
{
    const json::ParseResult r = json::parse(text);
    if (!r.ok)
        qFatal("bad test JSON: %s", r.error.toString().c_str());
    return r.value;
}

const char* const kContext = R"({
  "user": {"id": "user_1", "email": "Ada@Example.com", "first_name": "Ada", "last_name": null,
           "metadata": {"tier": "gold", "seats": 7, "billing.plan": "pro", "flags": ["a", "b"]}},
  "organization": {"id": "org_1", "name": "Acme", "domains": [{"domain": "acme.io", "state": "verified"}],
                   "metadata": {}},
  "organization_membership": {"id": "om_1", "status": "active", "role": {"slug": "admin"},
                              "roles": [{"slug": "admin"}, {"slug": "viewer"}],
                              "permissions": ["users:read"], "custom_attributes": {}}
})";

// Templates that render against kContext; each one's formatted form must too.
const char* const kTemplates[] = {
    R"({"urn:a:name": "{{ user.first_name }} {{ user.last_name }}", "urn:a:tier": {{ organization.metadata.tier || 'bronze' }}})",
    R"({"urn:a:m":{{user.metadata}},"urn:a:r":{{ organization_membership.roles | map: 'slug' }}})",
    // (Parentheses: one literal written over several lines, not several elements.)
    ("{\n\n\n    \"urn:a:x\"   :   [ 1 , 2.50 , -0.0e1 , true , null , \"é\\u00e9\" ] ,\n"
     "\t\"urn:a:o\": { \"inner\": { }, \"list\": [ ] , \"deep\": {\"k\": [{\"a\": {{ user.email | "
     "downcase }}}]} }\n}"),
    R"({"null_claims": "keep", "urn:a:n": {{ user.last_name }}, "urn:a:p": "{{   user.metadata['billing.plan']   }}"})",
    // (An ordinary literal: moc misreads backslashes in raw strings.)
    ("{\"urn:a:esc\": \"say \\\"{{ user.first_name }}\\\" \\\\ {{user.metadata.seats}}\", "
     "\"urn:a:a\": [{{ user.email }}, \"x\", {{ user.metadata.flags | join: ', ' }}]}"),
};

} // namespace

class TestFormatter : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void holesKeepTheirText();
    void idempotentAndRendersTheSame();
    void lintErrorsAreFormatted();
    void syntaxErrorsAreRefused_data();
    void syntaxErrorsAreRefused();
    void byteOrderMarkKept();
    void mutatedTemplatesFormatStably();
};

void TestFormatter::layout_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one member") << uR"({"urn:a":1})"_s << u"{\n  \"urn:a\": 1\n}\n"_s;
    QTest::newRow("nested and empty")
        << uR"({"urn:a":{"b":[1,{}],"c":[]},"urn:d":{ }})"_s
        << u"{\n  \"urn:a\": {\n    \"b\": [\n      1,\n      {}\n    ],\n    \"c\": []\n  },\n"
           u"  \"urn:d\": {}\n}\n"_s;
    QTest::newRow("whitespace thrown away")
        << u"\n\n   {\r\n\t\"urn:a\"  :\n\n true ,\"urn:b\":null   }   \n\n"_s
        << u"{\n  \"urn:a\": true,\n  \"urn:b\": null\n}\n"_s;
    QTest::newRow("numbers and strings as written")
        << uR"({"urn:a":[1.50,-0.0e1,12345678901234567890],"urn:b":"x\u00e9\"y"})"_s
        << u"{\n  \"urn:a\": [\n    1.50,\n    -0.0e1,\n    12345678901234567890\n  ],\n"
           u"  \"urn:b\": \"x\\u00e9\\\"y\"\n}\n"_s;
    QTest::newRow("holes as values and elements")
        << uR"({"urn:a":{{user.email|downcase}},"urn:b":[{{ user.id }},"x"]})"_s
        << u"{\n  \"urn:a\": {{user.email|downcase}},\n  \"urn:b\": [\n    {{ user.id }},\n"
           u"    \"x\"\n  ]\n}\n"_s;
    QTest::newRow("non-ASCII names")
        << uR"({"ñame":"{{ user.email }}","日本":1})"_s
        << u"{\n  \"ñame\": \"{{ user.email }}\",\n  \"日本\": 1\n}\n"_s;
}

void TestFormatter::layout()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<std::string> out = format(input.toStdString());
    QVERIFY(out);
    QCOMPARE(QString::fromStdString(*out), expected);
}

void TestFormatter::holesKeepTheirText()
{
    const std::string templ =
        R"({"urn:a": "  {{   user.first_name|default:'x , y'   }}-{{user.id}} ",)"
        R"( "urn:b"  :  {{  user.metadata [ 'a b' ]  ||  'z'  }}})";
    const std::optional<std::string> out = format(templ);
    QVERIFY(out);
    QVERIFY(out->find(R"("  {{   user.first_name|default:'x , y'   }}-{{user.id}} ")") !=
            std::string::npos);
    QVERIFY(out->find(R"({{  user.metadata [ 'a b' ]  ||  'z'  }})") != std::string::npos);
    QCOMPARE(QString::fromStdString(*out),
             u"{\n  \"urn:a\": \"  {{   user.first_name|default:'x , y'   }}-{{user.id}} \",\n"
             u"  \"urn:b\": {{  user.metadata [ 'a b' ]  ||  'z'  }}\n}\n"_s);
}

void TestFormatter::idempotentAndRendersTheSame()
{
    const json::Value context = parseJson(kContext);
    for (const char* templ : kTemplates) {
        const Template before = Template::compile(templ);
        QVERIFY2(!before.hasErrors(), templ);
        const std::optional<std::string> once = format(templ);
        QVERIFY2(once, templ);
        const std::optional<std::string> twice = format(*once);
        QVERIFY2(twice, once->c_str());
        QCOMPARE(QString::fromStdString(*twice), QString::fromStdString(*once));

        const Template after = Template::compile(*once);
        QVERIFY2(!after.hasErrors(), once->c_str());
        const RenderResult a = before.render(context);
        const RenderResult b = after.render(context);
        QVERIFY2(a.ok, templ);
        QVERIFY2(b.ok, once->c_str());
        QCOMPARE(QString::fromStdString(b.json), QString::fromStdString(a.json));
        // The same claims, in the same order.
        QCOMPARE(after.claims().size(), before.claims().size());
        for (std::size_t i = 0; i < before.claims().size(); ++i)
            QCOMPARE(after.claims()[i].name, before.claims()[i].name);
        QCOMPARE(after.nullClaims(), before.nullClaims());
    }
}

void TestFormatter::lintErrorsAreFormatted()
{
    // An unknown field (T102) and a reserved claim (T401) are not syntax errors.
    const std::string templ = R"({"sub":"x","urn:a":{{ user.emial }}})";
    const Template t = Template::compile(templ);
    QVERIFY(t.hasErrors());
    const std::optional<std::string> out = format(templ);
    QVERIFY(out);
    QCOMPARE(*out, std::string("{\n  \"sub\": \"x\",\n  \"urn:a\": {{ user.emial }}\n}\n"));
    // The same diagnostics, moved with the text.
    const Template formatted = Template::compile(*out);
    QCOMPARE(formatted.diagnostics().size(), t.diagnostics().size());
    for (std::size_t i = 0; i < t.diagnostics().size(); ++i) {
        const Diagnostic& d = formatted.diagnostics()[i];
        QCOMPARE(d.code, t.diagnostics()[i].code);
        QCOMPARE(out->substr(d.span.start, d.span.length()),
                 templ.substr(t.diagnostics()[i].span.start, t.diagnostics()[i].span.length()));
    }
}

void TestFormatter::syntaxErrorsAreRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("missing comma") << uR"({"urn:a": 1 "urn:b": 2})"_s;
    QTest::newRow("trailing comma") << uR"({"urn:a": 1,})"_s;
    QTest::newRow("unterminated string") << u"{\"urn:a\": \"abc\n}"_s;
    QTest::newRow("unclosed hole") << uR"({"urn:a": {{ user.email })"_s;
    QTest::newRow("empty hole") << uR"({"urn:a": {{ }}})"_s;
    QTest::newRow("bad operator") << uR"({"urn:a": {{ user.email && user.id }}})"_s;
    QTest::newRow("hole in a name") << uR"({"{{ user.id }}": 1})"_s;
    QTest::newRow("not an object") << uR"([1, 2])"_s;
    QTest::newRow("duplicate key") << uR"({"urn:a": 1, "urn:a": 2})"_s;
    QTest::newRow("unclosed object") << uR"({"urn:a": 1)"_s;
}

void TestFormatter::syntaxErrorsAreRefused()
{
    QFETCH(QString, input);
    QVERIFY(!format(input.toStdString()));
}

void TestFormatter::byteOrderMarkKept()
{
    const std::optional<std::string> out = format("\xEF\xBB\xBF{ \"urn:a\" : 1 }");
    QVERIFY(out);
    QCOMPARE(*out, std::string("\xEF\xBB\xBF{\n  \"urn:a\": 1\n}\n"));
}

void TestFormatter::mutatedTemplatesFormatStably()
{
    // Pieces cut, doubled and inserted at random: whenever the result still
    // formats, formatting again changes nothing, the diagnostics are the same
    // and so is the rendered output.
    static const char* atoms[] = {"{", "}",  "[",    "]",   ":",   ",",         "\"",
                                  " ", "\n", "{{",   "}}",  "1.5", "\"urn:x\"", "true",
                                  "é", "\t", "null", "'x'", "|",   "user.id",   "\\"};
    const json::Value context = parseJson(kContext);
    std::mt19937_64 rng(20261122);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    int formatted = 0;
    for (int run = 0; run < 3000; ++run) {
        std::string text = kTemplates[pick(std::size(kTemplates))];
        for (std::size_t m = 0, n = 1 + pick(3); m < n; ++m) {
            const std::size_t at = pick(text.size());
            switch (pick(3)) {
            case 0:
                text.erase(at, 1 + pick(4));
                break;
            case 1:
                text.insert(at, atoms[pick(std::size(atoms))]);
                break;
            default:
                text.insert(at, text.substr(at, pick(10)));
                break;
            }
        }
        const std::optional<std::string> once = format(text);
        if (!once)
            continue;
        ++formatted;
        const std::string where = "run " + std::to_string(run) + ": " + text;
        QVERIFY2(format(*once) == once, where.c_str());
        const Template before = Template::compile(text);
        const Template after = Template::compile(*once);
        QCOMPARE(after.diagnostics().size(), before.diagnostics().size());
        for (std::size_t i = 0; i < before.diagnostics().size(); ++i)
            QVERIFY2(after.diagnostics()[i].code == before.diagnostics()[i].code, where.c_str());
        if (!before.hasErrors()) {
            const RenderResult a = before.render(context);
            const RenderResult b = after.render(context);
            QVERIFY2(a.ok == b.ok && a.json == b.json, where.c_str());
        }
    }
    QVERIFY2(formatted > 300, qPrintable(u"only %1 mutations formatted"_s.arg(formatted)));
}

QTEST_APPLESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
