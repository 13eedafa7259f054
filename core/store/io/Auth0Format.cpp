#include "Auth0Format.h"

#include "ForeignRecord.h"
#include "JsonlFormat.h"

#include <QIODevice>

namespace claimsmith::store::io {

namespace {

// Whether the input starts (after a byte order mark and white space) with '['.
bool startsWithArray(QIODevice& device)
{
    const QByteArray head = device.peek(64 * 1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    return i < head.size() && head[i] == '[';
}

} // namespace

Auth0Source::Auth0Source(QIODevice& device)
    : m_device(device)
{}

void Auth0Source::mapUser(const json::Value& object, SourceRecord& out)
{
    ForeignRecord r(object, {}, "an Auth0 user");
    model::User u;
    u.externalId = r.string("user_id");
    if (std::optional<std::string> email = r.string("email", true))
        u.email = std::move(*email);
    u.emailVerified = r.boolean("email_verified");
    u.firstName = r.string("given_name");
    u.lastName = r.string("family_name");
    u.metadata = r.object("app_metadata");
    u.userMetadata = r.object("user_metadata");
    u.createdAt = r.time("created_at");
    u.updatedAt = r.time("updated_at");
    if (!r.ok()) {
        out.error = fieldProblem(out.line, r.error()->field, r.error()->message);
        out.error->record = out.record;
        return;
    }
    out.item = std::move(u);
}

bool Auth0Source::next(SourceRecord& out)
{
    if (!m_started) {
        m_started = true;
        m_array = startsWithArray(m_device);
        if (m_array) {
            Problem problem;
            if (!m_document.load(m_device, {}, problem)) {
                m_fatal = std::move(problem);
                return false;
            }
            if (!m_document.value().isArray()) {
                m_fatal = Problem{1, 0, {}, "an Auth0 bulk-import file is a JSON array"};
                return false;
            }
        } else {
            m_lines.emplace(m_device);
        }
    }
    if (m_array) {
        const json::Array& users = m_document.value().array();
        if (m_index >= users.size())
            return false;
        out = SourceRecord{};
        out.line = m_document.lineOf(m_index);
        out.record = static_cast<std::int64_t>(m_index) + 1;
        mapUser(users[m_index], out);
        ++m_index;
        return true;
    }
    json::Value value;
    if (!nextJsonLine(*m_lines, out, value, m_fatal))
        return false;
    if (!out.error)
        mapUser(value, out);
    return true;
}

std::int64_t Auth0Source::bytesRead() const
{
    return m_lines ? m_lines->bytesRead() : m_document.bytes();
}

} // namespace claimsmith::store::io
