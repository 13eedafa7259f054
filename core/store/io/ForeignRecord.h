#pragma once

#include "json/Value.h"
#include "model/FieldError.h"
#include "model/Model.h"

#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::store::io {

// Reads the members of another product's user record (Auth0, ZITADEL) with
// type checks. The first problem is kept, with the path of the field at
// fault ("human.email.email"); later reads then do nothing.
class ForeignRecord
{
public:
    // `what` names the record for "must be an object" ("an Auth0 user").
    ForeignRecord(const json::Value& object, std::string path, std::string_view what);

    bool ok() const { return !m_error; }
    const std::optional<model::FieldError>& error() const { return m_error; }
    void fail(std::string field, std::string message);
    std::string path(std::string_view key) const { return model::fieldPath(m_path, key); }

    // A member, or nullptr when absent, null, or after a problem.
    const json::Value* member(std::string_view key);
    // A nested object (absent or null: nullptr), as a reader of its own.
    std::optional<ForeignRecord> child(std::string_view key, std::string_view what);
    // Strings: absent or null gives nothing; `required` makes absence a problem.
    std::optional<std::string> string(std::string_view key, bool required = false);
    bool boolean(std::string_view key, bool fallback = false);
    // A JSON object (a metadata bag); absent or null gives {}.
    json::Value object(std::string_view key);
    // An RFC 3339 time (or MongoDB's {"$date": "…"}); absent or null gives 0.
    model::Millis time(std::string_view key);

private:
    const json::Value& m_object;
    std::string m_path;
    std::optional<model::FieldError> m_error;
};

// "a string", "an array", … for messages.
std::string describe(const json::Value& v);

} // namespace claimsmith::store::io
