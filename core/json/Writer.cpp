#include "Writer.h"

#include "Number.h"
#include "Utf8.h"

#include <array>
#include <cmath>

namespace claimsmith::json {

namespace {

// 0: copy as is; 1: needs an escape or a UTF-8 check.
constexpr std::array<std::uint8_t, 256> makeEscapeTable()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[static_cast<std::size_t>(c)] = 1;
    t['"'] = 1;
    t['\\'] = 1;
    for (int c = 0x80; c < 0x100; ++c)
        t[static_cast<std::size_t>(c)] = 1;
    return t;
}
constexpr auto kEscape = makeEscapeTable();

void appendControl(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    out.append(buf, sizeof buf);
}

void newline(std::string& out, const WriteOptions& o, int depth)
{
    out += '\n';
    out.append(static_cast<std::size_t>(o.indent * depth), ' ');
}

void writeValue(std::string& out, const Value& v, const WriteOptions& o, int depth)
{
    switch (v.type()) {
    case Type::Null:
        out += "null";
        return;
    case Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case Type::Number:
        appendNumber(out, v);
        return;
    case Type::String:
        appendQuoted(out, v.string());
        return;
    case Type::Array: {
        const Array& a = v.array();
        out += '[';
        bool first = true;
        for (const Value& e : a) {
            if (!first)
                out += ',';
            first = false;
            if (o.pretty)
                newline(out, o, depth + 1);
            writeValue(out, e, o, depth + 1);
        }
        if (o.pretty && !a.empty())
            newline(out, o, depth);
        out += ']';
        return;
    }
    case Type::Object: {
        const Object& obj = v.object();
        out += '{';
        bool first = true;
        for (const Member& m : obj) {
            if (!first)
                out += ',';
            first = false;
            if (o.pretty)
                newline(out, o, depth + 1);
            appendQuoted(out, m.key);
            out += o.pretty ? ": " : ":";
            writeValue(out, m.value, o, depth + 1);
        }
        if (o.pretty && !obj.empty())
            newline(out, o, depth);
        out += '}';
        return;
    }
    }
}

} // namespace

void appendEscaped(std::string& out, std::string_view s)
{
    const char* p = s.data();
    const std::size_t n = s.size();
    std::size_t run = 0; // start of the pending run of plain bytes
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (!kEscape[c]) {
            ++i;
            continue;
        }
        if (c < 0x80) {
            out.append(p + run, i - run);
            if (c == '"')
                out += "\\\"";
            else if (c == '\\')
                out += "\\\\";
            else
                appendControl(out, c);
            run = ++i;
            continue;
        }
        std::size_t len = 1;
        const char32_t cp = utf8::decode(s, i, len);
        if (cp == utf8::kInvalid) {
            out.append(p + run, i - run);
            out += "\xEF\xBF\xBD"; // U+FFFD
            run = ++i;
        } else if (cp == 0x2028 || cp == 0x2029) {
            out.append(p + run, i - run);
            out += cp == 0x2028 ? "\\u2028" : "\\u2029";
            i += len;
            run = i;
        } else {
            i += len;
        }
    }
    out.append(p + run, n - run);
}

void appendQuoted(std::string& out, std::string_view s)
{
    out += '"';
    appendEscaped(out, s);
    out += '"';
}

void appendNumber(std::string& out, const Value& v)
{
    switch (v.numberKind()) {
    case NumberKind::Int:
        appendInt(out, v.toInt64());
        return;
    case NumberKind::UInt:
        appendUInt(out, v.toUInt64());
        return;
    case NumberKind::Real:
        // The text was checked to be a JSON number when the value was made.
        out += v.real().text;
        return;
    }
}

void appendNumberText(std::string& out, const Value& v)
{
    if (v.numberKind() != NumberKind::Real) {
        appendNumber(out, v);
        return;
    }
    const double d = v.real().value;
    if (std::isfinite(d))
        appendDouble(out, d);
    else
        out += v.real().text;
}

void write(std::string& out, const Value& v, const WriteOptions& options)
{
    writeValue(out, v, options, 0);
}

std::string toString(const Value& v, const WriteOptions& options)
{
    std::string s;
    write(s, v, options);
    return s;
}

} // namespace claimsmith::json
