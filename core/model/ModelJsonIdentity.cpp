// JSON of the people side of the model: users, organizations and their
// domains, memberships.

#include "FieldReader.h"
#include "Ids.h"
#include "MetadataLimits.h"
#include "ModelJson.h"

namespace claimsmith::model {

namespace {

using Need = FieldReader::Need;

const std::vector<std::string_view> kDomainStates = {"verified", "pending", "failed"};
const std::vector<std::string_view> kMembershipStatuses = {"active", "pending", "inactive"};

Parsed<Domain> readDomain(const json::Value& v, std::string path, UnknownFields* unknown)
{
    Domain d;
    FieldReader r(v, std::move(path), "a domain", unknown);
    r.string("domain", d.domain, Need::Required, true);
    r.oneOf("state", d.state, Need::Optional, kDomainStates, "verified, pending or failed");
    return r.result(std::move(d));
}

} // namespace

bool isDomainState(std::string_view state) noexcept
{
    for (std::string_view s : kDomainStates) {
        if (s == state)
            return true;
    }
    return false;
}

bool isMembershipStatus(std::string_view status) noexcept
{
    for (std::string_view s : kMembershipStatuses) {
        if (s == status)
            return true;
    }
    return false;
}

json::Value toJson(const Domain& d)
{
    return json::Value::object({{"domain", d.domain}, {"state", d.state}});
}

Parsed<Domain> domainFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    return readDomain(v, {}, unknownFields);
}

json::Value toJson(const User& u)
{
    return json::Value::object({
        {"id", u.id},
        {"email", u.email},
        {"email_verified", u.emailVerified},
        {"first_name", nullableJson(u.firstName)},
        {"last_name", nullableJson(u.lastName)},
        {"external_id", nullableJson(u.externalId)},
        {"metadata", u.metadata},
        {"user_metadata", u.userMetadata},
        {"sso_attributes", u.ssoAttributes},
        {"created_at", timeJson(u.createdAt)},
        {"updated_at", timeJson(u.updatedAt)},
        {"version", u.version},
    });
}

Parsed<User> userFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    User u;
    FieldReader r(v, {}, "a user", unknownFields);
    r.id("id", u.id, kUserPrefix);
    r.string("email", u.email, Need::Required);
    if (r.ok()) {
        if (auto problem = checkEmail(u.email))
            r.fail("email", *problem);
    }
    r.boolean("email_verified", u.emailVerified);
    r.nullableString("first_name", u.firstName);
    r.nullableString("last_name", u.lastName);
    r.nullableString("external_id", u.externalId);
    r.object("metadata", u.metadata);
    r.object("user_metadata", u.userMetadata);
    r.object("sso_attributes", u.ssoAttributes);
    r.time("created_at", u.createdAt);
    r.time("updated_at", u.updatedAt);
    r.integer("version", u.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(u));
}

json::Value toJson(const Organization& o)
{
    json::Array domains;
    domains.reserve(o.domains.size());
    for (const Domain& d : o.domains)
        domains.push_back(toJson(d));
    return json::Value::object({
        {"id", o.id},
        {"name", o.name},
        {"external_id", nullableJson(o.externalId)},
        {"domains", json::Value(std::move(domains))},
        {"metadata", o.metadata},
        {"created_at", timeJson(o.createdAt)},
        {"updated_at", timeJson(o.updatedAt)},
        {"version", o.version},
    });
}

Parsed<Organization> organizationFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Organization o;
    FieldReader r(v, {}, "an organization", unknownFields);
    r.id("id", o.id, kOrganizationPrefix);
    r.string("name", o.name, Need::Required, true);
    r.nullableString("external_id", o.externalId);
    if (const json::Value* domains = r.member("domains", Need::Optional)) {
        if (!domains->isArray()) {
            r.fail("domains", "must be an array of {\"domain\", \"state\"} objects, not " +
                                  describeType(*domains));
        } else {
            for (std::size_t i = 0; i < domains->array().size() && r.ok(); ++i) {
                Parsed<Domain> d =
                    readDomain(domains->array()[i], indexPath("domains", i), unknownFields);
                if (d.error)
                    r.fail(d.error->field, d.error->message);
                else
                    o.domains.push_back(std::move(d.value));
            }
        }
    }
    r.object("metadata", o.metadata);
    r.time("created_at", o.createdAt);
    r.time("updated_at", o.updatedAt);
    r.integer("version", o.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(o));
}

json::Value toJson(const Membership& m)
{
    return json::Value::object({
        {"id", m.id},
        {"user_id", m.userId},
        {"organization_id", m.organizationId},
        {"roles", stringsJson(m.roles)},
        {"status", m.status},
        {"custom_attributes", m.customAttributes},
        {"created_at", timeJson(m.createdAt)},
        {"updated_at", timeJson(m.updatedAt)},
        {"version", m.version},
    });
}

Parsed<Membership> membershipFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Membership m;
    FieldReader r(v, {}, "a membership", unknownFields);
    r.id("id", m.id, kMembershipPrefix);
    r.id("user_id", m.userId, kUserPrefix);
    r.id("organization_id", m.organizationId, kOrganizationPrefix);
    r.stringArray("roles", m.roles);
    r.oneOf("status", m.status, Need::Optional, kMembershipStatuses, "active, pending or inactive");
    r.object("custom_attributes", m.customAttributes);
    r.time("created_at", m.createdAt);
    r.time("updated_at", m.updatedAt);
    r.integer("version", m.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(m));
}

} // namespace claimsmith::model
