#pragma once

// A quick check of a JWS header for the verification and signing fast paths:
// RapidJSON's SAX reader, in place, with the same strictness as json::parse
// (UTF-8 validated, duplicate member names refused at every level, nothing
// after the value), without building a json::Value. Private to core/jose.

#include <string>
#include <string_view>

namespace claimsmith::jose::detail {

struct HeaderFacts
{
    bool hasCrit = false;
    bool algIsString = false;
    std::string alg;
};

// True when `text` is a JSON object without duplicate member names.
// `text` is parsed in place, which changes it.
bool scanHeader(std::string& text, HeaderFacts& out);

} // namespace claimsmith::jose::detail
