#include "SqlConnection.h"

#include "PgStatement.h"
#include "SqlDialect.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

std::string text(const QString& s)
{
    return s.toStdString();
}

// SQLite's pragmas, chosen for an admin tool over a large local file:
// - WAL: readers never wait for the writer (the GUI reads while an import
//   writes), and a crash cannot leave a half-written transaction.
// - synchronous=NORMAL: with WAL, committed transactions survive a crash of
//   the program; only a power loss can drop the last few. FULL would fsync
//   on every commit and make bulk edits several times slower.
// - 64 MiB page cache and up to 2 GiB of memory-mapped reads: the working set of
//   a million-user store (user rows and the search indexes) stays in memory
//   and reads skip a copy.
// - busy_timeout: a second process (the CLI while the GUI is open) waits
//   for the write lock instead of failing at once.
// (The cache and mmap sizes are MemoryBudget's: the desktop application
// asks for less, see SqliteStore::Options.)
const char* const kSqlitePragmas[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
};

} // namespace

QString SqlConnection::nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"claimsmith-"_s + QString::number(++counter);
}

SqlConnection::SqlConnection(QSqlDatabase db, Dialect dialect, QString location, sqlite3* handle)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_location(std::move(location))
    , m_handle(handle)
{}

SqlConnection::~SqlConnection()
{
    m_statements.clear();
    m_multiRow.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::openSqlite(const QString& path, OpenMode mode,
                                                                 const MemoryBudget& memory)
{
    const QFileInfo info(path);
    const std::string where = path.toStdString();
    const bool existed = info.exists();
    if (!existed && mode == OpenMode::OpenExisting) {
        return Error::make(ErrorKind::NotFound,
                           "there is no store at " + where +
                               "; create one with File → New Store, or with claimsmith demo "
                               "--store " +
                               where);
    }
    if (existed && info.isDir())
        return Error::make(ErrorKind::Invalid, where + " is a folder, not a store file");
    if (existed && !info.isReadable())
        return Error::make(ErrorKind::Unavailable,
                           "cannot read " + where +
                               ": permission denied; ask its owner for access");
    if (!existed && !QFileInfo(info.absolutePath()).isWritable())
        return Error::make(ErrorKind::Unavailable, "cannot create " + where + ": the folder " +
                                                       text(info.absolutePath()) +
                                                       " is not writable");

    if (!existed) {
        // A new store holds sealed private keys and personal data: owner
        // only, whatever the umask, from the start (SQLite would make it
        // with the umask's mode; its -wal and -shm files copy the store's).
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::fchmod(fd, 0600);
            ::close(fd);
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    if (!db.isValid()) {
        return Error::make(ErrorKind::Internal,
                           "the Qt SQLite driver is missing: install libqt6sql6-sqlite");
    }
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const std::string detail = text(db.lastError().text());
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error::make(ErrorKind::Unavailable, "cannot open " + where + ": " + detail);
    }
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::make(ErrorKind::Internal, "the SQLite connection has no handle");
    sqlite3* handle = *static_cast<sqlite3* const*>(h.constData());
    std::unique_ptr<SqlConnection> c(new SqlConnection(db, Dialect::Sqlite, path, handle));
    db = QSqlDatabase(); // the connection holds the only handle, so that it can remove it
    // A file that is not SQLite fails at its first read.
    if (sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const std::string detail = sqlite3_errmsg(handle);
        if (detail.find("not a database") != std::string::npos ||
            detail.find("encrypted") != std::string::npos)
            return Error::make(ErrorKind::Invalid,
                               where + " is not a Claimsmith store (it is not an SQLite database)");
        return c->mapError(detail, "read " + where);
    }
    for (const char* pragma : kSqlitePragmas) {
        if (Error e = c->execOnce(QString::fromLatin1(pragma)))
            return e;
    }
    if (Error e = c->execOnce(QStringLiteral("PRAGMA cache_size = -%1").arg(memory.cacheKiB)))
        return e;
    if (Error e = c->execOnce(QStringLiteral("PRAGMA mmap_size = %1").arg(memory.mmapBytes)))
        return e;
    if (Error e = c->execOnce(QStringLiteral("PRAGMA journal_mode = WAL")))
        return e;
    return c;
}

std::unique_ptr<Statement> SqlConnection::make(const QByteArray& text)
{
    const QByteArray sql = SqlDialect::statement(text, m_dialect);
    if (!m_handle)
        return std::make_unique<PgStatement>(m_db, QString::fromUtf8(sql),
                                             SqlDialect::returnsKey(text));
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql.constData(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::make_unique<SqliteStatement>(m_handle, nullptr, sqlite3_errmsg(m_handle));
    return std::make_unique<SqliteStatement>(m_handle, stmt);
}

Statement& SqlConnection::statement(const char* sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    return *m_statements.emplace(sql, make(QByteArray(sql))).first->second;
}

Statement& SqlConnection::statement(const char* key, const QString& sql)
{
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return *it->second;
    return *m_statements.emplace(key, make(sql.toUtf8())).first->second;
}

std::unique_ptr<Statement> SqlConnection::prepare(const QString& sql)
{
    return make(sql.toUtf8());
}

std::unique_ptr<Statement> SqlConnection::prepare(const QString& sql, const QVariantList& args)
{
    std::unique_ptr<Statement> q = prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        q->bindValue(i, args[i]);
    return q;
}

int SqlConnection::rowsPerStatement(int rows, int columns)
{
    const int most = std::max(1, kMaxParameters / std::max(1, columns));
    if (rows <= kRowsPerInsert)
        return std::min(rows, most);
    int n = std::min(kRowsPerInsert, most);
    while (n * 2 <= rows && n * 2 <= most)
        n *= 2;
    return n;
}

Error SqlConnection::insertRows(const char* sql, int columns, const QVariantList& values,
                                const std::function<bool(const Statement&)>& returned)
{
    const int rows = columns > 0 ? static_cast<int>(values.size()) / columns : 0;
    auto run = [&](Statement& q) { return returned ? select(q, returned) : exec(q); };
    if (m_handle) {
        Statement& q = statement(sql);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                q.bindValue(c, values[r * columns + c]);
            if (Error e = run(q))
                return e;
        }
        return {};
    }
    for (int first = 0; first < rows;) {
        const int n = rowsPerStatement(rows - first, columns);
        std::unique_ptr<Statement>& q = m_multiRow[{sql, n}];
        if (!q) {
            // "INSERT … VALUES (?, ?) tail" → "INSERT … VALUES (?, ?), (?, ?), … tail"
            const QByteArray one(sql);
            const qsizetype at = one.lastIndexOf("VALUES (") + 7;
            qsizetype end = at;
            for (int depth = 0; end < one.size(); ++end) {
                depth += one[end] == '(' ? 1 : one[end] == ')' ? -1 : 0;
                if (depth == 0)
                    break;
            }
            const QByteArray row = one.mid(at, end + 1 - at);
            QByteArray many = one.left(at) + row;
            for (int i = 1; i < n; ++i)
                many += ", " + row;
            q = make(many + one.mid(end + 1));
        }
        for (int i = 0; i < n * columns; ++i)
            q->bindValue(i, values[first * columns + i]);
        if (Error e = run(*q))
            return e;
        first += n;
    }
    return {};
}

Error SqlConnection::selectIn(const char* sql, const QVariantList& keys,
                              const std::function<bool(const Statement&)>& row)
{
    bool more = true;
    for (qsizetype first = 0; more && first < keys.size();) {
        // SQLite takes up to 32,766 parameters (SQLITE_MAX_VARIABLE_NUMBER).
        const int most = m_handle ? 32766 : kMaxParameters;
        const int left = static_cast<int>(std::min<qsizetype>(keys.size() - first, most));
        int n = 1;
        while (n < left)
            n *= 2;
        n = std::min(n, most);
        std::unique_ptr<Statement>& q = m_multiRow[{sql, n}];
        if (!q) {
            QByteArray list = "?";
            for (int i = 1; i < n; ++i)
                list += ", ?";
            q = make(QByteArray(sql).replace("{keys}", list));
        }
        for (int i = 0; i < n; ++i)
            q->bindValue(i, keys[first + std::min(i, left - 1)]);
        if (Error e = select(*q, [&](const Statement& r) { return more = row(r); }))
            return e;
        first += left;
    }
    return {};
}

Error SqlConnection::lastError(std::string_view what) const
{
    return mapError(sqlite3_errmsg(m_handle), what);
}

Error SqlConnection::exec(Statement& statement)
{
    if (!m_handle)
        return execPg(static_cast<PgStatement&>(statement));
    auto& s = static_cast<SqliteStatement&>(statement);
    if (!s.handle())
        return Error::make(ErrorKind::Internal,
                           "a query of the store is broken: " + s.prepareError());
    int rc = s.step();
    while (rc == SQLITE_ROW)
        rc = s.step();
    Error e;
    if (rc != SQLITE_DONE)
        e = lastError("change the store");
    s.reset();
    return e;
}

Error SqlConnection::select(Statement& statement, const std::function<bool(const Statement&)>& row)
{
    if (!m_handle)
        return selectPg(static_cast<PgStatement&>(statement), row);
    auto& s = static_cast<SqliteStatement&>(statement);
    if (!s.handle())
        return Error::make(ErrorKind::Internal,
                           "a query of the store is broken: " + s.prepareError());
    Error e;
    while (true) {
        const int rc = s.step();
        if (rc == SQLITE_ROW) {
            if (!row(s))
                break;
            continue;
        }
        if (rc != SQLITE_DONE)
            e = lastError("read the store");
        break;
    }
    s.reset();
    return e;
}

Error SqlConnection::execOnce(const QString& sql)
{
    if (!m_handle) {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return {};
        return mapPgError(q.lastError(), "change the store");
    }
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const std::string detail = message ? message : sqlite3_errmsg(m_handle);
    sqlite3_free(message);
    return mapError(detail, "change the store");
}

Error SqlConnection::control(const char* sql)
{
    // SQLite prepares these once; PostgreSQL cannot prepare transaction control.
    if (!m_handle)
        return execOnce(QString::fromLatin1(sql));
    return exec(statement(sql));
}

Result<std::vector<std::string>> SqlConnection::explain(const QString& sql,
                                                        const QVariantList& args)
{
    if (!m_handle)
        return explainPg(sql, args);
    auto q = prepare(u"EXPLAIN QUERY PLAN "_s + sql, args);
    std::vector<std::string> steps;
    if (Error e = select(*q, [&](const Statement& r) {
            steps.push_back(r.value(3).toString().toStdString());
            return true;
        }))
        return e;
    return steps;
}

Error SqlConnection::beginRead()
{
    if (m_readDepth == 0 && m_depth == 0) {
        if (Error e = control(SqlDialect::beginRead(m_dialect)))
            return e;
        m_readOpen = true;
    }
    ++m_readDepth;
    return {};
}

void SqlConnection::endRead()
{
    if (m_readDepth == 0)
        return;
    if (--m_readDepth == 0 && m_readOpen) {
        m_readOpen = false;
        // A read transaction: COMMIT only releases its locks. Should it fail,
        // ROLLBACK does the same.
        if (control("COMMIT"))
            execOnce(u"ROLLBACK"_s);
    }
}

Result<std::uint64_t> SqlConnection::changeCount()
{
    if (!m_handle)
        return changeCountPg();
    // PRAGMA data_version changes with commits by other connections (read at
    // the start of a read transaction); the connection's own changes are
    // counted by sqlite3_total_changes64.
    const Result<std::int64_t> dataVersion = this->dataVersion();
    if (!dataVersion)
        return dataVersion.error();
    const std::int64_t total = sqlite3_total_changes64(m_handle);
    if (*dataVersion != m_seenDataVersion || total != m_seenTotalChanges) {
        m_seenDataVersion = *dataVersion;
        m_seenTotalChanges = total;
        ++m_changeCount;
    }
    return m_changeCount;
}

Result<std::int64_t> SqlConnection::dataVersion()
{
    // PostgreSQL has no such number: every call gives a new one, so that
    // what is kept by it is read again (in the caller's transaction).
    if (!m_handle)
        return static_cast<std::int64_t>(++m_pgDataVersion);
    Statement& q = statement("PRAGMA data_version");
    std::int64_t version = 0;
    if (Error e = select(q, [&](const Statement& r) {
            version = r.integer(0);
            return false;
        }))
        return e;
    return version;
}

Error SqlConnection::begin()
{
    if (m_depth > 0 && m_handle && sqlite3_get_autocommit(m_handle)) {
        // SQLite rolled the open transaction back itself (after a full disk
        // or an I/O error): a savepoint now would start a new transaction and
        // commit on its own, half of a batch that is already undone.
        return Error::make(ErrorKind::Unavailable,
                           "the change to " + text(m_location) +
                               " was undone after an earlier error; nothing of it was written");
    }
    if (m_depth == 0)
        m_lostToConcurrentWriter = false;
    QString sql;
    if (m_depth == 0 && m_readOpen)
        sql = u"SAVEPOINT sp%1"_s.arg(m_depth);
    else if (m_depth == 0)
        sql = QString::fromLatin1(SqlDialect::beginWrite(m_dialect));
    else
        sql = u"SAVEPOINT sp%1"_s.arg(m_depth);
    if (Error e = execOnce(sql))
        return e;
    ++m_depth;
    return {};
}

Error SqlConnection::commit()
{
    const QString sql =
        m_depth == 1 && !m_readOpen ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth - 1);
    if (Error e = execOnce(sql)) {
        rollback();
        return e;
    }
    --m_depth;
    return {};
}

void SqlConnection::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1 && !m_readOpen) {
        execOnce(u"ROLLBACK"_s);
    } else {
        const QString sp = u"sp%1"_s.arg(m_depth - 1);
        execOnce(u"ROLLBACK TO "_s + sp);
        execOnce(u"RELEASE "_s + sp);
    }
    --m_depth;
}

Error SqlConnection::transaction(const std::function<Error()>& work)
{
    if (Error e = begin())
        return e;
    Error result = work();
    if (result) {
        rollback();
        return result;
    }
    return commit();
}

Error SqlConnection::mapError(std::string_view detailView, std::string_view what) const
{
    const std::string detail(detailView);
    const std::string where = text(m_location);
    auto has = [&](const char* s) { return detail.find(s) != std::string::npos; };
    if (has("UNIQUE constraint failed")) {
        // "UNIQUE constraint failed: users.email_key" → the column.
        std::string field = detail.substr(detail.find(':') + 2);
        field = field.substr(field.find('.') + 1);
        return Error::make(ErrorKind::Duplicate, "that " + field + " is already taken", field);
    }
    if (has("FOREIGN KEY constraint failed"))
        return Error::make(ErrorKind::Invalid, "a record this one refers to does not exist");
    if (has("database is locked") || has("database table is locked"))
        return Error::make(ErrorKind::Unavailable,
                           "the store " + where +
                               " is busy: another program is writing to it; try again in a moment");
    if (has("readonly") || has("read-only"))
        return Error::make(ErrorKind::Unavailable,
                           "the store " + where +
                               " is read-only; check the permissions of the file and its folder");
    if (has("disk is full") || has("database or disk is full"))
        return Error::diskFull("the disk holding " + where +
                               " is full; free some space and try again (nothing was changed)");
    if (has("malformed") || has("corrupt"))
        return Error::make(ErrorKind::Internal,
                           "the store " + where +
                               " is damaged; restore it from a backup or an export");
    if (has("unable to open") || has("disk I/O error")) {
        // SQLite says only "disk I/O error"; the system's reason says what to do.
        switch (m_handle ? sqlite3_system_errno(m_handle) : 0) {
        case ENOSPC:
        case EDQUOT:
            return Error::diskFull("the disk holding " + where +
                                   " is full; free some space and try again (nothing was "
                                   "changed)");
        case EROFS:
            return Error::make(ErrorKind::Unavailable,
                               "the store " + where +
                                   " is on a read-only file system; copy it to a writable "
                                   "folder, or mount that one writable");
        case EACCES:
        case EPERM:
            return Error::make(ErrorKind::Unavailable,
                               "cannot " + std::string(what) + ": permission denied for " + where +
                                   " or the -wal and -shm files beside it; check the "
                                   "permissions of the files and their folder");
        default:
            break;
        }
        return Error::make(ErrorKind::Unavailable, "cannot " + std::string(what) + ": the file " +
                                                       where + " cannot be read or written (" +
                                                       detail + ")");
    }
    return Error::make(ErrorKind::Internal, "cannot " + std::string(what) + ": " + detail);
}

} // namespace claimsmith::store::sql
