#pragma once

#include "ImportTypes.h"
#include "json/Value.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace claimsmith::store::io {

// A JSON document read whole (Auth0 bulk-import arrays, ZITADEL list
// responses: neither can be read record by record), with the line where each
// element of its array of records starts, so that problems can name lines.
class JsonDocument
{
public:
    // Reads and parses the device's content (at most kMaxDocumentBytes).
    // `memberKey` names the array of records: empty for a document that is
    // an array, else the member of the top-level object that holds it.
    // On failure returns false and sets `error` (with the line of a syntax error).
    bool load(QIODevice& device, std::string_view memberKey, Problem& error);

    const json::Value& value() const { return m_value; }
    // 1-based line of element `index` of the array of records (1 when unknown).
    std::int64_t lineOf(std::size_t index) const;
    std::int64_t bytes() const { return m_bytes; }

private:
    json::Value m_value;
    std::vector<std::int64_t> m_lines;
    std::int64_t m_bytes = 0;
};

// Where the elements of the array of records start, as 1-based lines (see
// JsonDocument::load for `memberKey`). Tolerates invalid JSON (the parser
// reports it).
std::vector<std::int64_t> arrayElementLines(std::string_view text, std::string_view memberKey);

} // namespace claimsmith::store::io
