#include "Filters.h"

#include "Text.h"
#include "json/Base64.h"
#include "json/Number.h"
#include "json/Utf8.h"
#include "json/Writer.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace claimsmith::tmpl {

namespace {

using json::Value;

const std::vector<FilterInfo> kFilters = {
    {FilterId::Default, "default", 1, 1, AcceptAny, "default: value",
     "the value where the input is null or missing"},
    {FilterId::Downcase, "downcase", 0, 0, AcceptString, "downcase", "lower-case text"},
    {FilterId::Upcase, "upcase", 0, 0, AcceptString, "upcase", "upper-case text"},
    {FilterId::Capitalize, "capitalize", 0, 0, AcceptString, "capitalize",
     "first character upper-case, the rest lower-case"},
    {FilterId::Strip, "strip", 0, 0, AcceptString, "strip",
     "text without leading and trailing whitespace"},
    {FilterId::Append, "append", 1, 1, AcceptScalar, "append: text",
     "text with text added at the end"},
    {FilterId::Prepend, "prepend", 1, 1, AcceptScalar, "prepend: text",
     "text with text added at the start"},
    {FilterId::Replace, "replace", 2, 2, AcceptString, "replace: search, replacement",
     "text with every occurrence of search replaced"},
    {FilterId::Split, "split", 1, 1, AcceptString, "split: separator",
     "text split into an array of strings"},
    {FilterId::Join, "join", 1, 1, AcceptArray, "join: separator",
     "array elements joined into text"},
    {FilterId::First, "first", 0, 0, AcceptArray, "first", "the first element of an array"},
    {FilterId::Last, "last", 0, 0, AcceptArray, "last", "the last element of an array"},
    {FilterId::Size, "size", 0, 0, AcceptArray | AcceptString | AcceptObject, "size",
     "elements of an array, characters of text, members of an object"},
    {FilterId::Uniq, "uniq", 0, 0, AcceptArray, "uniq", "the array without repeated elements"},
    {FilterId::Sort, "sort", 0, 0, AcceptArray, "sort", "the array in ascending order"},
    {FilterId::Compact, "compact", 0, 0, AcceptArray, "compact", "the array without nulls"},
    {FilterId::Map, "map", 1, 1, AcceptArray | AcceptObject, "map: key",
     "the values of key in an array of objects"},
    {FilterId::Where, "where", 1, 2, AcceptArray, "where: key, value",
     "the objects whose key equals value (or is truthy)"},
    {FilterId::ToString, "to_string", 0, 0, AcceptScalar, "to_string", "the value as text"},
    {FilterId::ToNumber, "to_number", 0, 0, AcceptScalar, "to_number", "the value as a number"},
    {FilterId::ToBool, "to_bool", 0, 0, AcceptScalar, "to_bool", "the value as true or false"},
    {FilterId::Json, "json", 0, 0, AcceptAny, "json", "the value as compact JSON text"},
    {FilterId::Base64Decode, "base64_decode", 0, 0, AcceptString, "base64_decode",
     "text from standard base64"},
    {FilterId::Base64Encode, "base64_encode", 0, 0, AcceptString, "base64_encode",
     "text as standard base64"},
    {FilterId::UnixTime, "unix_time", 0, 0, AcceptString, "unix_time",
     "an ISO 8601 date-time as seconds since 1970"},
};

std::uint8_t maskOf(json::Type t)
{
    switch (t) {
    case json::Type::Null:
        return AcceptNull;
    case json::Type::Bool:
        return AcceptBool;
    case json::Type::Number:
        return AcceptNumber;
    case json::Type::String:
        return AcceptString;
    case json::Type::Object:
        return AcceptObject;
    case json::Type::Array:
        return AcceptArray;
    }
    return 0;
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string caseMap(const std::string& s, bool upper)
{
    if (isAscii(s)) {
        std::string out = s;
        for (char& c : out) {
            if (upper && c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
            else if (!upper && c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    const QString q = QString::fromStdString(utf8::sanitized(s));
    return (upper ? q.toUpper() : q.toLower()).toStdString();
}

std::string capitalize(const std::string& s)
{
    if (s.empty())
        return s;
    std::size_t len = 1;
    utf8::decode(s, 0, len);
    return caseMap(s.substr(0, len), true) + caseMap(s.substr(len), false);
}

std::string textOf(const EvalValue& v)
{
    std::string s;
    if (v.present)
        appendText(s, v.get());
    return s;
}

// A total order for sort: null < booleans < numbers < strings < arrays < objects.
int kindRank(const Value& v)
{
    return static_cast<int>(v.type());
}

bool lessValue(const Value& a, const Value& b)
{
    const int ra = kindRank(a);
    const int rb = kindRank(b);
    if (ra != rb)
        return ra < rb;
    switch (a.type()) {
    case json::Type::Bool:
        return !a.toBool() && b.toBool();
    case json::Type::Number:
        if (a.numberKind() == json::NumberKind::Int && b.numberKind() == json::NumberKind::Int)
            return a.toInt64() < b.toInt64();
        return a.toDouble() < b.toDouble();
    case json::Type::String:
        return a.string() < b.string();
    default:
        return false;
    }
}

bool isTruthy(const Value* v)
{
    return v && !v->isNull() && !(v->isBool() && !v->toBool());
}

// The input's array, whether referenced or owned.
const json::Array& arrayOf(const EvalValue& v)
{
    return v.get().array();
}

bool toNumber(const Value& in, EvalValue& out, std::string& error)
{
    if (in.isNumber()) {
        out = EvalValue::owned(in);
        return true;
    }
    if (in.isBool()) {
        out = EvalValue::owned(Value(in.toBool() ? 1 : 0));
        return true;
    }
    std::string text(trimmed(in.string()));
    if (!text.empty() && text[0] == '+')
        text.erase(0, 1);
    // Leading zeros ("007") are fine for people, not for JSON.
    const std::size_t sign = !text.empty() && text[0] == '-' ? 1 : 0;
    while (text.size() > sign + 1 && text[sign] == '0' && text[sign + 1] >= '0' &&
           text[sign + 1] <= '9')
        text.erase(sign, 1);
    Value v;
    if (!Value::fromNumberText(text, v) || !std::isfinite(v.toDouble())) {
        error =
            "cannot turn \"" + utf8::sanitized(in.string().substr(0, 40)) +
            "\" into a number; correct the value in the store, or insert it without | to_number";
        return false;
    }
    out = EvalValue::owned(std::move(v));
    return true;
}

bool toBool(const Value& in, EvalValue& out, std::string& error)
{
    if (in.isBool()) {
        out = EvalValue::owned(in);
        return true;
    }
    if (in.isNumber()) {
        out = EvalValue::owned(Value(in.toDouble() != 0));
        return true;
    }
    const std::string s(trimmed(caseMap(in.string(), false)));
    if (s == "true" || s == "yes" || s == "1" || s == "on") {
        out = EvalValue::owned(Value(true));
        return true;
    }
    if (s == "false" || s == "no" || s == "0" || s == "off" || s.empty()) {
        out = EvalValue::owned(Value(false));
        return true;
    }
    error = "cannot turn \"" + utf8::sanitized(in.string().substr(0, 40)) +
            "\" into true or false (true/false, yes/no, on/off, 1/0)";
    return false;
}

} // namespace

const std::vector<FilterInfo>& filters()
{
    return kFilters;
}

const FilterInfo* findFilter(std::string_view name)
{
    for (const FilterInfo& f : kFilters) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FilterInfo& filterInfo(FilterId id)
{
    return kFilters[static_cast<std::size_t>(id)];
}

bool accepts(const FilterInfo& f, Kind kind)
{
    switch (kind) {
    case Kind::Any:
        return true;
    case Kind::Null:
        return f.accepts & AcceptNull;
    case Kind::Bool:
        return f.accepts & AcceptBool;
    case Kind::Number:
        return f.accepts & AcceptNumber;
    case Kind::String:
        return f.accepts & AcceptString;
    case Kind::Object:
        return f.accepts & AcceptObject;
    case Kind::Array:
        return f.accepts & AcceptArray;
    }
    return true;
}

Type filterResultType(FilterId id, const Type& input, const std::string* firstArg)
{
    switch (id) {
    case FilterId::Default:
        return Type::any();
    case FilterId::Downcase:
    case FilterId::Upcase:
    case FilterId::Capitalize:
    case FilterId::Strip:
    case FilterId::Append:
    case FilterId::Prepend:
    case FilterId::Replace:
    case FilterId::Join:
    case FilterId::ToString:
    case FilterId::Json:
    case FilterId::Base64Decode:
    case FilterId::Base64Encode: {
        Type t = Type::of(Kind::String);
        if (id == FilterId::Downcase || id == FilterId::Upcase || id == FilterId::Strip)
            t.semantic = input.semantic;
        return t;
    }
    case FilterId::Split: {
        static const Type str = Type::of(Kind::String);
        Type t = Type::of(Kind::Array);
        t.element = &str;
        return t;
    }
    case FilterId::First:
    case FilterId::Last:
        if (input.kind == Kind::Array && input.element)
            return *input.element;
        return Type::any();
    case FilterId::Size:
    case FilterId::ToNumber:
    case FilterId::UnixTime:
        return Type::of(Kind::Number);
    case FilterId::ToBool:
        return Type::of(Kind::Bool);
    case FilterId::Uniq:
    case FilterId::Sort:
    case FilterId::Compact:
    case FilterId::Where:
        return input.kind == Kind::Array ? input : Type::of(Kind::Array);
    case FilterId::Map: {
        Type t = Type::of(Kind::Array);
        const Type* element = input.kind == Kind::Array ? input.element : &input;
        if (firstArg && element && element->kind == Kind::Object && element->schema) {
            if (const Field* f = element->schema->find(*firstArg))
                t.element = &f->type;
        }
        return t;
    }
    }
    return Type::any();
}

bool appendText(std::string& out, const Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return true;
    case json::Type::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    case json::Type::Number:
        json::appendNumberText(out, v);
        return true;
    case json::Type::String:
        out += v.string();
        return true;
    default:
        return false;
    }
}

bool parseIsoTime(std::string_view s, std::int64_t& seconds)
{
    auto digits = [&](std::size_t at, std::size_t n, int& value) {
        if (at + n > s.size())
            return false;
        value = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(5, 2, month) ||
        s[7] != '-' || !digits(8, 2, day))
        return false;
    std::size_t i = 10;
    int offset = 0; // seconds east of UTC
    if (i < s.size()) {
        if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
            return false;
        if (!digits(i + 1, 2, hour) || i + 3 >= s.size() || s[i + 3] != ':' ||
            !digits(i + 4, 2, minute))
            return false;
        i += 6;
        if (i < s.size() && s[i] == ':') {
            if (!digits(i + 1, 2, second))
                return false;
            i += 3;
            if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
                ++i;
                const std::size_t start = i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                    ++i;
                if (i == start)
                    return false;
            }
        }
        if (i < s.size()) {
            if (s[i] == 'Z' || s[i] == 'z') {
                ++i;
            } else if (s[i] == '+' || s[i] == '-') {
                const int sign = s[i] == '-' ? -1 : 1;
                int oh = 0, om = 0;
                if (!digits(i + 1, 2, oh))
                    return false;
                std::size_t j = i + 3;
                if (j < s.size() && s[j] == ':')
                    ++j;
                if (!digits(j, 2, om))
                    return false;
                i = j + 2;
                if (oh > 23 || om > 59)
                    return false;
                offset = sign * (oh * 3600 + om * 60);
            } else {
                return false;
            }
        }
        if (i != s.size())
            return false;
    }
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 ||
        day > kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0) ||
        hour > 23 || minute > 59 || second > 60)
        return false;
    // Days from civil (Howard Hinnant's algorithm).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = std::int64_t{era} * 146097 + doe - 719468;
    seconds = days * 86400 + hour * 3600 + minute * 60 + std::min(second, 59) - offset;
    return true;
}

bool applyFilter(FilterId id, EvalValue& v, std::span<const EvalValue> args, std::string& error)
{
    if (id == FilterId::Default) {
        if (v.isNullOrMissing())
            v = args.empty() ? EvalValue::missing() : args[0];
        return true;
    }
    if (v.isMissing())
        return true;
    const Value& in = v.get();
    if (id == FilterId::Json) {
        v = EvalValue::owned(Value(json::toString(in)));
        return true;
    }
    if (!(filterInfo(id).accepts & maskOf(in.type()))) {
        if ((id == FilterId::ToString || id == FilterId::ToNumber || id == FilterId::ToBool) &&
            in.isObject() != in.isArray()) {
            error = std::string("cannot turn ") + (in.isObject() ? "an object" : "an array") +
                    " into " +
                    (id == FilterId::ToString   ? "text; use | json instead"
                     : id == FilterId::ToNumber ? "a number"
                                                : "true or false");
            return false;
        }
        v = EvalValue::missing();
        return true;
    }
    switch (id) {
    case FilterId::Default:
    case FilterId::Json:
        break;
    case FilterId::Downcase:
    case FilterId::Upcase:
        v = EvalValue::owned(Value(caseMap(in.string(), id == FilterId::Upcase)));
        return true;
    case FilterId::Capitalize:
        v = EvalValue::owned(Value(capitalize(in.string())));
        return true;
    case FilterId::Strip:
        v = EvalValue::owned(Value(trimmed(in.string())));
        return true;
    case FilterId::Append:
    case FilterId::Prepend: {
        std::string self;
        appendText(self, in);
        const std::string arg = textOf(args[0]);
        v = EvalValue::owned(Value(id == FilterId::Append ? self + arg : arg + self));
        return true;
    }
    case FilterId::Replace: {
        const std::string from = textOf(args[0]);
        const std::string to = textOf(args[1]);
        std::string s = in.string();
        if (!from.empty()) {
            std::string out;
            std::size_t pos = 0;
            for (std::size_t hit; (hit = s.find(from, pos)) != std::string::npos;
                 pos = hit + from.size())
                out.append(s, pos, hit - pos).append(to);
            out.append(s, pos, std::string::npos);
            s = std::move(out);
        }
        v = EvalValue::owned(Value(std::move(s)));
        return true;
    }
    case FilterId::Split: {
        const std::string sep = textOf(args[0]);
        const std::string& s = in.string();
        json::Array parts;
        if (sep.empty()) {
            for (std::size_t i = 0; i < s.size();) {
                std::size_t len = 1;
                utf8::decode(s, i, len);
                parts.emplace_back(s.substr(i, len));
                i += len;
            }
        } else if (!s.empty()) {
            std::size_t pos = 0;
            for (std::size_t hit; (hit = s.find(sep, pos)) != std::string::npos;
                 pos = hit + sep.size())
                parts.emplace_back(s.substr(pos, hit - pos));
            parts.emplace_back(s.substr(pos));
        }
        v = EvalValue::owned(Value(std::move(parts)));
        return true;
    }
    case FilterId::Join: {
        const std::string sep = textOf(args[0]);
        std::string out;
        bool first = true;
        for (const Value& e : arrayOf(v)) {
            if (!first)
                out += sep;
            first = false;
            if (!appendText(out, e))
                json::write(out, e);
        }
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::First:
    case FilterId::Last: {
        const json::Array& a = arrayOf(v);
        if (a.empty()) {
            v = EvalValue::missing();
            return true;
        }
        const Value& e = id == FilterId::First ? a.front() : a.back();
        v = v.ref ? EvalValue::of(&e) : EvalValue::owned(Value(e));
        return true;
    }
    case FilterId::Size: {
        const std::size_t n = in.isString() ? utf8::length(in.string()) : in.size();
        v = EvalValue::owned(Value(static_cast<long long>(n)));
        return true;
    }
    case FilterId::Uniq: {
        // Equal values write the same JSON: compare only those whose JSON
        // is the same, so that long arrays take linear time.
        json::Array out;
        std::unordered_map<std::string, std::vector<std::size_t>> seen;
        for (const Value& e : arrayOf(v)) {
            std::vector<std::size_t>& same = seen[json::toString(e)];
            if (std::none_of(same.begin(), same.end(),
                             [&](std::size_t i) { return out[i] == e; })) {
                same.push_back(out.size());
                out.push_back(e);
            }
        }
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::Sort: {
        json::Array out = arrayOf(v);
        std::stable_sort(out.begin(), out.end(), lessValue);
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::Compact: {
        json::Array out;
        for (const Value& e : arrayOf(v)) {
            if (!e.isNull())
                out.push_back(e);
        }
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::Map: {
        const std::string key = textOf(args[0]);
        json::Array out;
        auto take = [&](const Value& e) {
            if (const Value* field = e.find(key))
                out.push_back(*field);
        };
        if (in.isObject())
            take(in);
        else
            for (const Value& e : arrayOf(v))
                take(e);
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::Where: {
        const std::string key = textOf(args[0]);
        json::Array out;
        for (const Value& e : arrayOf(v)) {
            const Value* field = e.find(key);
            const bool keep = args.size() < 2
                                  ? isTruthy(field)
                                  : (field && args[1].present && *field == args[1].get());
            if (keep)
                out.push_back(e);
        }
        v = EvalValue::owned(Value(std::move(out)));
        return true;
    }
    case FilterId::ToString: {
        std::string s;
        appendText(s, in);
        v = EvalValue::owned(Value(std::move(s)));
        return true;
    }
    case FilterId::ToNumber:
        return toNumber(in, v, error);
    case FilterId::ToBool:
        return toBool(in, v, error);
    case FilterId::Base64Decode: {
        std::string bytes;
        if (!base64::decodeLenient(in.string(), bytes)) {
            error = "\"" + utf8::sanitized(in.string().substr(0, 40)) + "\" is not base64";
            return false;
        }
        if (!utf8::isValid(bytes)) {
            error = "the base64 value decodes to bytes that are not UTF-8 text; insert it "
                    "without | base64_decode";
            return false;
        }
        v = EvalValue::owned(Value(std::move(bytes)));
        return true;
    }
    case FilterId::Base64Encode:
        v = EvalValue::owned(Value(base64::encode(in.string())));
        return true;
    case FilterId::UnixTime: {
        std::int64_t seconds = 0;
        if (!parseIsoTime(in.string(), seconds)) {
            error = "\"" + utf8::sanitized(in.string().substr(0, 40)) +
                    "\" is not an ISO 8601 date-time such as 2024-05-01T12:00:00Z";
            return false;
        }
        v = EvalValue::owned(Value(static_cast<long long>(seconds)));
        return true;
    }
    }
    return true;
}

} // namespace claimsmith::tmpl
