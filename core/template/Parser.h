#pragma once

#include "Ast.h"
#include "Token.h"

#include <optional>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

constexpr int kMaxNesting = 64;

// Builds the syntax tree of template text from its tokens. Reports every
// syntax diagnostic (T001–T004, T010–T013, T402) and keeps going after each,
// so that one pass finds them all. Returns no tree only for empty text.
std::optional<Node> parse(std::string_view text, const std::vector<Token>& tokens,
                          DiagnosticSink& sink);

// Parses the expression between '{{' and '}}' from tokens [begin, end) of `tokens`.
// Exposed for completion, which parses the part of a hole before the cursor.
Expression parseExpression(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t begin, std::size_t end, Span holeSpan, DiagnosticSink* sink);

// The value of a JSON string token's text (without its quotes), escapes decoded.
std::string decodeJsonString(std::string_view raw);
// The value of an expression string literal ('…', "…" or \"…\").
std::string decodeExprString(std::string_view token);

} // namespace claimsmith::tmpl
