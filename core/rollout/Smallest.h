#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace claimsmith::rollout {

// The `limit` smallest items by key, kept while items stream past: the
// result does not depend on the order items come in, so partial lists of
// several threads merge into the list one thread would have made. KeyOf
// gives a key that compares with < (a tuple of views into the item).
template <typename T, typename KeyOf>
class Smallest
{
public:
    explicit Smallest(std::size_t limit = 0)
        : m_limit(limit)
    {}

    // Whether an item with this key would be kept (checked before making it).
    template <typename Key>
    bool wants(const Key& key) const
    {
        return m_limit > 0 && (!m_bound || key < KeyOf{}(*m_bound));
    }

    void add(T item)
    {
        if (!wants(KeyOf{}(item)))
            return;
        m_items.push_back(std::move(item));
        if (m_items.size() >= 2 * m_limit)
            trim();
    }

    void merge(Smallest&& other)
    {
        for (T& item : other.m_items)
            add(std::move(item));
        other.m_items.clear();
    }

    // The kept items, smallest first.
    std::vector<T> take()
    {
        trim();
        std::sort(m_items.begin(), m_items.end(), less);
        return std::move(m_items);
    }

private:
    static bool less(const T& a, const T& b) { return KeyOf{}(a) < KeyOf{}(b); }

    // Keeps the `limit` smallest (in no order: a selection, not a sort).
    void trim()
    {
        if (m_items.size() > m_limit) {
            std::nth_element(m_items.begin(),
                             m_items.begin() + static_cast<std::ptrdiff_t>(m_limit), m_items.end(),
                             less);
            m_items.resize(m_limit);
        }
        // Nothing at or past the largest kept item can be among the smallest.
        if (m_limit > 0 && m_items.size() == m_limit)
            m_bound = *std::max_element(m_items.begin(), m_items.end(), less);
    }

    std::size_t m_limit;
    std::vector<T> m_items;
    std::optional<T> m_bound; // a copy: views into m_items would move with it
};

} // namespace claimsmith::rollout
