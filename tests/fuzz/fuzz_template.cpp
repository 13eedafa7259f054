// libFuzzer target over the template engine: tokenize, parse and lint the
// template, render it against a context, and ask for completions.
//
// Input: template text, optionally followed by "\n---\n" and a JSON context.

#include "json/Reader.h"
#include "template/Completion.h"
#include "template/Template.h"
#include "template/Token.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace claimsmith;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find("\n---\n");
    const std::string_view text = input.substr(0, split);
    const std::string_view contextText =
        split == std::string_view::npos ? std::string_view() : input.substr(split + 5);

    tmpl::Vocabulary vocabulary;
    vocabulary.setKeys(tmpl::Bag::UserMetadata, {{"tier", 3, 0}, {"plan", 2, 0}});
    vocabulary.roles = {{"admin", "Admin", ""}};
    tmpl::CompileOptions options;
    options.vocabulary = &vocabulary;
    const tmpl::Template t = tmpl::Template::compile(text, options);
    for (const tmpl::Diagnostic& d : t.diagnostics()) {
        if (d.span.end > text.size() || d.span.start > d.span.end)
            std::abort();
    }

    const json::ParseResult context = json::parse(contextText);
    const tmpl::RenderResult r = t.render(context.ok ? context.value : json::Value());
    if (r.ok) {
        // The output must always be valid JSON.
        if (!json::parse(r.json, json::ParseOptions{1024, true}).ok)
            std::abort();
    }

    const auto cursor = static_cast<std::uint32_t>(size ? data[0] % (text.size() + 1) : 0);
    const tmpl::Completion c = tmpl::complete(text, cursor, &vocabulary);
    for (const tmpl::CompletionItem& item : c.items) {
        if (item.replace.end > text.size())
            std::abort();
    }
    return 0;
}
