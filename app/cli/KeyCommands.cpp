#include "KeyCommands.h"

#include "CliSupport.h"
#include "KeyFiles.h"
#include "StoreAccess.h"
#include "jose/Inspector.h"
#include "json/Writer.h"
#include "model/Clock.h"
#include "model/ModelJson.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

std::string pretty(const json::Value& v)
{
    return json::toString(v, json::WriteOptions{true, 2}) + "\n";
}

QString algorithmList()
{
    QStringList names;
    for (jose::Algorithm a : jose::kAllAlgorithms)
        names << QString::fromLatin1(jose::algorithmName(a).data(),
                                     static_cast<qsizetype>(jose::algorithmName(a).size()));
    return names.join(u' ');
}

int runGenerate(const QStringList& args)
{
    CommandLine cl(u"claimsmith keys generate --alg ALG [--bits N] [--out FILE [--force]]"_s,
                   u"Generates a private JWK whose kid is its RFC 7638 thumbprint.\n"
                   "ALG: "_s +
                       algorithmList());
    cl.parser().addOption({u"alg"_s, u"The algorithm the key is for."_s, u"alg"_s});
    cl.parser().addOption({u"bits"_s, u"RSA key size: 2048 (default), 3072 or 4096."_s, u"n"_s});
    cl.parser().addOption(
        {u"out"_s, u"Write the key to FILE (mode 0600) instead of standard output."_s, u"file"_s});
    cl.parser().addOption({u"force"_s, u"Replace FILE if it exists."_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!cl.parser().isSet(u"alg"_s))
        return cl.usageError(u"keys generate needs --alg; one of "_s + algorithmList());
    const std::string algName = cl.parser().value(u"alg"_s).toStdString();
    const auto alg = jose::algorithmFromName(algName);
    if (!alg)
        return cl.usageError(u"unknown algorithm \"%1\"; use one of %2"_s.arg(
            cl.parser().value(u"alg"_s), algorithmList()));
    int bits = 0;
    if (cl.parser().isSet(u"bits"_s)) {
        bool ok = false;
        bits = cl.parser().value(u"bits"_s).toInt(&ok);
        if (!ok || (bits != 2048 && bits != 3072 && bits != 4096))
            return cl.usageError(u"--bits takes 2048, 3072 or 4096"_s);
        if (jose::keyTypeFor(*alg) != jose::KeyType::RSA)
            return cl.usageError(u"--bits is for RSA keys (RS* and PS*)"_s);
    }
    jose::Key key;
    std::string error;
    if (!jose::Key::generate(*alg, bits, key, error)) {
        err("claimsmith: " + error + "\n");
        return kInputWrong;
    }
    const std::string text = pretty(key.toJwk(true));
    if (!cl.parser().isSet(u"out"_s)) {
        out(text);
        return kOk;
    }
    if (!writePrivateFile(cl.parser().value(u"out"_s), text, cl.parser().isSet(u"force"_s),
                          error)) {
        err("claimsmith: " + error + "\n");
        return kUsage;
    }
    err("claimsmith: wrote " + algName + " key " + key.kid() + " to " +
        cl.parser().value(u"out"_s).toStdString() + "\n");
    return kOk;
}

int runPublic(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith keys public FILE"_s,
        u"Prints the public JWK of a private key (JWK or PEM); - reads standard input."_s);
    cl.addPositional(u"FILE"_s, u"A private key file."_s);
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    std::string error;
    int code = kOk;
    const auto file = loadKeyFile(cl.positional().at(0), error, code);
    if (!file) {
        err("claimsmith: " + error + "\n");
        return code;
    }
    if (!file->key) {
        err("claimsmith: " + displayName(cl.positional().at(0)) +
            " is a JWKS; give one key (a JWK or PEM file)\n");
        return kInputWrong;
    }
    if (file->key->type() == jose::KeyType::Oct) {
        err("claimsmith: " + displayName(cl.positional().at(0)) +
            " is an HMAC secret, which has no public form: whoever verifies needs the secret\n");
        return kInputWrong;
    }
    out(pretty(file->key->publicKey().toJwk(false)));
    return kOk;
}

bool parseSeconds(const QString& text, std::int64_t& value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok;
}

// Opens --store for a keys sub-command; nullptr after printing why.
std::unique_ptr<store::Store> storeFor(CommandLine& cl, int& code)
{
    if (!cl.parser().isSet(u"store"_s)) {
        code = cl.usageError(u"this needs --store FILE"_s);
        return nullptr;
    }
    return openStore(cl.parser().value(u"store"_s), false, code);
}

int storeFailure(const store::Error& e)
{
    printStoreError(e);
    // A store that cannot be read or written (read-only, a full disk) is a
    // file problem, not wrong input (spec/cli.md).
    return e.kind == store::ErrorKind::Unavailable ? kUsage : kInputWrong;
}

int runList(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith keys list --store FILE [--format text|json]"_s,
        u"Lists the store's signing keys: kid, algorithm, state and when they changed."_s);
    cl.parser().addOption(storeOption(u"The store."_s));
    cl.parser().addOption({u"format"_s, u"text (default) or json."_s, u"format"_s, u"text"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    store::Result<std::vector<model::SigningKey>> keys = s->signingKeys();
    if (!keys)
        return storeFailure(keys.error());
    if (cl.parser().value(u"format"_s) == u"json"_s) {
        json::Array list;
        for (const model::SigningKey& k : *keys)
            list.push_back(model::toJson(k));
        out(pretty(json::Value(std::move(list))));
        return kOk;
    }
    if (keys->empty()) {
        out("no signing keys; add one with claimsmith keys add --store FILE --alg ES256\n");
        return kOk;
    }
    for (const model::SigningKey& k : *keys) {
        std::string line = k.kid + "  " + k.alg;
        line.resize(std::max<std::size_t>(line.size(), 52), ' ');
        line += std::string("  ") + model::keyStateName(k.state);
        line.resize(std::max<std::size_t>(line.size(), 63), ' ');
        line += "  created " + model::isoTime(k.createdAt);
        if (k.activatedAt)
            line += "  activated " + model::isoTime(*k.activatedAt);
        if (k.retiredAt)
            line += "  retired " + model::isoTime(*k.retiredAt);
        out(line + "\n");
    }
    return kOk;
}

int runAdd(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith keys add --store FILE (--key FILE | --alg ALG [--bits N]) [--state next|active]"_s,
        u"Adds a signing key to the store, sealed with the store's key file or "
        "CLAIMSMITH_PASSPHRASE.\nWithout --state the key is active when the store has no active "
        "key, and next otherwise."_s);
    auto& p = cl.parser();
    p.addOption(storeOption(u"The store."_s));
    p.addOption({u"key"_s, u"A private key file (JWK or PEM)."_s, u"file"_s});
    p.addOption({u"alg"_s, u"Generate a new key for this algorithm."_s, u"alg"_s});
    p.addOption({u"bits"_s, u"RSA key size: 2048 (default), 3072 or 4096."_s, u"n"_s});
    p.addOption({u"state"_s, u"next or active."_s, u"state"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (p.isSet(u"key"_s) == p.isSet(u"alg"_s))
        return cl.usageError(u"give --key FILE or --alg ALG"_s);
    std::optional<model::KeyState> state;
    if (p.isSet(u"state"_s)) {
        state = model::keyStateFromName(p.value(u"state"_s).toStdString());
        if (!state || *state == model::KeyState::Retired)
            return cl.usageError(u"--state takes next or active"_s);
    }
    jose::Key key;
    std::string error;
    if (p.isSet(u"alg"_s)) {
        const auto alg = jose::algorithmFromName(p.value(u"alg"_s).toStdString());
        if (!alg)
            return cl.usageError(u"unknown algorithm \"%1\"; use one of %2"_s.arg(p.value(u"alg"_s),
                                                                                  algorithmList()));
        const int bits = p.isSet(u"bits"_s) ? p.value(u"bits"_s).toInt() : 0;
        if (p.isSet(u"bits"_s) && bits != 2048 && bits != 3072 && bits != 4096)
            return cl.usageError(u"--bits takes 2048, 3072 or 4096"_s);
        if (!jose::Key::generate(*alg, bits, key, error)) {
            err("claimsmith: " + error + "\n");
            return kInputWrong;
        }
    } else {
        int code = kOk;
        auto file = loadKeyFile(p.value(u"key"_s), error, code);
        if (!file) {
            err("claimsmith: " + error + "\n");
            return code;
        }
        if (!file->key) {
            err(std::string_view("claimsmith: give one key, not a JWKS\n"));
            return kInputWrong;
        }
        key = std::move(*file->key);
    }
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    if (!state) {
        const bool hasActive = static_cast<bool>(s->activeSigningKey());
        state = hasActive ? model::KeyState::Next : model::KeyState::Active;
    }
    store::Result<model::SigningKey> added = s->addSigningKey(key, *state);
    if (!added)
        return storeFailure(added.error());
    out(added->kid + "\n");
    err("claimsmith: added " + added->alg + " key " + added->kid + " as " +
        model::keyStateName(added->state) + "\n");
    return kOk;
}

int runChangeState(const QStringList& args, bool activate)
{
    const QString verb = activate ? u"activate"_s : u"retire"_s;
    CommandLine cl(u"claimsmith keys %1 KID --store FILE"_s.arg(verb),
                   activate ? u"Makes a key the active one; the key that was active is retired."_s
                            : u"Retires a key: it no longer signs and leaves the JWKS."_s);
    cl.addPositional(u"KID"_s, u"The key's id (see keys list); one that starts with '-' goes "
                               u"after --: keys %1 --store FILE -- KID."_s.arg(verb));
    cl.parser().addOption(storeOption(u"The store."_s));
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    const std::string kid = cl.positional().at(0).toStdString();
    store::Result<std::vector<model::SigningKey>> keys = s->signingKeys();
    if (!keys)
        return storeFailure(keys.error());
    auto it = std::find_if(keys->begin(), keys->end(),
                           [&](const model::SigningKey& k) { return k.kid == kid; });
    if (it == keys->end())
        return storeFailure(store::Error::notFound("signing key", kid));
    store::Result<model::SigningKey> changed =
        activate ? s->activateSigningKey(kid, it->version) : s->retireSigningKey(kid, it->version);
    if (!changed)
        return storeFailure(changed.error());
    err("claimsmith: key " + kid + " is " + model::keyStateName(changed->state) + "\n");
    return kOk;
}

int runJwks(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith keys jwks --store FILE"_s,
        u"Prints the JWKS of the store's active and next keys (what verifiers fetch)."_s);
    cl.parser().addOption(storeOption(u"The store."_s));
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    store::Result<json::Value> jwks = s->jwks();
    if (!jwks)
        return storeFailure(jwks.error());
    out(pretty(*jwks));
    return kOk;
}

} // namespace

int runKeys(const QStringList& args)
{
    return runSubcommand(
        args,
        {{"generate", runGenerate},
         {"public", runPublic},
         {"list", runList},
         {"add", runAdd},
         {"activate", [](const QStringList& rest) { return runChangeState(rest, true); }},
         {"retire", [](const QStringList& rest) { return runChangeState(rest, false); }},
         {"jwks", runJwks}},
        "Usage: claimsmith keys generate --alg ALG [--out FILE]\n"
        "       claimsmith keys public FILE\n"
        "       claimsmith keys list --store FILE [--format text|json]\n"
        "       claimsmith keys add --store FILE (--key FILE | --alg ALG) [--state next|active]\n"
        "       claimsmith keys activate|retire KID --store FILE\n"
        "       claimsmith keys jwks --store FILE\n");
}

int runDecode(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith decode TOKEN [--key FILE | --jwks FILE] [--audience A] [--issuer I] "
        "[--now UNIX_SECONDS] [--leeway SECONDS]"_s,
        u"Decodes a token and checks it: signature, alg, exp, nbf, iat, aud and iss.\n"
        "Prints {\"header\",\"payload\",\"signature\",\"problems\"}; exits 1 when the "
        "signature is invalid or a problem is an error."_s);
    cl.addPositional(u"TOKEN"_s, u"The compact JWS, or - to read it from standard input."_s);
    auto& p = cl.parser();
    p.addOption({u"key"_s, u"Verify with this key (JWK, JWKS or PEM)."_s, u"file"_s});
    p.addOption({u"jwks"_s, u"Verify with the key of this JWKS that matches the token's kid."_s,
                 u"file"_s});
    p.addOption({u"audience"_s, u"The audience the token must be for."_s, u"aud"_s});
    p.addOption({u"issuer"_s, u"The issuer the token must come from."_s, u"iss"_s});
    p.addOption(
        {u"now"_s, u"Check times against this Unix time instead of the clock."_s, u"seconds"_s});
    p.addOption(
        {u"leeway"_s, u"Clock skew allowed for exp, nbf and iat (default 60)."_s, u"seconds"_s});
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    if (p.isSet(u"key"_s) && p.isSet(u"jwks"_s))
        return cl.usageError(u"give --key or --jwks, not both"_s);

    jose::InspectOptions options;
    if (p.isSet(u"now"_s)) {
        std::int64_t now = 0;
        if (!parseSeconds(p.value(u"now"_s), now))
            return cl.usageError(u"--now takes Unix seconds, such as 1767225600"_s);
        options.now = now;
    }
    if (p.isSet(u"leeway"_s)) {
        if (!parseSeconds(p.value(u"leeway"_s), options.leeway) || options.leeway < 0)
            return cl.usageError(u"--leeway takes a number of seconds, 0 or more"_s);
    }
    if (p.isSet(u"audience"_s))
        options.audience = p.value(u"audience"_s).toStdString();
    if (p.isSet(u"issuer"_s))
        options.issuer = p.value(u"issuer"_s).toStdString();

    std::optional<KeyFile> keyFile;
    if (p.isSet(u"key"_s) || p.isSet(u"jwks"_s)) {
        std::string error;
        int code = kOk;
        keyFile =
            loadKeyFile(p.isSet(u"key"_s) ? p.value(u"key"_s) : p.value(u"jwks"_s), error, code);
        if (!keyFile) {
            err("claimsmith: " + error + "\n");
            return code;
        }
    }
    QString readError;
    std::optional<std::string> token = cl.positional().at(0) == u"-"_s
                                           ? readInput(u"-"_s, readError)
                                           : cl.positional().at(0).toStdString();
    if (!token) {
        err(u"claimsmith: %1\n"_s.arg(readError));
        return kUsage;
    }
    while (!token->empty() &&
           (token->back() == '\n' || token->back() == '\r' || token->back() == ' '))
        token->pop_back();

    const jose::Key* key = keyFile && keyFile->key ? &*keyFile->key : nullptr;
    const jose::KeySet* keys = keyFile && keyFile->keys ? &*keyFile->keys : nullptr;
    const jose::Inspection inspection = jose::inspect(*token, key, keys, options);
    out(pretty(inspection.toJson()));
    for (const jose::Problem& problem : inspection.problems) {
        if (problem.severity == jose::Severity::Error)
            return kInputWrong;
    }
    return inspection.signature == jose::Inspection::Signature::Invalid ? kInputWrong : kOk;
}

} // namespace claimsmith::cli
