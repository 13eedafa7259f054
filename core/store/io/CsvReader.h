#pragma once

#include "LineReader.h"

#include <cstdint>
#include <string>
#include <vector>

class QIODevice;

namespace claimsmith::store::io {

// Records with more fields than this are bad: a record of commas would
// otherwise take some 30 times its size in memory.
inline constexpr std::size_t kMaxCsvFields = 1000;

// RFC 4180 records, streamed: fields separated by commas, records by line
// ends ("\r\n" or "\n"); a field in double quotes may hold commas, line ends
// (read as "\n") and doubled quotes. A UTF-8 byte order mark is dropped and
// blank lines are skipped. Stricter than spreadsheets in one way: a quote
// inside an unquoted field, or text after a closing quote, makes the record
// bad rather than being guessed at.
class CsvReader
{
public:
    enum class Status
    {
        Record, // fields() holds the record
        Bad,    // problem() says what is wrong with the record at line()
        End,
        Error // the device failed; errorString() says why
    };

    explicit CsvReader(QIODevice& device, std::size_t maxRecordBytes = kMaxRecordBytes);

    Status next();
    const std::vector<std::string>& fields() const { return m_fields; }
    // The physical line where the record starts (1-based).
    std::int64_t line() const { return m_line; }
    const std::string& problem() const { return m_problem; }
    std::int64_t bytesRead() const { return m_lines.bytesRead(); }
    const std::string& errorString() const { return m_lines.errorString(); }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    // Parses one physical line; returns false when it leaves a quoted field open.
    bool parseLine(std::string_view text);
    // Ends the field being read (bad past kMaxCsvFields).
    void endField();
    void bad(std::string message);

    LineReader m_lines;
    std::size_t m_max;
    std::vector<std::string> m_fields;
    std::string m_field;
    std::size_t m_recordBytes = 0;
    State m_state = State::FieldStart;
    std::int64_t m_line = 0;
    std::string m_problem;
};

} // namespace claimsmith::store::io
