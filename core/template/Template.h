#pragma once

#include "Diagnostic.h"
#include "LintProfile.h"
#include "Vocabulary.h"
#include "json/Value.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

struct Node;

// Templates larger than this are refused (T001): nothing sensible is that big,
// and the limit keeps the editor and the parser fast on any input.
constexpr std::size_t kMaxTemplateBytes = 256 * 1024;

// Rendering stops with an error when the claims grow past kMaxRenderedBytes
// (T403, whatever the lint profile allows), when a filter makes a value of
// more than kMaxFilterValueBytes, or when the values filters make for one
// context add up to more than kMaxFilterBytes (T301). Filters such as replace
// can double a value each time, so that without these a short template could
// take any amount of memory and time. Text counts its bytes, numbers 8 and
// other scalars 1; arrays and objects the sum of their parts (and their keys).
constexpr std::size_t kMaxRenderedBytes = 1024 * 1024;
constexpr std::size_t kMaxFilterValueBytes = 1024 * 1024;
constexpr std::size_t kMaxFilterBytes = 16 * 1024 * 1024;

struct CompileOptions
{
    const Vocabulary* vocabulary = nullptr; // store data for T103; none: no T103
    LintProfile profile;
};

enum class NullClaims : std::uint8_t
{
    Omit,
    Keep
};

struct RenderOptions
{
    // Overrides the template's own "null_claims" option when set.
    std::optional<NullClaims> nullClaims;
    // Skip the T403 size check (the rollout check measures sizes itself).
    bool checkSize = true;
};

struct RenderResult
{
    bool ok = false;
    std::string json;                    // compact claims, when ok
    std::vector<Diagnostic> diagnostics; // render errors and size warnings
};

// A top-level claim of the template and where it is written.
struct ClaimSite
{
    std::string name;
    Span nameSpan;
    Span valueSpan;
};

// A metadata key the template reads: the bag (user.metadata, …) and the key
// right after it, as written in the first path that reads it.
struct MetadataKeyRead
{
    Bag bag = Bag::None;
    std::string key;
    Span span; // the key in the first path that reads it
};

// A compiled claim template. Immutable and cheap to copy; render() may be
// called from several threads at once.
class Template
{
public:
    Template();
    static Template compile(std::string_view text, const CompileOptions& options = {});

    const std::string& text() const;
    // Every diagnostic of parsing and linting, in text order.
    const std::vector<Diagnostic>& diagnostics() const;
    bool hasErrors() const;
    // The template's "null_claims" option (Omit unless written as "keep").
    NullClaims nullClaims() const;
    const std::vector<ClaimSite>& claims() const;
    // The context the template reads: "root" (the whole root) or
    // "root.field" for each field reached, e.g. "user.metadata",
    // "organization_membership.roles". A context without the others renders
    // the same, so callers can build only these.
    const std::vector<std::string>& usedFields() const;
    // The metadata keys the template reads, each once, in text order.
    const std::vector<MetadataKeyRead>& metadataKeys() const;
    bool setsClaim(std::string_view name) const;
    const LintProfile& profile() const;

    RenderResult render(const json::Value& context, const RenderOptions& options = {}) const;
    // The fast path: appends the claims to `out`; render diagnostics go to
    // `diagnostics`. Returns false (with `out` unspecified) on a render error.
    bool renderTo(const json::Value& context, std::string& out,
                  std::vector<Diagnostic>& diagnostics, const RenderOptions& options = {}) const;

    struct Compiled;

private:
    std::shared_ptr<const Compiled> m_c;
};

} // namespace claimsmith::tmpl
