#include "Bench.h"

#include "json/Value.h"
#include "json/Writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace claimsmith::bench {

Report::Report(std::string filter)
    : m_filter(std::move(filter))
{}

bool Report::wants(std::string_view name) const
{
    return m_filter.empty() || name.find(m_filter) != std::string_view::npos;
}

bool Report::asked(std::string_view name) const
{
    return !m_filter.empty() && wants(name);
}

std::int64_t Report::option(const std::string& name, std::int64_t fallback) const
{
    const auto it = m_options.find(name);
    return it == m_options.end() ? fallback : it->second;
}

namespace {
json::Value number(double v)
{
    // Three significant decimals are plenty for timings.
    const double rounded = std::round(v * 1000.0) / 1000.0;
    return json::Value::fromDouble(rounded);
}
void print(const json::Value& v)
{
    const std::string line = json::toString(v) + "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
}
} // namespace

void Report::value(std::string_view name, double value, std::string_view unit)
{
    print(json::Value::object({{"name", name}, {"value", number(value)}, {"unit", unit}}));
}

void Report::ratio(std::string_view name, double value, std::string_view unit,
                   std::string_view referenceName, double reference, double ratio)
{
    print(json::Value::object({{"name", name},
                               {"value", number(value)},
                               {"unit", unit},
                               {"reference", json::Value::object({{"name", referenceName},
                                                                  {"value", number(reference)},
                                                                  {"unit", unit}})},
                               {"ratio", number(ratio)}}));
}

void Report::error(std::string_view name, std::string_view what)
{
    m_failed = true;
    print(json::Value::object({{"name", name}, {"error", what}}));
}

double nsPerOp(const std::function<void()>& op, int rounds, std::chrono::milliseconds minRound)
{
    using Clock = std::chrono::steady_clock;
    // Find a batch size that takes about a millisecond.
    std::int64_t batch = 1;
    while (true) {
        const auto t0 = Clock::now();
        for (std::int64_t i = 0; i < batch; ++i)
            op();
        const auto dt = Clock::now() - t0;
        if (dt >= std::chrono::microseconds(1000) || batch >= (std::int64_t{1} << 30))
            break;
        batch *= 2;
    }
    std::vector<double> samples;
    for (int r = 0; r < rounds; ++r) {
        std::int64_t n = 0;
        const auto t0 = Clock::now();
        auto now = t0;
        while (now - t0 < minRound) {
            for (std::int64_t i = 0; i < batch; ++i)
                op();
            n += batch;
            now = Clock::now();
        }
        samples.push_back(std::chrono::duration<double, std::nano>(now - t0).count() /
                          static_cast<double>(n));
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void keep(const void* p)
{
    asm volatile("" : : "g"(p) : "memory");
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1))];
}

std::vector<Suite>& suites()
{
    static std::vector<Suite> s;
    return s;
}

} // namespace claimsmith::bench
