// The JWKS, token issuance and the store's signing keys.

#include "Resource.h"
#include "Routes.h"
#include "issue/TokenService.h"
#include "jose/Key.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response jwks(Call& call)
{
    store::Result<json::Value> keys = call.store().jwks();
    if (!keys)
        return problem(keys.error());
    Response r = Response::json(*keys);
    // Verifiers may cache for five minutes: a key is published as "next"
    // before it signs, so a cached set already holds the next signing key.
    r.setHeader("Cache-Control", "public, max-age=300");
    return r;
}

std::optional<std::string> optionalString(const json::Value& body, const char* name,
                                          Response& error)
{
    const json::Value* v = body.find(name);
    if (!v || v->isNull())
        return std::string();
    if (!v->isString()) {
        error = fieldProblem({name, "must be a string"});
        return std::nullopt;
    }
    return v->string();
}

Response token(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    issue::TokenRequest request;
    for (const json::Member& m : body->object()) {
        if (m.key != "user_id" && m.key != "organization_id" && m.key != "application_id")
            return fieldProblem({m.key, "is not a field of a token request"});
    }
    std::optional<std::string> user = optionalString(*body, "user_id", error);
    std::optional<std::string> org = optionalString(*body, "organization_id", error);
    std::optional<std::string> app = optionalString(*body, "application_id", error);
    if (!user || !org || !app)
        return error;
    if (user->empty())
        return fieldProblem({"user_id", "is required"});
    request.user = *user;
    request.organization = *org;
    request.application = *app;
    store::Result<issue::IssuedToken> issued = call.tokens().issue(request);
    if (!issued)
        return problem(issued.error());
    Response r = Response::json(json::Value::object({{"access_token", issued->token},
                                                     {"token_type", "Bearer"},
                                                     {"expires_in", issued->expiresIn}}));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

Response listKeys(Call& call)
{
    store::Result<std::vector<model::SigningKey>> keys = call.store().signingKeys();
    if (!keys)
        return problem(keys.error());
    return pagedList(
        call, std::move(keys.value()), [](const model::SigningKey& k) { return k.kid; },
        [](const model::SigningKey& k) { return model::toJson(k); });
}

// {"alg": "ES256", "bits"?: 2048, "state"?: "next"|"active"} generates a key
// on the server; {"jwk": {…private JWK…}, "state"?} adds one.
Response addKey(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    for (const json::Member& m : body->object()) {
        if (m.key != "alg" && m.key != "bits" && m.key != "state" && m.key != "jwk")
            return fieldProblem({m.key, "is not a field of a new key"});
    }
    model::KeyState state = model::KeyState::Next;
    if (const json::Value* s = body->find("state")) {
        const auto parsed = s->isString() ? model::keyStateFromName(s->string()) : std::nullopt;
        if (!parsed || *parsed == model::KeyState::Retired)
            return fieldProblem({"state", "must be next or active"});
        state = *parsed;
    } else if (!call.store().activeSigningKey()) {
        state = model::KeyState::Active; // the first key signs
    }
    const json::Value* alg = body->find("alg");
    const json::Value* jwk = body->find("jwk");
    if ((alg != nullptr) == (jwk != nullptr))
        return problem(problems::kInvalid, "give alg (to generate a key) or jwk (to add one)",
                       {{"alg", "alg or jwk is required"}});
    jose::Key key;
    std::string why;
    if (alg) {
        const auto a = alg->isString() ? jose::algorithmFromName(alg->string()) : std::nullopt;
        if (!a)
            return fieldProblem({"alg", "is not a signing algorithm (ES256, RS256, EdDSA, …)"});
        int bits = 0;
        if (const json::Value* b = body->find("bits")) {
            if (!b->isInteger() ||
                (b->toInt64() != 2048 && b->toInt64() != 3072 && b->toInt64() != 4096))
                return fieldProblem({"bits", "must be 2048, 3072 or 4096"});
            bits = static_cast<int>(b->toInt64());
        }
        if (!jose::Key::generate(*a, bits, key, why))
            return fieldProblem({"alg", why});
    } else if (!jose::Key::fromJwk(*jwk, key, why)) {
        return fieldProblem({"jwk", why});
    }
    store::Result<model::SigningKey> added = call.store().addSigningKey(key, state);
    return added ? objectResponse(model::toJson(*added), added->version, 201)
                 : problem(added.error());
}

Response changeKey(Call& call, bool activate)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    const std::string kid = call.param("kid");
    store::Result<model::SigningKey> changed = activate
                                                   ? call.store().activateSigningKey(kid, *version)
                                                   : call.store().retireSigningKey(kid, *version);
    return changed ? objectResponse(model::toJson(*changed), changed->version)
                   : problem(changed.error());
}

} // namespace

void addSystemRoutes(Router& router)
{
    router.add("GET", u"/.well-known/jwks.json"_s, Access::Public, jwks, Speed::Quick);
    router.add("POST", u"/v1/tokens"_s, Access::Read, token, Speed::Quick);
    router.add("GET", u"/v1/keys"_s, Access::Read, listKeys);
    router.add("POST", u"/v1/keys"_s, Access::Write, addKey);
    router.add("POST", u"/v1/keys/{kid}/activate"_s, Access::Write,
               [](Call& call) { return changeKey(call, true); });
    router.add("POST", u"/v1/keys/{kid}/retire"_s, Access::Write,
               [](Call& call) { return changeKey(call, false); });
}

} // namespace claimsmith::server
