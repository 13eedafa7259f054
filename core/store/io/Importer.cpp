#include "Importer.h"

#include "Auth0Format.h"
#include "CsvFormat.h"
#include "JsonlFormat.h"
#include "RecordSource.h"
#include "TemplateReplay.h"
#include "ZitadelFormat.h"
#include "json/Utf8.h"
#include "model/MetadataLimits.h"

#include <QElapsedTimer>

#include <memory>

namespace claimsmith::store::io {

namespace {

std::unique_ptr<RecordSource> makeSource(Format format, QIODevice& input)
{
    switch (format) {
    case Format::Jsonl:
        return std::make_unique<JsonlSource>(input);
    case Format::Auth0:
        return std::make_unique<Auth0Source>(input);
    case Format::Zitadel:
        return std::make_unique<ZitadelSource>(input);
    case Format::Csv:
        return std::make_unique<CsvSource>(input);
    }
    return std::make_unique<JsonlSource>(input);
}

// The value a Duplicate error is about, for "duplicate email bob@example.com".
std::string duplicateValue(const Item& item, const std::string& field)
{
    if (const auto* u = std::get_if<model::User>(&item)) {
        if (field == "email")
            return u->email;
        if (field == "external_id")
            return u->externalId.value_or("");
        if (field == "id")
            return u->id;
    }
    if (const auto* o = std::get_if<model::Organization>(&item)) {
        if (field == "external_id")
            return o->externalId.value_or("");
        if (field == "id")
            return o->id;
    }
    if (const auto* a = std::get_if<model::Application>(&item)) {
        if (field == "client_id")
            return a->clientId;
        if (field == "id")
            return a->id;
    }
    return {};
}

// Problems quote the input (CSV cells are bytes, not text); they are shown
// and logged, so they are always UTF-8.
void sanitize(Problem& p)
{
    if (!utf8::isValid(p.message))
        p.message = utf8::sanitized(p.message);
    if (!utf8::isValid(p.field))
        p.field = utf8::sanitized(p.field);
}

} // namespace

class Importer::Run
{
public:
    Run(Store& store, const ImportOptions& options)
        : m_store(store)
        , m_options(options)
    {}

    ImportResult go(QIODevice& input);

private:
    void error(Problem p);
    void warning(Problem p);
    void write(SourceRecord& record);
    // What write() does once the store has answered.
    void settle(const SourceRecord& record, std::optional<WriteFailure> failed,
                const std::vector<std::string>& notes);
    void progress();
    // Runs of user records, and of membership records, are written together
    // (Store::createUsers, createMemberships), up to kRecordsPerWrite at a
    // time, and always before any other record, so that a membership finds
    // its user. Each is then reported and counted in its place, as if
    // written alone.
    static constexpr std::size_t kRecordsPerWrite = 500;
    static bool runsTogether(const SourceRecord& record);
    void flushRun();
    std::optional<WriteFailure> writeItem(Item& item, std::vector<std::string>& notes);
    std::optional<WriteFailure> writeSettings(const SettingsItem& s);
    void finish(bool commit);

    Store& m_store;
    const ImportOptions& m_options;
    ImportResult m_result;
    bool m_stop = false;
    std::string m_storeError; // the store failed, not a record
    struct Pending
    {
        SourceRecord record;
        std::int64_t bytes = 0; // the input read up to its end
    };
    std::vector<Pending> m_run; // records of one kind (runsTogether), not written yet
    bool m_readAhead = false;   // records were read past the one the import stopped at
};

Importer::Importer(Store& store)
    : m_store(store)
{}

ImportResult Importer::run(QIODevice& input, const ImportOptions& options)
{
    Run run(m_store, options);
    return run.go(input);
}

void Importer::Run::error(Problem p)
{
    sanitize(p);
    if (m_options.onError)
        m_options.onError(p);
    if (m_result.errors.size() < kMaxKeptProblems)
        m_result.errors.push_back(std::move(p));
}

void Importer::Run::warning(Problem p)
{
    sanitize(p);
    if (m_options.onWarning)
        m_options.onWarning(p);
    if (m_result.warnings.size() < kMaxKeptProblems)
        m_result.warnings.push_back(std::move(p));
}

ImportResult Importer::Run::go(QIODevice& input)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<RecordSource> source = makeSource(m_options.format, input);
    Error begun = m_store.beginBatch("import", "import of " + m_options.source + " (" +
                                                   std::string(formatName(m_options.format)) + ")");
    if (begun) {
        m_result.outcome = ImportOutcome::StoreFailed;
        m_result.storeError = begun.message;
        m_result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return m_result;
    }

    SourceRecord record;
    while (!m_stop && source->next(record)) {
        if (runsTogether(record)) {
            if (!m_run.empty() && m_run.front().record.item.index() != record.item.index())
                flushRun();
            if (m_stop) {
                m_readAhead = true;
                break;
            }
            m_run.push_back(Pending{std::move(record), source->bytesRead()});
            record = SourceRecord{};
            if (m_run.size() >= kRecordsPerWrite)
                flushRun();
            continue;
        }
        flushRun();
        if (m_stop) {
            m_readAhead = true;
            break;
        }
        write(record);
        m_result.counts.bytes = source->bytesRead();
        progress();
    }
    flushRun();
    if (!m_readAhead)
        m_result.counts.bytes = source->bytesRead();
    if (!m_stop && source->fatal()) {
        // The rest of the input cannot be read: importing part of it would
        // leave the store in a state nobody asked for.
        ++m_result.counts.skipped;
        error(*source->fatal());
        m_stop = true;
    }
    finish(!m_stop && !m_options.dryRun);
    if (m_options.onProgress)
        m_options.onProgress(m_result.counts);
    m_result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return m_result;
}

void Importer::Run::finish(bool commit)
{
    if (commit) {
        if (Error e = m_store.commitBatch()) {
            m_result.outcome = ImportOutcome::StoreFailed;
            m_result.storeError = e.message;
        } else {
            m_result.outcome = ImportOutcome::Imported;
        }
        return;
    }
    m_store.rollbackBatch();
    if (!m_storeError.empty()) {
        m_result.outcome = ImportOutcome::StoreFailed;
        m_result.storeError = m_storeError;
        return;
    }
    m_result.outcome = m_stop ? ImportOutcome::Aborted : ImportOutcome::DryRun;
}

void Importer::Run::write(SourceRecord& record)
{
    for (const std::string& w : record.warnings)
        warning(Problem{record.line, record.record, {}, w});
    if (!record.error && std::holds_alternative<std::monostate>(record.item))
        return; // notes only (a CSV header)
    ++m_result.counts.records;
    if (record.error) {
        ++m_result.counts.skipped;
        error(std::move(*record.error));
        m_stop = m_options.stopOnError;
        return;
    }
    std::vector<std::string> notes;
    std::optional<WriteFailure> failed = writeItem(record.item, notes);
    settle(record, std::move(failed), notes);
}

void Importer::Run::progress()
{
    if (m_options.onProgress && m_options.progressEvery > 0 &&
        m_result.counts.records % m_options.progressEvery == 0)
        m_options.onProgress(m_result.counts);
}

bool Importer::Run::runsTogether(const SourceRecord& record)
{
    return !record.error && (std::holds_alternative<model::User>(record.item) ||
                             std::holds_alternative<model::Membership>(record.item));
}

void Importer::Run::flushRun()
{
    if (m_run.empty())
        return;
    // Each record's failure, if it failed.
    std::vector<std::optional<Error>> failures(m_run.size());
    std::int64_t ImportCounts::*counted = &ImportCounts::users;
    auto collect = [&](const auto& done) {
        for (std::size_t i = 0; i < failures.size(); ++i) {
            if (i >= done.size())
                failures[i] = Error::make(ErrorKind::Internal, "the store did not answer");
            else if (!done[i])
                failures[i] = done[i].error();
        }
    };
    if (std::holds_alternative<model::User>(m_run.front().record.item)) {
        std::vector<model::User> users;
        users.reserve(m_run.size());
        for (Pending& p : m_run) {
            // The record keeps what a problem quotes (duplicateValue).
            auto& u = std::get<model::User>(p.record.item);
            model::User quoted;
            quoted.id = u.id;
            quoted.email = u.email;
            quoted.externalId = u.externalId;
            users.push_back(std::move(u));
            u = std::move(quoted);
        }
        collect(m_store.createUsers(std::move(users)));
    } else {
        std::vector<model::Membership> memberships;
        memberships.reserve(m_run.size());
        for (Pending& p : m_run)
            memberships.push_back(std::move(std::get<model::Membership>(p.record.item)));
        collect(m_store.createMemberships(std::move(memberships)));
        counted = &ImportCounts::memberships;
    }
    for (std::size_t i = 0; i < m_run.size(); ++i) {
        if (m_stop) {
            m_readAhead = true;
            break;
        }
        const SourceRecord& record = m_run[i].record;
        for (const std::string& w : record.warnings)
            warning(Problem{record.line, record.record, {}, w});
        ++m_result.counts.records;
        std::optional<WriteFailure> failed;
        if (failures[i])
            failed = WriteFailure{std::move(*failures[i])};
        else
            ++(m_result.counts.*counted);
        settle(record, std::move(failed), {});
        m_result.counts.bytes = m_run[i].bytes;
        progress();
    }
    m_run.clear();
}

void Importer::Run::settle(const SourceRecord& record, std::optional<WriteFailure> failed,
                           const std::vector<std::string>& notes)
{
    for (const std::string& n : notes)
        warning(Problem{record.line, record.record, {}, n});
    if (!failed)
        return;
    if (failed->error.kind == ErrorKind::Unavailable || failed->error.kind == ErrorKind::Internal) {
        // The store failed, not the record (a read-only file, a full disk, a
        // server gone): no later record would fare better, and the batch may
        // be undone already. Stop, even with --on-error skip, and write nothing.
        m_storeError = failed->error.message;
        m_stop = true;
        return;
    }
    Problem p;
    p.line = record.line;
    p.record = record.record;
    p.field = failed->error.field;
    const std::string value = duplicateValue(record.item, p.field);
    if (failed->error.kind == ErrorKind::Duplicate && !value.empty() && p.field == "id")
        p.message = "duplicate id " + value + " (already in the store)";
    else if (failed->error.kind == ErrorKind::Duplicate && !value.empty() &&
             !failed->error.recordId.empty())
        p.message =
            "duplicate " + p.field + " " + value + " (held by " + failed->error.recordId + ")";
    else if (!p.field.empty() && !failed->error.message.starts_with(p.field))
        p.message = p.field + ": " + failed->error.message;
    else
        p.message = failed->error.message;
    if (failed->partial)
        p.message += "; part of this record was already written, so the import stops here and "
                     "writes nothing";
    ++m_result.counts.skipped;
    error(std::move(p));
    m_stop = m_options.stopOnError || failed->partial;
}

std::optional<WriteFailure> Importer::Run::writeItem(Item& item, std::vector<std::string>& notes)
{
    ImportCounts& c = m_result.counts;
    auto fail = [](const Error& e) { return std::optional<WriteFailure>(WriteFailure{e, false}); };
    if (auto* s = std::get_if<SettingsItem>(&item)) {
        if (std::optional<WriteFailure> f = writeSettings(*s))
            return f;
        ++c.settings;
    } else if (auto* p = std::get_if<model::Permission>(&item)) {
        if (Result<model::Permission> done = m_store.createPermission(*p); !done)
            return fail(done.error());
        ++c.permissions;
    } else if (auto* r = std::get_if<model::Role>(&item)) {
        if (Result<model::Role> done = m_store.createRole(*r); !done)
            return fail(done.error());
        ++c.roles;
    } else if (auto* o = std::get_if<model::Organization>(&item)) {
        if (Result<model::Organization> done = m_store.createOrganization(*o); !done)
            return fail(done.error());
        ++c.organizations;
    } else if (auto* u = std::get_if<model::User>(&item)) {
        if (Result<model::User> done = m_store.createUser(*u); !done)
            return fail(done.error());
        ++c.users;
    } else if (auto* m = std::get_if<model::Membership>(&item)) {
        if (Result<model::Membership> done = m_store.createMembership(*m); !done)
            return fail(done.error());
        ++c.memberships;
    } else if (auto* a = std::get_if<model::Application>(&item)) {
        if (Result<model::Application> done = m_store.createApplication(*a); !done)
            return fail(done.error());
        ++c.applications;
    } else if (auto* t = std::get_if<TemplateItem>(&item)) {
        if (std::optional<WriteFailure> f = writeTemplate(m_store, *t))
            return f;
        ++c.templates;
    } else if (auto* ignored = std::get_if<IgnoredItem>(&item)) {
        ++c.ignored;
        notes.push_back(ignored->note);
    }
    return std::nullopt;
}

std::optional<WriteFailure> Importer::Run::writeSettings(const SettingsItem& s)
{
    bool written = false;
    if (s.limitsProfile) {
        const auto wanted = model::limitsProfileFromName(*s.limitsProfile);
        if (!wanted)
            return WriteFailure{Error::make(
                ErrorKind::Invalid,
                "\"" + *s.limitsProfile + "\" is not a limits profile (default, workos, auth0)",
                "limits_profile")};
        Result<std::string> current = m_store.limitsProfile();
        if (!current)
            return WriteFailure{current.error()};
        const std::string name(model::limitsProfileName(*wanted));
        if (*current != name) {
            if (Error e = m_store.setLimitsProfile(name))
                return WriteFailure{e};
            written = true;
        }
    }
    if (s.issuer) {
        Result<std::string> current = m_store.issuer();
        if (!current)
            return WriteFailure{current.error(), written};
        if (*current != *s.issuer) {
            if (Error e = m_store.setIssuer(*s.issuer)) {
                e.field = "issuer";
                return WriteFailure{e, written};
            }
        }
    }
    return std::nullopt;
}

} // namespace claimsmith::store::io
