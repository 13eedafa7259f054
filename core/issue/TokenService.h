#pragma once

#include "ContextBuilder.h"
#include "jose/TokenSigner.h"
#include "store/Store.h"
#include "template/Template.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace claimsmith::model {
class Clock;
}

namespace claimsmith::issue {

// Who a token is for. User and organization are ids or external ids; the
// application is an id or a client id (the store's default when empty);
// without an organization the token carries no organization claims.
struct TokenRequest
{
    std::string user;
    std::string organization;
    std::string application;
    std::optional<Session> session;
    std::optional<std::int64_t> now; // iat in seconds; the clock when unset
};

struct IssuedToken
{
    std::string token;
    std::int64_t expiresIn = 0; // seconds
    std::string claims;         // the template's claims (compact JSON)
    std::string payload;        // the full payload (compact JSON)
    std::string kid;
    std::string templateName;
    int templateVersion = 0;
    std::vector<tmpl::Diagnostic> warnings; // render warnings (T403 over the soft budget)
};

// Issues tokens: renders the production version of the application's
// template with the context built from the store, adds the standard claims
// and signs with the active key.
//
// Each token reads the store in one snapshot (Store::beginRead): the store's
// change count, then the user with the organization and membership in one
// lookup. Roles, applications, the issuer, which template versions are in
// production and the active key's kid are kept and read again (in the same
// snapshot) whenever the change count moved, so every token sees every
// write committed before it, by any connection or process. Compiled
// template versions (immutable) and the signer of the active key are kept by
// version and kid. The signature is made after the snapshot ends. Used by
// one thread at a time, like its Store.
class TokenService
{
public:
    struct Options
    {
        const model::Clock* clock = nullptr; // the system clock by default
    };

    explicit TokenService(store::Store& store);
    TokenService(store::Store& store, Options options);
    ~TokenService();

    store::Result<IssuedToken> issue(const TokenRequest& request);
    // The claims and payload without signing (render --store, previews).
    store::Result<IssuedToken> render(const TokenRequest& request);
    // The same for a subject the caller has already read (the rollout check
    // reads users in bulk); request.user and request.organization are unused.
    store::Result<IssuedToken> issue(const store::TokenSubject& subject,
                                     const TokenRequest& request);
    store::Result<IssuedToken> render(const store::TokenSubject& subject,
                                      const TokenRequest& request);
    // The whole context a template sees for this request.
    store::Result<json::Value> context(const TokenRequest& request);
    // Read everything kept again before the next token.
    void invalidate();

private:
    // A compiled production version with what issuing from it needs.
    struct Prepared
    {
        std::unique_ptr<tmpl::Template> compiled;
        ContextBuilder builder; // only the fields the template reads
        store::TokenSubjectParts parts;
        bool setsAud = false;
    };
    // What one token is made from, found inside the snapshot.
    struct Plan
    {
        const model::Application* app = nullptr;
        std::string templateName;
        int templateVersion = 0;
        store::Result<const Prepared*> prepared = store::Error();
        store::Result<const jose::TokenSigner*> signer = store::Error();
    };

    store::Result<IssuedToken> run(const TokenRequest& request, bool sign);
    store::Result<IssuedToken> runFor(const store::TokenSubject& subject,
                                      const TokenRequest& request, bool sign);
    // Inside a snapshot: settings, application, template and signer.
    store::Result<Plan> plan(const TokenRequest& request, bool sign);
    template <typename Subject>
    store::Result<IssuedToken> finish(Plan& plan, Subject&& subject, const TokenRequest& request,
                                      bool sign);
    store::Error refreshIfChanged();
    store::Result<const Prepared*> productionTemplate(const std::string& name);
    store::Result<const jose::TokenSigner*> signer();
    const model::Application* findApplication(const std::string& idOrClientId) const;

    store::Store& m_store;
    Options m_options;
    bool m_loaded = false;
    std::uint64_t m_changeCount = 0; // of the store when the settings were read
    std::vector<model::Role> m_roles;
    std::vector<model::Application> m_applications;
    std::string m_issuer;
    std::map<std::string, std::optional<int>> m_production; // template → production version
    std::map<std::pair<std::string, int>, Prepared> m_prepared;
    std::string m_activeKid;
    std::string m_signerKid;
    std::unique_ptr<jose::TokenSigner> m_signer;
};

} // namespace claimsmith::issue
