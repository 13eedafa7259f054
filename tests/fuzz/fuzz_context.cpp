// libFuzzer target over the JSON reader and the template context: what
// `claimsmith render --context FILE` reads, and what token issuance builds
// from the store's objects.
//
// Input: JSON text. Checked contracts:
//  - a parse error has a position inside the text;
//  - writing a parsed value and reading it back gives the same value, and
//    writing that again gives the same text (compact and pretty);
//  - rendering fixed templates against the value as a context gives valid
//    JSON objects (spec/template-language.md §6), and so does the token
//    payload made from them;
//  - the model objects read from the context's roots write and read back
//    equal, and the context ContextBuilder makes from them renders the same
//    claims whether it is built whole or only with the fields a template uses.

#include "FuzzSupport.h"
#include "issue/ContextBuilder.h"
#include "issue/Payload.h"
#include "json/Reader.h"
#include "json/Utf8.h"
#include "json/Writer.h"
#include "model/MetadataLimits.h"
#include "model/ModelJson.h"
#include "template/Context.h"
#include "template/Template.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace claimsmith;
using fuzz::check;

namespace {

// Each template exercises a few filters; they are apart so that a render
// error (T301) in one leaves the others to be checked.
constexpr std::array<std::string_view, 7> kTemplates = {
    R"({"urn:f:u": {{ user }}, "urn:f:o": {{ organization }},
        "urn:f:m": {{ organization_membership }}, "urn:f:a": {{ application }},
        "urn:f:s": {{ session }}})",
    R"({"urn:f:name": "{{ user.first_name }} {{ user.last_name }}",
        "urn:f:email": {{ user.email | downcase | strip }},
        "urn:f:tier": {{ organization.metadata.tier || user.metadata.tier || 'bronze' }},
        "urn:f:domain": "{{ organization.domains.0.domain }}",
        "urn:f:slugs": {{ organization_membership.roles | map: 'slug' | uniq | sort }},
        "urn:f:perms": "{{ organization_membership.permissions | join: ', ' }}",
        "urn:f:json": "{{ user.metadata | json }}",
        "urn:f:arr": [{{ user.id }}, {{ organization.id }}, "{{ application.client_id }}",
                      {{ session.ip }}, {{ user.metadata["a.b"][0] }}]})",
    R"({"null_claims": "keep",
        "urn:f:tags": {{ user.user_metadata.tags | split: ',' | compact | first }},
        "urn:f:last": {{ user.sso_attributes.groups | last | default: 'none' }},
        "urn:f:where": {{ organization.domains | where: 'state', 'verified' | size }},
        "urn:f:attrs": {{ organization_membership.custom_attributes | map: 'a' }},
        "urn:f:text": "{{ session.user_agent | append: 'x' | prepend: 'y' | replace: 'x', 'z' | capitalize | upcase }}"})",
    R"({"urn:f:n": {{ application.metadata.seats | to_number }}})",
    R"({"urn:f:b": {{ user.sso_attributes.admin | to_bool }}})",
    R"({"urn:f:t": {{ user.metadata.since | unix_time }}})",
    R"({"urn:f:d": "{{ user.metadata.blob | base64_decode | base64_encode | to_string }}"})",
};

const std::vector<tmpl::Template>& templates()
{
    static const std::vector<tmpl::Template> compiled = [] {
        std::vector<tmpl::Template> out;
        for (std::string_view text : kTemplates) {
            out.push_back(tmpl::Template::compile(text));
            check(!out.back().hasErrors(), "the target's own templates compile");
        }
        return out;
    }();
    return compiled;
}

void checkJsonObject(std::string_view text, const char* contract)
{
    const json::ParseResult parsed = json::parse(text);
    check(parsed.ok && parsed.value.isObject(), contract);
}

// Renders every template; returns the claims (empty where rendering failed).
std::vector<std::string> renderAll(const json::Value& context)
{
    std::vector<std::string> out;
    for (const tmpl::Template& t : templates()) {
        const tmpl::RenderResult r = t.render(context);
        if (r.ok)
            checkJsonObject(r.json, "rendered claims are a JSON object");
        for (const tmpl::Diagnostic& d : r.diagnostics)
            check(d.span.start <= d.span.end && d.span.end <= t.text().size(),
                  "render diagnostics point into the template");
        out.push_back(r.ok ? r.json : std::string());
    }
    return out;
}

void checkRoundTrip(const json::Value& v)
{
    for (const bool pretty : {false, true}) {
        const std::string text = json::toString(v, json::WriteOptions{pretty, 2});
        const json::ParseResult again = json::parse(text);
        check(again.ok, "written JSON reads back");
        check(again.value == v, "written JSON reads back as the same value");
        check(json::toString(again.value, json::WriteOptions{pretty, 2}) == text,
              "writing is stable");
    }
}

template <typename T>
using FromJson = model::Parsed<T> (*)(const json::Value&, model::UnknownFields*);

template <typename T>
std::optional<T> modelObject(const json::Value* v, FromJson<T> fromJson)
{
    if (!v)
        return std::nullopt;
    model::UnknownFields unknown;
    model::Parsed<T> parsed = fromJson(*v, &unknown);
    if (!parsed.ok()) {
        check(!parsed.error->message.empty(), "a model read error says what is wrong");
        return std::nullopt;
    }
    const model::Parsed<T> again = fromJson(model::toJson(parsed.value), nullptr);
    check(again.ok() && again.value == parsed.value,
          "toJson then fromJson gives back an equal object");
    return std::move(parsed.value);
}

std::optional<issue::Session> sessionOf(const json::Value* v)
{
    if (!v || !v->isObject())
        return std::nullopt;
    issue::Session s;
    const auto text = [&](std::string_view key) -> std::optional<std::string> {
        const json::Value* m = v->find(key);
        return m && m->isString() ? std::optional<std::string>(m->string()) : std::nullopt;
    };
    s.id = text("id").value_or("sess_1");
    s.authMethod = text("auth_method").value_or("password");
    s.ip = text("ip");
    s.userAgent = text("user_agent");
    if (const json::Value* at = v->find("created_at"); at && at->isInteger())
        s.createdAt = at->numberKind() == json::NumberKind::Int ? at->toInt64() : 0;
    return s;
}

void checkStoreContext(const json::Value& v)
{
    const std::optional<model::User> user =
        modelObject<model::User>(v.find("user"), &model::userFromJson);
    const std::optional<model::Organization> org =
        modelObject<model::Organization>(v.find("organization"), &model::organizationFromJson);
    const std::optional<model::Membership> membership = modelObject<model::Membership>(
        v.find("organization_membership"), &model::membershipFromJson);
    const std::optional<model::Application> app =
        modelObject<model::Application>(v.find("application"), &model::applicationFromJson);
    std::vector<model::Role> roles;
    if (const json::Value* r = v.find("roles"); r && r->isArray()) {
        for (const json::Value& e : r->array()) {
            if (auto role = modelObject<model::Role>(&e, &model::roleFromJson))
                roles.push_back(std::move(*role));
        }
    }
    const std::optional<issue::Session> session = sessionOf(v.find("session"));
    if (!user)
        return;

    for (const json::Value* bag : {&user->metadata, &user->userMetadata, &user->ssoAttributes}) {
        for (model::LimitsProfile p : {model::LimitsProfile::Default, model::LimitsProfile::WorkOS,
                                       model::LimitsProfile::Auth0}) {
            if (const auto violation = model::checkMetadata(*bag, p, "metadata"))
                check(!violation->message.empty() && !violation->limit.empty(),
                      "a metadata limit violation names the limit and says why");
        }
    }

    issue::ContextBuilder whole;
    whole.setRoles(roles);
    const json::Value context =
        whole.build(*user, org ? &*org : nullptr, membership ? &*membership : nullptr,
                    app ? &*app : nullptr, session ? &*session : nullptr);
    check(tmpl::checkContext(context).empty(), "a built context has the shape of spec §4");
    const std::vector<std::string> claims = renderAll(context);
    for (std::size_t i = 0; i < templates().size(); ++i) {
        const tmpl::Template& t = templates()[i];
        issue::ContextBuilder partial(&t.usedFields());
        partial.setRoles(roles);
        // The overload that moves the bags out: on copies.
        model::User userCopy = *user;
        std::optional<model::Organization> orgCopy = org;
        std::optional<model::Membership> membershipCopy = membership;
        const json::Value small =
            partial.build(std::move(userCopy), orgCopy ? &*orgCopy : nullptr,
                          membershipCopy ? &*membershipCopy : nullptr, app ? &*app : nullptr,
                          session ? &*session : nullptr);
        const tmpl::RenderResult r = t.render(small);
        check((r.ok ? r.json : std::string()) == claims[i],
              "a context built with the used fields only renders the same claims");
        if (!r.ok)
            continue;
        issue::PayloadOptions options;
        options.issuer = "https://issuer.example";
        options.issuedAt = 1767225600;
        options.jti = "fuzz";
        std::string payload;
        issue::appendPayload(payload, context, claims[i], t.setsClaim("aud"), options);
        const json::ParseResult parsed = json::parse(payload);
        check(parsed.ok && parsed.value.isObject(), "the token payload is a JSON object");
        const json::Value* sub = parsed.value.find("sub");
        check(sub && sub->isString() && sub->string() == user->id,
              "the token's subject is the user");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::textOf(data, size);
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        check(parsed.error.offset <= text.size() && parsed.error.line >= 1 &&
                  parsed.error.column >= 1,
              "a parse error is at a place inside the text");
        check(!parsed.error.message.empty() && utf8::isValid(parsed.error.message),
              "a parse error says what is wrong, in UTF-8");
        return 0;
    }
    checkRoundTrip(parsed.value);
    for (const tmpl::ContextProblem& p : tmpl::checkContext(parsed.value))
        check(!p.message.empty() && utf8::isValid(p.message),
              "a context problem says what is wrong, in UTF-8");
    renderAll(parsed.value);
    checkStoreContext(parsed.value);
    return 0;
}
