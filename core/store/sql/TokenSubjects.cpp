#include "TokenSubjects.h"

#include "OrganizationTable.h"
#include "SqlValues.h"

namespace claimsmith::store::sql {

namespace {

// Users (12 columns from 0), organizations (8 from 12), memberships (7 from 20).
#define USER_COLUMNS                                                                               \
    "u.id, u.email, u.email_verified, u.first_name, u.last_name, u.external_id, u.metadata,"       \
    " u.user_metadata, u.sso_attributes, u.created_at, u.updated_at, u.version"
#define ORG_COLUMNS                                                                                \
    " o.id, o.name, o.external_id, o.domains, o.metadata, o.created_at, o.updated_at, o.version"
#define MEMBER_COLUMNS                                                                             \
    " m.id, m.roles, m.status, m.custom_attributes, m.created_at, m.updated_at, m.version"

const char* const kUserOnlyById = "SELECT " USER_COLUMNS " FROM users u WHERE u.id = ?";
const char* const kUserOnlyByExternal =
    "SELECT " USER_COLUMNS " FROM users u WHERE u.external_id = ?";
const char* const kWithOrg[2][2] = {
    {"SELECT " USER_COLUMNS "," ORG_COLUMNS "," MEMBER_COLUMNS
     " FROM users u LEFT JOIN organizations o ON o.id = ?"
     " LEFT JOIN memberships m ON m.user_rid = u.rid AND m.org_rid = o.rid WHERE u.id = ?",
     "SELECT " USER_COLUMNS "," ORG_COLUMNS "," MEMBER_COLUMNS
     " FROM users u LEFT JOIN organizations o ON o.external_id = ?"
     " LEFT JOIN memberships m ON m.user_rid = u.rid AND m.org_rid = o.rid WHERE u.id = ?"},
    {"SELECT " USER_COLUMNS "," ORG_COLUMNS "," MEMBER_COLUMNS
     " FROM users u LEFT JOIN organizations o ON o.id = ?"
     " LEFT JOIN memberships m ON m.user_rid = u.rid AND m.org_rid = o.rid WHERE u.external_id = ?",
     "SELECT " USER_COLUMNS "," ORG_COLUMNS "," MEMBER_COLUMNS
     " FROM users u LEFT JOIN organizations o ON o.external_id = ?"
     " LEFT JOIN memberships m ON m.user_rid = u.rid AND m.org_rid = o.rid WHERE u.external_id = "
     "?"},
};

// The columns of UserTable::readRow, with only the JSON bags asked for.
model::User readUser(const Statement& q, const TokenSubjectParts& parts)
{
    model::User u;
    u.id = text(q, 0);
    u.email = text(q, 1);
    u.emailVerified = integer(q, 2) != 0;
    u.firstName = optionalText(q, 3);
    u.lastName = optionalText(q, 4);
    u.externalId = optionalText(q, 5);
    if (parts.userMetadata)
        u.metadata = jsonColumn(q, 6);
    if (parts.userUserMetadata)
        u.userMetadata = jsonColumn(q, 7);
    if (parts.userSsoAttributes)
        u.ssoAttributes = jsonColumn(q, 8);
    u.createdAt = integer(q, 9);
    u.updatedAt = integer(q, 10);
    u.version = integer(q, 11);
    return u;
}

// The columns of OrganizationTable::readRow, likewise.
model::Organization readOrganization(const Statement& q, const TokenSubjectParts& parts)
{
    model::Organization o;
    o.id = text(q, 12);
    o.name = text(q, 13);
    o.externalId = optionalText(q, 14);
    if (parts.organizationDomains)
        o.domains = OrganizationTable::domainsFrom(jsonColumn(q, 15));
    if (parts.organizationMetadata)
        o.metadata = jsonColumn(q, 16);
    o.createdAt = integer(q, 17);
    o.updatedAt = integer(q, 18);
    o.version = integer(q, 19);
    return o;
}

model::Membership readMembership(const Statement& q, const model::User& u,
                                 const model::Organization& o, const TokenSubjectParts& parts)
{
    model::Membership m;
    m.id = text(q, 20);
    const json::Value roles = jsonColumn(q, 21);
    if (roles.isArray()) {
        for (const json::Value& r : roles.array()) {
            if (r.isString())
                m.roles.push_back(r.string());
        }
    }
    m.status = text(q, 22);
    if (parts.membershipCustomAttributes)
        m.customAttributes = jsonColumn(q, 23);
    m.createdAt = integer(q, 24);
    m.updatedAt = integer(q, 25);
    m.version = integer(q, 26);
    m.userId = u.id;
    m.organizationId = o.id;
    return m;
}

} // namespace

Result<std::optional<TokenSubject>> TokenSubjects::query(std::string_view user,
                                                         std::string_view organization,
                                                         bool userByExternal, bool orgByExternal,
                                                         const TokenSubjectParts& parts)
{
    const bool withOrg = !organization.empty();
    Statement& q = withOrg
                       ? m_ctx.db.statement(kWithOrg[userByExternal][orgByExternal])
                       : m_ctx.db.statement(userByExternal ? kUserOnlyByExternal : kUserOnlyById);
    int i = 0;
    if (withOrg)
        q.bindText(i++, organization);
    q.bindText(i, user);
    std::optional<TokenSubject> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            TokenSubject s;
            s.user = readUser(r, parts);
            if (withOrg && !r.isNull(12)) {
                s.organization = readOrganization(r, parts);
                if (!r.isNull(20))
                    s.membership = readMembership(r, s.user, *s.organization, parts);
            }
            found = std::move(s);
            return false;
        }))
        return e;
    return found;
}

Result<TokenSubject> TokenSubjects::find(std::string_view user, std::string_view organization,
                                         const TokenSubjectParts& parts)
{
    if (user.empty())
        return Error::make(ErrorKind::Invalid, "a token needs a user", "user_id");
    std::optional<TokenSubject> found;
    for (bool userByExternal : {false, true}) {
        auto r = query(user, organization, userByExternal, false, parts);
        if (!r)
            return r.error();
        if (*r && !organization.empty() && !(*r)->organization) {
            // The organization may be named by its external id.
            r = query(user, organization, userByExternal, true, parts);
            if (!r)
                return r.error();
        }
        if (*r) {
            found = std::move(**r);
            break;
        }
    }
    if (!found) {
        Error e = Error::notFound("user with the id or external id", std::string(user));
        e.field = "user_id";
        return e;
    }
    if (!organization.empty()) {
        if (!found->organization) {
            Error e = Error::notFound("organization with the id or external id",
                                      std::string(organization));
            e.field = "organization_id";
            return e;
        }
        if (!found->membership) {
            return Error::make(
                ErrorKind::NotFound,
                "user " + found->user.id + " is not a member of organization " +
                    found->organization->id +
                    "; add a membership, or issue the token without the organization",
                "organization_id", found->organization->id);
        }
    }
    return std::move(*found);
}

} // namespace claimsmith::store::sql
