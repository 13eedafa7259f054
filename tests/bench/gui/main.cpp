#include "GuiBench.h"
#include "app/Gui.h"
#include "common/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

using namespace Qt::StringLiterals;

namespace {

const char* const kUsage =
    "usage: claimsmith-bench-gui [--users N] [--store FILE] [--filter SUBSTRING] [--list]\n"
    "  --users N     users in the demo store (default 1000000)\n"
    "  --store FILE  the store (default <build>/bench-data/demo-N.claimsmith);\n"
    "                made with `claimsmith demo` when missing\n"
    "  --filter S    runs the suites (and phases) whose name contains S\n";

// The demo store, made by the CLI in a process of its own so that the
// generator's memory never counts against the window's.
bool makeDemoStore(const QString& path, qint64 users)
{
    const QString cli = QCoreApplication::applicationDirPath() + u"/claimsmith"_s;
    std::fprintf(stderr,
                 "claimsmith-bench-gui: %s is missing; creating it with %lld users (%s demo)\n",
                 qPrintable(path), static_cast<long long>(users), qPrintable(cli));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start(cli, {u"demo"_s, u"--store"_s, path, u"--users"_s, QString::number(users)});
    if (!demo.waitForFinished(-1) || demo.exitStatus() != QProcess::NormalExit ||
        demo.exitCode() != 0) {
        std::fprintf(stderr, "claimsmith-bench-gui: claimsmith demo failed (%s)\n",
                     qPrintable(demo.errorString()));
        return false;
    }
    // Its summary to stderr too: stdout is the figures'.
    std::fprintf(stderr, "%s", demo.readAllStandardOutput().constData());
    return true;
}

} // namespace

// claimsmith-bench-gui [--users N] [--store FILE] [--filter SUBSTRING] [--list]
// Prints one JSON object per line (see ../Bench.h), then a table of every
// figure against its target.
int main(int argc, char** argv)
{
    namespace gui = claimsmith::bench::gui;
    gui::Options options;
    std::string filter;
    bool list = false;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--users") && hasValue) {
            char* end = nullptr;
            options.users = std::strtoll(argv[++i], &end, 10);
            if (*end || options.users < 1) {
                std::fprintf(stderr, "claimsmith-bench-gui: --users takes a number above 0\n");
                return 2;
            }
        } else if (!std::strcmp(argv[i], "--store") && hasValue) {
            options.store = QString::fromLocal8Bit(argv[++i]);
        } else if (!std::strcmp(argv[i], "--filter") && hasValue) {
            filter = argv[++i];
        } else if (!std::strcmp(argv[i], "--list")) {
            list = true;
        } else {
            std::fprintf(stderr, "%s", kUsage);
            return 2;
        }
    }
    if (list) {
        for (const auto& s : claimsmith::bench::suites())
            std::printf("%s\n", s.name);
        return 0;
    }

    // Offscreen unless told otherwise: the figures are the application's,
    // not a display server's.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    claimsmith::ui::initResources();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"claimsmith-bench-gui"_s);

    if (options.store.isEmpty())
        options.store = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                        u"/../bench-data/demo-%1.claimsmith"_s.arg(options.users));
    options.store = QFileInfo(options.store).absoluteFilePath();
    if (!QFileInfo::exists(options.store) && !makeDemoStore(options.store, options.users))
        return 1;
    std::fprintf(stderr, "claimsmith-bench-gui: %s (%lld users), platform %s\n",
                 qPrintable(options.store), static_cast<long long>(options.users),
                 qPrintable(QApplication::platformName()));
    gui::setOptions(options);

    // Never the admin's settings (recent stores, window geometry).
    QTemporaryDir settingsDir;
    claimsmith::ui::Settings::useFile(settingsDir.filePath(u"settings.ini"_s));

    claimsmith::bench::Report report(filter);
    gui::probe().start();
    try {
        for (const auto& s : claimsmith::bench::suites())
            s.run(report);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "claimsmith-bench-gui: %s\n", e.what());
        gui::printTable();
        return 1;
    }
    gui::printTable();
    std::printf("\n%s\n", gui::allTargetsMet() ? "every target met" : "some targets MISSED");
    const auto& worst = gui::probe().worst();
    if (!worst.empty()) {
        std::fprintf(stderr, "claimsmith-bench-gui: longest GUI-thread gaps:");
        for (const auto& g : worst)
            std::fprintf(stderr,
                         "\n  %.1f ms: %.1f ms running, %.1f ms waiting for a CPU (%s, at %.0f ms)",
                         g.wallMs, g.cpuMs, g.runQueueMs, g.phase.c_str(), g.atMs);
        std::fprintf(stderr, "\n");
    }
    claimsmith::ui::Settings::useFile(QString());
    return 0;
}
