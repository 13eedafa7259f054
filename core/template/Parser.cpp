#include "Parser.h"

#include "json/Utf8.h"
#include "json/Writer.h"

#include <charconv>
#include <unordered_map>

namespace claimsmith::tmpl {

namespace {

std::string shortQuote(std::string_view s)
{
    std::string clean = utf8::sanitized(s.size() > 40 ? s.substr(0, 40) : s);
    if (s.size() > 40)
        clean += "…";
    return "\"" + clean + "\"";
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes backslash escapes of JSON (and \' for expression literals).
std::string decodeEscapes(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto hex4 = [&](std::size_t at, char32_t& v) {
                if (at + 4 > raw.size())
                    return false;
                v = 0;
                for (std::size_t k = 0; k < 4; ++k) {
                    const int h = hexValue(raw[at + k]);
                    if (h < 0)
                        return false;
                    v = v * 16 + static_cast<char32_t>(h);
                }
                return true;
            };
            char32_t cp = 0;
            if (!hex4(i + 1, cp)) {
                out += "\\u";
                break;
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' &&
                    hex4(i + 3, low) && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                } else {
                    cp = utf8::kReplacement;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = utf8::kReplacement;
            }
            utf8::append(out, cp);
            break;
        }
        default:
            out += e; // \" \\ \/ \' and anything else reported by the tokenizer
            break;
        }
    }
    return out;
}

class Parser
{
public:
    Parser(std::string_view text, const std::vector<Token>& tokens, DiagnosticSink& sink)
        : m_text(text)
        , m_tokens(tokens)
        , m_sink(sink)
    {}

    std::optional<Node> document()
    {
        if (m_tokens.empty()) {
            m_sink.error("T402", Span{0, static_cast<std::uint32_t>(m_text.size())},
                         "the template is empty; write a JSON object such as "
                         "{\"urn:my_app:tier\": {{ organization.metadata.tier }}}");
            return std::nullopt;
        }
        Node root = value(0);
        if (root.kind != Node::Kind::Object) {
            m_sink.error("T402", root.span,
                         "the template must be a JSON object of claims, such as "
                         "{\"urn:my_app:tier\": {{ organization.metadata.tier }}}");
        } else if (root.members.empty() && !m_objectHadErrors) {
            m_sink.error("T402", root.span,
                         "the template has no claims; write at least one member, such as "
                         "\"urn:my_app:tier\": {{ organization.metadata.tier }}");
        }
        if (!atEnd()) {
            const Token& t = peek();
            m_sink.error("T001", t.span,
                         std::string("unexpected ") + describe(t) +
                             " after the end of the template; remove it");
        }
        return root;
    }

private:
    bool atEnd() const { return m_i >= m_tokens.size(); }
    const Token& peek() const { return m_tokens[m_i]; }
    bool is(TokenKind k) const { return !atEnd() && peek().kind == k; }
    std::uint32_t endOfText() const { return static_cast<std::uint32_t>(m_text.size()); }
    std::uint32_t here() const { return atEnd() ? endOfText() : peek().span.start; }

    std::string describe(const Token& t) const
    {
        switch (t.kind) {
        case TokenKind::String:
        case TokenKind::MemberName:
            return "the string " + shortQuote(t.text(m_text).substr(
                                       1, t.span.length() >= 2 ? t.span.length() - 2 : 0));
        case TokenKind::Number:
        case TokenKind::Keyword:
        case TokenKind::Invalid:
            return "'" + utf8::sanitized(t.text(m_text).substr(0, 40)) + "'";
        default:
            return tokenKindName(t.kind);
        }
    }
    std::string describeNext() const
    {
        return atEnd() ? "the end of the template" : describe(peek());
    }

    static bool startsValue(TokenKind k)
    {
        switch (k) {
        case TokenKind::LBrace:
        case TokenKind::LBracket:
        case TokenKind::String:
        case TokenKind::MemberName:
        case TokenKind::TemplateHead:
        case TokenKind::Number:
        case TokenKind::Keyword:
        case TokenKind::HoleOpen:
            return true;
        default:
            return false;
        }
    }

    Node value(int depth)
    {
        if (atEnd()) {
            m_sink.error("T001", Span{endOfText(), endOfText()},
                         "expected a value, found the end of the template");
            return errorNode(endOfText());
        }
        const Token& t = peek();
        switch (t.kind) {
        case TokenKind::LBrace:
            return object(depth);
        case TokenKind::LBracket:
            return array(depth);
        case TokenKind::String:
        case TokenKind::MemberName: {
            ++m_i;
            Node n;
            n.kind = Node::Kind::Literal;
            n.span = t.span;
            n.literal = json::Value(decodeJsonString(stringBody(t)));
            n.literalJson = json::toString(n.literal);
            return n;
        }
        case TokenKind::TemplateHead:
            return interpolated();
        case TokenKind::Number:
        case TokenKind::Keyword: {
            ++m_i;
            Node n;
            n.kind = Node::Kind::Literal;
            n.span = t.span;
            const std::string_view text = t.text(m_text);
            if (t.kind == TokenKind::Number)
                json::Value::fromNumberText(text, n.literal);
            else if (text != "null")
                n.literal = json::Value(text == "true");
            n.literalJson = std::string(text);
            return n;
        }
        case TokenKind::HoleOpen: {
            Node n;
            n.kind = Node::Kind::Hole;
            n.hole = std::make_unique<Expression>(hole());
            n.span = n.hole->span;
            return n;
        }
        default:
            break;
        }
        m_sink.error("T001", t.span,
                     "expected a value (a string, number, object, array, true, false, null or a "
                     "{{ hole }}), found " +
                         describe(t));
        const std::uint32_t at = t.span.start;
        if (t.kind == TokenKind::Invalid)
            ++m_i;
        return errorNode(at);
    }

    static Node errorNode(std::uint32_t at)
    {
        Node n;
        n.kind = Node::Kind::Literal;
        n.span = Span{at, at};
        n.literalJson = "null";
        return n;
    }

    std::string_view stringBody(const Token& t) const
    {
        // Opening quotes start String/MemberName/TemplateHead tokens; closing
        // quotes end String/MemberName/TemplateTail tokens. Any other '"' at
        // an edge is an escaped quote of the text.
        std::string_view s = t.text(m_text);
        const bool opens = t.kind == TokenKind::String || t.kind == TokenKind::MemberName ||
                           t.kind == TokenKind::TemplateHead;
        const bool closes = t.kind == TokenKind::String || t.kind == TokenKind::MemberName ||
                            t.kind == TokenKind::TemplateTail;
        if (opens && !s.empty())
            s.remove_prefix(1);
        if (closes && !t.unterminated() && !s.empty())
            s.remove_suffix(1);
        return s;
    }

    // Skips a nested structure that is too deep to parse, without recursion.
    Node skipDeep(const Token& open)
    {
        m_sink.error("T001", open.span,
                     "nesting deeper than " + std::to_string(kMaxNesting) +
                         " levels; flatten the structure");
        return errorNode(skipStructure());
    }

    // Skips one balanced {…} or […] (or a single token); returns where it ended.
    std::uint32_t skipStructure()
    {
        int level = 0;
        std::uint32_t end = here();
        while (!atEnd()) {
            const TokenKind k = peek().kind;
            if (k == TokenKind::LBrace || k == TokenKind::LBracket)
                ++level;
            else if (k == TokenKind::RBrace || k == TokenKind::RBracket)
                --level;
            end = peek().span.end;
            ++m_i;
            if (level <= 0)
                break;
        }
        return end;
    }

    Node object(int depth)
    {
        const Token& open = peek();
        if (depth >= kMaxNesting)
            return skipDeep(open);
        ++m_i;
        Node node;
        node.kind = Node::Kind::Object;
        std::unordered_map<std::string, std::uint32_t> seen;
        auto finish = [&](std::uint32_t end) {
            node.span = Span{open.span.start, end};
            return std::move(node);
        };
        if (is(TokenKind::RBrace)) {
            const std::uint32_t end = peek().span.end;
            ++m_i;
            return finish(end);
        }
        while (true) {
            Member member;
            if (!memberName(member)) {
                if (is(TokenKind::RBrace)) {
                    const std::uint32_t end = peek().span.end;
                    ++m_i;
                    return finish(end);
                }
                if (atEnd())
                    return finish(endOfText());
                if (!syncInObject())
                    continue;
            }
            if (!memberColon(member))
                continue;
            member.value = value(depth + 1);
            const std::uint32_t valueEnd = member.value.span.end;
            if (auto [it, inserted] = seen.emplace(member.name, member.nameSpan.start); !inserted) {
                const Position first = LineIndex(m_text).position(it->second);
                m_sink.error("T003", member.nameSpan,
                             "duplicate member " + shortQuote(member.name) + " (first at line " +
                                 std::to_string(first.line) + "); keep only one of them");
            }
            const std::string name = member.name;
            node.members.push_back(std::move(member));
            if (takeImpliedComma() && (is(TokenKind::MemberName) || is(TokenKind::String)))
                continue;

            // After a member: ',' or '}'.
            if (is(TokenKind::Comma)) {
                const Span comma = peek().span;
                ++m_i;
                if (is(TokenKind::RBrace)) {
                    Diagnostic& d =
                        m_sink.error("T002", comma, "trailing comma before '}'; remove it");
                    m_sink.setFix(d, comma, "");
                    const std::uint32_t end = peek().span.end;
                    ++m_i;
                    return finish(end);
                }
                continue;
            }
            if (is(TokenKind::RBrace)) {
                const std::uint32_t end = peek().span.end;
                ++m_i;
                return finish(end);
            }
            Diagnostic& d = m_sink.error("T001", Span{valueEnd, valueEnd},
                                         "expected ',' or '}' after the value of " +
                                             shortQuote(name) + ", found " + describeNext());
            if (atEnd()) {
                m_sink.setFix(d, Span{valueEnd, valueEnd}, "\n}");
                return finish(endOfText());
            }
            if (is(TokenKind::MemberName) || (is(TokenKind::String) && startsOnNewLine(valueEnd))) {
                m_sink.setFix(d, Span{valueEnd, valueEnd}, ",");
                continue; // a missing comma: carry on with the next member
            }
            if (is(TokenKind::RBracket)) {
                ++m_i; // a stray ']'
                if (is(TokenKind::RBrace)) {
                    const std::uint32_t end = peek().span.end;
                    ++m_i;
                    return finish(end);
                }
                continue;
            }
            if (!syncInObject()) {
                if (is(TokenKind::RBrace)) {
                    const std::uint32_t end = peek().span.end;
                    ++m_i;
                    return finish(end);
                }
                return finish(here());
            }
        }
    }

    // An unterminated string or hole whose line ended with ',' already had its
    // comma: do not report a missing one after it (the T004/T010 fix keeps it).
    bool takeImpliedComma()
    {
        const bool implied = m_impliedComma;
        m_impliedComma = false;
        if (implied || m_i == 0)
            return implied;
        const Token& last = m_tokens[m_i - 1];
        if ((last.kind == TokenKind::String || last.kind == TokenKind::TemplateTail) &&
            last.unterminated()) {
            std::string_view s = last.text(m_text);
            while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
                s.remove_suffix(1);
            return !s.empty() && s.back() == ',';
        }
        return false;
    }

    bool startsOnNewLine(std::uint32_t after) const
    {
        for (std::uint32_t i = after; i < peek().span.start; ++i) {
            if (m_text[i] == '\n')
                return true;
        }
        return false;
    }

    // Skips to the next member name (true) or to '}' / the end (false).
    bool syncInObject()
    {
        while (!atEnd()) {
            const TokenKind k = peek().kind;
            if (k == TokenKind::RBrace)
                return false;
            if (k == TokenKind::MemberName)
                return true;
            if (k == TokenKind::Comma) {
                ++m_i;
                if (is(TokenKind::MemberName))
                    return true;
                continue;
            }
            if (k == TokenKind::LBrace || k == TokenKind::LBracket) {
                skipStructure();
                continue;
            }
            ++m_i;
        }
        return false;
    }

    bool memberName(Member& member)
    {
        if (atEnd()) {
            Diagnostic& d = m_sink.error("T001", Span{endOfText(), endOfText()},
                                         "expected a member name or '}', found the end of the "
                                         "template");
            m_sink.setFix(d, Span{endOfText(), endOfText()}, "\n}");
            m_objectHadErrors = true;
            return false;
        }
        const Token& t = peek();
        if (t.kind == TokenKind::MemberName || t.kind == TokenKind::String) {
            member.name = decodeJsonString(stringBody(t));
            member.nameSpan = t.span;
            ++m_i;
            return true;
        }
        if (t.kind == TokenKind::TemplateHead || t.kind == TokenKind::HoleOpen) {
            const std::uint32_t start = t.span.start;
            const std::uint32_t end =
                t.kind == TokenKind::HoleOpen ? hole().span.end : interpolated().span.end;
            member.nameSpan = Span{start, end};
            member.name = std::string(m_text.substr(start, end - start));
            member.nameHasHole = true;
            m_sink.error("T013", member.nameSpan,
                         "a hole cannot stand in a member name: member names are fixed text, so "
                         "that no user's data can create or replace a claim");
            m_objectHadErrors = true;
            return true;
        }
        if (t.kind == TokenKind::RBrace) {
            m_sink.error("T001", t.span, "expected a member name, found '}'");
            m_objectHadErrors = true;
            return false;
        }
        m_objectHadErrors = true;
        Diagnostic& d = m_sink.error(
            "T001", t.span, "expected a member name in double quotes, found " + describe(t));
        // An unquoted name followed by ':' (aud: "x"): quote it and carry on.
        if (t.kind == TokenKind::Invalid && m_i + 1 < m_tokens.size() &&
            m_tokens[m_i + 1].kind == TokenKind::Colon) {
            const std::string_view word = t.text(m_text);
            m_sink.setFix(d, t.span, "\"" + std::string(word) + "\"");
            member.name = std::string(word);
            member.nameSpan = t.span;
            ++m_i;
            return true;
        }
        return false;
    }

    bool memberColon(const Member& member)
    {
        if (is(TokenKind::Colon)) {
            ++m_i;
            return true;
        }
        Diagnostic& d = m_sink.error("T001", Span{member.nameSpan.end, member.nameSpan.end},
                                     "expected ':' after the member name " +
                                         shortQuote(member.name) + ", found " + describeNext());
        m_objectHadErrors = true;
        if (!atEnd() && startsValue(peek().kind) && peek().kind != TokenKind::MemberName) {
            m_sink.setFix(d, Span{member.nameSpan.end, member.nameSpan.end}, ":");
            return true; // "name" value: parse the value as if the colon were there
        }
        syncInObject();
        return false;
    }

    Node array(int depth)
    {
        const Token& open = peek();
        if (depth >= kMaxNesting)
            return skipDeep(open);
        ++m_i;
        Node node;
        node.kind = Node::Kind::Array;
        auto finish = [&](std::uint32_t end) {
            node.span = Span{open.span.start, end};
            return std::move(node);
        };
        if (is(TokenKind::RBracket)) {
            const std::uint32_t end = peek().span.end;
            ++m_i;
            return finish(end);
        }
        while (true) {
            if (atEnd()) {
                m_sink.error("T001", Span{endOfText(), endOfText()},
                             "expected a value or ']', found the end of the template");
                return finish(endOfText());
            }
            const std::size_t before = m_i;
            node.elements.push_back(value(depth + 1));
            const std::uint32_t valueEnd = node.elements.back().span.end;
            if (takeImpliedComma() && !atEnd() && startsValue(peek().kind))
                continue;
            if (is(TokenKind::Comma)) {
                const Span comma = peek().span;
                ++m_i;
                if (is(TokenKind::RBracket)) {
                    Diagnostic& d =
                        m_sink.error("T002", comma, "trailing comma before ']'; remove it");
                    m_sink.setFix(d, comma, "");
                    const std::uint32_t end = peek().span.end;
                    ++m_i;
                    return finish(end);
                }
                continue;
            }
            if (is(TokenKind::RBracket)) {
                const std::uint32_t end = peek().span.end;
                ++m_i;
                return finish(end);
            }
            Diagnostic& d = m_sink.error("T001", Span{valueEnd, valueEnd},
                                         "expected ',' or ']' after an element of the array, "
                                         "found " +
                                             describeNext());
            if (atEnd() || is(TokenKind::RBrace) || is(TokenKind::MemberName)) {
                // Most likely a missing ']': close the array here.
                m_sink.setFix(d, Span{valueEnd, valueEnd}, "]");
                return finish(valueEnd);
            }
            if (startsValue(peek().kind))
                m_sink.setFix(d, Span{valueEnd, valueEnd}, ",");
            else if (m_i == before || peek().kind == TokenKind::Invalid ||
                     peek().kind == TokenKind::Colon)
                ++m_i;
        }
    }

    // A string with holes: TemplateHead (HoleOpen … TemplateMiddle)* … TemplateTail.
    Node interpolated()
    {
        const Token& head = peek();
        ++m_i;
        Node node;
        node.kind = Node::Kind::Interpolated;
        node.texts.push_back(decodeJsonString(stringBody(head)));
        std::uint32_t end = head.span.end;
        while (is(TokenKind::HoleOpen)) {
            node.holes.push_back(hole());
            end = node.holes.back().span.end;
            if (is(TokenKind::TemplateMiddle) || is(TokenKind::TemplateTail)) {
                const Token& t = peek();
                node.texts.push_back(decodeJsonString(stringBody(t)));
                end = t.span.end;
                ++m_i;
                if (t.kind == TokenKind::TemplateTail)
                    break;
            } else {
                node.texts.emplace_back();
                break;
            }
        }
        if (node.texts.size() == node.holes.size())
            node.texts.emplace_back();
        node.span = Span{head.span.start, end};
        return node;
    }

    Expression hole()
    {
        const Token& open = peek();
        const std::size_t begin = ++m_i;
        while (!atEnd() && (peek().flags & InHole) && peek().kind != TokenKind::HoleClose)
            ++m_i;
        std::size_t end = m_i;
        std::uint32_t holeEnd = end > begin ? m_tokens[end - 1].span.end : open.span.end;
        // An unclosed hole that ends in ',' swallowed the JSON comma after it.
        if (open.unterminated() && end > begin && m_tokens[end - 1].kind == TokenKind::ExprComma) {
            --end;
            m_impliedComma = true;
        }
        // An unclosed hole that ends in a lone '}' is reported by T010 alone.
        if (open.unterminated() && end > begin && m_tokens[end - 1].kind == TokenKind::Invalid &&
            m_tokens[end - 1].text(m_text) == "}")
            --end;
        if (is(TokenKind::HoleClose)) {
            holeEnd = peek().span.end;
            ++m_i;
        }
        return parseExpression(m_text, m_tokens, begin, end, Span{open.span.start, holeEnd},
                               &m_sink);
    }

    std::string_view m_text;
    const std::vector<Token>& m_tokens;
    DiagnosticSink& m_sink;
    std::size_t m_i = 0;
    bool m_objectHadErrors = false;
    bool m_impliedComma = false;
};

// The expression grammar of spec §2 over the tokens of one hole.
class ExpressionParser
{
public:
    ExpressionParser(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                     std::size_t end, DiagnosticSink* sink)
        : m_text(text)
        , m_tokens(tokens)
        , m_first(begin)
        , m_i(begin)
        , m_end(end)
        , m_sink(sink)
    {}

    void parse(Expression& e)
    {
        if (m_i >= m_end) {
            // An unclosed hole was reported by the tokenizer (T010).
            const bool closed = e.span.length() >= 4 && m_text.substr(e.span.end - 2, 2) == "}}";
            if (closed)
                fail(e.span, "T011",
                     "empty expression: write a path such as user.email between '{{' and '}}'");
            return;
        }
        m_exprStart = m_tokens[m_i].span.start;
        e.chain.push_back(operand("'{{'"));
        while (m_ok && is(TokenKind::OrOr)) {
            const Token& orTok = m_tokens[m_i++];
            if (!startsOperand()) {
                fail(orTok.span, "T012",
                     "'||' needs a value on its right, such as 'default text' or another path");
                break;
            }
            e.chain.push_back(operand("'||'"));
        }
        while (m_ok && is(TokenKind::Pipe)) {
            e.filters.push_back(filter());
        }
        if (m_ok && m_i < m_end) {
            const Token& t = m_tokens[m_i];
            if (t.kind == TokenKind::Invalid)
                invalidToken(t);
            else
                fail(t.span, "T012",
                     "expected '|', '||' or '}}' after " + lastText() + ", found " +
                         std::string(tokenKindName(t.kind)));
        }
        e.valid = m_ok;
        // Canonical text: tokens without the spacing between them.
        for (std::size_t k = m_first; k < m_end; ++k)
            e.canonical += m_tokens[k].text(m_text);
    }

private:
    bool is(TokenKind k) const { return m_i < m_end && m_tokens[m_i].kind == k; }

    bool startsOperand() const
    {
        if (m_i >= m_end)
            return false;
        switch (m_tokens[m_i].kind) {
        case TokenKind::Root:
        case TokenKind::Identifier:
        case TokenKind::FilterName:
        case TokenKind::ExprKeyword:
        case TokenKind::ExprString:
        case TokenKind::ExprNumber:
            return true;
        default:
            return false;
        }
    }

    std::string lastText() const
    {
        if (m_i == 0)
            return "the value";
        const std::uint32_t end = m_tokens[m_i - 1].span.end;
        std::string s = utf8::sanitized(m_text.substr(m_exprStart, end - m_exprStart));
        if (s.size() > 40)
            s = "the value";
        return s;
    }

    void fail(Span span, std::string_view code, std::string message)
    {
        if (m_ok && m_sink)
            m_sink->error(code, span, std::move(message));
        m_ok = false;
    }

    void invalidToken(const Token& t)
    {
        const std::string_view s = t.text(m_text);
        if (s == "&&" || s == "&") {
            fail(t.span, "T012",
                 "'" + std::string(s) +
                     "' is not an operator of templates; use '||' to fall back "
                     "to another value, or a filter such as | where");
        } else if (s == "==" || s == "=" || s == "!=" || s == "!" || s == "<" || s == ">") {
            fail(t.span, "T012",
                 "comparisons are not part of templates; use a filter such as | where: 'key', "
                 "'value'");
        } else if (s == "(" || s == ")") {
            fail(t.span, "T012",
                 "parentheses are not part of templates; write filters as value | name: argument");
        } else {
            fail(t.span, "T012", "unexpected '" + utf8::sanitized(s) + "' in an expression");
        }
    }

    Operand operand(const char* after)
    {
        Operand op;
        if (m_i >= m_end) {
            fail(Span{m_tokens[m_end - 1].span.end, m_tokens[m_end - 1].span.end}, "T012",
                 std::string("expected a value after ") + after);
            return op;
        }
        const Token& t = m_tokens[m_i];
        op.span = t.span;
        switch (t.kind) {
        case TokenKind::Root:
        case TokenKind::Identifier:
        case TokenKind::FilterName:
            op.kind = Operand::Kind::Path;
            path(op.path);
            op.span = op.path.span;
            return op;
        case TokenKind::ExprKeyword: {
            ++m_i;
            const std::string_view w = t.text(m_text);
            if (w != "null")
                op.literal = json::Value(w == "true");
            return op;
        }
        case TokenKind::ExprString:
            ++m_i;
            op.literal = json::Value(decodeExprString(t.text(m_text)));
            return op;
        case TokenKind::ExprNumber:
            ++m_i;
            json::Value::fromNumberText(t.text(m_text), op.literal);
            return op;
        case TokenKind::OrOr:
            fail(t.span, "T012", std::string("'||' needs a value on its left, after ") + after);
            return op;
        case TokenKind::Pipe:
            fail(t.span, "T012", "expected a value before '|', such as user.email");
            return op;
        case TokenKind::Invalid:
            invalidToken(t);
            return op;
        default:
            fail(t.span, "T012",
                 std::string("expected a path or a literal after ") + after + ", found " +
                     tokenKindName(t.kind));
            return op;
        }
    }

    void path(Path& p)
    {
        const Token& root = m_tokens[m_i++];
        p.rootText = std::string(root.text(m_text));
        p.rootSpan = root.span;
        p.span = root.span;
        while (m_ok && m_i < m_end) {
            const Token& t = m_tokens[m_i];
            if (t.kind == TokenKind::Dot) {
                ++m_i;
                if (is(TokenKind::Field) || is(TokenKind::Index)) {
                    const Token& name = m_tokens[m_i++];
                    Segment s;
                    s.name = std::string(name.text(m_text));
                    s.span = name.span;
                    if (name.kind == TokenKind::Index) {
                        s.kind = Segment::Kind::Index;
                        parseIndex(s.name, s.index);
                    }
                    p.segments.push_back(std::move(s));
                    p.span.end = name.span.end;
                    continue;
                }
                fail(Span{t.span.start, t.span.end}, "T012",
                     "expected a field name or an index after '.'");
                return;
            }
            if (t.kind == TokenKind::ExprLBracket) {
                ++m_i;
                Segment s;
                s.bracketed = true;
                if (is(TokenKind::ExprString)) {
                    const Token& key = m_tokens[m_i++];
                    s.name = decodeExprString(key.text(m_text));
                    s.span = key.span;
                } else if (is(TokenKind::ExprNumber) &&
                           parseIndex(m_tokens[m_i].text(m_text), s.index)) {
                    const Token& idx = m_tokens[m_i++];
                    s.kind = Segment::Kind::Index;
                    s.name = std::string(idx.text(m_text));
                    s.span = idx.span;
                } else {
                    fail(t.span, "T012",
                         "'[' takes an index (0, 1, …) or a quoted key such as [\"billing.plan\"]");
                    return;
                }
                if (!is(TokenKind::ExprRBracket)) {
                    fail(t.span, "T012", "unbalanced bracket: '[' has no matching ']'");
                    return;
                }
                p.span.end = m_tokens[m_i++].span.end;
                p.segments.push_back(std::move(s));
                continue;
            }
            if (t.kind == TokenKind::ExprRBracket) {
                fail(t.span, "T012", "unbalanced bracket: ']' has no matching '['");
                return;
            }
            break;
        }
    }

    static bool parseIndex(std::string_view digits, std::uint64_t& index)
    {
        if (digits.empty() || digits[0] == '-')
            return false;
        auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        return ec == std::errc() && p == digits.data() + digits.size();
    }

    FilterCall filter()
    {
        const Token& pipe = m_tokens[m_i++];
        FilterCall f;
        f.span = pipe.span;
        if (!is(TokenKind::FilterName)) {
            fail(m_i < m_end ? m_tokens[m_i].span : pipe.span, "T012",
                 "expected a filter name after '|', such as | downcase");
            return f;
        }
        const Token& name = m_tokens[m_i++];
        f.name = std::string(name.text(m_text));
        f.nameSpan = name.span;
        f.span = Span{pipe.span.start, name.span.end};
        if (is(TokenKind::ExprColon)) {
            const Token& colon = m_tokens[m_i++];
            if (!startsOperand()) {
                fail(colon.span, "T012", "expected an argument after ':' of | " + f.name);
                return f;
            }
            f.args.push_back(operand("':'"));
            while (m_ok && is(TokenKind::ExprComma)) {
                const Token& comma = m_tokens[m_i++];
                if (!startsOperand()) {
                    fail(comma.span, "T012", "expected an argument after ','");
                    return f;
                }
                f.args.push_back(operand("','"));
            }
            if (!f.args.empty())
                f.span.end = f.args.back().span.end;
        }
        return f;
    }

    std::string_view m_text;
    const std::vector<Token>& m_tokens;
    std::size_t m_first;
    std::size_t m_i;
    std::size_t m_end;
    DiagnosticSink* m_sink;
    bool m_ok = true;
    std::uint32_t m_exprStart = 0;
};

} // namespace

std::string decodeJsonString(std::string_view raw)
{
    if (raw.find('\\') == std::string_view::npos)
        return std::string(raw);
    return decodeEscapes(raw);
}

std::string decodeExprString(std::string_view token)
{
    std::string_view body = token;
    if (body.size() >= 2 && body[0] == '\\' && body[1] == '"') {
        body.remove_prefix(2);
        if (body.size() >= 2 && body.substr(body.size() - 2) == "\\\"")
            body.remove_suffix(2);
    } else if (!body.empty() && (body[0] == '\'' || body[0] == '"')) {
        const char q = body[0];
        body.remove_prefix(1);
        if (!body.empty() && body.back() == q)
            body.remove_suffix(1);
    }
    return decodeEscapes(body);
}

Expression parseExpression(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t begin, std::size_t end, Span holeSpan, DiagnosticSink* sink)
{
    Expression e;
    e.span = holeSpan;
    ExpressionParser(text, tokens, begin, end, sink).parse(e);
    return e;
}

std::optional<Node> parse(std::string_view text, const std::vector<Token>& tokens,
                          DiagnosticSink& sink)
{
    return Parser(text, tokens, sink).document();
}

} // namespace claimsmith::tmpl
