#pragma once

#include "ImportTypes.h"
#include "model/Model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimsmith::store::io {

// The store's settings, from a jsonl "settings" line.
struct SettingsItem
{
    std::optional<std::string> limitsProfile;
    std::optional<std::string> issuer;
};

// A template with every version, oldest first, and which are staging and
// production (in `tmpl`).
struct TemplateItem
{
    model::Template tmpl;
    std::vector<model::TemplateVersion> versions;
};

// A record that is read but never imported (a signing key, a ZITADEL machine
// user); `note` says why.
struct IgnoredItem
{
    std::string note;
};

using Item =
    std::variant<std::monostate, SettingsItem, model::Permission, model::Role, model::Organization,
                 model::User, model::Membership, model::Application, TemplateItem, IgnoredItem>;

// One record of the input: an item to write, or why there is none.
struct SourceRecord
{
    std::int64_t line = 0;   // where the record starts (1-based)
    std::int64_t record = 0; // position in a JSON array (1-based), else 0
    Item item;
    std::optional<Problem> error;      // the record could not be read or mapped
    std::vector<std::string> warnings; // read, with something to say about it
};

// A problem with `field` of the record at `line`: the message starts with the field.
inline Problem fieldProblem(std::int64_t line, std::string field, const std::string& message)
{
    Problem p;
    p.line = line;
    p.message = field.empty() ? message : field + ": " + message;
    p.field = std::move(field);
    return p;
}

// The records of one input, in order. Each format is one source.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // The next record; false at the end of the input (or after fatal()).
    virtual bool next(SourceRecord& out) = 0;
    // Why the input cannot be read any further (an I/O failure, a document
    // that is not JSON, a CSV header without an email column), if so.
    virtual const std::optional<Problem>& fatal() const = 0;
    virtual std::int64_t bytesRead() const = 0;
};

} // namespace claimsmith::store::io
