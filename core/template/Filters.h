#pragma once

#include "Schema.h"
#include "json/Value.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

enum class FilterId : std::uint8_t
{
    Default,
    Downcase,
    Upcase,
    Capitalize,
    Strip,
    Append,
    Prepend,
    Replace,
    Split,
    Join,
    First,
    Last,
    Size,
    Uniq,
    Sort,
    Compact,
    Map,
    Where,
    ToString,
    ToNumber,
    ToBool,
    Json,
    Base64Decode,
    Base64Encode,
    UnixTime,
};

// Bit set of the kinds of input a filter takes.
enum KindMask : std::uint8_t
{
    AcceptNull = 1 << 0,
    AcceptBool = 1 << 1,
    AcceptNumber = 1 << 2,
    AcceptString = 1 << 3,
    AcceptObject = 1 << 4,
    AcceptArray = 1 << 5,
    AcceptScalar = AcceptBool | AcceptNumber | AcceptString,
    AcceptAny = 0x3F,
};

struct FilterInfo
{
    FilterId id;
    std::string_view name;
    int minArgs;
    int maxArgs;
    std::uint8_t accepts;
    std::string_view signature;   // "replace: a, b"
    std::string_view description; // one line for completion
};

const std::vector<FilterInfo>& filters();
const FilterInfo* findFilter(std::string_view name);
const FilterInfo& filterInfo(FilterId id);
bool accepts(const FilterInfo& f, Kind kind);
// The static type of the filter's result for an input of type `input`.
// `firstArg` is the first argument when it is a literal string (map: 'slug').
Type filterResultType(FilterId id, const Type& input, const std::string* firstArg);

// A value during evaluation: a reference into the context or the template
// (no copy), a value made by a filter, or missing.
struct EvalValue
{
    const json::Value* ref = nullptr;
    json::Value own;
    bool present = false;

    static EvalValue missing() { return {}; }
    static EvalValue of(const json::Value* v)
    {
        EvalValue e;
        e.ref = v;
        e.present = v != nullptr;
        return e;
    }
    static EvalValue owned(json::Value v)
    {
        EvalValue e;
        e.own = std::move(v);
        e.present = true;
        return e;
    }
    const json::Value& get() const { return ref ? *ref : own; }
    bool isMissing() const { return !present; }
    bool isNullOrMissing() const { return !present || get().isNull(); }
};

// Applies a filter. Returns false with `error` set for an impossible
// conversion (T301); a wrong kind of input gives missing, not an error.
bool applyFilter(FilterId id, EvalValue& value, std::span<const EvalValue> args,
                 std::string& error);

// The text form of a scalar (string interpolation, append, join): strings as
// they are, numbers in shortest form, booleans, null as empty. Returns false
// for objects and arrays.
bool appendText(std::string& out, const json::Value& v);

// Parses an ISO 8601 date-time (or date) to seconds since the epoch.
bool parseIsoTime(std::string_view s, std::int64_t& seconds);

} // namespace claimsmith::tmpl
