#include "ClaimSplit.h"

namespace claimsmith::rollout {

namespace {

// The index just past the string that starts at `i` (a '"'), or npos.
std::size_t skipString(std::string_view s, std::size_t i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return std::string_view::npos;
}

// The index just past the value that starts at `i`, or npos.
std::size_t skipValue(std::string_view s, std::size_t i)
{
    if (i >= s.size())
        return std::string_view::npos;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                if (i == std::string_view::npos)
                    return i;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return std::string_view::npos;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i;
}

} // namespace

bool splitClaims(std::string_view s, std::vector<ClaimSpan>& out)
{
    out.clear();
    if (s.size() < 2 || s.front() != '{' || s.back() != '}')
        return false;
    std::size_t i = 1;
    if (s[i] == '}')
        return i + 1 == s.size();
    for (;;) {
        if (s[i] != '"')
            return false;
        const std::size_t keyEnd = skipString(s, i);
        if (keyEnd == std::string_view::npos || keyEnd >= s.size() || s[keyEnd] != ':')
            return false;
        const std::size_t valueStart = keyEnd + 1;
        const std::size_t valueEnd = skipValue(s, valueStart);
        if (valueEnd == std::string_view::npos || valueEnd == valueStart || valueEnd >= s.size())
            return false;
        out.push_back(
            {s.substr(i + 1, keyEnd - i - 2), s.substr(valueStart, valueEnd - valueStart)});
        if (s[valueEnd] == '}')
            return valueEnd + 1 == s.size();
        if (s[valueEnd] != ',')
            return false;
        i = valueEnd + 1;
    }
}

} // namespace claimsmith::rollout
