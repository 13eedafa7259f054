#include "RowSpill.h"

#include "ReportCsv.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace claimsmith::rollout {

RowSpill::RowSpill()
    : m_file(QDir::tempPath() + u"/claimsmith-rollout-XXXXXX.csv"_s)
{
    if (!m_file.open())
        m_error =
            "cannot create a temporary file for the rows: " + m_file.errorString().toStdString();
}

RowSpill::~RowSpill() = default;

bool RowSpill::ok() const
{
    std::lock_guard lock(m_mutex);
    return m_error.empty();
}

std::string RowSpill::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

std::int64_t RowSpill::rows() const
{
    std::lock_guard lock(m_mutex);
    return m_rows;
}

void RowSpill::write(std::string_view lines, std::int64_t rows)
{
    std::lock_guard lock(m_mutex);
    if (!m_error.empty())
        return;
    if (m_file.write(lines.data(), static_cast<qint64>(lines.size())) !=
        static_cast<qint64>(lines.size())) {
        m_error = "cannot write the rows to " + m_file.fileName().toStdString() + ": " +
                  m_file.errorString().toStdString();
        return;
    }
    m_rows += rows;
}

bool RowSpill::copyTo(QIODevice& out, std::string& error)
{
    std::lock_guard lock(m_mutex);
    if (!m_error.empty()) {
        error = m_error;
        return false;
    }
    const std::string_view header = csvHeader();
    if (out.write(header.data(), static_cast<qint64>(header.size())) < 0 || !m_file.flush() ||
        !m_file.seek(0)) {
        error = out.errorString().toStdString();
        return false;
    }
    char buffer[1 << 16];
    for (;;) {
        const qint64 n = m_file.read(buffer, sizeof buffer);
        if (n < 0) {
            error = m_file.errorString().toStdString();
            return false;
        }
        if (n == 0)
            break;
        if (out.write(buffer, n) != n) {
            error = out.errorString().toStdString();
            return false;
        }
    }
    // Later rows (none once the check ended) go after the last.
    m_file.seek(m_file.size());
    return true;
}

} // namespace claimsmith::rollout
