#include "Clock.h"

#include <chrono>

namespace claimsmith::model {

namespace {

constexpr std::int64_t kMsPerDay = 86'400'000;

class SystemClock : public Clock
{
public:
    Millis now() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

// Howard Hinnant's proleptic Gregorian conversions (public domain), which are
// exact for every int64 day count we can reach.
std::int64_t daysFromCivil(std::int64_t y, int m, int d) noexcept
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    std::int64_t year;
    int month;
    int day;
};

Civil civilFromDays(std::int64_t z) noexcept
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(std::int64_t y) noexcept
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int daysInMonth(std::int64_t y, int m) noexcept
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

void appendPadded(std::string& out, std::uint64_t v, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += buf[--n];
}

// A cursor over the text being parsed.
class Scanner
{
public:
    explicit Scanner(std::string_view s)
        : m_s(s)
    {}
    bool atEnd() const { return m_i == m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_i]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    bool isDigit() const { return peek() >= '0' && peek() <= '9'; }
    // Exactly `n` digits.
    bool digits(int n, std::int64_t& out)
    {
        out = 0;
        for (int k = 0; k < n; ++k) {
            if (!isDigit())
                return false;
            out = out * 10 + (m_s[m_i++] - '0');
        }
        return true;
    }
    // As many digits as there are (at least `min`, at most `max`).
    bool digitRun(int min, int max, std::int64_t& out, int& count)
    {
        out = 0;
        count = 0;
        while (isDigit()) {
            if (count == max)
                return false;
            out = out * 10 + (m_s[m_i++] - '0');
            ++count;
        }
        return count >= min;
    }
    // Fraction digits as milliseconds, the rest truncated.
    bool fraction(std::int64_t& ms)
    {
        ms = 0;
        int count = 0;
        while (isDigit()) {
            if (count < 3)
                ms = ms * 10 + (m_s[m_i] - '0');
            ++m_i;
            ++count;
        }
        for (int k = count; k < 3; ++k)
            ms *= 10;
        return count > 0;
    }

private:
    std::string_view m_s;
    std::size_t m_i = 0;
};

bool parseYear(Scanner& sc, std::int64_t& year)
{
    if (sc.peek() == '+' || sc.peek() == '-') {
        const bool negative = sc.peek() == '-';
        sc.take(sc.peek());
        int count = 0;
        if (!sc.digitRun(6, 12, year, count))
            return false;
        if (negative && year == 0)
            return false; // ISO 8601 has no "-000000"
        if (negative)
            year = -year;
        return true;
    }
    return sc.digits(4, year);
}

// days * kMsPerDay + msOfDay without overflowing on the way: before 1970 the
// start of the day may lie below INT64_MIN while the time itself does not.
bool combine(std::int64_t days, std::int64_t msOfDay, std::int64_t& out) noexcept
{
    if (days < 0) {
        ++days;
        msOfDay -= kMsPerDay;
    }
    std::int64_t dayMs = 0;
    return !__builtin_mul_overflow(days, kMsPerDay, &dayMs) &&
           !__builtin_add_overflow(dayMs, msOfDay, &out);
}

} // namespace

Clock::~Clock() = default;

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

Millis FixedClock::now() const
{
    return m_now.load(std::memory_order_relaxed);
}

void FixedClock::set(Millis t) noexcept
{
    m_now.store(t, std::memory_order_relaxed);
}

void FixedClock::advance(Millis delta) noexcept
{
    m_now.fetch_add(delta, std::memory_order_relaxed);
}

std::string isoTime(Millis t)
{
    std::int64_t days = t / kMsPerDay;
    std::int64_t ms = t % kMsPerDay;
    if (ms < 0) {
        ms += kMsPerDay;
        --days;
    }
    const Civil c = civilFromDays(days);
    std::string out;
    out.reserve(32);
    if (c.year >= 0 && c.year <= 9999) {
        appendPadded(out, static_cast<std::uint64_t>(c.year), 4);
    } else {
        out += c.year < 0 ? '-' : '+';
        const std::uint64_t magnitude = c.year < 0 ? 0 - static_cast<std::uint64_t>(c.year)
                                                   : static_cast<std::uint64_t>(c.year);
        appendPadded(out, magnitude, 6);
    }
    out += '-';
    appendPadded(out, static_cast<std::uint64_t>(c.month), 2);
    out += '-';
    appendPadded(out, static_cast<std::uint64_t>(c.day), 2);
    out += 'T';
    appendPadded(out, static_cast<std::uint64_t>(ms / 3'600'000), 2);
    out += ':';
    appendPadded(out, static_cast<std::uint64_t>(ms / 60'000 % 60), 2);
    out += ':';
    appendPadded(out, static_cast<std::uint64_t>(ms / 1000 % 60), 2);
    out += '.';
    appendPadded(out, static_cast<std::uint64_t>(ms % 1000), 3);
    out += 'Z';
    return out;
}

std::optional<Millis> parseIsoTime(std::string_view text)
{
    Scanner sc(text);
    std::int64_t year = 0, month = 0, day = 0;
    if (!parseYear(sc, year) || !sc.take('-') || !sc.digits(2, month) || !sc.take('-') ||
        !sc.digits(2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, static_cast<int>(month)))
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<int>(month), static_cast<int>(day));
    std::int64_t result = 0;
    if (sc.atEnd())
        return combine(days, 0, result) ? std::optional<Millis>(result) : std::nullopt;

    if (!sc.take('T') && !sc.take('t') && !sc.take(' '))
        return std::nullopt;
    std::int64_t hour = 0, minute = 0, second = 0, fraction = 0;
    if (!sc.digits(2, hour) || !sc.take(':') || !sc.digits(2, minute) || !sc.take(':') ||
        !sc.digits(2, second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    if ((sc.take('.') || sc.take(',')) && !sc.fraction(fraction))
        return std::nullopt;

    std::int64_t offsetMs = 0;
    if (!sc.take('Z') && !sc.take('z')) {
        const char sign = sc.peek();
        if (sign != '+' && sign != '-')
            return std::nullopt;
        sc.take(sign);
        std::int64_t oh = 0, om = 0;
        if (!sc.digits(2, oh) || !sc.take(':') || !sc.digits(2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMs = (oh * 60 + om) * 60'000 * (sign == '-' ? -1 : 1);
    }
    if (!sc.atEnd())
        return std::nullopt;

    // Local time minus the offset is UTC; the offset can take the result out
    // of range near the ends of int64.
    const std::int64_t msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
    std::int64_t utc = 0;
    if (!combine(days, msOfDay, result) || __builtin_sub_overflow(result, offsetMs, &utc))
        return std::nullopt;
    return utc;
}

} // namespace claimsmith::model
