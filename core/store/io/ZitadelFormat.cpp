#include "ZitadelFormat.h"

#include "ForeignRecord.h"
#include "json/Base64.h"
#include "json/Utf8.h"

#include <QIODevice>

namespace claimsmith::store::io {

namespace {

bool startsWithArray(QIODevice& device)
{
    const QByteArray head = device.peek(64 * 1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    return i < head.size() && head[i] == '[';
}

// The "metadata" entries as a metadata bag; values decoded from base64.
json::Value readMetadata(const json::Value& entries, ForeignRecord& r, SourceRecord& out)
{
    json::Value bag{json::Object{}};
    if (!entries.isArray()) {
        r.fail("metadata",
               "must be an array of {\"key\", \"value\"} entries, not " + describe(entries));
        return bag;
    }
    for (std::size_t i = 0; i < entries.array().size(); ++i) {
        const std::string path = model::indexPath("metadata", i);
        ForeignRecord entry(entries.array()[i], path, "a metadata entry");
        std::optional<std::string> key = entry.string("key", true);
        std::optional<std::string> value = entry.string("value", true);
        if (!entry.ok()) {
            r.fail(entry.error()->field, entry.error()->message);
            return bag;
        }
        if (bag.find(*key)) {
            r.fail(path + ".key", "the key \"" + *key + "\" appears twice");
            return bag;
        }
        std::string bytes;
        if (!base64::decodeLenient(*value, bytes)) {
            r.fail(path + ".value", "is not base64 (ZITADEL sends metadata values as base64 "
                                    "bytes)");
            return bag;
        }
        if (utf8::isValid(bytes)) {
            bag.set(*key, json::Value(std::move(bytes)));
        } else {
            out.warnings.push_back(model::fieldPath("metadata", *key) +
                                   ": the value is not UTF-8 text; kept as its base64 form");
            bag.set(*key, json::Value(std::move(*value)));
        }
    }
    return bag;
}

} // namespace

ZitadelSource::ZitadelSource(QIODevice& device)
    : m_device(device)
{}

void ZitadelSource::mapUser(const json::Value& object, SourceRecord& out)
{
    ForeignRecord r(object, {}, "a ZITADEL user");
    // v2 names the id "userId", management v1 "id".
    std::optional<std::string> id = r.string("userId");
    if (!id)
        id = r.string("id");
    model::User u;
    u.externalId = id;
    if (std::optional<ForeignRecord> details = r.child("details", "details")) {
        u.createdAt = details->time("creationDate");
        u.updatedAt = details->time("changeDate");
        if (!details->ok())
            r.fail(details->error()->field, details->error()->message);
    }
    if (r.ok() && !r.member("human") && r.member("machine")) {
        std::optional<std::string> name = r.string("username"); // v2
        if (!name)
            name = r.string("userName"); // management v1
        out.item = IgnoredItem{"machine user " + id.value_or("") +
                               (name ? " (" + *name + ")" : std::string()) +
                               " not imported: Claimsmith users are people with an email address"};
        return;
    }
    std::optional<ForeignRecord> human = r.child("human", "human");
    if (r.ok() && !human)
        r.fail("human", "required (the user's profile and email)");
    if (human) {
        if (std::optional<ForeignRecord> profile = human->child("profile", "profile")) {
            u.firstName = profile->string("givenName");
            if (!u.firstName)
                u.firstName = profile->string("firstName");
            u.lastName = profile->string("familyName");
            if (!u.lastName)
                u.lastName = profile->string("lastName");
            if (!profile->ok())
                human->fail(profile->error()->field, profile->error()->message);
        }
        std::optional<ForeignRecord> email = human->child("email", "email");
        if (human->ok() && !email)
            human->fail(human->path("email"), "required");
        if (email) {
            if (std::optional<std::string> address = email->string("email", true))
                u.email = std::move(*address);
            u.emailVerified = email->boolean("isVerified", email->boolean("isEmailVerified"));
            if (!email->ok())
                human->fail(email->error()->field, email->error()->message);
        }
        if (!human->ok())
            r.fail(human->error()->field, human->error()->message);
    }
    if (const json::Value* metadata = r.member("metadata"))
        u.metadata = readMetadata(*metadata, r, out);
    if (!r.ok()) {
        out.error = fieldProblem(out.line, r.error()->field, r.error()->message);
        out.error->record = out.record;
        return;
    }
    out.item = std::move(u);
}

bool ZitadelSource::next(SourceRecord& out)
{
    if (!m_started) {
        m_started = true;
        const bool bare = startsWithArray(m_device);
        Problem problem;
        if (!m_document.load(m_device, bare ? "" : "result", problem)) {
            m_fatal = std::move(problem);
            return false;
        }
        const json::Value& doc = m_document.value();
        const json::Value* users = bare ? &doc : doc.find("result");
        if (!bare && !doc.isObject()) {
            m_fatal = Problem{1,
                              0,
                              {},
                              "a ZITADEL ListUsers response is a JSON object with a \"result\" "
                              "array"};
            return false;
        }
        if (!users) // a response without "result" lists no users
            return false;
        if (!users->isArray()) {
            m_fatal = Problem{1, 0, "result", "result: must be an array, not " + describe(*users)};
            return false;
        }
        m_users = &users->array();
    }
    if (!m_users || m_index >= m_users->size())
        return false;
    out = SourceRecord{};
    out.line = m_document.lineOf(m_index);
    out.record = static_cast<std::int64_t>(m_index) + 1;
    mapUser((*m_users)[m_index], out);
    ++m_index;
    return true;
}

} // namespace claimsmith::store::io
