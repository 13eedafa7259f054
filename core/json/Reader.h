#pragma once

#include "Value.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace claimsmith::json {

// The default limits of ParseOptions.
inline constexpr int kMaxDepth = 512;
inline constexpr std::size_t kMaxMembers = 10'000;
inline constexpr std::size_t kMaxElements = 100'000;

struct ParseOptions
{
    // Deeper input is refused, so that nothing downstream can run out of stack.
    int maxDepth = kMaxDepth;
    // RFC 8259 leaves duplicate member names undefined; we refuse them unless asked.
    bool allowDuplicateKeys = false;
    // Objects with more members and arrays with more elements are refused: a
    // value takes some 50 bytes of memory however short its text ("0,"), so
    // that a long input cannot grow many times its size in memory. Callers
    // that read whole files of records (JsonDocument) allow more elements.
    std::size_t maxMembers = kMaxMembers;
    std::size_t maxElements = kMaxElements;
};

struct ParseError
{
    std::size_t offset = 0; // byte offset into the text
    int line = 0;           // 1-based
    int column = 0;         // 1-based, in characters
    std::string message;    // what is wrong, without the position

    // "LINE:COL: MESSAGE"
    std::string toString() const;
};

struct ParseResult
{
    Value value;
    bool ok = false;
    ParseError error;
};

// Strict RFC 8259 JSON (UTF-8, no comments, no trailing commas, any top-level value).
ParseResult parse(std::string_view text, const ParseOptions& options = {});

// 1-based line and column (in characters) of a byte offset.
void lineColumn(std::string_view text, std::size_t offset, int& line, int& column);

} // namespace claimsmith::json
