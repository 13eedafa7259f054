#include "ReportCsv.h"

namespace claimsmith::rollout {

void appendCsvField(std::string& out, std::string_view field)
{
    const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string reportToCsv(const RolloutReport& report)
{
    std::string out = "user_id,email,organization_id,claim,change,before,after,error\r\n";
    for (const ReportRow& r : report.rows) {
        const std::string_view fields[] = {
            r.token.userId,
            r.token.email,
            r.token.organizationId,
            r.claim,
            r.change,
            r.before ? std::string_view(*r.before) : std::string_view(),
            r.after ? std::string_view(*r.after) : std::string_view(),
            r.error};
        for (std::size_t i = 0; i < std::size(fields); ++i) {
            if (i > 0)
                out += ',';
            appendCsvField(out, fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace claimsmith::rollout
