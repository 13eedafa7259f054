#include "Value.h"

#include "Number.h"

#include <cmath>
#include <limits>

namespace claimsmith::json {

namespace {
constexpr auto kInt64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
}

Value::Value(unsigned long u) noexcept
    : Value(static_cast<unsigned long long>(u))
{}

Value::Value(unsigned long long u) noexcept
{
    // Invariant: the UInt alternative only holds values above INT64_MAX, so that
    // equal integers always have the same representation.
    if (u <= kInt64Max)
        m_v = static_cast<std::int64_t>(u);
    else
        m_v = static_cast<std::uint64_t>(u);
}

Value Value::fromDouble(double d)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kExact &&
        !(d == 0 && std::signbit(d)))
        return Value(static_cast<std::int64_t>(d));
    RealNumber r;
    r.value = std::isfinite(d) ? d : 0.0;
    r.text = formatDouble(r.value);
    Value v;
    v.m_v = std::move(r);
    return v;
}

bool Value::fromNumberText(std::string_view text, Value& out)
{
    if (!isJsonNumber(text))
        return false;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    switch (parseInteger(text, i, u)) {
    case IntegerParse::Int64:
        out = Value(i);
        return true;
    case IntegerParse::UInt64:
        out = Value(static_cast<unsigned long long>(u));
        return true;
    case IntegerParse::NotInteger:
        break;
    }
    RealNumber r;
    r.text = std::string(text);
    r.value = parseDouble(text);
    out.m_v = std::move(r);
    return true;
}

Value Value::object(std::initializer_list<Member> members)
{
    return Value(Object(members));
}

Value Value::array(std::initializer_list<Value> values)
{
    return Value(Array(values));
}

Type Value::type() const noexcept
{
    switch (m_v.index()) {
    case 0:
        return Type::Null;
    case 1:
        return Type::Bool;
    case 2:
    case 3:
    case 4:
        return Type::Number;
    case 5:
        return Type::String;
    case 6:
        return Type::Array;
    default:
        return Type::Object;
    }
}

NumberKind Value::numberKind() const noexcept
{
    switch (m_v.index()) {
    case 2:
        return NumberKind::Int;
    case 3:
        return NumberKind::UInt;
    default:
        return NumberKind::Real;
    }
}

double Value::toDouble() const noexcept
{
    switch (m_v.index()) {
    case 2:
        return static_cast<double>(std::get<std::int64_t>(m_v));
    case 3:
        return static_cast<double>(std::get<std::uint64_t>(m_v));
    case 4:
        return std::get<RealNumber>(m_v).value;
    default:
        return 0;
    }
}

const Value* Value::find(std::string_view key) const noexcept
{
    const auto* obj = std::get_if<Object>(&m_v);
    if (!obj)
        return nullptr;
    for (const Member& m : *obj) {
        if (m.key.size() == key.size() && m.key == key)
            return &m.value;
    }
    return nullptr;
}

Value* Value::find(std::string_view key) noexcept
{
    return const_cast<Value*>(static_cast<const Value*>(this)->find(key));
}

const Value* Value::at(std::size_t index) const noexcept
{
    const auto* arr = std::get_if<Array>(&m_v);
    if (!arr || index >= arr->size())
        return nullptr;
    return &(*arr)[index];
}

Value& Value::operator[](std::string_view key)
{
    if (isNull())
        m_v = Object{};
    if (Value* v = find(key))
        return *v;
    Object& obj = object();
    obj.push_back(Member{std::string(key), Value()});
    return obj.back().value;
}

void Value::set(std::string_view key, Value v)
{
    (*this)[key] = std::move(v);
}

bool Value::remove(std::string_view key)
{
    auto* obj = std::get_if<Object>(&m_v);
    if (!obj)
        return false;
    for (auto it = obj->begin(); it != obj->end(); ++it) {
        if (it->key == key) {
            obj->erase(it);
            return true;
        }
    }
    return false;
}

void Value::push_back(Value v)
{
    if (isNull())
        m_v = Array{};
    array().push_back(std::move(v));
}

std::size_t Value::size() const noexcept
{
    if (const auto* arr = std::get_if<Array>(&m_v))
        return arr->size();
    if (const auto* obj = std::get_if<Object>(&m_v))
        return obj->size();
    return 0;
}

bool Value::operator==(const Value& o) const
{
    if (isNumber() && o.isNumber()) {
        if (m_v.index() == o.m_v.index() && isInteger())
            return m_v == o.m_v;
        if (isInteger() && o.isInteger())
            return false; // Int vs UInt never overlap (see the UInt invariant)
        return toDouble() == o.toDouble();
    }
    return m_v == o.m_v;
}

const char* typeName(Type t) noexcept
{
    switch (t) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "?";
}

} // namespace claimsmith::json
