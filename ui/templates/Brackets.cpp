#include "Brackets.h"

#include <algorithm>

namespace claimsmith::ui::brackets {

using tmpl::Token;
using tmpl::TokenKind;

namespace {

TokenKind partnerKind(TokenKind k)
{
    switch (k) {
    case TokenKind::LBrace:
        return TokenKind::RBrace;
    case TokenKind::RBrace:
        return TokenKind::LBrace;
    case TokenKind::LBracket:
        return TokenKind::RBracket;
    case TokenKind::RBracket:
        return TokenKind::LBracket;
    case TokenKind::HoleOpen:
        return TokenKind::HoleClose;
    case TokenKind::HoleClose:
        return TokenKind::HoleOpen;
    case TokenKind::ExprLBracket:
        return TokenKind::ExprRBracket;
    default:
        return TokenKind::ExprLBracket;
    }
}

} // namespace

bool isOpening(TokenKind k)
{
    return k == TokenKind::LBrace || k == TokenKind::LBracket || k == TokenKind::HoleOpen ||
           k == TokenKind::ExprLBracket;
}

bool isClosing(TokenKind k)
{
    return k == TokenKind::RBrace || k == TokenKind::RBracket || k == TokenKind::HoleClose ||
           k == TokenKind::ExprRBracket;
}

std::ptrdiff_t at(const std::vector<Token>& tokens, std::uint32_t caret)
{
    auto it = std::lower_bound(tokens.begin(), tokens.end(), caret,
                               [](const Token& t, std::uint32_t pos) { return t.span.end < pos; });
    std::ptrdiff_t found = -1;
    for (; it != tokens.end() && it->span.start <= caret; ++it) {
        const bool touches = it->span.end == caret || it->span.start == caret;
        if (touches && (isOpening(it->kind) || isClosing(it->kind))) {
            found = it - tokens.begin();
            if (it->span.end == caret)
                break; // the one before the caret wins
        }
    }
    return found;
}

std::ptrdiff_t partner(const std::vector<Token>& tokens, std::size_t i)
{
    const TokenKind self = tokens[i].kind;
    const TokenKind other = partnerKind(self);
    const bool forward = isOpening(self);
    int depth = 0;
    auto k = static_cast<std::ptrdiff_t>(i);
    const auto n = static_cast<std::ptrdiff_t>(tokens.size());
    for (k += forward ? 1 : -1; k >= 0 && k < n; k += forward ? 1 : -1) {
        const TokenKind kind = tokens[static_cast<std::size_t>(k)].kind;
        // A hole never holds JSON brackets, and expression brackets stay in their hole.
        if (self == TokenKind::ExprLBracket || self == TokenKind::ExprRBracket) {
            if (kind == TokenKind::HoleOpen || kind == TokenKind::HoleClose)
                return -1;
        }
        if (kind == self)
            ++depth;
        else if (kind == other && depth-- == 0)
            return k;
    }
    return -1;
}

} // namespace claimsmith::ui::brackets
