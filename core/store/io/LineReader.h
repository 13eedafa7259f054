#pragma once

#include "ImportTypes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace claimsmith::store::io {

// Reads a device line by line in fixed-size chunks, so that memory stays
// bounded whatever the input's size. Lines end with "\n" or "\r\n"; a UTF-8
// byte order mark at the very start is dropped. A line longer than the limit
// is reported as TooLong with its length, and skipped without being kept.
class LineReader
{
public:
    enum class Status
    {
        Line,    // text() holds the line
        TooLong, // the line was over the limit; length() says how long it was
        End,     // no more input
        Error    // the device failed; errorString() says why
    };

    explicit LineReader(QIODevice& device, std::size_t maxLineBytes = kMaxRecordBytes);

    Status next();
    std::string_view text() const { return m_line; }
    // 1-based number of the line last returned.
    std::int64_t lineNumber() const { return m_lineNumber; }
    // Bytes in the line last returned (also for TooLong), without the line end.
    std::uint64_t length() const { return m_length; }
    std::int64_t bytesRead() const { return m_consumed; }
    const std::string& errorString() const { return m_error; }

private:
    bool fill();

    QIODevice& m_device;
    std::size_t m_max;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::string m_line;
    std::uint64_t m_length = 0;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_consumed = 0;
    std::string m_error;
};

// "20 MB" for messages about sizes.
std::string megabytes(std::uint64_t bytes);

} // namespace claimsmith::store::io
