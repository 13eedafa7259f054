#include "KeyCommands.h"

#include "CliSupport.h"
#include "KeyFiles.h"
#include "jose/Inspector.h"
#include "json/Writer.h"

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

} // namespace

int runKeys(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.value(0) + u' ' + sub;
    if (sub == u"generate"_s)
        return runGenerate(rest);
    if (sub == u"public"_s)
        return runPublic(rest);
    const std::string usage = "Usage: claimsmith keys generate --alg ALG [--out FILE]\n"
                              "       claimsmith keys public FILE\n";
    if (sub == u"--help"_s || sub == u"-h"_s) {
        out(usage);
        return kOk;
    }
    err(sub.isEmpty()
            ? "claimsmith: keys needs a sub-command\n" + usage
            : "claimsmith: unknown keys sub-command \"" + sub.toStdString() + "\"\n" + usage);
    return kUsage;
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
