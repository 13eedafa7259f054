#pragma once

// Conversion between the DER ECDSA-Sig-Value OpenSSL produces and consumes
// (SEQUENCE { INTEGER r, INTEGER s }) and the fixed-size r‖s that JWS uses
// (RFC 7518 §3.4). Private to core/jose; no allocation.

#include <cstddef>

namespace claimsmith::jose::detail {

// The largest DER signature for a field of `fieldBytes` (≤ 66).
constexpr std::size_t maxEcdsaDerSize(std::size_t fieldBytes) noexcept
{
    // 30 81 LL | 02 LL 00 r | 02 LL 00 s
    return 3 + 2 * (2 + 1 + fieldBytes);
}

// DER → r‖s, each half left-padded to fieldBytes. False when the DER is not a
// well-formed signature or an integer does not fit the field.
bool ecdsaDerToRaw(const unsigned char* der, std::size_t derLen, std::size_t fieldBytes,
                   unsigned char* raw) noexcept;

// r‖s (exactly 2 × fieldBytes) → minimal DER; returns its length. `der` must
// hold maxEcdsaDerSize(fieldBytes) bytes.
std::size_t ecdsaRawToDer(const unsigned char* raw, std::size_t fieldBytes,
                          unsigned char* der) noexcept;

} // namespace claimsmith::jose::detail
