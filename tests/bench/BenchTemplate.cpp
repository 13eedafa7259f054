// Template engine figures: parse and render of a realistic 12-claim template,
// render time against one ES256 signature (OpenSSL EVP, same run), the lint
// time of a 200-line template, and the JSON readers we chose between.

#include "Bench.h"
#include "json/Reader.h"
#include "json/Value.h"
#include "json/Writer.h"
#include "template/Completion.h"
#include "template/Template.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <rapidjson/document.h>
#include <stdexcept>
#include <string>

namespace claimsmith::bench {

namespace {

const char* kTemplate = R"({
  "aud": "claimsmith-demo",
  "urn:claimsmith:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:claimsmith:email": {{ user.email | downcase }},
  "urn:claimsmith:tier": {{ organization.metadata.tier || 'free' }},
  "urn:claimsmith:plan": {{ user.metadata.plan | default: 'basic' }},
  "urn:claimsmith:language": {{ user.metadata.language || user.user_metadata.language || 'en' }},
  "urn:claimsmith:org": "{{ organization.name }}",
  "urn:claimsmith:domain": {{ organization.domains.0.domain }},
  "urn:claimsmith:roles": {{ organization_membership.roles | map: 'slug' }},
  "urn:claimsmith:permissions": {{ organization_membership.permissions }},
  "urn:claimsmith:flags": {{ user.metadata.feature_flags }},
  "urn:claimsmith:org_settings": {{ organization.metadata }}
})";

const char* kContext = R"({
  "user": {
    "id": "user_01J8Z3W4Q5R6S7T8V9WXYZABCD",
    "email": "Ada.Lovelace@Example.com",
    "email_verified": true,
    "first_name": "Ada",
    "last_name": "Lovelace",
    "external_id": "crm-000042",
    "created_at": "2024-03-01T09:30:00Z",
    "updated_at": "2025-11-02T17:04:12Z",
    "metadata": {"plan": "enterprise", "department": "Research", "feature_flags": ["beta-editor", "sso"],
                 "seats": 25, "region": "eu-west-1", "cost_center": "R&D-7"},
    "user_metadata": {"language": "en-GB", "theme": "dark"},
    "sso_attributes": {"department": "Research"}
  },
  "organization": {
    "id": "org_01J8Z3W4Q5R6S7T8V9WXYZABCE",
    "name": "Analytical Engines Ltd",
    "external_id": "acct-9001",
    "domains": [{"domain": "example.com", "state": "verified"}],
    "metadata": {"tier": "gold", "license_key": "AE-2025-XXXX", "max_seats": 500, "sso_required": true}
  },
  "organization_membership": {
    "id": "om_01J8Z3W4Q5R6S7T8V9WXYZABCF",
    "status": "active",
    "role": {"slug": "admin"},
    "roles": [{"slug": "admin"}, {"slug": "member"}],
    "permissions": ["users:read", "users:write", "billing:read"]
  },
  "application": {"id": "app_1", "name": "Dashboard", "client_id": "client_123", "metadata": {}},
  "session": {"id": "session_1", "auth_method": "sso", "created_at": "2025-11-22T08:00:00Z"}
})";

// A template of about 200 lines, as a large real one looks.
std::string largeTemplate()
{
    std::string t = "{\n";
    const char* forms[] = {
        "\"urn:app:c%d\": {{ user.metadata.k%d || organization.metadata.k%d || 'none' }},\n",
        "\"urn:app:c%d\": \"{{ user.first_name }} #%d {{ organization.name }}\",\n",
        "\"urn:app:c%d\": {{ organization_membership.roles | map: 'slug' | join: ',' | upcase "
        "}},\n",
        "\"urn:app:c%d\": {\"a\": {{ user.email | downcase }}, \"n\": %d},\n",
    };
    for (int i = 0; i < 198; ++i) {
        char line[256];
        std::snprintf(line, sizeof line, forms[i % 4], i, i, i);
        t += line;
    }
    t += "\"urn:app:last\": true\n}\n";
    return t;
}

// nlohmann's SAX interface building our Value: the alternative reader.
class NlohmannBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool null() override { return add(json::Value()); }
    bool boolean(bool b) override { return add(json::Value(b)); }
    bool number_integer(number_integer_t i) override
    {
        return add(json::Value(static_cast<long long>(i)));
    }
    bool number_unsigned(number_unsigned_t u) override
    {
        return add(json::Value(static_cast<unsigned long long>(u)));
    }
    bool number_float(number_float_t, const string_t& s) override
    {
        json::Value v;
        json::Value::fromNumberText(s, v);
        return add(std::move(v));
    }
    bool string(string_t& s) override { return add(json::Value(std::move(s))); }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override
    {
        m_stack.push_back(json::Value(json::Object{}));
        m_keys.emplace_back();
        return true;
    }
    bool key(string_t& k) override
    {
        m_keys.back() = std::move(k);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override
    {
        m_stack.push_back(json::Value(json::Array{}));
        m_keys.emplace_back();
        return true;
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }
    json::Value root;

private:
    bool add(json::Value v)
    {
        if (m_stack.empty()) {
            root = std::move(v);
            return true;
        }
        json::Value& top = m_stack.back();
        if (top.isArray())
            top.array().push_back(std::move(v));
        else
            top.object().push_back(json::Member{std::move(m_keys.back()), std::move(v)});
        return true;
    }
    bool close()
    {
        json::Value v = std::move(m_stack.back());
        m_stack.pop_back();
        m_keys.pop_back();
        return add(std::move(v));
    }
    std::vector<json::Value> m_stack;
    std::vector<std::string> m_keys;
};

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// One ES256 signature over a token-sized signing input, key loaded once.
double es256SignNs()
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        throw std::runtime_error("EC key generation failed");
    const std::string input(620, 'x');
    unsigned char sig[128];
    return nsPerOp([&] {
        std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
        std::size_t len = sizeof sig;
        if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
            EVP_DigestSign(ctx.get(), sig, &len,
                           reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1)
            throw std::runtime_error("ES256 signing failed");
        keep(sig);
    });
}

void run(Report& r)
{
    const json::ParseResult context = json::parse(kContext);
    if (!context.ok)
        throw std::runtime_error("bad bench context: " + context.error.toString());

    if (r.wants("template.parse")) {
        const double ns = nsPerOp([] {
            const tmpl::Template t = tmpl::Template::compile(kTemplate);
            keep(&t);
        });
        r.value("template.parse_12_claims", ns, "ns/op");
        const std::string large = largeTemplate();
        const double largeNs = nsPerOp([&] {
            const tmpl::Template t = tmpl::Template::compile(large);
            keep(&t);
        });
        // Target: under 1 ms, so that the editor can lint on every keystroke.
        r.ratio("template.parse_lint_200_lines", largeNs, "ns/op", "budget_1ms", 1e6,
                largeNs / 1e6);
        const double completeNs = nsPerOp([&] {
            const tmpl::Completion c =
                tmpl::complete(large, static_cast<std::uint32_t>(large.size() / 2), nullptr);
            keep(&c);
        });
        r.value("template.complete_in_200_lines", completeNs, "ns/op");
    }
    if (r.wants("template.render")) {
        const tmpl::Template t = tmpl::Template::compile(kTemplate);
        if (t.hasErrors())
            throw std::runtime_error("bench template has errors: " + t.diagnostics()[0].message);
        std::string out;
        std::vector<tmpl::Diagnostic> diagnostics;
        const double render = nsPerOp([&] {
            out.clear();
            t.renderTo(context.value, out, diagnostics);
            keep(out.data());
        });
        const double sign = es256SignNs();
        // Target: rendering adds at most 5% to the cost of signing (ratio <= 0.05).
        r.ratio("template.render_12_claims_vs_es256_sign", render, "ns/op", "openssl.es256_sign",
                sign, render / sign);
    }
    if (r.wants("json.read")) {
        const std::string text = kContext;
        const double ours = nsPerOp([&] {
            const json::ParseResult p = json::parse(text);
            keep(&p);
        });
        const double nlohmannSax = nsPerOp([&] {
            NlohmannBuilder b;
            nlohmann::json::sax_parse(text, &b);
            keep(&b.root);
        });
        const double nlohmannDom = nsPerOp([&] {
            const auto j = nlohmann::ordered_json::parse(text);
            keep(&j);
        });
        const double rapidDom = nsPerOp([&] {
            rapidjson::Document d;
            d.Parse(text.data(), text.size());
            keep(&d);
        });
        // The reader behind json::parse (RapidJSON SAX into our Value) against
        // the alternatives measured in the same run; ratio > 1: ours is faster.
        r.ratio("json.read_context.rapidjson_sax_vs_nlohmann_sax", ours, "ns/op",
                "nlohmann_sax_to_value", nlohmannSax, nlohmannSax / ours);
        r.value("json.read_context.nlohmann_ordered_json_dom", nlohmannDom, "ns/op");
        r.value("json.read_context.rapidjson_document", rapidDom, "ns/op");
        const std::string compact = json::toString(context.value);
        const double write = nsPerOp([&] {
            std::string s;
            json::write(s, context.value);
            keep(s.data());
        });
        r.value("json.write_context", write, "ns/op");
        r.value("json.context_bytes", static_cast<double>(compact.size()), "bytes");
    }
}

Register reg("template", &run);

} // namespace

} // namespace claimsmith::bench
