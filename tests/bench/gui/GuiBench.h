#pragma once

// What the suites of claimsmith-bench-gui share: the options, a probe that
// measures how long the GUI thread was unable to run a 1 ms timer, the
// process's memory from /proc, waiting on the event loop, noticing when a
// widget has painted, and the closing table of figures against targets.

#include "Bench.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

class QWidget;

namespace claimsmith::bench::gui {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0, Clock::time_point t1 = Clock::now());

struct Options
{
    qint64 users = 1'000'000;
    QString store; // the demo store file, made when missing
};
const Options& options();
void setOptions(Options o);

// A QTimer at 1 ms on the GUI thread: the longest gap between two ticks is
// the longest time the GUI thread could not handle an event. Gaps are
// attributed to the phase in which they end. Pause the probe while the
// benchmark itself blocks the thread (the reference measurements).
//
// On a shared machine a gap may be time the thread spent waiting for a CPU
// (the kernel's run queue, /proc/thread-self/schedstat) rather than time the
// application spent: each gap is kept whole (wall clock) and less that wait
// (the application's own: running, or blocked on I/O or a lock).
class StallProbe : public QObject
{
public:
    StallProbe();
    ~StallProbe() override;
    void start();
    void pause();
    void resume();
    // Starts a phase; its longest gaps are kept under `name`.
    void phase(const std::string& name);
    struct Gap
    {
        double wallMs = 0;
        double cpuMs = 0;      // the GUI thread running
        double runQueueMs = 0; // waiting for a CPU
        double ownMs() const { return wallMs - runQueueMs; }
        std::string phase;
        double atMs = 0; // since the probe started
    };
    // The longest gaps (wall clock, and less the run-queue wait) of the
    // phases whose name starts with `prefix`.
    double longestWallMs(const std::string& prefix = {}) const;
    double longestOwnMs(const std::string& prefix = {}) const;
    bool seesRunQueue() const { return m_schedFd >= 0; }
    // The longest gaps of the whole run, longest first (for finding causes).
    const std::vector<Gap>& worst() const { return m_worst; }

private:
    void tick();
    // The GUI thread's time on a CPU and waiting for one, in ms.
    std::pair<double, double> schedMs() const;

    QTimer m_timer;
    Clock::time_point m_started;
    Clock::time_point m_last;
    double m_lastCpu = 0;
    double m_lastRunQueue = 0;
    int m_schedFd = -1;
    bool m_running = false;
    std::string m_phase;
    struct PhaseMax
    {
        std::string name;
        double wall = 0;
        double own = 0;
    };
    std::vector<PhaseMax> m_phases;
    std::vector<Gap> m_worst;
};
StallProbe& probe();

// /proc/self/status, in MiB.
double residentMiB();  // VmRSS
double anonymousMiB(); // RssAnon: the heap and other private memory
double fileMiB();      // RssFile: pages of mapped files (SQLite's mmap, libraries)
double peakMiB();      // VmHWM since the start or the last resetPeak()
bool resetPeak();      // writes 5 to /proc/self/clear_refs

// Drops the file (and its -wal) from the page cache, so that the next open
// reads from the disk. False if the kernel did not take the advice.
bool evictFromPageCache(const QString& path);

// Processes events until `done` or `timeoutMs`; throws on the timeout,
// naming `what`.
void waitUntil(const std::function<bool()>& done, const char* what, int timeoutMs = 120'000);
// Processes the events that are pending (no waiting).
void processPending();

// Notices when `widget` has finished painting while `ready()` holds: arm(),
// do something, then wait for painted().
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget);
    ~PaintWatch() override;
    void arm(std::function<bool()> ready);
    bool painted() const { return m_painted; }
    Clock::time_point paintedAt() const { return m_paintedAt; }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    std::function<bool()> m_ready;
    bool m_armed = false;
    bool m_inside = false;
    bool m_painted = false;
    Clock::time_point m_paintedAt;
    int m_paints = 0;
};

double median(std::vector<double> v);
double worst(const std::vector<double>& v);

// The table printed at the end: every figure, its reference and ratio where
// it has one, its target and whether the target was met.
struct Row
{
    std::string figure;
    std::string value;
    std::string reference; // empty: none
    std::string ratio;
    std::string target; // empty: informational
    enum class Verdict
    {
        None,
        Met,
        Missed
    } verdict = Verdict::None;
};
void addRow(Row row);
void printTable();
// Whether every target in the table was met.
bool allTargetsMet();

std::string formatMs(double ms);
std::string format(double v, const char* unit, int decimals = 1);

} // namespace claimsmith::bench::gui
