#include "CsvReader.h"

namespace claimsmith::store::io {

CsvReader::CsvReader(QIODevice& device, std::size_t maxRecordBytes)
    : m_lines(device, maxRecordBytes)
    , m_max(maxRecordBytes)
{}

void CsvReader::bad(std::string message)
{
    if (m_problem.empty())
        m_problem = std::move(message);
}

void CsvReader::endField()
{
    if (m_fields.size() == kMaxCsvFields) {
        bad("the record has more than " + std::to_string(kMaxCsvFields) +
            " fields, the limit for one record");
        return;
    }
    m_fields.push_back(std::move(m_field));
    m_field.clear();
}

bool CsvReader::parseLine(std::string_view text)
{
    for (std::size_t i = 0; i < text.size() && m_problem.empty(); ++i) {
        const char c = text[i];
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == ',') {
                endField();
                m_state = State::FieldStart;
            } else if (c == '"') {
                bad("field " + std::to_string(m_fields.size() + 1) +
                    " has a quote but does not start with one; put the field in quotes and "
                    "double the quotes inside it");
            } else {
                m_field += c;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    m_field += '"';
                    ++i;
                } else {
                    m_state = State::AfterQuote;
                }
            } else {
                m_field += c;
            }
            break;
        case State::AfterQuote:
            if (c == ',') {
                endField();
                m_state = State::FieldStart;
            } else {
                bad("field " + std::to_string(m_fields.size() + 1) +
                    " has text after its closing quote; double the quotes inside a quoted field");
            }
            break;
        }
    }
    if (!m_problem.empty())
        return true; // the record ends with this line
    if (m_state == State::Quoted) {
        m_field += '\n';
        return false;
    }
    return true;
}

CsvReader::Status CsvReader::next()
{
    m_fields.clear();
    m_field.clear();
    m_problem.clear();
    m_state = State::FieldStart;
    m_recordBytes = 0;
    bool started = false;
    for (;;) {
        const LineReader::Status status = m_lines.next();
        if (status == LineReader::Status::Error)
            return Status::Error;
        if (status == LineReader::Status::End) {
            if (!started)
                return Status::End;
            bad("the quoted field " + std::to_string(m_fields.size() + 1) +
                " is never closed (a missing quote?)");
            return Status::Bad;
        }
        if (!started) {
            m_line = m_lines.lineNumber();
            if (status == LineReader::Status::Line && m_lines.text().empty())
                continue; // a blank line between records
            started = true;
        }
        m_recordBytes += m_lines.length() + 1;
        if (status == LineReader::Status::TooLong) {
            // Its quotes cannot be followed, so the record ends with it.
            bad("line " + std::to_string(m_lines.lineNumber()) + " is " +
                megabytes(m_lines.length()) + "; records are limited to " + megabytes(m_max));
            return Status::Bad;
        }
        if (m_recordBytes > m_max || !m_problem.empty()) {
            // Over the limit: drop the content, and follow the quotes only
            // to find where the record ends.
            bad("the record is longer than " + megabytes(m_max) + ", the limit for one record");
            m_fields.clear();
            m_field.clear();
            bool quoted = m_state == State::Quoted;
            for (char c : m_lines.text()) {
                if (c == '"')
                    quoted = !quoted;
            }
            m_state = quoted ? State::Quoted : State::FieldStart;
            if (!quoted)
                return Status::Bad;
            continue;
        }
        if (parseLine(m_lines.text())) {
            if (m_problem.empty())
                endField();
            if (!m_problem.empty()) {
                m_fields.clear();
                return Status::Bad;
            }
            return Status::Record;
        }
    }
}

} // namespace claimsmith::store::io
