#include "GuiBench.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <stdexcept>
#include <tuple>
#include <unistd.h>

namespace claimsmith::bench::gui {

double msSince(Clock::time_point t0, Clock::time_point t1)
{
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

namespace {
Options& optionsStore()
{
    static Options o;
    return o;
}
} // namespace

const Options& options()
{
    return optionsStore();
}

void setOptions(Options o)
{
    optionsStore() = std::move(o);
}

// ---------------------------------------------------------------------------

StallProbe::StallProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

StallProbe::~StallProbe()
{
    if (m_schedFd >= 0)
        ::close(m_schedFd);
}

StallProbe& probe()
{
    static StallProbe p;
    return p;
}

std::pair<double, double> StallProbe::schedMs() const
{
    // "on-CPU ns, run-queue ns, time slices"
    char text[128];
    if (m_schedFd < 0)
        return {0, 0};
    const ssize_t n = ::pread(m_schedFd, text, sizeof text - 1, 0);
    if (n <= 0)
        return {0, 0};
    text[n] = 0;
    unsigned long long cpu = 0;
    unsigned long long waited = 0;
    if (std::sscanf(text, "%llu %llu", &cpu, &waited) != 2)
        return {0, 0};
    return {static_cast<double>(cpu) / 1e6, static_cast<double>(waited) / 1e6};
}

void StallProbe::start()
{
    // On the GUI thread: its own scheduler statistics.
    m_schedFd = ::open("/proc/thread-self/schedstat", O_RDONLY);
    m_started = Clock::now();
    resume();
}

void StallProbe::pause()
{
    tick();
    m_running = false;
    m_timer.stop();
}

void StallProbe::resume()
{
    m_last = Clock::now();
    std::tie(m_lastCpu, m_lastRunQueue) = schedMs();
    m_running = true;
    m_timer.start();
}

void StallProbe::phase(const std::string& name)
{
    tick();
    m_phase = name;
}

double StallProbe::longestWallMs(const std::string& prefix) const
{
    double longest = 0;
    for (const PhaseMax& p : m_phases) {
        if (p.name.compare(0, prefix.size(), prefix) == 0)
            longest = std::max(longest, p.wall);
    }
    return longest;
}

double StallProbe::longestOwnMs(const std::string& prefix) const
{
    double longest = 0;
    for (const PhaseMax& p : m_phases) {
        if (p.name.compare(0, prefix.size(), prefix) == 0)
            longest = std::max(longest, p.own);
    }
    return longest;
}

void StallProbe::tick()
{
    if (!m_running)
        return;
    const auto now = Clock::now();
    const auto [cpu, runQueue] = schedMs();
    Gap gap{msSince(m_last, now), std::max(0.0, cpu - m_lastCpu),
            std::max(0.0, runQueue - m_lastRunQueue), m_phase, msSince(m_started, now)};
    m_last = now;
    m_lastCpu = cpu;
    m_lastRunQueue = runQueue;
    auto it = std::find_if(m_phases.begin(), m_phases.end(),
                           [&](const PhaseMax& p) { return p.name == m_phase; });
    if (it == m_phases.end())
        it = m_phases.insert(m_phases.end(), PhaseMax{m_phase, 0, 0});
    it->wall = std::max(it->wall, gap.wallMs);
    it->own = std::max(it->own, gap.ownMs());
    constexpr std::size_t kKept = 10;
    if (gap.wallMs > 5 && (m_worst.size() < kKept || gap.wallMs > m_worst.back().wallMs)) {
        m_worst.push_back(std::move(gap));
        std::sort(m_worst.begin(), m_worst.end(),
                  [](const Gap& x, const Gap& y) { return x.wallMs > y.wallMs; });
        if (m_worst.size() > kKept)
            m_worst.pop_back();
    }
}

// ---------------------------------------------------------------------------

namespace {
double statusMiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double residentMiB()
{
    return statusMiB("VmRSS");
}

double anonymousMiB()
{
    return statusMiB("RssAnon");
}

double fileMiB()
{
    return statusMiB("RssFile");
}

double peakMiB()
{
    return statusMiB("VmHWM");
}

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

bool evictFromPageCache(const QString& path)
{
    bool ok = true;
    for (const QString& p : {path, QString(path + QStringLiteral("-wal"))}) {
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd < 0)
            continue; // no -wal: nothing to drop
        ::fdatasync(fd);
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
}

void waitUntil(const std::function<bool()>& done, const char* what, int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (Clock::now() > deadline)
            throw std::runtime_error(std::string("timed out waiting for ") + what);
        // The stall probe's 1 ms timer wakes this up.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

void processPending()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// ---------------------------------------------------------------------------

PaintWatch::PaintWatch(QWidget* widget)
    : m_widget(widget)
{
    m_widget->installEventFilter(this);
}

PaintWatch::~PaintWatch()
{
    m_widget->removeEventFilter(this);
}

void PaintWatch::arm(std::function<bool()> ready)
{
    m_ready = std::move(ready);
    m_armed = true;
    m_painted = false;
}

bool PaintWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_inside)
        return false;
    ++m_paints;
    if (!m_armed || !m_ready())
        return false;
    // Paint now (the widget's own handlers are the other filters and
    // event()), so that the time taken is when the painting is done.
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    m_armed = false;
    m_painted = true;
    m_paintedAt = Clock::now();
    return true;
}

// ---------------------------------------------------------------------------

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double worst(const std::vector<double>& v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

namespace {
std::vector<Row>& rows()
{
    static std::vector<Row> r;
    return r;
}
} // namespace

void addRow(Row row)
{
    rows().push_back(std::move(row));
}

std::string format(double v, const char* unit, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f %s", decimals, v, unit);
    return text;
}

std::string formatMs(double ms)
{
    return format(ms, "ms", 1);
}

void printTable()
{
    const char* const headers[] = {"figure", "value", "reference", "ratio", "target", "verdict"};
    std::vector<std::vector<std::string>> cells;
    for (const Row& r : rows()) {
        const char* verdict = r.verdict == Row::Verdict::Met      ? "met"
                              : r.verdict == Row::Verdict::Missed ? "MISSED"
                                                                  : "-";
        cells.push_back({r.figure, r.value, r.reference.empty() ? "-" : r.reference,
                         r.ratio.empty() ? "-" : r.ratio, r.target.empty() ? "-" : r.target,
                         verdict});
    }
    std::size_t width[6];
    for (int c = 0; c < 6; ++c) {
        width[c] = std::string_view(headers[c]).size();
        for (const auto& line : cells)
            width[c] = std::max(width[c], line[static_cast<std::size_t>(c)].size());
    }
    auto print = [&](const std::vector<std::string>& line) {
        std::string out;
        for (std::size_t c = 0; c < line.size(); ++c) {
            out += line[c];
            if (c + 1 < line.size())
                out += std::string(width[c] - line[c].size() + 2, ' ');
        }
        std::printf("%s\n", out.c_str());
    };
    std::printf("\n");
    print({headers, headers + 6});
    std::string rule;
    for (std::size_t c = 0; c < 6; ++c)
        rule += std::string(width[c], '-') + (c < 5 ? "  " : "");
    std::printf("%s\n", rule.c_str());
    for (const auto& line : cells)
        print(line);
    std::fflush(stdout);
}

bool allTargetsMet()
{
    return std::none_of(rows().begin(), rows().end(),
                        [](const Row& r) { return r.verdict == Row::Verdict::Missed; });
}

} // namespace claimsmith::bench::gui
