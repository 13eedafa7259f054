#include "DemoCommand.h"

#include "CliSupport.h"
#include "StoreAccess.h"
#include "model/Clock.h"
#include "store/SqliteStore.h"
#include "store/demo/Demo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

namespace {

std::string withThousands(std::int64_t n)
{
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string seconds(qint64 ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(ms) / 1000.0);
    return text;
}

// The store file and SQLite's companions, after a failed run made them.
void removeStoreFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int runDemo(const QStringList& args)
{
    CommandLine cl(
        u"claimsmith demo --store FILE [--users N] [--orgs N] [--seed S]"_s,
        u"Creates a new store with realistic sample data: organizations with domains and "
        "metadata, users with names from many cultures, metadata, external ids and "
        "memberships, the roles admin, member and viewer, an application, an active ES256 "
        "signing key and the template \"default\" in production and staging.\n"
        "The same seed and sizes give the same data (except the signing key). A store file "
        "must not exist yet and a PostgreSQL database must be empty: demo never writes into "
        "a store that holds data."_s);
    QCommandLineParser& p = cl.parser();
    p.addOption(storeOption(u"The store to create (a new file, or an empty database)."_s));
    p.addOption(
        {u"users"_s, u"Number of users (default 1000; 0 to 10000000)."_s, u"n"_s, u"1000"_s});
    p.addOption(
        {u"orgs"_s, u"Number of organizations (default 50; 1 to 100000)."_s, u"n"_s, u"50"_s});
    p.addOption({u"seed"_s, u"Seed of the data (default 1; 0 to 2^64-1)."_s, u"s"_s, u"1"_s});
    if (auto code = cl.parse(args, 0, 0))
        return *code;
    if (!p.isSet(u"store"_s) || p.value(u"store"_s).isEmpty())
        return cl.usageError(u"demo needs --store FILE"_s);

    demo::DemoOptions options;
    bool ok = false;
    options.users = p.value(u"users"_s).toLongLong(&ok);
    if (!ok || options.users < 0 || options.users > demo::kMaxDemoUsers)
        return cl.usageError(
            u"--users takes a whole number from 0 to %1, not \"%2\""_s.arg(demo::kMaxDemoUsers)
                .arg(p.value(u"users"_s)));
    options.organizations = p.value(u"orgs"_s).toInt(&ok);
    if (!ok || options.organizations < 1 || options.organizations > demo::kMaxDemoOrganizations)
        return cl.usageError(u"--orgs takes a whole number from 1 to %1, not \"%2\""_s
                                 .arg(demo::kMaxDemoOrganizations)
                                 .arg(p.value(u"orgs"_s)));
    const QString seedText = p.value(u"seed"_s);
    options.seed = seedText.toULongLong(&ok);
    if (!ok || seedText.startsWith(u'-') || seedText.startsWith(u'+'))
        return cl.usageError(
            u"--seed takes a whole number from 0 to 18446744073709551615, not \"%1\""_s.arg(
                seedText));

    // Never into an existing file: it may be someone's real data.
    const QString path = p.value(u"store"_s);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        err("claimsmith: " + path.toStdString() +
            " exists; demo creates a new store — choose another name or delete it\n");
        return kUsage;
    }

    // Record times come from the seed; the template's and the key's from
    // this clock, so that the whole store is reproducible.
    model::FixedClock clock(demo::kDemoNow);
    store::SqliteStore::Options storeOptions;
    storeOptions.create = true;
    storeOptions.clock = &clock;
    storeOptions.idSeed = options.seed ? options.seed : 1;
    auto opened = store::SqliteStore::open(path.toStdString(), storeOptions);
    if (!opened) {
        printStoreError(opened.error());
        removeStoreFiles(path);
        return kUsage;
    }
    std::unique_ptr<store::SqliteStore> store = std::move(opened.value());
    const QString login = QProcessEnvironment::systemEnvironment().value(u"USER"_s, u"unknown"_s);
    store->setActor("cli:" + login.toStdString());

    err("claimsmith: creating " + path.toStdString() + ": " + withThousands(options.users) +
        " users in " + withThousands(options.organizations) + " organizations, seed " +
        std::to_string(options.seed) + "\n");
    QElapsedTimer started;
    started.start();
    qint64 lastReport = 0;
    demo::DemoProgress last;
    options.progress = [&](const demo::DemoProgress& progress) {
        last = progress;
        if (progress.done)
            return;
        const qint64 now = started.elapsed();
        if (now - lastReport < 1000 && progress.users < progress.totalUsers)
            return;
        lastReport = now;
        const double rate =
            now > 0 ? static_cast<double>(progress.users) * 1000.0 / static_cast<double>(now) : 0.0;
        err("claimsmith: " + withThousands(progress.users) + " of " +
            withThousands(progress.totalUsers) + " users, " + withThousands(progress.memberships) +
            " memberships (" + withThousands(static_cast<std::int64_t>(rate)) + " users/s, " +
            seconds(now) + ")\n");
        if (progress.users == progress.totalUsers)
            err("claimsmith: writing the template and the signing key, committing\n");
    };
    if (store::Error e = demo::generateDemo(*store, options)) {
        printStoreError(e);
        store.reset();
        removeStoreFiles(path);
        return e.kind == store::ErrorKind::Unavailable ? kUsage : kInputWrong;
    }
    // Statistics for the query planner, as after any bulk load.
    if (store::Error e = store->analyze())
        err("claimsmith: warning: " + e.message + "\n");

    std::string kid;
    if (auto keys = store->signingKeys(); keys && !keys->empty())
        kid = keys->front().kid;
    err("claimsmith: done in " + seconds(started.elapsed()) + "\n");
    out(path.toStdString() + ": " + withThousands(options.users) + " users, " +
        withThousands(options.organizations) + " organizations, " +
        withThousands(last.memberships) +
        " memberships, roles admin/member/viewer, 1 application, template default "
        "(production and staging), active ES256 key " +
        kid + "\n");
    return kOk;
}

} // namespace claimsmith::cli
