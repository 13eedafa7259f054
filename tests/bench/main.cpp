#include "Bench.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <string>

// claimsmith-bench [--filter SUBSTRING] [--list]
// Prints one JSON object per line (see Bench.h). Exits with 1 when a
// benchmark could not run or one of its checks failed.
int main(int argc, char** argv)
{
    std::string filter;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--filter") && i + 1 < argc) {
            filter = argv[++i];
        } else if (!std::strcmp(argv[i], "--list")) {
            for (const auto& s : claimsmith::bench::suites())
                std::printf("%s\n", s.name);
            return 0;
        } else {
            std::fprintf(stderr, "usage: claimsmith-bench [--filter SUBSTRING] [--list]\n");
            return 2;
        }
    }
    // Sockets and processes (the server suites) want an application object.
    QCoreApplication app(argc, argv);
    claimsmith::bench::Report report(filter);
    for (const auto& s : claimsmith::bench::suites())
        s.run(report);
    return report.failed() ? 1 : 0;
}
