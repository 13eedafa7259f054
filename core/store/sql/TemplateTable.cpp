#include "TemplateTable.h"

#include "AuditLog.h"
#include "SqlValues.h"
#include "model/ModelJson.h"
#include "template/Template.h"

#include <algorithm>

namespace claimsmith::store::sql {

namespace {

model::Template readTemplate(const Statement& q)
{
    model::Template t;
    t.name = text(q, 0);
    t.latestVersion = static_cast<int>(integer(q, 1));
    if (auto s = optionalInteger(q, 2))
        t.stagingVersion = static_cast<int>(*s);
    if (auto p = optionalInteger(q, 3))
        t.productionVersion = static_cast<int>(*p);
    t.createdAt = integer(q, 4);
    t.updatedAt = integer(q, 5);
    t.version = integer(q, 6);
    return t;
}

model::TemplateVersion readVersion(const Statement& q)
{
    model::TemplateVersion v;
    v.templateName = text(q, 0);
    v.number = static_cast<int>(integer(q, 1));
    v.content = text(q, 2);
    v.author = text(q, 3);
    v.comment = text(q, 4);
    v.createdAt = integer(q, 5);
    return v;
}

bool validName(std::string_view name)
{
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

} // namespace

Error TemplateTable::checkContent(std::string_view content) const
{
    const tmpl::Template t = tmpl::Template::compile(content);
    for (const tmpl::Diagnostic& d : t.diagnostics()) {
        if (d.severity == tmpl::Severity::Error)
            return Error::make(ErrorKind::Invalid,
                               "the template has errors, so it cannot be saved as a version; the "
                               "first is at line " +
                                   std::to_string(d.start.line) + ", column " +
                                   std::to_string(d.start.column) + ": " + d.message + " [" +
                                   d.code + "]",
                               "content");
    }
    return {};
}

Result<std::vector<model::Template>> TemplateTable::all()
{
    Statement& q = m_ctx.db.statement("SELECT name, latest_version, staging_version, "
                                      "production_version, created_at, updated_at, version"
                                      " FROM templates ORDER BY name");
    std::vector<model::Template> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readTemplate(r));
            return true;
        }))
        return e;
    return out;
}

Result<model::Template> TemplateTable::byName(std::string_view name)
{
    Statement& q = m_ctx.db.statement("SELECT name, latest_version, staging_version, "
                                      "production_version, created_at, updated_at, version"
                                      " FROM templates WHERE name = ?");
    q.bindValue(0, qs(name));
    std::optional<model::Template> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = readTemplate(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::notFound("template", std::string(name));
    return std::move(*found);
}

Result<std::vector<model::TemplateVersion>> TemplateTable::versions(std::string_view name)
{
    if (Result<model::Template> t = byName(name); !t)
        return t.error();
    Statement& q = m_ctx.db.statement(
        "SELECT template, number, content, author, comment, created_at FROM template_versions"
        " WHERE template = ? ORDER BY number DESC");
    q.bindValue(0, qs(name));
    std::vector<model::TemplateVersion> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readVersion(r));
            return true;
        }))
        return e;
    return out;
}

Result<model::TemplateVersion> TemplateTable::version(std::string_view name, int number)
{
    Statement& q = m_ctx.db.statement(
        "SELECT template, number, content, author, comment, created_at FROM template_versions"
        " WHERE template = ? AND number = ?");
    q.bindValue(0, qs(name));
    q.bindValue(1, number);
    std::optional<model::TemplateVersion> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = readVersion(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::notFound("version " + std::to_string(number) + " of template",
                               std::string(name));
    return std::move(*found);
}

Result<model::TemplateVersion> TemplateTable::insertVersion(std::string_view name, int number,
                                                            std::string_view content,
                                                            std::string_view comment)
{
    model::TemplateVersion v;
    v.templateName = std::string(name);
    v.number = number;
    v.content = std::string(content);
    v.author = m_ctx.actor;
    v.comment = std::string(comment);
    v.createdAt = m_ctx.clock.now();
    if (Error e = writeVersion(v))
        return e;
    return v;
}

Error TemplateTable::writeVersion(const model::TemplateVersion& v)
{
    Statement& q = m_ctx.db.statement(
        "INSERT INTO template_versions (template, number, content, author, comment, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)");
    q.bindValue(0, qs(v.templateName));
    q.bindValue(1, v.number);
    q.bindValue(2, qs(v.content));
    q.bindValue(3, qs(v.author));
    q.bindValue(4, qs(v.comment));
    q.bindValue(5, static_cast<qlonglong>(v.createdAt));
    return m_ctx.db.exec(q);
}

Result<model::Template> TemplateTable::create(std::string_view name, std::string_view content,
                                              std::string_view comment)
{
    if (!validName(name))
        return Error::make(
            ErrorKind::Invalid,
            "a template name is 1-64 lower-case letters, digits, '-' or '_', not \"" +
                std::string(name) + "\"",
            "name");
    if (byName(name))
        return Error::make(ErrorKind::Duplicate,
                           "a template named " + std::string(name) + " exists", "name",
                           std::string(name));
    if (Error e = checkContent(content))
        return e;
    model::Template t;
    t.name = std::string(name);
    t.latestVersion = 1;
    t.createdAt = t.updatedAt = m_ctx.clock.now();
    t.version = 1;
    Statement& q = m_ctx.db.statement("INSERT INTO templates (name, latest_version, created_at, "
                                      "updated_at, version) VALUES (?, 1, ?, ?, 1)");
    q.bindValue(0, qs(t.name));
    q.bindValue(1, static_cast<qlonglong>(t.createdAt));
    q.bindValue(2, static_cast<qlonglong>(t.updatedAt));
    if (Error e = m_ctx.db.exec(q))
        return e;
    Result<model::TemplateVersion> v = insertVersion(name, 1, content, comment);
    if (!v)
        return v.error();
    if (Error e = m_ctx.audit.recordRaw(
            "template.create", "template", t.name, json::Value(),
            json::Value::object({{"version", 1}, {"comment", std::string(comment)}})))
        return e;
    return t;
}

Result<model::TemplateVersion> TemplateTable::addVersion(std::string_view name,
                                                         std::string_view content,
                                                         std::string_view comment,
                                                         std::int64_t expectedVersion)
{
    Result<model::Template> t = byName(name);
    if (!t)
        return t.error();
    if (t->version != expectedVersion)
        return Error::conflict("template", std::string(name), expectedVersion, t->version);
    if (Error e = checkContent(content))
        return e;
    const int number = t->latestVersion + 1;
    Result<model::TemplateVersion> v = insertVersion(name, number, content, comment);
    if (!v)
        return v.error();
    Statement& q = m_ctx.db.statement("UPDATE templates SET latest_version = ?, updated_at = ?, "
                                      "version = version + 1 WHERE name = ?");
    q.bindValue(0, number);
    q.bindValue(1, static_cast<qlonglong>(v->createdAt));
    q.bindValue(2, qs(name));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.recordRaw(
            "template.version", "template", std::string(name),
            json::Value::object({{"latest_version", t->latestVersion}}),
            json::Value::object({{"latest_version", number}, {"comment", std::string(comment)}})))
        return e;
    return v;
}

Result<model::Template> TemplateTable::restore(const model::Template& t,
                                               const std::vector<model::TemplateVersion>& versions)
{
    if (!validName(t.name))
        return Error::make(
            ErrorKind::Invalid,
            "a template name is 1-64 lower-case letters, digits, '-' or '_', not \"" + t.name +
                "\"",
            "name");
    if (byName(t.name))
        return Error::make(ErrorKind::Duplicate, "a template named " + t.name + " exists", "name",
                           t.name);
    const std::string where = "template " + t.name + ": ";
    if (versions.empty() || static_cast<int>(versions.size()) != t.latestVersion)
        return Error::make(ErrorKind::Invalid,
                           where + "its latest version is " + std::to_string(t.latestVersion) +
                               " but " + std::to_string(versions.size()) + " versions were given",
                           "versions");
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const model::TemplateVersion& v = versions[i];
        if (v.number != static_cast<int>(i) + 1)
            return Error::make(ErrorKind::Invalid,
                               where + "versions must be numbered 1, 2, … in order; version " +
                                   std::to_string(i + 1) + " is numbered " +
                                   std::to_string(v.number),
                               "versions");
        if (Error e = checkContent(v.content)) {
            e.message = where + "version " + std::to_string(v.number) + ": " + e.message;
            e.field = "versions[" + std::to_string(i) + "].content";
            return e;
        }
    }
    for (const std::optional<int>& env : {t.stagingVersion, t.productionVersion}) {
        if (env && (*env < 1 || *env > t.latestVersion))
            return Error::make(ErrorKind::Invalid,
                               where +
                                   "staging and production must name one of its versions, not " +
                                   std::to_string(*env),
                               "versions");
    }
    // Times the record leaves out are now.
    const model::Millis now = m_ctx.clock.now();
    model::Template out = t;
    if (out.version <= 0)
        out.version = 1;
    if (out.createdAt == 0)
        out.createdAt = now;
    if (out.updatedAt == 0)
        out.updatedAt = out.createdAt;
    Statement& q = m_ctx.db.statement(
        "INSERT INTO templates (name, latest_version, staging_version, production_version,"
        " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, qs(out.name));
    q.bindValue(1, out.latestVersion);
    q.bindValue(2, out.stagingVersion ? QVariant(*out.stagingVersion) : QVariant());
    q.bindValue(3, out.productionVersion ? QVariant(*out.productionVersion) : QVariant());
    q.bindValue(4, static_cast<qlonglong>(out.createdAt));
    q.bindValue(5, static_cast<qlonglong>(out.updatedAt));
    q.bindValue(6, static_cast<qlonglong>(out.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    for (model::TemplateVersion v : versions) {
        v.templateName = out.name;
        if (v.createdAt == 0)
            v.createdAt = now;
        if (Error e = writeVersion(v))
            return e;
    }
    json::Value after = json::Value::object({{"versions", out.latestVersion}});
    after.set("staging", out.stagingVersion ? json::Value(*out.stagingVersion) : json::Value());
    after.set("production",
              out.productionVersion ? json::Value(*out.productionVersion) : json::Value());
    if (Error e =
            m_ctx.audit.recordRaw("template.restore", "template", out.name, json::Value(), after))
        return e;
    return out;
}

Result<model::Template> TemplateTable::promote(std::string_view name, int number,
                                               std::string_view environment,
                                               std::int64_t expectedVersion, std::string_view note)
{
    if (environment != "staging" && environment != "production")
        return Error::make(ErrorKind::Invalid,
                           "templates are promoted to staging or production, not \"" +
                               std::string(environment) + "\"",
                           "environment");
    Result<model::Template> t = byName(name);
    if (!t)
        return t.error();
    if (t->version != expectedVersion)
        return Error::conflict("template", std::string(name), expectedVersion, t->version);
    Result<model::TemplateVersion> v = version(name, number);
    if (!v)
        return v.error();
    if (Error e = checkContent(v->content))
        return e;
    const bool production = environment == "production";
    const std::optional<int> before = production ? t->productionVersion : t->stagingVersion;
    Statement& q =
        production
            ? m_ctx.db.statement("UPDATE templates SET production_version = ?, updated_at = ?,"
                                 " version = version + 1 WHERE name = ?")
            : m_ctx.db.statement("UPDATE templates SET staging_version = ?, updated_at = ?,"
                                 " version = version + 1 WHERE name = ?");
    const model::Millis now = std::max(m_ctx.clock.now(), t->updatedAt);
    q.bindValue(0, number);
    q.bindValue(1, static_cast<qlonglong>(now));
    q.bindValue(2, qs(name));
    if (Error e = m_ctx.db.exec(q))
        return e;
    json::Value after = json::Value::object({{std::string(environment), number}});
    if (!note.empty())
        after.set("note", std::string(note));
    if (Error e = m_ctx.audit.recordRaw(
            "template.promote", "template", std::string(name),
            json::Value::object(
                {{std::string(environment), before ? json::Value(*before) : json::Value()}}),
            after))
        return e;
    (production ? t->productionVersion : t->stagingVersion) = number;
    t->updatedAt = now;
    t->version += 1;
    return t;
}

} // namespace claimsmith::store::sql
