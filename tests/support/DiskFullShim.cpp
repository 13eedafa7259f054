// A small disk that fills up, for fault tests: preloaded (LD_PRELOAD) into a
// child process such as `claimsmith import` or `claimsmith serve`.
//
// Files under the folder named by CLAIMSMITH_TEST_DISK_DIR live on that
// disk. Its free space is the number written in the file named by
// CLAIMSMITH_TEST_DISK_FREE, read again before every write that would make
// one of those files longer; when the number changes the disk has that much
// room again. A write that does not fit writes what fits and then fails with
// ENOSPC, as a full file system does; writes within a file's present size
// always succeed (their blocks are already allocated). Without the control
// file, or with a word instead of a number in it, there is room enough.
//
// Why not a real small file system: mounting one (tmpfs, a loop device)
// needs privileges that CI containers do not always grant. Why not
// RLIMIT_FSIZE: it fails writes with EFBIG, not ENOSPC, and caps every file
// alike (SQLite's 32 KiB shared-memory file included), so it would test
// another error than a full disk. This library fails exactly the writes a
// full disk fails, with the errno a full disk gives, and leaves everything
// else to the C library.

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <mutex>
#include <stdlib.h>
#include <string.h>
#include <string>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

template <class F>
F next(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

using WriteFn = ssize_t (*)(int, const void*, size_t);
using PwriteFn = ssize_t (*)(int, const void*, size_t, off_t);
using Pwrite64Fn = ssize_t (*)(int, const void*, size_t, off64_t);
using WritevFn = ssize_t (*)(int, const struct iovec*, int);
using FtruncateFn = int (*)(int, off_t);
using Ftruncate64Fn = int (*)(int, off64_t);
using FallocateFn = int (*)(int, int, off_t, off_t);
using PosixFallocateFn = int (*)(int, off_t, off_t);

std::mutex& lock()
{
    static std::mutex m;
    return m;
}

// The free space as last read, and how much of it this process has used.
std::string g_lastText;
long long g_used = 0;

bool onDisk(int fd)
{
    const char* dir = getenv("CLAIMSMITH_TEST_DISK_DIR");
    if (!dir || !*dir)
        return false;
    char link[64];
    char path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    const size_t len = strlen(dir);
    return strncmp(path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

// The free bytes; -1: unlimited. Called with the lock held.
long long freeSpace()
{
    const char* control = getenv("CLAIMSMITH_TEST_DISK_FREE");
    if (!control || !*control)
        return -1;
    const int fd = open(control, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[64] = {};
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    std::string text(buf, n > 0 ? static_cast<size_t>(n) : 0);
    if (text != g_lastText) {
        g_lastText = text;
        g_used = 0;
    }
    char* end = nullptr;
    const long long bytes = strtoll(text.c_str(), &end, 10);
    if (end == text.c_str())
        return -1;
    return bytes > g_used ? bytes - g_used : 0;
}

// How many of `count` bytes written at `offset` (-1: the file position) fit;
// `count` when the file is not on the disk or nothing grows.
size_t fitting(int fd, size_t count, long long offset)
{
    if (count == 0 || !onDisk(fd))
        return count;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return count;
    if (offset < 0) {
        const int flags = fcntl(fd, F_GETFL);
        offset = (flags >= 0 && (flags & O_APPEND)) ? st.st_size : lseek(fd, 0, SEEK_CUR);
        if (offset < 0)
            return count;
    }
    const long long end = offset + static_cast<long long>(count);
    if (end <= st.st_size)
        return count;
    // Counted as if files had no holes: SQLite grows its shared-memory file
    // by writing the last byte of each page, and a disk allocates the page.
    const long long growth = end - st.st_size;
    std::lock_guard<std::mutex> guard(lock());
    const long long room = freeSpace();
    if (room < 0 || growth <= room) {
        g_used += growth;
        return count;
    }
    // What fits; nothing when even the hole before the write does not.
    g_used += room;
    const long long fits = static_cast<long long>(count) - (growth - room);
    return fits > 0 ? static_cast<size_t>(fits) : 0;
}

// Whether a file may grow to `length` bytes.
bool mayGrow(int fd, long long length)
{
    if (!onDisk(fd))
        return true;
    struct stat st;
    if (fstat(fd, &st) != 0 || length <= st.st_size)
        return true;
    std::lock_guard<std::mutex> guard(lock());
    const long long room = freeSpace();
    if (room >= 0 && length - st.st_size > room)
        return false;
    g_used += length - st.st_size;
    return true;
}

ssize_t full()
{
    errno = ENOSPC;
    return -1;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void* data, size_t count)
{
    static const auto real = next<WriteFn>("write");
    const size_t n = fitting(fd, count, -1);
    return n == 0 && count > 0 ? full() : real(fd, data, n);
}

ssize_t pwrite(int fd, const void* data, size_t count, off_t offset)
{
    static const auto real = next<PwriteFn>("pwrite");
    const size_t n = fitting(fd, count, offset);
    return n == 0 && count > 0 ? full() : real(fd, data, n, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t count, off64_t offset)
{
    static const auto real = next<Pwrite64Fn>("pwrite64");
    const size_t n = fitting(fd, count, offset);
    return n == 0 && count > 0 ? full() : real(fd, data, n, offset);
}

ssize_t writev(int fd, const struct iovec* iov, int iovcnt)
{
    static const auto real = next<WritevFn>("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    if (fitting(fd, total, -1) < total)
        return full(); // all or nothing: simpler, and still what a full disk may do
    return real(fd, iov, iovcnt);
}

int ftruncate(int fd, off_t length)
{
    static const auto real = next<FtruncateFn>("ftruncate");
    return mayGrow(fd, length) ? real(fd, length) : static_cast<int>(full());
}

int ftruncate64(int fd, off64_t length)
{
    static const auto real = next<Ftruncate64Fn>("ftruncate64");
    return mayGrow(fd, length) ? real(fd, length) : static_cast<int>(full());
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static const auto real = next<FallocateFn>("fallocate");
    return mayGrow(fd, offset + length) ? real(fd, mode, offset, length) : static_cast<int>(full());
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static const auto real = next<PosixFallocateFn>("posix_fallocate");
    return mayGrow(fd, offset + length) ? real(fd, offset, length) : ENOSPC;
}

} // extern "C"
