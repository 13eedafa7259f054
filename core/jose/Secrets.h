#pragma once

// Small primitives for secrets that are not keys (API keys): random bytes,
// SHA-256 and a comparison whose time does not depend on where two values
// differ. OpenSSL stays in the .cpp.

#include <string>
#include <string_view>

namespace claimsmith::jose {

// `n` bytes from the system's secure generator; empty if it fails.
std::string randomBytes(std::size_t n);
// The 32-byte SHA-256 digest of the concatenation of `a` and `b`.
std::string sha256(std::string_view a, std::string_view b = {});
// True when both hold the same bytes. The time taken depends only on the
// lengths, never on the contents (CRYPTO_memcmp).
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace claimsmith::jose
