#include "RemoteErrors.h"

#include "json/Reader.h"

#include <string_view>

namespace claimsmith::store {

namespace {

constexpr std::string_view kTypePrefix = "urn:claimsmith:problem:";

ErrorKind kindOfSlug(std::string_view slug, int status)
{
    if (slug == "not_found")
        return ErrorKind::NotFound;
    if (slug == "conflict")
        return ErrorKind::Conflict;
    if (slug == "duplicate")
        return ErrorKind::Duplicate;
    if (slug == "limit" || slug == "payload_too_large")
        return ErrorKind::Limit;
    if (slug == "invalid" || slug == "malformed_json" || slug == "precondition_required" ||
        slug == "method_not_allowed" || slug == "unsupported_media_type")
        return ErrorKind::Invalid;
    if (slug == "unauthorized")
        return ErrorKind::Unauthorized;
    if (slug == "forbidden")
        return ErrorKind::Forbidden;
    if (slug == "unavailable" || slug == "insufficient_storage")
        return ErrorKind::Unavailable;
    if (slug == "internal")
        return ErrorKind::Internal;
    switch (status) {
    case 400:
    case 405:
    case 415:
    case 422:
    case 428:
        return ErrorKind::Invalid;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Duplicate;
    case 412:
        return ErrorKind::Conflict;
    case 413:
        return ErrorKind::Limit;
    case 502:
    case 503:
    case 504:
    case 507:
        return ErrorKind::Unavailable;
    default:
        return ErrorKind::Internal;
    }
}

const std::string* stringMember(const json::Value& v, std::string_view key)
{
    const json::Value* m = v.find(key);
    return m && m->isString() ? &m->string() : nullptr;
}

Error noAnswer(const HttpAnswer& answer, const std::string& server, int timeoutMs)
{
    if (answer.timedOut)
        return Error::make(ErrorKind::Unavailable,
                           "the Claimsmith server at " + server + " did not answer within " +
                               std::to_string((timeoutMs + 999) / 1000) +
                               " s; check that it is running and reachable, then try again");
    if (answer.closedBeforeAnswer)
        return Error::make(ErrorKind::Unavailable,
                           "the connection to the Claimsmith server at " + server +
                               " closed before it answered; a change sent may have been "
                               "made or not: reload to see, then try again");
    return Error::make(ErrorKind::Unavailable,
                       "cannot reach the Claimsmith server at " + server + " (" +
                           answer.networkError.toStdString() +
                           "); check that it is running (claimsmith serve) and that the "
                           "URL is right, then try again");
}

} // namespace

Error remoteError(const HttpAnswer& answer, const std::string& server, int timeoutMs)
{
    if (answer.interrupted)
        return Error::make(ErrorKind::Unavailable, "stopped waiting for the Claimsmith server at " +
                                                       server + ": the store is being closed");
    if (answer.status == 0) {
        Error e = noAnswer(answer, server, timeoutMs);
        e.cause = Cause::Unreachable;
        return e;
    }

    Error e;
    std::string slug;
    std::string detail;
    const json::ParseResult parsed = json::parse(
        std::string_view(answer.body.constData(), static_cast<std::size_t>(answer.body.size())));
    if (parsed.ok && parsed.value.isObject()) {
        const json::Value& p = parsed.value;
        if (const std::string* type = stringMember(p, "type");
            type && std::string_view(*type).substr(0, kTypePrefix.size()) == kTypePrefix)
            slug = type->substr(kTypePrefix.size());
        if (const std::string* d = stringMember(p, "detail"))
            detail = *d;
        else if (const std::string* t = stringMember(p, "title"))
            detail = *t;
        if (const json::Value* errors = p.find("errors");
            errors && errors->isArray() && errors->size() > 0) {
            if (const std::string* f = stringMember(*errors->at(0), "field"))
                e.field = *f;
        }
        if (const std::string* id = stringMember(p, "record_id"))
            e.recordId = *id;
        if (const json::Value* v = p.find("current_version"); v && v->isInteger())
            e.currentVersion = v->toInt64();
    }
    e.kind = kindOfSlug(slug, answer.status);
    if (slug == "insufficient_storage" || (slug.empty() && answer.status == 507))
        e.cause = Cause::DiskFull;
    if (e.kind == ErrorKind::Conflict && e.currentVersion == 0)
        e.currentVersion = answer.etagVersion;
    if (detail.empty())
        detail = "the server at " + server + " answered HTTP " + std::to_string(answer.status);
    switch (e.kind) {
    case ErrorKind::Unauthorized:
        e.message = "the API key was refused: " + detail +
                    " (check the key, or make one with claimsmith apikey create)";
        break;
    case ErrorKind::Forbidden:
        e.message = "the server refused this with the API key: " + detail;
        break;
    case ErrorKind::Unavailable:
        // A full disk's detail says already what to do (on the server).
        e.message = e.cause == Cause::DiskFull
                        ? "the Claimsmith server at " + server + " cannot store this: " + detail
                        : "the Claimsmith server at " + server + " is unavailable: " + detail +
                              "; try again later";
        break;
    default:
        e.message = detail;
        break;
    }
    return e;
}

} // namespace claimsmith::store
