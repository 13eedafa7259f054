#include "Bench.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace {

// Options of the suites: --NAME N, a whole number from 1.
constexpr const char* kSuiteOptions[] = {"seconds", "users", "clients"};

int usage()
{
    std::fprintf(stderr, "usage: claimsmith-bench [--filter SUBSTRING] [--list]\n"
                         "                        [--seconds N] [--users N] [--clients N]\n"
                         "The soak suite runs only when --filter names it (--filter soak); its\n"
                         "options: --seconds (default 180), --users (demo store, default 100000),\n"
                         "--clients (default 8). The pg suite too runs only when --filter names\n"
                         "it (--filter pg). See docs/benchmarks.md.\n");
    return 2;
}

} // namespace

// claimsmith-bench [--filter SUBSTRING] [--list] [--seconds N] [--users N] [--clients N]
// Prints one JSON object per line (see Bench.h). Exits with 1 when a
// benchmark could not run or one of its checks failed.
int main(int argc, char** argv)
{
    std::string filter;
    std::vector<std::pair<std::string, std::int64_t>> options;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--filter") && i + 1 < argc) {
            filter = argv[++i];
            continue;
        }
        if (!std::strcmp(argv[i], "--list")) {
            for (const auto& s : claimsmith::bench::suites())
                std::printf("%s\n", s.name);
            return 0;
        }
        bool known = false;
        for (const char* name : kSuiteOptions) {
            if (std::strncmp(argv[i], "--", 2) != 0 || std::strcmp(argv[i] + 2, name) != 0)
                continue;
            known = true;
            char* end = nullptr;
            const long long value = i + 1 < argc ? std::strtoll(argv[i + 1], &end, 10) : 0;
            if (i + 1 >= argc || *end != '\0' || end == argv[i + 1] || value < 1) {
                std::fprintf(stderr, "claimsmith-bench: --%s takes a whole number from 1\n", name);
                return usage();
            }
            options.emplace_back(name, value);
            ++i;
            break;
        }
        if (!known)
            return usage();
    }
    // Sockets and processes (the server suites) want an application object.
    QCoreApplication app(argc, argv);
    claimsmith::bench::Report report(filter);
    for (const auto& [name, value] : options)
        report.setOption(name, value);
    for (const auto& s : claimsmith::bench::suites())
        s.run(report);
    return report.failed() ? 1 : 0;
}
