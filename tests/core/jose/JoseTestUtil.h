#pragma once

// Small helpers shared by the jose tests.

#include "TestSupport.h"
#include "jose/Key.h"
#include "jose/KeySet.h"
#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace claimsmith::test::jose {

inline std::string fromHex(std::string_view hex)
{
    return QByteArray::fromHex(QByteArray(hex.data(), static_cast<qsizetype>(hex.size())))
        .toStdString();
}

inline std::string b64(std::string_view bytes)
{
    return base64::encodeUrl(bytes);
}

inline std::string unb64(std::string_view text)
{
    std::string out;
    if (!base64::decodeUrlStrict(text, out))
        throw std::runtime_error("bad base64url in test data: " + std::string(text));
    return out;
}

inline QByteArray qbytes(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string str(const QByteArray& b)
{
    return b.toStdString();
}

inline QByteArray jsonText(const json::Value& v)
{
    return qbytes(json::toString(v));
}

inline const std::string& member(const json::Value& v, std::string_view name)
{
    static const std::string empty;
    const json::Value* m = v.find(name);
    return m && m->isString() ? m->string() : empty;
}

// Imports a JWK given as JSON text; QVERIFY-style failure through the return.
inline bool keyFromJwkText(const QByteArray& text, claimsmith::jose::Key& key, std::string& error)
{
    return claimsmith::jose::Key::fromJwkText(str(text), key, error);
}

// Keys and key fixtures.
inline json::Value jwkOf(const char* text)
{
    return json::parse(text).value;
}

inline json::Value cookbookKey(const char* file)
{
    return claimsmith::test::readJsonFile(claimsmith::test::sharedPath(
        QStringLiteral("testdata/jose-cookbook/") + QLatin1StringView(file)));
}

// The first key of a Wycheproof json_web_key_test group, by comment.
inline json::Value wycheproofKeyGroup(const char* comment, const char* which)
{
    const json::Value doc = claimsmith::test::readJsonFile(
        claimsmith::test::sharedPath(QStringLiteral("testdata/wycheproof/json_web_key_test.json")));
    for (const json::Value& g : doc.find("testGroups")->array()) {
        if (member(g, "comment") == comment)
            return *g.find(which);
    }
    throw std::runtime_error(std::string("no group ") + comment);
}

inline bool refused(const json::Value& jwk, const char* phrase, std::string& error)
{
    claimsmith::jose::Key key;
    if (claimsmith::jose::Key::fromJwk(jwk, key, error)) {
        error = "accepted";
        return false;
    }
    return error.find(phrase) != std::string::npos;
}

} // namespace claimsmith::test::jose
