#pragma once

#include "CsvReader.h"
#include "RecordSource.h"

#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace claimsmith::store::io {

// Users from a spreadsheet: a header row naming the columns, then one user
// per record (RFC 4180, see CsvReader). Columns: email (required),
// first_name, last_name, external_id, email_verified (true/false, yes/no,
// 1/0; empty is false), and metadata.KEY for each metadata key. A metadata
// cell is read as JSON when it is valid JSON (42, true, {"a":1}, "text"),
// else kept as text; an empty cell leaves the key out. Empty name and
// external id cells leave those out. Other columns are ignored with a note.
class CsvSource final : public RecordSource
{
public:
    explicit CsvSource(QIODevice& device);
    bool next(SourceRecord& out) override;
    const std::optional<Problem>& fatal() const override { return m_fatal; }
    std::int64_t bytesRead() const override { return m_reader.bytesRead(); }

private:
    enum class Column
    {
        Ignored,
        Email,
        FirstName,
        LastName,
        ExternalId,
        EmailVerified,
        Metadata
    };
    bool readHeader(SourceRecord& notes);
    void mapRecord(const std::vector<std::string>& fields, SourceRecord& out) const;

    CsvReader m_reader;
    bool m_headerRead = false;
    std::vector<Column> m_columns;
    std::vector<std::string> m_names; // metadata keys for Metadata columns, else the header
    std::optional<Problem> m_fatal;
};

} // namespace claimsmith::store::io
