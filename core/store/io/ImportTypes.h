#pragma once

// What an import is asked to do and what it reports (docs/import-export.md).
// Core never prints: problems and progress go to callbacks and into the
// result, and the command line decides how to show them.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::store::io {

enum class Format
{
    Jsonl,   // our own lossless export format
    Auth0,   // Auth0 user export (NDJSON) or bulk-import file (JSON array)
    Zitadel, // ZITADEL ListUsers response
    Csv      // a header row, then one user per record
};

// "jsonl", "auth0", "zitadel", "csv" (ASCII case ignored).
std::optional<Format> formatFromName(std::string_view name);
std::string_view formatName(Format format);

// A record longer than this is refused without being read into memory.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{16} << 20;
// JSON documents (Auth0 arrays, ZITADEL responses) are read whole, up to this.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;
// Their arrays (the array of records above all) hold at most this many
// elements; other JSON keeps json::kMaxElements.
inline constexpr std::size_t kMaxDocumentRecords = 1'000'000;

// One bad record, or a note about one.
struct Problem
{
    std::int64_t line = 0;   // 1-based line where the record starts; 0: the input as a whole
    std::int64_t record = 0; // 1-based position in a JSON array; 0 when not in one
    std::string field;       // "email", "metadata.seats"; empty when about the whole record
    std::string message;     // the reason; starts with the field when there is one
};

// "FILE:LINE: MESSAGE", "FILE:LINE: record N: MESSAGE" or "FILE: MESSAGE".
std::string formatProblem(std::string_view file, const Problem& problem);

struct ImportCounts
{
    std::int64_t records = 0; // records read, good or bad
    std::int64_t skipped = 0; // bad records (not imported)
    std::int64_t ignored = 0; // records that are never imported (signing keys, machine users)
    std::int64_t bytes = 0;   // input bytes consumed so far
    std::int64_t settings = 0;
    std::int64_t permissions = 0;
    std::int64_t roles = 0;
    std::int64_t organizations = 0;
    std::int64_t users = 0;
    std::int64_t memberships = 0;
    std::int64_t applications = 0;
    std::int64_t templates = 0;

    std::int64_t imported() const
    {
        return settings + permissions + roles + organizations + users + memberships + applications +
               templates;
    }
};

struct ImportOptions
{
    Format format = Format::Jsonl;
    bool dryRun = false;     // check everything, write nothing
    bool stopOnError = true; // --on-error abort (true) or skip (false)
    std::string source;      // the file's name, for the audit log's description
    std::string actor;       // who the import is by (restored after template authors)
    // Called for every bad record and for every note, as they happen.
    std::function<void(const Problem&)> onError;
    std::function<void(const Problem&)> onWarning;
    // Called every `progressEvery` records with the counts so far.
    std::function<void(const ImportCounts&)> onProgress;
    std::int64_t progressEvery = 1000;
};

enum class ImportOutcome
{
    Imported,    // committed (in skip mode, possibly without some bad records)
    DryRun,      // everything checked, nothing written
    Aborted,     // a bad record in abort mode: nothing written
    StoreFailed, // the store could not be written (not a bad record): nothing written
};

struct ImportResult
{
    ImportOutcome outcome = ImportOutcome::Imported;
    ImportCounts counts;
    // The problems, also given to the callbacks; the lists keep at most
    // kMaxKeptProblems each (the callbacks see them all).
    std::vector<Problem> errors;
    std::vector<Problem> warnings;
    std::string storeError; // for StoreFailed
    double seconds = 0;

    // Whether a real import did (or, for a dry run, would) take every record.
    bool clean() const { return errors.empty() && outcome != ImportOutcome::StoreFailed; }
};

inline constexpr std::size_t kMaxKeptProblems = 10000;

// "imported 3 users, 1 organization (2 skipped) in 0.4 s", or for a dry run
// "would import …".
std::string summaryLine(const ImportResult& result, bool dryRun);

} // namespace claimsmith::store::io
