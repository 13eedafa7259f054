// PostgreSQL figures (issue 9), on the same data in both engines, measured in
// one run:
//
// - the migration path: a demo store of CLAIMSMITH_BENCH_USERS (100,000)
//   users in SQLite, `claimsmith export` of it and `claimsmith import` of the
//   export into PostgreSQL; the import rate against `psql \copy` of the same
//   user rows into a table of the same shape (LIKE users INCLUDING ALL);
// - `GET /v1/users/{id}` and `POST /v1/tokens` (ES256) with the server suite's
//   wrk load (2 threads, 16 connections, 5 s or CLAIMSMITH_BENCH_SECONDS):
//   two `claimsmith serve` on the PostgreSQL database, each loaded by its own
//   wrk with half the threads and connections at the same time (rates
//   summed, the worse p99), against one `claimsmith serve` on the SQLite file.
//
// The database: CLAIMSMITH_BENCH_PG_URL (its password in PGPASSWORD or a
// pgpass file), on whose server the run creates a database of its own and
// drops it at the end (the URL's user needs CREATEDB); else a throwaway
// cluster of tests/support/pg-cluster.sh in bench-data/pg-cluster, stopped
// at the end. Needs wrk, psql and Qt's PostgreSQL driver (scripts/install-deps.sh).
// Runs only when --filter names it (--filter pg): it takes minutes.

#include "Bench.h"
#include "BenchServe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace claimsmith::bench {

namespace {

QString benchDir()
{
    const QString dir = QDir::current().absoluteFilePath(u"bench-data"_s);
    QDir().mkpath(dir);
    return dir;
}

// The source tree: CLAIMSMITH_SOURCE_DIR, else the one this program was
// built from.
QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("CLAIMSMITH_SOURCE_DIR");
    return fromEnv.isEmpty() ? QString::fromUtf8(CLAIMSMITH_BENCH_SOURCE_DIR) : fromEnv;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs `program` with `args` (and `input` on its standard input) to its end;
// false with `error` when it fails. `seconds`: how long it ran.
bool runProcess(const QString& program, const QStringList& args, QString& error,
                QByteArray* out = nullptr, const QByteArray& input = {}, double* seconds = nullptr)
{
    QProcess p;
    QElapsedTimer took;
    took.start();
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        error = program + u" could not be started: "_s + p.errorString();
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString command =
            args.isEmpty() || args.front().startsWith(u'-') ? QString() : u' ' + args.front();
        error = QFileInfo(program).fileName() + command +
                u" failed (exit %1): "_s.arg(p.exitCode()) +
                QString::fromUtf8(p.readAllStandardError().trimmed().right(2000));
        return false;
    }
    if (seconds)
        *seconds = static_cast<double>(took.nsecsElapsed()) / 1e9;
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// psql on `url` with `script` on its standard input (stops at the first
// error; unaligned tuples only on standard output).
bool psql(const QString& url, const QByteArray& script, QString& error, QByteArray* out = nullptr,
          double* seconds = nullptr)
{
    return runProcess(u"psql"_s,
                      {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s,
                       url, u"-f"_s, u"-"_s},
                      error, out, script, seconds);
}

// A throwaway cluster of tests/support/pg-cluster.sh, stopped and removed by
// the destructor.
class Cluster
{
public:
    Cluster() = default;
    ~Cluster() { stop(); }
    Cluster(const Cluster&) = delete;
    Cluster& operator=(const Cluster&) = delete;

    // Starts it on a free loopback port; its URL, else empty with `error`.
    QString start(QString& error)
    {
        m_script = sourceDir() + u"/tests/support/pg-cluster.sh"_s;
        if (!QFile::exists(m_script)) {
            error = u"no database: CLAIMSMITH_BENCH_PG_URL is not set and "_s + m_script +
                    u" is missing (set CLAIMSMITH_SOURCE_DIR to the source tree)"_s;
            return {};
        }
        m_dir = benchDir() + u"/pg-cluster"_s;
        std::fprintf(stderr, "bench: pg: starting a throwaway PostgreSQL cluster (%s)\n",
                     qPrintable(m_script));
        QByteArray out;
        m_started = true; // whatever start did is undone by stop
        if (!runProcess(m_script, {u"start"_s, m_dir, QString::number(freePort())}, error, &out)) {
            error = u"no database: CLAIMSMITH_BENCH_PG_URL is not set and the throwaway cluster "
                    "did not start: "_s +
                    error;
            return {};
        }
        m_pgpass.emplace("PGPASSFILE", QFile::encodeName(m_dir + u"/pgpass"_s));
        return QString::fromUtf8(out.trimmed().split('\n').back());
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        m_pgpass.reset();
        QString error;
        if (!runProcess(m_script, {u"stop"_s, m_dir}, error))
            std::fprintf(stderr, "bench: pg: %s\n", qPrintable(error));
    }

private:
    QString m_script;
    QString m_dir;
    bool m_started = false;
    std::optional<ScopedEnv> m_pgpass;
};

// A database of its own for the run on the server of `serverUrl`, dropped by
// the destructor.
class RunDatabase
{
public:
    RunDatabase() = default;
    ~RunDatabase()
    {
        if (m_url.isEmpty())
            return;
        QString error;
        if (!psql(m_serverUrl, "DROP DATABASE IF EXISTS " + m_name.toUtf8() + " WITH (FORCE);\n",
                  error))
            std::fprintf(stderr, "bench: pg: cannot drop the database %s: %s\n", qPrintable(m_name),
                         qPrintable(error));
    }
    RunDatabase(const RunDatabase&) = delete;
    RunDatabase& operator=(const RunDatabase&) = delete;

    bool create(const QString& serverUrl, QString& error)
    {
        const QString name = u"claimsmith_bench_%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        if (!psql(serverUrl, "CREATE DATABASE " + name.toUtf8() + ";\n", error)) {
            error = u"cannot create a database for the run on "_s + serverUrl +
                    u" (check the URL and the password in PGPASSWORD or the pgpass file; the user "
                    "needs CREATEDB): "_s +
                    error;
            return false;
        }
        QUrl url(serverUrl);
        url.setPath(u'/' + name);
        m_serverUrl = serverUrl;
        m_name = name;
        m_url = url.toString();
        return true;
    }
    const QString& url() const { return m_url; }

private:
    QString m_serverUrl;
    QString m_name;
    QString m_url;
};

// The number of users in the SQLite store `file`, -1 when it cannot be read.
std::int64_t sqliteUserCount(const QString& file)
{
    sqlite3* db = nullptr;
    std::int64_t count = -1;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM users", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            count = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return count;
}

// The first number psql printed, -1 without one.
std::int64_t pgCount(const QString& url, const QByteArray& query, QString& error)
{
    QByteArray out;
    if (!psql(url, query, error, &out))
        return -1;
    bool ok = false;
    const std::int64_t n = out.trimmed().toLongLong(&ok);
    if (!ok) {
        error = u"psql answered "_s + QString::fromUtf8(out.left(200)) + u" to "_s +
                QString::fromUtf8(query.trimmed());
        return -1;
    }
    return n;
}

// One wrk measurement on both engines.
struct Side
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    int non2xx = 0;
};

// One wrk per server at the same time, each with `load`: rates and non-2xx
// summed, the worse p99.
bool measure(const std::vector<const ServedStore*>& servers, const QStringList& request,
             const QString& path, WrkLoad load, Side& side, QString& error)
{
    std::vector<QStringList> args;
    for (const ServedStore* s : servers)
        args.push_back(wrkOptions(s->apiKey(), load) + request +
                       QStringList{u"http://127.0.0.1:%1"_s.arg(s->port()) + path});
    std::vector<WrkFigures> figures;
    if (!runWrkTogether(args, figures, error))
        return false;
    side = {};
    for (const WrkFigures& f : figures) {
        side.requestsPerSecond += f.requestsPerSecond;
        side.p99Ms = std::max(side.p99Ms, f.p99Ms);
        side.non2xx += f.non2xx;
    }
    return true;
}

void run(Report& r)
{
    if (!r.asked("pg.import_users_per_s") && !r.asked("pg.get_user.requests_per_s") &&
        !r.asked("pg.tokens_es256.requests_per_s"))
        return;
    const auto fail = [&](const QString& what) { r.error("pg", what.toStdString()); };
    for (const QString& tool : {u"wrk"_s, u"psql"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            fail(tool + u" is not installed (scripts/install-deps.sh installs it)"_s);
            return;
        }
    }
    const std::int64_t users = qEnvironmentVariableIsSet("CLAIMSMITH_BENCH_USERS")
                                   ? qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_USERS")
                                   : 100000;
    if (users < 1) {
        fail(u"CLAIMSMITH_BENCH_USERS must be a whole number from 1"_s);
        return;
    }
    const QString dir = benchDir();
    const QString claimsmith = binDir() + u"/claimsmith"_s;
    QString error;

    // The database first: without one nothing else is worth building.
    Cluster cluster;
    QString serverUrl = qEnvironmentVariable("CLAIMSMITH_BENCH_PG_URL");
    if (serverUrl.isEmpty()) {
        serverUrl = cluster.start(error);
        if (serverUrl.isEmpty()) {
            fail(error);
            return;
        }
    }
    RunDatabase database;
    if (!database.create(serverUrl, error)) {
        fail(error);
        return;
    }
    const QString pgUrl = database.url();

    // The SQLite store: a copy of the demo store built once.
    const QString demo = dir + u"/pg-demo-%1.claimsmith"_s.arg(users);
    const QString sqliteKey = dir + u"/pg-demo-%1.key"_s.arg(users);
    const QString pgKey = dir + u"/pg-run.key"_s;
    ScopedEnv keyFile("CLAIMSMITH_KEY_FILE", QFile::encodeName(sqliteKey));
    const QString sqliteStore = dir + u"/pg-run-%1.claimsmith"_s.arg(users);
    if (!buildDemoStore(demo, users, error) || !copyStore(demo, sqliteStore, error)) {
        fail(error);
        return;
    }
    const std::int64_t storeUsers = sqliteUserCount(sqliteStore);
    if (storeUsers < 1) {
        fail(u"no users in "_s + sqliteStore + u" (delete it to build it again)"_s);
        return;
    }

    // The migration path: export, then import into PostgreSQL.
    const QString exported = dir + u"/pg-export-%1.jsonl"_s.arg(users);
    double exportSeconds = 0;
    double importSeconds = 0;
    std::fprintf(stderr, "bench: pg: export of %lld users, import into %s\n",
                 static_cast<long long>(storeUsers), qPrintable(pgUrl));
    if (!runProcess(claimsmith, {u"export"_s, u"--store"_s, sqliteStore, u"--out"_s, exported},
                    error, nullptr, {}, &exportSeconds) ||
        !runProcess(claimsmith,
                    {u"import"_s, exported, u"--store"_s, pgUrl, u"--format"_s, u"jsonl"_s}, error,
                    nullptr, {}, &importSeconds)) {
        fail(error);
        return;
    }
    const std::int64_t pgUsers = pgCount(pgUrl, "SELECT count(*) FROM users;\n", error);
    if (pgUsers != storeUsers) {
        fail(pgUsers < 0
                 ? error
                 : u"the import left %1 users in PostgreSQL, the SQLite store has %2"_s.arg(pgUsers)
                       .arg(storeUsers));
        return;
    }

    // The reference: psql \copy of the same user rows into a table like users.
    const QString rows = dir + u"/pg-users-%1.copy"_s.arg(users);
    const QByteArray rowsPath = QFile::encodeName(rows).replace('\'', "''");
    double copySeconds = 0;
    if (!psql(pgUrl,
              "\\copy users TO '" + rowsPath +
                  "'\nCREATE TABLE bench_copy_users (LIKE users INCLUDING ALL);\n",
              error) ||
        !psql(pgUrl, "\\copy bench_copy_users FROM '" + rowsPath + "'\n", error, nullptr,
              &copySeconds)) {
        fail(error);
        return;
    }
    const std::int64_t copied = pgCount(
        pgUrl, "SELECT count(*) FROM bench_copy_users;\nDROP TABLE bench_copy_users;\n", error);
    QFile::remove(rows);
    QFile::remove(exported);
    if (copied != storeUsers) {
        fail(copied < 0 ? error
                        : u"psql \\copy wrote %1 users, expected %2"_s.arg(copied).arg(storeUsers));
        return;
    }
    const double importRate = static_cast<double>(storeUsers) / importSeconds;
    const double copyRate = static_cast<double>(storeUsers) / copySeconds;
    r.value("pg.export_users_per_s", static_cast<double>(storeUsers) / exportSeconds, "users/s");
    r.ratio("pg.import_users_per_s", importRate, "users/s", "psql_copy_users_per_s", copyRate,
            importRate / copyRate);

    // A signing key for the PostgreSQL store (the export holds none).
    QFile::remove(pgKey);
    qputenv("CLAIMSMITH_KEY_FILE", QFile::encodeName(pgKey));
    if (!runProcess(claimsmith,
                    {u"keys"_s, u"add"_s, u"--store"_s, pgUrl, u"--alg"_s, u"ES256"_s, u"--state"_s,
                     u"active"_s},
                    error)) {
        fail(error);
        return;
    }

    const WrkLoad whole;
    const WrkLoad half{std::max(1, whole.threads / 2), whole.connections / 2};
    const QString keyName = u"bench-pg-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    Side sqliteGet, sqliteTokens, pgGet, pgTokens;
    std::string userId;
    {
        qputenv("CLAIMSMITH_KEY_FILE", QFile::encodeName(sqliteKey));
        ServedStore server;
        if (!server.start(sqliteStore, keyName, error)) {
            fail(u"SQLite: "_s + error);
            return;
        }
        userId = firstUserId(server.port(), server.apiKey(), error);
        if (userId.empty()) {
            fail(error);
            return;
        }
        std::fprintf(stderr, "bench: pg: wrk on one server on SQLite\n");
        if (!measure({&server}, {}, u"/v1/users/"_s + QString::fromStdString(userId), whole,
                     sqliteGet, error) ||
            !measure({&server}, {u"-s"_s, tokensLua(userId)}, u"/v1/tokens"_s, whole, sqliteTokens,
                     error)) {
            fail(error);
            return;
        }
        if (!server.stop(error)) {
            fail(u"SQLite: "_s + error);
            return;
        }
    }
    {
        qputenv("CLAIMSMITH_KEY_FILE", QFile::encodeName(pgKey));
        ServedStore a;
        ServedStore b;
        if (!a.start(pgUrl, keyName + u"-a"_s, error) ||
            !b.start(pgUrl, keyName + u"-b"_s, error)) {
            fail(u"PostgreSQL: "_s + error);
            return;
        }
        for (const ServedStore* s : {&a, &b}) {
            QByteArray body;
            const int status = httpGet(s->port(), "/v1/users/" + QByteArray::fromStdString(userId),
                                       s->apiKey(), body);
            if (status != 200) {
                fail(u"PostgreSQL: the user %1 of the SQLite store: HTTP %2 %3"_s.arg(
                    QString::fromStdString(userId), QString::number(status),
                    QString::fromUtf8(body.left(300))));
                return;
            }
        }
        std::fprintf(stderr, "bench: pg: wrk on two servers on PostgreSQL\n");
        if (!measure({&a, &b}, {}, u"/v1/users/"_s + QString::fromStdString(userId), half, pgGet,
                     error) ||
            !measure({&a, &b}, {u"-s"_s, tokensLua(userId)}, u"/v1/tokens"_s, half, pgTokens,
                     error)) {
            fail(error);
            return;
        }
        for (ServedStore* s : {&a, &b}) {
            if (!s->stop(error)) {
                fail(u"PostgreSQL: "_s + error);
                return;
            }
        }
    }

    const auto report = [&](const char* what, const Side& pg, const Side& sqlite) {
        const std::string name = std::string("pg.") + what;
        const std::string reference = std::string("sqlite.") + what;
        r.ratio(name + ".requests_per_s", pg.requestsPerSecond, "req/s",
                reference + ".requests_per_s", sqlite.requestsPerSecond,
                pg.requestsPerSecond / sqlite.requestsPerSecond);
        r.ratio(name + ".p99", pg.p99Ms, "ms", reference + ".p99", sqlite.p99Ms,
                sqlite.p99Ms > 0 ? pg.p99Ms / sqlite.p99Ms : 0);
        // An error answer is cheaper than the real one: the rates would lie.
        if (pg.non2xx > 0 || sqlite.non2xx > 0)
            r.error("pg", "non-2xx answers to " + std::string(what) + ": " +
                              std::to_string(pg.non2xx) + " on PostgreSQL, " +
                              std::to_string(sqlite.non2xx) + " on SQLite");
    };
    report("get_user", pgGet, sqliteGet);
    report("tokens_es256", pgTokens, sqliteTokens);
}

Register reg("pg", &run);

} // namespace

} // namespace claimsmith::bench
