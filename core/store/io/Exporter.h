#pragma once

#include "store/Store.h"

#include <cstdint>
#include <string>

class QIODevice;

namespace claimsmith::store::io {

struct ExportCounts
{
    std::int64_t permissions = 0;
    std::int64_t roles = 0;
    std::int64_t organizations = 0;
    std::int64_t users = 0;
    std::int64_t memberships = 0;
    std::int64_t applications = 0;
    std::int64_t templates = 0;
    std::int64_t signingKeys = 0; // public part and state only
};

struct ExportResult
{
    ExportCounts counts;
    Error storeError;    // reading the store failed
    std::string ioError; // writing the output failed
    bool ok() const { return !storeError && ioError.empty(); }
};

// Writes a whole store as jsonl (JsonlFormat.h) in dependency order —
// settings, permissions, roles, organizations, users, memberships,
// applications, templates, signing keys — a page at a time, so that memory
// stays bounded. Signing keys carry their public JWK and state only: private
// keys never leave the store, so an import cannot restore them.
//
// The pages are read one after another, not in one transaction: export a
// store nobody is writing to, or the pages may disagree.
class Exporter
{
public:
    explicit Exporter(Store& store);
    ExportResult run(QIODevice& out);

private:
    Store& m_store;
};

} // namespace claimsmith::store::io
