#pragma once

#include "Diagnostic.h"
#include "Schema.h"
#include "json/Value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace claimsmith::tmpl {

// One step of a path: `.name`, `.0`, `[0]` or `["key"]`.
struct Segment
{
    enum class Kind : std::uint8_t
    {
        Name,
        Index
    };
    Kind kind = Kind::Name;
    std::string name;        // the key (for Index: the digits, so objects can be keyed by them)
    std::uint64_t index = 0; // Kind::Index
    Span span;               // the name or index as written
    bool bracketed = false;
};

struct Path
{
    std::string rootText; // as written
    std::optional<Root> root;
    Span rootSpan;
    std::vector<Segment> segments;
    Span span;
    Type type; // filled by the analyzer
};

struct Operand
{
    enum class Kind : std::uint8_t
    {
        Path,
        Literal
    };
    Kind kind = Kind::Literal;
    Path path;
    json::Value literal;
    Span span;
};

enum class FilterId : std::uint8_t;

struct FilterCall
{
    std::string name;
    std::optional<FilterId> id; // filled by the analyzer
    std::vector<Operand> args;
    Span nameSpan;
    Span span;
};

struct Expression
{
    std::vector<Operand> chain; // a || b || …
    std::vector<FilterCall> filters;
    Span span;             // the whole hole, '{{' to '}}'
    std::string canonical; // the expression with normalised spacing (for T105)
    bool valid = false;    // parsed without error
    Type type;             // filled by the analyzer
};

struct Member;

struct Node
{
    enum class Kind : std::uint8_t
    {
        Object,
        Array,
        Literal,
        Interpolated,
        Hole
    };
    Kind kind = Kind::Literal;
    Span span;
    std::vector<Member> members; // Object
    std::vector<Node> elements;  // Array
    json::Value literal;         // Literal (strings, numbers, true, false, null)
    std::string literalJson;     // Literal: its compact JSON text, ready to write
    // Interpolated: text parts and holes alternate, starting and ending with text.
    std::vector<std::string> texts;
    std::vector<Expression> holes;
    std::unique_ptr<Expression> hole; // Hole
};

struct Member
{
    std::string name;
    std::string nameJson; // "\"name\":", ready to write
    Span nameSpan;
    bool nameHasHole = false; // T013 was reported: no other check of the name
    Node value;
};

} // namespace claimsmith::tmpl
