#include "TokenService.h"

#include "Payload.h"
#include "model/Clock.h"

namespace claimsmith::issue {

using store::Error;
using store::ErrorKind;
using store::Result;

TokenService::TokenService(store::Store& store)
    : TokenService(store, Options{})
{}

TokenService::TokenService(store::Store& store, Options options)
    : m_store(store)
    , m_options(options)
{}

TokenService::~TokenService() = default;

void TokenService::invalidate()
{
    m_loaded = false;
}

Error TokenService::refreshIfStale()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_loaded && now - m_loadedAt < m_options.refresh)
        return {};
    Result<std::vector<model::Role>> roles = m_store.roles();
    if (!roles)
        return roles.error();
    Result<std::vector<model::Application>> apps = m_store.applications();
    if (!apps)
        return apps.error();
    Result<std::string> issuer = m_store.issuer();
    if (!issuer)
        return issuer.error();
    Result<std::vector<model::Template>> templates = m_store.templates();
    if (!templates)
        return templates.error();
    m_roles = std::move(roles.value());
    m_applications = std::move(apps.value());
    m_issuer = std::move(issuer.value());
    m_production.clear();
    for (const model::Template& t : *templates)
        m_production[t.name] = t.productionVersion;
    Result<model::SigningKey> active = m_store.activeSigningKey();
    m_activeKid = active ? active->kid : std::string();
    m_loadedAt = now;
    m_loaded = true;
    return {};
}

const model::Application* TokenService::findApplication(const std::string& idOrClientId) const
{
    if (idOrClientId.empty())
        return m_applications.empty() ? nullptr : &m_applications.front();
    for (const model::Application& a : m_applications) {
        if (a.id == idOrClientId || a.clientId == idOrClientId)
            return &a;
    }
    return nullptr;
}

Result<const tmpl::Template*> TokenService::productionTemplate(const std::string& name)
{
    auto it = m_production.find(name);
    if (it == m_production.end())
        return Error::make(ErrorKind::NotFound, "there is no template named " + name, "template");
    if (!it->second)
        return Error::make(ErrorKind::NotFound,
                           "the template " + name +
                               " has no production version yet; promote one to production",
                           "template");
    const std::pair<std::string, int> key{name, *it->second};
    auto compiled = m_compiled.find(key);
    if (compiled == m_compiled.end()) {
        Result<model::TemplateVersion> v = m_store.templateVersion(name, *it->second);
        if (!v)
            return v.error();
        auto t = std::make_unique<tmpl::Template>(tmpl::Template::compile(v->content));
        compiled = m_compiled.emplace(key, std::move(t)).first;
    }
    return compiled->second.get();
}

Result<const jose::TokenSigner*> TokenService::signer()
{
    if (m_activeKid.empty())
        return Error::make(ErrorKind::NotFound, "the store has no active signing key; add one with "
                                                "claimsmith keys add, or under Signing Keys");
    if (m_signer && m_signerKid == m_activeKid)
        return m_signer.get();
    Result<jose::Key> key = m_store.signingKeyForIssuing();
    if (!key)
        return key.error();
    auto signer = std::make_unique<jose::TokenSigner>();
    std::string error;
    const std::string kid = key->kid().empty() ? key->thumbprint() : key->kid();
    if (!jose::TokenSigner::create(*key, jose::signingAlgorithm(*key), kid, *signer, error))
        return Error::make(ErrorKind::Internal, "the active key " + kid + " cannot sign: " + error);
    m_signer = std::move(signer);
    m_signerKid = kid;
    return m_signer.get();
}

Result<json::Value> TokenService::context(const TokenRequest& request)
{
    if (Error e = refreshIfStale())
        return e;
    Result<store::TokenSubject> subject = m_store.tokenSubject(request.user, request.organization);
    if (!subject)
        return subject.error();
    const model::Application* app = findApplication(request.application);
    if (!app && !request.application.empty())
        return Error::make(ErrorKind::NotFound,
                           "there is no application with the id or client id " +
                               request.application,
                           "application_id");
    ContextBuilder builder;
    builder.setRoles(m_roles);
    return builder.build(subject->user, subject->organization ? &*subject->organization : nullptr,
                         subject->membership ? &*subject->membership : nullptr, app,
                         request.session ? &*request.session : nullptr);
}

Result<IssuedToken> TokenService::run(const TokenRequest& request, bool sign)
{
    Result<store::TokenSubject> subject = m_store.tokenSubject(request.user, request.organization);
    if (!subject)
        return subject.error();
    return runFor(*subject, request, sign);
}

Result<IssuedToken> TokenService::runFor(const store::TokenSubject& subject,
                                         const TokenRequest& request, bool sign)
{
    if (Error e = refreshIfStale())
        return e;
    const model::Application* app = findApplication(request.application);
    if (!app && !request.application.empty())
        return Error::make(ErrorKind::NotFound,
                           "there is no application with the id or client id " +
                               request.application,
                           "application_id");
    const std::string templateName = app ? app->templateName : std::string("default");
    Result<const tmpl::Template*> t = productionTemplate(templateName);
    if (!t)
        return t.error();
    // Only the fields the template reads (and the standard claims need).
    ContextBuilder builder(&(*t)->usedFields());
    builder.setRoles(m_roles);
    const json::Value context =
        builder.build(subject.user, subject.organization ? &*subject.organization : nullptr,
                      subject.membership ? &*subject.membership : nullptr, app,
                      request.session ? &*request.session : nullptr);

    IssuedToken out;
    out.templateName = templateName;
    out.templateVersion = *m_production[templateName];
    std::vector<tmpl::Diagnostic> diagnostics;
    if (!(*t)->renderTo(context, out.claims, diagnostics)) {
        std::string what;
        for (const tmpl::Diagnostic& d : diagnostics) {
            if (d.severity == tmpl::Severity::Error)
                what += (what.empty() ? "" : "; ") + d.message + " [" + d.code + "]";
        }
        return Error::make(ErrorKind::Invalid,
                           "the template " + templateName + " (version " +
                               std::to_string(out.templateVersion) +
                               ") cannot be rendered for user " + subject.user.id + ": " + what,
                           "template");
    }
    out.warnings = std::move(diagnostics);
    const model::Clock& clock = m_options.clock ? *m_options.clock : model::systemClock();
    PayloadOptions p;
    p.issuer = m_issuer;
    p.issuedAt = request.now ? *request.now : clock.now() / 1000;
    p.lifetime = app ? app->tokenLifetime : kDefaultLifetimeSeconds;
    p.jti = request.now ? derivedJti(p.issuer, subject.user.id, p.issuedAt, out.claims) : newJti();
    out.expiresIn = p.lifetime;
    out.payload.reserve(out.claims.size() + 256);
    appendPayload(out.payload, context, out.claims, (*t)->setsClaim("aud"), p);
    if (!sign)
        return out;
    Result<const jose::TokenSigner*> s = signer();
    if (!s)
        return s.error();
    out.kid = m_signerKid;
    out.token.reserve(out.payload.size() * 4 / 3 + 200);
    if (!(*s)->sign(out.payload, out.token))
        return Error::make(ErrorKind::Internal, "signing the token failed");
    return out;
}

Result<IssuedToken> TokenService::issue(const TokenRequest& request)
{
    return run(request, true);
}

Result<IssuedToken> TokenService::render(const TokenRequest& request)
{
    return run(request, false);
}

Result<IssuedToken> TokenService::issue(const store::TokenSubject& subject,
                                        const TokenRequest& request)
{
    return runFor(subject, request, true);
}

Result<IssuedToken> TokenService::render(const store::TokenSubject& subject,
                                         const TokenRequest& request)
{
    return runFor(subject, request, false);
}

} // namespace claimsmith::issue
