#pragma once

#include "MetadataConditions.h"
#include "SqlContext.h"
#include "model/Model.h"

namespace claimsmith::store::sql {

// The users page's search: a prefix of email or name, exact email or
// external id, membership of an organization and metadata conditions, sorted,
// in pages of a keyset cursor (stable under inserts, no OFFSET).
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

private:
    SqlContext& m_ctx;
    MetadataConditions m_conditions;
};

} // namespace claimsmith::store::sql
