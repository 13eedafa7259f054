#include "FieldReader.h"

#include "Clock.h"
#include "Ids.h"
#include "json/Utf8.h"
#include "json/Writer.h"

#include <algorithm>

namespace claimsmith::model {

namespace {

std::string quoted(std::string_view s)
{
    std::string out;
    json::appendQuoted(out, s.size() > 64 ? s.substr(0, 64) : s);
    return out;
}

} // namespace

std::string describeType(const json::Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return "null";
    case json::Type::Bool:
        return "a boolean";
    case json::Type::Number:
        return "a number";
    case json::Type::String:
        return "a string";
    case json::Type::Array:
        return "an array";
    case json::Type::Object:
        return "an object";
    }
    return "?";
}

json::Value nullableJson(const std::optional<std::string>& s)
{
    return s ? json::Value(*s) : json::Value();
}

json::Value nullableJson(const std::optional<int>& i)
{
    return i ? json::Value(*i) : json::Value();
}

json::Value timeJson(Millis t)
{
    return json::Value(isoTime(t));
}

json::Value nullableTimeJson(const std::optional<Millis>& t)
{
    return t ? timeJson(*t) : json::Value();
}

json::Value stringsJson(const std::vector<std::string>& items)
{
    json::Array a;
    a.reserve(items.size());
    for (const std::string& s : items)
        a.emplace_back(s);
    return json::Value(std::move(a));
}

FieldReader::FieldReader(const json::Value& object, std::string path, std::string_view what,
                         std::vector<std::string>* unknownFields)
    : m_object(object)
    , m_path(std::move(path))
    , m_unknown(unknownFields)
{
    if (!object.isObject())
        fail(m_path, std::string(what) + " must be a JSON object, not " + describeType(object));
}

void FieldReader::fail(std::string field, std::string message)
{
    if (!m_error)
        m_error = FieldError{std::move(field), std::move(message)};
}

const json::Value* FieldReader::member(std::string_view key, Need need)
{
    if (m_error)
        return nullptr;
    m_known.push_back(key);
    const json::Value* v = m_object.find(key);
    if (!v && need == Required)
        fail(path(key), "is required");
    return v;
}

void FieldReader::string(std::string_view key, std::string& out, Need need, bool nonEmpty)
{
    const json::Value* v = member(key, need);
    if (!v)
        return;
    if (!v->isString())
        return fail(path(key), "must be a string, not " + describeType(*v));
    if (!utf8::isValid(v->string()))
        return fail(path(key), "is not valid UTF-8");
    if (nonEmpty && v->string().empty())
        return fail(path(key), "must not be empty");
    out = v->string();
}

void FieldReader::id(std::string_view key, std::string& out, std::string_view prefix)
{
    const json::Value* v = member(key, Required);
    if (!v)
        return;
    if (!v->isString())
        return fail(path(key), "must be a string, not " + describeType(*v));
    if (!isValidId(v->string(), prefix)) {
        return fail(path(key), "must be \"" + std::string(prefix) +
                                   "\" followed by a 26-character ULID, not " +
                                   quoted(v->string()));
    }
    out = v->string();
}

void FieldReader::oneOf(std::string_view key, std::string& out, Need need,
                        const std::vector<std::string_view>& allowed, std::string_view what)
{
    std::string text;
    string(key, text, need);
    const json::Value* v = ok() && m_object.isObject() ? m_object.find(key) : nullptr;
    if (!v)
        return;
    if (std::find(allowed.begin(), allowed.end(), text) == allowed.end())
        return fail(path(key), "is not a known " + std::string(key) + ": " + quoted(text) +
                                   " (use " + std::string(what) + ")");
    out = std::move(text);
}

void FieldReader::nullableString(std::string_view key, std::optional<std::string>& out)
{
    const json::Value* v = member(key, Optional);
    if (!v || v->isNull())
        return;
    if (!v->isString())
        return fail(path(key), "must be a string or null, not " + describeType(*v));
    if (!utf8::isValid(v->string()))
        return fail(path(key), "is not valid UTF-8");
    out = v->string();
}

void FieldReader::boolean(std::string_view key, bool& out, Need need)
{
    const json::Value* v = member(key, need);
    if (!v)
        return;
    if (!v->isBool())
        return fail(path(key), "must be true or false, not " + describeType(*v));
    out = v->toBool();
}

bool FieldReader::readInt64(std::string_view key, const json::Value& v, std::int64_t min,
                            std::int64_t max, std::int64_t& out)
{
    if (!v.isNumber()) {
        fail(path(key), "must be an integer, not " + describeType(v));
        return false;
    }
    if (!v.isInteger()) {
        fail(path(key), "must be an integer, not " + json::toString(v));
        return false;
    }
    if (v.numberKind() == json::NumberKind::UInt || v.toInt64() > max) {
        fail(path(key), "must be at most " + std::to_string(max) + ", not " + json::toString(v));
        return false;
    }
    if (v.toInt64() < min) {
        fail(path(key), "must be at least " + std::to_string(min) + ", not " + json::toString(v));
        return false;
    }
    out = v.toInt64();
    return true;
}

void FieldReader::integer(std::string_view key, std::int64_t& out, Need need, std::int64_t min,
                          std::int64_t max)
{
    if (const json::Value* v = member(key, need))
        readInt64(key, *v, min, max, out);
}

void FieldReader::integer(std::string_view key, int& out, Need need, int min, int max)
{
    std::int64_t wide = 0;
    if (const json::Value* v = member(key, need); v && readInt64(key, *v, min, max, wide))
        out = static_cast<int>(wide);
}

void FieldReader::nullableInteger(std::string_view key, std::optional<int>& out, int min, int max)
{
    std::int64_t wide = 0;
    const json::Value* v = member(key, Optional);
    if (v && !v->isNull() && readInt64(key, *v, min, max, wide))
        out = static_cast<int>(wide);
}

bool FieldReader::readTime(std::string_view key, const json::Value& v, Millis& out)
{
    if (!v.isString()) {
        fail(path(key), "must be an ISO 8601 time string, not " + describeType(v));
        return false;
    }
    const std::optional<Millis> t = parseIsoTime(v.string());
    if (!t) {
        fail(path(key),
             "is not an ISO 8601 time (like \"2024-05-01T12:00:00.000Z\"): " + quoted(v.string()));
        return false;
    }
    out = *t;
    return true;
}

void FieldReader::time(std::string_view key, Millis& out, Need need)
{
    if (const json::Value* v = member(key, need))
        readTime(key, *v, out);
}

void FieldReader::nullableTime(std::string_view key, std::optional<Millis>& out)
{
    Millis t = 0;
    const json::Value* v = member(key, Optional);
    if (v && !v->isNull() && readTime(key, *v, t))
        out = t;
}

void FieldReader::object(std::string_view key, json::Value& out)
{
    const json::Value* v = member(key, Optional);
    if (!v)
        return;
    if (!v->isObject())
        return fail(path(key), "must be a JSON object, not " + describeType(*v));
    out = *v;
}

void FieldReader::anyValue(std::string_view key, json::Value& out)
{
    if (const json::Value* v = member(key, Optional))
        out = *v;
}

void FieldReader::stringArray(std::string_view key, std::vector<std::string>& out)
{
    const json::Value* v = member(key, Optional);
    if (!v)
        return;
    if (!v->isArray())
        return fail(path(key), "must be an array of strings, not " + describeType(*v));
    std::vector<std::string> items;
    items.reserve(v->array().size());
    for (std::size_t i = 0; i < v->array().size(); ++i) {
        const json::Value& e = v->array()[i];
        const std::string where = indexPath(path(key), i);
        if (!e.isString())
            return fail(where, "must be a string, not " + describeType(e));
        if (e.string().empty())
            return fail(where, "must not be empty");
        if (!utf8::isValid(e.string()))
            return fail(where, "is not valid UTF-8");
        items.push_back(e.string());
    }
    out = std::move(items);
}

void FieldReader::finish()
{
    // After an error the list of known members is incomplete.
    if (!m_unknown || !ok())
        return;
    for (const json::Member& m : m_object.object()) {
        if (std::find(m_known.begin(), m_known.end(), m.key) == m_known.end())
            m_unknown->push_back(path(m.key));
    }
}

} // namespace claimsmith::model
