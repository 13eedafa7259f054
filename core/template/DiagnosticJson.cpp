#include "DiagnosticJson.h"

namespace claimsmith::tmpl {

json::Value diagnosticsToJson(const std::vector<Diagnostic>& diagnostics)
{
    json::Array list;
    for (const Diagnostic& d : diagnostics) {
        json::Value fix;
        if (d.fix) {
            fix = json::Value::object({{"line", d.fix->start.line},
                                       {"column", d.fix->start.column},
                                       {"end_line", d.fix->end.line},
                                       {"end_column", d.fix->end.column},
                                       {"replacement", d.fix->replacement}});
        }
        list.push_back(json::Value::object({{"severity", severityName(d.severity)},
                                            {"code", d.code},
                                            {"message", d.message},
                                            {"line", d.start.line},
                                            {"column", d.start.column},
                                            {"end_line", d.end.line},
                                            {"end_column", d.end.column},
                                            {"fix", std::move(fix)}}));
    }
    return json::Value(std::move(list));
}

} // namespace claimsmith::tmpl
