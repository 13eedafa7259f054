#pragma once

#include "HttpTypes.h"
#include "store/ApiKey.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <map>
#include <optional>
#include <string>

namespace claimsmith::issue {
class TokenService;
}

namespace claimsmith::server {

// One request being handled on a worker thread: the request, the captures
// of its route, the worker's store and token service, and readers of the
// parts every handler needs. Readers that fail fill `error` with the
// problem to answer and return nullopt / false.
class Call
{
public:
    Call(const Request& request, std::map<QString, QString> params, store::Store& store,
         issue::TokenService& tokens, const store::ApiKey* key)
        : m_request(request)
        , m_params(std::move(params))
        , m_store(store)
        , m_tokens(tokens)
        , m_key(key)
    {}

    const Request& request() const { return m_request; }
    store::Store& store() { return m_store; }
    issue::TokenService& tokens() { return m_tokens; }
    const store::ApiKey* key() const { return m_key; }

    // A capture of the route, as UTF-8.
    std::string param(const char* name) const;
    // A query parameter, as UTF-8 (empty when absent).
    std::string query(const char* name) const;
    bool hasQuery(const char* name) const;

    // The body as a JSON object: 400 with line and column when it is not
    // JSON, 400 when it is not an object. The Content-Type is not checked
    // (curl -d sends a form type).
    std::optional<json::Value> body(Response& error) const;
    // The version of If-Match ("<version>", W/ and quotes optional): 428
    // when absent, 400 when it is not a version.
    std::optional<std::int64_t> ifMatch(Response& error) const;
    // ?limit= (1–1000, default 100) and ?after=.
    bool page(int& limit, std::string& after, Response& error) const;

private:
    const Request& m_request;
    std::map<QString, QString> m_params;
    store::Store& m_store;
    issue::TokenService& m_tokens;
    const store::ApiKey* m_key;
};

// {"data":[…],"list_metadata":{"after":<cursor or null>}}.
Response listResponse(json::Array data, const std::string& next);

} // namespace claimsmith::server
