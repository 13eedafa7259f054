#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <string>

namespace claimsmith::cli {

// A file written whole or not at all, readable only by its owner (0600)
// whatever the umask: the data goes to a temporary file beside `path`,
// made 0600 by mkostemp (never readable by others, not even before its
// mode is set), and replaces `path` by a rename only on commit(), so that
// a reader sees the old file or the whole new one. An existing file at
// `path` is replaced (Existing::Replace), and the result is 0600 whatever
// its mode was; or it stays, and commit() fails (Existing::Refuse: the new
// file takes the name only if no file has it, checked by the kernel).
class PrivateSaveFile
{
public:
    enum class Existing
    {
        Replace,
        Refuse
    };
    explicit PrivateSaveFile(QString path, Existing existing = Existing::Replace);
    ~PrivateSaveFile(); // without commit(): the temporary file goes
    PrivateSaveFile(const PrivateSaveFile&) = delete;
    PrivateSaveFile& operator=(const PrivateSaveFile&) = delete;

    // Makes the temporary file; false with error() when it cannot.
    bool open();
    // Where to write, once open: unbuffered, each write whole or an error
    // that says why (errorString(): "No space left on device").
    QIODevice& device() { return m_device; }
    // Flushes the data to the disk and puts the file in place; false with
    // error() when that fails (the old file, if any, stays as it was).
    // With Existing::Refuse and a file at `path`, fileExisted() says so.
    bool commit();
    bool fileExisted() const { return m_existed; }
    // Throws away what was written; `path` stays as it was.
    void cancel();
    const std::string& error() const { return m_error; }

private:
    class FdDevice final : public QIODevice
    {
    public:
        int fd = -1;
        bool openFd(int descriptor);
        void closeFd();

    protected:
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char* data, qint64 size) override;
    };

    bool fail(const char* what, int error);

    QString m_path;
    Existing m_existing;
    bool m_existed = false;
    QByteArray m_temp; // the temporary file's name, while it exists
    FdDevice m_device;
    std::string m_error;
};

} // namespace claimsmith::cli
