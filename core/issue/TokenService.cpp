#include "TokenService.h"

#include "Payload.h"
#include "model/Clock.h"

#include <type_traits>
#include <utility>

namespace claimsmith::issue {

using store::Error;
using store::ErrorKind;
using store::Result;

namespace {

// The JSON bags a template's context needs (the others are not parsed).
store::TokenSubjectParts partsFor(const ContextBuilder& b)
{
    store::TokenSubjectParts p;
    p.userMetadata = b.wants("user", "metadata");
    p.userUserMetadata = b.wants("user", "user_metadata");
    p.userSsoAttributes = b.wants("user", "sso_attributes");
    p.organizationMetadata = b.wants("organization", "metadata");
    p.organizationDomains = b.wants("organization", "domains");
    p.membershipCustomAttributes = b.wants("organization_membership", "custom_attributes");
    return p;
}

Error noApplication(const std::string& idOrClientId)
{
    return Error::make(ErrorKind::NotFound,
                       "there is no application with the id or client id " + idOrClientId,
                       "application_id");
}

} // namespace

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

Error TokenService::refreshIfChanged()
{
    Result<std::uint64_t> changes = m_store.changeCount();
    if (!changes)
        return changes.error();
    if (m_loaded && *changes == m_changeCount)
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
    for (auto& [key, prepared] : m_prepared)
        prepared.builder.setRoles(m_roles);
    Result<model::SigningKey> active = m_store.activeSigningKey();
    m_activeKid = active ? active->kid : std::string();
    m_changeCount = *changes;
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

Result<const TokenService::Prepared*> TokenService::productionTemplate(const std::string& name)
{
    auto it = m_production.find(name);
    if (it == m_production.end())
        return Error::make(ErrorKind::NotFound, "there is no template named " + name, "template");
    if (!it->second)
        return Error::make(ErrorKind::NotFound,
                           "the template " + name +
                               " has no production version yet; promote one to production",
                           "template");
    // Versions never change once written: a compiled one stays valid.
    const std::pair<std::string, int> key{name, *it->second};
    auto found = m_prepared.find(key);
    if (found == m_prepared.end()) {
        Result<model::TemplateVersion> v = m_store.templateVersion(name, *it->second);
        if (!v)
            return v.error();
        Prepared p;
        p.compiled = std::make_unique<tmpl::Template>(tmpl::Template::compile(v->content));
        // Only the fields the template reads (and the standard claims need).
        p.builder = ContextBuilder(&p.compiled->usedFields());
        p.builder.setRoles(m_roles);
        p.parts = partsFor(p.builder);
        p.setsAud = p.compiled->setsClaim("aud");
        found = m_prepared.emplace(key, std::move(p)).first;
    }
    return &found->second;
}

Result<const jose::TokenSigner*> TokenService::signer()
{
    if (m_activeKid.empty())
        return Error::make(ErrorKind::NotFound, "the store has no active signing key; add one with "
                                                "claimsmith keys add, or under Signing Keys");
    // A kid names one key for good: its signer stays valid.
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
    store::ReadSnapshot snapshot(m_store);
    if (snapshot.error())
        return snapshot.error();
    if (Error e = refreshIfChanged())
        return e;
    Result<store::TokenSubject> subject = m_store.tokenSubject(request.user, request.organization);
    if (!subject)
        return subject.error();
    const model::Application* app = findApplication(request.application);
    if (!app && !request.application.empty())
        return noApplication(request.application);
    ContextBuilder builder;
    builder.setRoles(m_roles);
    return builder.build(subject->user, subject->organization ? &*subject->organization : nullptr,
                         subject->membership ? &*subject->membership : nullptr, app,
                         request.session ? &*request.session : nullptr);
}

Result<TokenService::Plan> TokenService::plan(const TokenRequest& request, bool sign)
{
    if (Error e = refreshIfChanged())
        return e;
    Plan p;
    p.app = findApplication(request.application);
    if (!p.app && !request.application.empty())
        return noApplication(request.application);
    p.templateName = p.app ? p.app->templateName : std::string("default");
    p.prepared = productionTemplate(p.templateName);
    if (p.prepared)
        p.templateVersion = *m_production[p.templateName];
    if (sign)
        p.signer = signer();
    return p;
}

Result<IssuedToken> TokenService::run(const TokenRequest& request, bool sign)
{
    std::optional<Result<Plan>> planned;
    std::optional<Result<store::TokenSubject>> subject;
    {
        // One read transaction for the whole lookup; it ends before signing.
        store::ReadSnapshot snapshot(m_store);
        if (snapshot.error())
            return snapshot.error();
        planned.emplace(plan(request, sign));
        const bool known = *planned && (*planned)->prepared;
        subject.emplace(m_store.tokenSubject(request.user, request.organization,
                                             known ? (*(*planned)->prepared)->parts
                                                   : store::TokenSubjectParts{}));
    }
    // The errors in the order a caller fixes them: who, then what with.
    if (!*subject)
        return subject->error();
    if (!*planned)
        return planned->error();
    return finish(planned->value(), std::move(subject->value()), request, sign);
}

Result<IssuedToken> TokenService::runFor(const store::TokenSubject& subject,
                                         const TokenRequest& request, bool sign)
{
    std::optional<Result<Plan>> planned;
    {
        store::ReadSnapshot snapshot(m_store);
        if (snapshot.error())
            return snapshot.error();
        planned.emplace(plan(request, sign));
    }
    if (!*planned)
        return planned->error();
    return finish(planned->value(), subject, request, sign);
}

template <typename Subject>
Result<IssuedToken> TokenService::finish(Plan& plan, Subject&& subject, const TokenRequest& request,
                                         bool sign)
{
    if (!plan.prepared)
        return plan.prepared.error();
    const Prepared& prepared = **plan.prepared;
    const model::Application* app = plan.app;
    const Session* session = request.session ? &*request.session : nullptr;
    json::Value context;
    if constexpr (std::is_const_v<std::remove_reference_t<Subject>>) {
        context = prepared.builder.build(
            subject.user, subject.organization ? &*subject.organization : nullptr,
            subject.membership ? &*subject.membership : nullptr, app, session);
    } else {
        // The subject was read for this token: its JSON bags move into the
        // context instead of being copied (its other fields stay).
        context = prepared.builder.build(
            std::move(subject.user), subject.organization ? &*subject.organization : nullptr,
            subject.membership ? &*subject.membership : nullptr, app, session);
    }

    IssuedToken out;
    out.templateName = plan.templateName;
    out.templateVersion = plan.templateVersion;
    std::vector<tmpl::Diagnostic> diagnostics;
    if (!prepared.compiled->renderTo(context, out.claims, diagnostics)) {
        std::string what;
        for (const tmpl::Diagnostic& d : diagnostics) {
            if (d.severity == tmpl::Severity::Error)
                what += (what.empty() ? "" : "; ") + d.message + " [" + d.code + "]";
        }
        return Error::make(ErrorKind::Invalid,
                           "the template " + out.templateName + " (version " +
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
    appendPayload(out.payload, context, out.claims, prepared.setsAud, p);
    if (!sign)
        return out;
    if (!plan.signer)
        return plan.signer.error();
    out.kid = m_signerKid;
    out.token.reserve(out.payload.size() * 4 / 3 + 200);
    if (!(*plan.signer)->sign(out.payload, out.token))
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
