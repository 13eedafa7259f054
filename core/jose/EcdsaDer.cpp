#include "EcdsaDer.h"

#include <cstring>

namespace claimsmith::jose::detail {

namespace {

// Reads a DER length at der[pos]; advances pos. Only the forms a signature
// of at most 66-byte integers can take: short, or 0x81 followed by ≥ 0x80.
bool readLength(const unsigned char* der, std::size_t len, std::size_t& pos,
                std::size_t& out) noexcept
{
    if (pos >= len)
        return false;
    const unsigned char b = der[pos++];
    if (b < 0x80) {
        out = b;
        return true;
    }
    if (b != 0x81 || pos >= len || der[pos] < 0x80)
        return false;
    out = der[pos++];
    return true;
}

bool readInteger(const unsigned char* der, std::size_t len, std::size_t& pos,
                 std::size_t fieldBytes, unsigned char* out) noexcept
{
    if (pos >= len || der[pos++] != 0x02)
        return false;
    std::size_t n = 0;
    if (!readLength(der, len, pos, n) || n == 0 || n > len - pos)
        return false;
    const unsigned char* v = der + pos;
    pos += n;
    // Minimal two's complement of a non-negative number.
    if (v[0] & 0x80)
        return false;
    if (n > 1 && v[0] == 0 && !(v[1] & 0x80))
        return false;
    while (n > 0 && *v == 0) {
        ++v;
        --n;
    }
    if (n > fieldBytes)
        return false;
    std::memset(out, 0, fieldBytes - n);
    std::memcpy(out + fieldBytes - n, v, n);
    return true;
}

std::size_t writeInteger(const unsigned char* v, std::size_t n, unsigned char* out) noexcept
{
    while (n > 1 && *v == 0) {
        ++v;
        --n;
    }
    const bool pad = (v[0] & 0x80) != 0;
    std::size_t pos = 0;
    out[pos++] = 0x02;
    out[pos++] = static_cast<unsigned char>(n + (pad ? 1 : 0));
    if (pad)
        out[pos++] = 0x00;
    std::memcpy(out + pos, v, n);
    return pos + n;
}

} // namespace

bool ecdsaDerToRaw(const unsigned char* der, std::size_t derLen, std::size_t fieldBytes,
                   unsigned char* raw) noexcept
{
    std::size_t pos = 0;
    if (derLen < 2 || der[pos++] != 0x30)
        return false;
    std::size_t seqLen = 0;
    if (!readLength(der, derLen, pos, seqLen) || seqLen != derLen - pos)
        return false;
    return readInteger(der, derLen, pos, fieldBytes, raw) &&
           readInteger(der, derLen, pos, fieldBytes, raw + fieldBytes) && pos == derLen;
}

std::size_t ecdsaRawToDer(const unsigned char* raw, std::size_t fieldBytes,
                          unsigned char* der) noexcept
{
    unsigned char body[maxEcdsaDerSize(66)];
    std::size_t n = writeInteger(raw, fieldBytes, body);
    n += writeInteger(raw + fieldBytes, fieldBytes, body + n);
    std::size_t pos = 0;
    der[pos++] = 0x30;
    if (n >= 0x80)
        der[pos++] = 0x81;
    der[pos++] = static_cast<unsigned char>(n);
    std::memcpy(der + pos, body, n);
    return pos + n;
}

} // namespace claimsmith::jose::detail
