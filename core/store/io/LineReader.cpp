#include "LineReader.h"

#include <QIODevice>

#include <cstring>

namespace claimsmith::store::io {

namespace {
constexpr std::size_t kChunk = 256 * 1024;
}

LineReader::LineReader(QIODevice& device, std::size_t maxLineBytes)
    : m_device(device)
    , m_max(maxLineBytes)
    , m_buffer(kChunk)
{}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    const qint64 n = m_device.read(m_buffer.data(), static_cast<qint64>(m_buffer.size()));
    if (n < 0) {
        m_error = m_device.errorString().toStdString();
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_end = static_cast<std::size_t>(n);
    return true;
}

LineReader::Status LineReader::next()
{
    m_line.clear();
    m_length = 0;
    bool any = false;
    bool tooLong = false;
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (!m_error.empty())
                return Status::Error;
            if (!any)
                return Status::End;
            break; // the last line has no line end
        }
        any = true;
        const char* start = m_buffer.data() + m_pos;
        const std::size_t avail = m_end - m_pos;
        const void* nl = std::memchr(start, '\n', avail);
        const std::size_t take =
            nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
        m_length += take;
        if (!tooLong && m_line.size() + take > m_max + 1) {
            // +1 leaves room for a '\r' that belongs to the line end.
            tooLong = true;
            m_line.clear();
            m_line.shrink_to_fit();
        }
        if (!tooLong)
            m_line.append(start, take);
        m_pos += take;
        m_consumed += static_cast<std::int64_t>(take);
        if (nl) {
            ++m_pos;
            ++m_consumed;
            break;
        }
    }
    ++m_lineNumber;
    // A byte order mark is only meaningful at the very start.
    if (m_lineNumber == 1 && !tooLong && m_line.starts_with("\xEF\xBB\xBF")) {
        m_line.erase(0, 3);
        m_length -= 3;
    }
    if (!tooLong && !m_line.empty() && m_line.back() == '\r') {
        m_line.pop_back();
        --m_length;
    }
    if (tooLong || m_line.size() > m_max)
        return Status::TooLong;
    return Status::Line;
}

std::string megabytes(std::uint64_t bytes)
{
    const std::uint64_t mb = (bytes + (1u << 20) - 1) >> 20;
    return std::to_string(mb) + " MB";
}

} // namespace claimsmith::store::io
