#pragma once

// Reads the members of one JSON object into a model type, keeping the first
// error and the names of members nobody asked for. Used by the *FromJson
// functions of ModelJson.h; not meant for other callers.

#include "FieldError.h"
#include "Model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimsmith::model {

class FieldReader
{
public:
    enum Need
    {
        Optional, // absent leaves the output as it is (the model's default)
        Required
    };

    // `path` is where the object sits ("" for the top, "domains[0]" …);
    // `what` names it in the error for a value that is not an object ("a user").
    FieldReader(const json::Value& object, std::string path, std::string_view what,
                std::vector<std::string>* unknownFields);

    bool ok() const noexcept { return !m_error.has_value(); }
    const std::optional<FieldError>& error() const noexcept { return m_error; }
    // Once the first error is kept, the others do nothing.
    void fail(std::string field, std::string message);
    std::string path(std::string_view key) const { return fieldPath(m_path, key); }

    // The member `key` (marked as known), or nullptr when absent or after an error.
    const json::Value* member(std::string_view key, Need need);

    void string(std::string_view key, std::string& out, Need need, bool nonEmpty = false);
    // A required object id: `prefix` + ULID (Ids.h).
    void id(std::string_view key, std::string& out, std::string_view prefix);
    // A required or optional string that must be one of `allowed`
    // ("active, pending or inactive" names them in the message).
    void oneOf(std::string_view key, std::string& out, Need need,
               const std::vector<std::string_view>& allowed, std::string_view what);
    // null or absent: nothing.
    void nullableString(std::string_view key, std::optional<std::string>& out);
    void boolean(std::string_view key, bool& out, Need need = Optional);
    void integer(std::string_view key, std::int64_t& out, Need need, std::int64_t min,
                 std::int64_t max);
    void integer(std::string_view key, int& out, Need need, int min, int max);
    void nullableInteger(std::string_view key, std::optional<int>& out, int min, int max);
    void time(std::string_view key, Millis& out, Need need = Optional);
    void nullableTime(std::string_view key, std::optional<Millis>& out);
    // A JSON object (a metadata bag).
    void object(std::string_view key, json::Value& out);
    // Any JSON value, null included.
    void anyValue(std::string_view key, json::Value& out);
    // An array of non-empty strings.
    void stringArray(std::string_view key, std::vector<std::string>& out);

    // Reports the members that were never asked for (call last; nothing after an error).
    void finish();
    // finish(), then `value` or the error.
    template <class T>
    Parsed<T> result(T value)
    {
        finish();
        Parsed<T> out;
        out.error = m_error;
        if (!m_error)
            out.value = std::move(value);
        return out;
    }

private:
    bool readInt64(std::string_view key, const json::Value& v, std::int64_t min, std::int64_t max,
                   std::int64_t& out);
    bool readTime(std::string_view key, const json::Value& v, Millis& out);

    const json::Value& m_object;
    std::string m_path;
    std::vector<std::string>* m_unknown;
    std::vector<std::string_view> m_known;
    std::optional<FieldError> m_error;
};

// "a string", "an object", "null" … for messages.
std::string describeType(const json::Value& v);

// The writing side.
json::Value nullableJson(const std::optional<std::string>& s);
json::Value nullableJson(const std::optional<int>& i);
json::Value timeJson(Millis t);
json::Value nullableTimeJson(const std::optional<Millis>& t);
json::Value stringsJson(const std::vector<std::string>& items);

} // namespace claimsmith::model
