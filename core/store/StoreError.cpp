#include "StoreError.h"

namespace claimsmith::store {

const char* errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return "none";
    case ErrorKind::NotFound:
        return "not_found";
    case ErrorKind::Conflict:
        return "conflict";
    case ErrorKind::Duplicate:
        return "duplicate";
    case ErrorKind::Limit:
        return "limit";
    case ErrorKind::Invalid:
        return "invalid";
    case ErrorKind::Unauthorized:
        return "unauthorized";
    case ErrorKind::Forbidden:
        return "forbidden";
    case ErrorKind::Unavailable:
        return "unavailable";
    case ErrorKind::Internal:
        return "internal";
    }
    return "internal";
}

Error Error::make(ErrorKind kind, std::string message, std::string field, std::string recordId)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.field = std::move(field);
    e.recordId = std::move(recordId);
    return e;
}

Error Error::notFound(std::string what, std::string id)
{
    return make(ErrorKind::NotFound, "there is no " + what + " " + id, {}, id);
}

Error Error::conflict(std::string what, std::string id, std::int64_t expected, std::int64_t current)
{
    Error e = make(ErrorKind::Conflict,
                   "the " + what + " " + id + " was changed by someone else (you edited version " +
                       std::to_string(expected) + ", it is now at version " +
                       std::to_string(current) + "); reload it, or overwrite with your changes",
                   "version", id);
    e.currentVersion = current;
    return e;
}

Error Error::diskFull(std::string message)
{
    Error e = make(ErrorKind::Unavailable, std::move(message));
    e.cause = Cause::DiskFull;
    return e;
}

} // namespace claimsmith::store
