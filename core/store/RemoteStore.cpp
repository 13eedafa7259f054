#include "RemoteStore.h"

#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"
#include "remote/QueryText.h"
#include "remote/RemoteErrors.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimsmith::store {

namespace {

template <class T>
using Parser = model::Parsed<T> (*)(const json::Value&, model::UnknownFields*);

QByteArray bodyOf(const json::Value& v)
{
    return QByteArray::fromStdString(json::toString(v));
}

Error unreadable(const char* what, const std::string& why)
{
    return Error::make(ErrorKind::Internal, std::string("the server sent ") + what +
                                                " this client cannot read (" + why +
                                                "); the server may be of another version");
}

template <class T>
Result<T> parseAs(const Result<json::Value>& v, Parser<T> parse, const char* what)
{
    if (!v)
        return v.error();
    model::Parsed<T> parsed = parse(*v, nullptr);
    if (!parsed.ok())
        return unreadable(what, parsed.error->field + " " + parsed.error->message);
    return std::move(parsed.value);
}

template <class T>
Result<Page<T>> parsePage(const Result<json::Value>& v, Parser<T> parse, const char* what)
{
    if (!v)
        return v.error();
    const json::Value* data = v->find("data");
    if (!data || !data->isArray())
        return unreadable(what, "no data list");
    Page<T> page;
    for (const json::Value& item : data->array()) {
        model::Parsed<T> parsed = parse(item, nullptr);
        if (!parsed.ok())
            return unreadable(what, parsed.error->field + " " + parsed.error->message);
        page.items.push_back(std::move(parsed.value));
    }
    if (const json::Value* meta = v->find("list_metadata")) {
        if (const json::Value* after = meta->find("after"); after && after->isString())
            page.next = after->string();
    }
    return page;
}

Error notFoundIn(const char* what, std::string_view key)
{
    return Error::notFound(what, std::string(key));
}

// JSON equality with objects compared member by member in any order.
bool sameJson(const json::Value& a, const json::Value& b)
{
    if (a.isObject() && b.isObject()) {
        if (a.size() != b.size())
            return false;
        for (const json::Member& m : a.object()) {
            const json::Value* other = b.find(m.key);
            if (!other || !sameJson(m.value, *other))
                return false;
        }
        return true;
    }
    if (a.isArray() && b.isArray()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameJson(a.array()[i], b.array()[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

// The bags a PATCH merges at the top level (a key set to null is deleted).
bool isMergedBag(std::string_view member)
{
    return member == "metadata" || member == "user_metadata" || member == "sso_attributes" ||
           member == "custom_attributes";
}

// Whether `stored`, read after a write of `sent` with If-Match
// `expectedVersion`, is the record that write made: the next version, and
// every member sent as it was sent — for a PUT the whole record but for what
// the server sets itself (version, updated_at), for a PATCH of a bag the
// keys it set and deleted.
bool madeBy(const QByteArray& method, const json::Value& sent, const json::Value& stored,
            std::int64_t expectedVersion)
{
    const json::Value* version = stored.find("version");
    if (!version || !version->isInteger() || version->toInt64() != expectedVersion + 1)
        return false;
    if (!sent.isObject() || !stored.isObject())
        return false;
    const bool patch = method == "PATCH";
    for (const json::Member& m : sent.object()) {
        if (m.key == "version" || m.key == "updated_at")
            continue;
        const json::Value* now = stored.find(m.key);
        if (patch && isMergedBag(m.key) && m.value.isObject()) {
            if (!now || !now->isObject())
                return false;
            for (const json::Member& k : m.value.object()) {
                const json::Value* value = now->find(k.key);
                if (k.value.isNull() ? value != nullptr : !value || !sameJson(*value, k.value))
                    return false;
            }
            continue;
        }
        if (!now || !sameJson(*now, m.value))
            return false;
    }
    if (!patch) {
        // Nothing more is stored than was sent.
        for (const json::Member& m : stored.object()) {
            if (m.key != "version" && m.key != "updated_at" && !sent.find(m.key))
                return false;
        }
    }
    return true;
}

} // namespace

RemoteStore::RemoteStore(RemoteOptions options)
    : m_http(std::move(options))
{}

Result<std::unique_ptr<Store>> RemoteStore::open(RemoteOptions options)
{
    auto store = std::make_unique<RemoteStore>(std::move(options));
    Result<std::string> profile = store->limitsProfile();
    if (!profile)
        return profile.error();
    return std::unique_ptr<Store>(std::move(store));
}

Error RemoteStore::checkHealth()
{
    return noContent(send("GET", u"/healthz"_s));
}

HttpAnswer RemoteStore::send(const QByteArray& method, const QString& path, const QString& query,
                             const QByteArray& body, std::optional<std::int64_t> ifMatch)
{
    return m_http.send(method, path, query, body, ifMatch);
}

Result<json::Value> RemoteStore::json(const HttpAnswer& answer)
{
    if (answer.status < 200 || answer.status >= 300)
        return remoteError(answer, location(), m_http.options().timeoutMs);
    json::ParseResult parsed = json::parse(
        std::string_view(answer.body.constData(), static_cast<std::size_t>(answer.body.size())));
    if (!parsed.ok)
        return unreadable("an answer", "not JSON: " + parsed.error.message);
    return std::move(parsed.value);
}

Error RemoteStore::noContent(const HttpAnswer& answer)
{
    if (answer.status >= 200 && answer.status < 300)
        return {};
    return remoteError(answer, location(), m_http.options().timeoutMs);
}

Result<json::Value> RemoteStore::versionedWrite(const QByteArray& method, const QString& path,
                                                const json::Value& body,
                                                std::int64_t expectedVersion)
{
    const HttpAnswer answer = send(method, path, {}, bodyOf(body), expectedVersion);
    Result<json::Value> result = json(answer);
    if (result || answer.status != 412 || answer.attempts < 2)
        return result;
    Result<json::Value> stored = json(send("GET", path));
    if (stored && madeBy(method, body, *stored, expectedVersion))
        return stored;
    return result;
}

Error RemoteStore::versionedDelete(const QString& path, std::int64_t expectedVersion)
{
    const HttpAnswer answer = send("DELETE", path, {}, {}, expectedVersion);
    if (answer.status == 404 && answer.attempts > 1)
        return {};
    return noContent(answer);
}

std::function<Result<json::Value>(const QString&, const QString&)> RemoteStore::getter()
{
    return [this](const QString& path, const QString& query) {
        return json(send("GET", path, query));
    };
}

// Settings

Result<std::string> RemoteStore::setting(const char* name)
{
    Result<json::Value> v = json(send("GET", u"/v1/settings"_s));
    if (!v)
        return v.error();
    const json::Value* s = v->find(name);
    if (!s || !s->isString())
        return unreadable("settings", std::string("no ") + name);
    return s->string();
}

Error RemoteStore::setSetting(const char* name, std::string_view value)
{
    json::Value body = json::Value::object({{name, std::string(value)}});
    Result<json::Value> v = json(send("PATCH", u"/v1/settings"_s, {}, bodyOf(body)));
    return v ? Error{} : v.error();
}

Result<std::string> RemoteStore::limitsProfile()
{
    return setting("limits_profile");
}
Error RemoteStore::setLimitsProfile(std::string_view name)
{
    return setSetting("limits_profile", name);
}
Result<std::string> RemoteStore::issuer()
{
    return setting("issuer");
}
Error RemoteStore::setIssuer(std::string_view issuer)
{
    return setSetting("issuer", issuer);
}

Result<std::int64_t> RemoteStore::count(const QString& path, const QString& query)
{
    Result<json::Value> v = json(send("GET", path, query));
    if (!v)
        return v.error();
    const json::Value* n = v->find("count");
    if (!n || !n->isInteger())
        return unreadable("a count", "no count");
    return n->toInt64();
}

// Users

Result<model::User> RemoteStore::createUser(model::User user)
{
    json::Value body = model::toJson(user);
    if (user.id.empty())
        body.remove("id");
    return parseAs(json(send("POST", u"/v1/users"_s, {}, bodyOf(body))), model::userFromJson,
                   "a user");
}

Result<model::User> RemoteStore::user(std::string_view id)
{
    return parseAs(json(send("GET", u"/v1/users/"_s + segment(id))), model::userFromJson, "a user");
}

Result<model::User> RemoteStore::userByExternalId(std::string_view externalId)
{
    return parseAs(json(send("GET", u"/v1/users/external/"_s + segment(externalId))),
                   model::userFromJson, "a user");
}

Result<model::User> RemoteStore::userByEmail(std::string_view email)
{
    UserQuery q;
    q.email = std::string(email);
    q.limit = 1;
    Result<Page<model::User>> page = findUsers(q);
    if (!page)
        return page.error();
    if (page->items.empty())
        return notFoundIn("user with email", email);
    return std::move(page->items.front());
}

Result<model::User> RemoteStore::updateUser(const model::User& user)
{
    return parseAs(versionedWrite("PUT", u"/v1/users/"_s + segment(user.id), model::toJson(user),
                                  user.version),
                   model::userFromJson, "a user");
}

Result<model::User> RemoteStore::patchUserMetadata(std::string_view id, MetadataField field,
                                                   const json::Value& patch,
                                                   std::int64_t expectedVersion)
{
    json::Value body = json::Value::object({{metadataFieldName(field), patch}});
    return parseAs(versionedWrite("PATCH", u"/v1/users/"_s + segment(id), body, expectedVersion),
                   model::userFromJson, "a user");
}

Error RemoteStore::deleteUser(std::string_view id, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/users/"_s + segment(id), expectedVersion);
}

Result<Page<model::User>> RemoteStore::findUsers(const UserQuery& query)
{
    return parsePage(json(send("GET", u"/v1/users"_s, userListQuery(query).text())),
                     model::userFromJson, "a user list");
}

Result<std::int64_t> RemoteStore::userCount()
{
    return count(u"/v1/users/count"_s, {});
}

Result<std::int64_t> RemoteStore::countUsers(const UserQuery& query)
{
    return count(u"/v1/users/count"_s, userFilters(query).text());
}

Result<TokenSubject> RemoteStore::tokenSubject(std::string_view user, std::string_view organization,
                                               const TokenSubjectParts&)
{
    if (user.empty())
        return Error::make(ErrorKind::Invalid, "a token needs a user", "user_id");
    Result<model::User> u = this->user(user);
    if (!u && u.error().kind == ErrorKind::NotFound)
        u = userByExternalId(user);
    if (!u) {
        Error e = u.error();
        if (e.kind == ErrorKind::NotFound) {
            e = Error::notFound("user with the id or external id", std::string(user));
            e.field = "user_id";
        }
        return e;
    }
    TokenSubject subject{std::move(u.value()), std::nullopt, std::nullopt};
    if (organization.empty())
        return subject;
    Result<model::Organization> o = this->organization(organization);
    if (!o && o.error().kind == ErrorKind::NotFound)
        o = organizationByExternalId(organization);
    if (!o) {
        Error e = o.error();
        if (e.kind == ErrorKind::NotFound) {
            e = Error::notFound("organization with the id or external id",
                                std::string(organization));
            e.field = "organization_id";
        }
        return e;
    }
    Result<model::Membership> m = membershipOf(subject.user.id, o->id);
    if (!m) {
        if (m.error().kind != ErrorKind::NotFound)
            return m.error();
        return Error::make(ErrorKind::NotFound,
                           "user " + subject.user.id + " is not a member of organization " + o->id +
                               "; add a membership, or issue the token without the organization",
                           "organization_id", o->id);
    }
    subject.organization = std::move(o.value());
    subject.membership = std::move(m.value());
    return subject;
}

// Organizations

Result<model::Organization> RemoteStore::createOrganization(model::Organization org)
{
    json::Value body = model::toJson(org);
    if (org.id.empty())
        body.remove("id");
    return parseAs(json(send("POST", u"/v1/organizations"_s, {}, bodyOf(body))),
                   model::organizationFromJson, "an organization");
}

Result<model::Organization> RemoteStore::organization(std::string_view id)
{
    return parseAs(json(send("GET", u"/v1/organizations/"_s + segment(id))),
                   model::organizationFromJson, "an organization");
}

Result<model::Organization> RemoteStore::organizationByExternalId(std::string_view externalId)
{
    return parseAs(json(send("GET", u"/v1/organizations/external/"_s + segment(externalId))),
                   model::organizationFromJson, "an organization");
}

Result<model::Organization> RemoteStore::updateOrganization(const model::Organization& org)
{
    return parseAs(versionedWrite("PUT", u"/v1/organizations/"_s + segment(org.id),
                                  model::toJson(org), org.version),
                   model::organizationFromJson, "an organization");
}

Result<model::Organization> RemoteStore::patchOrganizationMetadata(std::string_view id,
                                                                   const json::Value& patch,
                                                                   std::int64_t expectedVersion)
{
    json::Value body = json::Value::object({{"metadata", patch}});
    return parseAs(
        versionedWrite("PATCH", u"/v1/organizations/"_s + segment(id), body, expectedVersion),
        model::organizationFromJson, "an organization");
}

Error RemoteStore::deleteOrganization(std::string_view id, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/organizations/"_s + segment(id), expectedVersion);
}

Result<Page<model::Organization>> RemoteStore::findOrganizations(const OrganizationQuery& query)
{
    return parsePage(json(send("GET", u"/v1/organizations"_s, organizationListQuery(query).text())),
                     model::organizationFromJson, "an organization list");
}

Result<std::int64_t> RemoteStore::organizationCount()
{
    return count(u"/v1/organizations/count"_s, {});
}

// Memberships

Result<model::Membership> RemoteStore::createMembership(model::Membership membership)
{
    json::Value body = model::toJson(membership);
    if (membership.id.empty())
        body.remove("id");
    return parseAs(json(send("POST", u"/v1/memberships"_s, {}, bodyOf(body))),
                   model::membershipFromJson, "a membership");
}

Result<model::Membership> RemoteStore::membership(std::string_view id)
{
    return parseAs(json(send("GET", u"/v1/memberships/"_s + segment(id))),
                   model::membershipFromJson, "a membership");
}

Result<model::Membership> RemoteStore::membershipOf(std::string_view userId,
                                                    std::string_view organizationId)
{
    MembershipQuery q;
    q.userId = std::string(userId);
    q.organizationId = std::string(organizationId);
    q.limit = 1;
    Result<Page<model::Membership>> page = findMemberships(q);
    if (!page)
        return page.error();
    if (page->items.empty())
        return notFoundIn("membership of user in organization",
                          std::string(userId) + " / " + std::string(organizationId));
    return std::move(page->items.front());
}

Result<model::Membership> RemoteStore::updateMembership(const model::Membership& membership)
{
    return parseAs(versionedWrite("PUT", u"/v1/memberships/"_s + segment(membership.id),
                                  model::toJson(membership), membership.version),
                   model::membershipFromJson, "a membership");
}

Error RemoteStore::deleteMembership(std::string_view id, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/memberships/"_s + segment(id), expectedVersion);
}

Result<Page<model::Membership>> RemoteStore::findMemberships(const MembershipQuery& query)
{
    return parsePage(json(send("GET", u"/v1/memberships"_s, membershipListQuery(query).text())),
                     model::membershipFromJson, "a membership list");
}

// Roles and permissions: few, read whole, page by page.

namespace {

template <class T, class Send>
Result<std::vector<T>> readAll(Send send, const QString& path, Parser<T> parse, const char* what)
{
    std::vector<T> all;
    std::string after;
    for (;;) {
        QueryText q;
        q.add("limit", std::int64_t{kMaxPageSize}).addIf("after", after);
        Result<Page<T>> page = parsePage(send(path, q.text()), parse, what);
        if (!page)
            return page.error();
        for (T& item : page->items)
            all.push_back(std::move(item));
        if (page->next.empty())
            return all;
        after = page->next;
    }
}

} // namespace

Result<std::vector<model::Permission>> RemoteStore::permissions()
{
    return readAll<model::Permission>(getter(), u"/v1/permissions"_s, model::permissionFromJson,
                                      "a permission list");
}

Result<model::Permission> RemoteStore::createPermission(model::Permission permission)
{
    return parseAs(json(send("POST", u"/v1/permissions"_s, {}, bodyOf(model::toJson(permission)))),
                   model::permissionFromJson, "a permission");
}

Result<model::Permission> RemoteStore::updatePermission(const model::Permission& permission)
{
    return parseAs(versionedWrite("PUT", u"/v1/permissions/"_s + segment(permission.slug),
                                  model::toJson(permission), permission.version),
                   model::permissionFromJson, "a permission");
}

Error RemoteStore::deletePermission(std::string_view slug, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/permissions/"_s + segment(slug), expectedVersion);
}

Result<std::vector<model::Role>> RemoteStore::roles()
{
    return readAll<model::Role>(getter(), u"/v1/roles"_s, model::roleFromJson, "a role list");
}

Result<model::Role> RemoteStore::role(std::string_view slug)
{
    return parseAs(json(send("GET", u"/v1/roles/"_s + segment(slug))), model::roleFromJson,
                   "a role");
}

Result<model::Role> RemoteStore::createRole(model::Role role)
{
    return parseAs(json(send("POST", u"/v1/roles"_s, {}, bodyOf(model::toJson(role)))),
                   model::roleFromJson, "a role");
}

Result<model::Role> RemoteStore::updateRole(const model::Role& role)
{
    return parseAs(versionedWrite("PUT", u"/v1/roles/"_s + segment(role.slug), model::toJson(role),
                                  role.version),
                   model::roleFromJson, "a role");
}

Error RemoteStore::deleteRole(std::string_view slug, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/roles/"_s + segment(slug), expectedVersion);
}

// Applications

Result<std::vector<model::Application>> RemoteStore::applications()
{
    return readAll<model::Application>(getter(), u"/v1/applications"_s, model::applicationFromJson,
                                       "an application list");
}

Result<model::Application> RemoteStore::application(std::string_view id)
{
    return parseAs(json(send("GET", u"/v1/applications/"_s + segment(id))),
                   model::applicationFromJson, "an application");
}

Result<model::Application> RemoteStore::applicationByClientId(std::string_view clientId)
{
    return parseAs(json(send("GET", u"/v1/applications/external/"_s + segment(clientId))),
                   model::applicationFromJson, "an application");
}

Result<model::Application> RemoteStore::defaultApplication()
{
    return parseAs(json(send("GET", u"/v1/applications/default"_s)), model::applicationFromJson,
                   "an application");
}

Result<model::Application> RemoteStore::createApplication(model::Application app)
{
    json::Value body = model::toJson(app);
    if (app.id.empty())
        body.remove("id");
    return parseAs(json(send("POST", u"/v1/applications"_s, {}, bodyOf(body))),
                   model::applicationFromJson, "an application");
}

Result<model::Application> RemoteStore::updateApplication(const model::Application& app)
{
    return parseAs(versionedWrite("PUT", u"/v1/applications/"_s + segment(app.id),
                                  model::toJson(app), app.version),
                   model::applicationFromJson, "an application");
}

Result<model::Application> RemoteStore::patchApplicationMetadata(std::string_view id,
                                                                 const json::Value& patch,
                                                                 std::int64_t expectedVersion)
{
    json::Value body = json::Value::object({{"metadata", patch}});
    return parseAs(
        versionedWrite("PATCH", u"/v1/applications/"_s + segment(id), body, expectedVersion),
        model::applicationFromJson, "an application");
}

Error RemoteStore::deleteApplication(std::string_view id, std::int64_t expectedVersion)
{
    return versionedDelete(u"/v1/applications/"_s + segment(id), expectedVersion);
}

Result<std::vector<MetadataKeyStats>> RemoteStore::metadataKeys(MetadataObject object,
                                                                MetadataField field)
{
    QueryText q;
    q.add("object", metadataObjectName(object)).add("field", metadataFieldName(field));
    Result<json::Value> v = json(send("GET", u"/v1/metadata/keys"_s, q.text()));
    if (!v)
        return v.error();
    const json::Value* data = v->find("data");
    if (!data || !data->isArray())
        return unreadable("metadata keys", "no data list");
    static const std::pair<std::uint8_t, std::string_view> kKinds[] = {
        {1, "null"}, {2, "boolean"}, {4, "number"}, {8, "string"}, {16, "object"}, {32, "array"}};
    std::vector<MetadataKeyStats> keys;
    for (const json::Value& item : data->array()) {
        MetadataKeyStats k;
        const json::Value* key = item.find("key");
        const json::Value* n = item.find("count");
        if (!key || !key->isString() || !n || !n->isInteger())
            return unreadable("metadata keys", "a key without key or count");
        k.key = key->string();
        k.count = n->toInt64();
        if (const json::Value* types = item.find("types"); types && types->isArray()) {
            for (const json::Value& t : types->array()) {
                for (const auto& [bit, name] : kKinds) {
                    if (t.isString() && t.string() == name)
                        k.kinds |= bit;
                }
            }
        }
        keys.push_back(std::move(k));
    }
    return keys;
}

// Templates

Result<std::vector<model::Template>> RemoteStore::templates()
{
    return readAll<model::Template>(getter(), u"/v1/templates"_s, model::templateFromJson,
                                    "a template list");
}

Result<model::Template> RemoteStore::templateByName(std::string_view name)
{
    return parseAs(json(send("GET", u"/v1/templates/"_s + segment(name))), model::templateFromJson,
                   "a template");
}

Result<std::vector<model::TemplateVersion>> RemoteStore::templateVersions(std::string_view name)
{
    Result<std::vector<model::TemplateVersion>> all = readAll<model::TemplateVersion>(
        getter(), u"/v1/templates/"_s + segment(name) + u"/versions"_s,
        model::templateVersionFromJson, "a template version list");
    // The server pages them by number; the store lists the newest first.
    if (all)
        std::reverse(all.value().begin(), all.value().end());
    return all;
}

Result<model::TemplateVersion> RemoteStore::templateVersion(std::string_view name, int number)
{
    return parseAs(json(send("GET", u"/v1/templates/"_s + segment(name) + u"/versions/"_s +
                                        QString::number(number))),
                   model::templateVersionFromJson, "a template version");
}

Result<model::Template> RemoteStore::createTemplate(std::string_view name, std::string_view content,
                                                    std::string_view comment)
{
    json::Value body = json::Value::object({{"name", std::string(name)},
                                            {"content", std::string(content)},
                                            {"comment", std::string(comment)}});
    return parseAs(json(send("POST", u"/v1/templates"_s, {}, bodyOf(body))),
                   model::templateFromJson, "a template");
}

Result<model::TemplateVersion> RemoteStore::addTemplateVersion(std::string_view name,
                                                               std::string_view content,
                                                               std::string_view comment,
                                                               std::int64_t expectedVersion)
{
    json::Value body =
        json::Value::object({{"content", std::string(content)}, {"comment", std::string(comment)}});
    return parseAs(json(send("POST", u"/v1/templates/"_s + segment(name) + u"/versions"_s, {},
                             bodyOf(body), expectedVersion)),
                   model::templateVersionFromJson, "a template version");
}

Result<model::Template>
RemoteStore::restoreTemplate(const model::Template& t,
                             const std::vector<model::TemplateVersion>& versions)
{
    json::Array list;
    for (const model::TemplateVersion& v : versions)
        list.push_back(model::toJson(v));
    json::Value body = json::Value::object(
        {{"template", model::toJson(t)}, {"versions", json::Value(std::move(list))}});
    return parseAs(json(send("POST", u"/v1/templates/import"_s, {}, bodyOf(body))),
                   model::templateFromJson, "a template");
}

Result<model::Template> RemoteStore::promoteTemplate(std::string_view name, int number,
                                                     std::string_view environment,
                                                     std::int64_t expectedVersion,
                                                     std::string_view note)
{
    json::Value body =
        json::Value::object({{"version", number}, {"environment", std::string(environment)}});
    if (!note.empty())
        body.set("note", std::string(note));
    return parseAs(json(send("POST", u"/v1/templates/"_s + segment(name) + u"/promote"_s, {},
                             bodyOf(body), expectedVersion)),
                   model::templateFromJson, "a template");
}

// Signing keys

Result<std::vector<model::SigningKey>> RemoteStore::signingKeys()
{
    Result<std::vector<model::SigningKey>> keys = readAll<model::SigningKey>(
        getter(), u"/v1/keys"_s, model::signingKeyFromJson, "a signing key list");
    if (keys) {
        // The server pages by kid; the store's order is newest first.
        std::sort(keys->begin(), keys->end(), [](const auto& a, const auto& b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.kid < b.kid;
        });
    }
    return keys;
}

Result<model::SigningKey> RemoteStore::addSigningKey(const jose::Key& privateKey,
                                                     model::KeyState state)
{
    // Key import: the private key goes to the server (over the admin key's
    // connection, which should be HTTPS beyond loopback) and stays there.
    json::Value body = json::Value::object(
        {{"jwk", privateKey.toJwk(true)}, {"state", model::keyStateName(state)}});
    return parseAs(json(send("POST", u"/v1/keys"_s, {}, bodyOf(body))), model::signingKeyFromJson,
                   "a signing key");
}

Result<model::SigningKey> RemoteStore::activateSigningKey(std::string_view kid,
                                                          std::int64_t expectedVersion)
{
    return parseAs(
        json(send("POST", u"/v1/keys/"_s + segment(kid) + u"/activate"_s, {}, {}, expectedVersion)),
        model::signingKeyFromJson, "a signing key");
}

Result<model::SigningKey> RemoteStore::retireSigningKey(std::string_view kid,
                                                        std::int64_t expectedVersion)
{
    return parseAs(
        json(send("POST", u"/v1/keys/"_s + segment(kid) + u"/retire"_s, {}, {}, expectedVersion)),
        model::signingKeyFromJson, "a signing key");
}

Result<json::Value> RemoteStore::jwks()
{
    return json(send("GET", u"/.well-known/jwks.json"_s));
}

Result<model::SigningKey> RemoteStore::activeSigningKey()
{
    Result<std::vector<model::SigningKey>> keys = signingKeys();
    if (!keys)
        return keys.error();
    for (model::SigningKey& k : keys.value()) {
        if (k.state == model::KeyState::Active)
            return std::move(k);
    }
    return Error::make(ErrorKind::NotFound,
                       "the store has no active signing key; add one with claimsmith key add");
}

Result<jose::Key> RemoteStore::signingKeyForIssuing()
{
    return Error::make(ErrorKind::Forbidden,
                       "private keys never leave the server; ask the server for tokens "
                       "(POST /v1/tokens) instead");
}

Result<std::uint64_t> RemoteStore::changeCount()
{
    Result<json::Value> v = json(send("GET", u"/v1/audit"_s, u"limit=1"_s));
    if (!v)
        return v.error();
    const json::Value* data = v->find("data");
    if (!data || !data->isArray())
        return unreadable("the audit log", "no data list");
    if (data->size() == 0)
        return std::uint64_t{0};
    const json::Value* id = data->at(0)->find("id");
    if (!id || !id->isInteger())
        return unreadable("the audit log", "an event without id");
    return static_cast<std::uint64_t>(id->toInt64());
}

Result<Page<model::AuditEvent>> RemoteStore::findAuditEvents(const AuditQuery& query)
{
    return parsePage(json(send("GET", u"/v1/audit"_s, auditListQuery(query).text())),
                     model::auditEventFromJson, "the audit log");
}

Error RemoteStore::beginBatch(std::string_view, std::string_view)
{
    if (m_inBatch)
        return Error::make(ErrorKind::Invalid, "a batch is already open");
    m_inBatch = true;
    return {};
}

Error RemoteStore::commitBatch()
{
    m_inBatch = false;
    return {};
}

} // namespace claimsmith::store
