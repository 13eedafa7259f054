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
    // Up to 2 GiB (SQLite's usual limit): a million-user store (about
    // 1.1 GB) is read from the mapping, not with a read() call per page
    // that misses the page cache; the mapping costs address space, and the
    // system reclaims its pages like any file cache.
    std::int64_t mmapBytes = std::int64_t(2047) << 20;
};

} // namespace claimsmith::store
