#include "ImportExportCommands.h"

#include "CliSupport.h"
#include "PrivateSaveFile.h"
#include "StoreAccess.h"
#include "store/io/Exporter.h"
#include "store/io/Importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

namespace io = store::io;

std::string rate(std::int64_t records, double seconds)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.0f records/s",
                  seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
    return text;
}

// One line about every second, on standard error.
class Progress
{
public:
    explicit Progress(bool enabled)
        : m_enabled(enabled)
    {
        m_timer.start();
    }
    void report(const io::ImportCounts& c)
    {
        if (!m_enabled || m_timer.elapsed() < m_next)
            return;
        m_next = m_timer.elapsed() + 1000;
        const double seconds = static_cast<double>(m_timer.elapsed()) / 1000.0;
        err("claimsmith: read " + std::to_string(c.records) + " records (" +
            std::to_string(c.bytes >> 20) + " MB), imported " + std::to_string(c.imported()) +
            ", skipped " + std::to_string(c.skipped) + ", " + rate(c.records, seconds) + "\n");
    }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
    qint64 m_next = 1000;
};

std::string actorName()
{
    const QString user = QProcessEnvironment::systemEnvironment().value(u"USER"_s, u"unknown"_s);
    return "cli:" + user.toStdString();
}

} // namespace

int runImport(const QStringList& args)
{
    CommandLine cl(u"claimsmith import FILE --store FILE --format jsonl|auth0|zitadel|csv "
                   "[--dry-run] [--on-error skip|abort] [--progress]"_s,
                   u"Imports users (and, from jsonl, everything an export holds) into a store.\n"
                   "Every bad record is reported as FILE:LINE: reason. With --on-error abort "
                   "(the default) the first one stops the import and the store stays as it "
                   "was; with skip the good records are imported. FILE - reads standard input."_s);
    cl.addPositional(u"FILE"_s, u"The file to import, or - for standard input."_s);
    cl.parser().addOption(storeOption(u"The store to import into (created if missing)."_s));
    cl.parser().addOption(
        {u"format"_s, u"jsonl, auth0, zitadel or csv (see docs/import-export.md)."_s, u"format"_s});
    cl.parser().addOption(
        {u"dry-run"_s, u"Check everything, the store's own checks included; write nothing."_s});
    cl.parser().addOption({u"on-error"_s,
                           u"abort (default): stop at the first bad record and write nothing; "
                           "skip: import the good records."_s,
                           u"mode"_s});
    cl.parser().addOption(
        {u"progress"_s, u"Report progress every second (the default on a terminal)."_s});
    if (auto code = cl.parse(args, 1, 1))
        return *code;
    if (!cl.parser().isSet(u"store"_s))
        return cl.usageError(u"import needs --store FILE"_s);
    if (!cl.parser().isSet(u"format"_s))
        return cl.usageError(u"import needs --format jsonl|auth0|zitadel|csv"_s);
    const QString formatName = cl.parser().value(u"format"_s);
    const auto format = io::formatFromName(formatName.toStdString());
    if (!format)
        return cl.usageError(
            u"unknown format \"%1\"; use jsonl, auth0, zitadel or csv"_s.arg(formatName));
    const QString onError = cl.parser().value(u"on-error"_s);
    if (!onError.isEmpty() && onError != u"abort"_s && onError != u"skip"_s)
        return cl.usageError(u"--on-error takes abort or skip, not \"%1\""_s.arg(onError));
    const bool dryRun = cl.parser().isSet(u"dry-run"_s);

    const QString path = cl.positional().at(0);
    const std::string name = displayName(path);
    QFile input;
    if (path == u"-"_s) {
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            err("claimsmith: cannot read standard input: " + input.errorString().toStdString() +
                "\n");
            return kUsage;
        }
    } else {
        input.setFileName(path);
        if (QFileInfo(path).isDir() || !input.open(QIODevice::ReadOnly)) {
            err("claimsmith: cannot read " + name + ": " +
                (QFileInfo(path).isDir() ? std::string("it is a directory")
                                         : input.errorString().toStdString()) +
                "\n");
            return kUsage;
        }
    }

    int exitCode = kOk;
    std::unique_ptr<store::Store> store =
        openStore(cl.parser().value(u"store"_s), !dryRun, exitCode);
    if (!store)
        return exitCode;

    Progress progress(cl.parser().isSet(u"progress"_s) || isatty(STDERR_FILENO));
    io::ImportOptions options;
    options.format = *format;
    options.dryRun = dryRun;
    options.stopOnError = onError != u"skip"_s;
    options.source = path == u"-"_s ? name : QFileInfo(path).fileName().toStdString();
    options.actor = actorName();
    options.onError = [&](const io::Problem& p) { err(io::formatProblem(name, p) + "\n"); };
    options.onWarning = [&](const io::Problem& p) {
        io::Problem w = p;
        w.message = "note: " + w.message;
        err(io::formatProblem(name, w) + "\n");
    };
    options.onProgress = [&](const io::ImportCounts& c) { progress.report(c); };
    options.progressEvery = 1000;

    io::Importer importer(*store);
    const io::ImportResult result = importer.run(input, options);
    if (result.outcome == io::ImportOutcome::StoreFailed)
        err("claimsmith: " + result.storeError + "\n");
    err("claimsmith: " + io::summaryLine(result, dryRun) + "\n");
    if (result.outcome == io::ImportOutcome::StoreFailed)
        return kUsage;
    return result.errors.empty() ? kOk : kInputWrong;
}

int runExport(const QStringList& args)
{
    CommandLine cl(u"claimsmith export --store FILE [--format jsonl] [--out FILE]"_s,
                   u"Writes everything a store holds, losslessly, one JSON object per line: "
                   "import it into an empty store to get the same data back. Private keys are "
                   "never exported."_s);
    cl.parser().addOption(storeOption(u"The store to export."_s));
    cl.parser().addOption({u"format"_s, u"jsonl (the only export format)."_s, u"format"_s});
    cl.parser().addOption(
        {u"out"_s,
         u"Write to FILE (replaced whole, only once complete) instead of standard "
         "output."_s,
         u"file"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!cl.parser().isSet(u"store"_s))
        return cl.usageError(u"export needs --store FILE"_s);
    const QString formatName = cl.parser().value(u"format"_s);
    if (!formatName.isEmpty() && formatName != u"jsonl"_s)
        return cl.usageError(
            u"unknown export format \"%1\"; export writes jsonl"_s.arg(formatName));

    int exitCode = kOk;
    std::unique_ptr<store::Store> store = openStore(cl.parser().value(u"store"_s), false, exitCode);
    if (!store)
        return exitCode;

    const QString outPath = cl.parser().value(u"out"_s);
    const bool toFile = !outPath.isEmpty() && outPath != u"-"_s;
    // It holds every user's data: the owner's alone (0600) whatever the
    // umask, from the moment the file exists, and in place only once whole.
    PrivateSaveFile file(outPath);
    QFile stdoutFile;
    QIODevice* device = nullptr;
    if (toFile) {
        if (!file.open()) {
            err("claimsmith: " + file.error() + "\n");
            return kUsage;
        }
        device = &file.device();
    } else {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err(std::string_view("claimsmith: cannot write to standard output\n"));
            return kUsage;
        }
        device = &stdoutFile;
    }

    QElapsedTimer timer;
    timer.start();
    io::Exporter exporter(*store);
    const io::ExportResult result = exporter.run(*device);
    if (result.storeError) {
        printStoreError(result.storeError);
        if (toFile)
            file.cancel();
        return kInputWrong;
    }
    if (!result.ioError.empty()) {
        err("claimsmith: cannot write " + (toFile ? outPath.toStdString() : "standard output") +
            ": " + result.ioError + "\n");
        return kUsage;
    }
    if (toFile && !file.commit()) {
        err("claimsmith: " + file.error() + "\n");
        return kUsage;
    }
    if (!toFile)
        stdoutFile.flush();
    const io::ExportCounts& c = result.counts;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", static_cast<double>(timer.elapsed()) / 1000.0);
    err("claimsmith: exported " + std::to_string(c.users) + " users, " +
        std::to_string(c.organizations) + " organizations, " + std::to_string(c.memberships) +
        " memberships, " + std::to_string(c.roles) + " roles, " + std::to_string(c.permissions) +
        " permissions, " + std::to_string(c.applications) + " applications, " +
        std::to_string(c.templates) + " templates in " + seconds + " s\n");
    if (c.signingKeys > 0)
        err("claimsmith: " + std::to_string(c.signingKeys) +
            " signing keys not exported: private keys never leave the store; add keys to the "
            "new store with claimsmith keys add\n");
    return kOk;
}

} // namespace claimsmith::cli
