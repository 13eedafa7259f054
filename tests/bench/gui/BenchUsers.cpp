// The Users page of the real main window (1400x900) on a demo store:
//   open      MainWindow::openStore → the first page of users painted, cold
//             (the file dropped from the page cache) and warm; reference: the
//             same store opened with the core API and its first page fetched
//             as UserListModel fetches it.
//   filter    a metadata condition applied (Enter in the search field) → its
//             first rows painted, for a common, a rare and a combined
//             condition, first on a cold file, then warm; reference: the same
//             findUsers on a store opened directly.
//   scroll    top → bottom in page steps, each screen waited for; jumps to
//             the top, the middle and the end; dragging the scroll bar to the
//             end of a fresh list (its count arrives, then the last page is
//             read from the end): time, store calls, pages in memory, memory
//             (VmHWM, VmRSS sampled every 50 ms); reference: the same pages
//             fetched directly, cursor after cursor.
//   stalls    the longest gap of a 1 ms timer on the GUI thread, per phase,
//             whole and less the time the thread waited for a CPU.

#include "GuiBench.h"
#include "app/MainWindow.h"
#include "common/Prompter.h"
#include "common/StoreSession.h"
#include "store/SqliteStore.h"
#include "users/MetadataFilterBuilder.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace claimsmith::bench::gui {

namespace {

constexpr double kOpenTargetMs = 300;
constexpr double kFilterTargetMs = 100;
constexpr double kMemoryTargetMiB = 300;
constexpr double kStallTargetMs = 50;
constexpr int kWarmRounds = 5;
constexpr int kFilterRounds = 3;

using Op = store::MetadataCondition::Op;

// Answers at once; an error message fails the run.
class BenchPrompter final : public ui::Prompter
{
public:
    BenchPrompter() { ui::Prompter::install(this); }
    ~BenchPrompter() override { ui::Prompter::install(nullptr); }
    void confirm(QWidget*, const QString&, const QString&, const QString&,
                 std::function<void(bool)> answer) override
    {
        answer(true);
    }
    void error(QWidget*, const QString& title, const QString& text) override
    {
        errors << title + u": "_s + text;
    }
    void conflict(QWidget*, const QString&, const QString&, const QString&,
                  std::function<void(ConflictChoice)> answer) override
    {
        answer(ConflictChoice::KeepEditing);
    }
    QStringList errors;
};

store::MetadataCondition equals(const char* key, const char* value)
{
    store::MetadataCondition c;
    c.key = key;
    c.op = Op::Equals;
    c.value = value;
    return c;
}

// Conditions on the demo's metadata (see core/store/demo/DemoUsers.cpp):
// plan is set on 48% of users, "free" on 60% of those; tier on 30%, "vip"
// on 5% of those.
struct FilterCase
{
    const char* name;
    const char* text;
    std::vector<store::MetadataCondition> conditions;
};
std::vector<FilterCase> filterCases()
{
    return {
        {"common", "plan = free (~29%)", {equals("plan", "free")}},
        {"rare", "tier = vip (~1.5%)", {equals("tier", "vip")}},
        {"combined",
         "plan = team and tier = premium (~0.4%)",
         {equals("plan", "team"), equals("tier", "premium")}},
    };
}

std::unique_ptr<store::SqliteStore> openDirect(const QString& path)
{
    store::SqliteStore::Options o;
    auto s = store::SqliteStore::open(path.toStdString(), o);
    if (!s)
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + s.error().message);
    return std::move(s.value());
}

// The query of the users list as UserListModel makes it: sorted by email,
// the first page of a search a screenful (`firstPage` rows, as the window's
// list takes), the others whole pages.
store::UserQuery listQuery(int firstPage, std::vector<store::MetadataCondition> metadata = {})
{
    store::UserQuery q;
    q.limit = firstPage;
    q.metadata = std::move(metadata);
    return q;
}

std::size_t firstPage(store::Store& s, const store::UserQuery& q)
{
    auto page = s.findUsers(q);
    if (!page)
        throw std::runtime_error("findUsers failed: " + page.error().message);
    return page->items.size();
}

std::string ratioText(double value, double reference)
{
    return reference > 0 ? format(value / reference, "x", 2) : std::string();
}

Row::Verdict verdict(double value, double limit)
{
    return value <= limit ? Row::Verdict::Met : Row::Verdict::Missed;
}

class UsersBench
{
public:
    explicit UsersBench(Report& report)
        : m_report(report)
        , m_path(options().store)
    {}

    void run()
    {
        probe().phase("setup");
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        m_page = qobject_cast<ui::UsersPage*>(m_window->page(0));
        if (!m_page)
            throw std::runtime_error("the first page is not Users");
        m_paint = std::make_unique<PaintWatch>(m_page->table()->viewport());
        waitUntil([this] { return m_window->isVisible(); }, "the window");
        processPending();
        m_baselineMiB = residentMiB();

        benchOpen();
        if (m_report.wants("gui.users.filter"))
            benchFilter();
        if (m_report.wants("gui.users.scroll"))
            benchScroll();
        reportStalls();

        probe().phase("teardown");
        m_paint.reset();
        m_window.reset();
        if (!m_prompter.errors.isEmpty())
            throw std::runtime_error("the window showed an error: " +
                                     m_prompter.errors.join(u"; "_s).toStdString());
    }

private:
    ui::UserListModel* model() const { return m_page->model(); }
    QTableView* table() const { return m_page->table(); }

    void failOnError() const
    {
        if (!m_prompter.errors.isEmpty())
            throw std::runtime_error("the window showed an error: " +
                                     m_prompter.errors.join(u"; "_s).toStdString());
    }

    void waitIdle()
    {
        waitUntil(
            [this] {
                failOnError();
                ui::StoreSession* s = m_window->session();
                return !s || (s->worker()->pending() == 0 && s->jobs()->pending() == 0);
            },
            "the store workers to finish");
        processPending();
    }

    // Counts the calls queued on the pages' worker of the session just opened.
    void countStoreCalls()
    {
        ui::StoreWorker* w = m_window->session()->worker();
        QObject::connect(w, &ui::StoreWorker::pendingChanged, w,
                         [this, last = w->pending()](int pending) mutable {
                             if (pending > last)
                                 m_storeCalls += pending - last;
                             last = pending;
                         });
    }

    // ---- open ------------------------------------------------------------

    double openInWindow(bool cold)
    {
        probe().phase("open: close the store");
        if (m_window->session())
            m_window->closeStore();
        processPending();
        // Dropping the file from the page cache is the benchmark's work, not
        // the window's: the probe does not count it.
        probe().pause();
        if (cold && !evictFromPageCache(m_path))
            std::fprintf(stderr, "claimsmith-bench-gui: the page cache kept %s\n",
                         qPrintable(m_path));
        probe().resume();
        probe().phase("open");
        bool failed = false;
        auto connection = QObject::connect(m_window.get(), &ui::MainWindow::storeFailed,
                                           m_window.get(), [&failed] { failed = true; });
        m_paint->arm([this] { return model()->rowCount() > 0; });
        const auto t0 = Clock::now();
        m_window->openStore(m_path);
        waitUntil(
            [&] {
                if (failed)
                    failOnError();
                return m_paint->painted();
            },
            "the first page of users to be painted");
        const double ms = msSince(t0, m_paint->paintedAt());
        QObject::disconnect(connection);
        countStoreCalls();
        // The other pages load too; the next figure starts when all is quiet.
        waitIdle();
        return ms;
    }

    double openDirectly(bool cold)
    {
        probe().pause();
        if (cold)
            evictFromPageCache(m_path);
        const auto t0 = Clock::now();
        std::size_t n = 0;
        {
            auto s = openDirect(m_path);
            n = firstPage(*s, listQuery(model()->firstPageSize()));
        }
        const double ms = msSince(t0);
        probe().resume();
        if (n == 0)
            throw std::runtime_error("the store has no users");
        return ms;
    }

    void benchOpen()
    {
        if (!m_report.wants("gui.users.open")) {
            openInWindow(false);
            return;
        }
        // Once first, so that the list has sized its first page from its
        // viewport and the reference asks for as many rows.
        openInWindow(false);
        // Cold: the file read from the disk, by the reference first, then
        // by the window.
        const double refCold = openDirectly(true);
        const double cold = openInWindow(true);
        std::vector<double> warm;
        std::vector<double> refWarm;
        for (int i = 0; i < kWarmRounds; ++i) {
            warm.push_back(openInWindow(false));
            refWarm.push_back(openDirectly(false));
        }
        const double med = median(warm);
        const double refMed = median(refWarm);
        const double bad = worst(warm);
        const double refBad = worst(refWarm);
        m_report.ratio("gui.users.open.first_page.cold", cold, "ms", "store.open_first_page.cold",
                       refCold, cold / refCold);
        m_report.ratio("gui.users.open.first_page.warm_median", med, "ms",
                       "store.open_first_page.warm_median", refMed, med / refMed);
        m_report.ratio("gui.users.open.first_page.warm_worst", bad, "ms",
                       "store.open_first_page.warm_worst", refBad, bad / refBad);
        const std::string target = "<= " + formatMs(kOpenTargetMs);
        addRow({"open -> first page painted, cold", formatMs(cold), formatMs(refCold),
                ratioText(cold, refCold), target, verdict(cold, kOpenTargetMs)});
        addRow({"open -> first page painted, warm median of " + std::to_string(kWarmRounds),
                formatMs(med), formatMs(refMed), ratioText(med, refMed), target,
                verdict(med, kOpenTargetMs)});
        addRow({"open -> first page painted, warm worst", formatMs(bad), formatMs(refBad),
                ratioText(bad, refBad), target, verdict(bad, kOpenTargetMs)});
    }

    // ---- filter ----------------------------------------------------------

    // Sets the conditions in the filter builder and presses Enter in the
    // search field (the page applies at once; typing alone waits for its
    // debounce). Returns the ms until the first rows are painted.
    double applyFilter(const std::vector<store::MetadataCondition>& conditions)
    {
        auto* toggle = m_page->findChild<QToolButton*>(u"filterToggle"_s);
        auto* search = m_page->findChild<QLineEdit*>(u"search"_s);
        if (!toggle || !search)
            throw std::runtime_error("the users page has no filter toggle or search field");
        waitIdle();
        m_page->filters()->clear();
        for (const store::MetadataCondition& c : conditions)
            m_page->filters()->addCondition(c);
        toggle->setChecked(!conditions.empty());
        processPending(); // the filter panel's layout, before the clock starts

        bool shown = false;
        auto connection = QObject::connect(m_page, &ui::UsersPage::firstRowsShown, m_page,
                                           [&shown] { shown = true; });
        m_paint->arm([&] { return shown && model()->rowCount() > 0; });
        const auto t0 = Clock::now();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(search, &press);
        QApplication::sendEvent(search, &release);
        waitUntil(
            [&] {
                failOnError();
                if (shown && model()->rowCount() == 0)
                    throw std::runtime_error("the filter matched no users");
                return m_paint->painted();
            },
            "the filtered users to be painted");
        QObject::disconnect(connection);
        if (model()->query().metadata.size() != conditions.size())
            throw std::runtime_error("the page did not apply the filter");
        return msSince(t0, m_paint->paintedAt());
    }

    // The same search on the store directly, on a connection of its own
    // opened beforehand; `cold` drops the file from the page cache first.
    double filterDirectly(store::Store& s, const FilterCase& f, bool cold)
    {
        probe().pause();
        if (cold)
            evictFromPageCache(m_path);
        const auto t0 = Clock::now();
        const std::size_t n = firstPage(s, listQuery(model()->firstPageSize(), f.conditions));
        const double ms = msSince(t0);
        probe().resume();
        if (n == 0)
            throw std::runtime_error(std::string("no users match ") + f.text);
        return ms;
    }

    void benchFilter()
    {
        auto openPaused = [this] {
            probe().pause();
            auto s = openDirect(m_path);
            probe().resume();
            return s;
        };
        // Closing a store is the benchmark's work too, not the window's.
        auto closePaused = [](std::unique_ptr<store::SqliteStore>& s) {
            probe().pause();
            s.reset();
            probe().resume();
        };
        auto direct = openPaused();
        std::vector<double> clears;
        const std::string target = "<= " + formatMs(kFilterTargetMs);
        for (const FilterCase& f : filterCases()) {
            // Cold: the first search of its kind reads the metadata index
            // from the disk, in the reference and in the window alike. The
            // reference goes first: the file's pages that the window's
            // connection maps stay in the page cache.
            auto fresh = openPaused();
            const double refCold = filterDirectly(*fresh, f, true);
            closePaused(fresh);
            probe().pause();
            evictFromPageCache(m_path);
            probe().resume();
            probe().phase("filter");
            const double cold = applyFilter(f.conditions);
            probe().phase("filter: clear");
            clears.push_back(applyFilter({}));
            std::vector<double> gui;
            std::vector<double> ref;
            for (int i = 0; i < kFilterRounds; ++i) {
                probe().phase("filter");
                gui.push_back(applyFilter(f.conditions));
                probe().phase("filter: clear");
                clears.push_back(applyFilter({}));
                ref.push_back(filterDirectly(*direct, f, false));
            }
            const double med = median(gui);
            const double bad = worst(gui);
            const double refMed = median(ref);
            const double refBad = worst(ref);
            const std::string name = std::string("gui.users.filter.") + f.name;
            m_report.ratio(name + ".cold", cold, "ms", "store.find_users.cold", refCold,
                           cold / refCold);
            m_report.ratio(name + ".warm_median", med, "ms", "store.find_users.warm_median", refMed,
                           med / refMed);
            m_report.ratio(name + ".warm_worst", bad, "ms", "store.find_users.warm_worst", refBad,
                           bad / refBad);
            addRow({std::string("filter ") + f.name + " (" + f.text + ") -> rows, cold file",
                    formatMs(cold), formatMs(refCold), ratioText(cold, refCold), target,
                    verdict(cold, kFilterTargetMs)});
            addRow({std::string("filter ") + f.name + " -> rows, warm median of " +
                        std::to_string(kFilterRounds),
                    formatMs(med), formatMs(refMed), ratioText(med, refMed), target,
                    verdict(med, kFilterTargetMs)});
            addRow({std::string("filter ") + f.name + " -> rows, warm worst", formatMs(bad),
                    formatMs(refBad), ratioText(bad, refBad), target,
                    verdict(bad, kFilterTargetMs)});
        }
        closePaused(direct);
        const double clearMed = median(clears);
        m_report.value("gui.users.filter.clear.median", clearMed, "ms");
        addRow({"filter cleared -> all users painted, median",
                formatMs(clearMed),
                {},
                {},
                {},
                Row::Verdict::None});
    }

    // ---- scroll ----------------------------------------------------------

    // The last row is within the viewport and the list has no more pages.
    bool lastRowInView() const
    {
        const int rows = model()->rowCount();
        if (rows == 0 || !model()->atEnd())
            return false;
        const QRect r = table()->visualRect(model()->index(rows - 1, 0));
        return r.isValid() && r.bottom() <= table()->viewport()->height() && r.top() >= 0;
    }
    bool lastRowShown() const
    {
        return lastRowInView() && model()->userAt(model()->rowCount() - 1) != nullptr;
    }

    struct ScrollFigures
    {
        double ms = 0;
        int storeCalls = 0;
        int actions = 0;
    };

    // Samples memory and pages in memory while scrolling.
    void sample()
    {
        m_maxPages = std::max(m_maxPages, model()->pagesInMemory());
        m_maxRssMiB = std::max(m_maxRssMiB, residentMiB());
        m_maxAnonMiB = std::max(m_maxAnonMiB, anonymousMiB());
        m_maxFileMiB = std::max(m_maxFileMiB, fileMiB());
    }

    // PageDown on the scroll bar until the last row is painted, each screen
    // waited for as a reader would (the rows of a page not in memory yet show
    // "Loading…" until it arrives).
    ScrollFigures scrollInPageSteps()
    {
        QScrollBar* bar = table()->verticalScrollBar();
        ScrollFigures f;
        const int calls0 = m_storeCalls;
        m_paint->arm([this] { return lastRowShown(); });
        const auto t0 = Clock::now();
        auto reported = t0;
        while (!m_paint->painted()) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            ++f.actions;
            processPending();
            m_maxPages = std::max(m_maxPages, model()->pagesInMemory());
            if (!m_paint->painted()) {
                const int rows = model()->rowCount();
                waitUntil(
                    [&] {
                        failOnError();
                        const int top = table()->rowAt(0);
                        return m_paint->painted() || model()->rowCount() > rows ||
                               (top >= 0 && model()->userAt(top) != nullptr &&
                                (bar->value() < bar->maximum() || lastRowInView()));
                    },
                    "the next screen while scrolling");
            }
            if (msSince(reported) > 10'000) {
                reported = Clock::now();
                std::fprintf(stderr, "claimsmith-bench-gui: scrolled to row %d of %d (%.0f s)\n",
                             table()->rowAt(0), model()->rowCount(), msSince(t0) / 1000);
            }
        }
        f.ms = msSince(t0, m_paint->paintedAt());
        f.storeCalls = m_storeCalls - calls0;
        return f;
    }

    // Drags the slider to the end, again whenever the list grew, until the
    // last row is painted.
    ScrollFigures dragToEnd()
    {
        QScrollBar* bar = table()->verticalScrollBar();
        ScrollFigures f;
        const int calls0 = m_storeCalls;
        m_paint->arm([this] { return lastRowShown(); });
        const auto t0 = Clock::now();
        while (!m_paint->painted()) {
            failOnError();
            if (!model()->loading() && bar->value() < bar->maximum()) {
                bar->setSliderDown(true);
                bar->setSliderPosition(bar->maximum());
                bar->setSliderDown(false);
                ++f.actions;
            }
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            if (msSince(t0) > 600'000)
                throw std::runtime_error("timed out dragging to the end");
        }
        f.ms = msSince(t0, m_paint->paintedAt());
        f.storeCalls = m_storeCalls - calls0;
        return f;
    }

    // Every page of the list fetched directly, cursor after cursor.
    std::pair<double, int> fetchAllDirectly()
    {
        probe().pause();
        auto s = openDirect(m_path);
        store::UserQuery q = listQuery(model()->firstPageSize());
        int pages = 0;
        const auto t0 = Clock::now();
        while (true) {
            auto page = s->findUsers(q);
            if (!page)
                throw std::runtime_error("findUsers failed: " + page.error().message);
            ++pages;
            if (page->next.empty())
                break;
            q.after = page->next;
            q.limit = ui::UserListModel::kPageSize;
        }
        const double ms = msSince(t0);
        s.reset();
        probe().resume();
        return {ms, pages};
    }

    void benchScroll()
    {
        probe().phase("scroll: start");
        // The whole list, from the top.
        m_page->refresh();
        waitUntil([this] { return model()->rowCount() > 0 && !model()->loading(); },
                  "the list of users");
        waitIdle();
        table()->scrollToTop();
        processPending();

        m_peakBeforeMiB = std::max(m_peakBeforeMiB, peakMiB());
        const bool peakReset = resetPeak();
        m_maxPages = 0;
        m_maxRssMiB = residentMiB();
        QTimer sampler;
        sampler.setInterval(50);
        QObject::connect(&sampler, &QTimer::timeout, &sampler, [this] { sample(); });
        sampler.start();

        probe().phase("scroll: page steps");
        const ScrollFigures steps = scrollInPageSteps();
        sample();
        const int rowsKnown = model()->rowCount();

        // Back to the top (its page was dropped), then one drag to the end.
        probe().phase("scroll: jump to top");
        m_paint->arm([this] {
            const QModelIndex top = table()->indexAt(QPoint(1, 1));
            return top.isValid() && top.row() == 0 && model()->userAt(0) != nullptr;
        });
        const int callsTop = m_storeCalls;
        auto t0 = Clock::now();
        table()->verticalScrollBar()->setValue(0);
        waitUntil([this] { return m_paint->painted(); }, "the top of the list");
        const double topMs = msSince(t0, m_paint->paintedAt());
        const int topCalls = m_storeCalls - callsTop;
        probe().phase("scroll: jump to the middle");
        const int middle = rowsKnown / 2;
        m_paint->arm([this, middle] {
            const QModelIndex top = table()->indexAt(QPoint(1, 1));
            return top.isValid() && std::abs(top.row() - middle) < 100 &&
                   model()->userAt(top.row()) != nullptr;
        });
        const int callsMiddle = m_storeCalls;
        t0 = Clock::now();
        table()->verticalScrollBar()->setValue(table()->verticalScrollBar()->maximum() / 2);
        waitUntil([this] { return m_paint->painted(); }, "the middle of the list");
        const double middleMs = msSince(t0, m_paint->paintedAt());
        const int middleCalls = m_storeCalls - callsMiddle;
        probe().phase("scroll: jump to end");
        const ScrollFigures jump = dragToEnd();
        sample();

        // A fresh list: dragging to the end fetches page after page.
        probe().phase("scroll: start");
        m_page->refresh();
        waitUntil([this] { return model()->rowCount() > 0 && !model()->loading(); },
                  "the list of users");
        probe().phase("scroll: drag to end");
        const ScrollFigures drags = dragToEnd();
        sample();
        sampler.stop();
        const double hwm = peakMiB();
        const double rssAfter = residentMiB();

        const auto [refMs, refPages] = fetchAllDirectly();

        m_report.ratio("gui.users.scroll.page_steps.time", steps.ms, "ms",
                       "store.find_users.every_page", refMs, steps.ms / refMs);
        m_report.value("gui.users.scroll.page_steps.actions", steps.actions, "steps");
        m_report.value("gui.users.scroll.page_steps.store_calls", steps.storeCalls, "calls");
        m_report.value("gui.users.scroll.rows", rowsKnown, "rows");
        m_report.value("gui.users.scroll.jump_to_top.time", topMs, "ms");
        m_report.value("gui.users.scroll.jump_to_top.store_calls", topCalls, "calls");
        m_report.value("gui.users.scroll.jump_to_middle.time", middleMs, "ms");
        m_report.value("gui.users.scroll.jump_to_middle.store_calls", middleCalls, "calls");
        m_report.value("gui.users.scroll.jump_to_end.time", jump.ms, "ms");
        m_report.value("gui.users.scroll.jump_to_end.store_calls", jump.storeCalls, "calls");
        m_report.ratio("gui.users.scroll.drag_to_end.time", drags.ms, "ms",
                       "store.find_users.every_page", refMs, drags.ms / refMs);
        m_report.value("gui.users.scroll.drag_to_end.drags", drags.actions, "drags");
        m_report.value("gui.users.scroll.drag_to_end.store_calls", drags.storeCalls, "calls");
        m_report.value("gui.users.scroll.max_pages_in_memory", m_maxPages, "pages");
        m_report.value("gui.users.scroll.vmhwm", hwm, "MiB");
        m_report.value("gui.users.scroll.vmrss_max_sampled", m_maxRssMiB, "MiB");
        m_report.value("gui.users.scroll.rss_anon_max_sampled", m_maxAnonMiB, "MiB");
        m_report.value("gui.users.scroll.rss_file_max_sampled", m_maxFileMiB, "MiB");
        m_report.value("gui.users.memory.vmrss_before_open", m_baselineMiB, "MiB");
        m_report.value("gui.users.memory.vmrss_after_scroll", rssAfter, "MiB");
        m_report.value("gui.users.memory.vmhwm_before_scroll", m_peakBeforeMiB, "MiB");

        const std::string pageFetches = std::to_string(refPages) + " pages";
        addRow({"scroll top -> bottom in page steps (" + std::to_string(steps.actions) +
                    " steps, " + std::to_string(rowsKnown) + " rows)",
                format(steps.ms / 1000, "s", 1),
                format(refMs / 1000, "s", 1) + ", " + pageFetches,
                ratioText(steps.ms, refMs),
                {},
                Row::Verdict::None});
        addRow({"  store calls while page-stepping",
                std::to_string(steps.storeCalls),
                pageFetches,
                {},
                {},
                Row::Verdict::None});
        addRow({"jump to top (page dropped) -> painted",
                formatMs(topMs),
                {},
                {},
                {},
                Row::Verdict::None});
        addRow({"  store calls", std::to_string(topCalls), {}, {}, {}, Row::Verdict::None});
        addRow({"jump to the middle (page dropped) -> painted",
                formatMs(middleMs),
                {},
                {},
                {},
                Row::Verdict::None});
        addRow({"  store calls", std::to_string(middleCalls), {}, {}, {}, Row::Verdict::None});
        addRow({"jump to the end, list known -> painted",
                formatMs(jump.ms),
                {},
                {},
                {},
                Row::Verdict::None});
        addRow({"  store calls", std::to_string(jump.storeCalls), {}, {}, {}, Row::Verdict::None});
        addRow({"drag to end on a fresh list (" + std::to_string(drags.actions) + " drags)",
                formatMs(drags.ms),
                format(refMs / 1000, "s", 1) + ", " + pageFetches,
                ratioText(drags.ms, refMs),
                {},
                Row::Verdict::None});
        addRow({"  store calls while dragging",
                std::to_string(drags.storeCalls),
                pageFetches,
                {},
                {},
                Row::Verdict::None});
        addRow({"max pagesInMemory() while scrolling",
                std::to_string(m_maxPages),
                {},
                {},
                "<= " + std::to_string(ui::UserListModel::kPagesKept),
                m_maxPages <= ui::UserListModel::kPagesKept ? Row::Verdict::Met
                                                            : Row::Verdict::Missed});
        const std::string memoryTarget = "<= " + format(kMemoryTargetMiB, "MiB", 0);
        addRow({std::string("peak RSS while scrolling (VmHWM") +
                    (peakReset ? ", reset at the start)" : ", since the start)"),
                format(hwm, "MiB", 1),
                {},
                {},
                memoryTarget,
                verdict(hwm, kMemoryTargetMiB)});
        addRow({"max VmRSS sampled every 50 ms while scrolling",
                format(m_maxRssMiB, "MiB", 1),
                {},
                {},
                memoryTarget,
                verdict(m_maxRssMiB, kMemoryTargetMiB)});
        addRow({"  of which private (RssAnon: heap, SQLite's page cache), max",
                format(m_maxAnonMiB, "MiB", 1),
                {},
                {},
                {},
                Row::Verdict::None});
        addRow({"  of which mapped files (RssFile: SQLite's mmap, libraries), max",
                format(m_maxFileMiB, "MiB", 1),
                {},
                {},
                {},
                Row::Verdict::None});
        addRow({"peak RSS before scrolling (VmHWM: open, filters)",
                format(m_peakBeforeMiB, "MiB", 1),
                {},
                {},
                memoryTarget,
                verdict(m_peakBeforeMiB, kMemoryTargetMiB)});
    }

    // ---- stalls ----------------------------------------------------------

    void reportStalls()
    {
        StallProbe& p = probe();
        const std::string target = "<= " + formatMs(kStallTargetMs);
        for (const char* phase : {"open", "filter", "scroll", ""}) {
            const std::string what = *phase ? phase : "all of the above";
            const std::string name = std::string("gui.users.stall.") + (*phase ? phase : "all");
            // "setup" (the window made, no store yet) is not one of them.
            double wall = 0;
            double own = 0;
            for (const char* part : {"open", "filter", "scroll"}) {
                if (*phase && std::string_view(part) != phase)
                    continue;
                wall = std::max(wall, p.longestWallMs(part));
                own = std::max(own, p.longestOwnMs(part));
            }
            m_report.value(name, wall, "ms");
            addRow({"longest GUI stall: " + what,
                    formatMs(wall),
                    {},
                    {},
                    target,
                    verdict(wall, kStallTargetMs)});
            if (p.seesRunQueue()) {
                m_report.value(name + ".less_run_queue", own, "ms");
                addRow({"  less waiting for a CPU (run queue)",
                        formatMs(own),
                        {},
                        {},
                        target,
                        verdict(own, kStallTargetMs)});
            }
        }
        const double setup = p.longestWallMs("setup");
        m_report.value("gui.users.stall.setup", setup, "ms");
        addRow({"longest GUI stall: window created (no store)",
                formatMs(setup),
                {},
                {},
                {},
                Row::Verdict::None});
    }

    Report& m_report;
    QString m_path;
    BenchPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::UsersPage* m_page = nullptr;
    std::unique_ptr<PaintWatch> m_paint;
    int m_storeCalls = 0;
    int m_maxPages = 0;
    double m_maxRssMiB = 0;
    double m_maxAnonMiB = 0;
    double m_maxFileMiB = 0;
    double m_baselineMiB = 0;
    double m_peakBeforeMiB = 0;
};

void runUsers(Report& report)
{
    if (!report.wants("gui.users.open") && !report.wants("gui.users.filter") &&
        !report.wants("gui.users.scroll"))
        return;
    UsersBench(report).run();
}

const Register registerUsers("gui.users", runUsers);

} // namespace

} // namespace claimsmith::bench::gui
