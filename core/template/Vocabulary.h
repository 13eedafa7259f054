#pragma once

#include "Schema.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::tmpl {

// A metadata key as the store knows it: how many records have it and the
// JSON kinds of its values (a KindMask of Filters.h).
struct KeyInfo
{
    std::string key;
    std::int64_t count = 0;
    std::uint8_t valueKinds = 0;
};

struct SlugInfo
{
    std::string slug;
    std::string name;
    std::string description;
};

// What the store holds, for the linter (T103) and completion. A bag whose
// keys were never set is unknown: no key is reported missing from it.
class Vocabulary
{
public:
    // Keys are kept most frequent first (then by name).
    void setKeys(Bag bag, std::vector<KeyInfo> keys);
    bool knowsKeys(Bag bag) const { return m_keys[index(bag)].has_value(); }
    const std::vector<KeyInfo>& keys(Bag bag) const;
    const KeyInfo* findKey(Bag bag, std::string_view key) const;

    std::vector<SlugInfo> roles;
    std::vector<SlugInfo> permissions;

private:
    static std::size_t index(Bag bag) { return static_cast<std::size_t>(bag); }
    std::array<std::optional<std::vector<KeyInfo>>, kBagCount> m_keys;
};

} // namespace claimsmith::tmpl
