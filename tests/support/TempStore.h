#pragma once

#include "PgTestDatabase.h"
#include "model/Clock.h"
#include "store/SqliteStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace claimsmith::test {

// A new SQLite store in a temporary folder, on a fixed clock (2026-01-01
// 00:00:00 UTC) with deterministic ids. Its key file lives in the same folder
// (CLAIMSMITH_KEY_FILE), so that no test writes to the user's config.
//
// When CLAIMSMITH_TEST_PG_URL is set (the tests registered as <name>_pg, see
// claimsmith_add_test), the store is a new PostgreSQL database on the test
// cluster instead, dropped again with the TempStore.
class TempStore
{
public:
    // The search options of SqliteStore::Options (tests of both search plans).
    explicit TempStore(std::int64_t searchDriverThreshold = 20000, bool searchByCost = true);
    ~TempStore();

    store::SqliteStore& operator*() { return *m_store; }
    store::SqliteStore* operator->() { return m_store.get(); }
    store::SqliteStore& get() { return *m_store; }

    // The SQLite file (also with PostgreSQL: the tests of file modes use it).
    QString path() const { return m_dir.filePath(QStringLiteral("store.claimsmith")); }
    // What the store was opened with: the file, or the database's URL.
    QString location() const { return m_pg ? m_pg->url() : path(); }
    bool isPostgres() const { return m_pg != nullptr; }
    QString dir() const { return m_dir.path(); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("store.key")); }
    // Closes and opens the store again (as another run of the program would).
    store::SqliteStore& reopen();
    // Another connection to the same file (as another thread would).
    std::unique_ptr<store::SqliteStore> openAnother();

    model::FixedClock clock;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::int64_t m_threshold;
    bool m_byCost;
    std::unique_ptr<store::SqliteStore> m_store;
};

} // namespace claimsmith::test
