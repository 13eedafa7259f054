// Every diagnostic code of spec §5 with its exact range and fix.
//
// Each row writes the expected range into the template itself: ⟦…⟧ marks the
// diagnostic's range and ‹…› the fix's range when it differs. The test removes
// the markers and computes 1-based lines and character columns on its own, so
// that it does not trust the engine's position arithmetic.

#include "TestSupport.h"
#include "template/Parser.h"
#include "template/Template.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::tmpl;

namespace {

struct Marked
{
    std::string text;
    Position start, end;       // ⟦ ⟧
    Position fixStart, fixEnd; // ‹ › (defaults to ⟦ ⟧)
    bool hasFixMarks = false;
};

// Positions counted on the QString (UTF-16) without surrogates in the data:
// characters = code units here; the rows avoid characters outside the BMP.
Marked unmark(const QString& marked)
{
    Marked m;
    QString plain;
    int line = 1, column = 1;
    for (const QChar c : marked) {
        const Position here{line, column};
        if (c == u'⟦') {
            m.start = here;
        } else if (c == u'⟧') {
            m.end = here;
        } else if (c == u'‹') {
            m.fixStart = here;
            m.hasFixMarks = true;
        } else if (c == u'›') {
            m.fixEnd = here;
        } else {
            plain += c;
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    }
    if (!m.hasFixMarks) {
        m.fixStart = m.start;
        m.fixEnd = m.end;
    }
    m.text = plain.toStdString();
    return m;
}

QString codesOf(const std::vector<Diagnostic>& ds)
{
    QStringList codes;
    for (const Diagnostic& d : ds)
        codes << QString::fromStdString(d.code);
    return codes.join(u',');
}

QString describe(const std::vector<Diagnostic>& ds)
{
    QString s;
    for (const Diagnostic& d : ds) {
        s += u"\n  %1 %2:%3-%4:%5 %6"_s.arg(QString::fromStdString(d.code))
                 .arg(d.start.line)
                 .arg(d.start.column)
                 .arg(d.end.line)
                 .arg(d.end.column)
                 .arg(QString::fromStdString(d.message));
    }
    return s;
}

const QString kNoFix = u"∅"_s;

struct Row
{
    const char* name;
    QString marked;
    QString code;
    QString fix;
    QString codes;
    QString severity;
};

const std::vector<Row>& rows()
{
    static const std::vector<Row> list = {
        {"T001 missing comma", uR"({"urn:a": 1⟦⟧ "urn:b": 2})"_s, u"T001"_s, u","_s, u"T001"_s,
         u"error"_s},
        {"T001 missing comma across lines", u"{\n  \"urn:a\": \"x\"⟦⟧\n  \"urn:b\": 2\n}"_s,
         u"T001"_s, u","_s, u"T001"_s, u"error"_s},
        {"T001 value expected", uR"({"urn:a": ⟦@⟧})"_s, u"T001"_s, kNoFix, u"T001"_s, u"error"_s},
        {"T001 unquoted member name", uR"({⟦aud⟧: 1})"_s, u"T001"_s, uR"("aud")"_s, u"T001"_s,
         u"error"_s},
        {"T001 missing colon", uR"({"urn:a"⟦⟧ 1})"_s, u"T001"_s, u":"_s, u"T001"_s, u"error"_s},
        {"T001 text after the end", uR"({"urn:a": 1} ⟦x⟧)"_s, u"T001"_s, kNoFix, u"T001"_s,
         u"error"_s},
        {"T001 unclosed object", uR"({"urn:a": 1⟦⟧)"_s, u"T001"_s, u"\n}"_s, u"T001"_s, u"error"_s},
        {"T001 bad escape", uR"({"urn:a": "x⟦‹\›q⟧"})"_s, u"T001"_s, uR"(\\)"_s, u"T001"_s,
         u"error"_s},
        {"T001 tab in string", u"{\"urn:a\": \"x⟦\t⟧y\"}"_s, u"T001"_s, uR"(\t)"_s, u"T001"_s,
         u"error"_s},
        {"T001 bad number", uR"({"urn:a": ⟦01⟧})"_s, u"T001"_s, kNoFix, u"T001"_s, u"error"_s},
        {"T001 columns count characters", uR"({"urn:ä": "ü", "urn:b": 1⟦⟧ "urn:c": 2})"_s,
         u"T001"_s, u","_s, u"T001"_s, u"error"_s},
        {"T002 object", uR"({"urn:a": 1⟦,⟧})"_s, u"T002"_s, u""_s, u"T002"_s, u"error"_s},
        {"T002 array", uR"({"urn:a": [1, 2⟦,⟧]})"_s, u"T002"_s, u""_s, u"T002"_s, u"error"_s},
        {"T002 after a hole", u"{\n  \"urn:a\": {{ user.email }}⟦,⟧\n}"_s, u"T002"_s, u""_s,
         u"T002"_s, u"error"_s},
        {"T003", uR"({"urn:a": 1, ⟦"urn:a"⟧: 2})"_s, u"T003"_s, kNoFix, u"T003"_s, u"error"_s},
        {"T003 nested", uR"({"urn:a": {"x": 1, ⟦"x"⟧: 2}})"_s, u"T003"_s, kNoFix, u"T003"_s,
         u"error"_s},
        {"T004", u"{\"urn:a\": ⟦\"abc‹›⟧\n}"_s, u"T004"_s, u"\""_s, u"T004"_s, u"error"_s},
        {"T004 before a comma", u"{\"urn:a\": ⟦\"abc‹›,⟧\n\"urn:b\": 1}"_s, u"T004"_s, u"\""_s,
         u"T004"_s, u"error"_s},
        {"T010", u"{\"urn:a\": ⟦{{ user.email‹›⟧\n}"_s, u"T010"_s, u" }}"_s, u"T010"_s, u"error"_s},
        {"T010 before a comma", u"{\"urn:a\": ⟦{{ user.email‹›,⟧\n\"urn:b\": 1}"_s, u"T010"_s,
         u" }}"_s, u"T010"_s, u"error"_s},
        {"T010 single brace", u"{\"urn:a\": ⟦{{ user.email ‹}›⟧\n}"_s, u"T010"_s, u"}}"_s,
         u"T010"_s, u"error"_s},
        {"T010 in a string", uR"({"urn:a": "⟦{{ user.email‹›⟧"})"_s, u"T010"_s, u" }}"_s, u"T010"_s,
         u"error"_s},
        {"T011", uR"({"urn:a": ⟦{{ }}⟧})"_s, u"T011"_s, kNoFix, u"T011"_s, u"error"_s},
        {"T012 &&", uR"({"urn:a": {{ user.email ⟦&&⟧ user.id }}})"_s, u"T012"_s, kNoFix, u"T012"_s,
         u"error"_s},
        {"T012 empty || operand", uR"({"urn:a": {{ user.email ⟦||⟧ }}})"_s, u"T012"_s, kNoFix,
         u"T012"_s, u"error"_s},
        {"T012 empty || operand first", uR"({"urn:a": {{ ⟦||⟧ user.email }}})"_s, u"T012"_s, kNoFix,
         u"T012"_s, u"error"_s},
        {"T012 unbalanced bracket", uR"({"urn:a": {{ user.metadata⟦[⟧'x' }}})"_s, u"T012"_s, kNoFix,
         u"T012"_s, u"error"_s},
        {"T012 stray bracket", uR"({"urn:a": {{ user.metadata⟦]⟧ }}})"_s, u"T012"_s, kNoFix,
         u"T012"_s, u"error"_s},
        {"T012 two paths", uR"({"urn:a": {{ user.email ⟦user⟧.id }}})"_s, u"T012"_s, kNoFix,
         u"T012"_s, u"error"_s},
        {"T013 in a quoted name", uR"({⟦"{{ user.id }}"⟧: 1})"_s, u"T013"_s, kNoFix, u"T013"_s,
         u"error"_s},
        {"T013 as a name", uR"({⟦{{ user.id }}⟧: 1})"_s, u"T013"_s, kNoFix, u"T013"_s, u"error"_s},
        {"T101", uR"({"urn:a": {{ ⟦usr⟧.email }}})"_s, u"T101"_s, u"user"_s, u"T101"_s, u"error"_s},
        {"T101 no near root", uR"({"urn:a": {{ ⟦tenant⟧.id }}})"_s, u"T101"_s, kNoFix, u"T101"_s,
         u"error"_s},
        {"T102", uR"({"urn:a": {{ user.⟦fist_name⟧ }}})"_s, u"T102"_s, u"first_name"_s, u"T102"_s,
         u"error"_s},
        {"T102 field of an array", uR"({"urn:a": {{ organization.domains.⟦domain⟧ }}})"_s,
         u"T102"_s, u"0.domain"_s, u"T102"_s, u"error"_s},
        {"T102 field of a string", uR"({"urn:a": {{ user.email.⟦host⟧ }}})"_s, u"T102"_s, kNoFix,
         u"T102"_s, u"error"_s},
        {"T102 element field", uR"({"urn:a": {{ organization.domains.0.⟦domian⟧ }}})"_s, u"T102"_s,
         u"domain"_s, u"T102"_s, u"error"_s},
        {"T103", uR"({"urn:a": {{ user.metadata.⟦tierr⟧ }}})"_s, u"T103"_s, u"tier"_s, u"T103"_s,
         u"warning"_s},
        {"T103 no near key", uR"({"urn:a": {{ user.metadata.⟦department⟧ }}})"_s, u"T103"_s, kNoFix,
         u"T103"_s, u"warning"_s},
        {"T104 field", uR"({"urn:a": {{ user.⟦firstName⟧ }}})"_s, u"T104"_s, u"first_name"_s,
         u"T104"_s, u"warning"_s},
        {"T104 root", uR"({"urn:a": {{ ⟦organizationMembership⟧.role.slug }}})"_s, u"T104"_s,
         u"organization_membership"_s, u"T104"_s, u"warning"_s},
        {"T104 sso", uR"({"urn:a": {{ user.⟦ssoAttributes⟧.department }}})"_s, u"T104"_s,
         u"sso_attributes"_s, u"T104"_s, u"warning"_s},
        {"T105", uR"({"urn:a": "{{ user.first_name }} ⟦{{ user.first_name }}⟧"})"_s, u"T105"_s,
         kNoFix, u"T105"_s, u"warning"_s},
        {"T201 unknown", uR"({"urn:a": {{ user.email | ⟦upcse⟧ }}})"_s, u"T201"_s, u"upcase"_s,
         u"T201"_s, u"error"_s},
        {"T201 arguments", uR"({"urn:a": {{ user.email ⟦| replace: 'a'⟧ }}})"_s, u"T201"_s, kNoFix,
         u"T201"_s, u"error"_s},
        {"T201 too many", uR"({"urn:a": {{ user.email ⟦| upcase: 'x'⟧ }}})"_s, u"T201"_s, kNoFix,
         u"T201"_s, u"error"_s},
        {"T203 object", uR"({"urn:a": ‹"⟦{{ user.metadata }}⟧"›})"_s, u"T203"_s,
         u"{{ user.metadata }}"_s, u"T203"_s, u"error"_s},
        {"T203 array with text", uR"({"urn:a": "x ⟦{{ organization.domains }}⟧"})"_s, u"T203"_s,
         kNoFix, u"T203"_s, u"error"_s},
        {"T203 through a filter",
         uR"({"urn:a": "⟦{{ organization_membership.roles | map: 'slug' }}⟧ x"})"_s, u"T203"_s,
         kNoFix, u"T203"_s, u"error"_s},
        {"T205", uR"({"urn:a": {{ user.metadata | ⟦upcase⟧ }}})"_s, u"T205"_s, kNoFix, u"T205"_s,
         u"warning"_s},
        {"T205 array filter on text", uR"({"urn:a": {{ user.email | ⟦first⟧ }}})"_s, u"T205"_s,
         kNoFix, u"T205"_s, u"warning"_s},
        {"T401 sub", uR"({⟦"sub"⟧: "x"})"_s, u"T401"_s, kNoFix, u"T401"_s, u"error"_s},
        {"T401 permissions", uR"({⟦"permissions"⟧: []})"_s, u"T401"_s, kNoFix, u"T401"_s,
         u"error"_s},
        {"T402 array", u"⟦[1]⟧"_s, u"T402"_s, kNoFix, u"T402"_s, u"error"_s},
        {"T402 empty object", u"⟦{}⟧"_s, u"T402"_s, kNoFix, u"T402"_s, u"error"_s},
        {"T402 empty text", u"⟦⟧"_s, u"T402"_s, kNoFix, u"T402"_s, u"error"_s},
        {"T402 whitespace", u"⟦  \n ⟧"_s, u"T402"_s, kNoFix, u"T402"_s, u"error"_s},
        {"T404", uR"({⟦"tier"⟧: 1})"_s, u"T404"_s, kNoFix, u"T404"_s, u"warning"_s},
        {"T405", uR"({"urn:app:roles": {{ ⟦user.user_metadata⟧.roles }}})"_s, u"T405"_s,
         u"user.metadata"_s, u"T405"_s, u"warning"_s},
        {"T405 nested name", uR"({"urn:app": {"is_admin": {{ ⟦user.user_metadata⟧.admin }}}})"_s,
         u"T405"_s, u"user.metadata"_s, u"T405"_s, u"warning"_s},
        {"T405 in a fallback",
         uR"({"urn:app:scope": {{ user.metadata.scope || ⟦user.user_metadata⟧.scope }}})"_s,
         u"T405"_s, u"user.metadata"_s, u"T103,T405"_s, u"warning"_s},
    };
    return list;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void diagnostic_data();
    void diagnostic();
    void workosAnnouncementTemplate();
    void everyCodeIsCovered();
    void renderErrors();
    void sizeBudget();
    void lintProfileIsConfigurable();
    void templateSizeLimit();
    void nestingLimit();
};

void TestDiagnostics::diagnostic_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fix");   // replacement text, or ∅ for none
    QTest::addColumn<QString>("codes"); // every code reported, in order
    QTest::addColumn<QString>("severity");
    for (const Row& r : rows())
        QTest::newRow(r.name) << r.marked << r.code << r.fix << r.codes << r.severity;
}

void TestDiagnostics::diagnostic()
{
    QFETCH(QString, marked);
    QFETCH(QString, code);
    QFETCH(QString, fix);
    QFETCH(QString, codes);
    QFETCH(QString, severity);

    const Marked m = unmark(marked);
    Vocabulary vocabulary;
    vocabulary.setKeys(Bag::UserMetadata, {{"tier", 10, 0}, {"plan", 5, 0}});
    CompileOptions options;
    options.vocabulary = &vocabulary;
    const Template t = Template::compile(m.text, options);
    const auto& ds = t.diagnostics();

    QVERIFY2(codesOf(ds) == codes,
             qPrintable(u"codes %1, expected %2:%3"_s.arg(codesOf(ds), codes, describe(ds))));
    const Diagnostic* d = nullptr;
    for (const Diagnostic& x : ds) {
        if (QString::fromStdString(x.code) == code)
            d = &x;
    }
    QVERIFY(d);
    QCOMPARE(QString::fromLatin1(severityName(d->severity)), severity);
    QVERIFY2(d->start == m.start && d->end == m.end,
             qPrintable(u"range %1:%2-%3:%4, expected %5:%6-%7:%8"_s.arg(d->start.line)
                            .arg(d->start.column)
                            .arg(d->end.line)
                            .arg(d->end.column)
                            .arg(m.start.line)
                            .arg(m.start.column)
                            .arg(m.end.line)
                            .arg(m.end.column)));
    QVERIFY2(!d->message.empty() && d->message.size() > 15, d->message.c_str());
    if (fix == kNoFix) {
        QVERIFY2(!d->fix, d->fix ? d->fix->replacement.c_str() : "");
        return;
    }
    QVERIFY2(d->fix, "expected a fix");
    QCOMPARE(QString::fromStdString(d->fix->replacement), fix);
    QVERIFY2(d->fix->start == m.fixStart && d->fix->end == m.fixEnd,
             qPrintable(u"fix range %1:%2-%3:%4, expected %5:%6-%7:%8"_s.arg(d->fix->start.line)
                            .arg(d->fix->start.column)
                            .arg(d->fix->end.line)
                            .arg(d->fix->end.column)
                            .arg(m.fixStart.line)
                            .arg(m.fixStart.column)
                            .arg(m.fixEnd.line)
                            .arg(m.fixEnd.column)));
    // Applying the fix removes this diagnostic.
    std::string fixed = m.text;
    fixed.replace(d->fix->span.start, d->fix->span.length(), d->fix->replacement);
    const Template again = Template::compile(fixed, options);
    for (const Diagnostic& x : again.diagnostics())
        QVERIFY2(!(x.code == d->code && x.start == d->start), fixed.c_str());
}

// The template of the WorkOS announcement, as printed there.
void TestDiagnostics::workosAnnouncementTemplate()
{
    const std::string text = test::kWorkosAnnouncementTemplate;
    const Template t = Template::compile(text);
    const auto& ds = t.diagnostics();
    QCOMPARE(codesOf(ds), u"T104,T105,T104,T001,T002"_s);
    // The missing comma at the end of line 3, with its fix.
    QCOMPARE(ds[3].start.line, 3);
    QCOMPARE(ds[3].start.column, 64);
    QCOMPARE(
        QString::fromStdString(ds[3].message),
        uR"(expected ',' or '}' after the value of "urn:my_app:full_name", found the string "urn:my_app:department")"_s);
    QCOMPARE(ds[3].fix->replacement, std::string(","));
    // The trailing comma on line 7.
    QCOMPARE(ds[4].start.line, 7);
    QCOMPARE(ds[4].start.column, 57);
    // Both camelCase spellings on line 3, and the repeated hole.
    QCOMPARE(ds[0].start.line, 3);
    QCOMPARE(ds[0].fix->replacement, std::string("first_name"));
    QCOMPARE(ds[1].start.line, 3);
    QCOMPARE(ds[2].start.line, 3);
    QVERIFY(t.hasErrors());
}

void TestDiagnostics::everyCodeIsCovered()
{
    // Every code of spec §5 has rows; the render-time codes (T301, T403) are
    // checked by renderErrors() and sizeBudget().
    const QStringList all = {u"T001"_s, u"T002"_s, u"T003"_s, u"T004"_s, u"T010"_s,
                             u"T011"_s, u"T012"_s, u"T013"_s, u"T101"_s, u"T102"_s,
                             u"T103"_s, u"T104"_s, u"T105"_s, u"T201"_s, u"T203"_s,
                             u"T205"_s, u"T401"_s, u"T402"_s, u"T404"_s, u"T405"_s};
    for (const QString& code : all) {
        const bool covered =
            std::any_of(rows().begin(), rows().end(), [&](const Row& r) { return r.code == code; });
        QVERIFY2(covered, qPrintable(code));
    }
}

void TestDiagnostics::renderErrors()
{
    // T301: an impossible conversion, with the range of the filter.
    const Marked m = unmark(uR"({"urn:n": {{ user.metadata.count ⟦| to_number⟧ }}})"_s);
    const Template t = Template::compile(m.text);
    QVERIFY(!t.hasErrors());
    json::Value ctx = json::Value::object(
        {{"user", json::Value::object({{"metadata", json::Value::object({{"count", "many"}})}})}});
    RenderResult r = t.render(ctx);
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    QCOMPARE(r.diagnostics[0].code, std::string("T301"));
    QCOMPARE(r.diagnostics[0].start, m.start);
    QCOMPARE(r.diagnostics[0].end, m.end);
    QVERIFY(r.json.empty());

    // T203 at render time: the schema cannot know a metadata value is an object.
    const Marked m2 = unmark(uR"({"urn:a": "x ⟦{{ user.metadata.address }}⟧"})"_s);
    const Template t2 = Template::compile(m2.text);
    QVERIFY(!t2.hasErrors());
    ctx = json::Value::object(
        {{"user",
          json::Value::object(
              {{"metadata",
                json::Value::object({{"address", json::Value::object({{"city", "Oslo"}})}})}})}});
    r = t2.render(ctx);
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics[0].code, std::string("T203"));
    QCOMPARE(r.diagnostics[0].start, m2.start);
    QCOMPARE(r.diagnostics[0].end, m2.end);
    // Every render error is returned, not only the first.
    const Template t3 = Template::compile(
        R"({"urn:a": {{ user.metadata.a | to_number }}, "urn:b": {{ user.metadata.b | to_bool }}})");
    ctx = json::Value::object(
        {{"user",
          json::Value::object({{"metadata", json::Value::object({{"a", "x"}, {"b", "y"}})}})}});
    r = t3.render(ctx);
    QCOMPARE(codesOf(r.diagnostics), u"T301,T301"_s);
    // A template with errors does not render and returns its errors.
    const Template bad = Template::compile(R"({"sub": 1, "urn:a": {{ }}})");
    r = bad.render(json::Value::object({}));
    QVERIFY(!r.ok);
    QCOMPARE(codesOf(r.diagnostics), u"T401,T011"_s);
}

void TestDiagnostics::sizeBudget()
{
    const Marked m = unmark(uR"({⟦"urn:big"⟧: {{ user.metadata.blob }}, "urn:small": 1})"_s);
    const Template t = Template::compile(m.text);
    QVERIFY(!t.hasErrors());
    auto ctxWith = [](std::size_t n) {
        return json::Value::object(
            {{"user", json::Value::object(
                          {{"metadata", json::Value::object({{"blob", std::string(n, 'x')}})}})}});
    };
    RenderResult r = t.render(ctxWith(100));
    QVERIFY(r.ok);
    QVERIFY(r.diagnostics.empty());
    r = t.render(ctxWith(1300)); // over 1,200 bytes: a warning, still rendered
    QVERIFY(r.ok);
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    QCOMPARE(r.diagnostics[0].code, std::string("T403"));
    QCOMPARE(r.diagnostics[0].severity, Severity::Warning);
    QCOMPARE(r.diagnostics[0].start, m.start);
    QCOMPARE(r.diagnostics[0].end, m.end);
    QVERIFY2(r.diagnostics[0].message.find("\"urn:big\"") != std::string::npos,
             r.diagnostics[0].message.c_str());
    r = t.render(ctxWith(4000)); // over 3,072 bytes: an error
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics[0].code, std::string("T403"));
    QCOMPARE(r.diagnostics[0].severity, Severity::Error);
}

void TestDiagnostics::lintProfileIsConfigurable()
{
    const std::string text =
        R"({"urn:app:roles": {{ user.user_metadata.roles }}, "urn:x": {{ user.metadata.blob }}})";
    CompileOptions strict;
    QCOMPARE(codesOf(Template::compile(text, strict).diagnostics()), u"T405"_s);
    CompileOptions relaxed;
    relaxed.profile.trustRule = false;
    QCOMPARE(codesOf(Template::compile(text, relaxed).diagnostics()), QString());
    CompileOptions words;
    words.profile.authorizationWords = {"tenant"};
    QCOMPARE(codesOf(Template::compile(text, words).diagnostics()), QString());

    CompileOptions small;
    small.profile.sizeWarningBytes = 10;
    small.profile.sizeErrorBytes = 20;
    const Template t = Template::compile(text, small);
    json::Value ctx = json::Value::object(
        {{"user", json::Value::object(
                      {{"metadata", json::Value::object({{"blob", "0123456789abcdef"}})}})}});
    const RenderResult r = t.render(ctx);
    QVERIFY(!r.ok);
    QCOMPARE(r.diagnostics.back().code, std::string("T403"));
    QVERIFY2(r.diagnostics.back().message.find("limit of 20 bytes") != std::string::npos,
             r.diagnostics.back().message.c_str());
}

void TestDiagnostics::templateSizeLimit()
{
    // {"urn:a": "xx…x"} padded to exactly the limit, then one byte more.
    const std::string head = R"({"urn:a": ")", tail = R"("})";
    const std::string at =
        head + std::string(kMaxTemplateBytes - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(at.size(), kMaxTemplateBytes);
    QVERIFY(!Template::compile(at).hasErrors());
    const std::string over =
        head + std::string(kMaxTemplateBytes + 1 - head.size() - tail.size(), 'x') + tail;
    const Template t = Template::compile(over);
    QCOMPARE(codesOf(t.diagnostics()), u"T001"_s);
    QCOMPARE(t.diagnostics()[0].message,
             std::string("the template is 262,145 bytes; templates are limited to 262,144 bytes"));
}

void TestDiagnostics::nestingLimit()
{
    // {"urn:a": [[…]]}: the object is one level, the arrays the others.
    const auto nested = [](int levels) {
        return R"({"urn:a": )" + std::string(levels - 1, '[') + std::string(levels - 1, ']') + "}";
    };
    QVERIFY(!Template::compile(nested(kMaxNesting)).hasErrors());
    const Template t = Template::compile(nested(kMaxNesting + 1));
    QCOMPARE(codesOf(t.diagnostics()), u"T001"_s);
    QCOMPARE(t.diagnostics()[0].message,
             std::string("nesting deeper than 64 levels; flatten the structure"));
}

QTEST_APPLESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
