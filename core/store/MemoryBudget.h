#pragma once

#include <cstdint>

namespace claimsmith::store {

// How much memory one SQLite connection may use for the file: its page cache
// and its memory-mapped reads. The defaults keep the working set of a
// million-user store in memory (the CLI, the server, imports); the desktop
// application opens two connections and asks for less, so that scrolling a
// million users stays within its memory budget.
struct MemoryBudget
{
    std::int64_t cacheKiB = 64 * 1024;
    std::int64_t mmapBytes = std::int64_t(256) << 20;
};

} // namespace claimsmith::store
