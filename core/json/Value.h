#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimsmith::json {

class Value;
struct Member;

using Array = std::vector<Value>;
using Object = std::vector<Member>;

enum class Type : std::uint8_t
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object
};

// How a number is held: integers that fit 64 bits exactly, anything else as the
// text it was written with (plus its nearest double for arithmetic and sorting).
enum class NumberKind : std::uint8_t
{
    Int,
    UInt,
    Real
};

struct RealNumber
{
    std::string text;
    double value = 0;
    bool operator==(const RealNumber& o) const { return text == o.text; }
};

// The JSON value of claims and contexts: object members keep their order,
// integers keep all 64 bits, other numbers keep their text.
class Value
{
public:
    // Constructors are defined below Member: clang instantiates the storage's
    // destructor with them, which needs Member to be complete.
    Value() noexcept;
    Value(std::nullptr_t) noexcept;
    Value(bool b) noexcept;
    Value(int i) noexcept;
    Value(long i) noexcept;
    Value(long long i) noexcept;
    Value(unsigned u) noexcept;
    Value(unsigned long u) noexcept;
    Value(unsigned long long u) noexcept;
    Value(std::string s) noexcept;
    Value(std::string_view s);
    Value(const char* s);
    Value(Array a) noexcept;
    Value(Object o) noexcept;
    Value(const Value&);
    Value(Value&&) noexcept;
    Value& operator=(const Value&);
    Value& operator=(Value&&) noexcept;
    ~Value();

    // A finite double; whole values within 2^53 become integers.
    static Value fromDouble(double d);
    // A number given as JSON number text. Returns false (and leaves `out`
    // untouched) when the text is not a JSON number.
    static bool fromNumberText(std::string_view text, Value& out);
    static Value object(std::initializer_list<Member> members);
    static Value array(std::initializer_list<Value> values);

    Type type() const noexcept;
    bool isNull() const noexcept { return m_v.index() == 0; }
    bool isBool() const noexcept { return m_v.index() == 1; }
    bool isNumber() const noexcept { return m_v.index() >= 2 && m_v.index() <= 4; }
    bool isInteger() const noexcept { return m_v.index() == 2 || m_v.index() == 3; }
    bool isString() const noexcept { return m_v.index() == 5; }
    bool isArray() const noexcept { return m_v.index() == 6; }
    bool isObject() const noexcept { return m_v.index() == 7; }

    bool toBool() const noexcept { return *std::get_if<bool>(&m_v); }
    NumberKind numberKind() const noexcept;
    std::int64_t toInt64() const noexcept { return *std::get_if<std::int64_t>(&m_v); }
    std::uint64_t toUInt64() const noexcept { return *std::get_if<std::uint64_t>(&m_v); }
    const RealNumber& real() const noexcept { return *std::get_if<RealNumber>(&m_v); }
    // Any number as a double (nearest).
    double toDouble() const noexcept;
    const std::string& string() const noexcept { return *std::get_if<std::string>(&m_v); }
    std::string& string() noexcept { return *std::get_if<std::string>(&m_v); }
    const Array& array() const noexcept;
    Array& array() noexcept;
    const Object& object() const noexcept;
    Object& object() noexcept;

    // Object lookup: the first member with this key, or nullptr (also for
    // values that are not objects).
    const Value* find(std::string_view key) const noexcept;
    Value* find(std::string_view key) noexcept;
    // Array element, or nullptr when out of range or not an array.
    const Value* at(std::size_t index) const noexcept;
    // Object member access that inserts a null member at the end when absent.
    // Turns a null value into an empty object first.
    Value& operator[](std::string_view key);
    // Sets a member (replacing the first one with this key, else appending).
    void set(std::string_view key, Value v);
    bool remove(std::string_view key);
    void push_back(Value v);
    // Members of an object / elements of an array / 0 for scalars.
    std::size_t size() const noexcept;

    bool operator==(const Value& o) const;
    bool operator!=(const Value& o) const { return !(*this == o); }

private:
    using Storage = std::variant<std::monostate, bool, std::int64_t, std::uint64_t, RealNumber,
                                 std::string, Array, Object>;
    Storage m_v;
};

struct Member
{
    std::string key;
    Value value;
    bool operator==(const Member& o) const { return key == o.key && value == o.value; }
};

inline Value::Value() noexcept = default;
inline Value::Value(std::nullptr_t) noexcept {}
inline Value::Value(bool b) noexcept
    : m_v(b)
{}
inline Value::Value(int i) noexcept
    : m_v(std::int64_t{i})
{}
inline Value::Value(long i) noexcept
    : m_v(std::int64_t{i})
{}
inline Value::Value(long long i) noexcept
    : m_v(std::int64_t{i})
{}
inline Value::Value(unsigned u) noexcept
    : m_v(std::int64_t{u})
{}
inline Value::Value(std::string s) noexcept
    : m_v(std::move(s))
{}
inline Value::Value(std::string_view s)
    : m_v(std::string(s))
{}
inline Value::Value(const char* s)
    : m_v(std::string(s))
{}
inline Value::Value(Array a) noexcept
    : m_v(std::move(a))
{}
inline Value::Value(Object o) noexcept
    : m_v(std::move(o))
{}
inline Value::Value(const Value&) = default;
inline Value::Value(Value&&) noexcept = default;
inline Value& Value::operator=(const Value&) = default;
inline Value& Value::operator=(Value&&) noexcept = default;
inline Value::~Value() = default;
inline const Array& Value::array() const noexcept
{
    return *std::get_if<Array>(&m_v);
}
inline Array& Value::array() noexcept
{
    return *std::get_if<Array>(&m_v);
}
inline const Object& Value::object() const noexcept
{
    return *std::get_if<Object>(&m_v);
}
inline Object& Value::object() noexcept
{
    return *std::get_if<Object>(&m_v);
}

const char* typeName(Type t) noexcept;

} // namespace claimsmith::json
