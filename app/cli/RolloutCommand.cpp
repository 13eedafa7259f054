#include "RolloutCommand.h"

#include "CliSupport.h"
#include "StoreAccess.h"
#include "json/Writer.h"
#include "rollout/ReportJson.h"
#include "rollout/ReportText.h"
#include "rollout/RolloutCheck.h"
#include "template/Template.h"
#include "template/Text.h"

#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

const char* const kDescription =
    "Renders the candidate and the production version of a template for every user of the "
    "store (each with each of their memberships; a user without memberships once, with no "
    "organization) and reports which claims change and how, the users the candidate cannot be "
    "rendered for, and the sizes of the tokens against the budget (T403: 1,200 bytes of "
    "claims; tokens over 3,072 bytes cannot be issued and count as failures).\n"
    "The candidate is a template file (--candidate, - for standard input) or a stored version "
    "(--version). The contexts are those of token issuance: the application whose template "
    "this is (else none), no session.\n"
    "\n"
    "Output on standard output: a summary (text), or with --format json one JSON object with "
    "the counts users_checked, changed, failed, over_budget and unchanged at the top level, "
    "the per-claim changes (claims), the failures (failure_kinds, failures), the sizes "
    "(sizes.budget_bytes, sizes.histogram, sizes.over_budget, sizes.largest) and tokens "
    "(per-token counts); see docs/rollout-check.md. Progress goes to standard error.\n"
    "\n"
    "Exit codes:\n"
    "  0  the check ran: no user fails to render and none is over budget\n"
    "  1  the check ran and some users fail to render or are over budget;\n"
    "     or the candidate has errors (listed like validate does)\n"
    "  2  usage errors; a template or version that does not exist; a candidate file or a "
    "store that cannot be read\n"
    "  130  cancelled by Ctrl-C (SIGINT): the render threads stop, nothing is printed on "
    "standard output and standard error says how many users had been checked; a second "
    "Ctrl-C ends the process at once";

// 128 + SIGINT, what a shell reports for a command that Ctrl-C ended: a CI
// pipeline never takes a cancelled check for a result (0, 1) or a usage
// error (2).
constexpr int kCancelled = 130;

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true); // async-signal-safe: a lock-free atomic
}

// Ctrl-C cancels the check while it runs: the first SIGINT sets the flag
// the render threads and the reader look at; the handler resets itself, so
// a second one ends the process the default way.
class InterruptCancels
{
public:
    InterruptCancels()
    {
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        m_installed = sigaction(SIGINT, &action, &m_previous) == 0;
    }
    ~InterruptCancels()
    {
        if (m_installed)
            sigaction(SIGINT, &m_previous, nullptr);
    }
    InterruptCancels(const InterruptCancels&) = delete;
    InterruptCancels& operator=(const InterruptCancels&) = delete;

private:
    struct sigaction m_previous = {};
    bool m_installed = false;
};

// Progress on standard error: a line that updates itself on a terminal,
// nothing until the end otherwise.
class ProgressLine
{
public:
    ProgressLine()
        : m_terminal(isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }

    void update(std::int64_t done, std::int64_t total)
    {
        if (!m_terminal || (m_clock.elapsed() - m_last < 200 && done < total))
            return;
        m_last = m_clock.elapsed();
        const std::int64_t percent = total > 0 ? done * 100 / total : 100;
        err("\rclaimsmith: checked " + tmpl::withThousands(done) + " of " +
            tmpl::withThousands(total) + " users (" + std::to_string(percent) + "%)   ");
        m_shown = true;
    }

    void endLine()
    {
        if (std::exchange(m_shown, false))
            err("\n");
    }

    void finish(const rollout::RolloutReport& r)
    {
        endLine();
        char rate[64];
        const double secs = static_cast<double>(r.durationMs) / 1000.0;
        std::snprintf(rate, sizeof rate, "%.1f s", secs);
        err("claimsmith: checked " + tmpl::withThousands(r.usersChecked) + " users (" +
            tmpl::withThousands(r.tokens.checked) + " tokens) in " + rate + "\n");
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

} // namespace

int runRolloutCheck(const QStringList& args)
{
    CommandLine cl(u"claimsmith rollout-check --store FILE --template NAME (--candidate FILE | "
                   "--version N) [--format text|json]"_s,
                   QString::fromUtf8(kDescription));
    QCommandLineParser& p = cl.parser();
    p.addOption(storeOption(u"The store whose users are checked."_s));
    p.addOption({u"template"_s, u"The template to check (its name in the store)."_s, u"name"_s});
    p.addOption(
        {u"candidate"_s, u"The candidate template file, or - for standard input."_s, u"file"_s});
    p.addOption({u"version"_s, u"The candidate: this stored version of the template."_s, u"n"_s});
    p.addOption({u"format"_s, u"Output format: text (default) or json."_s, u"format"_s, u"text"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!p.isSet(u"store"_s) || p.value(u"store"_s).isEmpty())
        return cl.usageError(u"rollout-check needs --store FILE"_s);
    if (!p.isSet(u"template"_s) || p.value(u"template"_s).isEmpty())
        return cl.usageError(u"rollout-check needs --template NAME"_s);
    if (p.isSet(u"candidate"_s) == p.isSet(u"version"_s))
        return cl.usageError(
            u"give the candidate as --candidate FILE or as --version N, one of them"_s);
    const QString format = p.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return cl.usageError(u"--format takes text or json, not \"%1\""_s.arg(format));

    rollout::RolloutOptions options;
    options.templateName = p.value(u"template"_s).toStdString();
    if (p.isSet(u"version"_s)) {
        bool ok = false;
        const int version = p.value(u"version"_s).toInt(&ok);
        if (!ok || version < 1)
            return cl.usageError(u"--version takes a version number (1, 2, …), not \"%1\""_s.arg(
                p.value(u"version"_s)));
        options.candidateVersion = version;
    } else {
        QString error;
        const QString path = p.value(u"candidate"_s);
        std::optional<std::string> text = readInput(path, error);
        if (!text) {
            err(u"claimsmith: %1\n"_s.arg(error));
            return kUsage;
        }
        // Diagnostics as validate prints them, with the file's name.
        const tmpl::Template t = tmpl::Template::compile(*text);
        err(formatDiagnosticsText(displayName(path), t.diagnostics()));
        if (t.hasErrors()) {
            err("claimsmith: the candidate has errors; mend them before the rollout check\n");
            return kInputWrong;
        }
        options.candidateText = std::move(*text);
    }

    int code = kOk;
    std::unique_ptr<store::Store> s = openStore(p.value(u"store"_s), false, code);
    if (!s)
        return code;

    options.limits.rows = 0; // the CSV rows are the GUI's export, not printed here
    ProgressLine progress;
    std::int64_t usersDone = 0;
    std::int64_t usersTotal = 0;
    options.progress = [&](std::int64_t done, std::int64_t total) {
        usersDone = done;
        usersTotal = total;
        progress.update(done, total);
    };
    g_interrupted.store(false);
    options.cancel = &g_interrupted;
    store::Result<rollout::RolloutReport> report = [&] {
        const InterruptCancels interrupt;
        return rollout::RolloutCheck(options).run(*s);
    }();
    if (g_interrupted.load()) {
        // Whatever the check got to, it is not a report of every user:
        // nothing on standard output.
        progress.endLine();
        err("claimsmith: rollout check cancelled after " + tmpl::withThousands(usersDone) + " of " +
            tmpl::withThousands(usersTotal) + " users; no report\n");
        return kCancelled;
    }
    if (!report) {
        printStoreError(report.error());
        const store::ErrorKind kind = report.error().kind;
        // A candidate or production version with errors is input that is
        // wrong; anything missing or unreadable is a usage error.
        return kind == store::ErrorKind::Invalid || kind == store::ErrorKind::Internal ? kInputWrong
                                                                                       : kUsage;
    }
    progress.finish(*report);

    if (format == u"json"_s) {
        json::WriteOptions pretty;
        pretty.pretty = true;
        out(json::toString(rollout::reportToJson(*report), pretty) + "\n");
    } else {
        out(rollout::reportToText(*report));
    }
    return report->failed > 0 || report->overBudget > 0 ? kInputWrong : kOk;
}

} // namespace claimsmith::cli
