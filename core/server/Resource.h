#pragma once

// What the handlers of every resource share: reading model objects from
// request bodies, PATCH merging, metadata filters and object responses.

#include "Call.h"
#include "Problem.h"
#include "model/FieldError.h"
#include "model/ModelJson.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace claimsmith::server {

Response fieldProblem(const model::FieldError& e);

template <class T>
using Parser = model::Parsed<T> (*)(const json::Value&, model::UnknownFields*);

// A model object from JSON: 400 naming the field when it is wrong, and 400
// naming members the object does not have (a misspelt field is an error
// here, not silently dropped).
template <class T>
std::optional<T> parseObject(const json::Value& v, Parser<T> parse, Response& error)
{
    model::UnknownFields unknown;
    model::Parsed<T> parsed = parse(v, &unknown);
    if (!parsed.ok()) {
        error = fieldProblem(*parsed.error);
        return std::nullopt;
    }
    if (!unknown.empty()) {
        error = fieldProblem({unknown.front(), "is not a field of this object"});
        return std::nullopt;
    }
    return std::move(parsed.value);
}

// The body of a POST that creates an object whose id the store makes: when
// the body has no "id", a placeholder with `prefix` is read and then
// cleared, so that the store generates one.
template <class T>
std::optional<T> parseNew(json::Value body, Parser<T> parse, std::string_view prefix,
                          Response& error)
{
    const bool generated = !body.find("id");
    if (generated)
        body.set("id", std::string(prefix) + "00000000000000000000000000");
    std::optional<T> v = parseObject(body, parse, error);
    if (v && generated)
        v->id.clear();
    return v;
}

// Applies a PATCH body to the object's JSON: members replace the current
// ones, except the metadata bags named in `bags`, which are merged at the
// top level (a key set to null is deleted). Members in `readOnly` may only
// repeat their current value.
bool applyPatch(json::Value& current, const json::Value& patch,
                std::initializer_list<std::string_view> bags,
                std::initializer_list<std::string_view> readOnly, Response& error);

// The metadata conditions of a list's query: metadata[KEY]=VALUE,
// metadata[KEY][exists], metadata[KEY][prefix]=V, metadata[KEY][ne]=V,
// metadata[KEY][contains]=V; the same for user_metadata and sso_attributes
// where `allFields`.
bool metadataConditions(const Request& request, bool allFields,
                        std::vector<store::MetadataCondition>& out, Response& error);

// order_by=`byDefault`|created_at and order=asc|desc of a list: whether it
// is in creation order (created_at, then id) and descending; 400 otherwise.
// A null `byDefault`: the list's own order has no name.
bool listOrder(const Call& call, const char* byDefault, bool& byCreation, bool& descending,
               Response& error);

// The items of a comma-separated query member ("a,b"), without empty ones.
std::vector<std::string> commaList(const std::string& value);

// 200 (or `status`) with the object and ETag "<version>".
Response objectResponse(const json::Value& object, std::int64_t version, int status = 200);

// A list read whole from the store, paged by `keyOf` (sorted ascending).
template <class T, class Key, class ToJson>
Response pagedList(Call& call, std::vector<T> items, Key keyOf, ToJson toJson)
{
    Response error;
    int limit = 0;
    std::string after;
    if (!call.page(limit, after, error))
        return error;
    std::sort(items.begin(), items.end(),
              [&](const T& a, const T& b) { return keyOf(a) < keyOf(b); });
    json::Array data;
    std::string last;
    std::string next;
    for (const T& item : items) {
        const std::string key = keyOf(item);
        if (!after.empty() && !(after < key))
            continue;
        if (static_cast<int>(data.size()) == limit) {
            next = last; // the key of the last item returned
            break;
        }
        data.push_back(toJson(item));
        last = key;
    }
    return listResponse(std::move(data), next);
}

} // namespace claimsmith::server
