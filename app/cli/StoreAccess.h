#pragma once

#include "store/SqliteStore.h"
#include "store/Store.h"

#include <QString>

#include <memory>
#include <string>

namespace claimsmith::cli {

// Opens the store a command names with --store: a SQLite file now (later
// also a server URL or a PostgreSQL database). Writes are audited with the
// actor "cli:<login name>". On failure prints the reason and sets the exit
// code (kUsage: it cannot be opened; kInputWrong: it is not a usable store).
std::unique_ptr<store::Store> openStore(const QString& location, bool create, int& exitCode);
// The same for commands that need the SQLite file itself (its API keys, the
// server).
std::unique_ptr<store::SqliteStore> openSqliteStore(const QString& location, bool create,
                                                    int& exitCode);

// "claimsmith: <message>" on standard error, with the field when there is one.
void printStoreError(const store::Error& error);

} // namespace claimsmith::cli
