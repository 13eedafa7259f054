#include "ReportJson.h"

#include "json/Reader.h"
#include "json/Writer.h"

#include <limits>

namespace claimsmith::rollout {

namespace {

json::Value optionalInt(const std::optional<int>& v)
{
    return v ? json::Value(*v) : json::Value();
}

json::Value idOrNull(const std::string& id)
{
    return id.empty() ? json::Value() : json::Value(id);
}

json::Value size(std::size_t n)
{
    return json::Value(static_cast<unsigned long long>(n));
}

void addToken(json::Object& o, const TokenRef& t)
{
    o.push_back({"user_id", t.userId});
    o.push_back({"email", t.email});
    o.push_back({"organization_id", idOrNull(t.organizationId)});
}

// A claim value kept as compact JSON text, as a JSON value again.
json::Value claimValue(const std::string& text)
{
    json::ParseResult parsed = json::parse(text);
    return parsed.ok ? std::move(parsed.value) : json::Value(text);
}

json::Value sizedList(const std::vector<SizedToken>& list)
{
    json::Array a;
    for (const SizedToken& s : list) {
        json::Object o;
        addToken(o, s.token);
        o.push_back({"bytes", size(s.bytes)});
        a.push_back(json::Value(std::move(o)));
    }
    return json::Value(std::move(a));
}

// Reads members with a path for errors; keeps the first error.
class Reader
{
public:
    explicit Reader(std::string& error)
        : m_error(error)
    {}

    bool ok() const { return m_error.empty(); }
    void fail(const std::string& path, const std::string& message)
    {
        if (m_error.empty())
            m_error = path + ": " + message;
    }

    const json::Value* member(const json::Value& o, const std::string& path, const char* key,
                              bool required = true)
    {
        const json::Value* v = o.isObject() ? o.find(key) : nullptr;
        if (!v && required)
            fail(join(path, key), "is missing");
        return v;
    }
    std::string string(const json::Value& o, const std::string& path, const char* key)
    {
        const json::Value* v = member(o, path, key);
        if (v && !v->isString())
            fail(join(path, key), "must be a string");
        return v && v->isString() ? v->string() : std::string();
    }
    // A string or null (empty).
    std::string nullableString(const json::Value& o, const std::string& path, const char* key)
    {
        const json::Value* v = member(o, path, key);
        if (v && v->isNull())
            return {};
        return string(o, path, key);
    }
    std::int64_t integer(const json::Value& o, const std::string& path, const char* key,
                         std::int64_t min = 0)
    {
        const json::Value* v = member(o, path, key);
        if (!v)
            return 0;
        if (!v->isInteger() || v->numberKind() != json::NumberKind::Int || v->toInt64() < min) {
            fail(join(path, key), "must be a whole number of at least " + std::to_string(min));
            return 0;
        }
        return v->toInt64();
    }
    std::optional<int> nullableInt(const json::Value& o, const std::string& path, const char* key)
    {
        const json::Value* v = member(o, path, key);
        if (!v || v->isNull())
            return std::nullopt;
        const std::int64_t n = integer(o, path, key, 1);
        if (n > std::numeric_limits<int>::max())
            fail(join(path, key), "is too large");
        return static_cast<int>(n);
    }
    bool boolean(const json::Value& o, const std::string& path, const char* key)
    {
        const json::Value* v = member(o, path, key);
        if (v && !v->isBool())
            fail(join(path, key), "must be true or false");
        return v && v->isBool() && v->toBool();
    }
    template <typename F>
    void array(const json::Value& o, const std::string& path, const char* key, F&& each)
    {
        const json::Value* v = member(o, path, key);
        if (!v)
            return;
        if (!v->isArray()) {
            fail(join(path, key), "must be an array");
            return;
        }
        for (std::size_t i = 0; i < v->array().size() && ok(); ++i) {
            const std::string at = join(path, key) + "[" + std::to_string(i) + "]";
            if (!v->array()[i].isObject())
                fail(at, "must be an object");
            else
                each(v->array()[i], at);
        }
    }
    TokenRef token(const json::Value& o, const std::string& path)
    {
        return {string(o, path, "user_id"), string(o, path, "email"),
                nullableString(o, path, "organization_id")};
    }
    std::vector<SizedToken> sizedList(const json::Value& o, const std::string& path,
                                      const char* key)
    {
        std::vector<SizedToken> list;
        array(o, path, key, [&](const json::Value& e, const std::string& at) {
            list.push_back({token(e, at), static_cast<std::size_t>(integer(e, at, "bytes"))});
        });
        return list;
    }

    static std::string join(const std::string& path, const char* key)
    {
        return path.empty() ? std::string(key) : path + "." + key;
    }

private:
    std::string& m_error;
};

} // namespace

json::Value reportToJson(const RolloutReport& r)
{
    json::Object o;
    o.push_back({"template", r.templateName});
    o.push_back({"candidate_version", optionalInt(r.candidateVersion)});
    o.push_back({"production_version", optionalInt(r.productionVersion)});
    o.push_back({"application_id", idOrNull(r.applicationId)});
    o.push_back({"cancelled", r.cancelled});
    o.push_back({"duration_ms", json::Value(static_cast<long long>(r.durationMs))});
    o.push_back({"users_checked", json::Value(static_cast<long long>(r.usersChecked))});
    o.push_back({"changed", json::Value(static_cast<long long>(r.changed))});
    o.push_back({"failed", json::Value(static_cast<long long>(r.failed))});
    o.push_back({"over_budget", json::Value(static_cast<long long>(r.overBudget))});
    o.push_back({"unchanged", json::Value(static_cast<long long>(r.unchanged))});
    const TokenCounts& t = r.tokens;
    o.push_back({"tokens",
                 json::Value::object({
                     {"checked", json::Value(static_cast<long long>(t.checked))},
                     {"changed", json::Value(static_cast<long long>(t.changed))},
                     {"failed", json::Value(static_cast<long long>(t.failed))},
                     {"over_budget", json::Value(static_cast<long long>(t.overBudget))},
                     {"over_limit", json::Value(static_cast<long long>(t.overLimit))},
                     {"production_failed", json::Value(static_cast<long long>(t.productionFailed))},
                 })});

    json::Array claims;
    for (const ClaimChange& c : r.claimChanges) {
        json::Array examples;
        for (const ClaimExample& e : c.examples) {
            json::Object x;
            addToken(x, e.token);
            if (e.before)
                x.push_back({"before", claimValue(*e.before)});
            if (e.after)
                x.push_back({"after", claimValue(*e.after)});
            examples.push_back(json::Value(std::move(x)));
        }
        claims.push_back(
            json::Value::object({{"claim", c.claim},
                                 {"change", changeKindName(c.kind)},
                                 {"tokens", json::Value(static_cast<long long>(c.tokens))},
                                 {"examples", json::Value(std::move(examples))}}));
    }
    o.push_back({"claims", json::Value(std::move(claims))});

    json::Array kinds;
    for (const FailureKind& k : r.failureKinds)
        kinds.push_back(
            json::Value::object({{"code", k.code},
                                 {"message", k.message},
                                 {"line", k.line},
                                 {"column", k.column},
                                 {"claim", k.claim},
                                 {"tokens", json::Value(static_cast<long long>(k.tokens))}}));
    o.push_back({"failure_kinds", json::Value(std::move(kinds))});
    json::Array failures;
    for (const RenderFailure& f : r.failures) {
        json::Object x;
        addToken(x, f.token);
        x.push_back({"code", f.code});
        x.push_back({"message", f.message});
        x.push_back({"line", f.line});
        x.push_back({"column", f.column});
        x.push_back({"claim", f.claim});
        failures.push_back(json::Value(std::move(x)));
    }
    o.push_back({"failures", json::Value(std::move(failures))});

    json::Array histogram;
    for (const SizeBucket& b : r.histogram)
        histogram.push_back(
            json::Value::object({{"min", size(b.min)},
                                 {"max", b.max ? size(*b.max) : json::Value()},
                                 {"tokens", json::Value(static_cast<long long>(b.tokens))},
                                 {"over_budget", b.min > r.budgetBytes}}));
    o.push_back({"sizes", json::Value::object({{"budget_bytes", size(r.budgetBytes)},
                                               {"limit_bytes", size(r.limitBytes)},
                                               {"histogram", json::Value(std::move(histogram))},
                                               {"over_budget", sizedList(r.overBudgetList)},
                                               {"largest", sizedList(r.largest)}})});
    return json::Value(std::move(o));
}

bool reportFromJson(const json::Value& j, RolloutReport& r, std::string& error)
{
    error.clear();
    r = RolloutReport{};
    Reader in(error);
    if (!j.isObject()) {
        in.fail("report", "must be a JSON object");
        return false;
    }
    r.templateName = in.string(j, "", "template");
    r.candidateVersion = in.nullableInt(j, "", "candidate_version");
    r.productionVersion = in.nullableInt(j, "", "production_version");
    r.applicationId = in.nullableString(j, "", "application_id");
    r.cancelled = in.boolean(j, "", "cancelled");
    r.durationMs = in.integer(j, "", "duration_ms");
    r.usersChecked = in.integer(j, "", "users_checked");
    r.changed = in.integer(j, "", "changed");
    r.failed = in.integer(j, "", "failed");
    r.overBudget = in.integer(j, "", "over_budget");
    r.unchanged = in.integer(j, "", "unchanged");
    if (const json::Value* t = in.member(j, "", "tokens")) {
        r.tokens.checked = in.integer(*t, "tokens", "checked");
        r.tokens.changed = in.integer(*t, "tokens", "changed");
        r.tokens.failed = in.integer(*t, "tokens", "failed");
        r.tokens.overBudget = in.integer(*t, "tokens", "over_budget");
        r.tokens.overLimit = in.integer(*t, "tokens", "over_limit");
        r.tokens.productionFailed = in.integer(*t, "tokens", "production_failed");
    }
    in.array(j, "", "claims", [&](const json::Value& c, const std::string& at) {
        ClaimChange change;
        change.claim = in.string(c, at, "claim");
        const std::string kind = in.string(c, at, "change");
        if (const auto k = changeKindFromName(kind))
            change.kind = *k;
        else if (in.ok())
            in.fail(at + ".change", "must be added, removed or changed, not \"" + kind + "\"");
        change.tokens = in.integer(c, at, "tokens");
        in.array(c, at, "examples", [&](const json::Value& e, const std::string& eat) {
            ClaimExample x;
            x.token = in.token(e, eat);
            if (const json::Value* before = e.find("before"))
                x.before = json::toString(*before);
            if (const json::Value* after = e.find("after"))
                x.after = json::toString(*after);
            change.examples.push_back(std::move(x));
        });
        r.claimChanges.push_back(std::move(change));
    });
    in.array(j, "", "failure_kinds", [&](const json::Value& k, const std::string& at) {
        r.failureKinds.push_back(
            {in.string(k, at, "code"), static_cast<int>(in.integer(k, at, "line")),
             static_cast<int>(in.integer(k, at, "column")), in.string(k, at, "claim"),
             in.string(k, at, "message"), in.integer(k, at, "tokens")});
    });
    in.array(j, "", "failures", [&](const json::Value& f, const std::string& at) {
        RenderFailure x;
        x.token = in.token(f, at);
        x.code = in.string(f, at, "code");
        x.message = in.string(f, at, "message");
        x.line = static_cast<int>(in.integer(f, at, "line"));
        x.column = static_cast<int>(in.integer(f, at, "column"));
        x.claim = in.string(f, at, "claim");
        r.failures.push_back(std::move(x));
    });
    if (const json::Value* s = in.member(j, "", "sizes")) {
        r.budgetBytes = static_cast<std::size_t>(in.integer(*s, "sizes", "budget_bytes"));
        r.limitBytes = static_cast<std::size_t>(in.integer(*s, "sizes", "limit_bytes"));
        in.array(*s, "sizes", "histogram", [&](const json::Value& b, const std::string& at) {
            SizeBucket bucket;
            bucket.min = static_cast<std::size_t>(in.integer(b, at, "min"));
            const json::Value* max = in.member(b, at, "max");
            if (max && !max->isNull())
                bucket.max = static_cast<std::size_t>(in.integer(b, at, "max"));
            bucket.tokens = in.integer(b, at, "tokens");
            r.histogram.push_back(bucket);
        });
        r.overBudgetList = in.sizedList(*s, "sizes", "over_budget");
        r.largest = in.sizedList(*s, "sizes", "largest");
    }
    return in.ok();
}

} // namespace claimsmith::rollout
