#pragma once

#include "template/Token.h"

#include <cstddef>
#include <cstdint>
#include <vector>

// Pairs of brackets in template tokens: JSON { } and [ ], holes {{ }} and the
// [ ] of expressions (which never leave their hole).
namespace claimsmith::ui::brackets {

bool isOpening(tmpl::TokenKind kind);
bool isClosing(tmpl::TokenKind kind);
// The bracket that touches `caret`: the one ending at it, else the one
// starting there; -1 when none.
std::ptrdiff_t at(const std::vector<tmpl::Token>& tokens, std::uint32_t caret);
// The index of the bracket that pairs with tokens[i], or -1.
std::ptrdiff_t partner(const std::vector<tmpl::Token>& tokens, std::size_t i);

} // namespace claimsmith::ui::brackets
