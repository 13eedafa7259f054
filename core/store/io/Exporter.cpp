#include "Exporter.h"

#include "JsonlFormat.h"
#include "model/ModelJson.h"

#include <QIODevice>

#include <algorithm>

namespace claimsmith::store::io {

namespace {

// Buffers lines and writes them in large blocks.
class Output
{
public:
    explicit Output(QIODevice& device)
        : m_device(device)
    {}
    bool add(std::string_view type, const json::Value& object)
    {
        m_buffer += jsonl::line(type, object);
        return m_buffer.size() < (1u << 20) || flush();
    }
    bool flush()
    {
        if (!m_error.empty())
            return false;
        const qint64 size = static_cast<qint64>(m_buffer.size());
        if (size > 0 && m_device.write(m_buffer.data(), size) != size) {
            m_error = m_device.errorString().toStdString();
            return false;
        }
        m_buffer.clear();
        return true;
    }
    const std::string& error() const { return m_error; }

private:
    QIODevice& m_device;
    std::string m_buffer;
    std::string m_error;
};

// Every item of a paged list: `page(after)` gives one page.
template <class T, class Page, class Each>
Error forEachPage(Page page, Each each)
{
    std::string after;
    for (;;) {
        Result<store::Page<T>> p = page(after);
        if (!p)
            return p.error();
        for (const T& item : p->items) {
            if (!each(item))
                return {};
        }
        if (p->next.empty())
            return {};
        after = p->next;
    }
}

} // namespace

Exporter::Exporter(Store& store)
    : m_store(store)
{}

ExportResult Exporter::run(QIODevice& device)
{
    ExportResult result;
    ExportCounts& c = result.counts;
    Output out(device);
    auto failed = [&](const Error& e) {
        result.storeError = e;
        return result;
    };

    Result<std::string> profile = m_store.limitsProfile();
    if (!profile)
        return failed(profile.error());
    Result<std::string> issuer = m_store.issuer();
    if (!issuer)
        return failed(issuer.error());
    out.add(jsonl::kSettings,
            json::Value::object({{"limits_profile", *profile}, {"issuer", *issuer}}));

    Result<std::vector<model::Permission>> permissions = m_store.permissions();
    if (!permissions)
        return failed(permissions.error());
    for (const model::Permission& p : *permissions) {
        out.add(jsonl::kPermission, model::toJson(p));
        ++c.permissions;
    }
    Result<std::vector<model::Role>> roles = m_store.roles();
    if (!roles)
        return failed(roles.error());
    for (const model::Role& r : *roles) {
        out.add(jsonl::kRole, model::toJson(r));
        ++c.roles;
    }

    Error e = forEachPage<model::Organization>(
        [&](const std::string& after) {
            OrganizationQuery q;
            q.limit = kMaxPageSize;
            q.after = after;
            return m_store.findOrganizations(q);
        },
        [&](const model::Organization& o) {
            ++c.organizations;
            return out.add(jsonl::kOrganization, model::toJson(o));
        });
    if (e)
        return failed(e);
    e = forEachPage<model::User>(
        [&](const std::string& after) {
            UserQuery q;
            q.limit = kMaxPageSize;
            q.after = after;
            return m_store.findUsers(q);
        },
        [&](const model::User& u) {
            ++c.users;
            return out.add(jsonl::kUser, model::toJson(u));
        });
    if (e)
        return failed(e);
    e = forEachPage<model::Membership>(
        [&](const std::string& after) {
            MembershipQuery q;
            q.limit = kMaxPageSize;
            q.after = after;
            return m_store.findMemberships(q);
        },
        [&](const model::Membership& m) {
            ++c.memberships;
            return out.add(jsonl::kMembership, model::toJson(m));
        });
    if (e)
        return failed(e);

    Result<std::vector<model::Application>> apps = m_store.applications();
    if (!apps)
        return failed(apps.error());
    for (const model::Application& a : *apps) {
        out.add(jsonl::kApplication, model::toJson(a));
        ++c.applications;
    }

    Result<std::vector<model::Template>> templates = m_store.templates();
    if (!templates)
        return failed(templates.error());
    for (const model::Template& t : *templates) {
        Result<std::vector<model::TemplateVersion>> versions = m_store.templateVersions(t.name);
        if (!versions)
            return failed(versions.error());
        std::vector<model::TemplateVersion> list = *versions;
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.number < b.number; });
        json::Value object = model::toJson(t);
        json::Array array;
        for (const model::TemplateVersion& v : list)
            array.push_back(model::toJson(v));
        object.set("versions", json::Value(std::move(array)));
        out.add(jsonl::kTemplate, object);
        ++c.templates;
    }

    Result<std::vector<model::SigningKey>> keys = m_store.signingKeys();
    if (!keys)
        return failed(keys.error());
    for (const model::SigningKey& k : *keys) {
        out.add(jsonl::kSigningKey, model::toJson(k)); // toJson never holds the private key
        ++c.signingKeys;
    }
    out.flush();
    result.ioError = out.error();
    return result;
}

} // namespace claimsmith::store::io
