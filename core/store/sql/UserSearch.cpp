#include "UserSearch.h"

#include "Cursor.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "UserTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

// The greatest code point in UTF-8: "prefix" <= s < prefix + this for every s
// that starts with prefix.
const char* const kAfterEverything = "\xF4\x8F\xBF\xBF";

QString sortColumn(UserSort sort)
{
    switch (sort) {
    case UserSort::Email:
        return u"u.email_key"_s;
    case UserSort::Name:
        return u"u.name_key"_s;
    case UserSort::CreatedAt:
        return u"u.created_at"_s;
    case UserSort::UpdatedAt:
        return u"u.updated_at"_s;
    }
    return u"u.email_key"_s;
}

} // namespace

Result<UserSearch::Plan> UserSearch::plan(const UserQuery& query, int limit)
{
    Plan plan;
    QStringList& where = plan.where;
    QVariantList& args = plan.args;

    if (!query.text.empty()) {
        const QString e = qs(fold(query.text));
        const QString n = qs(nameKey(query.text));
        const QString after = QString::fromUtf8(kAfterEverything);
        where << u"((u.email_key >= ? AND u.email_key < ?) OR (u.name_key >= ? AND u.name_key < ?)"
                 " OR (u.last_key >= ? AND u.last_key < ?))"_s;
        args << e << QString(e + after) << n << QString(n + after) << n << QString(n + after);
    }
    if (!query.email.empty()) {
        where << u"u.email_key = ?"_s;
        args << qs(fold(query.email));
    }
    if (!query.externalId.empty()) {
        where << u"u.external_id = ?"_s;
        args << qs(query.externalId);
    }

    // The drivable conditions, with how many users each matches at most.
    struct Candidate
    {
        std::int64_t count;
        int metadataIndex; // -1: organization membership
    };
    std::vector<Candidate> candidates;
    std::int64_t orgRid = 0;
    if (!query.organizationId.empty()) {
        Statement& q = m_ctx.db.statement("SELECT rid FROM organizations WHERE id = ?");
        q.bindValue(0, qs(query.organizationId));
        if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
                orgRid = integer(r, 0);
                return false;
            }))
            return e;
        if (orgRid == 0)
            return Error::notFound("organization", query.organizationId);
        Statement& c = m_ctx.db.statement(
            "SELECT count(*) FROM (SELECT 1 FROM memberships WHERE org_rid = ? LIMIT ?) AS m");
        c.bindValue(0, static_cast<qlonglong>(orgRid));
        c.bindValue(1, static_cast<qlonglong>(m_ctx.searchDriverThreshold + 1));
        std::int64_t members = 0;
        if (Error e = m_ctx.db.select(c, [&](const Statement& r) {
                members = integer(r, 0);
                return false;
            }))
            return e;
        candidates.push_back({members, -1});
    }
    for (std::size_t i = 0; i < query.metadata.size(); ++i) {
        const MetadataCondition& c = query.metadata[i];
        if (c.key.empty())
            return Error::make(ErrorKind::Invalid, "a metadata condition needs a key", "metadata");
        Result<std::int64_t> n = m_conditions.estimate(c, MetadataObject::User);
        if (!n)
            return n.error();
        candidates.push_back({*n, static_cast<int>(i)});
    }
    const auto best =
        std::min_element(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.count < b.count; });
    bool drive = best != candidates.end() && best->count <= m_ctx.searchDriverThreshold;
    if (drive && m_ctx.searchByCost && limit > 0) {
        // Starting from the driver reads and sorts all its users; walking the
        // sort index reads about (page size) / (share of users that match)
        // users, assuming the conditions are independent. Take the cheaper.
        Result<std::int64_t> total = UserTable(m_ctx).count();
        if (!total)
            return total.error();
        const double users = static_cast<double>(std::max<std::int64_t>(*total, 1));
        double share = 1.0;
        for (const Candidate& c : candidates)
            share *= std::min(1.0, static_cast<double>(c.count) / users);
        const double walked = static_cast<double>(limit + 1) / std::max(share, 1.0 / users);
        drive = static_cast<double>(best->count) < walked;
    }

    plan.from = u"users u"_s;
    if (drive) {
        // Start from the few matching users (CROSS JOIN keeps SQLite's planner
        // from reordering the loop), then sort them.
        const QString driver =
            best->metadataIndex < 0
                ? u"SELECT m.user_rid AS owner FROM memberships m WHERE m.org_rid = ?"_s
                : MetadataConditions::driver(
                      query.metadata[static_cast<std::size_t>(best->metadataIndex)],
                      MetadataObject::User, plan.fromArgs, m_ctx.db.dialect());
        if (best->metadataIndex < 0)
            plan.fromArgs << static_cast<qlonglong>(orgRid);
        plan.from = u"("_s + driver + u") d "_s + SqlDialect::orderedJoin(m_ctx.db.dialect()) +
                    u" users u ON u.rid = d.owner"_s;
    }
    if (orgRid != 0 && !(drive && best->metadataIndex < 0)) {
        where
            << u"EXISTS (SELECT 1 FROM memberships m WHERE m.user_rid = u.rid AND m.org_rid = ?)"_s;
        args << static_cast<qlonglong>(orgRid);
    }
    for (std::size_t i = 0; i < query.metadata.size(); ++i) {
        if (drive && best->metadataIndex == static_cast<int>(i))
            continue;
        where << MetadataConditions::probe(query.metadata[i], MetadataObject::User, u"u.rid"_s,
                                           args, m_ctx.db.dialect());
    }
    return plan;
}

void UserSearch::bind(Statement& q, const Plan& plan)
{
    int i = 0;
    for (const QVariant& a : plan.fromArgs)
        q.bindValue(i++, a);
    for (const QVariant& a : plan.args)
        q.bindValue(i++, a);
}

Result<UserSearch::Built> UserSearch::build(const UserQuery& query)
{
    Built b;
    b.limit = std::clamp(query.limit, 1, kMaxPageSize);
    // Skipped rows count as read when choosing the plan.
    const std::int64_t offset = query.after.empty() ? std::max<std::int64_t>(query.offset, 0) : 0;
    Result<Plan> built =
        plan(query, static_cast<int>(std::min<std::int64_t>(b.limit + offset, 1 << 30)));
    if (!built)
        return built.error();
    Plan p = std::move(built.value());

    // Creation order breaks ties by id, the others by row id.
    b.byId = query.sort == UserSort::CreatedAt;
    const QString sort = sortColumn(query.sort);
    const QString tiebreak = b.byId ? u"u.id"_s : u"u.rid"_s;
    const QString direction = query.descending ? u" DESC"_s : QString();
    if (!query.after.empty()) {
        Result<Cursor> cursor = Cursor::decode(query.after, b.byId);
        if (!cursor)
            return cursor.error();
        p.where << u"("_s + sort + u", "_s + tiebreak + u") "_s +
                       (query.descending ? u"<"_s : u">"_s) + u" (?, ?)"_s;
        p.args << cursor->sortValue;
        if (b.byId)
            p.args << qs(cursor->id);
        else
            p.args << static_cast<qlonglong>(cursor->rid);
    }

    b.sql = u"SELECT u.rid, "_s + sort + u", "_s + QString::fromLatin1(UserTable::columns()) +
            u" FROM "_s + p.from;
    if (!p.where.isEmpty())
        b.sql += u" WHERE "_s + p.where.join(u" AND "_s);
    b.sql += u" ORDER BY "_s + sort + direction + u", "_s + tiebreak + direction;
    b.sql += u" LIMIT %1"_s.arg(b.limit + 1);
    if (offset > 0)
        b.sql += u" OFFSET %1"_s.arg(offset);
    b.args = p.fromArgs + p.args;
    return b;
}

Result<Page<model::User>> UserSearch::find(const UserQuery& query)
{
    Result<Built> built = build(query);
    if (!built)
        return built.error();
    return readKeysetPage<model::User>(m_ctx.db, *built, &UserTable::readRow);
}

Result<std::vector<std::string>> UserSearch::explain(const UserQuery& query)
{
    Result<Built> built = build(query);
    if (!built)
        return built.error();
    return m_ctx.db.explain(built->sql, built->args);
}

Result<std::int64_t> UserSearch::count(const UserQuery& query)
{
    if (query.text.empty() && query.email.empty() && query.externalId.empty() &&
        query.organizationId.empty() && query.metadata.empty())
        return UserTable(m_ctx).count(); // kept current on every write
    // A count reads every match: always start from the smallest condition.
    Result<Plan> built = plan(query, 0);
    if (!built)
        return built.error();
    QString sql = u"SELECT count(*) FROM "_s + built->from;
    if (!built->where.isEmpty())
        sql += u" WHERE "_s + built->where.join(u" AND "_s);
    auto q = m_ctx.db.prepare(sql);
    bind(*q, *built);
    std::int64_t n = 0;
    if (Error e = m_ctx.db.select(*q, [&](const Statement& r) {
            n = integer(r, 0);
            return false;
        }))
        return e;
    return n;
}

} // namespace claimsmith::store::sql
