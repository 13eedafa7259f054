#include "ImportTypes.h"

#include <cstdio>

namespace claimsmith::store::io {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

void appendCount(std::string& out, std::int64_t n, const char* one, const char* many)
{
    if (n == 0)
        return;
    if (!out.empty())
        out += ", ";
    out += std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::optional<Format> formatFromName(std::string_view name)
{
    for (Format f : {Format::Jsonl, Format::Auth0, Format::Zitadel, Format::Csv}) {
        if (equalsIgnoringCase(name, formatName(f)))
            return f;
    }
    return std::nullopt;
}

std::string_view formatName(Format format)
{
    switch (format) {
    case Format::Jsonl:
        return "jsonl";
    case Format::Auth0:
        return "auth0";
    case Format::Zitadel:
        return "zitadel";
    case Format::Csv:
        return "csv";
    }
    return "jsonl";
}

std::string formatProblem(std::string_view file, const Problem& problem)
{
    std::string s(file);
    if (problem.line > 0)
        s += ":" + std::to_string(problem.line);
    s += ": ";
    if (problem.record > 0)
        s += "record " + std::to_string(problem.record) + ": ";
    s += problem.message;
    return s;
}

std::string summaryLine(const ImportResult& result, bool dryRun)
{
    const ImportCounts& c = result.counts;
    std::string list;
    appendCount(list, c.users, "user", "users");
    appendCount(list, c.organizations, "organization", "organizations");
    appendCount(list, c.memberships, "membership", "memberships");
    appendCount(list, c.roles, "role", "roles");
    appendCount(list, c.permissions, "permission", "permissions");
    appendCount(list, c.applications, "application", "applications");
    appendCount(list, c.templates, "template", "templates");
    appendCount(list, c.settings, "settings line", "settings lines");
    if (list.empty())
        list = "0 users";

    std::string s;
    switch (result.outcome) {
    case ImportOutcome::Imported:
        s = "imported " + list;
        break;
    case ImportOutcome::DryRun:
        s = "dry run: would import " + list;
        break;
    case ImportOutcome::Aborted:
        s = dryRun ? "dry run: a real import would stop at the first bad record and write nothing"
                   : "imported nothing: stopped at the first bad record, the store is unchanged";
        break;
    case ImportOutcome::StoreFailed:
        s = std::string(dryRun ? "dry run: " : "") +
            "imported nothing: the store failed, the store is unchanged";
        break;
    }
    s += " (" + std::to_string(c.skipped) + " skipped";
    if (c.ignored > 0)
        s += ", " + std::to_string(c.ignored) + " ignored";
    s += ")";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, " in %.1f s", result.seconds);
    s += seconds;
    if (result.outcome == ImportOutcome::DryRun)
        s += "; nothing was written";
    return s;
}

} // namespace claimsmith::store::io
