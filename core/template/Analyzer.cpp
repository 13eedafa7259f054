#include "Analyzer.h"

#include "Filters.h"
#include "Text.h"
#include "json/Utf8.h"

#include <algorithm>
#include <array>

namespace claimsmith::tmpl {

namespace {

std::string quoted(std::string_view s)
{
    return "\"" + utf8::sanitized(s) + "\"";
}

bool hasUpper(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The text of a path up to and including segment `upTo` (exclusive index).
std::string pathText(const Path& p, std::size_t upTo)
{
    std::string s = p.root ? std::string(rootName(*p.root)) : p.rootText;
    for (std::size_t i = 0; i < upTo && i < p.segments.size(); ++i) {
        const Segment& seg = p.segments[i];
        if (seg.bracketed)
            s += seg.kind == Segment::Kind::Index ? "[" + seg.name + "]"
                                                  : "[" + quoted(seg.name) + "]";
        else
            s += "." + seg.name;
    }
    return s;
}

Type kindOfLiteral(const json::Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return Type::of(Kind::Null);
    case json::Type::Bool:
        return Type::of(Kind::Bool);
    case json::Type::Number:
        return Type::of(Kind::Number);
    case json::Type::String:
        return Type::of(Kind::String);
    case json::Type::Array:
        return Type::of(Kind::Array);
    case json::Type::Object:
        return Type::of(Kind::Object);
    }
    return Type::any();
}

// The type of a metadata value as far as the store knows it.
Type metadataValueType(const Vocabulary* vocabulary, Bag bag, std::string_view key)
{
    if (!vocabulary)
        return Type::any();
    const KeyInfo* k = vocabulary->findKey(bag, key);
    if (!k)
        return Type::any();
    switch (k->valueKinds & ~AcceptNull) {
    case AcceptString:
        return Type::of(Kind::String);
    case AcceptNumber:
        return Type::of(Kind::Number);
    case AcceptBool:
        return Type::of(Kind::Bool);
    case AcceptObject:
        return Type::of(Kind::Object);
    case AcceptArray:
        return Type::of(Kind::Array);
    default:
        return Type::any();
    }
}

class Analyzer
{
public:
    Analyzer(std::string_view text, const Vocabulary* vocabulary, const LintProfile& profile,
             DiagnosticSink& sink)
        : m_text(text)
        , m_vocabulary(vocabulary)
        , m_profile(profile)
        , m_sink(sink)
    {}

    void run(Node& root)
    {
        if (root.kind == Node::Kind::Object) {
            for (Member& m : root.members)
                checkTopLevelName(m);
        }
        walk(root);
    }

private:
    void checkTopLevelName(const Member& m)
    {
        if (m.nameHasHole)
            return;
        if (isReservedClaim(m.name)) {
            const bool byToken = m.name == "iss" || m.name == "sub" || m.name == "exp" ||
                                 m.name == "iat" || m.name == "nbf" || m.name == "jti";
            m_sink.error(
                "T401", m.nameSpan,
                quoted(m.name) + " is a reserved claim set by the " +
                    (byToken ? "token" : "token service") +
                    "; remove it, or use a namespaced name such as \"urn:my_app:" + m.name + "\"");
            return;
        }
        if (m_profile.namespaceRule && !isRegisteredClaim(m.name) && !isNamespacedClaim(m.name) &&
            m.name != "null_claims") {
            m_sink.warning("T404", m.nameSpan,
                           quoted(m.name) +
                               " is neither a registered JWT claim nor namespaced; name it like "
                               "\"urn:my_app:" +
                               m.name + "\" so that it cannot clash with a standard claim");
        }
    }

    bool isAuthorizationName(std::string_view name) const
    {
        const std::string l = asciiLower(name);
        return std::any_of(
            m_profile.authorizationWords.begin(), m_profile.authorizationWords.end(),
            [&](const std::string& w) { return l.find(asciiLower(w)) != std::string::npos; });
    }

    void walk(Node& n)
    {
        switch (n.kind) {
        case Node::Kind::Object:
            for (Member& m : n.members) {
                m_names.push_back(&m.name);
                walk(m.value);
                m_names.pop_back();
            }
            return;
        case Node::Kind::Array:
            for (Node& e : n.elements)
                walk(e);
            return;
        case Node::Kind::Hole:
            expression(*n.hole);
            return;
        case Node::Kind::Interpolated:
            interpolated(n);
            return;
        case Node::Kind::Literal:
            return;
        }
    }

    void interpolated(Node& n)
    {
        for (std::size_t i = 0; i < n.holes.size(); ++i) {
            Expression& e = n.holes[i];
            const Type t = expression(e);
            if (e.valid && t.isContainer()) {
                Diagnostic& d = m_sink.error(
                    "T203", e.span,
                    describeExpression(e) + " is " +
                        (t.kind == Kind::Object ? "an object" : "an array") +
                        ", which cannot go inside a string; remove the quotes to insert it as a "
                        "value, or add | json to insert its JSON text");
                // A string that is only this hole: dropping the quotes is the obvious edit.
                const bool alone = n.holes.size() == 1 && n.texts.size() == 2 &&
                                   n.texts[0].empty() && n.texts[1].empty();
                if (alone)
                    m_sink.setFix(d, n.span,
                                  std::string(m_text.substr(e.span.start, e.span.length())));
            }
            if (!e.valid)
                continue;
            for (std::size_t j = 0; j < i; ++j) {
                if (n.holes[j].valid && n.holes[j].canonical == e.canonical) {
                    m_sink.warning(
                        "T105", e.span,
                        "the same hole " +
                            utf8::sanitized(m_text.substr(e.span.start, e.span.length())) +
                            " appears twice in this string; did you mean another "
                            "value the second time?");
                    break;
                }
            }
        }
    }

    std::string describeExpression(const Expression& e) const
    {
        if (e.filters.empty() && e.chain.size() == 1 && e.chain[0].kind == Operand::Kind::Path)
            return pathText(e.chain[0].path, e.chain[0].path.segments.size());
        return "the value of " + utf8::sanitized(m_text.substr(e.span.start, e.span.length()));
    }

    Type expression(Expression& e)
    {
        const Type t = expressionType(e, m_vocabulary, &m_sink);
        if (m_profile.trustRule)
            checkTrust(e);
        return t;
    }

    void checkTrust(const Expression& e)
    {
        const std::string* claim = nullptr;
        for (const std::string* name : m_names) {
            if (isAuthorizationName(*name)) {
                claim = name;
                break;
            }
        }
        if (!claim)
            return;
        auto check = [&](const Operand& op) {
            if (op.kind != Operand::Kind::Path || op.path.root != Root::User ||
                op.path.segments.empty() || op.path.segments[0].name != "user_metadata")
                return;
            const Span span{op.path.rootSpan.start, op.path.segments[0].span.end};
            Diagnostic& d = m_sink.warning(
                "T405", span,
                "untrusted data: users can edit their own user.user_metadata, and it flows into "
                "the authorization claim " +
                    quoted(*claim) + "; use user.metadata (set by admins) instead");
            m_sink.setFix(d, span, "user.metadata");
        };
        for (const Operand& op : e.chain)
            check(op);
        for (const FilterCall& f : e.filters) {
            for (const Operand& a : f.args)
                check(a);
        }
    }

    std::string_view m_text;
    const Vocabulary* m_vocabulary;
    const LintProfile& m_profile;
    DiagnosticSink& m_sink;
    std::vector<const std::string*> m_names; // member names from the top to here
};

void reportField(DiagnosticSink* sink, const Path& p, std::size_t i, const Type& owner,
                 Segment& seg)
{
    if (!sink)
        return;
    const std::string ownerText = pathText(p, i);
    if (owner.kind == Kind::Object && owner.schema) {
        if (seg.kind == Segment::Kind::Index) {
            sink->error("T102", seg.span,
                        ownerText + " is an object, not an array; it has no element " + seg.name);
            return;
        }
        std::vector<std::string_view> names;
        for (const Field& f : owner.schema->fields)
            names.push_back(f.name);
        std::string message = quoted(seg.name) + " is not a field of " + ownerText;
        const std::string near = nearest(seg.name, names);
        if (!near.empty())
            message += "; did you mean " + quoted(near) + "?";
        else {
            message += "; its fields are ";
            for (std::size_t k = 0; k < names.size(); ++k)
                message += (k ? ", " : "") + std::string(names[k]);
        }
        Diagnostic& d = sink->error("T102", seg.span, message);
        if (!near.empty() && !seg.bracketed)
            sink->setFix(d, seg.span, near);
        return;
    }
    if (owner.kind == Kind::Array) {
        Diagnostic& d = sink->error("T102", seg.span,
                                    ownerText + " is an array; pick an element first, as in " +
                                        ownerText + ".0." + seg.name);
        if (!seg.bracketed)
            sink->setFix(d, seg.span, "0." + seg.name);
        return;
    }
    sink->error(
        "T102", seg.span,
        ownerText + " is " +
            (owner.kind == Kind::Bool ? "a boolean" : std::string("a ") + kindName(owner.kind)) +
            "; it has no field " + quoted(seg.name));
}

} // namespace

Type resolvePath(Path& p, const Vocabulary* vocabulary, DiagnosticSink* sink)
{
    p.root = rootFromName(p.rootText);
    if (!p.root) {
        const std::string snake = snakeCase(p.rootText);
        if (hasUpper(p.rootText) && rootFromName(snake)) {
            p.root = rootFromName(snake);
            if (sink) {
                Diagnostic& d = sink->warning("T104", p.rootSpan,
                                              "write " + snake + " instead of " + p.rootText +
                                                  ": templates use snake_case");
                sink->setFix(d, p.rootSpan, snake);
            }
        } else {
            if (sink) {
                std::vector<std::string_view> roots;
                for (const Field& f : contextSchema().fields)
                    roots.push_back(f.name);
                const std::string near = nearest(asciiLower(p.rootText), roots);
                std::string message = "unknown root " + quoted(p.rootText) +
                                      "; a path starts with user, organization, "
                                      "organization_membership, application or session";
                if (!near.empty())
                    message = "unknown root " + quoted(p.rootText) + "; did you mean " +
                              quoted(near) + "?";
                Diagnostic& d = sink->error("T101", p.rootSpan, message);
                if (!near.empty())
                    sink->setFix(d, p.rootSpan, near);
            }
            p.type = Type::any();
            return p.type;
        }
    }
    Type t = rootType(*p.root);
    for (std::size_t i = 0; i < p.segments.size(); ++i) {
        Segment& seg = p.segments[i];
        if (t.kind == Kind::Any) {
            continue;
        }
        if (t.kind == Kind::Object && t.schema) {
            const Field* f = seg.kind == Segment::Kind::Name ? t.schema->find(seg.name) : nullptr;
            if (!f && seg.kind == Segment::Kind::Name && hasUpper(seg.name)) {
                const std::string snake = snakeCase(seg.name);
                f = t.schema->find(snake);
                if (f && sink) {
                    Diagnostic& d = sink->warning("T104", seg.span,
                                                  "write " + snake + " instead of " + seg.name +
                                                      ": templates use snake_case");
                    if (!seg.bracketed)
                        sink->setFix(d, seg.span, snake);
                }
                if (f)
                    seg.name = snake;
            }
            if (!f) {
                reportField(sink, p, i, t, seg);
                p.type = Type::any();
                return p.type;
            }
            t = f->type;
            continue;
        }
        if (t.kind == Kind::Object && t.bag != Bag::None) {
            // A metadata key: whatever the store holds.
            const Bag bag = t.bag;
            if (vocabulary && vocabulary->knowsKeys(bag) && !vocabulary->findKey(bag, seg.name)) {
                if (sink) {
                    std::vector<std::string_view> keys;
                    for (const KeyInfo& k : vocabulary->keys(bag))
                        keys.push_back(k.key);
                    const std::string near = nearest(seg.name, keys);
                    std::string message = "no record in the store has the key " + quoted(seg.name) +
                                          " in " + std::string(bagPath(bag));
                    message += near.empty() ? "; the claim will be missing for everyone"
                                            : "; did you mean " + quoted(near) + "?";
                    Diagnostic& d = sink->warning("T103", seg.span, message);
                    if (!near.empty() && !seg.bracketed)
                        sink->setFix(d, seg.span, near);
                }
            }
            t = metadataValueType(vocabulary, bag, seg.name);
            t.nullable = true;
            continue;
        }
        if (t.kind == Kind::Array) {
            if (seg.kind == Segment::Kind::Index) {
                t = t.element ? *t.element : Type::any();
                t.nullable = true; // out of range is missing
                continue;
            }
            reportField(sink, p, i, t, seg);
            p.type = Type::any();
            return p.type;
        }
        if (t.kind == Kind::Object) {
            t = Type::any();
            continue;
        }
        reportField(sink, p, i, t, seg);
        p.type = Type::any();
        return p.type;
    }
    p.type = t;
    return t;
}

Type expressionType(Expression& e, const Vocabulary* vocabulary, DiagnosticSink* sink)
{
    if (!e.valid) {
        e.type = Type::any();
        return e.type;
    }
    Type t;
    for (std::size_t i = 0; i < e.chain.size(); ++i) {
        Operand& op = e.chain[i];
        const Type ot = op.kind == Operand::Kind::Path ? resolvePath(op.path, vocabulary, sink)
                                                       : kindOfLiteral(op.literal);
        if (i == 0)
            t = ot;
        else if (t.kind != ot.kind)
            t = Type::any();
        else
            t.nullable = ot.nullable;
    }
    for (FilterCall& f : e.filters) {
        for (Operand& a : f.args) {
            if (a.kind == Operand::Kind::Path)
                resolvePath(a.path, vocabulary, sink);
        }
        const FilterInfo* info = findFilter(f.name);
        if (!info) {
            if (sink) {
                std::vector<std::string_view> names;
                for (const FilterInfo& fi : filters())
                    names.push_back(fi.name);
                const std::string near = nearest(f.name, names);
                std::string message = "unknown filter " + quoted(f.name);
                message += near.empty() ? "; see the list of filters in the template language guide"
                                        : "; did you mean " + quoted(near) + "?";
                Diagnostic& d = sink->error("T201", f.nameSpan, message);
                if (!near.empty())
                    sink->setFix(d, f.nameSpan, near);
            }
            e.valid = false;
            e.type = Type::any();
            return e.type;
        }
        f.id = info->id;
        const int n = static_cast<int>(f.args.size());
        if (n < info->minArgs || n > info->maxArgs) {
            if (sink) {
                std::string expected =
                    info->minArgs == info->maxArgs
                        ? std::to_string(info->minArgs)
                        : std::to_string(info->minArgs) + " or " + std::to_string(info->maxArgs);
                const bool one = info->maxArgs == 1 && info->minArgs == 1;
                sink->error("T201", f.span,
                            quoted(info->name) + " takes " +
                                (info->maxArgs == 0 ? "no" : expected) +
                                (one ? " argument" : " arguments") + " (" +
                                std::string(info->signature) + "), not " + std::to_string(n));
            }
            e.valid = false;
        }
        if (t.known() && !accepts(*info, t.kind) && sink) {
            sink->warning("T205", f.nameSpan,
                          quoted(info->name) + " does not take " + describe(t) +
                              "; for such input it gives nothing and the claim will be missing");
        }
        const std::string* firstArg = nullptr;
        if (!f.args.empty() && f.args[0].kind == Operand::Kind::Literal &&
            f.args[0].literal.isString())
            firstArg = &f.args[0].literal.string();
        if (info->id == FilterId::Default && !f.args.empty()) {
            const Type at = f.args[0].kind == Operand::Kind::Path
                                ? f.args[0].path.type
                                : kindOfLiteral(f.args[0].literal);
            if (t.kind == at.kind) {
                t.nullable = at.nullable;
                continue;
            }
        }
        t = filterResultType(info->id, t, firstArg);
    }
    e.type = t;
    return t;
}

bool isReservedClaim(std::string_view name)
{
    static constexpr std::array<std::string_view, 11> kReserved = {
        "iss", "sub", "exp", "iat", "nbf", "jti", "sid", "org_id", "role", "roles", "permissions"};
    return std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end();
}

bool isRegisteredClaim(std::string_view name)
{
    // IANA "JSON Web Token Claims" registry (RFC 7519 §10.1 and later entries).
    static constexpr std::array<std::string_view, 70> kRegistered = {"iss",
                                                                     "sub",
                                                                     "aud",
                                                                     "exp",
                                                                     "nbf",
                                                                     "iat",
                                                                     "jti",
                                                                     "name",
                                                                     "given_name",
                                                                     "family_name",
                                                                     "middle_name",
                                                                     "nickname",
                                                                     "preferred_username",
                                                                     "profile",
                                                                     "picture",
                                                                     "website",
                                                                     "email",
                                                                     "email_verified",
                                                                     "gender",
                                                                     "birthdate",
                                                                     "zoneinfo",
                                                                     "locale",
                                                                     "phone_number",
                                                                     "phone_number_verified",
                                                                     "address",
                                                                     "updated_at",
                                                                     "azp",
                                                                     "nonce",
                                                                     "auth_time",
                                                                     "at_hash",
                                                                     "c_hash",
                                                                     "acr",
                                                                     "amr",
                                                                     "sub_jwk",
                                                                     "cnf",
                                                                     "sip_from_tag",
                                                                     "sip_date",
                                                                     "sip_callid",
                                                                     "sip_cseq_num",
                                                                     "sip_via_branch",
                                                                     "orig",
                                                                     "dest",
                                                                     "mky",
                                                                     "events",
                                                                     "toe",
                                                                     "txn",
                                                                     "rph",
                                                                     "sid",
                                                                     "vot",
                                                                     "vtm",
                                                                     "attest",
                                                                     "origid",
                                                                     "act",
                                                                     "scope",
                                                                     "client_id",
                                                                     "may_act",
                                                                     "jcard",
                                                                     "at_use_nbr",
                                                                     "div",
                                                                     "opt",
                                                                     "vc",
                                                                     "vp",
                                                                     "sph",
                                                                     "ace_profile",
                                                                     "cnonce",
                                                                     "exi",
                                                                     "roles",
                                                                     "groups",
                                                                     "entitlements",
                                                                     "token_introspection"};
    return std::find(kRegistered.begin(), kRegistered.end(), name) != kRegistered.end();
}

bool isNamespacedClaim(std::string_view name)
{
    // RFC 3986 scheme ":" — "urn:my_app:x", "https://example.com/x".
    const std::size_t colon = name.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= name.size())
        return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!alpha(name[0]))
        return false;
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = name[i];
        if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return false;
    }
    return true;
}

void analyze(Node& root, std::string_view text, const Vocabulary* vocabulary,
             const LintProfile& profile, DiagnosticSink& sink)
{
    Analyzer(text, vocabulary, profile, sink).run(root);
}

} // namespace claimsmith::tmpl
