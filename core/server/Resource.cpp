#include "Resource.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

Response fieldProblem(const model::FieldError& e)
{
    const std::string detail = e.field.empty() ? e.message : e.field + " " + e.message;
    return problem(problems::kInvalid, detail, {{e.field, e.message}});
}

bool applyPatch(json::Value& current, const json::Value& patch,
                std::initializer_list<std::string_view> bags,
                std::initializer_list<std::string_view> readOnly, Response& error)
{
    for (const json::Member& m : patch.object()) {
        const bool isBag = std::find(bags.begin(), bags.end(), m.key) != bags.end();
        const bool isReadOnly =
            std::find(readOnly.begin(), readOnly.end(), m.key) != readOnly.end();
        json::Value* now = current.find(m.key);
        if (isReadOnly) {
            if (!now || *now != m.value) {
                error = fieldProblem({m.key, "is set by the server and cannot be changed"});
                return false;
            }
            continue;
        }
        if (isBag) {
            if (!m.value.isObject()) {
                error =
                    fieldProblem({m.key, "must be an object of keys to set (null deletes a key)"});
                return false;
            }
            json::Value merged = now && now->isObject() ? *now : json::Value(json::Object{});
            for (const json::Member& k : m.value.object()) {
                if (k.value.isNull())
                    merged.remove(k.key);
                else
                    merged.set(k.key, k.value);
            }
            current.set(m.key, std::move(merged));
            continue;
        }
        if (!now) {
            error = fieldProblem({m.key, "is not a field of this object"});
            return false;
        }
        *now = m.value;
    }
    return true;
}

bool metadataConditions(const Request& request, bool allFields,
                        std::vector<store::MetadataCondition>& out, Response& error)
{
    using Op = store::MetadataCondition::Op;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        const qsizetype open = name.indexOf(u'[');
        if (open <= 0 || !name.endsWith(u']'))
            continue;
        const std::string fieldName = name.left(open).toStdString();
        const std::optional<store::MetadataField> field = store::metadataFieldFromName(fieldName);
        if (!field || (!allFields && *field != store::MetadataField::Metadata))
            continue;
        QString inner = name.mid(open + 1, name.size() - open - 2); // KEY or KEY][op
        Op op = Op::Equals;
        bool caseSensitive = true;
        // [missing] and the [i…] forms (any case) serve RemoteStore's searches.
        static const std::tuple<const char16_t*, Op, bool> kOps[] = {
            {u"][exists", Op::Exists, true},      {u"][missing", Op::NotExists, true},
            {u"][prefix", Op::StartsWith, true},  {u"][ne", Op::NotEquals, true},
            {u"][contains", Op::Contains, true},  {u"][ieq", Op::Equals, false},
            {u"][ine", Op::NotEquals, false},     {u"][iprefix", Op::StartsWith, false},
            {u"][icontains", Op::Contains, false}};
        for (const auto& [suffix, o, sensitive] : kOps) {
            const QString s = QString::fromUtf16(suffix);
            if (inner.endsWith(s)) {
                inner.chop(s.size());
                op = o;
                caseSensitive = sensitive;
                break;
            }
        }
        if (inner.isEmpty()) {
            error = problem(problems::kInvalid, "a metadata filter needs a key: metadata[KEY]",
                            {{name.toStdString(), "has no key"}});
            return false;
        }
        const bool valueless = op == Op::Exists || op == Op::NotExists;
        if (valueless && !value.isEmpty() && value != u"true"_s) {
            error = problem(problems::kInvalid,
                            name.toStdString() + " takes true (or no value); there is no "
                                                 "filter for a missing key",
                            {{name.toStdString(), "must be true"}});
            return false;
        }
        store::MetadataCondition c;
        c.field = *field;
        c.key = inner.toStdString();
        c.op = op;
        c.value = valueless ? std::string() : value.toStdString();
        c.caseSensitive = caseSensitive;
        out.push_back(std::move(c));
    }
    return true;
}

bool listOrder(const Call& call, const char* byDefault, bool& byCreation, bool& descending,
               Response& error)
{
    const std::string orderBy = call.query("order_by");
    if (!orderBy.empty() && orderBy != "created_at" && !(byDefault && orderBy == byDefault)) {
        error = problem(problems::kInvalid,
                        byDefault ? "order_by takes " + std::string(byDefault) + " or created_at"
                                  : std::string("order_by takes created_at"),
                        {{"order_by", "unknown sort"}});
        return false;
    }
    const std::string order = call.query("order");
    if (!order.empty() && order != "asc" && order != "desc") {
        error = problem(problems::kInvalid, "order takes asc or desc", {{"order", "unknown"}});
        return false;
    }
    byCreation = orderBy == "created_at";
    descending = order == "desc";
    return true;
}

std::vector<std::string> commaList(const std::string& value)
{
    std::vector<std::string> items;
    for (const QString& item : QString::fromStdString(value).split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.push_back(item.trimmed().toStdString());
    }
    return items;
}

Response objectResponse(const json::Value& object, std::int64_t version, int status)
{
    Response r = Response::json(object, status);
    r.setVersion(version);
    return r;
}

} // namespace claimsmith::server
