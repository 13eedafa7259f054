#include "Secrets.h"

#include "OpenSslPtr.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace claimsmith::jose {

std::string randomBytes(std::size_t n)
{
    std::string out(n, '\0');
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1)
        return {};
    return out;
}

std::string sha256(std::string_view a, std::string_view b)
{
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || EVP_DigestInit_ex2(ctx.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), a.data(), a.size()) != 1 ||
        EVP_DigestUpdate(ctx.get(), b.data(), b.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1)
        return {};
    return std::string(reinterpret_cast<const char*>(digest), len);
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace claimsmith::jose
