#pragma once

#include "store/Queries.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace claimsmith::store {

// A percent-encoded URL query built member by member.
class QueryText
{
public:
    QueryText& add(std::string_view name, std::string_view value);
    // Adds the member only when the value is not empty.
    QueryText& addIf(std::string_view name, std::string_view value);
    QueryText& add(std::string_view name, std::int64_t value);
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

// The native API's list filters for each query.
QueryText userFilters(const UserQuery& q);   // without limit, after, offset
QueryText userListQuery(const UserQuery& q); // with them
QueryText organizationListQuery(const OrganizationQuery& q);
QueryText membershipListQuery(const MembershipQuery& q);
QueryText auditListQuery(const AuditQuery& q);
void addMetadataConditions(QueryText& query, const std::vector<MetadataCondition>& conditions);

// A path segment, percent-encoded ('/' included).
QString segment(std::string_view text);

} // namespace claimsmith::store
