#include "CsvFormat.h"

#include "json/Reader.h"

namespace claimsmith::store::io {

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string_view trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

constexpr std::string_view kMetadataPrefix = "metadata.";

} // namespace

CsvSource::CsvSource(QIODevice& device)
    : m_reader(device)
{}

bool CsvSource::readHeader(SourceRecord& notes)
{
    const CsvReader::Status status = m_reader.next();
    if (status == CsvReader::Status::End) {
        m_fatal = Problem{0, 0, {}, "the file is empty; a CSV file starts with a header row"};
        return false;
    }
    if (status == CsvReader::Status::Error) {
        m_fatal = Problem{0, 0, {}, "cannot read the input: " + m_reader.errorString()};
        return false;
    }
    notes.line = m_reader.line();
    if (status == CsvReader::Status::Bad) {
        m_fatal = Problem{m_reader.line(), 0, {}, "the header row: " + m_reader.problem()};
        return false;
    }
    bool hasEmail = false;
    for (const std::string& raw : m_reader.fields()) {
        const std::string_view name = trimmed(raw);
        const std::string lower = lowerAscii(name);
        Column column = Column::Ignored;
        std::string key = lower;
        if (lower == "email")
            column = Column::Email;
        else if (lower == "first_name")
            column = Column::FirstName;
        else if (lower == "last_name")
            column = Column::LastName;
        else if (lower == "external_id")
            column = Column::ExternalId;
        else if (lower == "email_verified")
            column = Column::EmailVerified;
        else if (lower.starts_with(kMetadataPrefix)) {
            column = Column::Metadata;
            key = std::string(name.substr(kMetadataPrefix.size()));
            if (key.empty()) {
                m_fatal = Problem{notes.line,
                                  0,
                                  {},
                                  "the header's column \"" + std::string(name) +
                                      "\" names no metadata key (metadata.KEY)"};
                return false;
            }
        } else {
            notes.warnings.push_back("column \"" + std::string(name) +
                                     "\" is not a user field and is ignored (columns: email, "
                                     "first_name, last_name, external_id, email_verified, "
                                     "metadata.KEY)");
        }
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (column != Column::Ignored && m_columns[i] == column && m_names[i] == key) {
                m_fatal =
                    Problem{notes.line,
                            0,
                            {},
                            "the header names the column \"" + std::string(name) + "\" twice"};
                return false;
            }
        }
        hasEmail = hasEmail || column == Column::Email;
        m_columns.push_back(column);
        m_names.push_back(std::move(key));
    }
    if (!hasEmail) {
        m_fatal = Problem{notes.line,
                          0,
                          {},
                          "the header row has no email column (a CSV file starts with a header "
                          "row such as: email,first_name,last_name,external_id)"};
        return false;
    }
    return true;
}

void CsvSource::mapRecord(const std::vector<std::string>& fields, SourceRecord& out) const
{
    if (fields.size() != m_columns.size()) {
        out.error = fieldProblem(out.line, {},
                                 "the record has " + std::to_string(fields.size()) +
                                     " fields; the header has " + std::to_string(m_columns.size()));
        return;
    }
    model::User u;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& cell = fields[i];
        switch (m_columns[i]) {
        case Column::Ignored:
            break;
        case Column::Email:
            u.email = std::string(trimmed(cell));
            if (u.email.empty()) {
                out.error = fieldProblem(out.line, "email", "required");
                return;
            }
            break;
        case Column::FirstName:
            if (!cell.empty())
                u.firstName = cell;
            break;
        case Column::LastName:
            if (!cell.empty())
                u.lastName = cell;
            break;
        case Column::ExternalId:
            if (!cell.empty())
                u.externalId = cell;
            break;
        case Column::EmailVerified: {
            const std::string v = lowerAscii(trimmed(cell));
            if (v == "true" || v == "yes" || v == "1")
                u.emailVerified = true;
            else if (v.empty() || v == "false" || v == "no" || v == "0")
                u.emailVerified = false;
            else {
                out.error = fieldProblem(out.line, "email_verified",
                                         "must be true or false, not \"" + cell + "\"");
                return;
            }
            break;
        }
        case Column::Metadata: {
            if (cell.empty())
                break;
            json::ParseResult parsed = json::parse(cell);
            u.metadata.set(m_names[i], parsed.ok ? std::move(parsed.value) : json::Value(cell));
            break;
        }
        }
    }
    out.item = std::move(u);
}

bool CsvSource::next(SourceRecord& out)
{
    out = SourceRecord{};
    if (!m_headerRead) {
        m_headerRead = true;
        if (!readHeader(out))
            return false;
        if (!out.warnings.empty())
            return true; // the header's notes, as a record of their own
    }
    const CsvReader::Status status = m_reader.next();
    if (status == CsvReader::Status::End)
        return false;
    if (status == CsvReader::Status::Error) {
        m_fatal = Problem{0, 0, {}, "cannot read the input: " + m_reader.errorString()};
        return false;
    }
    out = SourceRecord{};
    out.line = m_reader.line();
    if (status == CsvReader::Status::Bad) {
        out.error = fieldProblem(out.line, {}, m_reader.problem());
        return true;
    }
    mapRecord(m_reader.fields(), out);
    return true;
}

} // namespace claimsmith::store::io
