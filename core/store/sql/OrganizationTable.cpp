#include "OrganizationTable.h"

#include "AuditLog.h"
#include "Counters.h"
#include "Cursor.h"
#include "MetadataIndex.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "UserTable.h"
#include "model/ModelJson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

json::Value domainsJson(const std::vector<model::Domain>& domains)
{
    json::Array a;
    for (const model::Domain& d : domains)
        a.push_back(json::Value::object({{"domain", d.domain}, {"state", d.state}}));
    return json::Value(std::move(a));
}

} // namespace

std::vector<model::Domain> OrganizationTable::domainsFrom(const json::Value& v)
{
    std::vector<model::Domain> out;
    if (!v.isArray())
        return out;
    for (const json::Value& d : v.array()) {
        const json::Value* name = d.find("domain");
        const json::Value* state = d.find("state");
        if (name && name->isString())
            out.push_back(
                {name->string(), state && state->isString() ? state->string() : "pending"});
    }
    return out;
}

const char* OrganizationTable::columns()
{
    return "o.id, o.name, o.external_id, o.domains, o.metadata, o.created_at, o.updated_at, "
           "o.version";
}

model::Organization OrganizationTable::readRow(const Statement& q, int f)
{
    model::Organization o;
    o.id = text(q, f);
    o.name = text(q, f + 1);
    o.externalId = optionalText(q, f + 2);
    o.domains = domainsFrom(jsonColumn(q, f + 3));
    o.metadata = jsonColumn(q, f + 4);
    o.createdAt = integer(q, f + 5);
    o.updatedAt = integer(q, f + 6);
    o.version = integer(q, f + 7);
    return o;
}

Result<OrganizationTable::Row> OrganizationTable::load(const char* sql, const QVariant& key,
                                                       std::string_view what,
                                                       std::string_view value)
{
    Statement& q = m_ctx.db.statement(sql);
    q.bindValue(0, key);
    std::optional<Row> row;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            row = Row{integer(r, 0), readRow(r, 1)};
            return false;
        }))
        return e;
    if (!row)
        return Error::notFound("organization with " + std::string(what), std::string(value));
    return std::move(*row);
}

Result<OrganizationTable::Row> OrganizationTable::byId(std::string_view id)
{
    return load("SELECT o.rid, o.id, o.name, o.external_id, o.domains, o.metadata, o.created_at,"
                " o.updated_at, o.version FROM organizations o WHERE o.id = ?",
                qs(id), "id", id);
}

Result<OrganizationTable::Row> OrganizationTable::byExternalId(std::string_view externalId)
{
    return load("SELECT o.rid, o.id, o.name, o.external_id, o.domains, o.metadata, o.created_at,"
                " o.updated_at, o.version FROM organizations o WHERE o.external_id = ?",
                qs(externalId), "external id", externalId);
}

Error OrganizationTable::validate(const model::Organization& o) const
{
    if (o.name.empty())
        return Error::make(ErrorKind::Invalid, "an organization needs a name", "name");
    if (o.name.size() > 512)
        return Error::make(ErrorKind::Invalid, "an organization's name is at most 512 bytes",
                           "name");
    if (!o.id.empty() && !model::isValidId(o.id, "org_"))
        return Error::make(ErrorKind::Invalid,
                           "\"" + o.id + "\" is not an organization id (org_ followed by a ULID)",
                           "id");
    if (o.externalId) {
        if (auto problem = model::checkExternalId(*o.externalId, m_ctx.limits))
            return Error::make(ErrorKind::Invalid, *problem, "external_id");
    }
    for (std::size_t i = 0; i < o.domains.size(); ++i) {
        const model::Domain& d = o.domains[i];
        const std::string field = "domains[" + std::to_string(i) + "]";
        if (d.domain.empty() || d.domain.find_first_of(" /@") != std::string::npos ||
            d.domain.size() > 253)
            return Error::make(ErrorKind::Invalid, "\"" + d.domain + "\" is not a domain name",
                               field + ".domain");
        if (d.state != "verified" && d.state != "pending" && d.state != "failed")
            return Error::make(ErrorKind::Invalid,
                               "a domain's state is verified, pending or failed, not \"" + d.state +
                                   "\"",
                               field + ".state");
    }
    if (!o.metadata.isObject())
        return Error::make(ErrorKind::Invalid, "metadata must be a JSON object", "metadata");
    if (auto v = model::checkMetadata(o.metadata, m_ctx.limits, "metadata"))
        return Error::make(ErrorKind::Limit, v->message,
                           "metadata" + (v->key.empty() ? "" : "." + v->key));
    return {};
}

Result<std::int64_t> OrganizationTable::write(const model::Organization& o, std::int64_t rid)
{
    Statement& q =
        rid == 0
            ? m_ctx.db.statement(
                  "INSERT INTO organizations (id, name, name_key, external_id, domains,"
                  " metadata, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " {RETURNING rid}")
            : m_ctx.db.statement(
                  "UPDATE organizations SET id = ?, name = ?, name_key = ?, external_id = ?,"
                  " domains = ?, metadata = ?, created_at = ?, updated_at = ?, version = ?"
                  " WHERE rid = ?");
    q.bindValue(0, qs(o.id));
    q.bindValue(1, qs(o.name));
    q.bindValue(2, qs(nameKey(o.name)));
    q.bindValue(3, optionalText(o.externalId));
    q.bindValue(4, jsonText(domainsJson(o.domains)));
    q.bindValue(5, jsonText(o.metadata));
    q.bindValue(6, static_cast<qlonglong>(o.createdAt));
    q.bindValue(7, static_cast<qlonglong>(o.updatedAt));
    q.bindValue(8, static_cast<qlonglong>(o.version));
    if (rid != 0)
        q.bindValue(9, static_cast<qlonglong>(rid));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (rid == 0) {
        rid = q.lastInsertId();
    }
    if (Error e = writeDomains(rid, o.domains))
        return e;
    return rid;
}

Error OrganizationTable::writeDomains(std::int64_t rid, const std::vector<model::Domain>& domains)
{
    Statement& del = m_ctx.db.statement("DELETE FROM organization_domains WHERE org_rid = ?");
    del.bindValue(0, static_cast<qlonglong>(rid));
    if (Error e = m_ctx.db.exec(del))
        return e;
    for (const model::Domain& d : domains) {
        Statement& q = m_ctx.db.statement("INSERT INTO organization_domains (domain, org_rid) "
                                          "VALUES (?, ?) ON CONFLICT DO NOTHING");
        q.bindValue(0, qs(fold(d.domain)));
        q.bindValue(1, static_cast<qlonglong>(rid));
        if (Error e = m_ctx.db.exec(q))
            return e;
    }
    return {};
}

Result<model::Organization> OrganizationTable::create(model::Organization o)
{
    if (Error e = validate(o))
        return e;
    if (o.id.empty())
        o.id = m_ctx.ids.next("org_");
    else if (byId(o.id))
        return Error::make(ErrorKind::Duplicate, "an organization with the id " + o.id + " exists",
                           "id", o.id);
    if (o.externalId) {
        if (Result<Row> holder = byExternalId(*o.externalId))
            return Error::make(ErrorKind::Duplicate,
                               "the external id " + *o.externalId + " belongs to organization " +
                                   holder->org.id,
                               "external_id", holder->org.id);
    }
    if (o.createdAt == 0)
        o.createdAt = m_ctx.clock.now();
    if (o.updatedAt == 0)
        o.updatedAt = o.createdAt;
    if (o.version <= 0)
        o.version = 1;
    Result<std::int64_t> rid = write(o, 0);
    if (!rid)
        return rid.error();
    static const json::Value empty{json::Object{}};
    if (Error e = m_ctx.metadata.update(MetadataObject::Organization, MetadataField::Metadata, *rid,
                                        empty, o.metadata))
        return e;
    if (Error e = addToCounter(m_ctx, "organizations", +1))
        return e;
    if (Error e = m_ctx.audit.record("organization.create", "organization", o.id, json::Value(),
                                     model::toJson(o)))
        return e;
    return o;
}

Result<model::Organization> OrganizationTable::update(const model::Organization& changed)
{
    Result<Row> current = byId(changed.id);
    if (!current)
        return current.error();
    if (current->org.version != changed.version)
        return Error::conflict("organization", changed.id, changed.version, current->org.version);
    if (Error e = validate(changed))
        return e;
    if (changed.externalId) {
        Result<Row> holder = byExternalId(*changed.externalId);
        if (holder && holder->rid != current->rid)
            return Error::make(ErrorKind::Duplicate,
                               "the external id " + *changed.externalId +
                                   " belongs to organization " + holder->org.id,
                               "external_id", holder->org.id);
    }
    model::Organization o = changed;
    o.createdAt = current->org.createdAt;
    o.updatedAt = std::max(m_ctx.clock.now(), current->org.updatedAt);
    o.version = current->org.version + 1;
    if (Result<std::int64_t> w = write(o, current->rid); !w)
        return w.error();
    if (Error e = m_ctx.metadata.update(MetadataObject::Organization, MetadataField::Metadata,
                                        current->rid, current->org.metadata, o.metadata))
        return e;
    if (Error e = m_ctx.audit.record("organization.update", "organization", o.id,
                                     model::toJson(current->org), model::toJson(o)))
        return e;
    return o;
}

Result<model::Organization> OrganizationTable::patchMetadata(std::string_view id,
                                                             const json::Value& patch,
                                                             std::int64_t expectedVersion)
{
    Result<Row> current = byId(id);
    if (!current)
        return current.error();
    if (current->org.version != expectedVersion)
        return Error::conflict("organization", std::string(id), expectedVersion,
                               current->org.version);
    std::optional<json::Value> merged = model::mergeMetadata(current->org.metadata, patch);
    if (!merged)
        return Error::make(ErrorKind::Invalid, "a metadata change must be a JSON object of keys",
                           "metadata");
    model::Organization o = current->org;
    o.metadata = std::move(*merged);
    return update(o);
}

Error OrganizationTable::remove(std::string_view id, std::int64_t expectedVersion)
{
    Result<Row> current = byId(id);
    if (!current)
        return current.error();
    if (current->org.version != expectedVersion)
        return Error::conflict("organization", std::string(id), expectedVersion,
                               current->org.version);
    static const json::Value empty{json::Object{}};
    if (Error e = m_ctx.metadata.update(MetadataObject::Organization, MetadataField::Metadata,
                                        current->rid, current->org.metadata, empty))
        return e;
    Statement& q = m_ctx.db.statement("DELETE FROM organizations WHERE rid = ?");
    q.bindValue(0, static_cast<qlonglong>(current->rid));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = addToCounter(m_ctx, "organizations", -1))
        return e;
    return m_ctx.audit.record("organization.delete", "organization", std::string(id),
                              model::toJson(current->org), json::Value());
}

Result<OrganizationTable::Built> OrganizationTable::build(const OrganizationQuery& query)
{
    Built b;
    b.limit = std::clamp(query.limit, 1, kMaxPageSize);
    QStringList where;
    QVariantList& args = b.args;
    if (!query.text.empty()) {
        const QString p = qs(nameKey(query.text));
        where << u"o.name_key >= ? AND o.name_key < ?"_s;
        args << p << QString(p + QString::fromUtf8("\xF4\x8F\xBF\xBF"));
    }
    if (!query.nameContains.empty()) {
        where << SqlDialect::contains(u"o.name_key"_s, m_ctx.db.dialect());
        args << qs(nameKey(query.nameContains));
    }
    if (!query.externalId.empty()) {
        where << u"o.external_id = ?"_s;
        args << qs(query.externalId);
    }
    if (!query.domain.empty()) {
        where
            << u"EXISTS (SELECT 1 FROM organization_domains d WHERE d.org_rid = o.rid AND d.domain = ?)"_s;
        args << qs(fold(query.domain));
    }
    if (!query.domains.empty()) {
        QStringList marks;
        for (const std::string& d : query.domains) {
            marks << u"?"_s;
            args << qs(fold(d));
        }
        where << u"EXISTS (SELECT 1 FROM organization_domains d WHERE d.org_rid = o.rid"
                 " AND d.domain IN (%1))"_s.arg(marks.join(u", "_s));
    }
    for (const MetadataCondition& c : query.metadata)
        where << MetadataConditions::probe(c, MetadataObject::Organization, u"o.rid"_s, args,
                                           m_ctx.db.dialect());
    // By name (ties in row order), or in creation order (ties by id).
    b.byId = query.byCreation;
    const QString sort = b.byId ? u"o.created_at"_s : u"o.name_key"_s;
    const QString tiebreak = b.byId ? u"o.id"_s : u"o.rid"_s;
    const QString direction = query.descending ? u" DESC"_s : QString();
    if (!query.after.empty()) {
        Result<Cursor> cursor = Cursor::decode(query.after, b.byId);
        if (!cursor)
            return cursor.error();
        where << u"("_s + sort + u", "_s + tiebreak + u") "_s +
                     (query.descending ? u"<"_s : u">"_s) + u" (?, ?)"_s;
        args << cursor->sortValue;
        if (b.byId)
            args << qs(cursor->id);
        else
            args << static_cast<qlonglong>(cursor->rid);
    }
    b.sql = u"SELECT o.rid, "_s + sort + u", "_s + QString::fromLatin1(columns()) +
            u" FROM organizations o"_s;
    if (!where.isEmpty())
        b.sql += u" WHERE "_s + where.join(u" AND "_s);
    b.sql += u" ORDER BY "_s + sort + direction + u", "_s + tiebreak + direction +
             u" LIMIT %1"_s.arg(b.limit + 1);
    return b;
}

Result<Page<model::Organization>> OrganizationTable::find(const OrganizationQuery& query)
{
    Result<Built> built = build(query);
    if (!built)
        return built.error();
    return readKeysetPage<model::Organization>(m_ctx.db, *built, &OrganizationTable::readRow);
}

Result<std::vector<std::string>> OrganizationTable::explain(const OrganizationQuery& query)
{
    Result<Built> built = build(query);
    if (!built)
        return built.error();
    return m_ctx.db.explain(built->sql, built->args);
}

Result<std::int64_t> OrganizationTable::count()
{
    return m_ctx.counters.value("organizations");
}

} // namespace claimsmith::store::sql
