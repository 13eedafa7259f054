#include "AuthLimiter.h"

#include <algorithm>
#include <cmath>

namespace claimsmith::server {

AuthLimiter::AuthLimiter(int burst, std::chrono::milliseconds refill, std::size_t maxAddresses)
    : m_burst(std::max(1, burst))
    , m_refill(std::max(std::chrono::milliseconds(1), refill))
    , m_maxAddresses(std::max<std::size_t>(1, maxAddresses))
    , m_now([] { return Clock::now(); })
{}

void AuthLimiter::setNow(std::function<Clock::time_point()> now)
{
    std::lock_guard lock(m_mutex);
    m_now = std::move(now);
}

void AuthLimiter::refill(Bucket& b, Clock::time_point now) const
{
    if (now <= b.at)
        return;
    const double gained = std::chrono::duration<double>(now - b.at).count() /
                          std::chrono::duration<double>(m_refill).count();
    b.tokens = std::min<double>(m_burst, b.tokens + gained);
    b.at = now;
}

std::optional<std::chrono::seconds> AuthLimiter::blocked(const QString& remote)
{
    std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(remote);
    if (it == m_buckets.end())
        return std::nullopt;
    refill(it.value(), m_now());
    if (it->tokens >= 1)
        return std::nullopt;
    // Until one whole attempt is back, rounded up to whole seconds.
    const double wait = (1 - it->tokens) * std::chrono::duration<double>(m_refill).count();
    return std::chrono::seconds(std::max<long long>(1, static_cast<long long>(std::ceil(wait))));
}

void AuthLimiter::failed(const QString& remote)
{
    std::lock_guard lock(m_mutex);
    const Clock::time_point now = m_now();
    auto it = m_buckets.find(remote);
    if (it == m_buckets.end()) {
        if (static_cast<std::size_t>(m_buckets.size()) >= m_maxAddresses)
            prune(now);
        it = m_buckets.insert(remote, Bucket{static_cast<double>(m_burst), now});
    }
    refill(it.value(), now);
    it->tokens = std::max(0.0, it->tokens - 1);
}

void AuthLimiter::prune(Clock::time_point now)
{
    // Forget every address whose bucket is full again; if none is, the
    // one that has been quiet longest.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        Bucket b = it.value();
        refill(b, now);
        if (b.tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (static_cast<std::size_t>(m_buckets.size()) < m_maxAddresses)
        return;
    auto oldest = m_buckets.begin();
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (it->at < oldest->at)
            oldest = it;
    }
    m_buckets.erase(oldest);
}

} // namespace claimsmith::server
