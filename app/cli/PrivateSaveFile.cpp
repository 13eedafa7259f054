#include "PrivateSaveFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimsmith::cli {

bool PrivateSaveFile::FdDevice::openFd(int descriptor)
{
    fd = descriptor;
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void PrivateSaveFile::FdDevice::closeFd()
{
    if (isOpen())
        QIODevice::close();
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

qint64 PrivateSaveFile::FdDevice::writeData(const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, static_cast<std::size_t>(size - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            setErrorString(QString::fromLocal8Bit(std::strerror(n == 0 ? ENOSPC : errno)));
            return -1;
        }
    }
    return done;
}

PrivateSaveFile::PrivateSaveFile(QString path, Existing existing)
    : m_path(std::move(path))
    , m_existing(existing)
{}

PrivateSaveFile::~PrivateSaveFile()
{
    cancel();
}

bool PrivateSaveFile::fail(const char* what, int error)
{
    m_error = std::string(what) + " " + m_path.toStdString() + ": " + std::strerror(error);
    return false;
}

bool PrivateSaveFile::open()
{
    // mkostemp makes the file with mode 0600 (less under a umask that masks
    // the owner's bits, never more): no one else can open it, from the
    // moment it exists.
    QByteArray temp = QFile::encodeName(m_path) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return fail("cannot write", errno);
    m_temp = temp;
    m_device.openFd(fd);
    // The owner reads and writes it whatever the umask.
    if (::fchmod(fd, 0600) != 0) {
        const int e = errno;
        cancel();
        return fail("cannot write", e);
    }
    return true;
}

bool PrivateSaveFile::commit()
{
    if (m_temp.isEmpty() || m_device.fd < 0)
        return fail("cannot write", EBADF);
    if (::fsync(m_device.fd) != 0) {
        const int e = errno;
        cancel();
        return fail("cannot write", e);
    }
    const int fd = m_device.fd;
    m_device.fd = -1;
    m_device.closeFd();
    if (::close(fd) != 0) {
        const int e = errno;
        cancel();
        return fail("cannot write", e);
    }
    const QByteArray target = QFile::encodeName(m_path);
    // link() gives the file its name only where there is none; the
    // temporary name then goes.
    bool placed = m_existing == Existing::Replace
                      ? ::rename(m_temp.constData(), target.constData()) == 0
                      : ::link(m_temp.constData(), target.constData()) == 0;
    // A file system without hard links (FAT on a USB stick): a rename
    // where no file is.
    if (!placed && m_existing == Existing::Refuse && (errno == EPERM || errno == EOPNOTSUPP)) {
        struct stat st;
        if (::lstat(target.constData(), &st) == 0)
            errno = EEXIST;
        else
            placed = ::rename(m_temp.constData(), target.constData()) == 0;
        if (placed)
            m_temp.clear();
    }
    if (!placed) {
        const int e = errno;
        m_existed = m_existing == Existing::Refuse && e == EEXIST;
        cancel();
        return fail("cannot write", e);
    }
    if (!m_temp.isEmpty() && m_existing == Existing::Refuse)
        ::unlink(m_temp.constData());
    m_temp.clear();
    // The new name survives a power loss once its folder is flushed.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

void PrivateSaveFile::cancel()
{
    m_device.closeFd();
    if (!m_temp.isEmpty()) {
        ::unlink(m_temp.constData());
        m_temp.clear();
    }
}

} // namespace claimsmith::cli
