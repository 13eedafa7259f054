#pragma once

#include "RowSink.h"

#include <QTemporaryFile>

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

class QIODevice;

namespace claimsmith::rollout {

// A RowSink on a temporary file, removed with the object. Rows are grouped
// by token (a token's rows are contiguous, in claim order); tokens come in
// the order the render threads finished them, not sorted.
class RowSpill final : public RowSink
{
public:
    RowSpill();
    ~RowSpill() override;

    // False, with error(), when the temporary file cannot be made or written.
    bool ok() const;
    std::string error() const;
    std::int64_t rows() const;

    void write(std::string_view lines, std::int64_t rows) override;
    // Writes the CSV header line, then every row.
    bool copyTo(QIODevice& out, std::string& error);

private:
    mutable std::mutex m_mutex;
    QTemporaryFile m_file;
    std::int64_t m_rows = 0;
    std::string m_error;
};

} // namespace claimsmith::rollout
