#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::store {

// The objects that carry metadata, and their metadata fields.
enum class MetadataObject : std::uint8_t
{
    User = 1,
    Organization = 2,
    Application = 3
};
enum class MetadataField : std::uint8_t
{
    Metadata = 1,
    UserMetadata = 2,
    SsoAttributes = 3
};

const char* metadataObjectName(MetadataObject o);
const char* metadataFieldName(MetadataField f);
std::optional<MetadataObject> metadataObjectFromName(std::string_view name);
std::optional<MetadataField> metadataFieldFromName(std::string_view name);

// One metadata condition of a search. Values compare as text: strings as
// they are, numbers in their JSON form, true/false, null.
struct MetadataCondition
{
    enum class Op : std::uint8_t
    {
        Exists,
        Equals,
        NotEquals,
        StartsWith,
        Contains,
        NotExists // the record has no such key
    };
    MetadataField field = MetadataField::Metadata;
    std::string key;
    Op op = Op::Exists;
    std::string value;
    bool caseSensitive = true;
};

// Ties are broken by the order the users were stored in, but for CreatedAt:
// creation order (see creationCursor) breaks them by id.
enum class UserSort : std::uint8_t
{
    Email,
    Name,
    CreatedAt,
    UpdatedAt
};

// A page of a list, and the cursor to the next one (empty at the end).
template <typename T>
struct Page
{
    std::vector<T> items;
    std::string next;
};

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

// Creation order — created_at, then id — is the order of WorkOS's lists,
// whose cursors are record ids. A list in that order can start next to any
// record whose creation time and id are known: this is the cursor of that
// record's place, as the store gives it out in Page::next. The page after it
// holds the records beyond it in the list's direction, not the record itself.
std::string creationCursor(std::int64_t createdAt, std::string_view id);

// The users page's search: every condition given must hold.
struct UserQuery
{
    std::string text;           // prefix of the email, the full name or the last name (any case)
    std::string email;          // exact, any case
    std::string externalId;     // exact
    std::string organizationId; // members of this organization
    std::vector<MetadataCondition> metadata;
    UserSort sort = UserSort::Email;
    bool descending = false;
    int limit = kDefaultPageSize;
    std::string after; // a cursor from the previous page
    // Without a cursor: skip this many matches first. For a view that jumps
    // to a position; it reads the skipped rows' sort keys, so walking on with
    // `after` is cheaper for the next page.
    std::int64_t offset = 0;
};

struct OrganizationQuery
{
    std::string text;                 // name prefix (any case)
    std::string nameContains;         // part of the name (any case)
    std::string externalId;           // exact
    std::string domain;               // organizations with this domain
    std::vector<std::string> domains; // organizations with any of these domains
    std::vector<MetadataCondition> metadata;
    // By name, or in creation order (created_at, then id).
    bool byCreation = false;
    bool descending = false;
    int limit = kDefaultPageSize;
    std::string after;
};

struct MembershipQuery
{
    std::string userId;
    std::string organizationId;
    // Memberships of any of these users (at most kMaxPageSize ids), for
    // readers that walk users in pages and need their memberships too.
    std::vector<std::string> userIds;
    std::vector<std::string> statuses; // any of these (all when empty)
    // In the order they were stored, or in creation order (created_at, then id).
    bool byCreation = false;
    bool descending = false;
    int limit = kDefaultPageSize;
    std::string after;
};

struct AuditQuery
{
    std::string actor;
    std::string action; // exact, or a prefix ending in '.' ("user.")
    std::string targetType;
    std::string targetId;
    std::optional<std::int64_t> from; // ms, inclusive
    std::optional<std::int64_t> to;   // ms, exclusive
    int limit = kDefaultPageSize;
    std::string after; // newest first
};

// How many records hold a metadata key, and the JSON kinds of its values
// (bits as in template/Filters.h KindMask: null 1, bool 2, number 4,
// string 8, object 16, array 32).
struct MetadataKeyStats
{
    std::string key;
    std::int64_t count = 0;
    std::uint8_t kinds = 0;
};

} // namespace claimsmith::store
