#include "Completion.h"

#include "Analyzer.h"
#include "Parser.h"
#include "Text.h"
#include "Token.h"

#include <algorithm>

namespace claimsmith::tmpl {

namespace {

bool isWordToken(TokenKind k)
{
    switch (k) {
    case TokenKind::Root:
    case TokenKind::Field:
    case TokenKind::Index:
    case TokenKind::FilterName:
    case TokenKind::Identifier:
    case TokenKind::ExprKeyword:
    case TokenKind::ExprNumber:
        return true;
    default:
        return false;
    }
}

bool isPathToken(TokenKind k)
{
    switch (k) {
    case TokenKind::Field:
    case TokenKind::Index:
    case TokenKind::Dot:
    case TokenKind::ExprLBracket:
    case TokenKind::ExprRBracket:
    case TokenKind::ExprString:
    case TokenKind::ExprNumber:
        return true;
    default:
        return false;
    }
}

// A key that can follow '.' as it is: name characters, not all digits.
bool isPlainKey(std::string_view key)
{
    if (key.empty())
        return false;
    bool digits = true;
    for (char c : key) {
        const bool name = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                          c == '-' || (c >= '0' && c <= '9') ||
                          static_cast<unsigned char>(c) >= 0x80;
        if (!name)
            return false;
        digits = digits && c >= '0' && c <= '9';
    }
    return !digits && key[0] != '-';
}

std::string singleQuoted(std::string_view s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

std::string kindsText(std::uint8_t kinds)
{
    static const std::pair<std::uint8_t, const char*> names[] = {
        {AcceptString, "string"}, {AcceptNumber, "number"}, {AcceptBool, "boolean"},
        {AcceptObject, "object"}, {AcceptArray, "array"},   {AcceptNull, "null"}};
    std::string s;
    for (const auto& [bit, name] : names) {
        if (kinds & bit)
            s += (s.empty() ? "" : ", ") + std::string(name);
    }
    return s;
}

class Completer
{
public:
    Completer(std::string_view text, std::uint32_t cursor, const Vocabulary* vocabulary)
        : m_text(text)
        , m_cursor(std::min<std::uint32_t>(cursor, static_cast<std::uint32_t>(text.size())))
        , m_vocabulary(vocabulary)
        , m_tokens(tokenize(text))
    {
        m_result.replace = Span{m_cursor, m_cursor};
    }

    Completion run()
    {
        if (!findHole())
            return std::move(m_result);
        m_result.inHole = true;
        typeAtCursor();

        std::size_t at = m_end; // the token the cursor is in, if any
        for (std::size_t k = m_begin; k < m_end; ++k) {
            const Span s = m_tokens[k].span;
            if (s.start < m_cursor && m_cursor <= s.end) {
                at = k;
                break;
            }
        }
        std::size_t prev; // the last token before the word being typed
        if (at != m_end && m_tokens[at].kind == TokenKind::ExprString) {
            stringLiteral(m_tokens[at]);
            return finish();
        }
        if (at != m_end && isWordToken(m_tokens[at].kind)) {
            const Span s = m_tokens[at].span;
            m_result.replace = s;
            m_result.prefix = std::string(m_text.substr(s.start, m_cursor - s.start));
            prev = at;
        } else {
            prev = m_begin; // no token of the hole before the cursor: right after '{{'
            for (std::size_t k = m_begin; k < m_end && m_tokens[k].span.end <= m_cursor; ++k)
                prev = k + 1;
        }
        // `prev` is one past the token before the word: m_begin means none.
        const TokenKind before = prev > m_begin ? m_tokens[prev - 1].kind : TokenKind::HoleOpen;
        switch (before) {
        case TokenKind::HoleOpen:
        case TokenKind::OrOr:
            roots();
            break;
        case TokenKind::ExprColon:
        case TokenKind::ExprComma:
            argument(prev - 1);
            break;
        case TokenKind::Dot:
        case TokenKind::ExprLBracket:
            members(prev - 1);
            break;
        case TokenKind::Pipe:
            filterNames(prev - 1);
            break;
        default:
            break;
        }
        return finish();
    }

private:
    // The hole that holds the cursor: its expression tokens are [m_begin, m_end).
    bool findHole()
    {
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens[i].kind != TokenKind::HoleOpen)
                continue;
            std::size_t j = i + 1;
            while (j < m_tokens.size() && (m_tokens[j].flags & InHole) &&
                   m_tokens[j].kind != TokenKind::HoleClose)
                ++j;
            std::uint32_t contentEnd;
            if (j < m_tokens.size() && m_tokens[j].kind == TokenKind::HoleClose) {
                contentEnd = m_tokens[j].span.start;
            } else {
                contentEnd = m_tokens[i].span.end;
                while (contentEnd < m_text.size() && m_text[contentEnd] != '\n' &&
                       m_text[contentEnd] != '\r')
                    ++contentEnd;
            }
            if (m_tokens[i].span.end <= m_cursor && m_cursor <= contentEnd) {
                m_begin = i + 1;
                m_end = j;
                return true;
            }
            if (m_tokens[i].span.start > m_cursor)
                return false;
        }
        return false;
    }

    Expression parseRange(std::size_t begin, std::size_t end) const
    {
        return parseExpression(m_text, m_tokens, begin, end, Span{}, nullptr);
    }

    // The type of the expression made of tokens [begin, end).
    Type typeOf(std::size_t begin, std::size_t end) const
    {
        Expression e = parseRange(begin, end);
        e.valid = e.valid && !e.chain.empty();
        return expressionType(e, m_vocabulary, nullptr);
    }

    // Index of the first token of the path that ends just before token `last`.
    std::size_t pathStart(std::size_t last) const
    {
        std::size_t k = last;
        while (k > m_begin && isPathToken(m_tokens[k - 1].kind))
            --k;
        if (k > m_begin && (m_tokens[k - 1].kind == TokenKind::Root ||
                            m_tokens[k - 1].kind == TokenKind::Identifier ||
                            m_tokens[k - 1].kind == TokenKind::FilterName))
            --k;
        return k;
    }

    void add(CompletionItem item) { m_result.items.push_back(std::move(item)); }

    void roots()
    {
        for (const Field& f : contextSchema().fields) {
            add({std::string(f.name), std::string(f.name), CompletionKind::Root,
                 std::string(f.description), -1, m_result.replace});
        }
    }

    void members(std::size_t punct)
    {
        const std::size_t start = pathStart(punct);
        if (start >= punct)
            return;
        const Type owner = typeOf(start, punct);
        const bool bracket = m_tokens[punct].kind == TokenKind::ExprLBracket;
        const Span dot = m_tokens[punct].span;
        if (owner.kind == Kind::Object && owner.schema) {
            if (bracket)
                return;
            for (const Field& f : owner.schema->fields) {
                add({std::string(f.name), std::string(f.name), CompletionKind::Field,
                     describe(f.type) + " — " + std::string(f.description), -1, m_result.replace});
            }
            return;
        }
        if (owner.kind == Kind::Object && owner.bag != Bag::None && m_vocabulary) {
            for (const KeyInfo& k : m_vocabulary->keys(owner.bag)) {
                CompletionItem item;
                item.label = k.key;
                item.kind = CompletionKind::MetadataKey;
                item.count = k.count;
                item.detail = withThousands(k.count) + (k.count == 1 ? " record" : " records");
                if (k.valueKinds)
                    item.detail += " · " + kindsText(k.valueKinds);
                if (bracket) {
                    item.insertText = singleQuoted(k.key);
                    item.replace = m_result.replace;
                } else if (isPlainKey(k.key)) {
                    item.insertText = k.key;
                    item.replace = m_result.replace;
                } else {
                    // A key with a dot or a space: bracket form, replacing the '.'.
                    item.insertText = "[" + singleQuoted(k.key) + "]";
                    item.replace = Span{dot.start, m_result.replace.end};
                }
                add(std::move(item));
            }
            return;
        }
        if (owner.kind == Kind::Array) {
            add({"0", "0", CompletionKind::Index, "the first element", -1, m_result.replace});
        }
    }

    void filterNames(std::size_t pipe)
    {
        const Type input = typeOf(m_begin, pipe);
        std::vector<CompletionItem> fits, others;
        for (const FilterInfo& f : filters()) {
            CompletionItem item{std::string(f.name),
                                std::string(f.name),
                                CompletionKind::Filter,
                                std::string(f.signature) + " — " + std::string(f.description),
                                -1,
                                m_result.replace};
            (accepts(f, input.kind) ? fits : others).push_back(std::move(item));
        }
        for (auto& i : fits)
            add(std::move(i));
        for (auto& i : others)
            add(std::move(i));
    }

    // After ':' or ',': an argument of the filter before it.
    void argument(std::size_t punct)
    {
        std::size_t k = punct;
        int index = 0;
        while (k > m_begin && m_tokens[k].kind != TokenKind::ExprColon) {
            if (m_tokens[k].kind == TokenKind::ExprComma)
                ++index;
            --k;
        }
        if (m_tokens[k].kind != TokenKind::ExprColon || k == m_begin ||
            m_tokens[k - 1].kind != TokenKind::FilterName)
            return;
        const FilterInfo* f = findFilter(m_tokens[k - 1].text(m_text));
        m_result.filter = f;
        m_result.argumentIndex = index;
        if (f && (f->id == FilterId::Map || f->id == FilterId::Where) && index == 0 && k >= 2) {
            // Offer the fields of the elements as quoted keys ('slug').
            const Type input = typeOf(m_begin, k - 2);
            const Type* element = input.kind == Kind::Array ? input.element : &input;
            if (element && element->kind == Kind::Object && element->schema) {
                for (const Field& fld : element->schema->fields) {
                    add({std::string(fld.name), singleQuoted(fld.name), CompletionKind::Field,
                         describe(fld.type), -1, m_result.replace});
                }
            }
        }
        roots();
    }

    // Inside a string literal: role or permission slugs where the hole compares with them.
    void stringLiteral(const Token& t)
    {
        const std::string_view raw = t.text(m_text);
        const std::uint32_t open = raw.size() >= 2 && raw[0] == '\\' ? 2 : 1;
        const std::uint32_t contentStart = t.span.start + open;
        if (m_cursor < contentStart)
            return;
        std::uint32_t contentEnd = t.span.end;
        if (!t.unterminated())
            contentEnd -= open;
        if (m_cursor > contentEnd)
            return;
        m_result.replace = Span{contentStart, contentEnd};
        m_result.prefix = std::string(m_text.substr(contentStart, m_cursor - contentStart));
        if (!m_vocabulary)
            return;
        Expression e = parseRange(m_begin, m_end);
        if (e.chain.empty() || e.chain[0].kind != Operand::Kind::Path)
            return;
        const Type t0 = resolvePath(e.chain[0].path, m_vocabulary, nullptr);
        Semantic sem = t0.semantic;
        if (t0.kind == Kind::Array && t0.element) {
            sem = t0.element->semantic;
            if (t0.element->schema)
                if (const Field* slug = t0.element->schema->find("slug"))
                    sem = slug->type.semantic;
        } else if (t0.kind == Kind::Object && t0.schema) {
            if (const Field* slug = t0.schema->find("slug"))
                sem = slug->type.semantic;
        }
        const bool roles = sem == Semantic::RoleSlug;
        if (!roles && sem != Semantic::PermissionSlug)
            return;
        for (const SlugInfo& s : roles ? m_vocabulary->roles : m_vocabulary->permissions) {
            std::string detail = s.name;
            if (!s.description.empty())
                detail += (detail.empty() ? "" : " — ") + s.description;
            add({s.slug, s.slug, roles ? CompletionKind::Role : CompletionKind::Permission, detail,
                 -1, m_result.replace});
        }
    }

    // The path the cursor is in, up to the segment under the cursor.
    void typeAtCursor()
    {
        Expression e = parseRange(m_begin, m_end);
        auto visit = [&](Operand& op) {
            if (op.kind != Operand::Kind::Path)
                return false;
            Path& p = op.path;
            if (!(p.span.start <= m_cursor && m_cursor <= p.span.end))
                return false;
            std::size_t n = 0;
            while (n < p.segments.size() && p.segments[n].span.start <= m_cursor)
                ++n;
            p.segments.resize(n);
            m_result.type = resolvePath(p, m_vocabulary, nullptr);
            m_result.typeDescription = describe(m_result.type);
            m_result.path = p.root ? std::string(rootName(*p.root)) : p.rootText;
            for (const Segment& s : p.segments)
                m_result.path += s.bracketed ? "[" + s.name + "]" : "." + s.name;
            return true;
        };
        for (Operand& op : e.chain) {
            if (visit(op))
                return;
        }
        for (FilterCall& f : e.filters) {
            for (Operand& a : f.args) {
                if (visit(a))
                    return;
            }
        }
    }

    // Prefix matches first, then other matches of the typed text, each in natural order.
    Completion finish()
    {
        const std::string typed = asciiLower(m_result.prefix);
        if (!typed.empty()) {
            std::vector<CompletionItem> starts, contains;
            for (auto& item : m_result.items) {
                const std::string label = asciiLower(item.label);
                if (label.rfind(typed, 0) == 0)
                    starts.push_back(std::move(item));
                else if (label.find(typed) != std::string::npos)
                    contains.push_back(std::move(item));
            }
            m_result.items = std::move(starts);
            for (auto& i : contains)
                m_result.items.push_back(std::move(i));
        }
        return std::move(m_result);
    }

    std::string_view m_text;
    std::uint32_t m_cursor;
    const Vocabulary* m_vocabulary;
    std::vector<Token> m_tokens;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    Completion m_result;
};

} // namespace

Completion complete(std::string_view text, std::uint32_t cursor, const Vocabulary* vocabulary)
{
    return Completer(text, cursor, vocabulary).run();
}

} // namespace claimsmith::tmpl
