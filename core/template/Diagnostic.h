#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

// A byte range [start, end) in the UTF-8 template text.
struct Span
{
    std::uint32_t start = 0;
    std::uint32_t end = 0;

    std::uint32_t length() const { return end - start; }
    bool contains(std::uint32_t offset) const { return offset >= start && offset < end; }
    bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

// 1-based line and column; columns count characters (code points).
struct Position
{
    int line = 1;
    int column = 1;
    bool operator==(const Position& o) const { return line == o.line && column == o.column; }
};

enum class Severity : std::uint8_t
{
    Warning,
    Error
};

const char* severityName(Severity s);

// One obvious edit that mends a diagnostic: replace `span` by `replacement`.
struct Fix
{
    Span span;
    std::string replacement;
    Position start;
    Position end; // exclusive
};

struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string code; // "T001" …
    std::string message;
    Span span;
    Position start;
    Position end; // exclusive: the position just after the last character
    std::optional<Fix> fix;
};

// Maps byte offsets of one text to 1-based lines and character columns.
class LineIndex
{
public:
    explicit LineIndex(std::string_view text);
    Position position(std::uint32_t offset) const;
    // The byte offset of a position (clamped to the text).
    std::uint32_t offset(Position p) const;
    // Byte offset of the end of the line holding `offset` (before its newline).
    std::uint32_t lineEnd(std::uint32_t offset) const;

private:
    std::string_view m_text;
    std::vector<std::uint32_t> m_lineStarts;
};

// Collects diagnostics and fills in their line/column positions.
class DiagnosticSink
{
public:
    explicit DiagnosticSink(const LineIndex& index)
        : m_index(index)
    {}

    // Bytes of `message` that are not UTF-8 become U+FFFD.
    Diagnostic& add(Severity severity, std::string_view code, Span span, std::string message);
    Diagnostic& error(std::string_view code, Span span, std::string message)
    {
        return add(Severity::Error, code, span, std::move(message));
    }
    Diagnostic& warning(std::string_view code, Span span, std::string message)
    {
        return add(Severity::Warning, code, span, std::move(message));
    }
    void setFix(Diagnostic& d, Span span, std::string replacement) const;

    std::vector<Diagnostic>& diagnostics() { return m_diagnostics; }
    bool hasErrors() const;

private:
    const LineIndex& m_index;
    std::vector<Diagnostic> m_diagnostics;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);
// Sorts by position, then code; keeps each (code, span) once.
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

} // namespace claimsmith::tmpl
