#pragma once

#include "Diagnostic.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

// The tokens of template text. The editor's syntax highlighter maps these
// kinds to styles one to one, so they distinguish everything it colours.
enum class TokenKind : std::uint8_t
{
    // JSON structure
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Colon,
    Comma,
    String,         // "…" without holes
    MemberName,     // a String followed by ':'
    TemplateHead,   // '"' and the text up to the first '{{' of a string with holes
    TemplateMiddle, // text between '}}' and the next '{{' (may be empty)
    TemplateTail,   // text after the last '}}', with the closing '"'
    Number,
    Keyword,   // true, false, null
               // holes and expressions
    HoleOpen,  // {{
    HoleClose, // }}
    Root,      // the first name of a path
    Field,     // a name after '.'
    Index,     // digits after '.'
    FilterName,
    ExprKeyword, // true, false, null inside a hole
    ExprString,  // 'text' or "text" inside a hole
    ExprNumber,
    Dot,
    ExprLBracket,
    ExprRBracket,
    Pipe,       // |
    OrOr,       // ||
    ExprColon,  // : after a filter name
    ExprComma,  // , between filter arguments
    Identifier, // a name where no name belongs
    Invalid,    // a character or word that belongs nowhere
};

enum TokenFlag : std::uint8_t
{
    NoFlags = 0,
    Unterminated = 1, // strings, holes, string literals that are not closed
    InString = 2,     // hole and expression tokens inside a string
    InHole = 4,       // tokens between '{{' and its '}}' (the '}}' included)
};

struct Token
{
    TokenKind kind;
    std::uint8_t flags = NoFlags;
    Span span;

    bool unterminated() const { return flags & Unterminated; }
    std::string_view text(std::string_view source) const
    {
        return source.substr(span.start, span.length());
    }
};

const char* tokenKindName(TokenKind kind);
bool isExpressionToken(TokenKind kind);

// Splits template text into tokens. Never fails: text that fits nowhere
// becomes Invalid tokens. With a sink, lexical problems (T001 bad escapes and
// characters, T004 unterminated strings, T010 unclosed holes) are reported.
std::vector<Token> tokenize(std::string_view text, DiagnosticSink* sink = nullptr);

} // namespace claimsmith::tmpl
