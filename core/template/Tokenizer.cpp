#include "Token.h"
#include "json/Number.h"
#include "json/Utf8.h"

#include <cctype>
#include <string>

namespace claimsmith::tmpl {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool isNameChar(char c)
{
    return isNameStart(c) || isDigit(c) || c == '-';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string quoteForMessage(std::string_view s)
{
    if (s.size() > 24)
        s = s.substr(0, 24);
    return utf8::sanitized(s);
}

class Tokenizer
{
public:
    Tokenizer(std::string_view text, DiagnosticSink* sink)
        : m_text(text)
        , m_n(static_cast<std::uint32_t>(text.size()))
        , m_sink(sink)
    {}

    std::vector<Token> run()
    {
        m_tokens.reserve(m_n / 4 + 8);
        if (m_n >= 3 && m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3; // a UTF-8 byte order mark
        while (m_pos < m_n)
            lexJson();
        classifyMemberNames();
        return std::move(m_tokens);
    }

private:
    char at(std::uint32_t i) const { return i < m_n ? m_text[i] : '\0'; }

    void emit(TokenKind kind, std::uint32_t start, std::uint32_t end, std::uint8_t flags = NoFlags)
    {
        m_tokens.push_back(Token{kind, flags, Span{start, end}});
    }

    Diagnostic* report(std::string_view code, Span span, std::string message)
    {
        if (!m_sink)
            return nullptr;
        return &m_sink->error(code, span, std::move(message));
    }

    void lexJson()
    {
        const char c = m_text[m_pos];
        const std::uint32_t start = m_pos;
        if (isSpace(c)) {
            ++m_pos;
            return;
        }
        switch (c) {
        case '{':
            // "{{{": an object that opens with a hole in member-name position.
            if (at(m_pos + 1) == '{' && at(m_pos + 2) != '{') {
                lexHole(false);
                return;
            }
            emit(TokenKind::LBrace, start, ++m_pos);
            return;
        case '}':
            emit(TokenKind::RBrace, start, ++m_pos);
            return;
        case '[':
            emit(TokenKind::LBracket, start, ++m_pos);
            return;
        case ']':
            emit(TokenKind::RBracket, start, ++m_pos);
            return;
        case ':':
            emit(TokenKind::Colon, start, ++m_pos);
            return;
        case ',':
            emit(TokenKind::Comma, start, ++m_pos);
            return;
        case '"':
            lexString();
            return;
        default:
            break;
        }
        if (c == '-' || isDigit(c)) {
            lexJsonNumber();
            return;
        }
        if (isNameStart(c) && static_cast<unsigned char>(c) < 0x80) {
            while (m_pos < m_n && isNameChar(m_text[m_pos]))
                ++m_pos;
            const std::string_view word = m_text.substr(start, m_pos - start);
            if (word == "true" || word == "false" || word == "null") {
                emit(TokenKind::Keyword, start, m_pos);
                return;
            }
            emit(TokenKind::Invalid, start, m_pos);
            return;
        }
        // Any other character, or a run of non-ASCII bytes: one Invalid token.
        std::size_t len = 1;
        if (static_cast<unsigned char>(c) >= 0x80)
            utf8::decode(m_text, m_pos, len);
        m_pos += static_cast<std::uint32_t>(len);
        emit(TokenKind::Invalid, start, m_pos);
    }

    void lexJsonNumber()
    {
        const std::uint32_t start = m_pos;
        if (m_text[m_pos] == '-')
            ++m_pos;
        while (m_pos < m_n && (isDigit(m_text[m_pos]) || m_text[m_pos] == '.' ||
                               m_text[m_pos] == 'e' || m_text[m_pos] == 'E' ||
                               ((m_text[m_pos] == '+' || m_text[m_pos] == '-') &&
                                (m_text[m_pos - 1] == 'e' || m_text[m_pos - 1] == 'E'))))
            ++m_pos;
        // Letters glued to a number (12px) make the whole word invalid.
        while (m_pos < m_n && isNameChar(m_text[m_pos]))
            ++m_pos;
        const std::string_view text = m_text.substr(start, m_pos - start);
        emit(json::isJsonNumber(text) ? TokenKind::Number : TokenKind::Invalid, start, m_pos);
    }

    // A JSON string, possibly with holes. m_pos is at the opening quote.
    void lexString()
    {
        const std::uint32_t open = m_pos;
        std::uint32_t segStart = m_pos;
        bool hasHoles = false;
        ++m_pos;
        while (true) {
            if (m_pos >= m_n || m_text[m_pos] == '\n' || m_text[m_pos] == '\r') {
                const TokenKind kind = hasHoles ? TokenKind::TemplateTail : TokenKind::String;
                emit(kind, segStart, m_pos, Unterminated);
                if (!m_suppressUnterminatedString)
                    reportUnterminatedString(open);
                m_suppressUnterminatedString = false;
                return;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                emit(hasHoles ? TokenKind::TemplateTail : TokenKind::String, segStart, m_pos);
                m_suppressUnterminatedString = false;
                return;
            }
            if (c == '\\') {
                lexEscape();
                continue;
            }
            if (c == '{' && at(m_pos + 1) == '{') {
                emit(hasHoles ? TokenKind::TemplateMiddle : TokenKind::TemplateHead, segStart,
                     m_pos);
                hasHoles = true;
                lexHole(true);
                segStart = m_pos;
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                const char* name = c == '\t' ? "a tab" : "a control character";
                if (Diagnostic* d =
                        report("T001", Span{m_pos, m_pos + 1},
                               std::string(name) + " cannot stand in a JSON string; write it as an "
                                                   "escape")) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    const auto u = static_cast<unsigned char>(c);
                    std::string esc =
                        c == '\t' ? "\\t" : std::string("\\u00") + kHex[u >> 4] + kHex[u & 15];
                    m_sink->setFix(*d, Span{m_pos, m_pos + 1}, esc);
                }
                ++m_pos;
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                std::size_t len = 1;
                if (utf8::decode(m_text, m_pos, len) == utf8::kInvalid)
                    report("T001", Span{m_pos, m_pos + 1},
                           "invalid UTF-8 byte in a string; save the template as UTF-8");
                m_pos += static_cast<std::uint32_t>(len);
                continue;
            }
            ++m_pos;
        }
    }

    void lexEscape()
    {
        const std::uint32_t start = m_pos;
        const char e = at(m_pos + 1);
        switch (e) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_pos += 2;
            return;
        case 'u': {
            std::uint32_t i = m_pos + 2;
            int hex = 0;
            while (hex < 4 && i < m_n && std::isxdigit(static_cast<unsigned char>(m_text[i]))) {
                ++i;
                ++hex;
            }
            if (hex < 4)
                report("T001", Span{start, i},
                       "\\u must be followed by four hexadecimal digits, as in \\u00e9");
            m_pos = i;
            return;
        }
        default:
            break;
        }
        if (e == '\n' || e == '\r' || m_pos + 1 >= m_n) {
            ++m_pos; // the string is unterminated; lexString reports it
            return;
        }
        std::size_t len = 1;
        if (static_cast<unsigned char>(e) >= 0x80)
            utf8::decode(m_text, m_pos + 1, len);
        const Span span{start, m_pos + 1 + static_cast<std::uint32_t>(len)};
        if (Diagnostic* d =
                report("T001", span,
                       "invalid escape \\" + quoteForMessage(m_text.substr(m_pos + 1, len)) +
                           " in a string; write \\\\ for a backslash")) {
            m_sink->setFix(*d, Span{start, start + 1}, "\\\\");
        }
        m_pos = span.end;
    }

    void reportUnterminatedString(std::uint32_t open)
    {
        Diagnostic* d =
            report("T004", Span{open, m_pos},
                   "unterminated string: close it with '\"' before the end of the line");
        if (!d)
            return;
        // The closing quote goes before a trailing comma, else at the end of the line.
        std::uint32_t at = m_pos;
        while (at > open + 1 && (m_text[at - 1] == ' ' || m_text[at - 1] == '\t'))
            --at;
        if (at > open + 1 && m_text[at - 1] == ',')
            --at;
        m_sink->setFix(*d, Span{at, at}, "\"");
    }

    // A hole: '{{' expression '}}'. m_pos is at the first '{'.
    void lexHole(bool inString)
    {
        const std::uint8_t flags = inString ? InString : NoFlags;
        const std::uint32_t open = m_pos;
        const std::size_t openIndex = m_tokens.size();
        emit(TokenKind::HoleOpen, m_pos, m_pos + 2, flags);
        m_pos += 2;
        const std::uint8_t inner = flags | InHole;
        TokenKind prev = TokenKind::HoleOpen;
        std::uint32_t lastEnd = m_pos; // end of the last expression token
        while (true) {
            while (m_pos < m_n && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
                ++m_pos;
            const char c = at(m_pos);
            const bool end = m_pos >= m_n || c == '\n' || c == '\r';
            if (end || (c == '{' && at(m_pos + 1) == '{') || (inString && c == '"')) {
                m_tokens[openIndex].flags |= Unterminated;
                std::string where =
                    end ? "before the end of the line"
                        : (c == '"' ? "before the end of the string" : "before the next '{{'");
                // Where '}}' belongs: before a trailing ',' (the JSON comma); a
                // lone '}' was meant to be '}}'.
                Span fix{lastEnd, lastEnd};
                std::string closing = " }}";
                const Token& last = m_tokens.back();
                if (m_tokens.size() > openIndex + 1 && last.kind == TokenKind::ExprComma) {
                    fix = Span{last.span.start, last.span.start};
                    while (fix.start > open + 2 && m_text[fix.start - 1] == ' ')
                        fix = Span{fix.start - 1, fix.start - 1};
                } else if (m_tokens.size() > openIndex + 1 && last.kind == TokenKind::Invalid &&
                           last.text(m_text) == "}") {
                    fix = last.span;
                    closing = "}}";
                }
                if (Diagnostic* d =
                        report("T010", Span{open, lastEnd},
                               "'{{' has no matching '}}' " + where + "; close the hole with '}}'"))
                    m_sink->setFix(*d, fix, closing);
                if (inString && end)
                    m_suppressUnterminatedString = true;
                return;
            }
            if (c == '}' && at(m_pos + 1) == '}') {
                emit(TokenKind::HoleClose, m_pos, m_pos + 2, inner);
                m_pos += 2;
                return;
            }
            const std::uint32_t start = m_pos;
            prev = lexExpressionToken(prev, inString, inner);
            if (m_pos == start) // never stall
                ++m_pos;
            lastEnd = m_pos;
        }
    }

    TokenKind lexExpressionToken(TokenKind prev, bool inString, std::uint8_t flags)
    {
        const std::uint32_t start = m_pos;
        const char c = m_text[m_pos];
        auto one = [&](TokenKind k) {
            emit(k, start, ++m_pos, flags);
            return k;
        };
        switch (c) {
        case '.':
            return one(TokenKind::Dot);
        case '[':
            return one(TokenKind::ExprLBracket);
        case ']':
            return one(TokenKind::ExprRBracket);
        case ':':
            return one(TokenKind::ExprColon);
        case ',':
            return one(TokenKind::ExprComma);
        case '|':
            if (at(m_pos + 1) == '|') {
                m_pos += 2;
                emit(TokenKind::OrOr, start, m_pos, flags);
                return TokenKind::OrOr;
            }
            return one(TokenKind::Pipe);
        case '\'':
            return lexExprString('\'', false, flags);
        case '"':
            return lexExprString('"', false, flags);
        case '\\':
            if (inString && at(m_pos + 1) == '"')
                return lexExprString('"', true, flags);
            break;
        default:
            break;
        }
        if (prev == TokenKind::Dot && (isNameChar(c))) {
            bool digits = true;
            while (m_pos < m_n && isNameChar(m_text[m_pos])) {
                digits = digits && isDigit(m_text[m_pos]);
                ++m_pos;
            }
            const TokenKind k = digits ? TokenKind::Index : TokenKind::Field;
            emit(k, start, m_pos, flags);
            return k;
        }
        if (isDigit(c) || (c == '-' && isDigit(at(m_pos + 1)))) {
            ++m_pos;
            while (m_pos < m_n && (isDigit(m_text[m_pos]) || m_text[m_pos] == '.' ||
                                   m_text[m_pos] == 'e' || m_text[m_pos] == 'E' ||
                                   ((m_text[m_pos] == '+' || m_text[m_pos] == '-') &&
                                    (m_text[m_pos - 1] == 'e' || m_text[m_pos - 1] == 'E'))))
                ++m_pos;
            // "1.5.2" or "1x": keep the longest number, the rest lexes on its own.
            std::uint32_t end = m_pos;
            while (end > start && !json::isJsonNumber(m_text.substr(start, end - start)))
                --end;
            if (end == start) {
                emit(TokenKind::Invalid, start, m_pos, flags);
                return TokenKind::Invalid;
            }
            m_pos = end;
            emit(TokenKind::ExprNumber, start, m_pos, flags);
            return TokenKind::ExprNumber;
        }
        if (isNameStart(c)) {
            while (m_pos < m_n && isNameChar(m_text[m_pos]))
                ++m_pos;
            const std::string_view word = m_text.substr(start, m_pos - start);
            TokenKind k = TokenKind::Identifier;
            if (prev == TokenKind::Pipe)
                k = TokenKind::FilterName;
            else if (word == "true" || word == "false" || word == "null")
                k = TokenKind::ExprKeyword;
            else if (prev == TokenKind::HoleOpen || prev == TokenKind::OrOr ||
                     prev == TokenKind::ExprColon || prev == TokenKind::ExprComma)
                k = TokenKind::Root;
            emit(k, start, m_pos, flags);
            return k;
        }
        // Operators that do not exist here (&&, ==, !, +, …): one Invalid token.
        auto isOperatorChar = [](char ch) {
            return ch == '&' || ch == '=' || ch == '!' || ch == '<' || ch == '>' || ch == '+' ||
                   ch == '*' || ch == '/' || ch == '%' || ch == '?' || ch == '~' || ch == '^' ||
                   ch == '-' || ch == '(' || ch == ')' || ch == ';' || ch == '#' || ch == '@' ||
                   ch == '$' || ch == '`';
        };
        if (isOperatorChar(c)) {
            while (m_pos < m_n && isOperatorChar(m_text[m_pos]) && m_pos - start < 3)
                ++m_pos;
        } else {
            ++m_pos;
        }
        emit(TokenKind::Invalid, start, m_pos, flags);
        return TokenKind::Invalid;
    }

    // 'text', "text", or \"text\" (the JSON-escaped form inside a string).
    TokenKind lexExprString(char quote, bool escapedQuotes, std::uint8_t flags)
    {
        const std::uint32_t start = m_pos;
        m_pos += escapedQuotes ? 2 : 1;
        while (m_pos < m_n && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
            const char c = m_text[m_pos];
            if (escapedQuotes && c == '\\' && at(m_pos + 1) == '"') {
                m_pos += 2;
                emit(TokenKind::ExprString, start, m_pos, flags);
                return TokenKind::ExprString;
            }
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == quote) {
                ++m_pos;
                emit(TokenKind::ExprString, start, m_pos, flags);
                return TokenKind::ExprString;
            }
            if (c == '}' && at(m_pos + 1) == '}' && flags & InString) {
                break; // inside a string, '}}' ends the hole even in an open literal
            }
            ++m_pos;
        }
        if (m_pos > m_n)
            m_pos = m_n;
        emit(TokenKind::ExprString, start, m_pos, flags | Unterminated);
        report("T012", Span{start, m_pos},
               "unterminated string literal; close it with " + std::string(1, quote));
        return TokenKind::ExprString;
    }

    // A String followed by ':' names a member.
    void classifyMemberNames()
    {
        for (std::size_t i = 0; i + 1 < m_tokens.size(); ++i) {
            if (m_tokens[i].kind == TokenKind::String && m_tokens[i + 1].kind == TokenKind::Colon)
                m_tokens[i].kind = TokenKind::MemberName;
        }
    }

    std::string_view m_text;
    std::uint32_t m_n;
    std::uint32_t m_pos = 0;
    DiagnosticSink* m_sink;
    std::vector<Token> m_tokens;
    bool m_suppressUnterminatedString = false;
};

} // namespace

std::vector<Token> tokenize(std::string_view text, DiagnosticSink* sink)
{
    return Tokenizer(text, sink).run();
}

bool isExpressionToken(TokenKind k)
{
    return k >= TokenKind::Root && k <= TokenKind::Identifier;
}

const char* tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::LBrace:
        return "'{'";
    case TokenKind::RBrace:
        return "'}'";
    case TokenKind::LBracket:
        return "'['";
    case TokenKind::RBracket:
        return "']'";
    case TokenKind::Colon:
        return "':'";
    case TokenKind::Comma:
        return "','";
    case TokenKind::String:
    case TokenKind::MemberName:
    case TokenKind::TemplateHead:
    case TokenKind::TemplateMiddle:
    case TokenKind::TemplateTail:
        return "a string";
    case TokenKind::Number:
        return "a number";
    case TokenKind::Keyword:
        return "a literal";
    case TokenKind::HoleOpen:
        return "'{{'";
    case TokenKind::HoleClose:
        return "'}}'";
    case TokenKind::Root:
    case TokenKind::Field:
    case TokenKind::FilterName:
    case TokenKind::Identifier:
        return "a name";
    case TokenKind::Index:
        return "an index";
    case TokenKind::ExprKeyword:
        return "a literal";
    case TokenKind::ExprString:
        return "a string";
    case TokenKind::ExprNumber:
        return "a number";
    case TokenKind::Dot:
        return "'.'";
    case TokenKind::ExprLBracket:
        return "'['";
    case TokenKind::ExprRBracket:
        return "']'";
    case TokenKind::Pipe:
        return "'|'";
    case TokenKind::OrOr:
        return "'||'";
    case TokenKind::ExprColon:
        return "':'";
    case TokenKind::ExprComma:
        return "','";
    case TokenKind::Invalid:
        return "an unexpected character";
    }
    return "?";
}

} // namespace claimsmith::tmpl
