// WorkOS-compatible /organizations: list (by domains), create (with
// Idempotency-Key), get, get by external id, update (PUT, metadata merged),
// delete.

#include "WorkOsResource.h"
#include "WorkOsRoutes.h"
#include "model/MetadataLimits.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

using namespace workos;

// Answers of organization creations by API key and Idempotency-Key, kept
// 24 hours: a repeated key returns the first answer and creates nothing.
class IdempotencyCache
{
public:
    static IdempotencyCache& instance()
    {
        static IdempotencyCache cache;
        return cache;
    }
    std::optional<Response> find(const std::string& key)
    {
        std::lock_guard lock(m_mutex);
        prune();
        auto it = m_entries.find(key);
        return it == m_entries.end() ? std::nullopt : std::optional<Response>(it->second.second);
    }
    void put(const std::string& key, const Response& r)
    {
        std::lock_guard lock(m_mutex);
        m_entries[key] = {QDateTime::currentMSecsSinceEpoch(), r};
    }

private:
    void prune()
    {
        constexpr qint64 kDayMs = 24LL * 3600 * 1000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (now - it->second.first > kDayMs)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    std::mutex m_mutex;
    std::map<std::string, std::pair<qint64, Response>> m_entries;
};

// domain_data [{"domain","state"}] or the deprecated domains ["a.com"].
bool readDomains(const json::Value& body, std::optional<std::vector<model::Domain>>& out,
                 Response& err)
{
    if (const json::Value* data = body.find("domain_data"); data && !data->isNull()) {
        if (!data->isArray()) {
            err = validation("domain_data", "domain_data_array_required",
                             "domain_data must be an array of {domain, state}.");
            return false;
        }
        std::vector<model::Domain> domains;
        for (const json::Value& d : data->array()) {
            const json::Value* name = d.isObject() ? d.find("domain") : nullptr;
            const json::Value* state = d.isObject() ? d.find("state") : nullptr;
            if (!name || !name->isString() || name->string().empty()) {
                err = validation("domain_data", "domain_required",
                                 "Each entry of domain_data needs a domain.");
                return false;
            }
            model::Domain domain{name->string(), "pending"};
            if (state && !state->isNull()) {
                if (!state->isString() ||
                    (state->string() != "verified" && state->string() != "pending")) {
                    err = validation("domain_data", "invalid_domain_state",
                                     "state must be verified or pending.");
                    return false;
                }
                domain.state = state->string();
            }
            domains.push_back(std::move(domain));
        }
        out = std::move(domains);
        return true;
    }
    if (const json::Value* list = body.find("domains"); list && !list->isNull()) {
        if (!list->isArray()) {
            err = validation("domains", "domains_array_required",
                             "domains must be an array of strings.");
            return false;
        }
        std::vector<model::Domain> domains;
        for (const json::Value& d : list->array()) {
            if (!d.isString() || d.string().empty()) {
                err = validation("domains", "domains_array_required",
                                 "domains must be an array of strings.");
                return false;
            }
            domains.push_back({d.string(), "pending"});
        }
        out = std::move(domains);
    }
    return true;
}

bool applyBody(const json::Value& body, model::Organization& org, bool creating, Response& err)
{
    if (const json::Value* name = body.find("name")) {
        if (!name->isString() || name->string().empty()) {
            err = validation("name", "name_string_required", "name must be a non-empty string.");
            return false;
        }
        org.name = name->string();
    } else if (creating) {
        err = validation("name", "name_string_required", "name is required.");
        return false;
    }
    std::optional<std::vector<model::Domain>> domains;
    if (!readDomains(body, domains, err))
        return false;
    if (domains)
        org.domains = std::move(*domains);
    if (const json::Value* external = body.find("external_id")) {
        if (external->isNull()) {
            org.externalId.reset();
        } else if (!external->isString()) {
            err = validation("external_id", "external_id_string_required",
                             "external_id must be a string.");
            return false;
        } else {
            if (std::optional<std::string> bad =
                    model::checkExternalId(external->string(), model::LimitsProfile::WorkOS)) {
                err = validation("external_id", "external_id_invalid", "external_id " + *bad);
                return false;
            }
            org.externalId = external->string();
        }
    }
    if (const json::Value* meta = body.find("metadata"); meta && !(meta->isNull() && !creating)) {
        std::optional<json::Value> bag = metadata(*meta, creating ? nullptr : &org.metadata, err);
        if (!bag)
            return false;
        org.metadata = std::move(*bag);
    }
    return true;
}

Response listOrganizations(Call& call)
{
    Response err;
    ListParams p;
    if (!listParams(call, p, err))
        return err;
    store::OrganizationQuery q;
    for (const QString& d : QString::fromStdString(call.query("domains")).split(u',')) {
        if (!d.trimmed().isEmpty())
            q.domains.push_back(d.trimmed().toStdString());
    }
    q.nameContains = call.query("search");
    q.byCreation = true;
    return pagedList<model::Organization>(
        p, "Organization", [&](const std::string& id) { return call.store().organization(id); },
        [&](bool descending, const std::string& cursor, int limit) {
            q.descending = descending;
            q.after = cursor;
            q.limit = limit;
            return call.store().findOrganizations(q);
        },
        organizationJson);
}

Response create(Call& call)
{
    std::string idempotency;
    if (const QByteArray key = call.request().header("idempotency-key");
        !key.isEmpty() && call.key())
        idempotency = call.key()->id + '\n' + key.toStdString();
    if (!idempotency.empty()) {
        if (std::optional<Response> seen = IdempotencyCache::instance().find(idempotency))
            return *seen;
    }
    Response err;
    std::optional<json::Value> b = body(call, err);
    if (!b)
        return err;
    model::Organization org;
    if (!applyBody(*b, org, true, err))
        return err;
    store::Result<model::Organization> made = call.store().createOrganization(std::move(org));
    if (!made)
        return storeError(made.error(), "Organization");
    Response r = object(organizationJson(*made), 201);
    if (!idempotency.empty())
        IdempotencyCache::instance().put(idempotency, r);
    return r;
}

store::Result<model::Organization> readOrganization(store::Store& s, const std::string& id)
{
    return s.organization(id);
}

Response get(Call& call)
{
    return getObject(call, "id", "Organization", readOrganization, organizationJson);
}

Response byExternalId(Call& call)
{
    return getObject(
        call, "external_id", "Organization",
        [](store::Store& s, const std::string& id) { return s.organizationByExternalId(id); },
        organizationJson);
}

Response update(Call& call)
{
    return updateObject<model::Organization>(
        call, "Organization", readOrganization,
        [](const json::Value& b, model::Organization& org, Response& err) {
            return applyBody(b, org, false, err);
        },
        [](store::Store& s, const model::Organization&, const model::Organization& org) {
            store::Result<model::Organization> updated = s.updateOrganization(org);
            return updated ? object(organizationJson(*updated))
                           : storeError(updated.error(), "Organization");
        });
}

// Every membership of the organization goes with it, page by page.
std::optional<Response> removeMemberships(store::Store& s, const std::string& id)
{
    store::MembershipQuery q;
    q.organizationId = id;
    q.limit = store::kMaxPageSize;
    for (;;) {
        store::Result<store::Page<model::Membership>> ms = s.findMemberships(q);
        if (!ms)
            return storeError(ms.error(), "Organization membership");
        for (const model::Membership& m : ms->items) {
            if (store::Error e = s.deleteMembership(m.id, m.version))
                return storeError(e, "Organization membership");
        }
        if (ms->next.empty())
            return std::nullopt;
        q.after = ms->next;
    }
}

Response remove(Call& call)
{
    return removeObject<model::Organization>(
        call, "Organization", readOrganization, removeMemberships,
        [](store::Store& s, const std::string& id, std::int64_t v) {
            return s.deleteOrganization(id, v);
        });
}

} // namespace

void addWorkOsOrganizationRoutes(Router& router)
{
    router.add("GET", u"/organizations"_s, Access::Read, listOrganizations);
    router.add("POST", u"/organizations"_s, Access::Write, create);
    router.add("GET", u"/organizations/external_id/{external_id}"_s, Access::Read, byExternalId,
               Speed::Quick);
    router.add("GET", u"/organizations/{id}"_s, Access::Read, get, Speed::Quick);
    router.add("PUT", u"/organizations/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/organizations/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
