#include "Inspector.h"

#include "ClaimsCheck.h"
#include "Jws.h"
#include "KeyMaterial.h"
#include "SignatureContext.h"
#include "json/Base64.h"
#include "json/Reader.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace claimsmith::jose {

namespace {

class Inspector
{
public:
    Inspector(const InspectOptions& options, bool haveKey)
        : m_options(options)
        , m_haveKey(haveKey)
    {}

    Inspection run(std::string_view token, const Key* key, const KeySet* keys);

private:
    void add(Severity severity, std::string code, std::string message)
    {
        m_result.problems.push_back(Problem{severity, std::move(code), std::move(message)});
    }
    void error(std::string code, std::string message)
    {
        add(Severity::Error, std::move(code), std::move(message));
    }
    // The token cannot be trusted: its signature is invalid when a key was given.
    Inspection refuse()
    {
        m_result.signature =
            m_haveKey ? Inspection::Signature::Invalid : Inspection::Signature::Unchecked;
        return std::move(m_result);
    }

    bool splitParts(std::string_view token, CompactParts& parts);
    bool decode(std::string_view segment, const char* what, std::string& out);
    bool readHeader(const std::string& text);
    // Checks alg, crit and embedded keys; false when the token must not be verified.
    bool checkHeader();
    void readPayload();
    void verifyWith(const Key& key, std::string_view signingInput, const std::string& signature);
    void verifyWithSet(const KeySet& keys, std::string_view signingInput,
                       const std::string& signature);

    const InspectOptions& m_options;
    bool m_haveKey;
    Inspection m_result;
};

// Why a segment is not strict base64url, in words.
std::string base64Problem(std::string_view s)
{
    if (s.find('=') != std::string_view::npos)
        return "has '=' padding, which JWS does not allow";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return "contains whitespace at position " + std::to_string(i + 1);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return (c == '+' || c == '/' ? "uses the standard base64 alphabet ('" +
                                               std::string(1, c) + "'), not base64url"
                                         : "contains a character that is not base64url") +
                   std::string(" at position ") + std::to_string(i + 1);
    }
    if (s.size() % 4 == 1)
        return "has an impossible length for base64url";
    return "is not in canonical base64url form (its unused trailing bits are not zero)";
}

bool Inspector::splitParts(std::string_view token, CompactParts& parts)
{
    if (token.empty()) {
        error("empty_token", "There is no token to inspect.");
        return false;
    }
    if (token.front() == '{') {
        error("json_serialization",
              "This is a JWS in the JSON serialization. Only the compact form (three base64url "
              "parts separated by dots) is accepted; ask the issuer for a compact token.");
        return false;
    }
    if (splitCompact(token, parts))
        return true;
    const std::size_t segments =
        static_cast<std::size_t>(std::count(token.begin(), token.end(), '.')) + 1;
    std::string message = "The token has " + std::to_string(segments) + " part" +
                          (segments == 1 ? "" : "s") +
                          "; a signed token (compact JWS) has exactly three, separated by dots.";
    if (segments == 5)
        message += " Five parts is an encrypted token (JWE), which cannot be inspected here.";
    else if (segments == 2)
        message += " The signature part may have been cut off when copying.";
    error("wrong_segment_count", std::move(message));
    return false;
}

bool Inspector::decode(std::string_view segment, const char* what, std::string& out)
{
    if (base64::decodeUrlStrict(segment, out))
        return true;
    error("bad_base64", std::string("The ") + what + " part " + base64Problem(segment) +
                            ". Each part must be base64url without padding; the token was "
                            "probably damaged or altered.");
    return false;
}

bool Inspector::readHeader(const std::string& text)
{
    json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        if (json::parse(text, json::ParseOptions{512, true}).ok)
            error("duplicate_header_member",
                  "The header has a member twice (" + parsed.error.message +
                      "). Different libraries would read different values, so the token is "
                      "rejected.");
        else
            error("bad_header_json",
                  "The header is not valid JSON (" + parsed.error.toString() + ").");
        return false;
    }
    if (!parsed.value.isObject()) {
        error("bad_header_json", "The header must be a JSON object.");
        return false;
    }
    m_result.header = std::move(parsed.value);
    return true;
}

bool Inspector::checkHeader()
{
    const json::Value& header = m_result.header;
    bool verifiable = true;
    const json::Value* alg = header.find("alg");
    if (!alg || !alg->isString()) {
        error("alg_missing", "The header has no \"alg\" (signature algorithm), so the token "
                             "cannot be verified.");
        verifiable = false;
    } else if (const auto known = algorithmFromName(alg->string())) {
        m_result.algorithm = known;
    } else {
        std::string lower = alg->string();
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "none")
            error("alg_none", "The token is not signed (\"alg\": " + detail::quoted(alg->string()) +
                                  "), so anyone could have written it. Unsigned tokens are "
                                  "never accepted; the issuer must sign with an algorithm such "
                                  "as ES256 or RS256.");
        else
            error("alg_unknown", "The algorithm " + detail::quoted(alg->string()) +
                                     " is not one of HS256/384/512, RS256/384/512, "
                                     "PS256/384/512, ES256/384/512 or EdDSA.");
        verifiable = false;
    }
    if (header.find("crit")) {
        error("crit_unsupported",
              "The header has \"crit\", which names extensions that a verifier must understand; "
              "none is supported here, so the token must be rejected (RFC 7515 §4.1.11).");
        verifiable = false;
    }
    std::string embedded;
    for (const char* name : {"jwk", "jku", "x5u", "x5c"}) {
        if (header.find(name))
            embedded += (embedded.empty() ? "\"" : ", \"") + std::string(name) + "\"";
    }
    if (!embedded.empty())
        add(Severity::Warning, "embedded_key_ignored",
            "The header carries a key or a link to one (" + embedded +
                "). It was ignored: a token cannot vouch for itself, so it is only checked "
                "with keys you supply.");
    return verifiable;
}

void Inspector::readPayload()
{
    const std::string& text = m_result.payloadText;
    json::ParseResult parsed = json::parse(text);
    if (parsed.ok && parsed.value.isObject()) {
        m_result.payload = std::move(parsed.value);
        return;
    }
    if (parsed.ok) {
        m_result.payload = std::move(parsed.value);
        add(Severity::Warning, "payload_not_object",
            "The payload is JSON but not an object, so it has no claims to check.");
    } else if (json::parse(text, json::ParseOptions{512, true}).ok) {
        error("duplicate_claim", "The payload has a claim twice (" + parsed.error.message +
                                     "). Different libraries would read different values, so "
                                     "the token is rejected (RFC 7519 §4).");
    } else {
        add(Severity::Warning, "payload_not_json",
            "The payload is not JSON, so it has no claims to check (a JWT's payload is a JSON "
            "object).");
    }
}

void Inspector::verifyWith(const Key& key, std::string_view signingInput,
                           const std::string& signature)
{
    const Algorithm alg = *m_result.algorithm;
    if (auto problem = key.checkUse(alg, KeyOperation::Verify)) {
        m_result.problems.push_back(std::move(*problem));
        m_result.signature = Inspection::Signature::Invalid;
        return;
    }
    std::string why;
    const detail::SignatureContext* ctx =
        key.material()->context(alg, detail::Operation::Verify, why);
    if (ctx && ctx->verify(signingInput, signature)) {
        m_result.signature = Inspection::Signature::Valid;
        m_result.keyId = key.kid().empty() ? key.thumbprint() : key.kid();
        return;
    }
    m_result.signature = Inspection::Signature::Invalid;
    std::string message = "The signature does not match the header and payload: the token was "
                          "changed after it was signed, or it was signed with another key. Do "
                          "not trust its claims.";
    if (signature.empty())
        message = "The token has no signature (its third part is empty). It cannot be trusted; "
                  "ask the issuer for a signed token.";
    else if (ctx && signature.size() != ctx->signatureSize())
        message = "The signature has " + std::to_string(signature.size()) + " bytes; " +
                  std::string(algorithmName(alg)) + " with this key makes " +
                  std::to_string(ctx->signatureSize()) +
                  (keyTypeFor(alg) == KeyType::EC ? " (r and s side by side, not DER)" : "") +
                  ". The signature is invalid.";
    else if (!ctx)
        message = "The signature could not be checked: " + why;
    error("bad_signature", std::move(message));
}

void Inspector::verifyWithSet(const KeySet& keys, std::string_view signingInput,
                              const std::string& signature)
{
    const Algorithm alg = *m_result.algorithm;
    const json::Value* kidValue = m_result.header.find("kid");
    const std::string kid = kidValue && kidValue->isString() ? kidValue->string() : std::string();
    const std::vector<const Key*> candidates = keys.candidates(kid, alg);
    if (candidates.empty()) {
        m_result.signature = Inspection::Signature::Invalid;
        error("no_matching_key",
              kid.empty() ? "No key in the set can verify " + std::string(algorithmName(alg)) +
                                " and the token names no \"kid\". Add the issuer's key."
                          : "No key in the set has the kid " + detail::quoted(kid) +
                                ". The token was signed with a key you do not have; add the "
                                "issuer's current key (its JWKS may have rotated).");
        return;
    }
    if (candidates.size() == 1) {
        verifyWith(*candidates.front(), signingInput, signature);
        return;
    }
    // No kid and several keys that suit the alg: any of them may be the one.
    for (const Key* key : candidates) {
        Inspector probe(m_options, true);
        probe.m_result.algorithm = alg;
        probe.verifyWith(*key, signingInput, signature);
        if (probe.m_result.signature == Inspection::Signature::Valid) {
            m_result.signature = Inspection::Signature::Valid;
            m_result.keyId = probe.m_result.keyId;
            return;
        }
    }
    m_result.signature = Inspection::Signature::Invalid;
    error("bad_signature", "The signature does not verify with any of the " +
                               std::to_string(candidates.size()) + " keys in the set that suit " +
                               std::string(algorithmName(alg)) +
                               ". The token was altered or signed with another key.");
}

Inspection Inspector::run(std::string_view token, const Key* key, const KeySet* keys)
{
    CompactParts parts;
    if (!splitParts(token, parts))
        return refuse();
    std::string headerText, signature;
    if (!decode(parts.header, "header", headerText) || !readHeader(headerText))
        return refuse();
    const bool verifiable = checkHeader();
    const bool payloadOk = decode(parts.payload, "payload", m_result.payloadText);
    if (payloadOk)
        readPayload();
    const bool signatureOk = decode(parts.signature, "signature", signature);

    if (!m_haveKey) {
        add(Severity::Info, "signature_unchecked",
            "No key was given, so the signature was not checked. Anyone can write a token "
            "that decodes like this one; verify it with the issuer's key or JWKS.");
    } else if (!verifiable || !payloadOk || !signatureOk) {
        m_result.signature = Inspection::Signature::Invalid;
    } else if (key) {
        verifyWith(*key, parts.signingInput, signature);
    } else {
        verifyWithSet(*keys, parts.signingInput, signature);
    }

    if (m_result.payload.isObject()) {
        const std::int64_t now = m_options.now
                                     ? *m_options.now
                                     : std::chrono::duration_cast<std::chrono::seconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count();
        detail::checkClaims(m_result.payload, now, m_options, m_result.problems);
    }
    return std::move(m_result);
}

} // namespace

bool Inspection::ok() const noexcept
{
    if (signature == Signature::Invalid)
        return false;
    return std::none_of(problems.begin(), problems.end(),
                        [](const Problem& p) { return p.severity == Severity::Error; });
}

const Problem* Inspection::find(std::string_view code) const noexcept
{
    for (const Problem& p : problems) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

json::Value Inspection::toJson() const
{
    json::Value list = json::Value(json::Array{});
    for (const Problem& p : problems)
        list.push_back(json::Value::object(
            {{"severity", severityName(p.severity)}, {"code", p.code}, {"message", p.message}}));
    json::Value payloadValue = payload;
    if (payloadValue.isNull() && !payloadText.empty())
        payloadValue = json::Value(payloadText);
    return json::Value::object({{"header", header},
                                {"payload", std::move(payloadValue)},
                                {"signature", signatureName(signature)},
                                {"problems", std::move(list)}});
}

std::string_view signatureName(Inspection::Signature s) noexcept
{
    switch (s) {
    case Inspection::Signature::Valid:
        return "valid";
    case Inspection::Signature::Invalid:
        return "invalid";
    case Inspection::Signature::Unchecked:
        return "unchecked";
    }
    return {};
}

Inspection inspect(std::string_view token, const Key* key, const KeySet* keys,
                   const InspectOptions& options)
{
    Inspector inspector(options, key != nullptr || keys != nullptr);
    return inspector.run(token, key, keys);
}

} // namespace claimsmith::jose
