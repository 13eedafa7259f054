#include "TokenSigner.h"

#include "KeyMaterial.h"
#include "SignatureContext.h"
#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

namespace claimsmith::jose {

bool TokenSigner::create(const Key& key, Algorithm alg, std::string_view kid, TokenSigner& out,
                         std::string& error)
{
    json::Value header = json::Value::object({{"alg", algorithmName(alg)}});
    if (!kid.empty())
        header.set("kid", kid);
    header.set("typ", "JWT");
    return createWithHeader(key, alg, header, out, error);
}

bool TokenSigner::createWithHeader(const Key& key, Algorithm alg, const json::Value& header,
                                   TokenSigner& out, std::string& error)
{
    return createEncoded(key, alg, base64::encodeUrl(json::toString(header)), out, error);
}

bool TokenSigner::createEncoded(const Key& key, Algorithm alg, std::string_view encodedHeader,
                                TokenSigner& out, std::string& error)
{
    std::string text;
    if (!base64::decodeUrlStrict(encodedHeader, text)) {
        error = "the encoded header is not base64url without padding";
        return false;
    }
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok || !parsed.value.isObject()) {
        error = "the header must be a JSON object without duplicate members";
        return false;
    }
    const json::Value* algValue = parsed.value.find("alg");
    if (!algValue || !algValue->isString() || algValue->string() != algorithmName(alg)) {
        error = "the header's \"alg\" must be \"" + std::string(algorithmName(alg)) + "\"";
        return false;
    }
    if (parsed.value.find("crit")) {
        error = "the header must not have \"crit\": no extension is supported";
        return false;
    }
    if (const auto problem = key.checkUse(alg, KeyOperation::Sign)) {
        error = problem->message;
        return false;
    }
    const detail::SignatureContext* ctx =
        key.material()->context(alg, detail::Operation::Sign, error);
    if (!ctx)
        return false;
    TokenSigner signer;
    signer.m_key = key;
    signer.m_alg = alg;
    signer.m_prefix.assign(encodedHeader);
    signer.m_prefix += '.';
    signer.m_context = ctx;
    out = std::move(signer);
    return true;
}

bool TokenSigner::sign(std::string_view payload, std::string& tokenOut) const
{
    if (!m_context)
        return false;
    const detail::SignatureContext* ctx = m_context;
    const std::size_t start = tokenOut.size();
    // One reservation for the whole token: header, payload (4/3), signature.
    tokenOut.reserve(start + m_prefix.size() + (payload.size() + 2) / 3 * 4 + 1 +
                     (ctx->signatureSize() + 2) / 3 * 4);
    tokenOut += m_prefix;
    base64::encode(tokenOut, payload, base64::Alphabet::Url, false);
    unsigned char sig[detail::SignatureContext::kMaxSignatureSize];
    std::size_t len = 0;
    const std::string_view input = std::string_view(tokenOut).substr(start);
    if (!ctx->sign(input, sig, len)) {
        tokenOut.resize(start);
        return false;
    }
    tokenOut += '.';
    base64::encode(tokenOut, std::string_view(reinterpret_cast<const char*>(sig), len),
                   base64::Alphabet::Url, false);
    return true;
}

} // namespace claimsmith::jose
