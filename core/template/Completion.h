#pragma once

#include "Diagnostic.h"
#include "Filters.h"
#include "Schema.h"
#include "Vocabulary.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

enum class CompletionKind : std::uint8_t
{
    Root,
    Field,
    MetadataKey,
    Index,
    Filter,
    Role,
    Permission
};

struct CompletionItem
{
    std::string label;      // what the list shows
    std::string insertText; // what replaces `replace`
    CompletionKind kind = CompletionKind::Field;
    std::string detail;      // type, count or signature, and a description
    std::int64_t count = -1; // metadata keys: records that hold the key
    Span replace;            // the byte range the insertText replaces
};

// What can be typed at a cursor in template text, and what is there.
struct Completion
{
    bool inHole = false;               // the cursor is between '{{' and '}}'
    std::string prefix;                // what is typed of the word at the cursor
    Span replace;                      // that word (empty at the cursor when nothing is typed)
    std::vector<CompletionItem> items; // matches of the prefix first, in natural order

    // The path under the cursor (up to the segment the cursor is in) and its type.
    std::string path;
    Type type;
    std::string typeDescription;

    // The filter whose argument list holds the cursor (for call tips), if any.
    const FilterInfo* filter = nullptr;
    int argumentIndex = -1;
};

// `cursor` is a byte offset into `text` (UTF-8). Metadata keys, roles and
// permissions come from `vocabulary` when given.
Completion complete(std::string_view text, std::uint32_t cursor, const Vocabulary* vocabulary);

} // namespace claimsmith::tmpl
