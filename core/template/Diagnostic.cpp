#include "Diagnostic.h"

#include "json/Utf8.h"

#include <algorithm>
#include <tuple>

namespace claimsmith::tmpl {

const char* severityName(Severity s)
{
    return s == Severity::Error ? "error" : "warning";
}

LineIndex::LineIndex(std::string_view text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    for (std::uint32_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

Position LineIndex::position(std::uint32_t offset) const
{
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(m_text.size()));
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto line = static_cast<int>(it - m_lineStarts.begin());
    const std::uint32_t start = *(it - 1);
    const auto column = utf8::length(m_text.substr(start, offset - start)) + 1;
    return {line, static_cast<int>(column)};
}

std::uint32_t LineIndex::offset(Position p) const
{
    if (p.line < 1)
        return 0;
    if (static_cast<std::size_t>(p.line) > m_lineStarts.size())
        return static_cast<std::uint32_t>(m_text.size());
    std::uint32_t i = m_lineStarts[static_cast<std::size_t>(p.line - 1)];
    for (int c = 1; c < p.column && i < m_text.size() && m_text[i] != '\n'; ++c) {
        std::size_t len = 1;
        utf8::decode(m_text, i, len);
        i += static_cast<std::uint32_t>(len);
    }
    return i;
}

std::uint32_t LineIndex::lineEnd(std::uint32_t offset) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    if (it == m_lineStarts.end())
        return static_cast<std::uint32_t>(m_text.size());
    std::uint32_t end = *it - 1; // the newline
    if (end > 0 && m_text[end - 1] == '\r')
        --end;
    return end;
}

Diagnostic& DiagnosticSink::add(Severity severity, std::string_view code, Span span,
                                std::string message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = std::string(code);
    // Messages quote the template, which may hold bytes that are not UTF-8;
    // messages are shown and written as JSON, so they always are UTF-8.
    d.message = utf8::isValid(message) ? std::move(message) : utf8::sanitized(message);
    d.span = span;
    d.start = m_index.position(span.start);
    d.end = m_index.position(span.end);
    m_diagnostics.push_back(std::move(d));
    return m_diagnostics.back();
}

void DiagnosticSink::setFix(Diagnostic& d, Span span, std::string replacement) const
{
    Fix f;
    f.span = span;
    f.replacement = std::move(replacement);
    f.start = m_index.position(span.start);
    f.end = m_index.position(span.end);
    d.fix = std::move(f);
}

bool DiagnosticSink::hasErrors() const
{
    return tmpl::hasErrors(m_diagnostics);
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.span.start, a.span.end, a.code) <
                                std::tie(b.span.start, b.span.end, b.code);
                     });
    auto same = [](const Diagnostic& a, const Diagnostic& b) {
        return a.code == b.code && a.span == b.span;
    };
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
}

} // namespace claimsmith::tmpl
