// libFuzzer target over the template engine: tokenize, parse and lint the
// template, render it against a context, format it, and ask for completions.
//
// Input: template text, optionally followed by "\n---\n" and a JSON context.
// Checked contracts (spec/template-language.md §5, §6; Formatter.h):
//  - every diagnostic and fix points into the text and says what is wrong
//    in UTF-8, and the diagnostics write as JSON;
//  - rendered claims are a JSON object;
//  - formatting is idempotent and the formatted template renders the same
//    claims;
//  - completions replace a range inside the text.

#include "FuzzSupport.h"
#include "json/Reader.h"
#include "json/Utf8.h"
#include "json/Writer.h"
#include "template/Completion.h"
#include "template/DiagnosticJson.h"
#include "template/Formatter.h"
#include "template/Template.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

using namespace claimsmith;
using fuzz::check;

namespace {

const tmpl::Vocabulary& vocabulary()
{
    static const tmpl::Vocabulary v = [] {
        tmpl::Vocabulary out;
        out.setKeys(tmpl::Bag::UserMetadata, {{"tier", 3, 0}, {"plan", 2, 0}});
        out.roles = {{"admin", "Admin", ""}};
        return out;
    }();
    return v;
}

void checkDiagnostics(const tmpl::Template& t, std::string_view text)
{
    for (const tmpl::Diagnostic& d : t.diagnostics()) {
        check(d.span.start <= d.span.end && d.span.end <= text.size(),
              "a diagnostic's span is inside the text");
        check(!d.code.empty() && !d.message.empty() && utf8::isValid(d.message),
              "a diagnostic has a code and a message in UTF-8");
        if (d.fix)
            check(d.fix->span.start <= d.fix->span.end && d.fix->span.end <= text.size(),
                  "a fix replaces a range inside the text");
    }
    const std::string written = json::toString(tmpl::diagnosticsToJson(t.diagnostics()));
    check(json::parse(written).ok, "diagnostics write as JSON");
}

// The claims, or nullopt when rendering fails.
std::optional<std::string> render(const tmpl::Template& t, const json::Value& context)
{
    const tmpl::RenderResult r = t.render(context);
    if (!r.ok)
        return std::nullopt;
    const json::ParseResult parsed = json::parse(r.json, json::ParseOptions{1024, true});
    check(parsed.ok && parsed.value.isObject(), "rendered claims are a JSON object");
    return r.json;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fuzz::Split parts = fuzz::splitAt(fuzz::textOf(data, size), "\n---\n");
    const std::string_view text = parts.head;

    tmpl::CompileOptions options;
    options.vocabulary = &vocabulary();
    const tmpl::Template t = tmpl::Template::compile(text, options);
    checkDiagnostics(t, text);

    const json::ParseResult context = json::parse(parts.tail);
    const json::Value& ctx = context.ok ? context.value : json::Value();
    const std::optional<std::string> claims = render(t, ctx);

    const std::optional<std::string> formatted = tmpl::format(text);
    // (Indentation can take a template just under the size limit over it.)
    if (formatted && formatted->size() <= tmpl::kMaxTemplateBytes) {
        check(tmpl::format(*formatted) == formatted, "formatting is idempotent");
        const tmpl::Template f = tmpl::Template::compile(*formatted, options);
        check(f.hasErrors() == t.hasErrors(), "formatting keeps a template valid or invalid");
        check(render(f, ctx) == claims, "a formatted template renders the same claims");
    }

    const auto cursor = static_cast<std::uint32_t>(size ? data[0] % (text.size() + 1) : 0);
    const tmpl::Completion c = tmpl::complete(text, cursor, &vocabulary());
    for (const tmpl::CompletionItem& item : c.items)
        check(item.replace.start <= item.replace.end && item.replace.end <= text.size(),
              "a completion replaces a range inside the text");
    return 0;
}
