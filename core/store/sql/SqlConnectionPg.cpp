// The PostgreSQL half of SqlConnection: opening a postgresql:// URL, running
// statements through QPSQL, and turning its errors into store errors.

#include "PgStatement.h"
#include "SqlConnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

bool SqlConnection::isPostgresUrl(const QString& location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::openPostgres(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    // What the messages show: never a password, should one be there (nor the
    // options, where a password could hide).
    const QUrl::FormattingOptions shown = QUrl::RemovePassword | QUrl::RemoveQuery;
    const std::string where =
        url.isValid() ? url.toString(shown).toStdString() : std::string("the PostgreSQL location");
    if (!url.isValid() || !isPostgresUrl(location) || url.host().isEmpty() ||
        url.path().size() < 2 || url.path().indexOf(u'/', 1) >= 0) {
        return Error::make(ErrorKind::Invalid, where + " is not a PostgreSQL location; write it as "
                                                       "postgresql://USER@HOST:PORT/DATABASE");
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(u"password"_s)) {
        return Error::make(ErrorKind::Invalid,
                           "the location " + where +
                               " has a password in it, which would end up in shell history, "
                               "process lists and logs; remove it, and give the password in "
                               "the PGPASSWORD environment variable or a pgpass file "
                               "(~/.pgpass) instead");
    }
    QStringList options;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"passfile"_s || key.contains(u';') || value.contains(u';'))
            return Error::make(ErrorKind::Invalid, "the option " + key.toStdString() + " of " +
                                                       where + " is not allowed");
        options << key + u'=' + value;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, nextConnectionName());
    if (!db.isValid()) {
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error::make(ErrorKind::Internal,
                           "the Qt PostgreSQL driver is missing: install libqt6sql6-psql");
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    if (!options.isEmpty())
        db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString detail = db.lastError().databaseText().trimmed();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        std::string hint;
        if (detail.contains(u"password"_s))
            hint = "; give the password in PGPASSWORD or a pgpass file (~/.pgpass)";
        else if (detail.contains(u"does not exist"_s))
            hint = "; create the database (createdb) or correct the location";
        else
            hint = "; check that the server runs and that this machine may connect to it";
        return Error::make(ErrorKind::Unavailable,
                           "cannot connect to " + where + ": " + detail.toStdString() + hint);
    }
    std::unique_ptr<SqlConnection> c(
        new SqlConnection(db, Dialect::Postgres, url.toString(shown), nullptr));
    db = QSqlDatabase(); // the connection holds the only handle, so that it can remove it
    // Notices and warnings (CREATE TABLE IF NOT EXISTS …, ANALYZE skipping
    // the system's tables) would go to standard error past the store's own
    // messages; errors come back with the statements.
    if (Error e = c->execOnce(u"SET client_min_messages = error"_s))
        return e;
    return c;
}

Error SqlConnection::execPg(PgStatement& s)
{
    if (!s.prepared())
        return mapPgError(s.error(), "change the store");
    Error e;
    if (!s.run())
        e = mapPgError(s.error(), "change the store");
    s.reset();
    return e;
}

Error SqlConnection::selectPg(PgStatement& s, const std::function<bool(const Statement&)>& row)
{
    if (!s.prepared())
        return mapPgError(s.error(), "read the store");
    Error e;
    if (!s.run()) {
        e = mapPgError(s.error(), "read the store");
    } else {
        while (s.next()) {
            if (!row(s))
                break;
        }
    }
    s.reset();
    return e;
}

Result<std::vector<std::string>> SqlConnection::explainPg(const QString& sql,
                                                          const QVariantList& args)
{
    // PostgreSQL prepares no EXPLAIN: the arguments go into the text as
    // literals (as the driver writes them), which also gives the plan for
    // these values rather than a generic one.
    QString text;
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted) {
            text += c;
            continue;
        }
        if (next >= args.size())
            return Error::make(ErrorKind::Internal, "a query to explain lacks an argument");
        const QVariant& v = args[next++];
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        text += m_db.driver()->formatValue(field);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"EXPLAIN (COSTS OFF) "_s + text))
        return mapPgError(q.lastError(), "read the store");
    // One step a line, without the tree's indentation and arrows:
    // "Index Scan Backward using users_created on users u",
    // "Index Cond: (ROW(created_at, id) < ROW(…))".
    std::vector<std::string> steps;
    while (q.next()) {
        QString line = q.value(0).toString().trimmed();
        if (line.startsWith(u"->"_s))
            line = line.mid(2).trimmed();
        steps.push_back(line.toStdString());
    }
    return steps;
}

Result<std::uint64_t> SqlConnection::changeCountPg()
{
    // The database's snapshot (its oldest running transaction, the next
    // transaction id and those running) changes with every transaction that
    // writes, in this session or another, and cannot come back to an
    // earlier value: a commit takes its transaction out of the running
    // list, or moves the next id on. Other databases of the cluster change
    // it too — a change too many, never one missed. Inside a snapshot, it is
    // the snapshot's. Unlike a row bumped by every write, it does not make
    // concurrent writers conflict.
    Statement& q = statement("SELECT pg_current_snapshot()::text");
    QString snapshot;
    if (Error e = select(q, [&](const Statement& r) {
            snapshot = r.value(0).toString();
            return false;
        }))
        return e;
    if (snapshot != m_seenSnapshot) {
        m_seenSnapshot = snapshot;
        ++m_changeCount;
    }
    return m_changeCount;
}

Error SqlConnection::mapPgError(const QSqlError& error, std::string_view whatView) const
{
    const std::string what(whatView);
    const QString state = error.nativeErrorCode();
    const QString message = error.databaseText().trimmed();
    const std::string where = m_location.toStdString();
    // The first line: the detail lines quote values, which may be personal data.
    const std::string firstLine = message.section(u'\n', 0, 0).toStdString();
    if (state == u"23505"_s) {
        // DETAIL:  Key (email_key)=(…) already exists. → the column(s).
        std::string field;
        const qsizetype at = message.indexOf(u"Key ("_s);
        if (at >= 0) {
            const qsizetype end = message.indexOf(u")="_s, at);
            if (end > at)
                field = message.mid(at + 5, end - at - 5).toStdString();
        }
        if (field.empty())
            field = "value";
        return Error::make(ErrorKind::Duplicate, "that " + field + " is already taken", field);
    }
    if (state == u"23503"_s)
        return Error::make(ErrorKind::Invalid, "a record this one refers to does not exist");
    if (state == u"40001"_s || state == u"40P01"_s)
        m_lostToConcurrentWriter = true;
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s)
        return Error::make(ErrorKind::Unavailable,
                           "the store " + where +
                               " is busy: another writer changed the same records at the same "
                               "time; try again in a moment");
    if (state == u"25006"_s)
        return Error::make(ErrorKind::Unavailable,
                           "the store " + where +
                               " is read-only (a standby server, or a read-only transaction); "
                               "connect to the primary server");
    if (state == u"53100"_s)
        return Error::make(ErrorKind::Unavailable,
                           "the disk of the PostgreSQL server of " + where +
                               " is full; free some space and try again (nothing was changed)");
    if (state == u"42501"_s)
        return Error::make(ErrorKind::Unavailable, "cannot " + what + ": the database user of " +
                                                       where + " lacks a permission (" + firstLine +
                                                       "); grant it, or use the database's owner");
    if (state == u"53300"_s)
        return Error::make(ErrorKind::Unavailable,
                           "the PostgreSQL server of " + where +
                               " has no free connection; try again in a moment, or raise its "
                               "max_connections");
    const bool lost = state.startsWith(u"08"_s) || state.startsWith(u"57P0"_s) ||
                      error.type() == QSqlError::ConnectionError ||
                      (state.isEmpty() && !m_db.isOpen()) ||
                      message.contains(u"server closed the connection"_s) ||
                      message.contains(u"no connection to the server"_s) ||
                      message.contains(u"terminating connection"_s);
    if (lost)
        return Error::make(ErrorKind::Unavailable,
                           "cannot " + what + ": the connection to the PostgreSQL server of " +
                               where + " was lost (" + firstLine +
                               "); check that the server runs, then try again (a change that "
                               "was under way was not made)");
    if (state.startsWith(u"22"_s))
        return Error::make(ErrorKind::Invalid, "cannot " + what + ": " + firstLine);
    return Error::make(
        ErrorKind::Internal,
        "cannot " + what + ": " + firstLine +
            (state.isEmpty() ? std::string() : " (SQLSTATE " + state.toStdString() + ")"));
}

} // namespace claimsmith::store::sql
