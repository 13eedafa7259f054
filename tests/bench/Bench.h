#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::bench {

// Prints one JSON object per line: {"name","value","unit"} and, for ratios,
// "reference" and "ratio". Figures are medians of several timed rounds.
class Report
{
public:
    explicit Report(std::string filter = {});
    // Whether a benchmark named `name` should run (--filter substring).
    bool wants(std::string_view name) const;
    // Whether --filter names `name`: for suites that take minutes and are
    // left out of a run without a filter.
    bool asked(std::string_view name) const;
    void value(std::string_view name, double value, std::string_view unit);
    // `value` compared with `reference` measured in the same run. By default the
    // ratio is value / reference; for throughput-like figures (higher is better)
    // pass higherIsBetter = true and it is reference-time / value-time alike.
    void ratio(std::string_view name, double value, std::string_view unit,
               std::string_view referenceName, double reference, double ratio);
    // A benchmark that could not run or a check that failed:
    // {"name","error"}; the program then exits with 1.
    void error(std::string_view name, std::string_view what);
    bool failed() const { return m_failed; }

    // Options of the suites given on the command line (--seconds N …);
    // `fallback` when not given.
    void setOption(const std::string& name, std::int64_t value) { m_options[name] = value; }
    std::int64_t option(const std::string& name, std::int64_t fallback) const;

private:
    std::string m_filter;
    bool m_failed = false;
    std::map<std::string, std::int64_t> m_options;
};

// Nanoseconds per call of `op`, the median of `rounds` rounds of at least
// `minRound` each. `op` is called in batches so that timing overhead is small.
double nsPerOp(const std::function<void()>& op, int rounds = 7,
               std::chrono::milliseconds minRound = std::chrono::milliseconds(60));

// Keeps the compiler from optimising a result away.
void keep(const void* p);

// The CPU time the calling thread has used so far, in seconds.
double threadCpuSeconds();

// The value below which a fraction `p` (0…1) of the samples lie; 0 for none.
double percentile(std::vector<double> samples, double p);

// The store of `users` users (1,000 of them members of one organization,
// the template "default" in production, one application) that the store
// benchmarks build once under bench-data/ in the current folder; sets
// CLAIMSMITH_KEY_FILE to its key file. Returns its path.
std::string benchStore(std::int64_t users);

// Each area of the product registers its benchmarks here.
struct Suite
{
    const char* name;
    void (*run)(Report&);
};
std::vector<Suite>& suites();
struct Register
{
    Register(const char* name, void (*run)(Report&)) { suites().push_back({name, run}); }
};

} // namespace claimsmith::bench
