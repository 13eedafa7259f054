#include "VerificationKeys.h"

#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <set>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

QString prettyJson(const json::Value& v)
{
    json::WriteOptions pretty;
    pretty.pretty = true;
    return qs(json::toString(v, pretty));
}

// The alg and kid of a token's header, when it can be read; inspect() says
// what is wrong with it otherwise.
struct HeaderPeek
{
    std::optional<jose::Algorithm> alg;
    std::string kid;
};

HeaderPeek peekHeader(std::string_view token)
{
    HeaderPeek peek;
    const std::size_t dot = token.find('.');
    if (dot == std::string_view::npos)
        return peek;
    std::string text;
    if (!base64::decodeUrlStrict(token.substr(0, dot), text))
        return peek;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok)
        return peek;
    if (const json::Value* alg = parsed.value.find("alg"); alg && alg->isString())
        peek.alg = jose::algorithmFromName(alg->string());
    if (const json::Value* kid = parsed.value.find("kid"); kid && kid->isString())
        peek.kid = kid->string();
    return peek;
}

} // namespace

VerificationKeys VerificationKeys::fromStore(const std::vector<model::SigningKey>& keys,
                                             const std::optional<jose::Key>& activeSecret,
                                             int* skipped)
{
    VerificationKeys out;
    out.m_origin = Origin::Store;
    int unread = 0;
    for (const model::SigningKey& stored : keys) {
        out.m_storeKeys[stored.kid] = StoreKey{stored.state, stored.retiredAt};
        if (!stored.publicJwk.isObject())
            continue; // an HMAC key: only its secret could verify
        jose::Key key;
        std::string error;
        if (!jose::Key::fromJwk(stored.publicJwk, key, error)) {
            ++unread;
            continue;
        }
        if (key.kid().empty())
            key.setKid(stored.kid);
        if (!out.addPublic(key, error))
            ++unread;
    }
    if (activeSecret && activeSecret->type() == jose::KeyType::Oct) {
        std::string error;
        if (!out.addSecret(*activeSecret, error))
            ++unread;
    }
    if (skipped)
        *skipped = unread;
    return out;
}

PastedKeys VerificationKeys::fromPaste(std::string_view text)
{
    PastedKeys result;
    const std::string_view body = trimmed(text);
    if (body.empty())
        return result;
    std::string error;
    VerificationKeys& keys = result.keys;
    keys.m_origin = Origin::Pasted;

    if (body.rfind("-----BEGIN", 0) == 0) {
        jose::Key key;
        if (!jose::Key::fromPem(body, key, error)) {
            result.error = tr("This PEM key cannot be used: %1").arg(qs(error));
            return result;
        }
        if (key.hasPrivate()) {
            result.hadPrivate = true;
            key = key.publicKey();
            std::string pem;
            if (key.toPem(false, pem, error))
                result.publicText = qs(pem);
        }
        keys.m_single = key;
        result.ok = true;
        return result;
    }

    const json::ParseResult parsed = json::parse(body);
    if (!parsed.ok) {
        result.error = tr("This is not a JWK, a JWKS or a PEM key: the JSON has an error at "
                          "line %1, column %2 (%3).")
                           .arg(parsed.error.line)
                           .arg(parsed.error.column)
                           .arg(qs(parsed.error.message));
        return result;
    }
    if (parsed.value.isObject() && parsed.value.find("keys")) {
        jose::KeySet set;
        if (!jose::KeySet::fromJwks(parsed.value, set, error)) {
            result.error = tr("This JWKS cannot be used: %1").arg(qs(error));
            return result;
        }
        if (set.empty()) {
            result.error = tr("This JWKS has no keys.");
            return result;
        }
        json::Value publicKeys = json::Value(json::Array{});
        for (const jose::Key& key : set.keys()) {
            const bool secret = key.type() == jose::KeyType::Oct;
            const bool added =
                secret ? keys.addSecret(key, error)
                       : keys.addPublic(key.hasPrivate() ? key.publicKey() : key, error);
            if (!added) {
                result.error = tr("This JWKS cannot be used: %1").arg(qs(error));
                return result;
            }
            if (!secret)
                publicKeys.push_back(key.toJwk(false));
        }
        if (set.isPrivate()) {
            result.hadPrivate = true;
            if (publicKeys.size() > 0)
                result.publicText = prettyJson(json::Value::object({{"keys", publicKeys}}));
        }
        result.ok = true;
        return result;
    }
    jose::Key key;
    if (!jose::Key::fromJwk(parsed.value, key, error)) {
        result.error = tr("This JWK cannot be used: %1").arg(qs(error));
        return result;
    }
    if (key.hasPrivate() && key.type() != jose::KeyType::Oct) {
        key = key.publicKey();
        result.publicText = prettyJson(key.toJwk(false));
    }
    result.hadPrivate = key.hasPrivate() || !result.publicText.isEmpty();
    keys.m_single = key;
    result.ok = true;
    return result;
}

bool VerificationKeys::addPublic(const jose::Key& key, std::string& error)
{
    return m_public.add(key, error);
}

bool VerificationKeys::addSecret(const jose::Key& key, std::string& error)
{
    return m_secrets.add(key, error);
}

int VerificationKeys::size() const
{
    return static_cast<int>((m_single ? 1 : 0) + m_public.size() + m_secrets.size());
}

QString VerificationKeys::keyTypeText(const jose::Key& key)
{
    const QString curve = QString::fromLatin1(key.curve());
    switch (key.type()) {
    case jose::KeyType::RSA:
        return tr("RSA, %1 bits").arg(key.bits());
    case jose::KeyType::EC:
        return tr("EC %1").arg(curve);
    case jose::KeyType::OKP:
        return curve;
    case jose::KeyType::Oct:
        return tr("HMAC secret, %1 bits").arg(key.bits());
    }
    return {};
}

QString VerificationKeys::summary() const
{
    std::vector<const jose::Key*> all;
    if (m_single)
        all.push_back(&*m_single);
    for (const jose::Key& k : m_public.keys())
        all.push_back(&k);
    for (const jose::Key& k : m_secrets.keys())
        all.push_back(&k);
    if (all.empty())
        return tr("No keys");
    if (all.size() == 1) {
        const jose::Key& key = *all.front();
        QString text = keyTypeText(key);
        if (!key.algName().empty())
            text += u" · "_s + qs(key.algName());
        // A thumbprint is long and cannot wrap: its ends tell keys apart.
        QString kid = qs(key.kid());
        if (kid.size() > 24)
            kid = kid.left(12) + u'…' + kid.right(6);
        return key.kid().empty() ? tr("%1 key, no kid").arg(text)
                                 : tr("%1 key, kid %2").arg(text, kid);
    }
    std::set<QString> kinds;
    for (const jose::Key* key : all)
        kinds.insert(key->algName().empty() ? keyTypeText(*key) : qs(key->algName()));
    QStringList list(kinds.begin(), kinds.end());
    return tr("%1 keys: %2").arg(all.size()).arg(list.join(u", "_s));
}

const VerificationKeys::StoreKey* VerificationKeys::storeKey(std::string_view kid) const
{
    const auto it = m_storeKeys.find(kid);
    return it == m_storeKeys.end() ? nullptr : &it->second;
}

jose::Inspection VerificationKeys::inspect(std::string_view token,
                                           const jose::InspectOptions& options) const
{
    if (m_single)
        return jose::inspect(token, &*m_single, nullptr, options);
    if (isEmpty())
        return jose::inspect(token, nullptr, nullptr, options);
    const HeaderPeek header = peekHeader(token);
    const jose::KeySet* set = nullptr;
    if (!header.kid.empty()) {
        if (m_public.findByKid(header.kid))
            set = &m_public;
        else if (m_secrets.findByKid(header.kid))
            set = &m_secrets;
    }
    if (!set) {
        const bool hmac = header.alg && jose::isHmac(*header.alg);
        if (hmac && !m_secrets.empty())
            set = &m_secrets;
        else
            set = m_public.empty() ? &m_secrets : &m_public;
    }
    return jose::inspect(token, nullptr, set, options);
}

} // namespace claimsmith::ui::inspector
