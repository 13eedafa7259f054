#pragma once

#include "SqlContext.h"
#include "store/Store.h"

namespace claimsmith::store::sql {

// The lookup behind Store::tokenSubject: user, organization and membership
// in one query, by ids (and by external ids when the ids find nothing).
class TokenSubjects
{
public:
    explicit TokenSubjects(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<TokenSubject> find(std::string_view user, std::string_view organization,
                              const TokenSubjectParts& parts);

private:
    // byExternal: {user by external id?, organization by external id?}
    Result<std::optional<TokenSubject>> query(std::string_view user, std::string_view organization,
                                              bool userByExternal, bool orgByExternal,
                                              const TokenSubjectParts& parts);

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
