#include "Problem.h"

namespace claimsmith::server {

namespace {

json::Value problemJson(const ProblemType& type, std::string detail,
                        std::vector<FieldProblem> errors)
{
    json::Array list;
    for (FieldProblem& e : errors)
        list.push_back(json::Value::object(
            {{"field", std::move(e.field)}, {"message", std::move(e.message)}}));
    return json::Value::object({{"type", std::string("urn:claimsmith:problem:") + type.slug},
                                {"title", type.title},
                                {"status", type.status},
                                {"detail", std::move(detail)},
                                {"errors", json::Value(std::move(list))}});
}

Response problemResponse(const json::Value& body, int status)
{
    Response r = Response::json(body, status);
    r.contentType = "application/problem+json";
    return r;
}

const ProblemType& typeOf(const store::Error& error)
{
    using store::ErrorKind;
    if (error.kind == ErrorKind::Unavailable && error.cause == store::Cause::DiskFull)
        return problems::kInsufficientStorage;
    switch (error.kind) {
    case ErrorKind::NotFound:
        return problems::kNotFound;
    case ErrorKind::Conflict:
        return problems::kConflict;
    case ErrorKind::Duplicate:
        return problems::kDuplicate;
    case ErrorKind::Limit:
        return problems::kLimit;
    case ErrorKind::Invalid:
        return problems::kInvalid;
    case ErrorKind::Unauthorized:
        return problems::kUnauthorized;
    case ErrorKind::Forbidden:
        return problems::kForbidden;
    case ErrorKind::Unavailable:
        return problems::kUnavailable;
    case ErrorKind::None:
    case ErrorKind::Internal:
        break;
    }
    return problems::kInternal;
}

} // namespace

Response problem(const ProblemType& type, std::string detail, std::vector<FieldProblem> errors)
{
    return problemResponse(problemJson(type, std::move(detail), std::move(errors)), type.status);
}

Response problem(const store::Error& error)
{
    const ProblemType& type = typeOf(error);
    std::vector<FieldProblem> errors;
    if (!error.field.empty())
        errors.push_back({error.field, error.message});
    json::Value body = problemJson(type, error.message, std::move(errors));
    // Extension members (RFC 9457 §3.2) for clients that reconcile.
    if (!error.recordId.empty())
        body.set("record_id", error.recordId);
    if (error.kind == store::ErrorKind::Conflict)
        body.set("current_version", error.currentVersion);
    Response r = problemResponse(body, type.status);
    if (error.kind == store::ErrorKind::Conflict)
        r.setVersion(error.currentVersion);
    return r;
}

} // namespace claimsmith::server
