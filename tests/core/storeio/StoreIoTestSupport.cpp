#include "StoreIoTestSupport.h"

#include "store/io/Exporter.h"
#include "store/io/Importer.h"

#include <QBuffer>
#include <QFile>

#include <stdexcept>

namespace claimsmith::test {

namespace io = store::io;

namespace {

io::ImportResult importDevice(store::Store& store, QIODevice& device, io::Format format,
                              bool stopOnError, bool dryRun)
{
    io::ImportOptions options;
    options.format = format;
    options.stopOnError = stopOnError;
    options.dryRun = dryRun;
    options.source = "test";
    options.actor = "test";
    io::Importer importer(store);
    return importer.run(device, options);
}

template <class T, class Query, class Find>
std::vector<T> everything(Find find)
{
    std::vector<T> out;
    Query q;
    q.limit = store::kMaxPageSize;
    for (;;) {
        auto page = find(q);
        if (!page)
            throw std::runtime_error(page.error().message);
        out.insert(out.end(), page->items.begin(), page->items.end());
        if (page->next.empty())
            return out;
        q.after = page->next;
    }
}

} // namespace

io::ImportResult importText(store::Store& store, const std::string& text, io::Format format,
                            bool stopOnError, bool dryRun)
{
    QByteArray bytes = QByteArray::fromStdString(text);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(store, buffer, format, stopOnError, dryRun);
}

io::ImportResult importFile(store::Store& store, const QString& path, io::Format format,
                            bool stopOnError, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return importDevice(store, file, format, stopOnError, dryRun);
}

std::string exportText(store::Store& store)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    io::Exporter exporter(store);
    const io::ExportResult result = exporter.run(buffer);
    if (!result.ok())
        throw std::runtime_error("export failed: " + result.storeError.message + result.ioError);
    return bytes.toStdString();
}

std::string problemsText(const std::vector<io::Problem>& problems)
{
    std::string s;
    for (const io::Problem& p : problems)
        s += std::to_string(p.line) + ": " + p.message + "\n";
    return s;
}

io::Problem problemAt(const io::ImportResult& result, std::int64_t line)
{
    for (const io::Problem& p : result.errors) {
        if (p.line == line)
            return p;
    }
    return {};
}

std::vector<model::User> allUsers(store::Store& store)
{
    return everything<model::User, store::UserQuery>(
        [&](const store::UserQuery& q) { return store.findUsers(q); });
}

std::vector<model::Organization> allOrganizations(store::Store& store)
{
    return everything<model::Organization, store::OrganizationQuery>(
        [&](const store::OrganizationQuery& q) { return store.findOrganizations(q); });
}

std::vector<model::Membership> allMemberships(store::Store& store)
{
    return everything<model::Membership, store::MembershipQuery>(
        [&](const store::MembershipQuery& q) { return store.findMemberships(q); });
}

std::int64_t auditEventCount(store::Store& store)
{
    std::int64_t n = 0;
    store::AuditQuery q;
    q.limit = store::kMaxPageSize;
    for (;;) {
        auto page = store.findAuditEvents(q);
        if (!page)
            throw std::runtime_error(page.error().message);
        n += static_cast<std::int64_t>(page->items.size());
        if (page->next.empty())
            return n;
        q.after = page->next;
    }
}

} // namespace claimsmith::test
