#include "MembershipTable.h"

#include "AuditLog.h"
#include "Cursor.h"
#include "SqlValues.h"
#include "model/ModelJson.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

const char* const kSelect =
    "SELECT m.rid, m.id, u.id, o.id, m.roles, m.status, m.custom_attributes, m.created_at,"
    " m.updated_at, m.version FROM memberships m JOIN users u ON u.rid = m.user_rid"
    " JOIN organizations o ON o.rid = m.org_rid WHERE ";

model::Membership readRow(const Statement& q)
{
    model::Membership m;
    m.id = text(q, 1);
    m.userId = text(q, 2);
    m.organizationId = text(q, 3);
    const json::Value roles = jsonColumn(q, 4);
    if (roles.isArray()) {
        for (const json::Value& r : roles.array()) {
            if (r.isString())
                m.roles.push_back(r.string());
        }
    }
    m.status = text(q, 5);
    m.customAttributes = jsonColumn(q, 6);
    m.createdAt = integer(q, 7);
    m.updatedAt = integer(q, 8);
    m.version = integer(q, 9);
    return m;
}

json::Value rolesJson(const std::vector<std::string>& roles)
{
    json::Array a;
    for (const std::string& r : roles)
        a.push_back(json::Value(r));
    return json::Value(std::move(a));
}

} // namespace

Result<std::optional<std::pair<std::int64_t, model::Membership>>>
MembershipTable::load(const char* where, const QVariantList& args)
{
    Statement& q = m_ctx.db.statement(
        where, QString(QString::fromLatin1(kSelect) + QString::fromLatin1(where)));
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args[i]);
    std::optional<std::pair<std::int64_t, model::Membership>> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = std::make_pair(integer(r, 0), readRow(r));
            return false;
        }))
        return e;
    return found;
}

Result<std::pair<std::int64_t, std::int64_t>>
MembershipTable::ridsOf(std::string_view userId, std::string_view organizationId)
{
    Statement& q = m_ctx.db.statement("SELECT (SELECT rid FROM users WHERE id = ?),"
                                      " (SELECT rid FROM organizations WHERE id = ?)");
    q.bindText(0, userId);
    q.bindText(1, organizationId);
    std::int64_t user = 0;
    std::int64_t org = 0;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            user = r.isNull(0) ? 0 : integer(r, 0);
            org = r.isNull(1) ? 0 : integer(r, 1);
            return false;
        }))
        return e;
    if (user == 0) {
        Error e = Error::notFound("user", std::string(userId));
        e.field = "user_id";
        return e;
    }
    if (org == 0) {
        Error e = Error::notFound("organization", std::string(organizationId));
        e.field = "organization_id";
        return e;
    }
    return std::make_pair(user, org);
}

Error MembershipTable::validate(const model::Membership& m, const std::set<std::string>* roles)
{
    if (m.status != "active" && m.status != "pending" && m.status != "inactive")
        return Error::make(ErrorKind::Invalid,
                           "a membership's status is active, pending or inactive, not \"" +
                               m.status + "\"",
                           "status");
    for (std::size_t i = 0; i < m.roles.size(); ++i) {
        bool exists = false;
        if (roles) {
            exists = roles->contains(m.roles[i]);
        } else {
            Statement& q = m_ctx.db.statement("SELECT 1 FROM roles WHERE slug = ?");
            q.bindValue(0, qs(m.roles[i]));
            if (Error e = m_ctx.db.select(q, [&](const Statement&) {
                    exists = true;
                    return false;
                }))
                return e;
        }
        if (!exists)
            return Error::make(ErrorKind::Invalid,
                               "there is no role \"" + m.roles[i] +
                                   "\"; create it under Roles & Permissions first",
                               "roles[" + std::to_string(i) + "]");
    }
    if (!m.customAttributes.isObject())
        return Error::make(ErrorKind::Invalid, "custom_attributes must be a JSON object",
                           "custom_attributes");
    if (auto v = model::checkMetadata(m.customAttributes, model::LimitsProfile::Default,
                                      "custom_attributes"))
        return Error::make(ErrorKind::Limit, v->message, "custom_attributes." + v->key);
    return {};
}

Result<model::Membership> MembershipTable::create(model::Membership m)
{
    Result<std::pair<std::int64_t, std::int64_t>> rids = ridsOf(m.userId, m.organizationId);
    if (!rids)
        return rids.error();
    const auto [user, org] = *rids;
    if (Error e = validate(m))
        return e;
    if (!m.id.empty() && !model::isValidId(m.id, "om_"))
        return Error::make(ErrorKind::Invalid,
                           "\"" + m.id + "\" is not a membership id (om_ followed by a ULID)",
                           "id");
    complete(m);
    Statement& q = m_ctx.db.statement("INSERT INTO memberships (id, user_rid, org_rid, roles, "
                                      "status, custom_attributes, created_at,"
                                      " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT DO NOTHING");
    q.bindValue(0, qs(m.id));
    q.bindValue(1, static_cast<qlonglong>(user));
    q.bindValue(2, static_cast<qlonglong>(org));
    q.bindValue(3, jsonText(rolesJson(m.roles)));
    q.bindValue(4, qs(m.status));
    q.bindValue(5, jsonText(m.customAttributes));
    q.bindValue(6, static_cast<qlonglong>(m.createdAt));
    q.bindValue(7, static_cast<qlonglong>(m.updatedAt));
    q.bindValue(8, static_cast<qlonglong>(m.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (q.numRowsAffected() != 1) {
        // The insert checked that the user is not a member of the
        // organization yet and that the id is free (one round trip on
        // PostgreSQL instead of a lookup before it); say which it was.
        Result<model::Membership> existing = of(m.userId, m.organizationId);
        if (existing)
            return Error::make(ErrorKind::Duplicate,
                               "user " + m.userId + " is already a member of " + m.organizationId +
                                   " (membership " + existing->id +
                                   "); change that membership's roles instead",
                               "organization_id", existing->id);
        return Error::make(ErrorKind::Duplicate, "that id is already taken", "id");
    }
    if (Error e = m_ctx.audit.record("membership.create", "membership", m.id, json::Value(),
                                     model::toJson(m)))
        return e;
    return m;
}

void MembershipTable::complete(model::Membership& m)
{
    if (m.id.empty())
        m.id = m_ctx.ids.next("om_");
    if (m.createdAt == 0)
        m.createdAt = m_ctx.clock.now();
    if (m.updatedAt == 0)
        m.updatedAt = m.createdAt;
    if (m.version <= 0)
        m.version = 1;
}

Error MembershipTable::createAll(std::vector<model::Membership>& memberships)
{
    if (!m_ctx.inBatch)
        return Error::make(ErrorKind::Internal, "memberships are created together only in a batch");
    const Error refused = Error::make(ErrorKind::Invalid, "some of the memberships are refused");
    std::set<std::string> roles;
    Statement& q = m_ctx.db.statement("SELECT slug FROM roles");
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            roles.insert(text(r, 0));
            return true;
        }))
        return e;
    // The row keys of the users and the organizations, each list once.
    std::unordered_map<std::string, std::int64_t> users;
    std::unordered_map<std::string, std::int64_t> orgs;
    QVariantList userIds;
    QVariantList orgIds;
    for (const model::Membership& m : memberships) {
        if (users.emplace(m.userId, 0).second)
            userIds << qs(m.userId);
        if (orgs.emplace(m.organizationId, 0).second)
            orgIds << qs(m.organizationId);
    }
    if (Error e = m_ctx.db.selectIn("SELECT id, rid FROM users WHERE id IN ({keys})", userIds,
                                    [&](const Statement& r) {
                                        users[text(r, 0)] = integer(r, 1);
                                        return true;
                                    }))
        return e;
    if (Error e = m_ctx.db.selectIn("SELECT id, rid FROM organizations WHERE id IN ({keys})",
                                    orgIds, [&](const Statement& r) {
                                        orgs[text(r, 0)] = integer(r, 1);
                                        return true;
                                    }))
        return e;
    for (const model::Membership& m : memberships) {
        if (users[m.userId] == 0 || orgs[m.organizationId] == 0)
            return refused;
        if (validate(m, &roles))
            return refused;
        if (!m.id.empty() && !model::isValidId(m.id, "om_"))
            return refused;
    }
    QVariantList values;
    values.reserve(static_cast<qsizetype>(memberships.size()) * 9);
    for (model::Membership& m : memberships) {
        complete(m);
        values << qs(m.id) << static_cast<qlonglong>(users[m.userId])
               << static_cast<qlonglong>(orgs[m.organizationId]) << jsonText(rolesJson(m.roles))
               << qs(m.status) << jsonText(m.customAttributes)
               << static_cast<qlonglong>(m.createdAt) << static_cast<qlonglong>(m.updatedAt)
               << static_cast<qlonglong>(m.version);
    }
    // A membership of a pair that has one, or with a taken id, is skipped
    // by the insert and missing from what it returns.
    std::size_t inserted = 0;
    if (Error e = m_ctx.db.insertRows(
            "INSERT INTO memberships (id, user_rid, org_rid, roles, status, custom_attributes,"
            " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING RETURNING rid",
            9, values, [&](const Statement&) {
                ++inserted;
                return true;
            }))
        return e;
    if (inserted != memberships.size())
        return Error::make(ErrorKind::Duplicate, "some of the memberships are taken");
    m_ctx.audit.countBatchWrites(static_cast<std::int64_t>(memberships.size()));
    return {};
}

Result<model::Membership> MembershipTable::byId(std::string_view id)
{
    auto found = load("m.id = ?", {qs(id)});
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("membership", std::string(id));
    return (*found)->second;
}

Result<model::Membership> MembershipTable::of(std::string_view userId,
                                              std::string_view organizationId)
{
    auto found = load("u.id = ? AND o.id = ?", {qs(userId), qs(organizationId)});
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("membership of user " + std::string(userId) + " in organization",
                               std::string(organizationId));
    return (*found)->second;
}

Result<model::Membership> MembershipTable::update(const model::Membership& changed)
{
    auto found = load("m.id = ?", {qs(changed.id)});
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("membership", changed.id);
    const model::Membership& current = (*found)->second;
    if (current.version != changed.version)
        return Error::conflict("membership", changed.id, changed.version, current.version);
    if (changed.userId != current.userId || changed.organizationId != current.organizationId)
        return Error::make(
            ErrorKind::Invalid,
            "a membership's user and organization cannot change; delete it and create another",
            changed.userId != current.userId ? "user_id" : "organization_id");
    if (Error e = validate(changed))
        return e;
    model::Membership m = changed;
    m.createdAt = current.createdAt;
    m.updatedAt = std::max(m_ctx.clock.now(), current.updatedAt);
    m.version = current.version + 1;
    Statement& q = m_ctx.db.statement("UPDATE memberships SET roles = ?, status = ?, "
                                      "custom_attributes = ?, updated_at = ?, version = ?"
                                      " WHERE rid = ?");
    q.bindValue(0, jsonText(rolesJson(m.roles)));
    q.bindValue(1, qs(m.status));
    q.bindValue(2, jsonText(m.customAttributes));
    q.bindValue(3, static_cast<qlonglong>(m.updatedAt));
    q.bindValue(4, static_cast<qlonglong>(m.version));
    q.bindValue(5, static_cast<qlonglong>((*found)->first));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.record("membership.update", "membership", m.id,
                                     model::toJson(current), model::toJson(m)))
        return e;
    return m;
}

Error MembershipTable::remove(std::string_view id, std::int64_t expectedVersion)
{
    auto found = load("m.id = ?", {qs(id)});
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("membership", std::string(id));
    if ((*found)->second.version != expectedVersion)
        return Error::conflict("membership", std::string(id), expectedVersion,
                               (*found)->second.version);
    Statement& q = m_ctx.db.statement("DELETE FROM memberships WHERE rid = ?");
    q.bindValue(0, static_cast<qlonglong>((*found)->first));
    if (Error e = m_ctx.db.exec(q))
        return e;
    return m_ctx.audit.record("membership.delete", "membership", std::string(id),
                              model::toJson((*found)->second), json::Value());
}

Statement& MembershipTable::ofUsers(std::size_t count, std::size_t& placeholders)
{
    // One cached statement per size class; the ids are padded with the last.
    static constexpr std::size_t kSlots[] = {16, 128, static_cast<std::size_t>(kMaxPageSize)};
    static const char* const kKeys[] = {"memberships of 16 users", "memberships of 128 users",
                                        "memberships of a page of users"};
    std::size_t c = 0;
    while (c + 1 < std::size(kSlots) && kSlots[c] < count)
        ++c;
    placeholders = kSlots[c];
    QStringList marks;
    for (std::size_t i = 0; i < placeholders; ++i)
        marks << u"?"_s;
    // From the users' rows to their memberships (the unique index on
    // user_rid), not a walk of every membership in rid order.
    return m_ctx.db.statement(
        kKeys[c], QString::fromLatin1(kSelect) +
                      u"m.user_rid IN (SELECT rid FROM users WHERE id IN (%1))"
                      " AND m.rid > ? ORDER BY m.rid LIMIT ?"_s.arg(marks.join(u", "_s)));
}

Result<MembershipTable::Built> MembershipTable::build(const MembershipQuery& query)
{
    Built b;
    b.limit = std::clamp(query.limit, 1, kMaxPageSize);
    b.byId = query.byCreation;
    QStringList where{u"1 = 1"_s};
    QVariantList& args = b.args;
    // The user's and the organization's row ids first, so that the walk
    // starts from their memberships (memberships_org_created in creation order).
    if (!query.userId.empty()) {
        where << u"m.user_rid = (SELECT rid FROM users WHERE id = ?)"_s;
        args << qs(query.userId);
    }
    if (!query.organizationId.empty()) {
        where << u"m.org_rid = (SELECT rid FROM organizations WHERE id = ?)"_s;
        args << qs(query.organizationId);
    }
    if (!query.userIds.empty()) {
        QStringList marks;
        for (const std::string& id : query.userIds) {
            marks << u"?"_s;
            args << qs(id);
        }
        where << u"m.user_rid IN (SELECT rid FROM users WHERE id IN (%1))"_s.arg(
            marks.join(u", "_s));
    }
    if (!query.statuses.empty()) {
        QStringList marks;
        for (const std::string& status : query.statuses) {
            marks << u"?"_s;
            args << qs(status);
        }
        where << u"m.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    const QString direction = query.descending ? u" DESC"_s : QString();
    const QString beyond = query.descending ? u"<"_s : u">"_s;
    if (b.byId) {
        if (!query.after.empty()) {
            Result<Cursor> cursor = Cursor::decode(query.after, true);
            if (!cursor)
                return cursor.error();
            where << u"(m.created_at, m.id) "_s + beyond + u" (?, ?)"_s;
            args << cursor->sortValue << qs(cursor->id);
        }
    } else if (!query.after.empty()) {
        bool ok = false;
        const qlonglong after = qs(query.after).toLongLong(&ok);
        if (!ok)
            return Error::make(ErrorKind::Invalid,
                               "the cursor \"" + query.after + "\" is not valid", "after");
        where << u"m.rid "_s + beyond + u" ?"_s;
        args << after;
    }
    const QString order =
        b.byId ? QString(u" ORDER BY m.created_at"_s + direction + u", m.id"_s + direction)
               : QString(u" ORDER BY m.rid"_s + direction);
    b.sql = QString::fromLatin1(kSelect) + where.join(u" AND "_s) + order +
            u" LIMIT %1"_s.arg(b.limit + 1);
    return b;
}

Result<Page<model::Membership>> MembershipTable::find(const MembershipQuery& query)
{
    if (query.userIds.size() > static_cast<std::size_t>(kMaxPageSize))
        return Error::make(ErrorKind::Invalid,
                           "memberships can be asked for at most " + std::to_string(kMaxPageSize) +
                               " users at a time, not " + std::to_string(query.userIds.size()),
                           "user_ids");
    const int limit = std::clamp(query.limit, 1, kMaxPageSize);
    std::unique_ptr<Statement> built;
    Statement* q = nullptr;
    const bool byId = query.byCreation;
    if (!query.userIds.empty() && query.userId.empty() && query.organizationId.empty() &&
        query.statuses.empty() && !query.byCreation && !query.descending) {
        // The rollout check's query, once per page of users: prepared once.
        qlonglong after = 0;
        if (!query.after.empty()) {
            bool ok = false;
            after = qs(query.after).toLongLong(&ok);
            if (!ok)
                return Error::make(ErrorKind::Invalid,
                                   "the cursor \"" + query.after + "\" is not valid", "after");
        }
        std::size_t placeholders = 0;
        q = &ofUsers(query.userIds.size(), placeholders);
        for (std::size_t i = 0; i < placeholders; ++i)
            q->bindText(static_cast<int>(i), query.userIds[std::min(i, query.userIds.size() - 1)]);
        q->bindInt(static_cast<int>(placeholders), after);
        q->bindInt(static_cast<int>(placeholders) + 1, limit + 1);
    } else {
        Result<Built> b = build(query);
        if (!b)
            return b.error();
        built = m_ctx.db.prepare(b->sql, b->args);
        q = built.get();
    }
    Page<model::Membership> page;
    std::int64_t lastRid = 0;
    if (Error e = m_ctx.db.select(*q, [&](const Statement& r) {
            if (static_cast<int>(page.items.size()) == limit) {
                if (byId) {
                    Cursor c;
                    c.sortValue = static_cast<qlonglong>(page.items.back().createdAt);
                    c.id = page.items.back().id;
                    page.next = c.encode();
                } else {
                    page.next = std::to_string(lastRid);
                }
                return false;
            }
            lastRid = integer(r, 0);
            page.items.push_back(readRow(r));
            return true;
        }))
        return e;
    return page;
}

Result<std::vector<std::string>> MembershipTable::explain(const MembershipQuery& query)
{
    Result<Built> built = build(query);
    if (!built)
        return built.error();
    return m_ctx.db.explain(built->sql, built->args);
}

} // namespace claimsmith::store::sql
