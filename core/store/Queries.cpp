#include "Queries.h"

#include "sql/Cursor.h"

namespace claimsmith::store {

const char* metadataObjectName(MetadataObject o)
{
    switch (o) {
    case MetadataObject::User:
        return "user";
    case MetadataObject::Organization:
        return "organization";
    case MetadataObject::Application:
        return "application";
    }
    return "user";
}

const char* metadataFieldName(MetadataField f)
{
    switch (f) {
    case MetadataField::Metadata:
        return "metadata";
    case MetadataField::UserMetadata:
        return "user_metadata";
    case MetadataField::SsoAttributes:
        return "sso_attributes";
    }
    return "metadata";
}

std::optional<MetadataObject> metadataObjectFromName(std::string_view name)
{
    for (auto o :
         {MetadataObject::User, MetadataObject::Organization, MetadataObject::Application}) {
        if (name == metadataObjectName(o))
            return o;
    }
    return std::nullopt;
}

std::optional<MetadataField> metadataFieldFromName(std::string_view name)
{
    for (auto f :
         {MetadataField::Metadata, MetadataField::UserMetadata, MetadataField::SsoAttributes}) {
        if (name == metadataFieldName(f))
            return f;
    }
    return std::nullopt;
}

std::string creationCursor(std::int64_t createdAt, std::string_view id)
{
    sql::Cursor c;
    c.sortValue = static_cast<qlonglong>(createdAt);
    c.id = std::string(id);
    return c.encode();
}

} // namespace claimsmith::store
