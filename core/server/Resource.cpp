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

Response objectResponse(const json::Value& object, std::int64_t version, int status)
{
    Response r = Response::json(object, status);
    r.setVersion(version);
    return r;
}

} // namespace claimsmith::server
