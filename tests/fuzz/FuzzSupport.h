#pragma once

// What the fuzz targets share: contract checks that abort with a reason (so
// that a broken contract is a crash that libFuzzer keeps, not only what the
// sanitizers see), and the input split into parts.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace claimsmith::fuzz {

[[noreturn]] inline void broken(const char* contract)
{
    std::fprintf(stderr, "contract broken: %s\n", contract);
    std::fflush(stderr);
    std::abort();
}

// Aborts, naming the contract, unless `holds`.
inline void check(bool holds, const char* contract)
{
    if (!holds)
        broken(contract);
}

inline std::string_view textOf(const std::uint8_t* data, std::size_t size)
{
    return size == 0 ? std::string_view()
                     : std::string_view(reinterpret_cast<const char*>(data), size);
}

// The part of `input` before the first `separator`, and the rest after it
// (empty when there is no separator).
struct Split
{
    std::string_view head;
    std::string_view tail;
    bool found = false;
};

inline Split splitAt(std::string_view input, std::string_view separator)
{
    const std::size_t at = input.find(separator);
    if (at == std::string_view::npos)
        return {input, {}, false};
    return {input.substr(0, at), input.substr(at + separator.size()), true};
}

} // namespace claimsmith::fuzz
