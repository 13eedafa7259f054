#include "Schema.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace claimsmith::tmpl {

namespace {

Type nullable(Type t)
{
    t.nullable = true;
    return t;
}

Type openObject(Bag bag)
{
    Type t = Type::of(Kind::Object);
    t.bag = bag;
    return t;
}

Type closedObject(const ObjectSchema* schema)
{
    Type t = Type::of(Kind::Object);
    t.schema = schema;
    return t;
}

Type arrayOf(const Type* element)
{
    Type t = Type::of(Kind::Array);
    t.element = element;
    return t;
}

// Every schema object and element type, built once.
struct Schemas
{
    ObjectSchema user{"user", {}};
    ObjectSchema organization{"organization", {}};
    ObjectSchema domain{"organization.domains[]", {}};
    ObjectSchema membership{"organization_membership", {}};
    ObjectSchema role{"organization_membership.role", {}};
    ObjectSchema application{"application", {}};
    ObjectSchema session{"session", {}};
    ObjectSchema context{"context", {}};
    Type domainType;
    Type roleType;
    Type permissionType;
    std::array<Type, kRootCount> roots;

    Schemas()
    {
        const Type str = Type::of(Kind::String);
        const Type id = Type::of(Kind::String, Semantic::Id);
        const Type time = Type::of(Kind::String, Semantic::Timestamp);
        user.fields = {
            {"id", id, "the user's id (user_…)"},
            {"email", Type::of(Kind::String, Semantic::Email), "e-mail address, unique"},
            {"email_verified", Type::of(Kind::Bool), "whether the e-mail address is verified"},
            {"first_name", nullable(str), "given name"},
            {"last_name", nullable(str), "family name"},
            {"external_id", nullable(id), "the id in your own system"},
            {"created_at", time, "ISO 8601 time of creation"},
            {"updated_at", time, "ISO 8601 time of the last change"},
            {"metadata", openObject(Bag::UserMetadata), "admin-set metadata (trusted)"},
            {"user_metadata", openObject(Bag::UserUserMetadata),
             "self-service metadata (untrusted: users can edit it)"},
            {"sso_attributes", openObject(Bag::UserSsoAttributes),
             "attributes from the identity provider"},
        };
        domain.fields = {
            {"domain", str, "the domain name"},
            {"state", str, "verification state"},
        };
        domainType = closedObject(&domain);
        organization.fields = {
            {"id", id, "the organization's id (org_…)"},
            {"name", str, "display name"},
            {"external_id", nullable(id), "the id in your own system"},
            {"domains", arrayOf(&domainType), "domains with their verification state"},
            {"metadata", openObject(Bag::OrganizationMetadata), "organization metadata"},
        };
        role.fields = {
            {"slug", Type::of(Kind::String, Semantic::RoleSlug), "the role's slug"},
        };
        roleType = closedObject(&role);
        permissionType = Type::of(Kind::String, Semantic::PermissionSlug);
        membership.fields = {
            {"id", id, "the membership's id"},
            {"status", str, "active, pending or inactive"},
            {"role", roleType, "the primary role"},
            {"roles", arrayOf(&roleType), "every role of the membership"},
            {"permissions", arrayOf(&permissionType), "permission slugs of the roles"},
            {"custom_attributes", openObject(Bag::MembershipCustomAttributes),
             "attributes of the membership"},
        };
        application.fields = {
            {"id", id, "the application's id"},
            {"name", str, "display name"},
            {"client_id", str, "OAuth client id"},
            {"metadata", openObject(Bag::ApplicationMetadata), "client metadata"},
        };
        session.fields = {
            {"id", id, "the session's id"},
            {"auth_method", str, "how the user signed in (password, sso, …)"},
            {"created_at", time, "ISO 8601 time the session began"},
            {"ip", nullable(str), "client IP address"},
            {"user_agent", nullable(str), "client user agent"},
        };
        roots = {closedObject(&user), closedObject(&organization), closedObject(&membership),
                 closedObject(&application), closedObject(&session)};
        context.fields = {
            {"user", roots[0], "the user the token is for"},
            {"organization", roots[1], "the organization the user signed in to"},
            {"organization_membership", roots[2], "the user's membership in that organization"},
            {"application", roots[3], "the application the token is for"},
            {"session", roots[4], "the sign-in session"},
        };
    }
};

const Schemas& schemas()
{
    static const Schemas s;
    return s;
}

constexpr std::array<std::string_view, kRootCount> kRootNames = {
    "user", "organization", "organization_membership", "application", "session"};

} // namespace

const Field* ObjectSchema::find(std::string_view fieldName) const
{
    for (const Field& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const ObjectSchema& contextSchema()
{
    return schemas().context;
}

std::string_view rootName(Root root)
{
    return kRootNames[static_cast<std::size_t>(root)];
}

std::optional<Root> rootFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kRootNames.size(); ++i) {
        if (kRootNames[i] == name)
            return static_cast<Root>(i);
    }
    return std::nullopt;
}

const Type& rootType(Root root)
{
    return schemas().roots[static_cast<std::size_t>(root)];
}

std::string_view bagPath(Bag bag)
{
    switch (bag) {
    case Bag::UserMetadata:
        return "user.metadata";
    case Bag::UserUserMetadata:
        return "user.user_metadata";
    case Bag::UserSsoAttributes:
        return "user.sso_attributes";
    case Bag::OrganizationMetadata:
        return "organization.metadata";
    case Bag::ApplicationMetadata:
        return "application.metadata";
    case Bag::MembershipCustomAttributes:
        return "organization_membership.custom_attributes";
    case Bag::None:
        break;
    }
    return "";
}

Root bagRoot(Bag bag)
{
    switch (bag) {
    case Bag::OrganizationMetadata:
        return Root::Organization;
    case Bag::ApplicationMetadata:
        return Root::Application;
    case Bag::MembershipCustomAttributes:
        return Root::OrganizationMembership;
    default:
        return Root::User;
    }
}

std::string_view bagField(Bag bag)
{
    const std::string_view path = bagPath(bag);
    return path.substr(path.rfind('.') + 1);
}

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Any:
        return "any value";
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "boolean";
    case Kind::Number:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Object:
        return "object";
    case Kind::Array:
        return "array";
    }
    return "?";
}

std::string describe(const Type& t)
{
    std::string s;
    if (t.kind == Kind::Array && t.element) {
        const Type& e = *t.element;
        if (e.kind == Kind::Object && e.schema) {
            s = "array of {";
            for (std::size_t i = 0; i < e.schema->fields.size(); ++i) {
                if (i)
                    s += ", ";
                s += e.schema->fields[i].name;
            }
            s += "}";
        } else {
            s = std::string("array of ") + kindName(e.kind) + "s";
        }
    } else {
        s = kindName(t.kind);
    }
    if (t.nullable && t.kind != Kind::Any)
        s += " or null";
    return s;
}

std::string snakeCase(std::string_view name)
{
    std::string out;
    out.reserve(name.size() + 4);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c >= 'A' && c <= 'Z') {
            if (i > 0 && name[i - 1] != '_')
                out += '_';
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

int editDistance(std::string_view a, std::string_view b, int max)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > max)
        return max + 1;
    std::vector<int> prev2(static_cast<std::size_t>(m + 1)), prev(static_cast<std::size_t>(m + 1)),
        cur(static_cast<std::size_t>(m + 1));
    for (int j = 0; j <= m; ++j)
        prev[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[uj - 1] ? 0 : 1;
            int v = std::min({prev[uj] + 1, cur[uj - 1] + 1, prev[uj - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[uj - 2] &&
                a[static_cast<std::size_t>(i - 2)] == b[uj - 1])
                v = std::min(v, prev2[uj - 2] + 1);
            cur[uj] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > max)
            return max + 1;
        prev2 = prev;
        prev = cur;
    }
    return std::min(prev[static_cast<std::size_t>(m)], max + 1);
}

std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates)
{
    // Short words tolerate one edit, longer ones two, long ones three.
    const int limit = word.size() <= 3 ? 1 : (word.size() <= 7 ? 2 : 3);
    int best = limit + 1;
    std::string_view bestName;
    bool tie = false;
    for (std::string_view c : candidates) {
        if (c == word)
            continue;
        const int d = editDistance(word, c, limit);
        if (d < best) {
            best = d;
            bestName = c;
            tie = false;
        } else if (d == best) {
            tie = true;
        }
    }
    if (best > limit || tie)
        return {};
    return std::string(bestName);
}

} // namespace claimsmith::tmpl
