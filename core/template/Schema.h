#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

// The roots of a template context (spec §4).
enum class Root : std::uint8_t
{
    User,
    Organization,
    OrganizationMembership,
    Application,
    Session
};
constexpr int kRootCount = 5;

// The open objects whose keys are whatever the store holds.
enum class Bag : std::uint8_t
{
    None,
    UserMetadata,
    UserUserMetadata,
    UserSsoAttributes,
    OrganizationMetadata,
    ApplicationMetadata,
    MembershipCustomAttributes,
};
constexpr int kBagCount = 7;

enum class Kind : std::uint8_t
{
    Any,
    Null,
    Bool,
    Number,
    String,
    Object,
    Array
};

// What a value means, beyond its JSON kind: drives completion of string
// literals (role and permission slugs) and the trust rule.
enum class Semantic : std::uint8_t
{
    None,
    Id,
    Email,
    Timestamp,
    RoleSlug,
    PermissionSlug
};

struct ObjectSchema;

// The static type of a path or expression. Kind::Any means "not known before
// rendering" (metadata values, results of filters on unknown input).
struct Type
{
    Kind kind = Kind::Any;
    bool nullable = false;
    Semantic semantic = Semantic::None;
    Bag bag = Bag::None;                  // open objects
    const ObjectSchema* schema = nullptr; // closed objects
    const Type* element = nullptr;        // arrays (nullptr: elements of any type)

    static Type of(Kind k, Semantic s = Semantic::None)
    {
        Type t;
        t.kind = k;
        t.semantic = s;
        return t;
    }
    static Type any() { return Type{}; }
    bool known() const { return kind != Kind::Any; }
    bool isContainer() const { return kind == Kind::Object || kind == Kind::Array; }
};

struct Field
{
    std::string_view name;
    Type type;
    std::string_view description;
};

struct ObjectSchema
{
    std::string_view name; // "user", "organization.domains[]", …
    std::vector<Field> fields;

    const Field* find(std::string_view fieldName) const;
};

const ObjectSchema& contextSchema(); // its fields are the roots
std::string_view rootName(Root root);
std::optional<Root> rootFromName(std::string_view name);
const Type& rootType(Root root);

// "user.metadata" for Bag::UserMetadata.
std::string_view bagPath(Bag bag);
// Which root a bag belongs to and its field name there.
Root bagRoot(Bag bag);
std::string_view bagField(Bag bag);

// "string", "string or null", "array of strings", "object", "any value" …
std::string describe(const Type& type);
const char* kindName(Kind kind);

// firstName → first_name, ssoAttributes → sso_attributes. Returns the input
// when it has no upper-case letter.
std::string snakeCase(std::string_view name);

// Damerau-Levenshtein edit distance (bounded: returns max+1 when larger).
int editDistance(std::string_view a, std::string_view b, int max = 3);
// The closest candidate within a distance that suits the word's length, or
// empty when none is close or two are equally close.
std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace claimsmith::tmpl
