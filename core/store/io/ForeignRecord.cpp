#include "ForeignRecord.h"

#include "model/Clock.h"

namespace claimsmith::store::io {

std::string describe(const json::Value& v)
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
    return "a value";
}

ForeignRecord::ForeignRecord(const json::Value& object, std::string path, std::string_view what)
    : m_object(object)
    , m_path(std::move(path))
{
    if (!object.isObject())
        fail(m_path, std::string(what) + " must be a JSON object, not " + describe(object));
}

void ForeignRecord::fail(std::string field, std::string message)
{
    if (!m_error)
        m_error = model::FieldError{std::move(field), std::move(message)};
}

const json::Value* ForeignRecord::member(std::string_view key)
{
    if (m_error)
        return nullptr;
    const json::Value* v = m_object.find(key);
    return v && !v->isNull() ? v : nullptr;
}

std::optional<ForeignRecord> ForeignRecord::child(std::string_view key, std::string_view what)
{
    const json::Value* v = member(key);
    if (!v)
        return std::nullopt;
    ForeignRecord r(*v, path(key), what);
    if (r.error())
        fail(r.error()->field, r.error()->message);
    return r;
}

std::optional<std::string> ForeignRecord::string(std::string_view key, bool required)
{
    const json::Value* v = member(key);
    if (!v) {
        if (required && !m_error)
            fail(path(key), "required");
        return std::nullopt;
    }
    if (!v->isString()) {
        fail(path(key), "must be a string, not " + describe(*v));
        return std::nullopt;
    }
    return v->string();
}

bool ForeignRecord::boolean(std::string_view key, bool fallback)
{
    const json::Value* v = member(key);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        fail(path(key), "must be true or false, not " + describe(*v));
        return fallback;
    }
    return v->toBool();
}

json::Value ForeignRecord::object(std::string_view key)
{
    const json::Value* v = member(key);
    if (!v)
        return json::Value(json::Object{});
    if (!v->isObject()) {
        fail(path(key), "must be a JSON object, not " + describe(*v));
        return json::Value(json::Object{});
    }
    return *v;
}

model::Millis ForeignRecord::time(std::string_view key)
{
    const json::Value* v = member(key);
    if (!v)
        return 0;
    const json::Value* text = v;
    if (v->isObject()) {
        if (const json::Value* date = v->find("$date"))
            text = date;
    }
    if (!text->isString()) {
        fail(path(key), "must be a time as RFC 3339 text, not " + describe(*v));
        return 0;
    }
    const std::optional<model::Millis> t = model::parseIsoTime(text->string());
    if (!t) {
        fail(path(key), "\"" + text->string() + "\" is not an RFC 3339 time");
        return 0;
    }
    return *t;
}

} // namespace claimsmith::store::io
