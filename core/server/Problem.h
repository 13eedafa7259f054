#pragma once

#include "HttpTypes.h"
#include "store/StoreError.h"

#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::server {

// One field at fault in an RFC 9457 problem's "errors" member.
struct FieldProblem
{
    std::string field;
    std::string message;
};

// What a problem is: its HTTP status and the slug of its "type" URI
// ("urn:claimsmith:problem:<slug>"), which clients such as RemoteStore map
// back to the store's error kinds.
struct ProblemType
{
    int status;
    const char* slug;
    const char* title;
};

namespace problems {
inline constexpr ProblemType kMalformedJson{400, "malformed_json", "The body is not valid JSON"};
inline constexpr ProblemType kInvalid{400, "invalid", "A field's value is not allowed"};
inline constexpr ProblemType kLimit{400, "limit", "A limit of the store is exceeded"};
inline constexpr ProblemType kUnauthorized{401, "unauthorized", "No or unknown API key"};
inline constexpr ProblemType kForbidden{403, "forbidden", "Not allowed with this API key"};
inline constexpr ProblemType kNotFound{404, "not_found", "Not found"};
inline constexpr ProblemType kMethodNotAllowed{405, "method_not_allowed", "Method not allowed"};
inline constexpr ProblemType kDuplicate{409, "duplicate", "A unique value is taken"};
inline constexpr ProblemType kConflict{412, "conflict", "The record changed since it was read"};
inline constexpr ProblemType kTooLarge{413, "payload_too_large", "The body is too large"};
inline constexpr ProblemType kUnsupportedMediaType{415, "unsupported_media_type",
                                                   "The body must be application/json"};
inline constexpr ProblemType kPreconditionRequired{428, "precondition_required",
                                                   "If-Match is required"};
inline constexpr ProblemType kTooManyRequests{429, "too_many_requests",
                                              "Too many failed API key attempts"};
inline constexpr ProblemType kHeadersTooLarge{431, "headers_too_large",
                                              "The request headers are too large"};
inline constexpr ProblemType kUriTooLong{414, "uri_too_long", "The request target is too long"};
inline constexpr ProblemType kRequestTimeout{408, "request_timeout",
                                             "The request did not arrive in time"};
inline constexpr ProblemType kInternal{500, "internal", "Internal error"};
inline constexpr ProblemType kUnavailable{503, "unavailable", "The store is unavailable"};
// Not 503: a full disk does not pass in the seconds a client's retries wait.
inline constexpr ProblemType kInsufficientStorage{507, "insufficient_storage",
                                                  "The disk holding the store is full"};
} // namespace problems

// An application/problem+json response:
// {"type","title","status","detail","errors":[{"field","message"}]}.
Response problem(const ProblemType& type, std::string detail,
                 std::vector<FieldProblem> errors = {});
// The store's errors: NotFound 404, Duplicate 409 (naming the field and the
// record that holds the value), Conflict 412 (with "current_version"),
// Limit and Invalid 400 with the field, Unauthorized 401, Forbidden 403,
// Unavailable 503 (507 insufficient_storage when the disk is full), Internal 500.
Response problem(const store::Error& error);

} // namespace claimsmith::server
