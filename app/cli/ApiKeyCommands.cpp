#include "ApiKeyCommands.h"

#include "CliSupport.h"
#include "StoreAccess.h"
#include "json/Writer.h"
#include "model/Clock.h"

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

std::unique_ptr<store::SqliteStore> storeFor(CommandLine& cl, int& code)
{
    if (!cl.parser().isSet(u"store"_s)) {
        code = cl.usageError(u"this needs --store FILE"_s);
        return nullptr;
    }
    return openSqliteStore(cl.parser().value(u"store"_s), false, code);
}

int failure(const store::Error& e)
{
    printStoreError(e);
    return e.kind == store::ErrorKind::Unavailable ? kUsage : kInputWrong;
}

int runCreate(const QStringList& args)
{
    CommandLine cl(u"claimsmith apikey create --store FILE --name NAME [--read-only]"_s,
                   u"Makes an API key for the server and prints its secret on standard output.\n"
                   "The secret is shown this once: the store keeps only a salted hash of it."_s);
    cl.parser().addOption(storeOption(u"The store."_s));
    cl.parser().addOption(
        {u"name"_s, u"Who or what uses the key; the audit log names writes by it."_s, u"name"_s});
    cl.parser().addOption({u"read-only"_s, u"The key may read but not write."_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!cl.parser().isSet(u"name"_s))
        return cl.usageError(u"apikey create needs --name NAME"_s);
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    const auto role =
        cl.parser().isSet(u"read-only"_s) ? store::ApiKeyRole::ReadOnly : store::ApiKeyRole::Admin;
    store::Result<store::NewApiKey> made =
        s->createApiKey(cl.parser().value(u"name"_s).toStdString(), role);
    if (!made)
        return failure(made.error());
    out(made->secret + "\n");
    err("claimsmith: created " + std::string(store::apiKeyRoleName(role)) + " API key \"" +
        made->key.name + "\" (" + made->key.id +
        "); keep the secret now, it cannot be shown again\n");
    return kOk;
}

json::Value toJson(const store::ApiKey& k)
{
    auto time = [](const std::optional<std::int64_t>& t) {
        return t ? json::Value(model::isoTime(*t)) : json::Value();
    };
    return json::Value::object({{"id", k.id},
                                {"name", k.name},
                                {"role", store::apiKeyRoleName(k.role)},
                                {"prefix", k.prefix},
                                {"created_at", model::isoTime(k.createdAt)},
                                {"last_used_at", time(k.lastUsedAt)},
                                {"revoked_at", time(k.revokedAt)}});
}

int runList(const QStringList& args)
{
    CommandLine cl(u"claimsmith apikey list --store FILE [--format text|json]"_s,
                   u"Lists the server's API keys: name, kind, when made and last used, and the\n"
                   "first characters of the secret (never the secret)."_s);
    cl.parser().addOption(storeOption(u"The store."_s));
    cl.parser().addOption({u"format"_s, u"text (default) or json."_s, u"format"_s, u"text"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    const QString format = cl.parser().value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return cl.usageError(u"--format takes text or json"_s);
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    store::Result<std::vector<store::ApiKey>> keys = s->apiKeys();
    if (!keys)
        return failure(keys.error());
    if (format == u"json"_s) {
        json::Array list;
        for (const store::ApiKey& k : *keys)
            list.push_back(toJson(k));
        out(json::toString(json::Value(std::move(list)), json::WriteOptions{true, 2}) + "\n");
        return kOk;
    }
    if (keys->empty()) {
        out("no API keys; make one with claimsmith apikey create --store FILE --name NAME\n");
        return kOk;
    }
    for (const store::ApiKey& k : *keys) {
        std::string line = k.name;
        line.resize(std::max<std::size_t>(line.size(), 24), ' ');
        line += "  " + std::string(store::apiKeyRoleName(k.role));
        line.resize(std::max<std::size_t>(line.size(), 35), ' ');
        line += "  " + k.prefix + "…  " + k.id;
        line += "  created " + model::isoTime(k.createdAt);
        line += "  last used " + (k.lastUsedAt ? model::isoTime(*k.lastUsedAt) : "never");
        if (k.revokedAt)
            line += "  revoked " + model::isoTime(*k.revokedAt);
        out(line + "\n");
    }
    return kOk;
}

int runRevoke(const QStringList& args)
{
    CommandLine cl(u"claimsmith apikey revoke --store FILE NAME|ID"_s,
                   u"Revokes an API key: the server refuses it from the next request on."_s);
    cl.addPositional(u"NAME|ID"_s, u"The key's name or id (see apikey list)."_s);
    cl.parser().addOption(storeOption(u"The store."_s));
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    int code = kOk;
    auto s = storeFor(cl, code);
    if (!s)
        return code;
    store::Result<store::ApiKey> revoked = s->revokeApiKey(cl.positional().at(0).toStdString());
    if (!revoked)
        return failure(revoked.error());
    err("claimsmith: revoked API key \"" + revoked->name + "\" (" + revoked->id + ")\n");
    return kOk;
}

} // namespace

int runApiKey(const QStringList& args)
{
    return runSubcommand(args, {{"create", runCreate}, {"list", runList}, {"revoke", runRevoke}},
                         "Usage: claimsmith apikey create --store FILE --name NAME [--read-only]\n"
                         "       claimsmith apikey list --store FILE [--format text|json]\n"
                         "       claimsmith apikey revoke --store FILE NAME|ID\n");
}

} // namespace claimsmith::cli
