// Property tests of spec §6: whatever a context holds, the output is valid
// JSON and the values come through unchanged; whatever a template says, the
// engine neither crashes nor reports positions outside the text.
//
// The seed is fixed so that a failure can be reproduced; CLAIMSMITH_SEED
// overrides it and CLAIMSMITH_PROPERTY_RUNS the number of runs.

#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Utf8.h"
#include "json/Writer.h"
#include "template/Completion.h"
#include "template/Template.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using namespace claimsmith::tmpl;

namespace {

std::uint64_t seedFromEnv()
{
    const QByteArray s = qgetenv("CLAIMSMITH_SEED");
    return s.isEmpty() ? 20261122 : s.toULongLong();
}

int runsFromEnv(int fallback)
{
    const QByteArray s = qgetenv("CLAIMSMITH_PROPERTY_RUNS");
    return s.isEmpty() ? fallback : s.toInt();
}

class Generator
{
public:
    explicit Generator(std::uint64_t seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    // Strings made to break naive JSON writers and template engines.
    std::string hostileString()
    {
        static const char* pieces[] = {"\"",
                                       "\\",
                                       "\\\"",
                                       "{{",
                                       "}}",
                                       "{{ user.email }}",
                                       "\n",
                                       "\r\n",
                                       "\t",
                                       "\x01",
                                       "\x1f",
                                       std::string_view("\0", 1).data(),
                                       "\xE2\x80\xA8",
                                       "\xE2\x80\xA9",
                                       "\xC3\x28",
                                       "\xFF",
                                       "\xED\xA0\x80",
                                       "\xF0\x9F\x98\x80",
                                       "é",
                                       "</script>",
                                       "'",
                                       "null",
                                       "  ",
                                       "a",
                                       "Zürich",
                                       "\\u0000",
                                       "\x7f",
                                       "\xEF\xBB\xBF",
                                       "\xE2\x82",
                                       ":",
                                       ",",
                                       "]",
                                       "}"};
        std::string s;
        const int n = pick(8);
        for (int i = 0; i < n; ++i) {
            const int k = pick(static_cast<int>(std::size(pieces)));
            s += k == 11 ? std::string(1, '\0') : std::string(pieces[k]);
        }
        return s;
    }

    json::Value scalar()
    {
        switch (pick(9)) {
        case 0:
            return json::Value();
        case 1:
            return json::Value(pick(2) == 1);
        case 2:
            return json::Value(
                static_cast<long long>(std::uniform_int_distribution<std::int64_t>()(m_rng)));
        case 3:
            return json::Value(static_cast<unsigned long long>(
                std::uniform_int_distribution<std::uint64_t>()(m_rng)));
        case 4: {
            json::Value v;
            static const char* texts[] = {"1.10", "-0", "1e-300", "2.5E+17", "0.1", "-12.000"};
            json::Value::fromNumberText(texts[pick(6)], v);
            return v;
        }
        default:
            return json::Value(hostileString());
        }
    }

    json::Value value(int depth)
    {
        if (depth <= 0 || pick(3) > 0)
            return scalar();
        if (pick(2) == 0) {
            json::Array a;
            const int n = pick(5);
            for (int i = 0; i < n; ++i)
                a.push_back(value(depth - 1));
            return json::Value(std::move(a));
        }
        json::Value o{json::Object{}};
        const int n = pick(5);
        for (int i = 0; i < n; ++i)
            o.set(hostileString() + std::to_string(i), value(depth - 1));
        return o;
    }

    // A value nested `depth` levels deep.
    json::Value deep(int depth)
    {
        json::Value v = scalar();
        for (int i = 0; i < depth; ++i)
            v = pick(2) ? json::Value::array({std::move(v)})
                        : json::Value::object({{hostileString(), std::move(v)}});
        return v;
    }

    json::Value context()
    {
        json::Value meta{json::Object{}};
        for (const char* key : {"v", "w", "s", "t", "list"}) {
            if (pick(6) > 0)
                meta.set(key, std::string_view(key) == "list"
                                  ? value(3)
                                  : (pick(8) == 0 ? deep(pick(200)) : value(4)));
        }
        json::Value user = json::Value::object({{"id", hostileString()},
                                                {"email", hostileString()},
                                                {"first_name", scalar()},
                                                {"last_name", scalar()},
                                                {"metadata", std::move(meta)},
                                                {"user_metadata", value(3)}});
        json::Value org = json::Value::object(
            {{"name", hostileString()},
             {"domains", json::Value::array({json::Value::object({{"domain", hostileString()}})})},
             {"metadata", value(3)}});
        return json::Value::object({{"user", std::move(user)}, {"organization", std::move(org)}});
    }

    std::mt19937_64& rng() { return m_rng; }

private:
    std::mt19937_64 m_rng;
};

json::Value sanitized(const json::Value& v)
{
    if (v.isString())
        return json::Value(utf8::sanitized(v.string()));
    if (v.isArray()) {
        json::Array a;
        for (const json::Value& e : v.array())
            a.push_back(sanitized(e));
        return json::Value(std::move(a));
    }
    if (v.isObject()) {
        json::Object o;
        for (const json::Member& m : v.object())
            o.push_back({utf8::sanitized(m.key), sanitized(m.value)});
        return json::Value(std::move(o));
    }
    return v;
}

const char* kTemplate = R"({
  "urn:v": {{ user.metadata.v }},
  "urn:w": {{ user.metadata.w || organization.metadata || 'fallback' }},
  "urn:s": "<{{ user.metadata.s }}>",
  "urn:t": "{{ user.first_name }} {{ user.last_name }}",
  "urn:nested": {"a": [{{ user.metadata.t }}, {{ user.email }}, "lit"], "b": {{ organization.domains.0.domain }}},
  "urn:j": {{ user.metadata.list | json }},
  "urn:up": {{ user.email | upcase | append: '}}' }},
  "urn:size": {{ user.metadata.list | size }},
  "urn:first": {{ user.metadata.list | first }},
  "urn:join": {{ user.metadata.list | join: '\"' }},
  "urn:map": {{ user.metadata.list | map: 'a' }},
  "urn:split": {{ organization.name | split: '{{' }},
  "urn:untrusted": {{ user.user_metadata }}
})";

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void outputIsAlwaysValidJson();
    void randomTemplatesNeverBreakTheEngine();
};

void TestProperties::outputIsAlwaysValidJson()
{
    const std::uint64_t seed = seedFromEnv();
    Generator gen(seed);
    CompileOptions options;
    options.profile.sizeWarningBytes = 1u << 30; // sizes are not what this test is about
    options.profile.sizeErrorBytes = 1u << 30;
    const Template t = Template::compile(kTemplate, options);
    QVERIFY2(!t.hasErrors(), t.diagnostics().empty() ? "" : t.diagnostics()[0].message.c_str());

    const int runs = runsFromEnv(4000);
    int rendered = 0;
    for (int run = 0; run < runs; ++run) {
        const json::Value ctx = gen.context();
        const RenderResult r = t.render(ctx);
        const std::string where = "seed " + std::to_string(seed) + " run " + std::to_string(run);
        if (!r.ok) {
            // The only render failures allowed: a container inside a string.
            for (const Diagnostic& d : r.diagnostics)
                QVERIFY2(d.code == "T203", (where + " " + d.code + " " + d.message).c_str());
            continue;
        }
        ++rendered;
        QVERIFY2(utf8::isValid(r.json), where.c_str());
        const json::ParseResult parsed = json::parse(r.json, json::ParseOptions{1024, false});
        QVERIFY2(parsed.ok, (where + " " + parsed.error.toString() + "\n" + r.json).c_str());
        const json::Value& out = parsed.value;
        // Whole values come through unchanged (invalid UTF-8 repaired).
        const json::Value* meta = ctx.find("user")->find("metadata");
        if (const json::Value* v = meta->find("v"); v && !v->isNull())
            QVERIFY2(*out.find("urn:v") == sanitized(*v), where.c_str());
        else
            QVERIFY2(!out.find("urn:v"), where.c_str());
        if (const json::Value* untrusted = ctx.find("user")->find("user_metadata");
            !untrusted->isNull())
            QVERIFY2(*out.find("urn:untrusted") == sanitized(*untrusted), where.c_str());
        // Text in strings comes through, trimmed.
        if (const json::Value* s = meta->find("s"); s && s->isString()) {
            std::string expected = "<" + s->string() + ">";
            QVERIFY2(out.find("urn:s")->string() == utf8::sanitized(expected), where.c_str());
        }
        // Members keep the template's order.
        std::vector<std::string> keys;
        for (const json::Member& m : out.object())
            keys.push_back(m.key);
        const std::vector<std::string> order = {
            "urn:v",    "urn:w",     "urn:s",    "urn:t",   "urn:nested", "urn:j",        "urn:up",
            "urn:size", "urn:first", "urn:join", "urn:map", "urn:split",  "urn:untrusted"};
        std::size_t k = 0;
        for (const std::string& key : keys) {
            while (k < order.size() && order[k] != key)
                ++k;
            QVERIFY2(k < order.size(), (where + " order " + key).c_str());
        }
        // json filter output parses back to the value.
        if (const json::Value* j = out.find("urn:j")) {
            const json::ParseResult back = json::parse(j->string(), json::ParseOptions{1024, true});
            QVERIFY2(back.ok && back.value == sanitized(*meta->find("list")), where.c_str());
        }
    }
    QVERIFY2(rendered > runs / 2,
             qPrintable(u"only %1 of %2 renders succeeded"_s.arg(rendered).arg(runs)));
}

void TestProperties::randomTemplatesNeverBreakTheEngine()
{
    const std::uint64_t seed = seedFromEnv();
    Generator gen(seed + 1);
    static const char* atoms[] = {
        "{",   "}",  "[",    "]", ":",        ",",  "\"",   "\"urn:a\"", "{{",     "}}",
        " ",   "\n", "user", ".", "metadata", "|",  "||",   "'x'",       "upcase", "0",
        "[0]", "\\", "true", "-", "1.5",      "&&", "map:", "\xC3",      "é",      "\t"};
    const json::Value ctx = gen.context();
    const int runs = runsFromEnv(4000);
    for (int run = 0; run < runs; ++run) {
        std::string text;
        if (run % 2 == 0) {
            const int n = 1 + gen.pick(60);
            for (int i = 0; i < n; ++i)
                text += atoms[gen.pick(static_cast<int>(std::size(atoms)))];
        } else {
            // Mutate a valid template: delete, duplicate or insert a piece.
            text = kTemplate;
            for (int m = 0; m < 1 + gen.pick(4); ++m) {
                const std::size_t at =
                    static_cast<std::size_t>(gen.pick(static_cast<int>(text.size())));
                switch (gen.pick(3)) {
                case 0:
                    text.erase(at, static_cast<std::size_t>(1 + gen.pick(5)));
                    break;
                case 1:
                    text.insert(at, atoms[gen.pick(static_cast<int>(std::size(atoms)))]);
                    break;
                default:
                    text.insert(at, text.substr(at, static_cast<std::size_t>(gen.pick(12))));
                    break;
                }
            }
        }
        const std::string where =
            "seed " + std::to_string(seed) + " run " + std::to_string(run) + ": " + text;
        const Template t = Template::compile(text);
        LineIndex index(text);
        const Position endOfText = index.position(static_cast<std::uint32_t>(text.size()));
        for (const Diagnostic& d : t.diagnostics()) {
            QVERIFY2(d.span.start <= d.span.end && d.span.end <= text.size(), where.c_str());
            QVERIFY2(d.start.line >= 1 && d.start.column >= 1, where.c_str());
            QVERIFY2(d.end.line <= endOfText.line, where.c_str());
            QVERIFY2(!d.message.empty() && d.code.size() == 4, where.c_str());
            if (d.fix)
                QVERIFY2(d.fix->span.start <= d.fix->span.end && d.fix->span.end <= text.size(),
                         where.c_str());
        }
        if (!t.hasErrors()) {
            const RenderResult r = t.render(ctx);
            if (r.ok)
                QVERIFY2(json::parse(r.json, json::ParseOptions{1024, true}).ok, where.c_str());
        } else {
            QVERIFY(!t.render(ctx).ok);
        }
        // Completion anywhere in the text never fails either.
        const std::uint32_t cursor =
            static_cast<std::uint32_t>(gen.pick(static_cast<int>(text.size()) + 1));
        const Completion c = complete(text, cursor, nullptr);
        for (const CompletionItem& item : c.items)
            QVERIFY2(item.replace.end <= text.size(), where.c_str());
    }
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
