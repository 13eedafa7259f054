#include "RenderCommand.h"

#include "CliSupport.h"
#include "KeyFiles.h"
#include "StoreAccess.h"
#include "issue/Payload.h"
#include "issue/TokenService.h"
#include "jose/TokenSigner.h"
#include "json/Reader.h"
#include "template/Context.h"
#include "template/Template.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

struct RenderRequest
{
    bool sign = false;
    bool payload = false;
    issue::PayloadOptions options;
    bool fixedTime = false;
    std::optional<jose::Key> key;
};

// The context of a --context file, checked; nullopt after printing why.
std::optional<json::Value> loadContext(const QString& path, int& exitCode)
{
    QString error;
    const std::optional<std::string> text = readInput(path, error);
    if (!text) {
        err(u"claimsmith: %1\n"_s.arg(error));
        exitCode = kUsage;
        return std::nullopt;
    }
    const std::string name = displayName(path);
    const json::ParseResult parsed = json::parse(*text);
    exitCode = kInputWrong;
    if (!parsed.ok) {
        err(name + ":" + parsed.error.toString() + "\n");
        return std::nullopt;
    }
    bool bad = false;
    for (const tmpl::ContextProblem& p : tmpl::checkContext(parsed.value)) {
        err(name + ": " + (p.error ? "error: " : "warning: ") + p.message + "\n");
        bad = bad || p.error;
    }
    if (bad)
        return std::nullopt;
    return parsed.value;
}

std::optional<int> readSigningOptions(CommandLine& cl, RenderRequest& r)
{
    auto& p = cl.parser();
    r.sign = p.isSet(u"sign"_s);
    r.payload = p.isSet(u"payload"_s);
    if (r.sign && r.payload)
        return cl.usageError(
            u"give --sign (the signed token) or --payload (its claims), not both"_s);
    const bool tokenOptions = p.isSet(u"issuer"_s) || p.isSet(u"lifetime"_s) || p.isSet(u"now"_s);
    if (tokenOptions && !r.sign && !r.payload)
        return cl.usageError(u"--issuer, --lifetime and --now go with --sign or --payload"_s);
    if (p.isSet(u"key"_s) && !r.sign)
        return cl.usageError(u"--key goes with --sign"_s);
    if (r.sign && !p.isSet(u"key"_s) && !p.isSet(u"store"_s))
        return cl.usageError(
            u"--sign needs --key FILE (a private JWK or PEM key), or --store to sign with "
            "the store's active key"_s);
    r.options.issuer = p.value(u"issuer"_s).toStdString();
    if (p.isSet(u"lifetime"_s)) {
        bool ok = false;
        r.options.lifetime = p.value(u"lifetime"_s).toLongLong(&ok);
        if (!ok || r.options.lifetime <= 0 || r.options.lifetime > 366LL * 24 * 3600)
            return cl.usageError(u"--lifetime takes seconds, from 1 to 31622400 (a year)"_s);
    }
    r.fixedTime = p.isSet(u"now"_s);
    if (r.fixedTime) {
        bool ok = false;
        r.options.issuedAt = p.value(u"now"_s).toLongLong(&ok);
        if (!ok || r.options.issuedAt < 0)
            return cl.usageError(u"--now takes Unix seconds, such as 1767225600"_s);
    } else {
        r.options.issuedAt = QDateTime::currentSecsSinceEpoch();
    }
    if (r.sign && p.isSet(u"key"_s)) {
        std::string error;
        int code = kOk;
        auto file = loadKeyFile(p.value(u"key"_s), error, code);
        if (!file) {
            err("claimsmith: " + error + "\n");
            return code;
        }
        if (!file->key) {
            err("claimsmith: " + displayName(p.value(u"key"_s)) +
                " is a JWKS; sign with one private key (a JWK or PEM file)\n");
            return kInputWrong;
        }
        r.key = std::move(*file->key);
    }
    return std::nullopt;
}

} // namespace

// The context and the token settings of --store --user [--org] [--app].
struct StoreContext
{
    json::Value context;
    std::string issuer;
    std::int64_t lifetime = issue::kDefaultLifetimeSeconds;
    std::optional<jose::Key> key;
};

std::optional<StoreContext> contextFromStore(CommandLine& cl, bool wantKey, int& exitCode)
{
    auto& p = cl.parser();
    if (!p.isSet(u"user"_s)) {
        exitCode = cl.usageError(u"--store needs --user ID (an id or an external id)"_s);
        return std::nullopt;
    }
    std::unique_ptr<store::Store> s = openStore(p.value(u"store"_s), false, exitCode);
    if (!s)
        return std::nullopt;
    issue::TokenService service(*s);
    issue::TokenRequest request;
    request.user = p.value(u"user"_s).toStdString();
    request.organization = p.value(u"org"_s).toStdString();
    request.application = p.value(u"app"_s).toStdString();
    store::Result<json::Value> context = service.context(request);
    if (!context) {
        printStoreError(context.error());
        exitCode = kInputWrong;
        return std::nullopt;
    }
    StoreContext out;
    out.context = std::move(context.value());
    if (store::Result<std::string> iss = s->issuer())
        out.issuer = *iss;
    if (const json::Value* app = out.context.find("application")) {
        if (const json::Value* id = app->find("id")) {
            if (store::Result<model::Application> a = s->application(id->string()))
                out.lifetime = a->tokenLifetime;
        }
    }
    if (wantKey) {
        store::Result<jose::Key> key = s->signingKeyForIssuing();
        if (!key) {
            printStoreError(key.error());
            exitCode = kInputWrong;
            return std::nullopt;
        }
        out.key = std::move(key.value());
    }
    return out;
}

int runRender(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith render TEMPLATE (--context FILE | --store FILE --user ID [--org ID] [--app "
        u"ID]) "
        "[--sign [--key FILE]] [--payload] [--issuer URL] [--lifetime SECONDS] [--now UNIX_SECONDS]"_s,
        u"Renders a claim template for one context and prints the claims as one line of "
        "compact JSON;\nwith --payload the full payload (standard claims first), with "
        "--sign the signed token.\nOn errors, prints the diagnostics on standard error "
        "and exits 1."_s);
    cl.addPositional(u"TEMPLATE"_s, u"The template file, or - for standard input."_s);
    auto& p = cl.parser();
    p.addOption({u"context"_s,
                 u"A JSON file with the members user, organization, organization_membership, "
                 "application and session."_s,
                 u"file"_s});
    p.addOption(storeOption(u"Read the context from this store."_s));
    p.addOption({u"user"_s, u"With --store: the user (an id or an external id)."_s, u"id"_s});
    p.addOption(
        {u"org"_s, u"With --store: the organization (an id or an external id)."_s, u"id"_s});
    p.addOption({u"app"_s,
                 u"With --store: the application (an id or a client id; default: the store's "
                 "first)."_s,
                 u"id"_s});
    p.addOption({u"sign"_s, u"Print the signed compact JWS of the full payload."_s});
    p.addOption({u"key"_s,
                 u"The private key to sign with (JWK or PEM); its alg, else the usual one "
                 "for its type."_s,
                 u"file"_s});
    p.addOption({u"payload"_s, u"Print the full payload instead of only the template's claims."_s});
    p.addOption({u"issuer"_s, u"The iss claim."_s, u"url"_s});
    p.addOption({u"lifetime"_s, u"Seconds from iat to exp (default 3600)."_s, u"seconds"_s});
    p.addOption({u"now"_s, u"Fix iat (and jti) for reproducible output."_s, u"unix-seconds"_s});
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    const bool fromStore = p.isSet(u"store"_s);
    if (fromStore == p.isSet(u"context"_s))
        return cl.usageError(u"render needs --context FILE or --store FILE --user ID"_s);
    if (!fromStore && (p.isSet(u"user"_s) || p.isSet(u"org"_s) || p.isSet(u"app"_s)))
        return cl.usageError(u"--user, --org and --app go with --store"_s);
    RenderRequest request;
    if (auto code = readSigningOptions(cl, request))
        return *code;

    QString error;
    const QString templatePath = cl.positional().at(0);
    const std::optional<std::string> text = readInput(templatePath, error);
    if (!text) {
        err(u"claimsmith: %1\n"_s.arg(error));
        return kUsage;
    }
    int code = kOk;
    std::optional<json::Value> context;
    if (fromStore) {
        std::optional<StoreContext> fromFile =
            contextFromStore(cl, request.sign && !request.key, code);
        if (!fromFile)
            return code;
        context = std::move(fromFile->context);
        if (!p.isSet(u"issuer"_s))
            request.options.issuer = fromFile->issuer;
        if (!p.isSet(u"lifetime"_s))
            request.options.lifetime = fromFile->lifetime;
        if (fromFile->key)
            request.key = std::move(fromFile->key);
    } else {
        context = loadContext(p.value(u"context"_s), code);
    }
    if (!context)
        return code;

    const tmpl::Template t = tmpl::Template::compile(*text);
    const std::string name = displayName(templatePath);
    if (t.hasErrors()) {
        err(formatDiagnosticsText(name, t.diagnostics()));
        return kInputWrong;
    }
    const tmpl::RenderResult r = t.render(*context);
    std::vector<tmpl::Diagnostic> all = t.diagnostics();
    all.insert(all.end(), r.diagnostics.begin(), r.diagnostics.end());
    err(formatDiagnosticsText(name, all));
    if (!r.ok)
        return kInputWrong;
    if (!request.sign && !request.payload) {
        out(r.json + "\n");
        return kOk;
    }

    const json::Value* userId = context->find("user") ? context->find("user")->find("id") : nullptr;
    const std::string subject = userId && userId->isString() ? userId->string() : std::string();
    request.options.jti = request.fixedTime ? issue::derivedJti(request.options.issuer, subject,
                                                                request.options.issuedAt, r.json)
                                            : issue::newJti();
    std::string payload;
    issue::appendPayload(payload, *context, r.json, t.setsClaim("aud"), request.options);
    if (request.payload) {
        out(payload + "\n");
        return kOk;
    }
    const jose::Algorithm alg = jose::signingAlgorithm(*request.key);
    jose::TokenSigner signer;
    std::string signError;
    if (!jose::TokenSigner::create(*request.key, alg,
                                   request.key->kid().empty() ? request.key->thumbprint()
                                                              : request.key->kid(),
                                   signer, signError)) {
        err("claimsmith: " + displayName(p.value(u"key"_s)) + ": " + signError + "\n");
        return kInputWrong;
    }
    std::string token;
    if (!signer.sign(payload, token)) {
        err(std::string_view("claimsmith: signing failed\n"));
        return kInputWrong;
    }
    out(token + "\n");
    return kOk;
}

} // namespace claimsmith::cli
