#include "JsonDocument.h"

#include "LineReader.h"
#include "json/Reader.h"

#include <QIODevice>

namespace claimsmith::store::io {

std::vector<std::int64_t> arrayElementLines(std::string_view text, std::string_view memberKey)
{
    std::vector<std::int64_t> lines;
    std::string stack;      // '{' and '[' of the open containers
    std::size_t target = 0; // depth of the array of records once found (0: not yet)
    bool expectElement = false;
    bool inString = false;
    bool escape = false;
    std::size_t stringStart = 0;
    std::string_view lastString;
    std::string_view currentKey;
    std::int64_t line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"') {
                inString = false;
                lastString = text.substr(stringStart, i - stringStart);
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (target != 0 && stack.size() == target && expectElement && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case ':':
            if (stack.size() == 1)
                currentKey = lastString;
            break;
        case ',':
            if (target != 0 && stack.size() == target)
                expectElement = true;
            break;
        case '[':
        case '{':
            stack.push_back(c);
            if (target == 0 && c == '[') {
                const bool top = memberKey.empty() && stack.size() == 1;
                const bool member = !memberKey.empty() && stack.size() == 2 && stack[0] == '{' &&
                                    currentKey == memberKey;
                if (top || member) {
                    target = stack.size();
                    expectElement = true;
                }
            }
            break;
        case ']':
        case '}':
            if (!stack.empty()) {
                if (stack.size() == target)
                    return lines; // the array of records is complete
                stack.pop_back();
            }
            break;
        default:
            break;
        }
    }
    return lines;
}

bool JsonDocument::load(QIODevice& device, std::string_view memberKey, Problem& error)
{
    std::string text;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n < 0) {
            error.message = "cannot read the input: " + device.errorString().toStdString();
            return false;
        }
        if (n == 0)
            break;
        text.append(chunk, static_cast<std::size_t>(n));
        if (text.size() > kMaxDocumentBytes) {
            error.message = "the input is over " + megabytes(kMaxDocumentBytes) +
                            "; JSON documents are read whole and limited to that size (split "
                            "it, or convert it to one JSON object per line)";
            return false;
        }
    }
    m_bytes = static_cast<std::int64_t>(text.size());
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF")
        body.remove_prefix(3);
    m_lines = arrayElementLines(body, memberKey);
    json::ParseOptions options;
    options.maxElements = kMaxDocumentRecords;
    json::ParseResult parsed = json::parse(body, options);
    if (!parsed.ok) {
        error.line = parsed.error.line;
        error.message = "not valid JSON: " + parsed.error.message + " (column " +
                        std::to_string(parsed.error.column) + ")";
        return false;
    }
    m_value = std::move(parsed.value);
    return true;
}

std::int64_t JsonDocument::lineOf(std::size_t index) const
{
    return index < m_lines.size() ? m_lines[index] : 1;
}

} // namespace claimsmith::store::io
