#pragma once

// A SQLite store for the fuzz targets that write: made once, then copied
// afresh for every input so that a run depends on the input alone, and read
// back row by row through SQLite's own API (not through the store under test)
// to see what an input changed.

#include "FuzzSupport.h"
#include "model/Clock.h"
#include "store/SqliteStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace claimsmith::fuzz {

// Every row of every table, by table name.
using Snapshot = std::map<std::string, std::vector<std::string>>;

inline Snapshot snapshotOf(const std::string& path)
{
    sqlite3* db = nullptr;
    check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK,
          "the store file opens for reading");
    std::vector<std::string> tables;
    sqlite3_stmt* q = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &q,
                             nullptr) == SQLITE_OK,
          "the store's tables can be listed");
    while (sqlite3_step(q) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    Snapshot out;
    for (const std::string& table : tables) {
        const std::string sql = "SELECT * FROM \"" + table + "\"";
        check(sqlite3_prepare_v2(db, sql.c_str(), -1, &q, nullptr) == SQLITE_OK,
              "the store's tables can be read");
        std::vector<std::string>& rows = out[table];
        while (sqlite3_step(q) == SQLITE_ROW) {
            std::string row;
            for (int i = 0; i < sqlite3_column_count(q); ++i) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(q, i));
                row.append(bytes ? bytes : "",
                           static_cast<std::size_t>(sqlite3_column_bytes(q, i)));
                row += '\x1f';
            }
            rows.push_back(std::move(row));
        }
        sqlite3_finalize(q);
        std::sort(rows.begin(), rows.end());
    }
    sqlite3_close(db);
    return out;
}

class StoreCopies
{
public:
    // Makes the store, lets `setup` fill it, and takes a fresh copy.
    explicit StoreCopies(const std::function<void(store::SqliteStore&)>& setup = {})
    {
        check(m_dir.isValid(), "a temporary folder can be made");
        qputenv("CLAIMSMITH_KEY_FILE", m_dir.filePath(QStringLiteral("store.key")).toLocal8Bit());
        qunsetenv("CLAIMSMITH_PASSPHRASE");
        store::SqliteStore::Options o;
        o.create = true;
        o.clock = &clock;
        o.idSeed = 42;
        {
            auto made = store::SqliteStore::open(path("first"), o);
            check(static_cast<bool>(made), "the store is made");
            made.value()->setActor("fuzz");
            if (setup)
                setup(*made.value());
        }
        fresh();
        m_initial = snapshot();
    }

    // The path of the copy the input works on.
    std::string workPath() const { return path("work"); }

    // Replaces the work copy with a fresh copy of the store as set up (close
    // every connection to it first).
    void resetFile()
    {
        m_store.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(QString::fromStdString(workPath() + suffix));
        for (const char* suffix : {"", "-wal"}) {
            const QString from = QString::fromStdString(path("first") + suffix);
            check((*suffix && !QFile::exists(from)) ||
                      QFile::copy(from, QString::fromStdString(workPath() + suffix)),
                  "the store is copied");
        }
    }

    // A fresh copy, opened (the previous one is closed).
    store::SqliteStore& fresh()
    {
        resetFile();
        auto opened = store::SqliteStore::open(workPath(), options());
        check(static_cast<bool>(opened), "a copy of the store opens");
        m_store = std::move(opened.value());
        m_store->setActor("fuzz");
        return *m_store;
    }

    store::SqliteStore::Options options() const
    {
        store::SqliteStore::Options o;
        o.clock = &clock;
        o.idSeed = 43;
        return o;
    }

    Snapshot snapshot() const { return snapshotOf(workPath()); }
    // The rows of a fresh copy.
    const Snapshot& initial() const { return m_initial; }

    model::FixedClock clock{1767225600000}; // 2026-01-01T00:00:00Z

private:
    std::string path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".claimsmith"))
            .toStdString();
    }

    QTemporaryDir m_dir;
    Snapshot m_initial;
    std::unique_ptr<store::SqliteStore> m_store;
};

} // namespace claimsmith::fuzz
