#pragma once

#include "KeysetPage.h"
#include "MetadataConditions.h"
#include "SqlContext.h"
#include "model/Model.h"

namespace claimsmith::store::sql {

// The users page's search: a prefix of email or name, exact email or
// external id, membership of an organization and metadata conditions, sorted,
// in pages of a keyset cursor (stable under inserts). A page can also be
// asked for by its position (`offset`), for a view that jumps far ahead.
//
// The plan is chosen per query: when one condition matches few users
// (SqlContext::searchDriverThreshold) and fewer than walking the sort index
// would read to fill a page, the search starts from those users and sorts
// them; otherwise it walks the sort order's index and tests each user, which
// finds a first page after a few hundred rows when the conditions are common.
class UserSearch
{
public:
    explicit UserSearch(SqlContext& ctx)
        : m_ctx(ctx)
        , m_conditions(ctx)
    {}

    Result<Page<model::User>> find(const UserQuery& query);
    // The plan SQLite chooses for find(query) (SqlConnection::explain).
    Result<std::vector<std::string>> explain(const UserQuery& query);
    // How many users match (limit, cursor and offset are ignored).
    Result<std::int64_t> count(const UserQuery& query);

private:
    // FROM and WHERE of a search, with their arguments in order.
    struct Plan
    {
        QString from;
        QVariantList fromArgs;
        QStringList where;
        QVariantList args;
    };
    // `limit`: the rows the caller will read (0: all of them, as a count
    // does), which decides between driving from a condition and walking
    // the sort index.
    Result<Plan> plan(const UserQuery& query, int limit);
    // The SELECT of find(): the page's rows and one more.
    using Built = KeysetSelect;
    Result<Built> build(const UserQuery& query);
    static void bind(Statement& q, const Plan& plan);

    SqlContext& m_ctx;
    MetadataConditions m_conditions;
};

} // namespace claimsmith::store::sql
