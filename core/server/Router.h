#pragma once

#include "HttpTypes.h"

#include <functional>
#include <map>
#include <vector>

namespace claimsmith::server {

class Call;

// Who may call a route: anyone, any API key, or an admin key only.
enum class Access
{
    Public,
    Read,
    Write
};

// Where a route runs. Quick routes run on the connection's own thread, with
// no hand-over: they read one record by an indexed key or issue a token,
// never write and never scan, so they cannot hold the connections behind
// them for long (SQLite readers never wait for writers). Every other route
// runs on the store thread pool, so that one slow request holds one pool
// thread, not the server.
enum class Speed
{
    Pooled,
    Quick
};

// The API a route belongs to, which chooses the shape of its errors: RFC
// 9457 problem details for the native API, WorkOS's {"message","code"} for
// the WorkOS-compatible one (workos::fromProblem).
enum class Api
{
    Native,
    WorkOs
};

using Handler = std::function<Response(Call&)>;

// Maps a method and a path to a handler. Patterns are literal segments and
// `{name}` captures of one whole segment ("/v1/users/{id}"); segments are
// percent-decoded after splitting, so an id may hold an encoded '/'. Routes
// match in the order they were added.
class Router
{
public:
    struct Route
    {
        QByteArray method;
        std::vector<QString> segments;
        Access access;
        Handler handler;
        Speed speed = Speed::Pooled;
        Api api = Api::Native;
    };
    struct Match
    {
        const Route* route = nullptr;
        std::map<QString, QString> params;
        // When the path matched but not the method: the methods that would.
        QByteArray allow;
    };

    void add(QByteArray method, const QString& pattern, Access access, Handler handler,
             Speed speed = Speed::Pooled);
    // The API of the routes added from now on (Native until set).
    void setApi(Api api) { m_adding = api; }
    // `path` is the percent-encoded path of the request.
    Match match(const QByteArray& method, const QString& path) const;

    // The API of a request that has no route (yet): the answers given
    // before routing (413, 414, 431, 408) and to paths no route takes (404,
    // 405) are in the shape of the API whose routes share the path's first
    // segment ("/organizations/…" → WorkOs), else of the native API. The
    // one place that decides it for requests without a route.
    Api apiOf(QStringView path) const;

private:
    std::vector<Route> m_routes;
    Api m_adding = Api::Native;
    std::map<QString, Api> m_firstSegments; // of the routes, the API of the first that has it
};

} // namespace claimsmith::server
