#include "ReportCsv.h"

namespace claimsmith::rollout {

namespace {

bool looksLikeFormula(std::string_view field)
{
    if (field.empty())
        return false;
    switch (field.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

void appendCsvField(std::string& out, std::string_view field)
{
    const bool formula = looksLikeFormula(field);
    const bool quote = formula || field.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string_view csvHeader()
{
    return "user_id,email,organization_id,claim,change,before,after,error\r\n";
}

void appendCsvRow(std::string& out, std::string_view userId, std::string_view email,
                  std::string_view organizationId, std::string_view claim, std::string_view change,
                  std::optional<std::string_view> before, std::optional<std::string_view> after,
                  std::string_view error)
{
    const std::string_view fields[] = {userId,
                                       email,
                                       organizationId,
                                       claim,
                                       change,
                                       before.value_or(std::string_view()),
                                       after.value_or(std::string_view()),
                                       error};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (i > 0)
            out += ',';
        appendCsvField(out, fields[i]);
    }
    out += "\r\n";
}

std::string reportToCsv(const RolloutReport& report)
{
    std::string out(csvHeader());
    for (const ReportRow& r : report.rows) {
        appendCsvRow(out, r.token.userId, r.token.email, r.token.organizationId, r.claim, r.change,
                     r.before ? std::optional<std::string_view>(*r.before) : std::nullopt,
                     r.after ? std::optional<std::string_view>(*r.after) : std::nullopt, r.error);
    }
    return out;
}

} // namespace claimsmith::rollout
