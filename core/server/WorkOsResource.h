#pragma once

// What the WorkOS-compatible handlers share (docs/workos-compat.md): WorkOS's
// error bodies {"message","code"[,"errors"]}, its object shapes with
// "object", its list envelope with before/after cursors, and reading request
// bodies with WorkOS's statuses.

#include "Call.h"
#include "model/Model.h"
#include "store/Queries.h"
#include "store/StoreError.h"

#include <QByteArrayView>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace claimsmith::server::workos {

// An error in WorkOS's shape, as application/json.
Response error(int status, const std::string& code, const std::string& message,
               json::Value errors = {});
// 422 {"code":"invalid_request_parameters","message":"Validation failed.",
// "errors":[{"field","code","message"}]}.
Response validation(const std::string& field, const std::string& code, const std::string& message);
// 404 entity_not_found naming the object ("User", "Organization", …).
Response notFound(const std::string& what, const std::string& id);
// 400 invalid_metadata.
Response invalidMetadata(const std::string& message);
// A response of the native API turned into WorkOS's error shape when it is a
// problem+json error; anything else is returned as it is.
Response fromProblem(const Response& response);
// A store error: NotFound 404 (as `what`), Limit/Invalid on metadata 400
// invalid_metadata, other Limit/Invalid 422, the rest through fromProblem.
Response storeError(const store::Error& e, const std::string& what);

// 200/201 with the object as application/json; no ETag.
Response object(const json::Value& value, int status = 200);
// 200, application/json, empty body (WorkOS's deletes).
Response deleted();

json::Value userJson(const model::User& u);
json::Value organizationJson(const model::Organization& o);
json::Value membershipJson(const model::Membership& m, const model::User* user,
                           const std::string& organizationName);

// The body as a JSON object: 400 invalid_json, 422 when not an object.
std::optional<json::Value> body(const Call& call, Response& error);
// A metadata object of a request checked against WorkOS's limits (10 keys,
// keys of 1–40 ASCII characters, ASCII string values of at most 600). On
// update, `current` is merged with `patch` (null deletes); on create null
// values are refused. Returns the resulting bag or fills `error`.
std::optional<json::Value> metadata(const json::Value& patch, const json::Value* current,
                                    Response& error);

// limit (1–100, default 10), order (desc default; asc; normal = desc),
// before, after.
struct ListParams
{
    int limit = 10;
    bool descending = true;
    std::string before;
    std::string after;
};
bool listParams(const Call& call, ListParams& out, Response& error);

// {"object":"list","data":[…],"list_metadata":{"before","after"}}.
Response list(json::Array data, const std::string& before, const std::string& after);

// One page of a list in creation order (created_at, then id; see "list" in
// docs/workos-compat.md), read from the store and no more: the record named
// by `after` (or else `before`) is read with `read(id)` for its place, and
// `find(descending, cursor, limit)` returns the `limit` records next to it
// in the direction the page goes from there — `limit` + 1 read, so that a
// non-empty Page::next tells that more follow. A cursor id that names no
// record of the list's kind gives an empty page, as WorkOS documents.
template <class T, class Read, class Find, class ToJson>
Response pagedList(const ListParams& p, const char* what, Read read, Find find, ToJson toJson)
{
    const bool backwards = p.after.empty() && !p.before.empty();
    const std::string& at = backwards ? p.before : p.after;
    std::string cursor;
    if (!at.empty()) {
        store::Result<T> record = read(at);
        if (!record) {
            if (record.error().kind == store::ErrorKind::NotFound ||
                record.error().kind == store::ErrorKind::Invalid)
                return list({}, {}, {});
            return storeError(record.error(), what);
        }
        cursor = store::creationCursor(record->createdAt, record->id);
    }
    // A page before the cursor is read from it backwards, then turned round.
    store::Result<store::Page<T>> page = find(p.descending != backwards, cursor, p.limit);
    if (!page)
        return storeError(page.error(), what);
    std::vector<T>& items = page->items;
    const bool more = !page->next.empty();
    if (backwards)
        std::reverse(items.begin(), items.end());
    std::string before;
    std::string after;
    if (!items.empty()) {
        // The cursor's record lies on the far side of the page from `more`.
        before = backwards ? (more ? items.front().id : std::string())
                           : (at.empty() ? std::string() : items.front().id);
        after = backwards ? items.back().id : (more ? items.back().id : std::string());
    }
    json::Array data;
    for (const T& item : items)
        data.push_back(toJson(item));
    return list(std::move(data), before, after);
}

// The flows /organizations and /user_management/users share for one record
// named by the capture "id". WorkOS answers every failed read with 404
// entity_not_found naming `what`, whatever the store's error.

// GET: 200 with `toJson(record)`; `read(store, id)`.
template <class Read, class ToJson>
Response getObject(Call& call, const char* key, const char* what, Read read, ToJson toJson)
{
    const std::string id = call.param(key);
    auto r = read(call.store(), id);
    return r ? object(toJson(*r)) : notFound(what, id);
}

// PUT: the body's members applied to a copy of the current record by
// `apply(body, record, error)`; `save(current, changed)` stores it and makes
// the response (the resources map the store's errors differently).
template <class T, class Read, class Apply, class Save>
Response updateObject(Call& call, const char* what, Read read, Apply apply, Save save)
{
    Response err;
    std::optional<json::Value> b = body(call, err);
    if (!b)
        return err;
    const std::string id = call.param("id");
    store::Result<T> current = read(call.store(), id);
    if (!current)
        return notFound(what, id);
    T changed = *current;
    if (!apply(*b, changed, err))
        return err;
    return save(call.store(), *current, changed);
}

// DELETE: `cascade(store, id)` first removes what refers to the record (its
// memberships) and returns a response only when that fails; then the record
// goes at the version just read. 200 with an empty body.
template <class T, class Read, class Cascade, class Erase>
Response removeObject(Call& call, const char* what, Read read, Cascade cascade, Erase erase)
{
    const std::string id = call.param("id");
    store::Result<T> current = read(call.store(), id);
    if (!current)
        return notFound(what, id);
    if (std::optional<Response> failed = cascade(call.store(), id))
        return *failed;
    if (store::Error e = erase(call.store(), id, current->version))
        return storeError(e, what);
    return deleted();
}

} // namespace claimsmith::server::workos
