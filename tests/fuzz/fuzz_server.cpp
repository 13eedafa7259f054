// libFuzzer target over the server's request handling without the network:
// requests go through server::dispatch (routing, the API key check and the
// handler, as the server runs them) on a worker whose store is a fresh copy
// of a small store for every input.
//
// Input: up to four requests separated by a line "###", each written as
//
//   METHOD TARGET            (the target with its query string)
//   Name: value              (headers, up to an empty line)
//
//   body
//
// A request without an Authorization header is sent with the admin key;
// "Authorization: Bearer admin" and "Bearer read" stand for the admin and
// the read-only key, and any other value is sent as written.
//
// Checked contracts (spec/server-api.md):
//  - every answer has a status from 200 to 599 and never 500: a handler that
//    fails unexpectedly is a bug;
//  - JSON answers are valid JSON, and problems say their own status;
//  - no answer holds an API key's secret or the signing key's private part;
//  - a request answered with an error changes nothing in the store;
//  - the store passes PRAGMA integrity_check afterwards.

#include "FuzzStore.h"
#include "json/Reader.h"
#include "server/Dispatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using namespace claimsmith;
using fuzz::check;

namespace {

constexpr std::size_t kMaxRequests = 4;

struct Fixture
{
    Fixture();

    std::string adminSecret;
    std::string readSecret;
    std::string signingSecret; // the private part ("d") of the signing key
    std::unique_ptr<fuzz::StoreCopies> copies;
    server::Router router;
    server::WorkerPool::Worker worker;
};

template <typename T>
T must(store::Result<T> r, const char* what)
{
    if (!r)
        std::fprintf(stderr, "%s: %s\n", what, r.error().message.c_str());
    check(static_cast<bool>(r), what);
    return std::move(r.value());
}

// Records the requests of the seeds refer to: one of each kind, with fixed ids.
void fill(Fixture& f, store::SqliteStore& s)
{
    const store::NewApiKey admin =
        must(s.createApiKey("fuzz-admin", store::ApiKeyRole::Admin), "the admin key is made");
    const store::NewApiKey read =
        must(s.createApiKey("fuzz-read", store::ApiKeyRole::ReadOnly), "the read-only key is made");
    f.adminSecret = admin.secret;
    f.readSecret = read.secret;
    // Used once now, so that answering a request never writes "last used".
    must(s.authenticateApiKey(f.adminSecret), "the admin key works");
    must(s.authenticateApiKey(f.readSecret), "the read-only key works");

    model::Permission p;
    p.slug = "billing:read";
    p.name = "Read billing";
    must(s.createPermission(p), "a permission is made");
    model::Role r;
    r.slug = "admin";
    r.name = "Admin";
    r.permissions = {"billing:read"};
    must(s.createRole(r), "a role is made");
    model::Organization o;
    o.id = "org_01HZX0000000000000000000A1";
    o.name = "Acme";
    o.externalId = "acme";
    o.domains = {{"acme.com", "verified"}};
    o.metadata = json::Value::object({{"tier", "gold"}});
    must(s.createOrganization(o), "an organization is made");
    model::User u;
    u.id = "user_01HZX0000000000000000000B1";
    u.email = "ada@example.com";
    u.firstName = "Ada";
    u.externalId = "crm-1";
    u.metadata = json::Value::object({{"seats", 25}});
    must(s.createUser(u), "a user is made");
    model::Membership m;
    m.id = "om_01HZX0000000000000000000C1";
    m.userId = u.id;
    m.organizationId = o.id;
    m.roles = {"admin"};
    must(s.createMembership(m), "a membership is made");
    const model::Template t = must(
        s.createTemplate("gold", R"({"urn:a:tier": {{ organization.metadata.tier }}})", "first"),
        "a template is made");
    must(s.promoteTemplate("gold", 1, "production", t.version, ""), "the template is promoted");
    model::Application a;
    a.id = "app_01HZX0000000000000000000D1";
    a.name = "Portal";
    a.clientId = "client_portal";
    a.templateName = "gold";
    must(s.createApplication(a), "an application is made");
    jose::Key key;
    std::string error;
    check(jose::Key::generate(jose::Algorithm::ES256, 0, key, error), "a signing key is made");
    const json::Value jwk = key.toJwk(true);
    check(jwk.find("d") && jwk.find("d")->isString(), "the signing key has a private part");
    f.signingSecret = jwk.find("d")->string();
    must(s.addSigningKey(key, model::KeyState::Active), "the signing key is added");
}

// Made on first use, after Qt (Qt SQL's connections above all), so that it
// is destroyed before Qt is.
Fixture& fixture()
{
    static Fixture f;
    return f;
}

Fixture::Fixture()
    : copies(std::make_unique<fuzz::StoreCopies>([this](store::SqliteStore& s) { fill(*this, s); }))
{
    server::addAllRoutes(router);
}

store::Result<std::unique_ptr<store::SqliteStore>> openCopy()
{
    Fixture& f = fixture();
    return store::SqliteStore::open(f.copies->workPath(), f.copies->options());
}

struct Parsed
{
    server::Request request;
    bool skip = false;
};

Parsed parseRequest(std::string_view text)
{
    const Fixture& f = fixture();
    Parsed out;
    server::Request& r = out.request;
    const fuzz::Split line = fuzz::splitAt(text, "\n");
    const fuzz::Split words = fuzz::splitAt(line.head, " ");
    r.method = QByteArray(words.head.data(), static_cast<qsizetype>(words.head.size()));
    std::string target(words.found ? words.tail : std::string_view("/"));
    if (target.empty() || target[0] != '/')
        target.insert(0, 1, '/');
    const QUrl url(QStringLiteral("http://localhost") + QString::fromUtf8(target));
    r.path = url.path(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    r.remote = QStringLiteral("192.0.2.7");

    std::string_view rest = line.tail;
    bool authorized = false;
    while (!rest.empty()) {
        const fuzz::Split header = fuzz::splitAt(rest, "\n");
        rest = header.tail;
        if (header.head.empty() || header.head == "\r")
            break;
        const fuzz::Split nv = fuzz::splitAt(header.head, ":");
        QByteArray name(nv.head.data(), static_cast<qsizetype>(nv.head.size()));
        QByteArray value =
            QByteArray(nv.tail.data(), static_cast<qsizetype>(nv.tail.size())).trimmed();
        if (name.trimmed().compare("authorization", Qt::CaseInsensitive) == 0) {
            authorized = true;
            if (value == "Bearer admin")
                value = QByteArray("Bearer " + QByteArray::fromStdString(f.adminSecret));
            else if (value == "Bearer read")
                value = QByteArray("Bearer " + QByteArray::fromStdString(f.readSecret));
        }
        r.headers.append({name.trimmed(), value});
    }
    if (!authorized)
        r.headers.append(
            {"Authorization", QByteArray("Bearer " + QByteArray::fromStdString(f.adminSecret))});
    r.body = QByteArray(rest.data(), static_cast<qsizetype>(rest.size()));

    // Generating RSA keys takes seconds by design (up to 16384 bits): not
    // what a fuzzer should spend its time on.
    if (r.method == "POST" && r.path.startsWith(QStringLiteral("/v1/keys"))) {
        const json::ParseResult body = json::parse(r.body.toStdString());
        const json::Value* alg = body.ok ? body.value.find("alg") : nullptr;
        out.skip = alg && alg->isString() &&
                   (alg->string().starts_with("RS") || alg->string().starts_with("PS"));
    }
    return out;
}

bool holds(const QByteArray& text, const std::string& secret)
{
    return !secret.empty() && text.contains(QByteArray::fromStdString(secret));
}

void checkResponse(const server::Response& r)
{
    const Fixture& f = fixture();
    if (r.status == 500)
        std::fprintf(stderr, "500: %s\n", r.body.constData());
    check(r.status >= 200 && r.status <= 599 && r.status != 500,
          "every answer has a status from 200 to 599, and never 500");
    QByteArray all = r.body;
    for (const auto& [name, value] : r.headers)
        all += name + ": " + value + "\n";
    for (const std::string* secret : {&f.adminSecret, &f.readSecret, &f.signingSecret})
        check(!holds(all, *secret), "no answer holds a secret");
    if (!r.contentType.contains("json") || r.body.isEmpty())
        return;
    const json::ParseResult parsed = json::parse(r.body.toStdString());
    check(parsed.ok, "a JSON answer is valid JSON");
    if (r.contentType == "application/problem+json") {
        const json::Value* status = parsed.value.find("status");
        check(status && status->isInteger() && status->toInt64() == r.status,
              "a problem says its own status");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int argc = 1;
    static char name[] = "fuzz_server";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fixture& f = fixture();
    f.worker.tokens.reset();
    f.worker.store.reset();
    f.copies->resetFile();
    server::WorkerPool::open(f.worker, openCopy);
    check(f.worker.store && f.worker.tokens, "the worker opens the store");

    std::string_view rest = fuzz::textOf(data, size);
    for (std::size_t i = 0; i < kMaxRequests && !rest.empty(); ++i) {
        const fuzz::Split part = fuzz::splitAt(rest, "\n###\n");
        rest = part.tail;
        const Parsed parsed = parseRequest(part.head);
        if (parsed.skip)
            continue;
        const fuzz::Snapshot before = f.copies->snapshot();
        std::string keyName;
        const server::Response response =
            server::dispatch(f.router, parsed.request, f.worker, keyName);
        checkResponse(response);
        if (response.status >= 400)
            check(f.copies->snapshot() == before,
                  "a request answered with an error changes nothing");
    }
    const store::Result<std::string> integrity = f.worker.store->integrityCheck();
    check(integrity && *integrity == "ok", "the store passes PRAGMA integrity_check");
    return 0;
}
