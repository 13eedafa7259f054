#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace claimsmith::server {

// Slows down the guessing of API keys: each client address has a bucket of
// failed attempts (`burst`, refilled by one every `refill`). While the
// bucket is empty, requests from that address that need a key are refused
// with 429 before the key is looked at, whatever key they carry. Addresses
// whose bucket is full again are forgotten, so the table holds only the
// addresses that failed recently (and never more than `maxAddresses`: when
// full, the longest-quiet address is dropped first).
//
// Thread-safe: lanes and store threads share one.
class AuthLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit AuthLimiter(int burst = 20, std::chrono::milliseconds refill = std::chrono::seconds(3),
                         std::size_t maxAddresses = 65536);

    // When `remote` may not try a key now: how long until it may.
    std::optional<std::chrono::seconds> blocked(const QString& remote);
    // Records a failed attempt (unknown or revoked key).
    void failed(const QString& remote);

    // For tests.
    void setNow(std::function<Clock::time_point()> now);

private:
    struct Bucket
    {
        double tokens;
        Clock::time_point at;
    };
    void refill(Bucket& b, Clock::time_point now) const;
    void prune(Clock::time_point now);

    int m_burst;
    std::chrono::milliseconds m_refill;
    std::size_t m_maxAddresses;
    std::function<Clock::time_point()> m_now;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace claimsmith::server
