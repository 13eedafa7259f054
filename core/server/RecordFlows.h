#pragma once

// The flows the native resources share for one record: read, create, PATCH,
// PUT and DELETE with If-Match and an ETag. Each handler passes only what
// differs (the store call, the parser, the merged bags), so the statuses,
// headers and problem bodies stay the same for every resource.

#include "Resource.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::server {

// 200 with the record and its ETag, or the store's problem.
template <class T>
Response recordResponse(const store::Result<T>& r)
{
    return r ? objectResponse(model::toJson(*r), r->version) : problem(r.error());
}

// GET of the record named by the capture `key`; `read(store, key)`.
template <class Read>
Response getRecord(Call& call, const char* key, Read read)
{
    return recordResponse(read(call.store(), call.param(key)));
}

// POST: the body read by `readBody(body, error)`, created, 201 with the
// record and its ETag; a non-null `location` (the collection's path with its
// trailing '/') adds Location: <location><id>.
template <class T, class ReadBody, class Create>
Response createFrom(Call& call, ReadBody readBody, const char* location, Create create)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<T> object = readBody(std::move(*body), error);
    if (!object)
        return error;
    store::Result<T> made = create(call.store(), std::move(*object));
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    // Roles and permissions have no id (their slug is the key) and no Location.
    if constexpr (requires { made->id; }) {
        if (location)
            r.setHeader("Location", location + QByteArray::fromStdString(made->id));
    }
    return r;
}

// POST of a record with an id, which the store makes when the body has none
// (parseNew with `idPrefix`); answered with Location.
template <class T, class Create>
Response createRecord(Call& call, Parser<T> parse, std::string_view idPrefix, const char* location,
                      Create create)
{
    return createFrom<T>(
        call,
        [&](json::Value body, Response& error) {
            return parseNew<T>(std::move(body), parse, idPrefix, error);
        },
        location, create);
}

// POST of a record the body names itself (roles and permissions by slug);
// no Location, as before.
template <class T, class Create>
Response createRecord(Call& call, Parser<T> parse, Create create)
{
    return createFrom<T>(
        call,
        [&](const json::Value& body, Response& error) {
            return parseObject<T>(body, parse, error);
        },
        nullptr, create);
}

// If-Match first (428/400 before the body is read), then the body.
inline bool versionAndBody(Call& call, std::optional<std::int64_t>& version,
                           std::optional<json::Value>& body, Response& error)
{
    version = call.ifMatch(error);
    if (!version)
        return false;
    body = call.body(error);
    return body.has_value();
}

// PATCH of the record named by `key`: the body applied to its JSON
// (applyPatch with `bags` merged and `readOnly` fixed), read back with
// `parse` and stored with the If-Match version.
template <class T, class Read, class Update>
Response patchRecord(Call& call, const char* key, Parser<T> parse,
                     std::initializer_list<std::string_view> bags,
                     std::initializer_list<std::string_view> readOnly, Read read, Update update)
{
    Response error;
    std::optional<std::int64_t> version;
    std::optional<json::Value> body;
    if (!versionAndBody(call, version, body, error))
        return error;
    store::Result<T> current = read(call.store(), call.param(key));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, bags, readOnly, error))
        return error;
    std::optional<T> object = parseObject<T>(merged, parse, error);
    if (!object)
        return error;
    object->version = *version;
    return recordResponse(update(call.store(), *object));
}

// PUT of the whole record named by `key` ("id" or "slug"): the path's value
// wins over the body's, and a different one in the body is refused.
template <class T, class Update>
Response replaceRecord(Call& call, const char* key, Parser<T> parse, Update update)
{
    Response error;
    std::optional<std::int64_t> version;
    std::optional<json::Value> body;
    if (!versionAndBody(call, version, body, error))
        return error;
    const std::string id = call.param(key);
    if (const json::Value* given = body->find(key); given && *given != json::Value(id))
        return fieldProblem({key, "must be the one in the path"});
    body->set(key, id);
    std::optional<T> object = parseObject<T>(*body, parse, error);
    if (!object)
        return error;
    object->version = *version;
    return recordResponse(update(call.store(), *object));
}

// DELETE of the record named by `key` with If-Match: 204, or the problem.
template <class Delete>
Response deleteRecord(Call& call, const char* key, Delete erase)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = erase(call.store(), call.param(key), *version))
        return problem(e);
    return Response::empty();
}

} // namespace claimsmith::server
