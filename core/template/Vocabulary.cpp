#include "Vocabulary.h"

#include <algorithm>
#include <tuple>

namespace claimsmith::tmpl {

void Vocabulary::setKeys(Bag bag, std::vector<KeyInfo> keys)
{
    std::sort(keys.begin(), keys.end(), [](const KeyInfo& a, const KeyInfo& b) {
        return std::tie(b.count, a.key) < std::tie(a.count, b.key);
    });
    m_keys[index(bag)] = std::move(keys);
}

const std::vector<KeyInfo>& Vocabulary::keys(Bag bag) const
{
    static const std::vector<KeyInfo> none;
    const auto& k = m_keys[index(bag)];
    return k ? *k : none;
}

const KeyInfo* Vocabulary::findKey(Bag bag, std::string_view key) const
{
    for (const KeyInfo& k : keys(bag)) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

} // namespace claimsmith::tmpl
