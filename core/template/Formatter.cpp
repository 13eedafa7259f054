#include "Formatter.h"

#include "Parser.h"
#include "Template.h"
#include "Token.h"

namespace claimsmith::tmpl {

namespace {

void newline(std::string& out, int depth)
{
    out += '\n';
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

// The index of the first token at or after `from` of kind `kind`.
std::size_t findKind(const std::vector<Token>& tokens, std::size_t from, TokenKind kind)
{
    while (from < tokens.size() && tokens[from].kind != kind)
        ++from;
    return from;
}

} // namespace

std::optional<std::string> format(std::string_view text)
{
    if (text.size() > kMaxTemplateBytes)
        return std::nullopt;
    const LineIndex index(text);
    DiagnosticSink sink(index);
    const std::vector<Token> tokens = tokenize(text, &sink);
    if (!parse(text, tokens, sink) || sink.hasErrors())
        return std::nullopt;

    std::string out;
    out.reserve(text.size() + text.size() / 4 + 16);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        out += text.substr(0, 3); // the byte order mark stays where it was
    int depth = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        switch (t.kind) {
        case TokenKind::LBrace:
        case TokenKind::LBracket: {
            const TokenKind close =
                t.kind == TokenKind::LBrace ? TokenKind::RBrace : TokenKind::RBracket;
            out += t.text(text);
            if (i + 1 < tokens.size() && tokens[i + 1].kind == close) {
                out += tokens[++i].text(text);
                break;
            }
            newline(out, ++depth);
            break;
        }
        case TokenKind::RBrace:
        case TokenKind::RBracket:
            newline(out, --depth);
            out += t.text(text);
            break;
        case TokenKind::Comma:
            out += ',';
            newline(out, depth);
            break;
        case TokenKind::Colon:
            out += ": ";
            break;
        case TokenKind::HoleOpen:
        case TokenKind::TemplateHead: {
            // A hole, or a string with holes: exactly as written, inner spacing included.
            const std::size_t last = findKind(
                tokens, i + 1,
                t.kind == TokenKind::HoleOpen ? TokenKind::HoleClose : TokenKind::TemplateTail);
            if (last == tokens.size())
                return std::nullopt; // cannot happen without a syntax error
            out += text.substr(t.span.start, tokens[last].span.end - t.span.start);
            i = last;
            break;
        }
        default:
            out += t.text(text);
            break;
        }
    }
    out += '\n';
    return out;
}

} // namespace claimsmith::tmpl
