#pragma once

#include "Value.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace claimsmith::json {

struct ParseOptions
{
    // Deeper input is refused, so that nothing downstream can run out of stack.
    int maxDepth = 512;
    // RFC 8259 leaves duplicate member names undefined; we refuse them unless asked.
    bool allowDuplicateKeys = false;
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
