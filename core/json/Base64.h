#pragma once

#include <string>
#include <string_view>

namespace claimsmith::base64 {

enum class Alphabet
{
    Standard,
    Url
};

// Encodes with the given alphabet; `pad` adds '=' to a multiple of four.
void encode(std::string& out, std::string_view bytes, Alphabet alphabet, bool pad);
std::string encode(std::string_view bytes, Alphabet alphabet = Alphabet::Standard, bool pad = true);
inline std::string encodeUrl(std::string_view bytes)
{
    return encode(bytes, Alphabet::Url, false);
}

// Strict base64url without padding (JWS, RFC 7515 §2): only the URL alphabet,
// no '=', no whitespace, no impossible lengths, and unused trailing bits zero.
bool decodeUrlStrict(std::string_view text, std::string& out);

// Lenient decoding for data people paste: either alphabet, padding optional,
// whitespace ignored. Still refuses characters outside both alphabets.
bool decodeLenient(std::string_view text, std::string& out);

} // namespace claimsmith::base64
