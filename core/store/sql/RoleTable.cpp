#include "RoleTable.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "model/ModelJson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

json::Value slugsJson(const std::vector<std::string>& slugs)
{
    json::Array a;
    for (const std::string& s : slugs)
        a.push_back(json::Value(s));
    return json::Value(std::move(a));
}

model::Role readRole(const Statement& q)
{
    model::Role r;
    r.slug = text(q, 0);
    r.name = text(q, 1);
    r.description = text(q, 2);
    const json::Value perms = jsonColumn(q, 3);
    if (perms.isArray()) {
        for (const json::Value& p : perms.array()) {
            if (p.isString())
                r.permissions.push_back(p.string());
        }
    }
    r.version = integer(q, 4);
    return r;
}

} // namespace

Error RoleTable::checkSlug(std::string_view slug, const char* what) const
{
    // Slugs go into tokens and URLs: letters, digits and - _ : . only.
    const bool ok =
        !slug.empty() && slug.size() <= 100 && std::all_of(slug.begin(), slug.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '_' || c == ':' || c == '.';
        });
    if (!ok)
        return Error::make(ErrorKind::Invalid,
                           std::string("a ") + what +
                               " slug is 1-100 letters, digits, '-', '_', ':' or '.', not \"" +
                               std::string(slug) + "\"",
                           "slug");
    return {};
}

Result<std::optional<model::Permission>> RoleTable::permission(std::string_view slug)
{
    Statement& q = m_ctx.db.statement(
        "SELECT slug, name, description, version FROM permissions WHERE slug = ?");
    q.bindValue(0, qs(slug));
    std::optional<model::Permission> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = model::Permission{text(r, 0), text(r, 1), text(r, 2), integer(r, 3)};
            return false;
        }))
        return e;
    return found;
}

Result<std::vector<model::Permission>> RoleTable::permissions()
{
    Statement& q = m_ctx.db.statement(
        "SELECT slug, name, description, version FROM permissions ORDER BY slug");
    std::vector<model::Permission> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back({text(r, 0), text(r, 1), text(r, 2), integer(r, 3)});
            return true;
        }))
        return e;
    return out;
}

Result<model::Permission> RoleTable::createPermission(model::Permission p)
{
    if (Error e = checkSlug(p.slug, "permission"))
        return e;
    auto existing = permission(p.slug);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make(ErrorKind::Duplicate, "the permission " + p.slug + " exists", "slug",
                           p.slug);
    if (p.version <= 0)
        p.version = 1;
    Statement& q = m_ctx.db.statement(
        "INSERT INTO permissions (slug, name, description, version) VALUES (?, ?, ?, ?)");
    q.bindValue(0, qs(p.slug));
    q.bindValue(1, qs(p.name));
    q.bindValue(2, qs(p.description));
    q.bindValue(3, static_cast<qlonglong>(p.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.record("permission.create", "permission", p.slug, json::Value(),
                                     model::toJson(p)))
        return e;
    return p;
}

Result<model::Permission> RoleTable::updatePermission(const model::Permission& changed)
{
    auto current = permission(changed.slug);
    if (!current)
        return current.error();
    if (!*current)
        return Error::notFound("permission", changed.slug);
    if ((*current)->version != changed.version)
        return Error::conflict("permission", changed.slug, changed.version, (*current)->version);
    model::Permission p = changed;
    p.version = (*current)->version + 1;
    Statement& q = m_ctx.db.statement(
        "UPDATE permissions SET name = ?, description = ?, version = ? WHERE slug = ?");
    q.bindValue(0, qs(p.name));
    q.bindValue(1, qs(p.description));
    q.bindValue(2, static_cast<qlonglong>(p.version));
    q.bindValue(3, qs(p.slug));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.record("permission.update", "permission", p.slug,
                                     model::toJson(**current), model::toJson(p)))
        return e;
    return p;
}

Error RoleTable::removePermission(std::string_view slug, std::int64_t expectedVersion)
{
    auto current = permission(slug);
    if (!current)
        return current.error();
    if (!*current)
        return Error::notFound("permission", std::string(slug));
    if ((*current)->version != expectedVersion)
        return Error::conflict("permission", std::string(slug), expectedVersion,
                               (*current)->version);
    Result<std::vector<model::Role>> all = roles();
    if (!all)
        return all.error();
    std::string users;
    for (const model::Role& r : *all) {
        if (std::find(r.permissions.begin(), r.permissions.end(), slug) != r.permissions.end())
            users += (users.empty() ? "" : ", ") + r.slug;
    }
    if (!users.empty())
        return Error::make(ErrorKind::Invalid,
                           "the permission " + std::string(slug) + " is granted by the roles " +
                               users + "; remove it from them first",
                           "slug", std::string(slug));
    Statement& q = m_ctx.db.statement("DELETE FROM permissions WHERE slug = ?");
    q.bindValue(0, qs(slug));
    if (Error e = m_ctx.db.exec(q))
        return e;
    return m_ctx.audit.record("permission.delete", "permission", std::string(slug),
                              model::toJson(**current), json::Value());
}

Result<std::vector<model::Role>> RoleTable::roles()
{
    Statement& q = m_ctx.db.statement(
        "SELECT slug, name, description, permissions, version FROM roles ORDER BY slug");
    std::vector<model::Role> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readRole(r));
            return true;
        }))
        return e;
    return out;
}

Result<model::Role> RoleTable::role(std::string_view slug)
{
    Statement& q = m_ctx.db.statement(
        "SELECT slug, name, description, permissions, version FROM roles WHERE slug = ?");
    q.bindValue(0, qs(slug));
    std::optional<model::Role> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = readRole(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::notFound("role", std::string(slug));
    return std::move(*found);
}

Error RoleTable::checkPermissions(const model::Role& r)
{
    for (std::size_t i = 0; i < r.permissions.size(); ++i) {
        auto p = permission(r.permissions[i]);
        if (!p)
            return p.error();
        if (!*p)
            return Error::make(ErrorKind::Invalid,
                               "there is no permission \"" + r.permissions[i] +
                                   "\"; create it first",
                               "permissions[" + std::to_string(i) + "]");
    }
    return {};
}

Result<model::Role> RoleTable::createRole(model::Role r)
{
    if (Error e = checkSlug(r.slug, "role"))
        return e;
    if (role(r.slug))
        return Error::make(ErrorKind::Duplicate, "the role " + r.slug + " exists", "slug", r.slug);
    if (Error e = checkPermissions(r))
        return e;
    if (r.version <= 0)
        r.version = 1;
    Statement& q = m_ctx.db.statement(
        "INSERT INTO roles (slug, name, description, permissions, version) VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, qs(r.slug));
    q.bindValue(1, qs(r.name));
    q.bindValue(2, qs(r.description));
    q.bindValue(3, jsonText(slugsJson(r.permissions)));
    q.bindValue(4, static_cast<qlonglong>(r.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e =
            m_ctx.audit.record("role.create", "role", r.slug, json::Value(), model::toJson(r)))
        return e;
    return r;
}

Result<model::Role> RoleTable::updateRole(const model::Role& changed)
{
    Result<model::Role> current = role(changed.slug);
    if (!current)
        return current.error();
    if (current->version != changed.version)
        return Error::conflict("role", changed.slug, changed.version, current->version);
    if (Error e = checkPermissions(changed))
        return e;
    model::Role r = changed;
    r.version = current->version + 1;
    Statement& q = m_ctx.db.statement(
        "UPDATE roles SET name = ?, description = ?, permissions = ?, version = ? WHERE slug = ?");
    q.bindValue(0, qs(r.name));
    q.bindValue(1, qs(r.description));
    q.bindValue(2, jsonText(slugsJson(r.permissions)));
    q.bindValue(3, static_cast<qlonglong>(r.version));
    q.bindValue(4, qs(r.slug));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.record("role.update", "role", r.slug, model::toJson(*current),
                                     model::toJson(r)))
        return e;
    return r;
}

Error RoleTable::removeRole(std::string_view slug, std::int64_t expectedVersion)
{
    Result<model::Role> current = role(slug);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return Error::conflict("role", std::string(slug), expectedVersion, current->version);
    // Role slugs are stored as a JSON array; the quoted slug cannot occur otherwise.
    Statement& used = m_ctx.db.statement("RoleTable::usedBy",
                                         u"SELECT count(*) FROM memberships WHERE "_s +
                                             SqlDialect::contains(u"roles"_s, m_ctx.db.dialect()));
    used.bindValue(0, qs(json::toString(json::Value(std::string(slug)))));
    std::int64_t n = 0;
    if (Error e = m_ctx.db.select(used, [&](const Statement& r) {
            n = integer(r, 0);
            return false;
        }))
        return e;
    if (n > 0)
        return Error::make(ErrorKind::Invalid,
                           "the role " + std::string(slug) + " is held by " + std::to_string(n) +
                               " memberships; change their roles first",
                           "slug", std::string(slug));
    Statement& q = m_ctx.db.statement("DELETE FROM roles WHERE slug = ?");
    q.bindValue(0, qs(slug));
    if (Error e = m_ctx.db.exec(q))
        return e;
    return m_ctx.audit.record("role.delete", "role", std::string(slug), model::toJson(*current),
                              json::Value());
}

} // namespace claimsmith::store::sql
