#include "Dispatch.h"

#include "AuthLimiter.h"
#include "Call.h"
#include "Problem.h"
#include "Routes.h"
#include "WorkOsResource.h"
#include "WorkOsRoutes.h"

#include <exception>
#include <optional>

namespace claimsmith::server {

void addAllRoutes(Router& router)
{
    addSystemRoutes(router);
    addUserRoutes(router);
    addOrganizationRoutes(router);
    addMembershipRoutes(router);
    addAccessRoutes(router);
    addApplicationRoutes(router);
    addTemplateRoutes(router);
    addRecordRoutes(router);
    addReplaceRoutes(router);
    addSettingsRoutes(router);
    addWorkOsRoutes(router);
}

Response unrouted(const Router::Match& match, const Request& request)
{
    if (!match.allow.isEmpty()) {
        Response r = problem(problems::kMethodNotAllowed, request.method.toStdString() +
                                                              " is not allowed here; use " +
                                                              match.allow.toStdString());
        r.setHeader("Allow", match.allow);
        return r;
    }
    return problem(problems::kNotFound, "there is no endpoint " + request.method.toStdString() +
                                            " " + request.path.toStdString());
}

Response runRoute(const Router::Route& route, std::map<QString, QString> params,
                  const Request& request, WorkerPool::Worker& worker, std::string& keyName)
{
    if (!worker.store)
        return problem(problems::kUnavailable,
                       "the server cannot open its store: " + worker.openError.message);
    // A read sees one snapshot from the key check to its last row, in one
    // read transaction rather than one per statement.
    std::optional<store::ReadSnapshot> snapshot;
    if (route.access != Access::Write)
        snapshot.emplace(*worker.store);
    std::optional<store::ApiKey> key;
    if (route.access != Access::Public) {
        if (worker.limiter) {
            if (std::optional<std::chrono::seconds> wait =
                    worker.limiter->blocked(request.remote)) {
                Response r = problem(problems::kTooManyRequests,
                                     "too many requests with unknown API keys came from " +
                                         request.remote.toStdString() + "; try again in " +
                                         std::to_string(wait->count()) + " s");
                r.setHeader("Retry-After", QByteArray::number(wait->count()));
                return r;
            }
        }
        const QByteArray auth = request.header("authorization").trimmed();
        if (auth.isEmpty() || !auth.startsWith("Bearer ")) {
            Response r = problem(problems::kUnauthorized,
                                 "send an API key as Authorization: Bearer <key> (make one with "
                                 "claimsmith apikey create)");
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        store::Result<store::ApiKey> found =
            worker.store->authenticateApiKey(auth.mid(7).trimmed().toStdString());
        if (!found) {
            if (found.error().kind != store::ErrorKind::Unauthorized)
                return problem(found.error());
            if (worker.limiter)
                worker.limiter->failed(request.remote);
            Response r = problem(problems::kUnauthorized, "the API key is unknown or revoked");
            r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return r;
        }
        key = std::move(found.value());
        keyName = key->name;
        if (route.access == Access::Write && key->role == store::ApiKeyRole::ReadOnly)
            return problem(problems::kForbidden, "the API key \"" + key->name +
                                                     "\" is read-only; writes need an admin key");
    }
    worker.store->setActor(keyName.empty() ? std::string("server") : keyName);
    Call call(request, std::move(params), *worker.store, *worker.tokens, key ? &*key : nullptr);
    Response response;
    try {
        response = route.handler(call);
    } catch (const std::exception& e) {
        response = problem(problems::kInternal, std::string("internal error: ") + e.what());
    }
    if (route.access == Access::Write && response.status < 400)
        worker.tokens->invalidate(); // roles, templates, keys may have changed
    return response;
}

Response dispatch(const Router& router, const Request& request, WorkerPool::Worker& worker,
                  std::string& keyName)
{
    Router::Match match = router.match(request.method, request.path);
    if (!match.route)
        return inShapeOf(router.apiOf(request.path), unrouted(match, request));
    return inShapeOf(match.route->api,
                     runRoute(*match.route, std::move(match.params), request, worker, keyName));
}

Response inShapeOf(Api api, const Response& response)
{
    return api == Api::WorkOs ? workos::fromProblem(response) : response;
}

} // namespace claimsmith::server
