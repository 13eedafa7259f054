#pragma once

#include "HttpTypes.h"
#include "Router.h"
#include "WorkerPool.h"

#include <map>
#include <string>

namespace claimsmith::server {

// Every route of spec/server-api.md: the native API and the
// WorkOS-compatible subset.
void addAllRoutes(Router& router);

// The answer to a request that no route takes: 405 with Allow when the path
// is known, 404 otherwise.
Response unrouted(const Router::Match& match, const Request& request);

// Checks the API key the route needs and runs its handler on the worker's
// store. `keyName` receives the name of the key that was used (for the
// access log).
Response runRoute(const Router::Route& route, std::map<QString, QString> params,
                  const Request& request, WorkerPool::Worker& worker, std::string& keyName);

// Both of the above: what the server answers to one request, without the
// network (the server, tests and the fuzz target use it), in the shape of the
// API of its route (Router::Route::api), or of Router::apiOf without one.
Response dispatch(const Router& router, const Request& request, WorkerPool::Worker& worker,
                  std::string& keyName);

// `response` in the shape of `api`: a problem+json error becomes WorkOS's
// {"message","code"} for Api::WorkOs (workos::fromProblem); anything else
// is returned as it is.
Response inShapeOf(Api api, const Response& response);

} // namespace claimsmith::server
