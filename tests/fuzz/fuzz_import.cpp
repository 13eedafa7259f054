// libFuzzer target over one import format (CLAIMSMITH_FUZZ_IMPORT_FORMAT:
// Jsonl, Auth0, Zitadel or Csv; one program each, so that each has its own
// seeds): the input is imported, three times, into a real SQLite store
// copied afresh from the same empty store for every input, so that every
// check of the store runs and a run depends on the input alone.
//
// Checked contracts (store/io/Importer.h):
//  - a dry run writes nothing, and reports what the real import then does:
//    the same counts and problems in the same places;
//  - with --on-error abort, a bad record leaves the store exactly as it was;
//    otherwise the store holds exactly the records counted as imported;
//  - with --on-error skip, a bad record changes nothing: the store grows by
//    exactly the records counted as imported;
//  - problems name a line of the input and say what is wrong, in UTF-8;
//  - the store passes PRAGMA integrity_check afterwards.

#include "FuzzStore.h"
#include "json/Utf8.h"
#include "store/io/Importer.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace claimsmith;
using fuzz::check;
namespace io = claimsmith::store::io;

namespace {

constexpr io::Format kFormat = io::Format::CLAIMSMITH_FUZZ_IMPORT_FORMAT;

// The tables whose rows the import counts, with the count of each.
constexpr std::array<const char*, 7> kCounted = {
    "permissions", "roles", "organizations", "users", "memberships", "applications", "templates"};

std::int64_t countedOf(const io::ImportCounts& c, std::string_view table)
{
    if (table == "permissions")
        return c.permissions;
    if (table == "roles")
        return c.roles;
    if (table == "organizations")
        return c.organizations;
    if (table == "users")
        return c.users;
    if (table == "memberships")
        return c.memberships;
    if (table == "applications")
        return c.applications;
    return c.templates;
}

fuzz::StoreCopies& stores()
{
    static fuzz::StoreCopies s;
    return s;
}

io::ImportResult import(store::SqliteStore& s, const QByteArray& bytes, bool stopOnError,
                        bool dryRun)
{
    QBuffer buffer;
    buffer.setData(bytes);
    check(buffer.open(QIODevice::ReadOnly), "a buffer opens");
    io::ImportOptions options;
    options.format = kFormat;
    options.stopOnError = stopOnError;
    options.dryRun = dryRun;
    options.source = "fuzz";
    options.actor = "fuzz";
    io::ImportResult r = io::Importer(s).run(buffer, options);
    check(r.outcome != io::ImportOutcome::StoreFailed, "a healthy store takes any import");
    return r;
}

void checkProblems(const io::ImportResult& r, std::string_view input)
{
    const auto lines = static_cast<std::int64_t>(std::count(input.begin(), input.end(), '\n')) + 1;
    for (const std::vector<io::Problem>* list : {&r.errors, &r.warnings}) {
        for (const io::Problem& p : *list) {
            check(p.line >= 0 && p.line <= lines, "a problem names a line of the input");
            check(p.record >= 0 && p.record <= r.counts.records + 1,
                  "a problem names a record that was read");
            check(!p.message.empty() && utf8::isValid(p.message),
                  "a problem says what is wrong, in UTF-8");
            (void)io::formatProblem("input", p);
        }
    }
    const io::ImportCounts& c = r.counts;
    const std::int64_t accounted = c.imported() + c.ignored + c.skipped;
    check(accounted == c.records || accounted == c.records + 1,
          "every record read is imported, ignored or skipped (a fatal input problem is one "
          "more skipped)");
}

// The store holds exactly the empty store's rows plus what `r` counts as imported.
void checkGrowth(const fuzz::Snapshot& now, const io::ImportResult& r)
{
    const fuzz::Snapshot& empty = stores().initial();
    for (const char* table : kCounted) {
        const auto before = static_cast<std::int64_t>(empty.at(table).size());
        const auto after = static_cast<std::int64_t>(now.at(table).size());
        check(after - before == countedOf(r.counts, table),
              "the store holds exactly the records counted as imported");
    }
}

// The same problems in the same places. (Not always the same messages: a
// message may name an id that was made for a record, and each run makes new
// ones.)
bool sameProblems(const std::vector<io::Problem>& a, const std::vector<io::Problem>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const io::Problem& x, const io::Problem& y) {
                          return x.line == y.line && x.record == y.record && x.field == y.field;
                      });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    (void)stores();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = fuzz::textOf(data, size);
    const QByteArray bytes(input.data(), static_cast<qsizetype>(input.size()));
    fuzz::StoreCopies& s = stores();
    // One store for the three runs: each must leave it as it found it
    // unless it commits, and a store whose state leaked from one batch into
    // the next would show as a difference between them.
    store::SqliteStore& store = s.fresh();

    // A dry run in skip mode: writes nothing.
    const io::ImportResult dry = import(store, bytes, false, true);
    checkProblems(dry, input);
    check(s.snapshot() == s.initial(), "a dry run writes nothing");

    // --on-error abort: all or nothing.
    const io::ImportResult abort = import(store, bytes, true, false);
    checkProblems(abort, input);
    if (abort.outcome == io::ImportOutcome::Imported) {
        check(abort.errors.empty(), "an import that commits had no bad record");
        checkGrowth(s.snapshot(), abort);
        check(dry.errors.empty() && dry.counts.imported() == abort.counts.imported(),
              "a dry run reports what the import does");
    } else {
        check(abort.outcome == io::ImportOutcome::Aborted && !abort.errors.empty(),
              "an import that does not commit says why");
        check(s.snapshot() == s.initial(), "an aborted import leaves the store as it was");

        // --on-error skip: every good record, and nothing of a bad one.
        const io::ImportResult skip = import(store, bytes, false, false);
        checkProblems(skip, input);
        const fuzz::Snapshot afterSkip = s.snapshot();
        if (skip.outcome == io::ImportOutcome::Imported)
            checkGrowth(afterSkip, skip);
        else
            check(afterSkip == s.initial(), "an import that stops leaves the store as it was");
        check(dry.counts.imported() == skip.counts.imported() &&
                  dry.counts.skipped == skip.counts.skipped &&
                  sameProblems(dry.errors, skip.errors),
              "a dry run reports what the import does");
    }

    const store::Result<std::string> integrity = store.integrityCheck();
    check(integrity && *integrity == "ok", "the store passes PRAGMA integrity_check");
    return 0;
}
