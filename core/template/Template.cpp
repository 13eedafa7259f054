#include "Template.h"

#include "Analyzer.h"
#include "Parser.h"
#include "Renderer.h"
#include "Text.h"
#include "Token.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <algorithm>

namespace claimsmith::tmpl {

struct Template::Compiled
{
    explicit Compiled(std::string_view t)
        : text(t)
        , index(text)
    {}

    std::string text;
    LineIndex index; // refers to `text`: Compiled never moves
    std::optional<Node> root;
    std::vector<Diagnostic> diagnostics;
    bool hasErrors = false;
    NullClaims nullClaims = NullClaims::Omit;
    std::vector<ClaimSite> claims;
    std::vector<std::string> usedFields;
    std::vector<MetadataKeyRead> metadataKeys;
    LintProfile profile;
};

namespace {

// Takes the "null_claims" option out of the claims when it is written as one.
NullClaims takeNullClaimsOption(Node& root)
{
    NullClaims option = NullClaims::Omit;
    auto& members = root.members;
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (it->name != "null_claims" || it->value.kind != Node::Kind::Literal ||
            !it->value.literal.isString())
            continue;
        const std::string& v = it->value.literal.string();
        if (v != "keep" && v != "omit")
            continue;
        option = v == "keep" ? NullClaims::Keep : NullClaims::Omit;
        members.erase(it);
        break;
    }
    return option;
}

void finishMember(Member& m)
{
    m.nameJson.clear();
    json::appendQuoted(m.nameJson, m.name);
    m.nameJson += ':';
}

void collectKeys(const Path& path, std::vector<MetadataKeyRead>& out)
{
    if (path.segments.size() < 2 || path.segments[1].kind != Segment::Kind::Name)
        return;
    std::string bagText(rootName(*path.root));
    bagText += "." + path.segments[0].name;
    for (int b = 1; b < kBagCount; ++b) {
        const auto bag = static_cast<Bag>(b);
        if (bagPath(bag) != bagText)
            continue;
        const std::string& key = path.segments[1].name;
        const bool seen = std::any_of(out.begin(), out.end(), [&](const MetadataKeyRead& k) {
            return k.bag == bag && k.key == key;
        });
        if (!seen)
            out.push_back({bag, key, path.segments[1].span});
        return;
    }
}

void collectPaths(const Operand& op, std::vector<std::string>& out,
                  std::vector<MetadataKeyRead>& keys)
{
    if (op.kind != Operand::Kind::Path || !op.path.root)
        return;
    collectKeys(op.path, keys);
    std::string field(rootName(*op.path.root));
    if (!op.path.segments.empty())
        field += "." + op.path.segments[0].name;
    if (std::find(out.begin(), out.end(), field) == out.end())
        out.push_back(std::move(field));
}

void collectPaths(const Expression& e, std::vector<std::string>& out,
                  std::vector<MetadataKeyRead>& keys)
{
    for (const Operand& op : e.chain)
        collectPaths(op, out, keys);
    for (const FilterCall& f : e.filters) {
        for (const Operand& a : f.args)
            collectPaths(a, out, keys);
    }
}

void collectPaths(const Node& n, std::vector<std::string>& out, std::vector<MetadataKeyRead>& keys)
{
    for (const Member& m : n.members)
        collectPaths(m.value, out, keys);
    for (const Node& e : n.elements)
        collectPaths(e, out, keys);
    for (const Expression& e : n.holes)
        collectPaths(e, out, keys);
    if (n.hole)
        collectPaths(*n.hole, out, keys);
}

// Pre-encodes member names so that rendering only appends bytes.
void prepare(Node& n)
{
    for (Member& m : n.members) {
        finishMember(m);
        prepare(m.value);
    }
    for (Node& e : n.elements)
        prepare(e);
}

} // namespace

Template::Template()
{
    auto c = std::make_shared<Compiled>(std::string_view{});
    c->hasErrors = true; // nothing to render
    m_c = std::move(c);
}

Template Template::compile(std::string_view text, const CompileOptions& options)
{
    auto c = std::make_shared<Compiled>(text);
    c->profile = options.profile;
    DiagnosticSink sink(c->index);
    if (text.size() > kMaxTemplateBytes) {
        sink.error("T001", Span{0, 0},
                   "the template is " + withThousands(static_cast<std::int64_t>(text.size())) +
                       " bytes; templates are limited to " +
                       withThousands(static_cast<std::int64_t>(kMaxTemplateBytes)) + " bytes");
    } else {
        const std::vector<Token> tokens = tokenize(c->text, &sink);
        c->root = parse(c->text, tokens, sink);
        if (c->root) {
            if (c->root->kind == Node::Kind::Object)
                c->nullClaims = takeNullClaimsOption(*c->root);
            analyze(*c->root, c->text, options.vocabulary, options.profile, sink);
            prepare(*c->root);
            if (c->root->kind == Node::Kind::Object) {
                for (const Member& m : c->root->members)
                    c->claims.push_back(ClaimSite{m.name, m.nameSpan, m.value.span});
            }
            collectPaths(*c->root, c->usedFields, c->metadataKeys);
        }
    }
    c->diagnostics = std::move(sink.diagnostics());
    sortDiagnostics(c->diagnostics);
    c->hasErrors = tmpl::hasErrors(c->diagnostics) || !c->root;
    Template t;
    t.m_c = std::move(c);
    return t;
}

const std::string& Template::text() const
{
    return m_c->text;
}

const std::vector<Diagnostic>& Template::diagnostics() const
{
    return m_c->diagnostics;
}

bool Template::hasErrors() const
{
    return m_c->hasErrors;
}

NullClaims Template::nullClaims() const
{
    return m_c->nullClaims;
}

const std::vector<ClaimSite>& Template::claims() const
{
    return m_c->claims;
}

bool Template::setsClaim(std::string_view name) const
{
    return std::any_of(m_c->claims.begin(), m_c->claims.end(),
                       [&](const ClaimSite& s) { return s.name == name; });
}

const std::vector<std::string>& Template::usedFields() const
{
    return m_c->usedFields;
}

const std::vector<MetadataKeyRead>& Template::metadataKeys() const
{
    return m_c->metadataKeys;
}

const LintProfile& Template::profile() const
{
    return m_c->profile;
}

bool Template::renderTo(const json::Value& context, std::string& out,
                        std::vector<Diagnostic>& diagnostics, const RenderOptions& options) const
{
    if (m_c->hasErrors) {
        for (const Diagnostic& d : m_c->diagnostics) {
            if (d.severity == Severity::Error)
                diagnostics.push_back(d);
        }
        return false;
    }
    DiagnosticSink sink(m_c->index);
    const std::size_t start = out.size();
    const bool ok =
        renderNode(*m_c->root, context, options.nullClaims.value_or(m_c->nullClaims), out, sink);
    const std::size_t size = out.size() - start;
    if (ok && options.checkSize && size > m_c->profile.sizeWarningBytes) {
        // Over budget: name the largest claim, where the admin can act.
        const json::ParseResult parsed = json::parse(std::string_view(out).substr(start));
        std::string largest;
        std::size_t largestSize = 0;
        if (parsed.ok && parsed.value.isObject()) {
            for (const json::Member& m : parsed.value.object()) {
                const std::size_t s = json::toString(m.value).size() + m.key.size() + 3;
                if (s > largestSize) {
                    largestSize = s;
                    largest = m.key;
                }
            }
        }
        Span span{0, 0};
        for (const ClaimSite& site : m_c->claims) {
            if (site.name == largest)
                span = site.nameSpan;
        }
        const bool error = size > m_c->profile.sizeErrorBytes;
        const std::size_t budget =
            error ? m_c->profile.sizeErrorBytes : m_c->profile.sizeWarningBytes;
        std::string message = "the rendered claims are " +
                              withThousands(static_cast<std::int64_t>(size)) + " bytes, over the " +
                              (error ? "limit" : "budget") + " of " +
                              withThousands(static_cast<std::int64_t>(budget)) + " bytes";
        if (!largest.empty())
            message += "; the largest claim is \"" + largest + "\" (" +
                       withThousands(static_cast<std::int64_t>(largestSize)) + " bytes)";
        message += error
                       ? "; tokens this large break cookies and headers: move data out of the token"
                       : "; keep tokens small, they travel with every request";
        sink.add(error ? Severity::Error : Severity::Warning, "T403", span, std::move(message));
    }
    auto& found = sink.diagnostics();
    const bool failed = !ok || tmpl::hasErrors(found);
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(found.begin()),
                       std::make_move_iterator(found.end()));
    return !failed;
}

RenderResult Template::render(const json::Value& context, const RenderOptions& options) const
{
    RenderResult r;
    r.ok = renderTo(context, r.json, r.diagnostics, options);
    if (!r.ok)
        r.json.clear();
    return r;
}

} // namespace claimsmith::tmpl
