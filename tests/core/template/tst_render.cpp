// Rendering: the examples of spec §7, the null and missing rules of §3, path
// forms and literals of §2, every filter, and the guarantees of §6.

#include "TestSupport.h"
#include "json/Reader.h"
#include "template/Template.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::tmpl;

namespace {

json::Value parseJson(const QString& text)
{
    const json::ParseResult r = json::parse(text.toStdString());
    if (!r.ok)
        qFatal("bad test JSON: %s", r.error.toString().c_str());
    return r.value;
}

QString errorCodes(const std::vector<Diagnostic>& ds)
{
    QStringList codes;
    for (const Diagnostic& d : ds) {
        if (d.severity == Severity::Error)
            codes << QString::fromStdString(d.code);
    }
    return u"error "_s + codes.join(u',');
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void memberOrderIsTheTemplates();
    void renderIsPure();
    void reservedClaimNeverRendered();
    void metadataKeysRead();
    void renderedSizeLimit();
    void filterValueLimit();
    void filterBudget();
    void doublingStops();
    void uniqOfLongArrays();
};

void TestRender::render_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected"); // compact JSON, or "error T…"

    // Spec §7, each example as printed.
    QTest::newRow("7.1 string with a null part")
        << uR"({"n": "{{ user.first_name }} {{ user.last_name }}"})"_s
        << uR"({"user":{"first_name":"Ada","last_name":null}})"_s << uR"({"n":"Ada"})"_s;
    QTest::newRow("7.2 fallback") << uR"({"t": {{ organization.metadata.tier || 'bronze' }}})"_s
                                  << uR"({"organization":{"metadata":{}}})"_s
                                  << uR"({"t":"bronze"})"_s;
    QTest::newRow("7.3 missing member left out")
        << uR"({"t": {{ organization.metadata.tier }}})"_s
        << uR"({"organization":{"metadata":{}}})"_s << u"{}"_s;
    QTest::newRow("7.4 others kept") << uR"({"a": 1, "t": {{ organization.metadata.tier }}})"_s
                                     << uR"({"organization":{"metadata":{}}})"_s << uR"({"a":1})"_s;
    QTest::newRow("7.5 index") << uR"({"d": {{ organization.domains.0.domain }}})"_s
                               << uR"({"organization":{"domains":[{"domain":"foo.com"}]}})"_s
                               << uR"({"d":"foo.com"})"_s;
    QTest::newRow("7.6 object inserted")
        << uR"({"m": {{ user.metadata }}})"_s << uR"({"user":{"metadata":{"a":"1","b":"2"}}})"_s
        << uR"({"m":{"a":"1","b":"2"}})"_s;
    QTest::newRow("7.7 object in a string")
        << uR"({"m": "{{ user.metadata }}"})"_s << uR"({"user":{"metadata":{"a":"1"}}})"_s
        << u"error T203"_s;
    QTest::newRow("7.8 map")
        << uR"({"r": {{ organization_membership.roles | map: 'slug' }}})"_s
        << uR"({"organization_membership":{"roles":[{"slug":"admin"},{"slug":"viewer"}]}})"_s
        << uR"({"r":["admin","viewer"]})"_s;
    QTest::newRow("7.9 upcase") << uR"({"e": {{ user.email | upcase }}})"_s
                                << uR"({"user":{"email":"a@b.co"}})"_s << uR"({"e":"A@B.CO"})"_s;
    QTest::newRow("7.10 quotes and backslash")
        << uR"({"q": "say \"{{ user.metadata.q }}\""})"_s
        << uR"({"user":{"metadata":{"q":"he said \"hi\"\\"}}})"_s
        << uR"({"q":"say \"he said \"hi\"\\\""})"_s;
    QTest::newRow("7.11 reserved claim") << uR"({"iss": "me"})"_s << u"{}"_s << u"error T401"_s;
    QTest::newRow("7.12 to_number")
        << uR"({"n": {{ user.metadata.count | to_number }}})"_s
        << uR"({"user":{"metadata":{"count":"42"}}})"_s << uR"({"n":42})"_s;

    // §3 null and missing
    QTest::newRow("null member left out") << uR"({"a": {{ user.last_name }}, "b": 1})"_s
                                          << uR"({"user":{"last_name":null}})"_s << uR"({"b":1})"_s;
    QTest::newRow("null kept with the option")
        << uR"({"null_claims": "keep", "a": {{ user.last_name }}, "b": {{ user.metadata.none }}})"_s
        << uR"({"user":{"last_name":null,"metadata":{}}})"_s << uR"({"a":null})"_s;
    QTest::newRow("left out at any depth")
        << uR"({"urn:x": {"a": {{ user.metadata.none }}, "b": 2}})"_s
        << uR"({"user":{"metadata":{}}})"_s << uR"({"urn:x":{"b":2}})"_s;
    QTest::newRow("array: missing left out, null kept")
        << uR"({"urn:x": [{{ user.metadata.none }}, {{ user.last_name }}, "x", {{ user.email }}]})"_s
        << uR"({"user":{"metadata":{},"last_name":null,"email":"e@x.io"}})"_s
        << uR"({"urn:x":[null,"x","e@x.io"]})"_s;
    QTest::newRow("string: null and missing are empty")
        << uR"({"urn:x": "<{{ user.last_name }}|{{ user.metadata.none }}>"})"_s
        << uR"({"user":{"last_name":null,"metadata":{}}})"_s << uR"({"urn:x":"<|>"})"_s;
    QTest::newRow("string trimmed")
        << uR"({"urn:x": "  {{ user.first_name }}  {{ user.last_name }} "})"_s
        << uR"({"user":{"first_name":"Ada","last_name":null}})"_s << uR"({"urn:x":"Ada"})"_s;
    QTest::newRow("string kept when empty")
        << uR"({"urn:x": "{{ user.metadata.none }}"})"_s << uR"({"user":{"metadata":{}}})"_s
        << uR"({"urn:x":""})"_s;
    QTest::newRow("plain strings are not trimmed")
        << uR"({"urn:x": "  a  "})"_s << u"{}"_s << uR"({"urn:x":"  a  "})"_s;
    QTest::newRow("missing root") << uR"({"urn:x": {{ organization.name }}})"_s << u"{}"_s
                                  << u"{}"_s;
    QTest::newRow("result may be empty")
        << uR"({"urn:x": {{ user.email }}})"_s << u"{}"_s << u"{}"_s;
    QTest::newRow("field of a string is missing")
        << uR"({"urn:x": {{ user.metadata.s.x || 'none' }}})"_s
        << uR"({"user":{"metadata":{"s":"text"}}})"_s << uR"({"urn:x":"none"})"_s;
    QTest::newRow("index out of range") << uR"({"urn:x": {{ organization.domains.5.domain }}})"_s
                                        << uR"({"organization":{"domains":[]}})"_s << u"{}"_s;

    // §2 chains and literals
    QTest::newRow("|| keeps false, 0 and empty")
        << uR"({"urn:a": {{ user.metadata.f || true }}, "urn:b": {{ user.metadata.z || 1 }}, "urn:c": {{ user.metadata.e || 'x' }}})"_s
        << uR"({"user":{"metadata":{"f":false,"z":0,"e":""}}})"_s
        << uR"({"urn:a":false,"urn:b":0,"urn:c":""})"_s;
    QTest::newRow("|| skips null")
        << uR"({"urn:a": {{ user.last_name || user.first_name }}})"_s
        << uR"({"user":{"first_name":"Ada","last_name":null}})"_s << uR"({"urn:a":"Ada"})"_s;
    QTest::newRow("|| last operand otherwise")
        << uR"({"urn:a": {{ user.last_name || user.metadata.none }}})"_s
        << uR"({"user":{"last_name":null,"metadata":{}}})"_s << u"{}"_s;
    QTest::newRow("literals")
        << uR"({"urn:a": [{{ 'x' }}, {{ "y" }}, {{ -1.5e2 }}, {{ true }}, {{ null }}]})"_s
        << u"{}"_s << uR"({"urn:a":["x","y",-1.5e2,true,null]})"_s;
    QTest::newRow("bracket index = dot index")
        << uR"({"urn:a": {{ organization.domains[0].domain }}, "urn:b": {{ organization.domains.0.domain }}})"_s
        << uR"({"organization":{"domains":[{"domain":"a.io"}]}})"_s
        << uR"({"urn:a":"a.io","urn:b":"a.io"})"_s;
    QTest::newRow("bracket key with a dot")
        << uR"({"urn:a": {{ user.metadata["billing.plan"] }}})"_s
        << uR"({"user":{"metadata":{"billing.plan":"pro"}}})"_s << uR"({"urn:a":"pro"})"_s;
    QTest::newRow("bracket key in a string")
        << uR"({"urn:a": "{{ user.metadata['billing.plan'] }}!"})"_s
        << uR"({"user":{"metadata":{"billing.plan":"pro"}}})"_s << uR"({"urn:a":"pro!"})"_s;
    QTest::newRow("escaped quotes in a string hole")
        << uR"({"urn:a": "{{ user.metadata.none || \"n/a\" }}"})"_s
        << uR"({"user":{"metadata":{}}})"_s << uR"({"urn:a":"n/a"})"_s;
    QTest::newRow("numeric metadata key")
        << uR"({"urn:a": {{ user.metadata.2fa }}})"_s << uR"({"user":{"metadata":{"2fa":true}}})"_s
        << uR"({"urn:a":true})"_s;
    QTest::newRow("camelCase resolves")
        << uR"({"urn:a": "{{ user.firstName }} {{ user.lastName }}"})"_s
        << uR"({"user":{"first_name":"Ada","last_name":"L"}})"_s << uR"({"urn:a":"Ada L"})"_s;
    QTest::newRow("metadata keys keep their case")
        << uR"({"urn:a": {{ user.metadata.ContractNumber }}})"_s
        << uR"({"user":{"metadata":{"ContractNumber":"1234"}}})"_s << uR"({"urn:a":"1234"})"_s;

    // §6 numbers
    QTest::newRow("64-bit integers exact")
        << uR"({"urn:a": {{ user.metadata.big }}, "urn:b": {{ user.metadata.neg }}, "urn:c": "{{ user.metadata.big }}"})"_s
        << uR"({"user":{"metadata":{"big":18446744073709551615,"neg":-9223372036854775808}}})"_s
        << uR"({"urn:a":18446744073709551615,"urn:b":-9223372036854775808,"urn:c":"18446744073709551615"})"_s;
    QTest::newRow("other numbers keep their text")
        << uR"({"urn:a": {{ user.metadata.f }}, "urn:b": 1.50, "urn:c": "{{ user.metadata.f }}"})"_s
        << uR"({"user":{"metadata":{"f":1.10e0}}})"_s
        << uR"({"urn:a":1.10e0,"urn:b":1.50,"urn:c":"1.1"})"_s;
    QTest::newRow("large and tiny numbers keep their text")
        << uR"({"urn:a": {{ user.metadata.h }}, "urn:b": {{ user.metadata.t }}})"_s
        << uR"({"user":{"metadata":{"h":1.0E+300,"t":-0.000e-5}}})"_s
        << uR"({"urn:a":1.0E+300,"urn:b":-0.000e-5})"_s;
    QTest::newRow("booleans in text")
        << uR"({"urn:a": "{{ user.email_verified }}"})"_s
        << uR"({"user":{"email_verified":true}})"_s << uR"({"urn:a":"true"})"_s;

    // Filters
    QTest::newRow("default on null")
        << uR"({"urn:a": {{ user.last_name | default: 'x' }}})"_s
        << uR"({"user":{"last_name":null}})"_s << uR"({"urn:a":"x"})"_s;
    QTest::newRow("default keeps false")
        << uR"({"urn:a": {{ user.email_verified | default: true }}})"_s
        << uR"({"user":{"email_verified":false}})"_s << uR"({"urn:a":false})"_s;
    QTest::newRow("default from a path")
        << uR"({"urn:a": {{ user.metadata.x | default: user.email }}})"_s
        << uR"({"user":{"email":"e@x.io","metadata":{}}})"_s << uR"({"urn:a":"e@x.io"})"_s;
    QTest::newRow("downcase unicode")
        << uR"({"urn:a": {{ user.first_name | downcase }}})"_s
        << uR"({"user":{"first_name":"ÄNNE"}})"_s << uR"({"urn:a":"änne"})"_s;
    QTest::newRow("capitalize") << uR"({"urn:a": {{ user.first_name | capitalize }}})"_s
                                << uR"({"user":{"first_name":"éLODIE"}})"_s
                                << uR"({"urn:a":"Élodie"})"_s;
    QTest::newRow("strip") << uR"({"urn:a": {{ user.first_name | strip }}})"_s
                           << uR"({"user":{"first_name":"  Ada \n"}})"_s << uR"({"urn:a":"Ada"})"_s;
    QTest::newRow("append prepend")
        << uR"({"urn:a": {{ user.first_name | append: '!' | prepend: 'Hi ' }}})"_s
        << uR"({"user":{"first_name":"Ada"}})"_s << uR"({"urn:a":"Hi Ada!"})"_s;
    QTest::newRow("append to a number")
        << uR"({"urn:a": {{ user.metadata.n | append: 'px' }}})"_s
        << uR"({"user":{"metadata":{"n":12}}})"_s << uR"({"urn:a":"12px"})"_s;
    QTest::newRow("replace all") << uR"({"urn:a": {{ user.email | replace: '.', '_' }}})"_s
                                 << uR"({"user":{"email":"a.b@c.io"}})"_s
                                 << uR"({"urn:a":"a_b@c_io"})"_s;
    QTest::newRow("split join")
        << uR"({"urn:a": {{ user.metadata.t | split: ',' }}, "urn:b": {{ user.metadata.t | split: ',' | join: ' ' }}})"_s
        << uR"({"user":{"metadata":{"t":"a,b,,c"}}})"_s
        << uR"({"urn:a":["a","b","","c"],"urn:b":"a b  c"})"_s;
    QTest::newRow("split empty") << uR"({"urn:a": {{ user.metadata.t | split: ',' }}})"_s
                                 << uR"({"user":{"metadata":{"t":""}}})"_s << uR"({"urn:a":[]})"_s;
    QTest::newRow("first last size")
        << uR"({"urn:a": {{ user.metadata.l | first }}, "urn:b": {{ user.metadata.l | last }}, "urn:c": {{ user.metadata.l | size }}, "urn:d": {{ user.first_name | size }}, "urn:e": {{ user.metadata | size }}})"_s
        << uR"({"user":{"first_name":"Åsa","metadata":{"l":[1,2,3]}}})"_s
        << uR"({"urn:a":1,"urn:b":3,"urn:c":3,"urn:d":3,"urn:e":1})"_s;
    QTest::newRow("first of empty") << uR"({"urn:a": {{ user.metadata.l | first }}})"_s
                                    << uR"({"user":{"metadata":{"l":[]}}})"_s << u"{}"_s;
    QTest::newRow("uniq sort compact")
        << uR"({"urn:a": {{ user.metadata.l | uniq }}, "urn:b": {{ user.metadata.l | sort }}, "urn:c": {{ user.metadata.l | compact }}})"_s
        << uR"({"user":{"metadata":{"l":["b",null,"a","b",2,true]}}})"_s
        << uR"({"urn:a":["b",null,"a",2,true],"urn:b":[null,true,2,"a","b","b"],"urn:c":["b","a","b",2,true]})"_s;
    QTest::newRow("where")
        << uR"({"urn:a": {{ organization.domains | where: 'state', 'verified' | map: 'domain' }}})"_s
        << uR"({"organization":{"domains":[{"domain":"a.io","state":"verified"},{"domain":"b.io","state":"pending"}]}})"_s
        << uR"({"urn:a":["a.io"]})"_s;
    QTest::newRow("where truthy")
        << uR"({"urn:a": {{ user.metadata.l | where: 'on' | size }}})"_s
        << uR"({"user":{"metadata":{"l":[{"on":true},{"on":false},{"x":1}]}}})"_s
        << uR"({"urn:a":1})"_s;
    QTest::newRow("map on an object")
        << uR"({"urn:a": {{ organization_membership.role | map: 'slug' }}})"_s
        << uR"({"organization_membership":{"role":{"slug":"admin"}}})"_s
        << uR"({"urn:a":["admin"]})"_s;
    QTest::newRow("conversions")
        << uR"({"urn:a": {{ user.metadata.n | to_string }}, "urn:b": {{ user.metadata.s | to_number }}, "urn:c": {{ user.metadata.s | to_bool }}, "urn:d": {{ user.metadata.y | to_bool }}, "urn:e": {{ user.metadata.z | to_number }}})"_s
        << uR"({"user":{"metadata":{"n":4.5,"s":"0","y":"Yes","z":" 007 "}}})"_s
        << uR"({"urn:a":"4.5","urn:b":0,"urn:c":false,"urn:d":true,"urn:e":7})"_s;
    QTest::newRow("to_number impossible")
        << uR"({"urn:a": {{ user.metadata.s | to_number }}})"_s
        << uR"({"user":{"metadata":{"s":"12abc"}}})"_s << u"error T301"_s;
    QTest::newRow("to_bool impossible")
        << uR"({"urn:a": {{ user.metadata.s | to_bool }}})"_s
        << uR"({"user":{"metadata":{"s":"maybe"}}})"_s << u"error T301"_s;
    QTest::newRow("to_string of an object")
        << uR"({"urn:a": {{ user.metadata.o | to_string }}})"_s
        << uR"({"user":{"metadata":{"o":{}}}})"_s << u"error T301"_s;
    QTest::newRow("json")
        << uR"({"urn:a": {{ user.metadata | json }}, "urn:b": "{{ user.metadata | json }}"})"_s
        << uR"({"user":{"metadata":{"a":[1,"x"]}}})"_s
        << uR"({"urn:a":"{\"a\":[1,\"x\"]}","urn:b":"{\"a\":[1,\"x\"]}"})"_s;
    QTest::newRow("base64 (ZITADEL values)")
        << uR"({"urn:a": {{ user.metadata.ContractNumber | base64_decode }}, "urn:b": {{ user.email | base64_encode }}})"_s
        << uR"({"user":{"email":"a@b.co","metadata":{"ContractNumber":"MTIzNA"}}})"_s
        << uR"({"urn:a":"1234","urn:b":"YUBiLmNv"})"_s;
    QTest::newRow("base64 invalid") << uR"({"urn:a": {{ user.metadata.x | base64_decode }}})"_s
                                    << uR"({"user":{"metadata":{"x":"!!"}}})"_s << u"error T301"_s;
    QTest::newRow("unix_time")
        << uR"({"urn:a": {{ user.created_at | unix_time }}, "urn:b": {{ session.created_at | unix_time }}})"_s
        << uR"({"user":{"created_at":"2024-05-01T12:00:00Z"},"session":{"created_at":"2024-05-01T14:00:00.123+02:00"}})"_s
        << uR"({"urn:a":1714564800,"urn:b":1714564800})"_s;
    QTest::newRow("unix_time invalid")
        << uR"({"urn:a": {{ user.created_at | unix_time }}})"_s
        << uR"({"user":{"created_at":"yesterday"}})"_s << u"error T301"_s;
    QTest::newRow("wrong kind gives missing")
        << uR"({"urn:a": {{ user.metadata.n | upcase }}, "urn:b": {{ user.metadata.n | upcase | default: 'd' }}})"_s
        << uR"({"user":{"metadata":{"n":5}}})"_s << uR"({"urn:b":"d"})"_s;
    QTest::newRow("filters on missing") << uR"({"urn:a": {{ user.metadata.none | upcase }}})"_s
                                        << uR"({"user":{"metadata":{}}})"_s << u"{}"_s;

    // §6 hostile data stays inside the JSON structure
    QTest::newRow("control characters")
        << uR"({"urn:a": "x{{ user.metadata.c }}", "urn:b": {{ user.metadata.c }}})"_s
        << uR"({"user":{"metadata":{"c":"\u0000\u001f\n}}\"{{"}}})"_s
        << uR"({"urn:a":"x\u0000\u001f\n}}\"{{","urn:b":"\u0000\u001f\n}}\"{{"})"_s;
    QTest::newRow("line separators") << uR"({"urn:a": {{ user.metadata.c }}})"_s
                                     << u"{\"user\":{\"metadata\":{\"c\":\"a\u2028b\u2029\"}}}"_s
                                     << uR"({"urn:a":"a\u2028b\u2029"})"_s;
}

void TestRender::render()
{
    QFETCH(QString, templ);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    const Template t = Template::compile(templ.toStdString());
    const RenderResult r = t.render(parseJson(context));
    if (expected.startsWith(u"error "_s)) {
        QVERIFY2(!r.ok, r.json.c_str());
        QCOMPARE(errorCodes(r.diagnostics), expected);
        QVERIFY(r.json.empty());
        return;
    }
    QVERIFY2(r.ok, qPrintable(errorCodes(r.diagnostics) + u" "_s +
                              (r.diagnostics.empty()
                                   ? QString()
                                   : QString::fromStdString(r.diagnostics[0].message))));
    QCOMPARE(QString::fromStdString(r.json), expected);
    // The output is always valid JSON.
    QVERIFY(json::parse(r.json).ok);
}

void TestRender::memberOrderIsTheTemplates()
{
    const Template t =
        Template::compile(R"({"urn:z": 1, "urn:a": {{ user.metadata }}, "urn:m": 2})");
    const RenderResult r = t.render(parseJson(uR"({"user":{"metadata":{"z":1,"a":2,"m":3}}})"_s));
    QCOMPARE(r.json, std::string(R"({"urn:z":1,"urn:a":{"z":1,"a":2,"m":3},"urn:m":2})"));
}

void TestRender::renderIsPure()
{
    const Template t = Template::compile(
        R"({"urn:a": {{ user.email | upcase }}, "urn:b": {{ user.metadata | json }}})");
    const json::Value ctx = parseJson(uR"({"user":{"email":"a@b.co","metadata":{"k":1}}})"_s);
    const json::Value before = ctx;
    const RenderResult first = t.render(ctx);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(t.render(ctx).json, first.json);
    QVERIFY(ctx == before);
}

void TestRender::reservedClaimNeverRendered()
{
    // Member names are fixed text: no context can create a reserved claim.
    const Template t = Template::compile(R"({"urn:a": {{ user.metadata }}})");
    const RenderResult r =
        t.render(parseJson(uR"({"user":{"metadata":{"sub":"admin","iss":"x"}}})"_s));
    QCOMPARE(r.json, std::string(R"({"urn:a":{"sub":"admin","iss":"x"}})"));
    for (const char* reserved : {"iss", "sub", "exp", "iat", "nbf", "jti", "sid", "org_id", "role",
                                 "roles", "permissions"}) {
        const Template bad = Template::compile(std::string("{\"") + reserved + "\": 1}");
        QVERIFY2(bad.hasErrors(), reserved);
        QCOMPARE(bad.diagnostics()[0].code, std::string("T401"));
    }
}

void TestRender::metadataKeysRead()
{
    // Each key once, in text order, with the bag it is in; camelCase
    // fields count under their snake_case names; filter arguments count.
    const std::string text = R"({
  "urn:a": {{ user.metadata.plan || user.userMetadata.theme }},
  "urn:b": {{ user.metadata.plan | default: organization.metadata.region }},
  "urn:c": {{ user.metadata["billing.plan"] }},
  "urn:d": {{ user.email }},
  "urn:e": {{ user.metadata }}
})";
    const tmpl::Template t = tmpl::Template::compile(text);
    QVERIFY(!t.hasErrors());
    std::vector<std::string> got;
    for (const tmpl::MetadataKeyRead& k : t.metadataKeys())
        got.push_back(std::string(tmpl::bagPath(k.bag)) + ":" + k.key);
    const std::vector<std::string> want = {"user.metadata:plan", "user.user_metadata:theme",
                                           "organization.metadata:region",
                                           "user.metadata:billing.plan"};
    QCOMPARE(got, want);
    const tmpl::MetadataKeyRead& first = t.metadataKeys().front();
    QCOMPARE(text.substr(first.span.start, first.span.end - first.span.start), std::string("plan"));
}

namespace {

// A context whose user.metadata.s is `n` times 'a'.
json::Value contextWith(std::size_t n)
{
    json::Value metadata = json::Value::object({{"s", std::string(n, 'a')}});
    return json::Value::object({{"user", json::Value::object({{"metadata", metadata}})}});
}

RenderResult renderUnchecked(std::string_view text, const json::Value& context)
{
    const Template t = Template::compile(text);
    if (t.hasErrors())
        qFatal("bad test template: %s", t.diagnostics().front().message.c_str());
    RenderOptions options;
    options.checkSize = false; // the hard limits apply whatever the lint profile says
    return t.render(context, options);
}

QString onlyError(const RenderResult& r)
{
    if (r.ok || r.diagnostics.size() != 1)
        return u"ok %1, %2 diagnostics"_s.arg(r.ok).arg(r.diagnostics.size());
    const Diagnostic& d = r.diagnostics.front();
    return QString::fromStdString(d.code + ": " + d.message);
}

} // namespace

void TestRender::renderedSizeLimit()
{
    // {"urn:a":"…"}: 12 bytes around the value.
    const std::string_view text = R"({"urn:a": {{ user.metadata.s }}})";
    RenderResult r = renderUnchecked(text, contextWith(kMaxRenderedBytes - 12));
    QVERIFY(r.ok);
    QCOMPARE(r.json.size(), kMaxRenderedBytes);
    r = renderUnchecked(text, contextWith(kMaxRenderedBytes - 11));
    QCOMPARE(onlyError(r), u"T403: the claims grow past 1,048,576 bytes with this value, the most "
                           "any template may render; tokens this large cannot be used: move data "
                           "out of the token"_s);
    // Inside a string and across holes alike.
    r = renderUnchecked(R"({"urn:a": "{{ user.metadata.s }}{{ user.metadata.s }}"})",
                        contextWith(kMaxRenderedBytes / 2));
    QCOMPARE(onlyError(r).left(5), u"T403:"_s);
}

void TestRender::filterValueLimit()
{
    // (size: the value itself does not go into the claims.)
    const std::string_view text = R"({"urn:a": {{ user.metadata.s | append: 'b' | size }}})";
    RenderResult r = renderUnchecked(text, contextWith(kMaxFilterValueBytes - 1));
    QVERIFY(r.ok); // a value of exactly the limit
    QCOMPARE(r.json, R"({"urn:a":)" + std::to_string(kMaxFilterValueBytes) + "}");
    r = renderUnchecked(text, contextWith(kMaxFilterValueBytes));
    QCOMPARE(onlyError(r), u"T301: this filter makes a value of 1,048,577 bytes for this "
                           "context, over the limit of 1,048,576 bytes for one value"_s);
}

void TestRender::filterBudget()
{
    // Each downcase makes a new value of the input's size: 16 of a 1 MiB
    // value are exactly the budget, a 17th is over it.
    std::string chain = R"({"urn:a": {{ user.metadata.s)";
    for (int i = 0; i < 16; ++i)
        chain += " | downcase";
    const json::Value context = contextWith(kMaxFilterBytes / 16);
    QCOMPARE(kMaxFilterBytes / 16, kMaxFilterValueBytes);
    // (first: text is not an array, so the value is missing and makes nothing.)
    const RenderResult atBudget = renderUnchecked(chain + " | first }}}", context);
    QVERIFY(atBudget.ok);
    QCOMPARE(atBudget.json, std::string("{}"));
    const RenderResult r = renderUnchecked(chain + " | downcase | first }}}", context);
    QCOMPARE(onlyError(r), u"T301: the values the filters make for this context add up to more "
                           "than 16,777,216 bytes, the limit for one rendering"_s);
}

void TestRender::doublingStops()
{
    // Each replace doubles the text: 64 of them would make 2^64 bytes.
    std::string text = R"({"urn:a": "{{ 'ab')";
    for (int i = 0; i < 64; ++i)
        text += " | replace: 'a', 'aa' | replace: 'b', 'bb'";
    text += R"( }}", "urn:b": {{ user.metadata.s }}})";
    const RenderResult r = renderUnchecked(text, contextWith(3));
    QVERIFY2(onlyError(r).startsWith(u"T301: this filter makes a value of "_s) &&
                 onlyError(r).endsWith(u" bytes for this context, over the limit of 1,048,576 "
                                       "bytes for one value"_s),
             qPrintable(onlyError(r)));
}

void TestRender::uniqOfLongArrays()
{
    // 100,000 elements, half of them repeated: linear, not quadratic, time.
    std::string csv;
    for (int i = 0; i < 100000; ++i)
        csv += (i ? "," : "") + std::to_string(i % 50000);
    const json::Value context = contextWith(0);
    json::Value withList = context;
    withList["user"]["metadata"].set("s", csv);
    const RenderResult r =
        renderUnchecked(R"({"urn:a": {{ user.metadata.s | split: ',' | uniq | size }}})", withList);
    QVERIFY(r.ok);
    QCOMPARE(r.json, std::string(R"({"urn:a":50000})"));
    // Equal values, not equal text: 1 and 1.0 stay apart; "1" and 1 too.
    const RenderResult mixed = renderUnchecked(
        R"({"urn:a": {{ user.metadata.l | uniq }}})",
        parseJson(uR"({"user":{"metadata":{"l":[1,1.0,"1",1,{"a":[1]},{"a":[1]},null,null]}}})"_s));
    QCOMPARE(mixed.json, std::string(R"({"urn:a":[1,1.0,"1",{"a":[1]},null]})"));
}

QTEST_APPLESS_MAIN(TestRender)
#include "tst_render.moc"
