#include "Ids.h"

#include <QRandomGenerator>

namespace claimsmith::model {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::int64_t kMaxTime = (std::int64_t{1} << 48) - 1;

int digitValue(char c) noexcept
{
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}

// SplitMix64 (Steele, Lea, Flood 2014): tiny, and the same on every platform.
std::uint64_t splitMix64(std::uint64_t& state) noexcept
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Five bits of the 80-bit number high:low, starting `shift` bits from the right.
unsigned fiveBits(std::uint16_t high, std::uint64_t low, int shift) noexcept
{
    if (shift >= 64)
        return static_cast<unsigned>(high >> (shift - 64)) & 31u;
    if (shift <= 59)
        return static_cast<unsigned>(low >> shift) & 31u;
    const std::uint64_t joined = (std::uint64_t{high} << (64 - shift)) | (low >> shift);
    return static_cast<unsigned>(joined) & 31u;
}

} // namespace

IdGenerator::IdGenerator(const Clock& clock, std::uint64_t seed)
    : m_clock(clock)
    , m_seedState(seed)
    , m_secure(seed == 0)
{}

void IdGenerator::fillRandom()
{
    if (m_secure) {
        QRandomGenerator* g = QRandomGenerator::system();
        m_randomHigh = static_cast<std::uint16_t>(g->generate());
        m_randomLow = g->generate64();
    } else {
        m_randomHigh = static_cast<std::uint16_t>(splitMix64(m_seedState));
        m_randomLow = splitMix64(m_seedState);
    }
}

std::string IdGenerator::next(std::string_view prefix)
{
    std::int64_t time = m_clock.now();
    time = time < 0 ? 0 : (time > kMaxTime ? kMaxTime : time);

    std::uint16_t high = 0;
    std::uint64_t low = 0;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        bool fresh = time > m_lastTime;
        if (!fresh) {
            time = m_lastTime;
            // Increment the 80-bit random part; on the (2^-80 likely) carry
            // out of it, move on to the next millisecond instead.
            if (++m_randomLow == 0 && ++m_randomHigh == 0) {
                time = m_lastTime < kMaxTime ? m_lastTime + 1 : kMaxTime;
                fresh = true;
            }
        }
        if (fresh)
            fillRandom();
        m_lastTime = time;
        high = m_randomHigh;
        low = m_randomLow;
    }

    std::string out;
    out.reserve(prefix.size() + kUlidLength);
    out.append(prefix);
    const auto t = static_cast<std::uint64_t>(time);
    for (int i = 0; i < 10; ++i)
        out += kAlphabet[(t >> (45 - 5 * i)) & 31u];
    for (int j = 0; j < 16; ++j)
        out += kAlphabet[fiveBits(high, low, 75 - 5 * j)];
    return out;
}

bool isValidUlid(std::string_view ulid) noexcept
{
    if (ulid.size() != kUlidLength || ulid[0] > '7')
        return false;
    for (char c : ulid) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

bool isValidId(std::string_view id, std::string_view prefix) noexcept
{
    return id.size() == prefix.size() + kUlidLength && id.substr(0, prefix.size()) == prefix &&
           isValidUlid(id.substr(prefix.size()));
}

std::optional<Millis> idTime(std::string_view id) noexcept
{
    if (id.size() < kUlidLength)
        return std::nullopt;
    const std::string_view ulid = id.substr(id.size() - kUlidLength);
    if (!isValidUlid(ulid))
        return std::nullopt;
    std::int64_t t = 0;
    for (int i = 0; i < 10; ++i)
        t = t * 32 + digitValue(ulid[static_cast<std::size_t>(i)]);
    return t;
}

} // namespace claimsmith::model
