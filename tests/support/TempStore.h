#pragma once

#include "model/Clock.h"
#include "store/SqliteStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace claimsmith::test {

// A new SQLite store in a temporary folder, on a fixed clock (2026-01-01
// 00:00:00 UTC) with deterministic ids. Its key file lives in the same folder
// (CLAIMSMITH_KEY_FILE), so that no test writes to the user's config.
class TempStore
{
public:
    // The search options of SqliteStore::Options (tests of both search plans).
    explicit TempStore(std::int64_t searchDriverThreshold = 20000, bool searchByCost = true);
    ~TempStore();

    store::SqliteStore& operator*() { return *m_store; }
    store::SqliteStore* operator->() { return m_store.get(); }
    store::SqliteStore& get() { return *m_store; }

    QString path() const { return m_dir.filePath(QStringLiteral("store.claimsmith")); }
    QString dir() const { return m_dir.path(); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("store.key")); }
    // Closes and opens the store again (as another run of the program would).
    store::SqliteStore& reopen();
    // Another connection to the same file (as another thread would).
    std::unique_ptr<store::SqliteStore> openAnother();

    model::FixedClock clock;

private:
    QTemporaryDir m_dir;
    std::int64_t m_threshold;
    bool m_byCost;
    std::unique_ptr<store::SqliteStore> m_store;
};

} // namespace claimsmith::test
