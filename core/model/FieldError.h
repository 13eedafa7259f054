#pragma once

// What is wrong with one field of an object read from JSON, and the result of
// reading one.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::model {

struct FieldError
{
    // Where: "email", "domains[1].state", "roles[2]", "metadata.plan",
    // `metadata["a.b"]`; empty for the value as a whole.
    std::string field;
    // What, without the field's name: "must be a string, not a number".
    std::string message;
};

// An object read from JSON, or why it could not be read. `value` holds the
// defaults when `error` is set.
template <class T>
struct Parsed
{
    T value{};
    std::optional<FieldError> error;
    bool ok() const noexcept { return !error.has_value(); }
};

// The path of member `key` of `parent`: "metadata.plan", or `metadata["a.b"]`
// when the key is not a plain identifier (letters, digits, '_', not starting
// with a digit). An empty parent gives the key alone (or `["a.b"]`).
std::string fieldPath(std::string_view parent, std::string_view key);
// "roles[2]".
std::string indexPath(std::string_view parent, std::size_t index);

} // namespace claimsmith::model
