#pragma once

#include "Value.h"

#include <string>
#include <string_view>

namespace claimsmith::json {

struct WriteOptions
{
    bool pretty = false; // two-space indentation, one member per line
    int indent = 2;
};

// Appends `s` as a JSON string literal (with quotes). The result is always
// valid JSON whatever `s` holds: control characters are escaped, invalid UTF-8
// becomes U+FFFD, and U+2028/U+2029 are escaped so that the text is also safe
// inside JavaScript.
void appendQuoted(std::string& out, std::string_view s);
// The same without the surrounding quotes.
void appendEscaped(std::string& out, std::string_view s);
// Appends the number in JSON form (integers exact, other numbers as written).
void appendNumber(std::string& out, const Value& number);
// Appends the number as text for people and string interpolation: integers
// exact, others in the shortest form that reads back the same.
void appendNumberText(std::string& out, const Value& number);

void write(std::string& out, const Value& v, const WriteOptions& options = {});
std::string toString(const Value& v, const WriteOptions& options = {});

} // namespace claimsmith::json
