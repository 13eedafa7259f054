#include "Call.h"

#include "Problem.h"
#include "json/Reader.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

std::string Call::param(const char* name) const
{
    auto it = m_params.find(QString::fromLatin1(name));
    return it == m_params.end() ? std::string() : it->second.toStdString();
}

std::string Call::query(const char* name) const
{
    return m_request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded)
        .toStdString();
}

bool Call::hasQuery(const char* name) const
{
    return m_request.query.hasQueryItem(QString::fromLatin1(name));
}

std::optional<json::Value> Call::body(Response& error) const
{
    const std::string_view text(m_request.body.constData(),
                                static_cast<std::size_t>(m_request.body.size()));
    json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        const json::ParseError& e = parsed.error;
        error = problem(problems::kMalformedJson, "the body is not valid JSON: line " +
                                                      std::to_string(e.line) + ", column " +
                                                      std::to_string(e.column) + ": " + e.message);
        return std::nullopt;
    }
    if (!parsed.value.isObject()) {
        error = problem(problems::kInvalid, "the body must be a JSON object");
        return std::nullopt;
    }
    return std::move(parsed.value);
}

std::optional<std::int64_t> Call::ifMatch(Response& error) const
{
    if (!m_request.hasHeader("if-match")) {
        error = problem(problems::kPreconditionRequired,
                        "this write needs If-Match with the version it was read at (the ETag "
                        "of the object, such as \"3\")");
        return std::nullopt;
    }
    QByteArray v = m_request.header("if-match").trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qlonglong version = v.toLongLong(&ok);
    if (!ok || version < 1) {
        error = problem(problems::kInvalid, "If-Match must be an ETag of this API, such as \"3\"",
                        {{"If-Match", "not a version"}});
        return std::nullopt;
    }
    return version;
}

bool Call::page(int& limit, std::string& after, Response& error) const
{
    limit = store::kDefaultPageSize;
    if (hasQuery("limit")) {
        bool ok = false;
        const int n = QString::fromStdString(query("limit")).toInt(&ok);
        if (!ok || n < 1 || n > store::kMaxPageSize) {
            error = problem(problems::kInvalid, "limit must be a whole number from 1 to 1000",
                            {{"limit", "must be from 1 to 1000"}});
            return false;
        }
        limit = n;
    }
    after = query("after");
    return true;
}

Response listResponse(json::Array data, const std::string& next)
{
    return Response::json(json::Value::object(
        {{"data", json::Value(std::move(data))},
         {"list_metadata",
          json::Value::object({{"after", next.empty() ? json::Value() : json::Value(next)}})}}));
}

} // namespace claimsmith::server
