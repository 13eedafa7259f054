#include "Jws.h"

#include "HeaderScan.h"
#include "KeyMaterial.h"
#include "SignatureContext.h"
#include "json/Base64.h"

namespace claimsmith::jose {

namespace {

const detail::SignatureContext* usable(const Key& key, Algorithm alg, KeyOperation op,
                                       std::string& error)
{
    if (const auto problem = key.checkUse(alg, op)) {
        error = problem->message;
        return nullptr;
    }
    return key.material()->context(
        alg, op == KeyOperation::Sign ? detail::Operation::Sign : detail::Operation::Verify, error);
}

void setError(std::string* error, std::string message)
{
    if (error)
        *error = std::move(message);
}

} // namespace

bool sign(const Key& key, Algorithm alg, std::string_view signingInput, std::string& signatureOut,
          std::string& error)
{
    const detail::SignatureContext* ctx = usable(key, alg, KeyOperation::Sign, error);
    if (!ctx)
        return false;
    unsigned char sig[detail::SignatureContext::kMaxSignatureSize];
    std::size_t len = 0;
    if (!ctx->sign(signingInput, sig, len)) {
        error = "signing failed: " + ossl::lastError();
        return false;
    }
    signatureOut.assign(reinterpret_cast<const char*>(sig), len);
    return true;
}

bool verify(const Key& key, Algorithm alg, std::string_view signingInput,
            std::string_view signature, std::string* error)
{
    std::string why;
    const detail::SignatureContext* ctx = usable(key, alg, KeyOperation::Verify, why);
    setError(error, why);
    return ctx && ctx->verify(signingInput, signature);
}

bool splitCompact(std::string_view token, CompactParts& out) noexcept
{
    const std::size_t first = token.find('.');
    if (first == std::string_view::npos)
        return false;
    const std::size_t second = token.find('.', first + 1);
    if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos)
        return false;
    out.header = token.substr(0, first);
    out.payload = token.substr(first + 1, second - first - 1);
    out.signature = token.substr(second + 1);
    out.signingInput = token.substr(0, second);
    return true;
}

bool verifyCompact(const Key& key, Algorithm alg, std::string_view token, std::string& payloadOut,
                   std::string* error)
{
    CompactParts parts;
    if (!splitCompact(token, parts)) {
        setError(error, "a compact JWS has exactly three parts separated by dots");
        return false;
    }
    // Scratch space kept per thread: nothing here is secret.
    thread_local std::string header;
    thread_local std::string signature;
    if (!base64::decodeUrlStrict(parts.header, header) ||
        !base64::decodeUrlStrict(parts.payload, payloadOut) ||
        !base64::decodeUrlStrict(parts.signature, signature)) {
        setError(error, "a part of the token is not base64url without padding");
        return false;
    }
    detail::HeaderFacts facts;
    if (!detail::scanHeader(header, facts)) {
        setError(error, "the header is not a JSON object without duplicate members");
        return false;
    }
    if (!facts.algIsString || facts.alg != algorithmName(alg)) {
        setError(error, "the header's \"alg\" is not " + std::string(algorithmName(alg)));
        return false;
    }
    if (facts.hasCrit) {
        setError(error, "the header has a \"crit\" member, and no extension is supported");
        return false;
    }
    if (!verify(key, alg, parts.signingInput, signature, error)) {
        if (error && error->empty())
            *error = "the signature is not valid";
        return false;
    }
    return true;
}

} // namespace claimsmith::jose
