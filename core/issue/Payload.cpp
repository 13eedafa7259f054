#include "Payload.h"

#include "json/Base64.h"
#include "json/Number.h"
#include "json/Writer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace claimsmith::issue {

namespace {

const json::Value* path(const json::Value& root, std::initializer_list<std::string_view> keys)
{
    const json::Value* v = &root;
    for (std::string_view k : keys) {
        v = v->find(k);
        if (!v)
            return nullptr;
    }
    return v;
}

const std::string* stringAt(const json::Value& root, std::initializer_list<std::string_view> keys)
{
    const json::Value* v = path(root, keys);
    return v && v->isString() ? &v->string() : nullptr;
}

class Writer
{
public:
    explicit Writer(std::string& out)
        : m_out(out)
    {
        m_out += '{';
    }
    void name(std::string_view n)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        json::appendQuoted(m_out, n);
        m_out += ':';
    }
    void string(std::string_view n, const std::string* value)
    {
        if (!value)
            return;
        name(n);
        json::appendQuoted(m_out, *value);
    }
    void integer(std::string_view n, std::int64_t value)
    {
        name(n);
        json::appendInt(m_out, value);
    }
    // The inside of the template's claims object, after the standard claims.
    void splice(std::string_view claims)
    {
        if (claims.size() > 2) {
            if (!m_first)
                m_out += ',';
            m_out.append(claims.substr(1, claims.size() - 2));
        }
        m_out += '}';
    }

private:
    std::string& m_out;
    bool m_first = true;
};

} // namespace

void appendPayload(std::string& out, const json::Value& context, std::string_view claims,
                   bool templateSetsAud, const PayloadOptions& options)
{
    Writer w(out);
    if (!options.issuer.empty())
        w.string("iss", &options.issuer);
    w.string("sub", stringAt(context, {"user", "id"}));
    if (!templateSetsAud)
        w.string("aud", stringAt(context, {"application", "client_id"}));
    w.integer("iat", options.issuedAt);
    w.integer("exp", options.issuedAt + options.lifetime);
    if (!options.jti.empty())
        w.string("jti", &options.jti);
    w.string("sid", stringAt(context, {"session", "id"}));
    w.string("org_id", stringAt(context, {"organization", "id"}));
    if (const json::Value* m = context.find("organization_membership"); m && m->isObject()) {
        w.string("role", stringAt(*m, {"role", "slug"}));
        if (const json::Value* roles = m->find("roles"); roles && roles->isArray()) {
            w.name("roles");
            out += '[';
            bool first = true;
            for (const json::Value& r : roles->array()) {
                const json::Value* slug = r.find("slug");
                if (!slug || !slug->isString())
                    continue;
                if (!first)
                    out += ',';
                first = false;
                json::appendQuoted(out, slug->string());
            }
            out += ']';
        }
        if (const json::Value* perms = m->find("permissions"); perms && perms->isArray()) {
            w.name("permissions");
            out += '[';
            bool first = true;
            for (const json::Value& p : perms->array()) {
                if (!p.isString())
                    continue;
                if (!first)
                    out += ',';
                first = false;
                json::appendQuoted(out, p.string());
            }
            out += ']';
        }
    }
    w.splice(claims);
}

std::string newJti()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return base64::encodeUrl(
        std::string_view(reinterpret_cast<const char*>(words.data()), sizeof words));
}

std::string derivedJti(std::string_view issuer, std::string_view subject, std::int64_t issuedAt,
                       std::string_view claims)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const std::string iat = std::to_string(issuedAt);
    for (std::string_view part : {issuer, subject, std::string_view(iat), claims}) {
        h.addData(QByteArrayView(part.data(), static_cast<qsizetype>(part.size())));
        h.addData(QByteArrayView("\0", 1));
    }
    const QByteArray digest = h.result();
    return base64::encodeUrl(std::string_view(digest.constData(), 16));
}

} // namespace claimsmith::issue
