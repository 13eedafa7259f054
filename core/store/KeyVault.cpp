#include "KeyVault.h"

#include "json/Base64.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimsmith::store {

namespace {

constexpr std::size_t kKekSize = 32;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::string_view kMagic = "CSK1";
constexpr std::string_view kCheckPlaintext = "claimsmith key vault check";

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

std::string randomBytes(std::size_t n)
{
    std::string s(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(s.data()), static_cast<int>(n)) != 1)
        s.clear();
    return s;
}

void wipe(std::string& s)
{
    if (!s.empty())
        OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}

const unsigned char* bytes(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

bool scrypt(std::string_view passphrase, std::string_view salt, std::string& out)
{
    out.assign(kKekSize, '\0');
    // N = 2^15, r = 8, p = 1: about 32 MiB and a tenth of a second, once per open.
    return EVP_PBE_scrypt(passphrase.data(), passphrase.size(), bytes(salt), salt.size(), 1u << 15,
                          8, 1, 64ull << 20, reinterpret_cast<unsigned char*>(out.data()),
                          out.size()) == 1;
}

Error vaultError(std::string message)
{
    return Error::make(ErrorKind::Unavailable, std::move(message));
}

// Writes `text` to a new file `path`, mode 0600 whatever the umask: whole to
// a temporary file beside it, flushed, then linked to its name. A crash or a
// full disk never leaves a partial key file behind, which would then pass
// for a damaged one. Returns 0, or the errno (EEXIST: `path` was made by
// someone else meanwhile).
int writeNewFile(const std::string& path, const std::string& text)
{
    std::string temp = path + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return errno;
    int error = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    for (std::size_t done = 0; error == 0 && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n > 0)
            done += static_cast<std::size_t>(n);
        else if (n == 0)
            error = ENOSPC;
        else if (errno != EINTR)
            error = errno;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::link(temp.c_str(), path.c_str()) != 0) {
        error = errno;
        // A file system without hard links: rename, which cannot refuse to
        // replace, so look first.
        if (error == EPERM || error == EOPNOTSUPP || error == ENOSYS) {
            error = ::access(path.c_str(), F_OK) == 0 ? EEXIST : 0;
            if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0)
                error = errno;
        }
    }
    ::unlink(temp.c_str()); // the temporary name, if it is still there
    if (error == 0) {
        // The new name survives a power loss once its folder is flushed.
        const std::string dir =
            QFileInfo(QString::fromStdString(path)).absolutePath().toStdString();
        const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
    }
    return error;
}

// Reads the key file, or makes it (0600, in a 0700 folder) when allowed.
Result<std::string> keyFromFile(const std::string& path, bool create)
{
    QFile f(QString::fromStdString(path));
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return vaultError("cannot read the key file " + path +
                              " that seals this store's signing "
                              "keys: " +
                              f.errorString().toStdString());
        std::string text = f.readAll().trimmed().toStdString();
        std::string key;
        const bool ok = base64::decodeLenient(text, key) && key.size() == kKekSize;
        wipe(text);
        if (!ok)
            return vaultError("the key file " + path +
                              " is damaged (it must hold 32 bytes in base64)");
        return key;
    }
    if (!create)
        return vaultError("this store's signing keys are sealed with the key file " + path +
                          ", which is missing on this machine; copy it from the machine where the "
                          "keys were added, or point CLAIMSMITH_KEY_FILE at it");
    const QString dir = QFileInfo(f).absolutePath();
    const bool dirExisted = QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return vaultError("cannot create the folder " + dir.toStdString() +
                          " for the store's key file");
    if (!dirExisted) // a folder that was there already (the user's own) keeps its mode
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    std::string key = randomBytes(kKekSize);
    if (key.size() != kKekSize)
        return Error::make(ErrorKind::Internal, "the system's random generator failed");
    std::string text = base64::encode(key) + "\n";
    const int linked = writeNewFile(path, text);
    wipe(text);
    if (linked == EEXIST) { // another process made it meanwhile: use theirs
        wipe(key);
        return keyFromFile(path, false);
    }
    if (linked != 0) {
        wipe(key);
        if (linked == ENOSPC || linked == EDQUOT)
            return Error::diskFull("cannot write the key file " + path + ": " +
                                   std::strerror(linked) +
                                   "; free some space and try again (nothing was changed)");
        return vaultError("cannot write the key file " + path + ": " + std::strerror(linked));
    }
    return key;
}

} // namespace

KeyVault::~KeyVault()
{
    wipe(m_kek);
}

KeyVault::KeyVault(KeyVault&& o) noexcept
    : m_kek(std::move(o.m_kek))
    , m_storeId(std::move(o.m_storeId))
{
    o.m_kek.clear();
}

KeyVault& KeyVault::operator=(KeyVault&& o) noexcept
{
    wipe(m_kek);
    m_kek = std::move(o.m_kek);
    m_storeId = std::move(o.m_storeId);
    o.m_kek.clear();
    return *this;
}

std::string KeyVault::keyFilePath(std::string_view storeId)
{
    const QByteArray env = qgetenv("CLAIMSMITH_KEY_FILE");
    if (!env.isEmpty())
        return env.toStdString();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString path = base + u"/claimsmith/keys/"_s +
                         QString::fromUtf8(storeId.data(), static_cast<qsizetype>(storeId.size())) +
                         u".key"_s;
    return path.toStdString();
}

Result<KeyVault> KeyVault::open(Settings& s, bool create)
{
    KeyVault vault;
    vault.m_storeId = s.storeId;
    const QByteArray passphrase = qgetenv("CLAIMSMITH_PASSPHRASE");
    if (s.source.empty()) {
        if (!create)
            return vaultError("this store has no signing keys yet");
        s.source = passphrase.isEmpty() ? "file" : "passphrase";
        if (s.source == "passphrase")
            s.salt = randomBytes(16);
    }
    if (s.source == "passphrase") {
        if (passphrase.isEmpty())
            return vaultError("this store's signing keys are sealed with a passphrase: set "
                              "CLAIMSMITH_PASSPHRASE to it");
        if (!scrypt(std::string_view(passphrase.constData(),
                                     static_cast<std::size_t>(passphrase.size())),
                    s.salt, vault.m_kek))
            return Error::make(ErrorKind::Internal, "deriving the key-encryption key failed");
    } else {
        Result<std::string> key = keyFromFile(keyFilePath(s.storeId), create);
        if (!key)
            return key.error();
        vault.m_kek = std::move(key.value());
    }
    if (s.check.empty()) {
        Result<std::string> sealed = vault.seal(kCheckPlaintext, "check");
        if (!sealed)
            return sealed.error();
        s.check = std::move(sealed.value());
    } else if (!vault.unseal(s.check, "check")) {
        return vaultError(
            s.source == "passphrase"
                ? "CLAIMSMITH_PASSPHRASE is not the passphrase this store's signing keys "
                  "were sealed with"
                : "the key file " + keyFilePath(s.storeId) +
                      " is not the one this store's signing keys were sealed with");
    }
    return vault;
}

Result<std::string> KeyVault::seal(std::string_view plaintext, std::string_view kid) const
{
    const std::string nonce = randomBytes(kNonceSize);
    const std::string aad = m_storeId + '\0' + std::string(kid);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    std::string out(kMagic);
    out += nonce;
    const std::size_t at = out.size();
    out.resize(at + plaintext.size() + kTagSize);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int total = 0;
    const bool ok = nonce.size() == kNonceSize && ctx &&
                    EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_kek), bytes(nonce),
                                        nullptr) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad),
                                      static_cast<int>(aad.size())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), o + at, &len, bytes(plaintext),
                                      static_cast<int>(plaintext.size())) == 1 &&
                    (total = len, EVP_EncryptFinal_ex(ctx.get(), o + at + total, &len) == 1) &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                                        o + at + plaintext.size()) == 1;
    if (!ok)
        return Error::make(ErrorKind::Internal, "sealing the private key failed");
    return out;
}

Result<std::string> KeyVault::unseal(std::string_view sealed, std::string_view kid) const
{
    if (sealed.size() < kMagic.size() + kNonceSize + kTagSize ||
        sealed.substr(0, kMagic.size()) != kMagic)
        return Error::make(ErrorKind::Internal, "a sealed private key is damaged");
    const std::string_view nonce = sealed.substr(kMagic.size(), kNonceSize);
    const std::string_view body = sealed.substr(
        kMagic.size() + kNonceSize, sealed.size() - kMagic.size() - kNonceSize - kTagSize);
    std::string tag(sealed.substr(sealed.size() - kTagSize));
    const std::string aad = m_storeId + '\0' + std::string(kid);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    std::string out(body.size(), '\0');
    int len = 0;
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_kek), bytes(nonce), nullptr) ==
            1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                          bytes(body), static_cast<int>(body.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize),
                            tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &len) ==
            1;
    if (!ok) {
        wipe(out);
        return Error::make(
            ErrorKind::Internal,
            "a sealed private key does not open with this store's key (it was changed "
            "or belongs to another store)");
    }
    return out;
}

} // namespace claimsmith::store
