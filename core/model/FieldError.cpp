#include "FieldError.h"

#include "json/Writer.h"

namespace claimsmith::model {

namespace {

bool isIdentifier(std::string_view key) noexcept
{
    if (key.empty() || (key[0] >= '0' && key[0] <= '9'))
        return false;
    for (char c : key) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::string fieldPath(std::string_view parent, std::string_view key)
{
    std::string out(parent);
    if (isIdentifier(key)) {
        if (!out.empty())
            out += '.';
        out.append(key);
    } else {
        out += '[';
        json::appendQuoted(out, key);
        out += ']';
    }
    return out;
}

std::string indexPath(std::string_view parent, std::size_t index)
{
    std::string out(parent);
    out += '[';
    out += std::to_string(index);
    out += ']';
    return out;
}

} // namespace claimsmith::model
